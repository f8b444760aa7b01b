"""Sourcing figures over many articles: the sum of their summaries, overall and per outlet, author or month."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .model import Sources, SourceSummary

GROUPINGS = ("source", "author", "date:month")
UNKNOWN_GROUP = "(unknown)"


@dataclass(frozen=True)
class CorpusSources:
    total: SourceSummary
    by: str | None
    groups: tuple[tuple[str, SourceSummary], ...]  # in order of first appearance

    def to_json(self) -> dict:
        record: dict = {"source_summary": self.total.to_json()}
        if self.by is not None:
            record["source_groups"] = {"by": self.by, "groups": [{"key": key, **summary.to_json()} for key, summary in self.groups]}
        return record


def group_key(meta: dict, by: str) -> str:
    """The group of an article for ``by`` (one of GROUPINGS), from its meta as ``Meta.to_json`` gives it."""
    if by == "date:month":
        return meta["date"][:7] if meta.get("date") else UNKNOWN_GROUP
    return meta.get(by) or UNKNOWN_GROUP


def combine(first: SourceSummary, second: SourceSummary) -> SourceSummary:
    def added(a: dict[str, int], b: dict[str, int]) -> dict[str, int]:
        return {key: a.get(key, 0) + b.get(key, 0) for key in dict.fromkeys([*a, *b])}

    return SourceSummary(
        articles=first.articles + second.articles,
        quoted_sources=first.quoted_sources + second.quoted_sources,
        named_sources=first.named_sources + second.named_sources,
        anonymous_sources=first.anonymous_sources + second.anonymous_sources,
        quoted_words=first.quoted_words + second.quoted_words,
        words_by_gender=added(first.words_by_gender, second.words_by_gender),
        words_by_category=added(first.words_by_category, second.words_by_category),
        people_mentioned_by_gender=added(first.people_mentioned_by_gender, second.people_mentioned_by_gender),
        people_quoted_by_gender=added(first.people_quoted_by_gender, second.people_quoted_by_gender),
        single_source_articles=first.single_source_articles + second.single_source_articles,
        attributed_sources=first.attributed_sources + second.attributed_sources,
    )


class SourceTotals:
    """Running sums of article summaries, overall and per group: a batch adds each article as it comes and
    keeps nothing else (flat memory)."""

    def __init__(self, by: str | None = None):
        self.by = by
        self.total: SourceSummary | None = None
        self.groups: dict[str, SourceSummary] = {}

    def add(self, meta: dict, sources: Sources) -> None:
        self.total = sources.summary if self.total is None else combine(self.total, sources.summary)
        if self.by is not None:
            key = group_key(meta, self.by)
            self.groups[key] = combine(self.groups[key], sources.summary) if key in self.groups else sources.summary

    def result(self) -> CorpusSources:
        if self.total is None:
            from .analysis import summarise

            return CorpusSources(summarise([]), self.by, ())
        return CorpusSources(self.total, self.by, tuple(self.groups.items()))


def aggregate(articles: Iterable[tuple[dict, Sources]], by: str | None = None) -> CorpusSources:
    """The figures over ``articles`` ((meta as JSON, sources) pairs, streamed)."""
    totals = SourceTotals(by)
    for meta, sources in articles:
        totals.add(meta, sources)
    return totals.result()
