"""Run the configured rules over one document."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cached_property

from ..document import Document
from .config import Config, default_config
from .findings import Finding, Hit, LineIndex, Severity, locate
from .rules import RULES


class CheckedArticle:
    """The article a check runs over: its document, and the analyses rules share, each computed on first use."""

    def __init__(self, doc: Document):
        self.doc = doc

    @cached_property
    def stats(self):
        from ..stats import compute_stats

        return compute_stats(self.doc)

    @cached_property
    def quote_marks(self):
        from .rules.punctuation import scan_quote_marks

        return scan_quote_marks(self.doc)

    @cached_property
    def quotes(self):
        from ..quotes import extract_quotes

        return extract_quotes(self.doc)

    @cached_property
    def sources(self):
        from ..sources import sources_of

        return sources_of(self.doc)

    @cached_property
    def timeline(self):
        from ..timeline import build_timeline

        return build_timeline(self.doc)

    @cached_property
    def _quoted_starts(self) -> list[int]:
        return [start for start, _ in self.quote_marks.spans]

    def in_quotation(self, offset: int) -> bool:
        """Whether ``offset`` lies inside quotation marks (then the words are the speaker's, not ours to edit)."""
        index = bisect.bisect_right(self._quoted_starts, offset) - 1
        return index >= 0 and offset < self.quote_marks.spans[index][1]

    def sentence_hit(self, index: int, message: str) -> Hit:
        sentence = self.doc.sentences[index]
        return Hit(sentence.start, sentence.end, message)


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
    article = CheckedArticle(doc)
    lines = LineIndex(doc.text)
    findings = []
    for rule in RULES.values():
        settings = config.rules[rule.id]
        if settings.severity is Severity.OFF:
            continue
        for hit in rule.check(article, settings.params):
            findings.append(locate(doc.text, lines, rule.id, settings.severity, hit))
    findings.sort(key=lambda finding: (finding.start, finding.end, finding.rule))
    return CheckResult(tuple(findings))
