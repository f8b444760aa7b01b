"""Sources: who gets a voice in an article, and over an archive.

``analyse_sources(document, quotes, entities)`` turns the quotes analysis' speakers and the entities
analysis' people and organisations into sources (kind, role category, gender of a person, quoted words,
mentions) with the article's figures; ``sources_of(document)`` runs both analyses once and then this one;
``aggregate`` sums the figures over many articles, grouped by outlet, author or month. See docs/sources.md.
"""

from __future__ import annotations

from .aggregate import GROUPINGS, CorpusSources, SourceTotals, aggregate
from .analysis import analyse_sources, sources_of, summarise
from .model import Source, Sources, SourceSummary

__all__ = [
    "GROUPINGS",
    "CorpusSources",
    "Source",
    "SourceSummary",
    "SourceTotals",
    "Sources",
    "aggregate",
    "analyse_sources",
    "sources_of",
    "summarise",
]
