"""Configuration of newscli check: defaults, discovery (nearest file wins), --config, --rule, every error."""

from __future__ import annotations

import pytest

from newscli.check import ConfigError, default_config, load_config
from newscli.check.config import default_config_text, find_config, write_default_config
from newscli.check.findings import Severity
from newscli.check.rules import RULES


def write(path, text: str):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# Rules a house turns on when it wants them (a newsroom's sourcing policy), off in the shipped defaults.
OFF_BY_DEFAULT = frozenset({"min-named-sources", "max-anonymous-share"})


def test_defaults_cover_every_rule_and_setting():
    config = default_config()
    assert set(config.rules) == set(RULES)
    for rule in RULES.values():
        expected = (Severity.OFF,) if rule.id in OFF_BY_DEFAULT else (Severity.ERROR, Severity.WARNING)
        assert config.rules[rule.id].severity in expected
        assert set(config.rules[rule.id].params) == {param.name for param in rule.params}
    assert config.strict is False and config.source is None


def test_nearest_file_wins(tmp_path):
    write(tmp_path / "pyproject.toml", "[tool.newscli.check]\nmax-grade = 10\n")
    write(tmp_path / "team" / ".newscli.toml", "[check]\nmax-grade = 11\n")
    write(tmp_path / "other" / "pyproject.toml", "[tool.black]\nline-length = 100\n")  # no [tool.newscli]: skipped
    (tmp_path / "team" / "desk").mkdir()

    nearest = load_config(cwd=tmp_path / "team" / "desk")
    assert nearest.rules["max-grade"].params["max"] == 11
    assert nearest.source == tmp_path / "team" / ".newscli.toml"
    assert load_config(cwd=tmp_path / "other").rules["max-grade"].params["max"] == 10
    assert load_config(cwd=tmp_path).source == tmp_path / "pyproject.toml"


def test_newscli_toml_wins_over_pyproject_in_the_same_directory(tmp_path):
    write(tmp_path / "pyproject.toml", "[tool.newscli.check]\nmax-grade = 10\n")
    write(tmp_path / ".newscli.toml", "[check]\nmax-grade = 9\n")
    assert find_config(tmp_path) == tmp_path / ".newscli.toml"


def test_no_file_means_defaults(tmp_path):
    assert find_config(tmp_path) is None
    assert load_config(cwd=tmp_path) == default_config()


def test_config_option_overrides_discovery(tmp_path):
    write(tmp_path / ".newscli.toml", "[check]\nmax-grade = 9\n")
    named = write(tmp_path / "ci" / "strict.toml", '[check]\nstrict = true\nmax-grade = { max = 8, severity = "error" }\n')
    config = load_config(config_path=named, cwd=tmp_path)
    assert config.strict is True
    assert config.rules["max-grade"].severity is Severity.ERROR
    assert config.rules["max-grade"].params == {"max": 8, "min-words": default_config().rules["max-grade"].params["min-words"]}


def test_rule_overrides_apply_last(tmp_path):
    write(tmp_path / ".newscli.toml", "[check]\nmax-grade = 9\nexclamation = \"error\"\n")
    config = load_config(
        cwd=tmp_path,
        overrides=["max-grade=10", "exclamation=off", "max-grade.min-words=20", 'repeated-word.allow=["very"]'],
    )
    assert config.rules["max-grade"].params == {"max": 10, "min-words": 20}
    assert config.rules["exclamation"].severity is Severity.OFF
    assert config.rules["repeated-word"].params["allow"] == ("very",)


def test_shorthands_set_severity_or_main_value(tmp_path):
    file = write(tmp_path / ".newscli.toml", '[check]\nmax-passive = 0.4\nplaceholder = "warning"\n')
    config = load_config(config_path=file)
    assert config.rules["max-passive"].params["max"] == 0.4
    assert config.rules["max-passive"].severity is Severity.WARNING
    assert config.rules["placeholder"].severity is Severity.WARNING


