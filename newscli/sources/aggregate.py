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
    )


def aggregate(articles: Iterable[tuple[dict, Sources]], by: str | None = None) -> CorpusSources:
    """The figures over ``articles`` ((meta as JSON, sources) pairs, streamed: only the running sums are kept)."""
    total: SourceSummary | None = None
    groups: dict[str, SourceSummary] = {}
    for meta, sources in articles:
        total = sources.summary if total is None else combine(total, sources.summary)
        if by is not None:
            key = group_key(meta, by)
            groups[key] = combine(groups[key], sources.summary) if key in groups else sources.summary
    if total is None:
        from .analysis import summarise

        total = summarise([])
    return CorpusSources(total, by, tuple(groups.items()))
