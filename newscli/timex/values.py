"""Calendar arithmetic on TIMEX3 values: the dates relative expressions name, and the days a value covers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .model import FUTURE, NEUTRAL, PAST
from .patterns import NUMBER_WORDS

# Duration unit → (TIMEX3 letter, is a time-of-day unit, granularity of "N units ago").
UNITS = {
    "second": ("S", True, "day"),
    "minute": ("M", True, "day"),
    "hour": ("H", True, "day"),
    "day": ("D", False, "day"),
    "night": ("D", False, "day"),
    "week": ("W", False, "day"),
    "fortnight": ("W", False, "day"),
    "month": ("M", False, "month"),
    "quarter": ("Q", False, "month"),
    "year": ("Y", False, "year"),
    "decade": ("Y", False, "year"),
    "century": ("Y", False, "year"),
}
# TIMEX3 writes durations in ISO 8601's units: a decade or a century in years ("a decade" is P10Y, "decades"
# PXY, as TimeML's annotated news writes them).
YEARS_IN_UNIT = {"decade": 10, "century": 100}
SEASON_START_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def month_length(year: int, month: int) -> int:
    following = date(year + (month == 12), month % 12 + 1, 1)
    return (following - timedelta(days=1)).day


def weekday_date(dct: date, weekday: int, *, relation: str, direction: int) -> date:
    """The date of a weekday relative to ``dct``.

    ``relation`` "last"/"next": strictly before/after the article's day; "this": in the article's ISO week;
    "" (bare): the nearest such day, the article's own day included, looking back in the past tense and
    forward in the future tense (back when the tense is unknown: news reports what happened).
    """
    offset = weekday - dct.weekday()
    if relation == "this":
        return dct + timedelta(days=offset)
    if relation == "last":
        return dct - timedelta(days=(-offset) % 7 or 7)
    if relation == "next":
        return dct + timedelta(days=offset % 7 or 7)
    if direction == FUTURE:
        return dct + timedelta(days=offset % 7)
    return dct - timedelta(days=(-offset) % 7)


def month_year(dct: date, month: int, *, relation: str, direction: int) -> int:
    """The year of a month named without one: the nearest in the tense's direction (this year if neutral)."""
    if relation == "last":
        return dct.year if month < dct.month else dct.year - 1
    if relation == "next":
        return dct.year if month > dct.month else dct.year + 1
    if relation == "this":
        return dct.year
    if direction == NEUTRAL:
        return min((dct.year - 1, dct.year, dct.year + 1), key=lambda year: abs((year - dct.year) * 12 + month - dct.month))
    if direction == PAST:
        return dct.year if month <= dct.month else dct.year - 1
    return dct.year if month >= dct.month else dct.year + 1


FUTURE_GRACE = timedelta(days=14)
NEAR_DAYS = 45


def day_month_year(dct: date, month: int, day: int, *, direction: int) -> int:
    """The year of a month and day named without one: the nearest such day in the tense's direction, or
    the nearest such day either way when the tense is unknown."""
    def candidate(year: int) -> date | None:
        return date(year, month, day) if day <= month_length(year, month) else None

    options = [(year, found) for year in (dct.year - 1, dct.year, dct.year + 1) if (found := candidate(year))]
    nearest = min(options, key=lambda option: abs((option[1] - dct).days))
    if direction == PAST and 0 < (nearest[1] - dct).days <= NEAR_DAYS:
        # News reports plans in the past tense ("gave no reason for the Jan. 14 deadline", written on Jan. 5):
        # a day weeks ahead is that one, as a day almost a year back would carry its year.
        direction = NEUTRAL
    if direction == PAST:
        options = [option for option in options if option[1] <= dct] or options
        return max(options, key=lambda option: option[1])[0]
    if direction == FUTURE:  # allowing for something under way that began shortly before the article
        options = [option for option in options if option[1] >= dct - FUTURE_GRACE] or options
        return min(options, key=lambda option: option[1])[0]
    return min(options, key=lambda option: abs((option[1] - dct).days))[0]


