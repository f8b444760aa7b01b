"""All five analyses of one article from one shared document model, each computed once."""

from __future__ import annotations

from dataclasses import dataclass

from .document import Document
from .entities import Entities, extract_entities
from .quotes import Quotes, extract_quotes
from .stats import Stats, compute_stats
from .summarize import Summary, summarize
from .timeline import Timeline, build_timeline


@dataclass(frozen=True)
class Report:
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


def analyze_document(doc: Document) -> Report:
    """Summary, entities, quotes, timeline (dated points, as ``newscli timeline`` shows by default) and stats."""
    return Report(
        summary=summarize(doc),
        entities=extract_entities(doc),
        quotes=extract_quotes(doc),
        timeline=build_timeline(doc),
        stats=compute_stats(doc),
    )
