"""Durations and sets: "three weeks", "months", "every Monday", "weekly"."""

from __future__ import annotations

import re

from ..model import Context, Example, Normalised, Rule
from ..patterns import (
    APPROX,
    FOLLOWING_CAPITAL,
    NUMBER,
    PART_OF_DAY,
    PARTS_OF_DAY,
    PREVIOUS_WORD,
    QUANTITY,
    SET_ADVERBS,
    UNIT,
    UNIT_WORDS,
    WEEKDAY,
    WEEKDAYS,
    compiled,
)
from ..values import duration_value, number_of, unit_of


def _set_every(groups: dict, text: str, _context: Context) -> Normalised | None:
    unit_word = groups["unit"].lower()
    if unit_word.capitalize() in (day.capitalize() for day in WEEKDAYS):
        return Normalised("SET", f"XXXX-WXX-{WEEKDAYS[unit_word] + 1}")
    if unit_word in PARTS_OF_DAY:
        return Normalised("SET", f"T{PARTS_OF_DAY[unit_word]}")
    unit = unit_of(unit_word)
    number = groups.get("number", "")
    quantity = 2 if number.lower() == "other" else (number_of(number) if number else 1)
    return Normalised("SET", duration_value(quantity, unit))


def _set_each_of(groups: dict, text: str, _context: Context) -> Normalised:
    return Normalised("SET", duration_value(1, unit_of(groups["unit"])))


def _set_adverb(groups: dict, text: str, _context: Context) -> Normalised:
    word = groups["word"].lower().replace("-", "")
    if word == "annual":
        return Normalised("DURATION", "P1Y")  # "annual sales": the amount over one year (TimeML practice)
    if word == "biannual":
        return Normalised("SET", "P6M")
    return Normalised("SET", SET_ADVERBS[word])


def _set_a_unit(groups: dict, text: str, _context: Context) -> Normalised:
    return Normalised("SET", duration_value(1, unit_of(groups["unit"])))


def _duration(groups: dict, text: str, context: Context) -> Normalised | None:
    unit = unit_of(groups["unit"])
    quantity_text = groups["quantity"]
    quantity = number_of(quantity_text)
    plural = "plural" in groups
    if quantity is not None and quantity == 1 and plural and quantity_text.lower() in ("a", "an"):
        return None
    if quantity is None and not plural and quantity_text.lower() not in ("a few", "few", "several", "many", "a couple of"):
        return None
    if unit in ("second", "quarter") and quantity_text.lower() in ("a", "an"):
        return None  # "a second day" is an ordinal, "about a quarter of its dealers" a fraction
    if groups.get("long", "").lower() == "old":
        return None  # an age ("a 6-year-old boy") describes someone, it dates nothing (TimeML leaves it out)
    if quantity is not None and quantity >= 1000 and not plural:
        return None  # "2018 day five": a year, not a count
    return Normalised("DURATION", duration_value(quantity, unit))


def _unit_long(groups: dict, _text: str, _context: Context) -> Normalised:
    return Normalised("DURATION", duration_value(1, unit_of(groups["unit"])))


def _vague_duration(groups: dict, _text: str, _context: Context) -> Normalised:
    return Normalised("DURATION", duration_value(None, unit_of(groups.get("unit") or groups["unit2"])))


def _set_adverb_plausible(groups: dict, text: str, start: int, match: re.Match) -> bool:
    if match.group()[0].isupper():  # "LA Weekly", "Daily Mail": names
        return match.start() == start and not FOLLOWING_CAPITAL.match(text, match.end())
    return True


def _duration_plausible(groups: dict, text: str, start: int, match: re.Match) -> bool:
    """A capitalised unit inside running text is part of a title: CBS's "60 Minutes", "Seven Days in May"."""
    if not groups["unit"][0].isupper():
        return True
    before = text[max(start, match.start() - 3) : match.start()].rstrip()
    previous = PREVIOUS_WORD.search(text, max(start, match.start() - 20), match.start())
    return not (before.endswith(("'", "\"", "“", "‘", "`")) or (previous is not None and previous.group(1).islower()))