def number_of(quantity: str) -> float | None:
    """The numeric value of a quantity (None when vague: "several", "a few")."""
    text = " ".join(quantity.lower().replace(",", "").split())
    half = text.endswith((" and a half", " 1/2", "½"))
    if half:
        text = re.sub(r"(?: and a half| 1/2|½)$", "", text)
    value: float
    if text in NUMBER_WORDS:
        value = NUMBER_WORDS[text]
    elif "-" in text and all(part in NUMBER_WORDS for part in text.split("-")):
        value = sum(NUMBER_WORDS[part] for part in text.split("-"))
    else:
        try:
            value = float(text)
        except ValueError:
            return None
    return value + 0.5 if half else value


def unit_of(word: str) -> str:
    word = word.lower()
    if word.endswith(("ies", "ie")):  # "centuries", or the "centurie" a rule captured before its "s"
        word = word[: word.rindex("ie")] + "y"
    return word.rstrip("s") if word not in UNITS else word


def duration_value(quantity: float | None, unit: str) -> str:
    letter, time_unit, _ = UNITS[unit]
    if quantity is not None and unit in ("hour", "minute") and quantity % 1:
        # TIMEX3 writes a fraction of an hour or a minute in the next unit: "5 1/2 hours" is PT5H30M.
        smaller = "M" if unit == "hour" else "S"
        return f"PT{int(quantity)}{letter}{round(quantity % 1 * 60)}{smaller}"
    amount = "X" if quantity is None else (f"{quantity:g}")
    if unit in YEARS_IN_UNIT and quantity is not None:
        amount = f"{quantity * YEARS_IN_UNIT[unit]:g}"
    elif letter == "W" and unit == "fortnight" and quantity is not None:
        amount = f"{quantity * 2:g}"
    return f"P{'T' if time_unit else ''}{amount}{letter}"


