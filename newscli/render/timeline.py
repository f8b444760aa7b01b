"""Rich rendering of ``timeline``: When | Expression | Event, in the analysis' order."""

from __future__ import annotations

import re
from datetime import date

from ..timeline import Timeline, TimelineEntry
from ..timex import UNKNOWN_DATE
from . import cell, console, heading, print_table

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
PART_OF_DAY_NAMES = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night"}
# Values that name no calendar period: TIMEX3's references, and a date the text does not give.
SPECIAL_VALUE_NAMES = {"PAST_REF": "the past", "PRESENT_REF": "the present", "FUTURE_REF": "the future",
                       UNKNOWN_DATE: "a date not given"}
UNIT_NAMES = {"Y": "year", "M": "month", "W": "week", "D": "day", "Q": "quarter", "DE": "decade", "CE": "century",
              "H": "hour", "S": "second"}
DURATION = re.compile(r"P(?P<time>T)?(?P<amount>X|\d+(?:\.\d+)?)(?P<unit>DE|CE|[YMWDQHS])")
CALENDAR = re.compile(
    r"(?P<fiscal>FY)?(?P<year>\d{4})(?:-(?:(?P<month>\d\d)(?:-(?P<day>\d\d))?|W(?P<week>\d\d)(?P<weekend>-WE)?"
    r"|Q(?P<quarter>[1-4])|H(?P<half>[12])|(?P<season>SP|SU|FA|WI)))?(?:T(?P<clock>\d\d:\d\d)?(?P<part>MO|AF|EV|NI)?Z?)?"
    r"|(?P<decade>\d{3})|(?P<century>\d{2})"
)


def render_timeline(name: str, meta: dict, timeline: Timeline) -> None:
    from rich.table import Table
    from rich.text import Text

    table = Table(title=heading(name, meta), show_header=True, title_justify="left")
    table.add_column("When", no_wrap=True)
    table.add_column("Expression")
    table.add_column("Event", overflow="fold")
    for entry in timeline.entries:
        table.add_row(Text(describe(entry)), cell(entry.text), cell(entry.event.text if entry.event else ""))
    print_table(table)
    if timeline.reference_date is None and any(entry.relative_to for entry in timeline.entries):
        console().print(
            Text("The article has no date, so relative expressions are unresolved: give it with --date YYYY-MM-DD.", style="yellow")
        )


def describe(entry: TimelineEntry) -> str:
    """A reader's phrase for an entry's value: ``Wed 10 May 2023``, ``week of 1 May 2023``, ``6 months``."""
    value = entry.value
    if value is None:
        anchor = "the article's date" if entry.relative_to == "document date" else "an earlier date"
        return f"? (relative to {anchor})"
    if value in SPECIAL_VALUE_NAMES:
        return SPECIAL_VALUE_NAMES[value]
    if entry.type in ("DURATION", "SET"):
        return _period(value, every=entry.type == "SET")
    match = CALENDAR.fullmatch(value)
    return _calendar(match) if match else value


def _calendar(match: re.Match) -> str:
    if match["decade"]:
        return f"the {match['decade']}0s"
    if match["century"]:
        return f"the {int(match['century']) + 1}th century"
    year = int(match["year"])
    fiscal = "fiscal " if match["fiscal"] else ""
    if match["day"]:
        day = date(year, int(match["month"]), int(match["day"]))
        text = f"{day:%a} {day.day} {MONTH_NAMES[day.month - 1]} {year}"
        if match["clock"]:
            text += f" {match['clock']}"
        if match["part"]:
            text += f" {PART_OF_DAY_NAMES[match['part']]}"
        return text
    if match["month"]:
        return f"{MONTH_NAMES[int(match['month']) - 1]} {year}"
    if match["week"]:
        monday = date.fromisocalendar(year, int(match["week"]), 1)
        prefix = "weekend of" if match["weekend"] else "week of"
        return f"{prefix} {monday.day} {MONTH_NAMES[monday.month - 1]} {monday.year}"
    if match["quarter"]:
        return f"Q{match['quarter']} {fiscal}{year}"
    if match["half"]:
        return f"H{match['half']} {fiscal}{year}"
    if match["season"]:
        return f"{SEASON_NAMES[match['season']]} {year}"
    return f"{fiscal}{year}"


def _period(value: str, *, every: bool) -> str:
    if value.startswith("XXXX-WXX-") and value[-1:].isdigit():  # every Monday
        return f"every {WEEKDAY_NAMES[int(value[-1]) - 1]}"
    if value[1:] in PART_OF_DAY_NAMES and value.startswith("T"):  # every morning
        return f"every {PART_OF_DAY_NAMES[value[1:]]}"
    match = DURATION.fullmatch(value)
    if not match:
        return value
    unit = UNIT_NAMES[match["unit"]]
    if match["time"] and match["unit"] == "M":
        unit = "minute"
    amount = match["amount"]
    if every:
        return f"every {unit}" if amount == "1" else f"every {amount} {unit}s"
    if amount == "X":
        return f"{unit}s"
    return f"{amount} {unit}" + ("" if amount == "1" else "s")
