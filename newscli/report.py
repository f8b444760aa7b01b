"""What a command reports about one article, when that is more than one analysis' result: all five
analyses from one shared document model (``analyze``), the stats with the CI thresholds they break
(``stats``), the quotes a filter keeps (``quotes``).

The analyses are imported inside the functions: ``newscli stats`` loads only what it runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .document import Document
    from .entities import Entities
    from .quotes import Quotes
    from .stats import Stats, ThresholdFailure
    from .summarize import Summary
    from .timeline import Timeline


@dataclass(frozen=True)
class ArticleReport:
    summary: Summary
    entities: Entities
    quotes: Quotes
    timeline: Timeline
    stats: Stats

    def to_json(self) -> dict:
        """Every section of the single-analysis commands, with exactly their names and shapes."""
        sections: dict = {}
        for result in (self.summary, self.entities, self.quotes, self.timeline, self.stats):
            sections.update(result.to_json())
        return sections


def analyze_document(doc: Document) -> ArticleReport:
    """Summary, entities, quotes, timeline (dated points, as ``newscli timeline`` shows by default) and stats."""
    from .entities import extract_entities
    from .quotes import extract_quotes
    from .stats import compute_stats
    from .summarize import summarize
    from .timeline import build_timeline

    return ArticleReport(
        summary=summarize(doc),
        entities=extract_entities(doc),
        quotes=extract_quotes(doc),
        timeline=build_timeline(doc),
        stats=compute_stats(doc),
    )


@dataclass(frozen=True)
class StatsReport:
    """The figures, and the thresholds given on the command line that the article breaks."""

    stats: Stats
    threshold_failures: tuple[ThresholdFailure, ...]

    def to_json(self) -> dict:
        return {
            **self.stats.to_json(),
            "threshold_failures": [
                {"option": f.option, "limit": f.limit, "value": f.value, "excess": f.excess} for f in self.threshold_failures
            ],
        }


def stats_report(
    doc: Document,
    *,
    max_grade: float | None = None,
    min_reading_ease: float | None = None,
    max_sentence_words: int | None = None,
    max_passive: float | None = None,
) -> StatsReport:
    from .stats import check_thresholds, compute_stats

    stats = compute_stats(doc)
    failures = check_thresholds(
        stats,
        max_grade=max_grade,
        min_reading_ease=min_reading_ease,
        max_sentence_words=max_sentence_words,
        max_passive=max_passive,
    )
    return StatsReport(stats, tuple(failures))


def selected_quotes(doc: Document, *, speaker: str | None = None, quote_type: str | None = None) -> Quotes:
    """The quotes of one speaker and/or one type, with the speakers summarised over what is kept."""
    from .quotes import extract_quotes

    return extract_quotes(doc).filtered(speaker=speaker, quote_type=quote_type)
