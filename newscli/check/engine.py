"""Run the configured rules over one document."""

from __future__ import annotations

from dataclasses import dataclass

from ..document import Document
from .config import Config, default_config
from .findings import Finding, LineIndex, Severity, locate
from .rules import RULES, Context


@dataclass(frozen=True)
class CheckResult:
    findings: tuple[Finding, ...]

    def count(self, severity: Severity) -> int:
        return sum(1 for finding in self.findings if finding.severity is severity)

    def fails(self, *, strict: bool = False) -> bool:
        """Whether the article fails the gate: any error, or (when strict) any warning."""
        failing = {Severity.ERROR, Severity.WARNING} if strict else {Severity.ERROR}
        return any(finding.severity in failing for finding in self.findings)

    def to_json(self) -> dict:
        return {"findings": [finding.to_json() for finding in self.findings]}


def check_document(doc: Document, *, config: Config | None = None) -> CheckResult:
    """Every finding of every rule that is not off, in text order."""
    config = config or default_config()
    context = Context(doc)
    lines = LineIndex(doc.text)
    findings = []
    for rule in RULES.values():
        settings = config.rules[rule.id]
        if settings.severity is Severity.OFF:
            continue
        for hit in rule.check(context, settings.params):
            findings.append(locate(doc.text, lines, rule.id, settings.severity, hit))
    findings.sort(key=lambda finding: (finding.start, finding.end, finding.rule))
    return CheckResult(tuple(findings))
