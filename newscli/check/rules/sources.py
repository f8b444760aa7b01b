"""Sourcing, from ``newscli.quotes``: quotations without a speaker, too few distinct sources, one source
holding most of the quoted words; from ``newscli.sources``: too few named sources, too many anonymous ones.
Articles without any quotation are left alone (briefs, analysis)."""

from __future__ import annotations

from functools import cache

from ...data import read_list
from ..findings import Hit
from .base import COUNT, SHARE, Example, Param, Rule

INDIRECT = "indirect"
REPORTING_VERBS_FILE = "speech_verbs.txt"


@cache
def _reporting_verbs() -> frozenset[str]:
    """Every form of the reporting verbs ``newscli.quotes`` knows (said, says, told, added …)."""
    return frozenset(
        form for line in read_list(REPORTING_VERBS_FILE) if not line.startswith("[") for form in line.split()
    )


def _attributed_nearby(context, quote, speaker_paragraphs: set[int]) -> bool:
    """Whether a reader can tell who speaks: a quote of this or the previous paragraph has a speaker (a
    continued quotation), or this sentence or the one before has a reporting verb."""
    if quote.paragraph in speaker_paragraphs or quote.paragraph - 1 in speaker_paragraphs:
        return True
    index = context.doc.sentence_at(quote.start)
    if index is None:
        return False
    nearby = context.doc.sentence_words[max(0, index - 1) : index + 1]
    return any(word.text.lower() in _reporting_verbs() for words in nearby for word in words)


def quote_without_speaker(context, params):
    quotes = context.quotes.quotes
    speaker_paragraphs = {quote.paragraph for quote in quotes if quote.speaker is not None}
    for quote in quotes:
        if (
            quote.speaker is None
            and quote.type != INDIRECT
            and quote.marks
            and context.in_quotation(quote.start)
            and not _attributed_nearby(context, quote, speaker_paragraphs)
        ):
            yield Hit(quote.start, quote.end, "quotation without a speaker: say who said it")


def min_sources(context, params):
    if len(context.doc.words) < params["min-words"]:
        return
    quotes = context.quotes
    if not any(quote.marks for quote in quotes.quotes) or len(quotes.speakers) >= params["min"]:
        return  # no quotation marks: a brief or an analysis, or speech newscli can only guess at
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
    if top.share <= params["max"]:
        return
    first = next(quote for quote in quotes.quotes if quote.speaker and quote.speaker.name == top.name)
    yield Hit(
        first.start,
        first.end,
        f"{top.name} holds {top.share:.0%} of the quoted words ({top.words} of {total}), "
        f"above the maximum of {params['max']:.0%}",
    )


def min_named_sources(context, params):
    if len(context.doc.words) < params["min-words"]:
        return
    summary = context.sources.summary
    if not summary.quoted_sources or summary.named_sources >= params["min"]:
        return  # nobody quoted: a brief or an analysis
    count = summary.named_sources
    yield context.sentence_hit(
        0, f"{count} named source{'' if count == 1 else 's'} quoted, fewer than the minimum of {params['min']}"
    )


def max_anonymous_share(context, params):
    summary = context.sources.summary
    if not summary.anonymous_sources or summary.anonymous_share <= params["max"]:
        return
    anonymous = [source.name for source in context.sources.sources if source.kind == "anonymous"]
    yield context.sentence_hit(
        0,
        f"{summary.anonymous_share:.0%} of the quoted sources are anonymous ({', '.join(anonymous)}), "
        f"above the maximum of {params['max']:.0%}",
    )


TWO_SOURCES = (
    "“We will rebuild the bridge by spring,” Mayor Anna Reyes said on Monday.\n\n"
    "“The money is not there yet,” said Tom Hale, the council treasurer.\n"
)
ANONYMOUS_SOURCES = (
    "The talks stalled on Monday.\n\n"
    "“There is no deal yet,” said a senior official familiar with the talks.\n\n"
    "“We are close,” Mayor Anna Reyes said.\n"
)
ONE_SOURCE = (
    "“We will rebuild the bridge by spring and reopen the whole road to traffic,” Mayor Anna Reyes said on Monday.\n\n"
    "“The money is there,” she said.\n"
)

RULES = (
    Rule(
        "quote-without-speaker",
        "A quotation in quotation marks attributed to no one, with no speaker or reporting verb nearby.",
        quote_without_speaker,
        examples=(
            Example("The council met on Monday.\n\n“This is a disgrace and a scandal.”\n", hits=((3, 2, 3, 35),)),
            Example(TWO_SOURCES),
        ),
    ),
    Rule(
        "min-sources",
        "Fewer than a minimum number of distinct sources quoted (articles with quotation marks, not briefs).",
        min_sources,
        params=(
            Param("min", COUNT, "fewest distinct speakers an article with quotations should have"),
            Param("min-words", COUNT, "check only articles with at least this many words (briefs are exempt)"),
        ),
        examples=(
            Example(ONE_SOURCE, hits=((1, 2, 1, 75),), params={"min-words": 0}),
            Example(ONE_SOURCE),
            Example(TWO_SOURCES, params={"min-words": 0}),
            Example("The council met on Monday and approved the budget.\n", params={"min-words": 0}),
            Example("The council approved the budget, Mayor Anna Reyes said.\n", params={"min-words": 0}),
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
    Rule(
        "min-named-sources",
        "Fewer than a minimum number of named sources (people and organisations) quoted; off by default.",
        min_named_sources,
        params=(
            Param("min", COUNT, "fewest named sources an article with quotations should have"),
            Param("min-words", COUNT, "check only articles with at least this many words (briefs are exempt)"),
        ),
        examples=(
            Example(ANONYMOUS_SOURCES, hits=((1, 1, 1, 29),), params={"min-words": 0}),
            Example(TWO_SOURCES, params={"min-words": 0}),
            Example("The bridge reopened on Monday after two years of repairs.\n", params={"min-words": 0}),
        ),
    ),
    Rule(
        "max-anonymous-share",
        "More than a maximum share of the quoted sources anonymous (\u201ca senior official\u201d); off by default.",
        max_anonymous_share,
        params=(Param("max", SHARE, "highest share (0–1) of quoted sources that may be anonymous"),),
        examples=(
            Example(ANONYMOUS_SOURCES, hits=((1, 1, 1, 29),), params={"max": 0.3}),
            Example(ANONYMOUS_SOURCES),
            Example(TWO_SOURCES, params={"max": 0}),
        ),
    ),
)
