"""The formats of ``newscli check`` of its own: ``json`` and ``csv`` are the shared writers of ``formats``.

- ``rich``: findings grouped by file, then a summary line (the default on a terminal);
- ``line``: ``path:line:col: severity rule-id message``, one per line (the default otherwise);
- ``github``: GitHub Actions workflow commands, which annotate the lines in a pull request.
"""

from __future__ import annotations

from ..check.engine import CheckResult
from ..check.findings import Finding, Severity
from . import cell, console, heading, printable, write_out
from .formats import JsonLines, Writer, writer_for

FORMATS = ("rich", "line", "json", "github", "csv")
SHOWN_TEXT_CHARACTERS = 60
SEVERITY_STYLES = {Severity.ERROR: "bold red", Severity.WARNING: "yellow"}


def line_format(name: str, finding: Finding) -> str:
    return printable(f"{name}:{finding.line}:{finding.column}: {finding.severity.value} {finding.rule} {finding.message}")


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def github_format(name: str, finding: Finding) -> str:
    """A workflow command (``::error file=…,line=…::message``) that GitHub shows on the line it names."""
    properties = {
        "file": name,
        "line": finding.line,
        "col": finding.column,
        "endLine": finding.end_line,
        "endColumn": finding.end_column,
        "title": finding.rule,
    }
    fields = ",".join(f"{key}={_escape_property(str(value))}" for key, value in properties.items())
    return printable(f"::{finding.severity.value} {fields}::{_escape_data(finding.message)}")


def _shown_text(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SHOWN_TEXT_CHARACTERS else text[: SHOWN_TEXT_CHARACTERS - 1] + "…"


def findings_writer(output_format: str, *, key: str) -> Writer:
    """The writer of one of ``FORMATS``."""
    if output_format == "json":
        return JsonLines()
    if output_format == "csv":
        from .layouts import findings_layout

        return writer_for("csv", findings_layout, key=key)
    return FindingLines(output_format)


class FindingLines:
    """Writes each file's findings in a format for people or CI as they come, and the totals at the end."""

    def __init__(self, output_format: str):
        self.format = output_format
        self.files = 0
        self.errors = 0
        self.warnings = 0

    def article(self, name: str, key: str, meta: dict, result: CheckResult) -> None:
        self.files += 1
        self.errors += result.count(Severity.ERROR)
        self.warnings += result.count(Severity.WARNING)
        if self.format == "rich":
            self._rich(name, meta, result)
        else:
            lines = [(github_format if self.format == "github" else line_format)(name, f) for f in result.findings]
            if lines:
                write_out("\n".join(lines) + "\n")

    def failed(self, name: str, key: str, error: str) -> None:
        pass  # the error is on stderr

    def _rich(self, name: str, meta: dict, result: CheckResult) -> None:
        from rich.table import Table
        from rich.text import Text

        if not result.findings:
            return
        table = Table(title=heading(name, meta), title_justify="left", box=None, show_header=False, pad_edge=False)
        table.add_column("Where", justify="right", style="dim", no_wrap=True)
        table.add_column("Severity", no_wrap=True)
        table.add_column("Rule", style="cyan", no_wrap=True)
        table.add_column("Message", overflow="fold")
        table.add_column("Text", style="dim", overflow="fold")
        for finding in result.findings:
            table.add_row(
                f"{finding.line}:{finding.column}",
                Text(finding.severity.value, style=SEVERITY_STYLES[finding.severity]),
                finding.rule,
                cell(finding.message),
                cell(_shown_text(finding.text)),
            )
        console().print(table)
        console().print()

    def finish(self) -> None:
        """The summary line (rich format only: the other formats are for machines)."""
        if self.format != "rich":
            return
        files = f"{self.files} file{'s' if self.files != 1 else ''}"
        if not self.errors and not self.warnings:
            console().print(f"[green]Checked {files}: no problems found.[/green]")
            return
        errors = f"{self.errors} error{'s' if self.errors != 1 else ''}"
        warnings = f"{self.warnings} warning{'s' if self.warnings != 1 else ''}"
        style = "bold red" if self.errors else "yellow"
        console().print(f"[{style}]Checked {files}: {errors}, {warnings}.[/{style}]")


def _setting(value) -> str:
    """A parameter value as it would be written in TOML."""
    import json

    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(key)} = {json.dumps(item)}" for key, item in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(json.dumps(item) for item in value) + "]"
    return str(value)


def print_rules(config) -> None:
    """Every rule with its severity and settings under ``config`` (the defaults when no file was found)."""
    from rich.table import Table
    from rich.text import Text

    from ..check.rules import RULES

    source = f"defaults with {config.source}" if config.source else "defaults"
    table = Table(title=Text(printable(f"newscli check rules ({source})")), title_justify="left")
    table.add_column("Rule", style="cyan", no_wrap=True)
    table.add_column("Severity", no_wrap=True)
    table.add_column("Settings", overflow="fold")
    table.add_column("What it reports", overflow="fold")
    for rule_id, rule in RULES.items():
        settings = config.rules[rule_id]
        values = "\n".join(f"{param.name} = {_setting(settings.params[param.name])}: {param.help}" for param in rule.params)
        table.add_row(
            rule_id,
            Text(settings.severity.value, style=SEVERITY_STYLES.get(settings.severity, "dim")),
            cell(values),
            cell(rule.summary),
        )
    console().print(table)