def shift(day: date, quantity: float, unit: str, sign: int) -> str:
    """``day`` moved by a quantity of units, at the granularity the unit implies ("two years ago" → a year,
    "six weeks ago" → a week)."""
    granularity = UNITS[unit][2]
    amount = int(quantity)
    if unit in ("second", "minute", "hour"):
        seconds = {"second": 1, "minute": 60, "hour": 3600}[unit] * amount
        return (day + timedelta(days=sign * (seconds // 86400))).isoformat()
    if unit in ("day", "night"):
        return (day + timedelta(days=sign * amount)).isoformat()
    if unit == "week" and amount >= 2:
        # "six weeks ago" names a week, as "two months ago" names a month; "a week ago" is the day a week back
        # (the same weekday: "a week ago Friday").
        return iso_week(day + timedelta(weeks=sign * amount))
    if unit in ("week", "fortnight"):
        return (day + timedelta(weeks=sign * amount * (2 if unit == "fortnight" else 1))).isoformat()
    if granularity == "month":
        year, month = add_months(day.year, day.month, sign * amount * (3 if unit == "quarter" else 1))
        return f"{year:04d}-{month:02d}"
    years = amount * YEARS_IN_UNIT.get(unit, 1)
    return f"{day.year + sign * years:04d}"


def season_of(day: date) -> tuple[int, str]:
    """The (year, season) containing a day; December belongs to the winter of its own year."""
    month = day.month
    for code, first in (("WI", 12), ("FA", 9), ("SU", 6), ("SP", 3)):
        if month >= first:
            return day.year, code
    return day.year - 1, "WI"


SEASON_ORDER = ("SP", "SU", "FA", "WI")  # in calendar order within a year (winter starts in December)


def relative_season(dct: date, season: str, relation: str, direction: int) -> int:
    """The year of a season named without one: "last"/"next" the latest/earliest such season strictly
    before/after the current one; bare, the nearest in the tense's direction (the current one counts);
    "this" or no tense, the one of the article's year (the current one if it is that season)."""
    current_year, current = season_of(dct)
    now, target = SEASON_ORDER.index(current), SEASON_ORDER.index(season)
    if relation in ("last", "this past"):
        return current_year if target < now else current_year - 1
    if relation == "next":
        return current_year if target > now else current_year + 1
    if relation in ("", "the") and direction == PAST:
        return current_year if target <= now else current_year - 1
    if relation in ("", "the") and direction == FUTURE:
        return current_year if target >= now else current_year + 1
    return current_year if season == current else dct.year


# Period arithmetic for "last week", "next month", "the previous year" …
def period_value(day: date, unit: str, delta: int) -> str:
    if unit == "day":
        return (day + timedelta(days=delta)).isoformat()
    if unit == "week":
        return iso_week(day + timedelta(weeks=delta))
    if unit == "weekend":
        return iso_week(day + timedelta(weeks=delta)) + "-WE"
    if unit == "month":
        year, month = add_months(day.year, day.month, delta)
        return f"{year:04d}-{month:02d}"
    if unit == "quarter":
        year, month = add_months(day.year, day.month, 3 * delta)
        return f"{year:04d}-Q{(month - 1) // 3 + 1}"
    if unit == "decade":
        return f"{(day.year // 10 + delta):03d}"
    if unit == "century":
        return f"{(day.year // 100 + delta):02d}"
    return f"{day.year + delta:04d}"


VALUE_FORMS = re.compile(
    r"""(?:FY)?(?P<year>\d{4})(?:-(?:(?P<month>\d\d)(?:-(?P<day>\d\d))?|W(?P<week>\d\d)(?P<weekend>-WE)?
        |Q(?P<quarter>[1-4])|H(?P<half>[12])|(?P<season>SP|SU|FA|WI)))?(?:T.*)?
        |(?P<decade>\d{3})|(?P<century>\d{2})""",
    re.VERBOSE,
)
PART_OF_DAY_MINUTES = {"MO": 8 * 60, "AF": 14 * 60, "EV": 19 * 60, "NI": 22 * 60}


def value_interval(value: str) -> tuple[date, date] | None:
    """The first and last calendar day a DATE or TIME value covers, or None for values that name no
    calendar period (durations, sets, ``PAST_REF``, values with X)."""
    match = VALUE_FORMS.fullmatch(value)
    if not match:
        return None
    try:
        if match["decade"]:
            decade = int(match["decade"]) * 10
            return date(decade, 1, 1), date(decade + 9, 12, 31)
        if match["century"]:
            century = int(match["century"]) * 100
            return date(max(century, 1), 1, 1), date(century + 99, 12, 31)
        year = int(match["year"])
        if match["day"]:
            day = date(year, int(match["month"]), int(match["day"]))
            return day, day
        if match["month"]:
            month = int(match["month"])
            return date(year, month, 1), date(year, month, month_length(year, month))
        if match["week"]:
            monday = date.fromisocalendar(year, int(match["week"]), 1)
            if match["weekend"]:
                return monday + timedelta(days=5), monday + timedelta(days=6)
            return monday, monday + timedelta(days=6)
        if match["quarter"] or match["half"]:
            months = 3 if match["quarter"] else 6
            first = (int(match["quarter"] or match["half"]) - 1) * months + 1
            last = first + months - 1
            return date(year, first, 1), date(year, last, month_length(year, last))
        if match["season"]:
            first_year, first_month = year, SEASON_START_MONTH[match["season"]]
            last_year, last_month = add_months(first_year, first_month, 2)
            return date(first_year, first_month, 1), date(last_year, last_month, month_length(last_year, last_month))
        return date(year, 1, 1), date(year, 12, 31)
    except ValueError:
        return None


def granularity(value: str) -> str | None:
    """The finest unit a DATE or TIME value names: day, week, month, quarter or year (None otherwise)."""
    match = VALUE_FORMS.fullmatch(value)
    if not match or match["decade"] or match["century"]:
        return None
    if match["day"]:
        return "day"
    if match["week"]:
        return "week"
    if match["month"]:
        return "month"
    if match["quarter"] or match["half"] or match["season"]:
        return "quarter"
    return "year"


def time_of_day_rank(value: str) -> int:
    """Minutes after midnight of a TIME value (parts of day at a typical hour); -1 for a whole day."""
    _, _, clock = value.partition("T")
    if not clock:
        return -1
    if clock[:2] in PART_OF_DAY_MINUTES:
        return PART_OF_DAY_MINUTES[clock[:2]]
    try:
        return int(clock[:2]) * 60 + int(clock[3:5])
    except ValueError:
        return -1



# ------------------------------------------------------------------------------- values taken apart

CALENDAR_FORM = re.compile(
    r"(?P<fiscal>FY)?(?P<year>\d{4})(?:-(?:(?P<month>\d\d)(?:-(?P<day>\d\d))?|W(?P<week>\d\d)(?P<weekend>-WE)?"
    r"|Q(?P<quarter>[1-4])|H(?P<half>[12])|(?P<season>SP|SU|FA|WI)))?(?:T(?P<clock>\d\d:\d\d)?(?P<part>MO|AF|EV|NI)?Z?)?"
    r"|(?P<decade>\d{3})|(?P<century>\d{2})"
)
PERIOD_FORM = re.compile(r"P(?P<time>T)?(?P<amount>X|\d+(?:\.\d+)?)(?P<unit>[YMWDQHS])")
HOURS_AND_MINUTES = re.compile(r"PT(?P<hours>\d+)H(?P<minutes>\d+)M")
# A time of day whose day the text does not give ("XXXX-XX-XXT20:00", "XXXX-XX-XXTNI").
UNKNOWN_DAY_FORM = re.compile(r"XXXX-XX-XXT(?:(?P<clock>\d\d:\d\d)|(?P<part>MO|AF|EV|NI))Z?")
EVERY_WEEKDAY = re.compile(r"XXXX-WXX-(?P<weekday>[1-7])")
EVERY_PART_OF_DAY = re.compile(r"T(?P<part>MO|AF|EV|NI)")


@dataclass(frozen=True)
class CalendarValue:
    """A DATE or TIME value taken apart: the fields it names, None for the others."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    week: int | None = None
    weekend: bool = False
    quarter: int | None = None
    half: int | None = None
    season: str | None = None  # SP, SU, FA, WI
    decade: int | None = None  # "199": the 1990s
    century: int | None = None  # "19": the 1900s
    fiscal: bool = False
    clock: str | None = None  # "15:00"
    part: str | None = None  # MO, AF, EV, NI


@dataclass(frozen=True)
class PeriodValue:
    """A DURATION or SET value taken apart: an amount of a unit ("P6M"; amount "X" when unspecified: "PXY"),
    or for a SET a weekday (1 for Monday) or a part of day it recurs on."""

    amount: str | None = None
    unit: str | None = None  # the TIMEX3 unit letter: Y, M, W, D, Q, H, S
    time: bool = False  # a time unit ("PT5M" is minutes, "P5M" months)
    weekday: int | None = None
    part: str | None = None


def parse_value(kind: str, value: str | None) -> CalendarValue | PeriodValue | None:
    """A TIMEX3 value of type ``kind`` taken apart, or None for a value in neither form (``PAST_REF``, X)."""
    if value is None:
        return None
    if kind in ("DURATION", "SET"):
        if weekday := EVERY_WEEKDAY.fullmatch(value):
            return PeriodValue(weekday=int(weekday["weekday"]))
        if part := EVERY_PART_OF_DAY.fullmatch(value):
            return PeriodValue(part=part["part"])
        if period := PERIOD_FORM.fullmatch(value):
            return PeriodValue(amount=period["amount"], unit=period["unit"], time=bool(period["time"]))
        if compound := HOURS_AND_MINUTES.fullmatch(value):  # "PT5H30M": 5.5 hours
            hours = int(compound["hours"]) + int(compound["minutes"]) / 60
            return PeriodValue(amount=f"{hours:g}", unit="H", time=True)
        return None
    if unknown := UNKNOWN_DAY_FORM.fullmatch(value):  # no calendar field named, only the time of day
        return CalendarValue(clock=unknown["clock"], part=unknown["part"])
    match = CALENDAR_FORM.fullmatch(value)
    if match is None:
        return None

    def number(name: str) -> int | None:
        return int(match[name]) if match[name] else None

    return CalendarValue(
        year=number("year"), month=number("month"), day=number("day"), week=number("week"), weekend=bool(match["weekend"]),
        quarter=number("quarter"), half=number("half"), season=match["season"], decade=number("decade"),
        century=number("century"), fiscal=bool(match["fiscal"]), clock=match["clock"], part=match["part"],
    )
