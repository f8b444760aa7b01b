"""Sourcing, from ``newscli.quotes``: quotations without a speaker, too few distinct sources, one source
holding most of the quoted words. Articles without any quotation are left alone (briefs, analysis)."""

from __future__ import annotations

from ..findings import Hit
from .base import COUNT, SHARE, Example, Param, Rule

INDIRECT = "indirect"


def quote_without_speaker(context, params):
    for quote in context.quotes.quotes:
        if quote.speaker is None and quote.type != INDIRECT:
            yield Hit(quote.start, quote.end, "quotation without a speaker: say who said it")


def min_sources(context, params):
    if len(context.doc.words) < params["min-words"]:
        return
    quotes = context.quotes
    if not quotes.quotes or len(quotes.speakers) >= params["min"]:
        return
    names = ", ".join(summary.name for summary in quotes.speakers) or "none named"
    count = len(quotes.speakers)
    first = quotes.quotes[0]
    yield Hit(
        first.start,
        first.end,
        f"{count} distinct source{'' if count == 1 else 's'} quoted ({names}), fewer than the minimum of {params['min']}",
    )


def max_source_share(context, params):
    quotes = context.quotes
    total = sum(summary.words for summary in quotes.speakers)
    if len(quotes.speakers) < 2 or total < params["min-quoted-words"]:
        return  # a single source is min-sources' concern
    top = max(quotes.speakers, key=lambda summary: summary.words)
    share = top.words / total
    if share <= params["max"]:
        return
    first = next(quote for quote in quotes.quotes if quote.speaker and quote.speaker.name == top.name)
    yield Hit(
        first.start,
        first.end,
        f"{top.name} holds {share:.0%} of the quoted words ({top.words} of {total}), "
        f"above the maximum of {params['max']:.0%}",
    )


TWO_SOURCES = (
    "“We will rebuild the bridge by spring,” Mayor Anna Reyes said on Monday.\n\n"
    "“The money is not there yet,” council treasurer Tom Hale said.\n"
)
ONE_SOURCE = (
    "“We will rebuild the bridge by spring and reopen the whole road to traffic,” Mayor Anna Reyes said on Monday.\n\n"
    "“The money is there,” she said.\n"
)

RULES = (
    Rule(
        "quote-without-speaker",
        "A direct quotation that the article attributes to no one.",
        quote_without_speaker,
        examples=(
            Example("The council met on Monday.\n\n“This is a disgrace and a scandal.”\n", hits=((3, 2, 3, 35),)),
            Example(TWO_SOURCES),
        ),
    ),
    Rule(
        "min-sources",
        "Fewer than a minimum number of distinct sources quoted (articles with quotations, not briefs).",
        min_sources,
        params=(
            Param("min", COUNT, "fewest distinct speakers an article with quotations should have"),
            Param("min-words", COUNT, "check only articles with at least this many words (briefs are exempt)"),
        ),
        examples=(
            Example(ONE_SOURCE, hits=((1, 2, 1, 75),), params={"min-words": 0}),
            Example(ONE_SOURCE),
            Example(TWO_SOURCES, params={"min-words": 0}),
            Example("The council met on Monday and approved the budget.\n"),
        ),
    ),
    Rule(
        "max-source-share",
        "One source holding more than a maximum share of the quoted words (two sources or more).",
        max_source_share,
        params=(
            Param("max", SHARE, "highest share (0–1) of quoted words one source may hold"),
            Param("min-quoted-words", COUNT, "check only articles with at least this many quoted words"),
        ),
        examples=(
            Example(TWO_SOURCES, hits=((1, 2, 1, 38),), params={"max": 0.5, "min-quoted-words": 0}),
            Example(TWO_SOURCES, params={"min-quoted-words": 0}),
            Example(ONE_SOURCE, params={"max": 0.5, "min-quoted-words": 0}),
        ),
    ),
)