RULES = (
    Rule(
        "set_every",
        pattern=compiled(
            rf"""\b(?P<quant>every|each|per)\s+(?:(?P<number>other|{NUMBER})\s+)?
                 (?P<unit>{UNIT}|(?-i:{WEEKDAY})|{PART_OF_DAY})s?\b""",
            starts=r"ep",
        ),
        triggers=("every", "each", "per"),
        normalise=_set_every,
        examples=(
            Example('They meet every week.', 'every week', 'P1W'),
            Example('She runs every Monday.', 'every Monday', 'XXXX-WXX-1'),
        ),
    ),
    # "each of the last three years" is every one of them (TimeML: a SET of the unit), not their span; "each of"
    # stays outside, as a quantifier.
    Rule(
        "set_each_of",
        pattern=compiled(
            rf"""(?<=\beach\sof\s)the\s+(?:last|past|next|previous|coming|following|first)\s+
                 (?P<quantity>{QUANTITY})\s+(?P<unit>{UNIT})s\b""",
            starts=r"t",
        ),
        triggers=("each of",),
        normalise=_set_each_of,
        examples=(
            Example('He marched in each of the last three years.', 'the last three years', 'P1Y'),
        ),
    ),
    Rule(
        "set_adverb",
        pattern=compiled(
            r"\b(?P<word>hourly|daily|nightly|weekly|monthly|quarterly|yearly|annually|annual|bi-?annual)\b",
            starts=r"abdhmnqwy",
        ),
        triggers=("ly", "annual"),
        normalise=_set_adverb,
        plausible=_set_adverb_plausible,
        examples=(
            Example('It is published weekly.', 'weekly', 'P1W'),
        ),
    ),
    Rule(
        "set_a_unit",
        pattern=compiled(
            r"(?<=\d\s|s\s|e\s)(?P<quant>a|an)\s+(?P<unit>day|week|month|year)\b(?=\s*(?:[.,;]|$|\s+(?:for|in|on|to|and)\b))",
            starts=r"a",
        ),
        triggers=UNIT_WORDS,
        normalise=_set_a_unit,
        examples=(
            Example('He earns 50 dollars a day.', 'a day', 'P1D'),
        ),
    ),
    # An approximation before "the" is a preposition: "over the next four years" is "the next four years".
    Rule(
        "duration",
        pattern=compiled(
            rf"""\b(?:(?P<approx>{APPROX})\s+(?!the\s))?(?:(?P<rel>the\s+(?:past|next|last|coming|previous|first|following)|another|an\s+additional)\s+)?
                 (?P<quantity>{QUANTITY})[-\s]+(?:(?:straight|consecutive|full|more|trading|working|business|calendar)\s+)?
                 (?P<unit>{UNIT})(?P<plural>s)?(?:-(?P<long>long|old))?\b""",
            starts=r"\dadefhjlmnorstu",
        ),
        triggers=UNIT_WORDS,
        normalise=_duration,
        plausible=_duration_plausible,
        examples=(
            Example('The strike lasted three weeks.', 'three weeks', 'P3W'),
            Example('He served a 10-year sentence.', '10-year', 'P10Y'),
            Example('A 6-year-old boy was found.'),
            Example("He said on CBS's ''60 Minutes'' that he would stay."),
        ),
    ),
    Rule(
        "unit_long",
        pattern=compiled(r"(?<![\w-])(?P<unit>hour|day|week|month|year)-long\b", starts=r"dhmwy"),
        triggers=("-long",),
        normalise=_unit_long,
        examples=(
            Example('They left their third day-long meeting.', 'day-long', 'P1D'),
        ),
    ),
    Rule(
        "vague_duration",
        pattern=compiled(
            r"""(?:(?<=\bfor\s)|(?<=\bover\s)|(?<=\bwithin\s)|(?<=\btook\s)|(?<=\bspent\s)|(?<=\blasted\s)|(?<=\bafter\s)|(?<=\bin\s))
                (?P<rel>recent\s+|the\s+past\s+|the\s+coming\s+|the\s+next\s+|the\s+)?(?P<unit>second|minute|hour|day|week|month|year|decade|centurie)s\b
                |(?<!\bearly\s)(?<!\bsmall\s)(?<!\bwee\s)(?P<unit2>minute|hour|day|week|month|year|decade)s(?=\s+of\b|-long\b)""",
            starts=r"cdhmrstwy",
        ),
        # Its units are plural.
        triggers=("seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "centuries"),
        normalise=_vague_duration,
        examples=(
            Example('The talks took months.', 'months', 'PXM'),
            # "the early hours of Thursday", "the early days of the web": the start of a period, not a length of time.
            Example('He was arrested in the early hours of the morning.'),
        ),
    ),
)
