"""Temporal expressions: finding them in text and normalising them to TIMEX3 values.

``find(text, start, end)`` returns mentions (one compiled pattern per rule, overlaps resolved in favour of
the longest); ``normalise(mention, text, context)`` turns one into a TIMEX3 ``type`` and ``value`` given the
document creation time, the tense's direction and the dates mentioned before it.

Layers: ``model`` (mentions, context, results, the rule record), ``patterns`` (words and pattern pieces),
``rules`` (one record per kind of expression, in modules by kind), ``finder`` (matching), ``values``
(calendar arithmetic on TIMEX3 values).

Extents follow the TimeML conventions of the MEANTIME and TimeBank annotations: prepositions (``on``,
``in``, ``for``) are signals and stay outside, determiners and modifiers (``the``, ``last``, ``early``,
``nearly``) are inside.
"""

from __future__ import annotations

from .finder import PresentTriggers, find, present_triggers
from .model import (
    DOCUMENT_DATE,
    FUTURE,
    GRANULARITIES,
    NEUTRAL,
    PAST,
    PREVIOUS_DATE,
    UNKNOWN_DATE,
    Context,
    Example,
    Normalised,
    Rule,
    RuleMatch,
)
from .patterns import PREVIOUS_WORD
from .rules import CLOCK_RULES, RULES, RULES_BY_NAME
from .values import (
    CalendarValue,
    PeriodValue,
    day_month_year,
    granularity,
    month_year,
    parse_value,
    period_value,
    time_of_day_rank,
    value_interval,
    weekday_date,
)

__all__ = [
    "CLOCK_RULES", "DOCUMENT_DATE", "FUTURE", "GRANULARITIES", "NEUTRAL", "PAST", "PREVIOUS_DATE", "PREVIOUS_WORD",
    "RULES", "RULES_BY_NAME", "UNKNOWN_DATE", "CalendarValue", "Context", "PeriodValue", "Example", "RuleMatch",
    "Normalised", "PresentTriggers", "Rule", "day_month_year", "find", "granularity", "month_year", "normalise", "parse_value",
    "period_value", "present_triggers", "time_of_day_rank", "value_interval", "weekday_date",
]


def normalise(mention: RuleMatch, text: str, context: Context) -> Normalised | None:
    """The TIMEX3 type and value of a mention, or None when it turns out not to be temporal."""
    return RULES_BY_NAME[mention.rule].normalise(mention.groups, text[mention.start : mention.end], context)
