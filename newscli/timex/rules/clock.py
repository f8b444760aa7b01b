"""Times of day: "3 p.m.", "10:42 GMT", "0600 hours", "noon". Each falls on the day named with it, else on the last day mentioned."""

from __future__ import annotations

from datetime import date, timedelta

from ..model import DOCUMENT_DATE, Context, Example, Normalised, Rule
from ..patterns import DIGITS, TIME_ZONES, WEEKDAY, WEEKDAYS, compiled
from ..values import weekday_date


def _time_of_day(groups: dict, _text: str, context: Context) -> Normalised | None:
    hour = int(groups.get("hour", 0))
    minute = int(groups.get("minute", 0) or 0)
    ampm = groups.get("ampm", "").lower().replace(".", "").replace(" ", "")
    if ampm:
        if hour == 0 or hour > 12:
            return None
        hour = hour % 12 + (12 if ampm.startswith("p") else 0)
    zone = groups.get("zone", "")
    suffix = "Z" if zone.upper() in ("UTC", "GMT") else ""
    day, relative_to = day_of(groups, context)
    if day is None:
        return Normalised("TIME", None, relative_to)
    return Normalised("TIME", f"{day.isoformat()}T{hour:02d}:{minute:02d}{suffix}", relative_to)


def day_of(groups: dict, context: Context) -> tuple[date | None, str | None]:
    """The day a time of day falls on: the weekday or deictic word with it, else the last day mentioned,
    else the article's date."""
    word = (groups.get("dayword") or "").lower()
    if not word:
        return context.anchor("day")
    if context.dct is None:
        return None, DOCUMENT_DATE
    if word in WEEKDAYS:
        return weekday_date(context.dct, WEEKDAYS[word], relation="", direction=context.direction), DOCUMENT_DATE
    if word in ("yesterday", "tomorrow"):
        return context.dct + timedelta(days=-1 if word == "yesterday" else 1), DOCUMENT_DATE
    return context.dct, DOCUMENT_DATE  # today


HOUR_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")


def _hour_of_part(groups: dict, text: str, context: Context) -> Normalised | None:
    """"4 in the morning", "nine o'clock at night": the hour on the twelve-hour clock of that part of the day."""
    word = groups["hour"].lower()
    hour = HOUR_WORDS.index(word) + 1 if word in HOUR_WORDS else int(word)
    part = (groups.get("part") or groups["part2"]).lower()
    evening = part in ("afternoon", "evening") or (part == "night" and 6 <= hour < 12)
    return _time_of_day({**groups, "hour": str(hour % 12 + (12 if evening else 0))}, text, context)


def _noon(groups: dict, _text: str, context: Context) -> Normalised:
    hour = {"noon": 12, "midday": 12, "midnight": 24}[groups["word"].lower()]
    day, relative_to = day_of(groups, context)
    if day is None:
        return Normalised("TIME", None, relative_to)
    return Normalised("TIME", f"{day.isoformat()}T{hour:02d}:00", relative_to)


RULES = (
    Rule(
        "time",
        pattern=compiled(
            rf"""(?<![\w:.])(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d))?\s*
                 (?P<ampm>[ap]\.?\s?m\b\.?)(?:\s*\(?(?P<zone>{TIME_ZONES})\b(?:\s*[+-]\s*\d{{1,2}}\)?)?\)?)?
                 (?:\s+(?P<dayword>today|yesterday|tomorrow|(?-i:{WEEKDAY})))?""",
            starts=r"\d",
        ),
        triggers=("m",),
        normalise=_time_of_day,
        clock=True,
        examples=(
            Example('The polls close at 8 p.m.', '8 p.m.', '2024-05-15T20:00'),
            Example('It ended at 3:30 pm EST yesterday.', '3:30 pm EST yesterday', '2024-05-14T15:30'),
        ),
    ),
    Rule(
        "clock_time",
        pattern=compiled(
            rf"""(?<![\w:.$£€])(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?!\d|:\d)(?:\s*(?P<zone>(?-i:{TIME_ZONES}))\b)?
                 (?:\s+(?P<dayword>today|yesterday|tomorrow|(?-i:{WEEKDAY})))?""",
            starts=r"\d",
        ),
        triggers=(":",),
        normalise=_time_of_day,
        clock=True,
        examples=(
            Example('The blast came at 10:42 GMT.', '10:42 GMT', '2024-05-15T10:42Z'),
            Example('The score was 10:42 in the end.', '10:42', '2024-05-15T10:42'),
        ),
    ),
    Rule(
        "military_time",
        pattern=compiled(
            rf"(?<![\w$])(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)\s*(?P<zone>hours|hrs|(?-i:{TIME_ZONES}))\b",
            starts=r"012",
        ),
        triggers=("hours", "hrs", *(zone.lower() for zone in TIME_ZONES.split("|"))),
        also=DIGITS,  # the hour's first digit (the pattern's ``\d`` may be another script's; ``[01]`` and ``2`` are not)
        normalise=_time_of_day,
        clock=True,
        examples=(
            Example('Troops moved at 0600 hours.', '0600 hours', '2024-05-15T06:00'),
        ),
    ),
    Rule(
        "hour_of_part",
        pattern=compiled(
            rf"""(?<![\w:.$£€])(?P<hour>1[0-2]|0?[1-9]|{"|".join(HOUR_WORDS)})(?:\s+o['’]clock)?
                 \s+(?:in\s+the\s+(?P<part>morning|afternoon|evening)|at\s+(?P<part2>night))\b(?!\s+[a-z]+(?:ion|s)\b)""",
            starts=r"\defnost",
        ),
        triggers=("in the morning", "in the afternoon", "in the evening", "at night"),
        normalise=_hour_of_part,
        clock=True,
        examples=(
            Example('He will leave at 4 in the morning.', '4 in the morning', '2024-05-15T04:00'),
            Example("It closes at nine o'clock at night.", "nine o'clock at night", '2024-05-15T21:00'),
            Example('It won 3 in the morning session.'),
        ),
    ),
    Rule(
        "noon",
        pattern=compiled(r"(?<!high\s)\b(?P<word>noon|midday|midnight)\b", starts=r"mn"),
        triggers=("noon", "midday", "midnight"),
        normalise=_noon,
        clock=True,
        examples=(
            Example('They met at noon.', 'noon', '2024-05-15T12:00'),
            # An idiom (and a film): the decisive moment.
            Example('For Poland, high noon comes today.'),
        ),
    ),
)
