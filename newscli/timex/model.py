"""What the temporal-expression layer hands around: mentions found, the context one is normalised against,
the TIMEX3 result, and the rule record that ties a pattern to its normaliser."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from .patterns import LazyPattern

PAST, FUTURE, NEUTRAL = -1, 1, 0
DOCUMENT_DATE = "document date"
PREVIOUS_DATE = "previous date"
# A date the text refers to but does not give (TIMEX3 leaves unknown digits as X).
UNKNOWN_DATE = "XXXX-XX-XX"
GRANULARITIES = ("day", "week", "month", "quarter", "year")
REFERENCE_UNITS = {"night": "day", "weekend": "week", "fortnight": "week", "decade": "year", "century": "year",
                   "hour": "day", "minute": "day", "second": "day"}


class RuleMatch(NamedTuple):
    """Where one rule matched, with its named groups: the finder's raw result, before it becomes an entry."""

    start: int
    end: int
    rule: str
    groups: dict


@dataclass(frozen=True)
class Context:
    """What a mention is normalised against."""

    dct: date | None
    direction: int = NEUTRAL  # PAST, FUTURE or NEUTRAL: the tense around the mention
    # The last date mentioned before, at each granularity (for "the previous day", "that year").
    references: Mapping[str, date] = field(default_factory=dict)
    day_first: bool = False
    # The last calendar period longer than a day mentioned before ("the same period last year").
    previous_period: str | None = None

    def anchor(self, unit: str) -> tuple[date | None, str]:
        """What an anaphoric expression of this unit counts from: the last date mentioned at that
        granularity, else the document date."""
        found = self.references.get(REFERENCE_UNITS.get(unit, unit))
        return (found, PREVIOUS_DATE) if found else (self.dct, DOCUMENT_DATE)


@dataclass(frozen=True)
class Normalised:
    type: str
    value: str | None
    relative_to: str | None = None  # None (absolute), "document date" or "previous date"


EXAMPLE_DATE = date(2024, 5, 15)  # a Wednesday: the article date every rule example is normalised against


@dataclass(frozen=True)
class Example:
    """A sentence the rule must find ``expression`` in and give ``value`` for (the article dated
    ``EXAMPLE_DATE``, the tense neutral); without an expression, one in which the rule finds nothing temporal."""

    sentence: str
    expression: str | None = None
    value: str | None = None


Normaliser = Callable[[dict, str, Context], Normalised | None]
# (match groups, the text, where the line starts, the match): whether an often ambiguous form is temporal here.
Plausibility = Callable[[dict, str, int, re.Match], bool]


@dataclass(frozen=True)
class Rule:
    """One kind of temporal expression: the pattern that finds it, the substrings a line must contain for the
    pattern to be tried (one of them), the check of the words around a match, and its normaliser.

    ``clock``: a time of day whose day, unless named with it ("3 p.m. Friday"), is the last day mentioned.
    ``cased``: the triggers are looked for in the line as written, not lower-cased (a pattern that needs its
    month names capitalised has no use for "may" or "market"). ``also``: substrings of which the lower-cased line
    must hold one as well, for a pattern with two necessary parts (a clock time's hour, in digits, and its "am").
    """

    name: str
    pattern: LazyPattern
    triggers: tuple[str, ...]
    normalise: Normaliser
    plausible: Plausibility | None = None
    clock: bool = False
    examples: tuple[Example, ...] = ()
    cased: bool = False
    also: tuple[str, ...] = ()
