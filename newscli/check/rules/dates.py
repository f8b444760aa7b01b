"""The article's date: present, and not contradicted by dates in the text that lie after it."""

from __future__ import annotations

import re

from ...characters import ascii_quotes
from ..findings import Hit
from .base import Example, Rule

# Words that point a sentence's dates forward: a later date next to them is a plan, a forecast, a deadline
# or a postponement, not a typo.
FORWARD_WORDS = frozenset(
    [
        "will", "'ll", "wo", "shall", "gonna", "going", "upcoming", "forthcoming", "scheduled", "expected",
        "planned", "slated", "plans", "plan", "intends", "next", "coming", "later", "would", "can", "could", "may",
        "might", "should", "must", "hope", "hopes", "hoped", "anticipated", "predicted", "projected", "forecast",
        "postponed", "delayed", "rescheduled", "extended", "aims", "aimed", "target", "goal", "deadline",
    ]
)
# A date right after one of these is a deadline or a span's end ("by 2030", "until June 2024").
FORWARD_PREPOSITIONS = frozenset({"by", "until", "till", "through", "before", "to", "for", "from"})
# A year or month is checked only after one of these ("in 2024", "since May 2024"): "the 2024 Olympics" names
# an event and "the 2011 version" a model. A full date (day and month) is checked wherever it stands.
DATING_PREPOSITIONS = frozenset({"in", "on", "at", "during", "since", "of"})
YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")
FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
PREVIOUS_WORD = re.compile(r"(\w+)\W*$")
PAST_TAGS = frozenset({"VBD", "VBN"})


def missing_date(context, params):
    if context.doc.meta.date is None:
        yield Hit(0, 0, "the article has no date (add a `date YYYY-MM-DD` or `Date:` line, or pass --date)")


def _has_to_be(words: list[str]) -> bool:
    """ "to be released", "is to open": an infinitive of the future."""
    return any(word == "to" and following == "be" for word, following in zip(words, words[1:], strict=False))


def _tells_of_the_past(context, index: int) -> bool:
    """A past-tense verb and no word that points forward (will, scheduled, next …) in the sentence."""
    sentence = context.doc.sentences[index]
    words = [ascii_quotes(token.text).lower() for token in sentence.tokens]
    if any(word in FORWARD_WORDS for word in words) or _has_to_be(words):
        return False
    return any(tag in PAST_TAGS for tag in context.doc.pos_tags[index])


def date_after_article(context, params):
    from ...timex import value_interval

    article_date = context.doc.meta.date
    text = context.doc.text
    if article_date is None or not any(
        int(year) >= article_date.year for year in YEAR.findall(text, context.doc.body_start)
    ):
        return  # only a date written with a year can lie after the article: no need for the timeline
    for entry in context.timeline.entries:
        interval = value_interval(entry.value) if entry.relative_to is None and entry.value else None
        if interval is None or interval[0] <= article_date:
            continue
        previous = PREVIOUS_WORD.search(text, max(0, entry.start - 15), entry.start)
        previous_word = previous.group(1).lower() if previous else ""
        if previous_word in FORWARD_PREPOSITIONS:
            continue
        if not FULL_DATE.match(entry.value) and previous_word not in DATING_PREPOSITIONS:
            continue
        index = context.doc.sentence_at(entry.start)
        if index is not None and _tells_of_the_past(context, index):
            yield Hit(
                entry.start,
                entry.end,
                f'"{entry.text}" is after the article date ({article_date.isoformat()}) in a sentence about '
                "the past: a typo?",
            )


RULES = (
    Rule(
        "missing-date",
        "No article date in the header (nor given with --date).",
        missing_date,
        examples=(
            Example("The council approved the budget on Monday.\n", hits=((1, 1, 1, 1),)),
            Example("date 2023-05-10\n\nThe council approved the budget on Monday.\n"),
        ),
    ),
    Rule(
        "date-after-article",
        "A date after the article's date in a sentence about the past (likely a typo).",
        date_after_article,
        examples=(
            Example("date 2023-05-10\n\nFinland joined NATO on April 4, 2024, after a long debate.\n", hits=((3, 24, 3, 37),)),
            Example("date 2023-05-10\n\nFinland joined NATO on April 4, 2023, after a long debate.\n"),
            Example("date 2023-05-10\n\nThe summit will be held on July 11, 2024, in Vilnius.\n"),
            Example("date 2023-05-10\n\nThe government pledged to cut emissions by 2030.\n"),
            Example("date 2023-05-10\n\nApple showed the 2024 version of its software.\n"),
            Example("date 2023-05-10\n\nThe plant was expected to reopen in 2024.\n"),
            Example("date 2023-05-10\n\nThe company said it opened its first store in 2025.\n", hits=((3, 47, 3, 51),)),
        ),
    ),
)
