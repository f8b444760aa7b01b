"""Rich rendering of ``timeline``: When | Expression | Event, in the analysis' order."""

from __future__ import annotations

from datetime import date

from ..timeline import Timeline, TimelineEntry
from ..timex import UNKNOWN_DATE, CalendarValue, PeriodValue
from . import cell, console, heading, print_table

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
PART_OF_DAY_NAMES = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night"}
# Values that name no calendar period: TIMEX3's references, and a date the text does not give.
SPECIAL_VALUE_NAMES = {"PAST_REF": "the past", "PRESENT_REF": "the present", "FUTURE_REF": "the future",
                       UNKNOWN_DATE: "a date not given"}
UNIT_NAMES = {"Y": "year", "M": "month", "W": "week", "D": "day", "Q": "quarter", "H": "hour", "S": "second"}



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
    for entry in timeline.entries:
        if entry.reason:  # a date in quoted material the article dates otherwise
            console().print(Text(f"{entry.text}: {entry.reason}", style="dim"))
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
    parsed = entry.parsed
    if isinstance(parsed, PeriodValue):
        return _period(parsed, every=entry.type == "SET")
    if isinstance(parsed, CalendarValue):
        return _calendar(parsed)
    return value


def _calendar(parsed: CalendarValue) -> str:
    if parsed.year is None and parsed.decade is None and parsed.century is None:  # a time on a day not given
        when = parsed.clock or PART_OF_DAY_NAMES.get(parsed.part or "", "")
        return f"{SPECIAL_VALUE_NAMES[UNKNOWN_DATE]}, {when}"
    if parsed.decade is not None:
        return f"the {parsed.decade}0s"
    if parsed.century is not None:
        return f"the {parsed.century + 1}th century"
    year = parsed.year or 0
    fiscal = "fiscal " if parsed.fiscal else ""
    if parsed.day and parsed.month:
        day = date(year, parsed.month, parsed.day)
        text = f"{day:%a} {day.day} {MONTH_NAMES[day.month - 1]} {year}"
        if parsed.clock:
            text += f" {parsed.clock}"
        if parsed.part:
            text += f" {PART_OF_DAY_NAMES[parsed.part]}"
        return text
    if parsed.month:
        return f"{MONTH_NAMES[parsed.month - 1]} {year}"
    if parsed.week:
        monday = date.fromisocalendar(year, parsed.week, 1)
        prefix = "weekend of" if parsed.weekend else "week of"
        return f"{prefix} {monday.day} {MONTH_NAMES[monday.month - 1]} {monday.year}"
    if parsed.quarter:
        return f"Q{parsed.quarter} {fiscal}{year}"
    if parsed.half:
        return f"H{parsed.half} {fiscal}{year}"
    if parsed.season:
        return f"{SEASON_NAMES[parsed.season]} {year}"
    return f"{fiscal}{year}"


def _period(parsed: PeriodValue, *, every: bool) -> str:
    if parsed.weekday:  # every Monday
        return f"every {WEEKDAY_NAMES[parsed.weekday - 1]}"
    if parsed.part:  # every morning
        return f"every {PART_OF_DAY_NAMES[parsed.part]}"
    unit = UNIT_NAMES[parsed.unit or "D"]
    if parsed.time and parsed.unit == "M":
        unit = "minute"
    amount = parsed.amount
    if every:
        return f"every {unit}" if amount == "1" else f"every {amount} {unit}s"
    if amount == "X":
        return f"{unit}s"
    return f"{amount} {unit}" + ("" if amount == "1" else "s")