CONFIG_ERRORS = [
    (".newscli.toml", "colour = true\n", "colour: unknown key"),
    ("pyproject.toml", "[tool.newscli]\ncolour = true\n", "tool.newscli.colour: unknown key"),
    (".newscli.toml", "check = 3\n", "check: must be a table"),
    (".newscli.toml", "[check]\nno-such-rule = 1\n", "check.no-such-rule: unknown rule or setting"),
    ("pyproject.toml", "[tool.newscli.check]\nno-such-rule = 1\n", "tool.newscli.check.no-such-rule: unknown rule"),
    (".newscli.toml", '[check]\nmax-grade = "high"\n', "check.max-grade.max: expected a number, got 'high'"),
    (".newscli.toml", "[check]\nmax-sentence-words = 12.5\n", "check.max-sentence-words.max: expected a whole number"),
    (".newscli.toml", "[check]\nmax-passive = 2\n", "check.max-passive.max: expected a number from 0 to 1"),
    (".newscli.toml", '[check]\nmax-grade = { severity = "fatal" }\n', "check.max-grade.severity: expected error, warning or off"),
    (".newscli.toml", '[check]\nmax-grade = { severity = ["error"] }\n', "check.max-grade.severity: expected error"),
    (".newscli.toml", "[check]\nmax-grade = { limit = 3 }\n", "check.max-grade.limit: unknown setting of rule max-grade"),
    (".newscli.toml", "[check]\nexclamation = 3\n", "check.exclamation: expected a severity"),
    (".newscli.toml", '[check]\nstrict = "yes"\n', "check.strict: expected true or false"),
    (".newscli.toml", '[check]\nrepeated-word = { allow = "had" }\n', "check.repeated-word.allow: expected a list of strings"),
    (".newscli.toml", "[check]\nflagged-words = { extra = { utilize = 1 } }\n", "check.flagged-words.extra: expected a table"),
    (".newscli.toml", "[check]\nplaceholder = ['[TK']\n", "check.placeholder.patterns: expected a list of valid regular expressions"),
    (".newscli.toml", "[check\n", "not valid TOML"),
]


@pytest.mark.parametrize(("name", "text", "expected"), CONFIG_ERRORS, ids=[error[2] for error in CONFIG_ERRORS])
def test_config_errors_name_the_key_and_the_file(tmp_path, name, text, expected):
    file = write(tmp_path / name, text)
    with pytest.raises(ConfigError) as raised:
        load_config(cwd=tmp_path)
    assert str(raised.value).startswith(f"{file}: ")
    assert expected in str(raised.value)


@pytest.mark.parametrize(
    ("override", "expected"),
    [
        ("max-grade", "--rule: max-grade: expected RULE=VALUE"),
        ("no-such-rule=3", "--rule: no-such-rule: unknown rule"),
        ("max-grade=abc", "--rule: max-grade.max: expected a number, got 'abc'"),
        ("max-grade.ceiling=3", "--rule: max-grade.ceiling: unknown setting"),
    ],
)
def test_override_errors(tmp_path, override, expected):
    with pytest.raises(ConfigError, match="^" + expected.replace(".", r"\.")):
        load_config(cwd=tmp_path, overrides=[override])


def test_missing_config_file(tmp_path):
    with pytest.raises(ConfigError, match="no such configuration file"):
        load_config(config_path=tmp_path / "absent.toml")


def test_written_default_config_reads_back_as_the_defaults(tmp_path):
    target = tmp_path / ".newscli.toml"
    write_default_config(target)
    assert target.read_text(encoding="utf-8") == default_config_text()
    config = load_config(cwd=tmp_path)
    assert config.source == target and config.rules == default_config().rules


def test_init_never_overwrites(tmp_path):
    target = write(tmp_path / ".newscli.toml", "[check]\nmax-grade = 9\n")
    with pytest.raises(ConfigError, match="already exists"):
        write_default_config(target)
    assert target.read_text(encoding="utf-8") == "[check]\nmax-grade = 9\n"
