"""Dates relative to the article's date or to the last date mentioned: weekdays, "last week", "two years ago", "the day before", "now"."""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..model import DOCUMENT_DATE, NEUTRAL, PAST, PREVIOUS_DATE, UNKNOWN_DATE, Context, Example, Normalised, Rule
from ..patterns import (
    APPROX,
    PART_OF_DAY,
    PARTS_OF_DAY,
    QUANTITY,
    UNIT,
    UNIT_WORDS,
    WEEKDAY,
    WEEKDAYS,
    WORD_END,
    YEAR,
    compiled,
)
from ..values import duration_value, number_of, period_value, shift, unit_of, value_interval, weekday_date
from .dates import fiscal_prefix


def _weekday(groups: dict, _text: str, context: Context) -> Normalised:
    modifier = " ".join((groups.get("mod") or "").lower().split())
    part = PARTS_OF_DAY.get((groups.get("part") or "").lower())
    kind = "TIME" if part else "DATE"
    if context.dct is None:
        return Normalised(kind, None, DOCUMENT_DATE)
    relation = {"last": "last", "past": "last", "next": "next", "coming": "next", "this": "this"}.get(modifier, "")
    if relation == "this":
        relation = "" if context.direction != NEUTRAL else "this"
    day = weekday_date(context.dct, WEEKDAYS[groups["weekday"].lower()], relation=relation, direction=context.direction)
    return Normalised(kind, day.isoformat() + (f"T{part}" if part else ""), DOCUMENT_DATE)


def _day_next_to(groups: dict, text: str, context: Context) -> Normalised | None:
    """"the day before last Tuesday", "the day after tomorrow": the day named, one day earlier or later."""
    word = (groups.get("word") or "").lower()
    named = _deictic({"word": word}, text, context) if word else _weekday(groups, text, context)
    if named.value is None:
        return named
    step = timedelta(days=-1 if groups["direction"].lower() == "before" else 1)
    return Normalised("DATE", (date.fromisoformat(named.value) + step).isoformat(), DOCUMENT_DATE)


def _boundary_of(groups: dict, text: str, context: Context) -> Normalised | None:
    unit = groups["unit"].lower()
    rel = groups["rel"].lower()
    if context.dct is None:
        return Normalised("DATE", None, DOCUMENT_DATE)
    delta = {"last": -1, "next": 1}.get(rel, 0)
    return Normalised("DATE", fiscal_prefix(groups) + period_value(context.dct, unit, delta), DOCUMENT_DATE)


def _ago(groups: dict, text: str, context: Context) -> Normalised | None:
    quantity = number_of(groups["quantity"])
    unit = unit_of(groups["unit"])
    word = (groups.get("direction") or groups["direction2"]).lower().split()[0]
    deictic = word in ("ago", "from", "hence")
    if quantity is None:
        return Normalised("DATE", "PAST_REF" if word in ("ago", "earlier", "before", "previously", "prior") else "FUTURE_REF")
    anchor, relative_to = (context.dct, DOCUMENT_DATE) if deictic else context.anchor(unit)
    if anchor is None:
        return Normalised("DATE", None, relative_to)
    sign = -1 if word in ("ago", "earlier", "before", "previously", "prior") else 1
    return Normalised("DATE", shift(anchor, quantity, unit, sign), relative_to)


RELATIVE_DELTAS = {
    "last": -1, "past": -1, "this past": -1, "the past": -1, "the previous": -1, "the last": -1,
    "next": 1, "coming": 1, "the coming": 1, "the next": 1, "the following": 1,
    "this": 0, "that": 0, "the same": 0, "the current": 0, "the": 0, "the entire": 0, "the whole": 0, "the full": 0,
    "earlier this": 0, "later this": 0, "earlier last": -1, "later last": -1, "earlier next": 1, "later next": 1,
}
# "over the past decade" is the ten years up to now, as "the past ten years" is: a duration, not the 1990s
# ("the last century" is mostly the one before this, and stays a date).
UP_TO_NOW = frozenset({"the past", "the last"})
# "for the full year" after "the fourth quarter of 2005" is 2005.
ANAPHORIC = frozenset({"the previous", "the following", "that", "the same", "the entire", "the whole", "the full"})


def _relative_unit(groups: dict, text: str, context: Context) -> Normalised | None:
    rel = " ".join(groups["rel"].lower().split())
    unit = groups["unit"].lower()
    delta = RELATIVE_DELTAS[rel]
    if rel in UP_TO_NOW and unit == "decade":
        return Normalised("DURATION", duration_value(1, unit))
    anaphoric = rel in ANAPHORIC or (rel == "the next" and unit == "day")
    anchor, relative_to = context.anchor(unit) if anaphoric else (context.dct, DOCUMENT_DATE)
    if unit == "weekend" and delta == 0 and context.direction == PAST and anchor and anchor.weekday() < 5:
        delta = -1  # "was a guest this weekend", written on a Tuesday: the weekend just past
    if unit == "day" and rel not in ANAPHORIC | {"the next"}:
        return None  # "this day", "last day" are rarely calendar references
    if anchor is None:
        return Normalised("DATE", None, relative_to)
    return Normalised("DATE", fiscal_prefix(groups) + period_value(anchor, unit, delta), relative_to)


