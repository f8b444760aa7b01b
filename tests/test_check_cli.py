"""newscli check through the CLI: golden output of each format, exit codes, paths, --init, --list-rules."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newscli.check.config import default_config_text
from newscli.check.rules import RULES
from newscli.cli import app

runner = CliRunner()

ARTICLE = (
    "date 2023-05-10\n"
    "\n"
    "The council approved the the budget on Monday!\n"
    "\n"
    "“We will rebuild the bridge by spring,” Mayor Anna Reyes said. In the wake of the vote, the mayor left. TK\n"
)
CLEAN = "date 2023-05-10\n\nThe council approved the budget on Monday, officials said.\n"
WARNINGS_ONLY = "date 2023-05-10\n\nThe council finally approved the budget on Monday!\n"

LINE_GOLDEN = """\
article.txt:3:22: error repeated-word repeated word "the"
article.txt:3:46: warning exclamation exclamation mark outside a quotation
article.txt:5:64: warning flagged-words "In the wake of" is flagged: write "after"
article.txt:5:105: error placeholder placeholder "TK" left in the copy
"""
GITHUB_GOLDEN = """\
::error file=article.txt,line=3,col=22,endLine=3,endColumn=29,title=repeated-word::repeated word "the"
::warning file=article.txt,line=3,col=46,endLine=3,endColumn=47,title=exclamation::exclamation mark outside a quotation
::warning file=article.txt,line=5,col=64,endLine=5,endColumn=78,title=flagged-words::"In the wake of" is flagged: write "after"
::error file=article.txt,line=5,col=105,endLine=5,endColumn=107,title=placeholder::placeholder "TK" left in the copy
"""
JSON_FINDINGS = [
    {"rule": "repeated-word", "severity": "error", "line": 3, "column": 22, "end_line": 3, "end_column": 29,
     "message": 'repeated word "the"', "text": "the the"},
    {"rule": "exclamation", "severity": "warning", "line": 3, "column": 46, "end_line": 3, "end_column": 47,
     "message": "exclamation mark outside a quotation", "text": "!"},
    {"rule": "flagged-words", "severity": "warning", "line": 5, "column": 64, "end_line": 5, "end_column": 78,
     "message": '"In the wake of" is flagged: write "after"', "text": "In the wake of"},
    {"rule": "placeholder", "severity": "error", "line": 5, "column": 105, "end_line": 5, "end_column": 107,
     "message": 'placeholder "TK" left in the copy', "text": "TK"},
]
RICH_GOLDEN = """\
article.txt (2023-05-10)
 3:22  error    repeated-word  repeated word "the"                the the
 3:46  warning  exclamation    exclamation mark outside a         !
                               quotation
 5:64  warning  flagged-words  "In the wake of" is flagged:       In the wake of
                               write "after"
5:105  error    placeholder    placeholder "TK" left in the copy  TK

Checked 1 file: 2 errors, 2 warnings.
"""


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    """An empty directory as the current one, so that no configuration file is found."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*args, input=None):
    return runner.invoke(app, ["check", *args], input=input)


def write(path, text: str, newline: str = "\n"):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.replace("\n", newline).encode("utf-8"))
    return path


def test_line_format_is_the_default_off_a_terminal(workdir):
    write(workdir / "article.txt", ARTICLE)
    result = run("article.txt")
    assert result.exit_code == 1
    assert result.stdout == LINE_GOLDEN
    assert run("article.txt", "--format", "line").stdout == LINE_GOLDEN


def test_github_format(workdir):
    write(workdir / "article.txt", ARTICLE)
    result = run("article.txt", "--format", "github")
    assert result.exit_code == 1
    assert result.stdout == GITHUB_GOLDEN


def test_github_format_escapes_properties_and_message():
    from newscli.check.findings import Finding, Severity
    from newscli.check.output import github_format

    finding = Finding("placeholder", Severity.ERROR, 1, 2, 1, 4, "100% sure:\nno", "TK", 1, 3)
    assert github_format("a,b:c.txt", finding) == (
        "::error file=a%2Cb%3Ac.txt,line=1,col=2,endLine=1,endColumn=4,title=placeholder::100%25 sure:%0Ano"
    )


def test_json_format(workdir):
    write(workdir / "article.txt", ARTICLE)
    result = run("article.txt", "--format", "json")
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records == [
        {
            "file": "article.txt",
            "meta": {
                "date": "2023-05-10",
                "title": None,
                "dateline": None,
                "source": None,
                "author": None,
                "published": None,
                "updated": None,
                "removed": [{"kind": "header", "text": "date 2023-05-10", "start": 0, "end": 15}],
            },
            "findings": JSON_FINDINGS,
        }
    ]
    assert run("article.txt", "--json").stdout == result.stdout


def test_rich_format(workdir, monkeypatch):
    from newscli.render import console

    monkeypatch.setenv("COLUMNS", "80")
    console.cache_clear()
    write(workdir / "article.txt", ARTICLE)
    try:
        result = run("article.txt", "--format", "rich")
    finally:
        console.cache_clear()
    assert result.exit_code == 1
    assert [line.rstrip() for line in result.stdout.splitlines()] == RICH_GOLDEN.splitlines()


