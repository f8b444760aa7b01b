"""Holidays: "Thanksgiving Day", "last Christmas", "Easter 2010", dated by their definitions in
``data/timex_holidays.txt`` and, without a year, like a month and day: by the tense and the article's date."""

from __future__ import annotations

import re
from datetime import date, timedelta

from ...data import read_list
from ..model import DOCUMENT_DATE, FUTURE, PAST, Context, Example, Normalised, Rule
from ..patterns import YEAR, compiled
from ..values import FUTURE_GRACE, iso_week, month_length


def _definitions() -> dict[str, str]:
    pairs = (line.split("\t") for line in read_list("timex_holidays.txt"))
    return {name.lower().replace("’", "'"): when.strip() for name, when in pairs}


DEFINITIONS = _definitions()


def _name_pattern(name: str) -> str:
    """A holiday's name with its first letter capital, the rest of any case, either apostrophe."""
    parts = [re.escape(word) for word in name.split()]
    pattern = r"\s+".join(parts).replace("'", "['’]")
    return f"(?-i:{re.escape(name[0].upper())})(?i:{pattern[len(re.escape(name[0])):]})"


NAMES = "|".join(_name_pattern(name) for name in sorted(DEFINITIONS, key=len, reverse=True))


# A holiday before one of these names a season of trade, not the day ("Christmas sales": TimeML makes it a
# duration the text does not measure); optionally "Christmas and New Year sales".
SEASON_NOUNS = re.compile(
    r"(?:\s+and\s+[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)*)?\s+(?:sales|shopping|shoppers|spending|season|period|rush|trading|holidays?)\b"
)
# Capitalised words that may stand before a holiday's name; any other makes it a surname ("Johnnie Christmas").
BEFORE_NAME = frozenset({"on", "at", "by", "since", "until", "till", "before", "after", "during", "over", "for", "last",
                         "next", "this", "merry", "happy", "from", "through", "the"})
PREVIOUS_WORD = re.compile(r"(\w+)\W*$")


def _plausible(groups: dict, text: str, start: int, match: re.Match) -> bool:
    if SEASON_NOUNS.match(text, match.end()):
        return False
    previous = PREVIOUS_WORD.search(text, max(start, match.start() - 20), match.start())
    if previous is None or match.start() - previous.end() > 1 or "rel" in groups:
        return True
    word = previous.group(1)
    return not word[:1].isupper() or word.lower() in BEFORE_NAME


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 (the computus' own letter)
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    return date(year, month, (h + l - 7 * m + 114) % 31 + 1)


def holiday_date(when: str, year: int) -> date:
    """The day a holiday definition gives in ``year``."""
    if when.startswith("easter"):
        return easter(year) + timedelta(days=int(when[len("easter"):]))
    if when == "election":  # the Tuesday after the first Monday of November
        first = date(year, 11, 1)
        monday = first + timedelta(days=(0 - first.weekday()) % 7)
        return monday + timedelta(days=1)
    if "/" in when:
        month, weekday, ordinal = (int(part) for part in when.split("/"))
        if ordinal > 0:
            first = date(year, month, 1)
            return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (ordinal - 1))
        last = date(year, month, month_length(year, month))
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    month, day = (int(part) for part in when.split("-"))
    return date(year, month, day)


def _first_day(day: date, week: bool) -> date:
    """The holiday, or the Monday of its week: a week under way counts as the current one."""
    return day - timedelta(days=day.weekday()) if week else day


def _holiday(groups: dict, _text: str, context: Context) -> Normalised:
    """The holiday's day; "Easter week", "Christmas week": the ISO week that holds it."""
    when = DEFINITIONS[" ".join(groups["name"].lower().replace("’", "'").split())]
    week = "week" in groups
    if "year" in groups:
        day = holiday_date(when, int(groups["year"]))
        return Normalised("DATE", iso_week(day) if week else day.isoformat())
    dct = context.dct
    if dct is None:
        return Normalised("DATE", None, DOCUMENT_DATE)
    options = [holiday_date(when, year) for year in (dct.year - 1, dct.year, dct.year + 1)]
    relation = (groups.get("rel") or "").lower()
    if relation == "last" or (not relation and context.direction == PAST):
        chosen = max((day for day in options if day < dct or (not relation and _first_day(day, week) <= dct)), default=options[0])
    elif relation == "next" or (not relation and context.direction == FUTURE):
        chosen = min((day for day in options if day > dct or (not relation and day >= dct - FUTURE_GRACE)), default=options[-1])
    elif relation == "this":
        chosen = options[1]
    else:
        chosen = min(options, key=lambda day: abs((day - dct).days))
    return Normalised("DATE", iso_week(chosen) if week else chosen.isoformat(), DOCUMENT_DATE)


RULES = (
    Rule(
        "holiday",
        pattern=compiled(rf"\b(?:(?P<rel>last|next|this)\s+)?(?P<name>{NAMES})\b(?:\s+(?P<week>week)\b)?(?:,?\s+(?P<year>{YEAR}))?"),
        # Each name up to its apostrophe ("new year", "presidents"): rarer than its first word.
        triggers=tuple(sorted({name.split("'")[0] for name in DEFINITIONS})),
        normalise=_holiday,
        plausible=_plausible,
        examples=(
            Example("They met on Thanksgiving Day 1998.", "Thanksgiving Day 1998", "1998-11-26"),
            Example("He was found last Thanksgiving.", "last Thanksgiving", "2023-11-23"),
            Example("Stores closed for Easter Monday.", "Easter Monday", "2024-04-01"),
            Example("Polls open on Election Day.", "Election Day", "2024-11-05"),
            Example("Stores closed in Christmas week 2010.", "Christmas week 2010", "2010-W51"),
            Example("The plan was for next Christmas.", "next Christmas", "2024-12-25"),
            Example("He was a christmas baby."),
            Example("Christmas sales were strong."),
            Example("It was drawn by Johnnie Christmas."),
        ),
    ),
)