YEAR_OF_VALUE = re.compile(r"(?<=^FY)\d{4}|^\d{4}")


def _same_period(groups: dict, text: str, context: Context) -> Normalised | None:
    """The period last mentioned, in the year before or the year named ("the same month a year ago", "the same
    period of 2008"): at the unit's granularity; for "period" the last period longer than a day as it was (a
    quarter, a month), else the article's year; for "time" the article's day."""
    unit = groups["unit"].lower()
    if unit == "period" and context.previous_period:
        period, relative_to = context.previous_period, PREVIOUS_DATE
    elif unit in ("period", "time"):
        relative_to = DOCUMENT_DATE
        if context.dct is None:
            period = None
        elif unit == "time":
            period = context.dct.isoformat()
        else:
            period = f"{context.dct.year:04d}"
    else:
        anchor, relative_to = context.anchor(unit)
        period = period_value(anchor, unit, 0) if anchor else None
    if period is None:
        return Normalised("DATE", None, relative_to)
    year_of_period = YEAR_OF_VALUE.search(period)
    if "year" in groups:
        year = int(groups["year"])
    elif year_of_period:
        year = int(year_of_period.group()) - 1
    else:
        return Normalised("DATE", None, relative_to)
    shifted = YEAR_OF_VALUE.sub(f"{year:04d}", period, count=1)
    if value_interval(shifted) is None:  # "the same week" of a year without a week 53
        shifted = f"{year:04d}"
    return Normalised("DATE", shifted, relative_to)


def _unit_before(groups: dict, text: str, context: Context) -> Normalised | None:
    unit = groups["unit"].lower()
    delta = 1 if groups["direction"].lower() in ("after", "later") else -1
    anchor, relative_to = context.anchor(unit)
    if anchor is None:
        return Normalised("DATE", None, relative_to)
    return Normalised("DATE", period_value(anchor, unit, delta), relative_to)


def _deictic(groups: dict, text: str, context: Context) -> Normalised:
    word = (groups.get("word") or groups.get("word2") or groups.get("this") or "").lower()
    part = (groups.get("part") or groups.get("part2") or "").lower()
    if word == "overnight":
        part, word = "night", "today"
    if word == "tonight":
        part, word = "night", "today"
    if word in ("this", "last"):
        part, word = part, ("yesterday" if word == "last" else "today")
    if context.dct is None:
        return Normalised("TIME" if part else "DATE", None, DOCUMENT_DATE)
    day = context.dct + timedelta(days={"yesterday": -1, "tomorrow": 1}.get(word, 0))
    if part:
        return Normalised("TIME", f"{day.isoformat()}T{PARTS_OF_DAY[part]}", DOCUMENT_DATE)
    return Normalised("DATE", day.isoformat(), DOCUMENT_DATE)


REFERENCE_VALUES = {
    "now": "PRESENT_REF", "nowadays": "PRESENT_REF", "currently": "PRESENT_REF", "these days": "PRESENT_REF",
    "the time being": "PRESENT_REF", "the moment": "PRESENT_REF",
    "recently": "PAST_REF", "more recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
    "recent": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "soon": "FUTURE_REF", "later": "FUTURE_REF",
}


# Words that point forward from the time of writing but, in a past-tense sentence, point forward from the
# event before ("He fought cancer in 2004, later revealing ..."): a date the text does not give.
NARRATIVE_AFTER = frozenset({"later", "soon"})


def _reference(groups: dict, text: str, context: Context) -> Normalised:
    word = " ".join(groups["word"].lower().replace("-", " ").split())
    if word.endswith("term"):  # "the long term", "short-term"
        return Normalised("DATE", "FUTURE_REF")
    if word in NARRATIVE_AFTER and context.direction == PAST:
        return Normalised("DATE", UNKNOWN_DATE)
    return Normalised("DATE", REFERENCE_VALUES[word])


def _anaphoric_day(groups: dict, text: str, context: Context) -> Normalised:
    anchor, relative_to = context.anchor("day")
    return Normalised("DATE", anchor.isoformat() if anchor else None, relative_to)