def test_crlf_file_has_the_same_lines_and_columns(workdir):
    write(workdir / "article.txt", ARTICLE, newline="\r\n")
    records = [json.loads(line) for line in run("article.txt", "--format", "json").stdout.splitlines()]
    assert records[0]["findings"] == JSON_FINDINGS


@pytest.mark.parametrize(
    ("text", "options", "code"),
    [
        (CLEAN, [], 0),
        (WARNINGS_ONLY, [], 0),
        (WARNINGS_ONLY, ["--strict"], 1),
        (ARTICLE, [], 1),
        (ARTICLE, ["--rule", "repeated-word=off", "--rule", "placeholder=warning"], 0),
    ],
)
def test_exit_codes(workdir, text, options, code):
    write(workdir / "article.txt", text)
    result = run("article.txt", *options)
    assert result.exit_code == code, result.output


def test_clean_article_prints_nothing_but_the_rich_summary(workdir):
    write(workdir / "article.txt", CLEAN)
    assert run("article.txt").stdout == ""
    assert run("article.txt", "--format", "rich").stdout.strip() == "Checked 1 file: no problems found."


def test_strict_in_the_configuration(workdir):
    write(workdir / "article.txt", WARNINGS_ONLY)
    write(workdir / ".newscli.toml", "[check]\nstrict = true\n")
    assert run("article.txt").exit_code == 1


def test_configuration_is_discovered_and_config_option_wins(workdir):
    write(workdir / "article.txt", WARNINGS_ONLY)
    write(workdir / "pyproject.toml", '[tool.newscli.check]\nexclamation = "error"\n')
    write(workdir / "ci" / "lenient.toml", '[check]\nexclamation = "off"\n')
    assert run("article.txt").stdout.startswith("article.txt:3:50: error exclamation ")
    assert run("article.txt", "--config", "ci/lenient.toml").stdout == ""


def test_configuration_error_is_one_line_and_exit_2(workdir):
    write(workdir / "article.txt", CLEAN)
    write(workdir / ".newscli.toml", "[check]\nmax-grade = { ceiling = 3 }\n")
    result = run("article.txt")
    assert result.exit_code == 2
    assert result.stderr == (
        f"newscli: error: {workdir / '.newscli.toml'}: check.max-grade.ceiling: unknown setting of rule max-grade "
        "(known: severity, max, min-words)\n"
    )
    assert result.stdout == ""


def test_unknown_rule_override_exits_2(workdir):
    result = run("whatever.txt", "--rule", "no-such-rule=1")
    assert result.exit_code == 2
    assert result.stderr == "newscli: error: --rule: no-such-rule: unknown rule (see newscli check --list-rules)\n"


def test_input_errors_exit_2_and_the_other_files_are_still_checked(workdir):
    write(workdir / "article.txt", ARTICLE)
    result = run("missing.txt", "article.txt")
    assert result.exit_code == 2
    assert "missing.txt: no such file" in result.stderr
    assert result.stdout == LINE_GOLDEN


def test_directories_are_searched_for_txt_and_md(workdir):
    write(workdir / "articles" / "a.txt", WARNINGS_ONLY)
    write(workdir / "articles" / "desk" / "b.md", WARNINGS_ONLY)
    write(workdir / "articles" / "notes.rst", WARNINGS_ONLY)
    result = run("articles")
    files = [line.split(":")[0] for line in result.stdout.splitlines()]
    assert files == ["articles/a.txt", "articles/desk/b.md"]


def test_standard_input(workdir):
    result = run("-", input=WARNINGS_ONLY)
    assert result.stdout == "-:3:50: warning exclamation exclamation mark outside a quotation\n"


def test_init_writes_the_default_configuration_once(workdir):
    result = run("--init")
    assert result.exit_code == 0
    assert (workdir / ".newscli.toml").read_text(encoding="utf-8") == default_config_text()
    again = run("--init")
    assert again.exit_code == 2
    assert "already exists; not overwritten" in again.stderr
    assert run("--init", "--config", "house.toml").exit_code == 0
    assert (workdir / "house.toml").read_text(encoding="utf-8") == default_config_text()


def test_list_rules_shows_every_rule(workdir):
    write(workdir / ".newscli.toml", "[check]\nmax-grade = 9\n")
    result = runner.invoke(app, ["check", "--list-rules"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    for rule_id in RULES:
        assert rule_id in result.stdout
    assert f"defaults with {workdir / '.newscli.toml'}" in result.stdout
    assert "max = 9" in result.stdout


def test_no_paths_is_a_usage_error(workdir):
    result = run()
    assert result.exit_code == 2
    assert "no input" in result.stderr


def test_sample_article_under_the_default_configuration(sample_doc):
    """Each of these is a finding an editor would agree with (see docs/check.md); nothing else is reported."""
    from newscli.check import check_document

    findings = [(f.rule, f.line, f.column, f.end_column) for f in check_document(sample_doc).findings]
    assert findings == [
        ("max-lede-words", 11, 1, 232),  # a 40-word lede carrying three ideas
        ("max-sentence-words", 21, 1, 236),  # 42 words, ending in a stray "– n."
        ("flagged-words", 31, 30, 45),  # "sent shockwaves": a cliché
        ("max-grade", 33, 1, 307),  # grade 14.41, reported at the 52-word sentence
        ("max-sentence-words", 33, 1, 307),
    ]
