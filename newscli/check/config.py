"""Configuration of ``newscli check``: defaults, discovery (like ruff and black), validation and overrides.

Settings come from, in order: the default configuration ``newscli/data/check.toml``; the nearest
``.newscli.toml`` (its ``[check]`` table) or ``pyproject.toml`` with a ``[tool.newscli]`` table, searched from
the current directory upwards (in one directory ``.newscli.toml`` wins), or the file ``--config`` names;
then ``--rule`` overrides. Any unknown key, wrong type or unknown rule raises ``ConfigError``, naming the
key and the file.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

from ..data import path as data_path
from .findings import Severity
from .rules import RULES, Rule

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

CONFIG_FILE = ".newscli.toml"
PYPROJECT = "pyproject.toml"
DEFAULT_CONFIG = "check.toml"
SECTION = "check"
SEVERITY_KEY = "severity"
SEVERITIES = frozenset(severity.value for severity in Severity)


class ConfigError(Exception):
    """A configuration problem; ``str(error)`` is the one-line message for the user."""

    def __init__(self, where: str, key: str, problem: str):
        super().__init__(f"{where}: {key}: {problem}" if key else f"{where}: {problem}")


@dataclass(frozen=True)
class RuleSettings:
    severity: Severity
    params: Mapping[str, Any]


@dataclass(frozen=True)
class Config:
    rules: Mapping[str, RuleSettings]
    strict: bool = False
    source: Path | None = None  # the file that was read on top of the defaults, if any


@dataclass(frozen=True)
class _Table:
    """A table of settings, where it came from (for messages) and the key path it sits under."""

    values: Mapping[str, Any]
    where: str
    prefix: str

    def key(self, name: str) -> str:
        return f"{self.prefix}.{name}" if self.prefix else name


def _read_toml(file: Path) -> dict:
    try:
        with file.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(str(file), "", f"not valid TOML ({error})") from None
    except OSError as error:
        raise ConfigError(str(file), "", f"cannot be read ({error.strerror or error})") from None


def find_config(start: Path) -> Path | None:
    """The nearest ``.newscli.toml``, or ``pyproject.toml`` with a ``[tool.newscli]`` table, from ``start`` up."""
    for directory in (start, *start.parents):
        if (directory / CONFIG_FILE).is_file():
            return directory / CONFIG_FILE
        pyproject = directory / PYPROJECT
        if pyproject.is_file() and "newscli" in _read_toml(pyproject).get("tool", {}):
            return pyproject
    return None


def _section(file: Path) -> _Table:
    """The ``check`` settings of a configuration file (empty when it has none)."""
    where = str(file)
    data = _read_toml(file)
    prefix = ""
    if file.name == PYPROJECT:
        data = data.get("tool", {}).get("newscli", {})
        prefix = "tool.newscli"
        if not isinstance(data, dict):
            raise ConfigError(where, prefix, "must be a table")
    for key in data:
        if key != SECTION:
            raise ConfigError(where, f"{prefix}.{key}" if prefix else key, f"unknown key (expected [{SECTION}])")
    section_key = f"{prefix}.{SECTION}" if prefix else SECTION
    section = data.get(SECTION, {})
    if not isinstance(section, dict):
        raise ConfigError(where, section_key, "must be a table")
    return _Table(section, where, section_key)


def _apply_rule(rules: dict[str, RuleSettings], rule: Rule, value: Any, table: _Table) -> None:
    key = table.key(rule.id)
    settings = rules[rule.id]
    if isinstance(value, str) and value in SEVERITIES:
        rules[rule.id] = replace(settings, severity=Severity(value))
        return
    if not isinstance(value, dict):
        if not rule.params:
            raise ConfigError(table.where, key, f"expected a severity (error, warning, off), got {value!r}")
        value = {rule.params[0].name: value}
    params = dict(settings.params)
    severity = settings.severity
    for name, item in value.items():
        if name == SEVERITY_KEY:
            if not (isinstance(item, str) and item in SEVERITIES):
                raise ConfigError(table.where, f"{key}.{name}", f"expected error, warning or off, got {item!r}")
            severity = Severity(item)
            continue
        param = rule.param(name)
        if param is None:
            known = ", ".join([SEVERITY_KEY, *(param.name for param in rule.params)])
            raise ConfigError(table.where, f"{key}.{name}", f"unknown setting of rule {rule.id} (known: {known})")
        if not param.kind.accepts(item):
            raise ConfigError(table.where, f"{key}.{name}", f"expected {param.kind.description}, got {item!r}")
        params[name] = tuple(item) if isinstance(item, list) else item
    rules[rule.id] = RuleSettings(severity, params)


def _apply(config: Config, table: _Table) -> Config:
    rules = dict(config.rules)
    strict = config.strict
    for name, value in table.values.items():
        if name == "strict":
            if type(value) is not bool:
                raise ConfigError(table.where, table.key(name), f"expected true or false, got {value!r}")
            strict = value
        elif name in RULES:
            _apply_rule(rules, RULES[name], value, table)
        else:
            raise ConfigError(table.where, table.key(name), "unknown rule or setting (see newscli check --list-rules)")
    return replace(config, rules=rules, strict=strict)


@cache
def default_config() -> Config:
    """The shipped defaults; every rule must have its severity and every parameter a value there."""
    file = data_path(DEFAULT_CONFIG)
    empty = Config(rules={rule_id: RuleSettings(Severity.OFF, {}) for rule_id in RULES})
    with file.open("rb") as handle:
        data = tomllib.load(handle)
    config = _apply(empty, _Table(data[SECTION], f"newscli/data/{DEFAULT_CONFIG}", SECTION))
    missing = [rule_id for rule_id in RULES if rule_id not in data[SECTION]] + [
        f"{rule.id}.{param.name}"
        for rule in RULES.values()
        for param in rule.params
        if param.name not in config.rules[rule.id].params
    ]
    if missing:
        raise RuntimeError(f"newscli/data/{DEFAULT_CONFIG} lacks defaults for {', '.join(missing)}")
    return config


def default_config_text() -> str:
    """The commented default configuration, as ``--init`` writes it."""
    return data_path(DEFAULT_CONFIG).read_text(encoding="utf-8")


def parse_override(override: str) -> tuple[str, Any]:
    """``ID=VALUE`` or ``ID.SETTING=VALUE`` → (key, value); VALUE is read as a TOML value when it is one
    (``10``, ``0.3``, ``true``, ``["a", "b"]``), as a plain string otherwise (``off``)."""
    key, separator, text = override.partition("=")
    key = key.strip()
    if not separator or not key:
        raise ConfigError("--rule", override, "expected RULE=VALUE or RULE.SETTING=VALUE")
    try:
        value = tomllib.loads(f"value = {text}")["value"]
    except tomllib.TOMLDecodeError:
        value = text.strip()
    return key, value


def load_config(
    *, config_path: Path | None = None, cwd: Path | None = None, overrides: Iterable[str] = ()
) -> Config:
    """Defaults, then the named or discovered file, then ``--rule`` overrides."""
    config = default_config()
    file = config_path if config_path is not None else find_config((cwd or Path.cwd()).resolve())
    if file is not None:
        if not file.is_file():
            raise ConfigError(str(file), "", "no such configuration file")
        config = replace(_apply(config, _section(file)), source=file)
    for override in overrides:
        key, value = parse_override(override)
        rule_id, _, setting = key.partition(".")
        if rule_id not in RULES:
            raise ConfigError("--rule", rule_id, "unknown rule (see newscli check --list-rules)")
        config = _apply(config, _Table({rule_id: {setting: value} if setting else value}, "--rule", ""))
    return config


def write_default_config(target: Path) -> None:
    """Write the commented default configuration to ``target``; an existing file is never overwritten."""
    try:
        with target.open("x", encoding="utf-8") as handle:
            handle.write(default_config_text())
    except FileExistsError:
        raise ConfigError(str(target), "", "already exists; not overwritten") from None
    except OSError as error:
        raise ConfigError(str(target), "", f"cannot be written ({error.strerror or error})") from None