RULES = (
    Rule(
        "weekday",
        pattern=compiled(
            rf"""(?:\b(?P<mod>(?i:late|early)(?:\s+(?i:on))?|(?i:last|next|this|coming|past))\s+)?
                 (?<!Black\s)(?<!Cyber\s)(?<!Super\s)(?<!Good\s)(?<!Easter\s)(?<!Holy\s)(?<!Ash\s)(?<!Bloody\s)
                 (?P<weekday>{WEEKDAY})(?!\s+(?:Times|Telegraph|Mail|Express|Herald|Post|Mirror)\b)
                 (?:\s+(?P<part>(?i:{PART_OF_DAY})))?""",
            ignore_case=False,
        ),
        triggers=tuple(WEEKDAYS),
        normalise=_weekday,
        examples=(
            Example('She spoke last Wednesday.', 'last Wednesday', '2024-05-08'),
            Example('He left on Monday morning.', 'Monday morning', '2024-05-13TMO'),
            Example('It was Black Friday.'),
            # "coming" inside "upcoming" is no modifier (the rule alone reads no tense: the last Friday).
            Example('The upcoming Friday meeting will decide.', 'Friday', '2024-05-10'),
        ),
    ),
    Rule(
        "day_next_to",
        pattern=compiled(
            rf"""\bthe\s+day\s+(?P<direction>before|after)\s+
                 (?:(?P<word>yesterday|tomorrow)\b|(?:(?P<mod>last|next|this)\s+)?(?P<weekday>(?-i:{WEEKDAY}))\b)""",
            starts=r"t",
        ),
        triggers=("day before", "day after"),
        normalise=_day_next_to,
        examples=(
            Example('The day before last Tuesday, he went home.', 'The day before last Tuesday', '2024-05-13'),
            Example('She arrives the day after tomorrow.', 'the day after tomorrow', '2024-05-17'),
        ),
    ),
    Rule(
        "boundary_of",
        pattern=compiled(
            r"""\bthe\s+(?:very\s+)?(?P<edge>end|beginning|start|middle|rest|remainder)\s+of\s+
                (?P<rel>the|this|last|next)\s+(?:(?P<fiscal>fiscal|financial)\s+(?=year))?(?P<unit>year|month|week|decade|century)\b""",
            starts=r"t",
        ),
        triggers=("end", "beginning", "start", "middle", "rest", "remainder"),
        normalise=_boundary_of,
        examples=(
            Example('It is due by the end of the year.', 'the end of the year', '2024'),
        ),
    ),
    Rule(
        "ago",
        pattern=compiled(
            rf"""\b(?:(?P<approx>{APPROX})\s+)?(?P<quantity>{QUANTITY})\s+(?P<unit>{UNIT})s?\s+
                 (?:(?P<direction>ago|earlier(?!\s+than)|later(?!\s+than)|from\s+now|hence|previously)\b
                    |(?P<direction2>before|after|prior)\b(?=\s*(?:[.,;:)]|$)))""",
            starts=r"\dadefhjlmnorstu",
        ),
        # Its direction word ("from now": "now"), as necessary as its unit and rarer.
        triggers=("ago", "earlier", "later", "now", "hence", "previously", "before", "after", "prior"),
        also=UNIT_WORDS,
        normalise=_ago,
        examples=(
            # A comparison measures, it dates nothing: "a month" is a duration there.
            Example('Flowers bloomed about a month earlier than usual.'),
            Example('It closed two years ago.', 'two years ago', '2022'),
            Example('They fled six weeks ago.', 'six weeks ago', '2024-W14'),
            Example('They fled a week ago.', 'a week ago', '2024-05-08'),
            Example('He left a few days earlier.', 'a few days earlier', 'PAST_REF'),
        ),
    ),
    Rule(
        "relative_unit",
        pattern=compiled(
            r"""\b(?:(?:early|late|mid)[-\s]+(?=(?:last|next|this)\s))?(?P<rel>this\s+past|the\s+past|the\s+previous|the\s+following|the\s+coming|the\s+next|the\s+last|the\s+same
                   |the\s+(?:entire|whole|full)|(?:earlier|later)\s+this|(?:earlier|later)\s+(?:last|next)|last|next|this|coming|past|that|the\s+current
                   |the(?=\s+(?:weekend|fiscal\s+year|financial\s+year)))\s+
                (?:(?P<fiscal>fiscal|financial)\s+(?=year))?(?P<unit>day|week|weekend|month|year|quarter|decade|century)\b(?!\s*[-–]?\s*(?:old|long)\b)""",
            starts=r"celmnpt",
        ),
        triggers=UNIT_WORDS,
        normalise=_relative_unit,
        examples=(
            Example('Prices fell last month.', 'last month', '2024-04'),
            Example('They meet next week.', 'next week', '2024-W21'),
            Example('Sales doubled over the past decade.', 'the past decade', 'P10Y'),
            Example('It was the worst storm of the last century.', 'the last century', '19'),
            Example('Prices fell last decade.', 'last decade', '201'),
        ),
    ),
    Rule(
        "same_period",
        pattern=compiled(
            rf"""\bthe\s+same\s+(?P<unit>period|time|day|week|month|quarter)\s+(?:(?:of|in)\s+)?
                 (?:(?P<year>{YEAR})|(?:the\s+)?(?:last|previous|prior)\s+year|the\s+year\s+before|a\s+year\s+(?:ago|earlier|before))\b""",
            starts=r"t",
        ),
        triggers=("same",),
        normalise=_same_period,
        examples=(
            Example('Sales rose from the same period last year.', 'the same period last year', '2023'),
        ),
    ),
    Rule(
        "unit_before",
        pattern=compiled(
            r"the\s+(?P<unit>day|week|month|year)\s+(?P<direction>before|after|earlier|later|previous|prior)\b(?=\s*(?:[.,;:)]|$))",
            starts=r"t",
        ),
        triggers=UNIT_WORDS,
        normalise=_unit_before,
        examples=(
            Example('He had arrived the day before.', 'the day before', '2024-05-14'),
        ),
    ),
    Rule(
        "deictic",
        pattern=compiled(
            rf"""\b(?P<word>today|tonight|yesterday|tomorrow)(?:\s+(?P<part>{PART_OF_DAY}))?{WORD_END}
                |\b(?P<edge>earlier|later|early|late)\s+(?P<word2>today|tonight|yesterday|tomorrow)\b
                |\b(?P<this>this|last|tomorrow|yesterday)\s+(?P<part2>{PART_OF_DAY})\b""",
            starts=r"elty",
        ),
        triggers=("today", "tonight", "yesterday", "tomorrow", "morning", "afternoon", "evening", "night"),
        normalise=_deictic,
        examples=(
            Example('She resigned yesterday.', 'yesterday', '2024-05-14'),
            Example('It rained tomorrow morning.', 'tomorrow morning', '2024-05-16TMO'),
            # "Overnight" says how fast or when in a night, not which night (TimeML leaves it out).
            Example('Prices doubled overnight.'),
        ),
    ),
    Rule(
        "reference",
        pattern=compiled(
            r"""\b(?P<word>now(?!\s+and\s+(?:then|again)\b)|nowadays|currently|these\s+days|the\s+time\s+being|(?<=\bat\s)the\s+moment|(?<=\bfor\s)the\s+moment|(?:more\s+)?recently|lately
                |the\s+past|the\s+future|the\s+near\s+future|(?:the\s+)?(?:near|short|long)[-\s]term|(?<!as\s)soon|(?<=\s)later(?!\s+(?:on\s+)?(?:that|this|in|than|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)
                |recent)\b(?!-)""",
            starts=r"clmnrst",
        ),
        triggers=("now", "current", "these days", "time being", "moment", "recent", "lately", "past", "future", "term", "soon", "later"),
        normalise=_reference,
        examples=(
            Example('Prices are rising now.', 'now', 'PRESENT_REF'),
            Example('Prices rose recently.', 'recently', 'PAST_REF'),
            Example('Now and then it rains.'),
            # "the moment" is now only in "at the moment", "for the moment": the moment of an event is anaphoric.
            Example('Prices are falling at the moment.', 'the moment', 'PRESENT_REF'),
            Example('They have cooperated from the moment the blast occurred.'),
            # "later" dates nothing of its own before the day it narrows: the day is the expression.
            Example('It rained. Later Thursday, they left.'),
            # "as soon as" is a conjunction.
            Example('Send it as soon as possible.'),
            Example('It pays off in the long term.', 'the long term', 'FUTURE_REF'),
        ),
    ),
    Rule(
        "anaphoric_day",
        pattern=compiled(
            rf"""\b(?:late|early|later|earlier)\s+in\s+the\s+day\b
                |(?<!\bsave\s)(?<!\bsaves\s)(?<!\bsaved\s)(?<!\bcarry\s)(?<!\bcarried\s)(?<!\bwin\s)(?<!\bwon\s)(?<!\bby\s)
                 \b(?:the|the\s+same|that)\s+day\b(?!\s+(?:before|after|earlier|later|of|when|that|in|which|by)\b)(?!\s+(?-i:{WEEKDAY}))""",
            starts=r"elt",
        ),
        triggers=("day",),
        normalise=_anaphoric_day,
        examples=(
            Example('Later in the day, he left.', 'Later in the day', '2024-05-15'),
            # Idioms: paid by the day, the goal that saved the day.
            Example('Workers are paid by the day.'),
            Example('A late goal saved the day.'),
            # The name after it is the day: "Friday" is the expression.
            Example('During the day Friday, he played outside.'),
        ),
    ),
)
