"""Temporal expressions: finding them in text and normalising them to TIMEX3 values.

``find(text, start, end)`` returns mentions (one compiled pattern per rule, overlaps resolved in favour of
the longest); ``normalise(mention, text, context)`` turns one into a TIMEX3 ``type`` and ``value`` given the
document creation time, the tense's direction and the dates mentioned before it.

Extents follow the TimeML conventions of the MEANTIME and TimeBank annotations: prepositions (``on``,
``in``, ``for``) are signals and stay outside, determiners and modifiers (``the``, ``last``, ``early``,
``nearly``) are inside.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import NamedTuple

from .meta import MONTHS  # month name or abbreviation (lower case) → number

PAST, FUTURE, NEUTRAL = -1, 1, 0

WEEKDAYS = {name: index for index, name in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}
NUMBER_WORDS = {
    word: value
    for value, word in enumerate(
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
    )
} | {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
     "a": 1, "an": 1, "single": 1, "a couple of": 2, "a dozen": 12, "dozen": 12}
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4, "last": 4}
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
    "decade": ("DE", False, "year"),
    "century": ("CE", False, "year"),
}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
SEASON_START_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI", "overnight": "NI"}
SET_ADVERBS = {"hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M",
               "quarterly": "P1Q", "yearly": "P1Y", "annually": "P1Y"}
TIME_ZONES = "UTC|GMT|EST|EDT|CST|CDT|PST|PDT|BST|CET|CEST|JST|IST"

# Pattern pieces. Month and weekday names must be capitalised; everything else ignores case.
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)(?![\d%])"
_NUM_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen|hundred|a\s+dozen|dozen|single)"
)
_NUMBER = rf"(?:\d+(?:[.,]\d+)?|{_NUM_WORD})"
_QUANTITY = rf"(?:{_NUMBER}(?:\s+and\s+a\s+half)?|a\s+couple\s+of|a\s+few|few|several|many|an?)"
_UNIT = r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|century|centurie)"
_APPROX = r"(?:nearly|almost|about|around|approximately|roughly|some|over|more\s+than|less\s+than|at\s+least|up\s+to|just\s+over|just\s+under)"
_PART_OF_DAY = r"(?:morning|afternoon|evening|night)"
_MODIFIER = r"(?:early|mid|late)"
_WORD_END = r"(?![\w-])"


class Mention(NamedTuple):
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


DOCUMENT_DATE = "document date"
PREVIOUS_DATE = "previous date"
GRANULARITIES = ("day", "week", "month", "quarter", "year")
REFERENCE_UNITS = {"night": "day", "weekend": "week", "fortnight": "week", "decade": "year", "century": "year",
                   "hour": "day", "minute": "day", "second": "day"}


def _rule(pattern: str, *, ignore_case: bool = True) -> re.Pattern:
    flags = re.VERBOSE | (re.IGNORECASE if ignore_case else 0)
    return re.compile(pattern, flags)


# Rules in priority order (earlier wins between equally long overlapping mentions). Patterns that need
# capitalised month or weekday names switch case-insensitivity on only for their other words.
RULES: dict[str, re.Pattern] = {
    "iso_date": _rule(rf"\b(?P<year>{_YEAR})-(?P<month>0[1-9]|1[0-2])-(?P<day>3[01]|[12]\d|0[1-9])\b"),
    "numeric_date": _rule(r"(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4}|\d{2})(?![\d/])"),
    "month_day_year": _rule(
        rf"(?:(?P<weekday>{_WEEKDAY}),?\s+)?(?P<month>{_MONTH})\s+(?P<day>{_DAY}),?\s+(?P<year>{_YEAR})\b",
        ignore_case=False,
    ),
    "day_month_year": _rule(
        rf"(?:(?P<weekday>{_WEEKDAY}),?\s+)?\b(?P<day>{_DAY})\s+(?:of\s+)?(?P<month>{_MONTH}),?\s+(?P<year>{_YEAR})\b",
        ignore_case=False,
    ),
    "month_year": _rule(
        rf"""(?:(?i:(?P<mod>{_MODIFIER}))[-\s]+)?(?P<month>{_MONTH})
             (?:(?:\s+of)?,?\s+(?P<year>{_YEAR})\b|\s+(?i:of\s+(?P<rel>last|next|this)\s+year)\b)""",
        ignore_case=False,
    ),
    "month_day": _rule(
        rf"(?:(?P<weekday>{_WEEKDAY}),?\s+)?(?P<month>{_MONTH})\s+(?P<day>{_DAY})\b(?!\s*[,:]?\s*\d)",
        ignore_case=False,
    ),
    "day_month": _rule(rf"\b(?P<day>{_DAY})\s+(?:(?i:of)\s+)?(?P<month>{_MONTH})(?!\s*,?\s*\d)", ignore_case=False),
    "time": _rule(
        rf"""(?<![\w:.])(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d))?\s*
             (?P<ampm>[ap]\.?\s?m\b\.?)(?:\s*\(?(?P<zone>{TIME_ZONES})\b(?:\s*[+-]\s*\d{{1,2}}\)?)?\)?)?
             (?:\s+(?P<dayword>today|yesterday|tomorrow|(?-i:{_WEEKDAY})))?"""
    ),
    "clock_time": _rule(
        rf"""(?<![\w:.$£€])(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?!\d|:\d)(?:\s*(?P<zone>(?-i:{TIME_ZONES}))\b)?
             (?:\s+(?P<dayword>today|yesterday|tomorrow|(?-i:{_WEEKDAY})))?"""
    ),
    "military_time": _rule(rf"(?<![\w$])(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)\s*(?P<zone>hours|hrs|(?-i:{TIME_ZONES}))\b"),
    "noon": _rule(r"\b(?P<word>noon|midday|midnight)\b"),
    "weekday": _rule(
        rf"""(?:(?P<mod>(?i:late|early)(?:\s+(?i:on))?|(?i:last|next|this|coming|past))\s+)?
             (?<!Black\s)(?<!Cyber\s)(?<!Super\s)(?<!Good\s)(?<!Easter\s)(?<!Holy\s)(?<!Ash\s)(?<!Bloody\s)
             (?P<weekday>{_WEEKDAY})(?!\s+(?:Times|Telegraph|Mail|Express|Herald|Post|Mirror)\b)
             (?:\s+(?P<part>(?i:{_PART_OF_DAY})))?""",
        ignore_case=False,
    ),
    "quarter": _rule(
        rf"""(?:the\s+)?(?P<ordinal>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[-\s]+
             (?:(?P<fiscal>fiscal|financial)\s+)?(?P<unit>quarter|half)
             (?:\s+(?:of\s+)?(?:(?P<year>{_YEAR})|(?P<rel>this|last|next|the)\s+year))?{_WORD_END}"""
    ),
    "q_quarter": _rule(rf"\bQ(?P<number>[1-4])(?:\s+(?P<year>{_YEAR}))?\b"),
    "season": _rule(
        rf"""(?:(?P<mod>{_MODIFIER})[-\s]+)?(?:(?P<rel>last|next|this|the|this\s+past|(?:earlier|later)\s+this)\s+)?
             (?P<season>spring|summer|autumn|winter|(?<=\s)fall(?=\s+(?:of\s+)?\d))(?:\s+(?:of\s+)?(?P<year>{_YEAR}))?\b"""
    ),
    "decade": _rule(
        rf"""(?:the\s+)?(?:(?P<mod>{_MODIFIER})[-\s]+)?
             (?:(?P<century>1[5-9]|20)(?P<decade>\d)0|['’](?P<short>\d)0
                |(?:(?<=the\s)|(?<=0s\sand\s)|(?<=0s\sor\s)|(?<=0s\sto\s))(?P<bare>[2-9])0)s\b"""
    ),
    "decade_word": _rule(
        r"(?:the\s+)?(?:(?P<mod>early|mid|late)[-\s]+)?(?:nineteen[-\s]+)?(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b"
    ),
    "century": _rule(r"the\s+(?P<number>\d{1,2})(?:st|nd|rd|th)\s+century\b"),
    "year": _rule(
        rf"""(?<![\w$£€#.,/-])(?:(?P<mod>{_MODIFIER})[-\s]+)?(?:(?P<fiscal>fiscal|FY)\s*)?(?P<year>{_YEAR})
             (?!\s*(?:%|percent|per\s+cent|people|jobs|troops|soldiers|units|workers)\b|,\d|\.\d|-\d|/\d)"""
    ),
    "short_year": _rule(r"(?<![\w'’])['’](?P<year>\d\d)(?![\w'’%])"),
    "boundary_of": _rule(
        r"""\bthe\s+(?:very\s+)?(?P<edge>end|beginning|start|middle|rest|remainder)\s+of\s+
            (?P<rel>the|this|last|next)\s+(?:(?P<fiscal>fiscal|financial)\s+(?=year))?(?P<unit>year|month|week|decade|century)\b"""
    ),
    "ago": _rule(
        rf"""\b(?:(?P<approx>{_APPROX})\s+)?(?P<quantity>{_QUANTITY})\s+(?P<unit>{_UNIT})s?\s+
             (?:(?P<direction>ago|earlier|later|from\s+now|hence|previously)\b
                |(?P<direction2>before|after|prior)\b(?=\s*(?:[.,;:)]|$)))"""
    ),
    "relative_unit": _rule(
        r"""\b(?:(?:early|late|mid)[-\s]+(?=(?:last|next|this)\s))?(?P<rel>this\s+past|the\s+past|the\s+previous|the\s+following|the\s+coming|the\s+next|the\s+last|the\s+same
               |the\s+(?:entire|whole|full)|(?:earlier|later)\s+this|(?:earlier|later)\s+(?:last|next)|last|next|this|coming|past|that|the\s+current
               |the(?=\s+(?:weekend|fiscal\s+year|financial\s+year)))\s+
            (?:(?P<fiscal>fiscal|financial)\s+(?=year))?(?P<unit>day|week|weekend|month|year|quarter|decade|century)\b(?!\s*[-–]?\s*(?:old|long)\b)"""
    ),
    "same_period": _rule(
        rf"""\bthe\s+same\s+(?P<unit>period|time|day|week|month|quarter)\s+(?:(?:of|in)\s+)?
             (?:(?P<year>{_YEAR})|(?:the\s+)?(?:last|previous|prior)\s+year|the\s+year\s+before|a\s+year\s+(?:ago|earlier|before))\b"""
    ),
    "unit_before": _rule(r"the\s+(?P<unit>day|week|month|year)\s+(?P<direction>before|after|earlier|later|previous|prior)\b(?=\s*(?:[.,;:)]|$))"),
    "deictic": _rule(
        rf"""\b(?P<word>today|tonight|yesterday|tomorrow|overnight)(?:\s+(?P<part>{_PART_OF_DAY}))?{_WORD_END}
            |\b(?P<edge>earlier|later|early|late)\s+(?P<word2>today|tonight|yesterday|tomorrow)\b
            |\b(?P<this>this|last|tomorrow|yesterday)\s+(?P<part2>{_PART_OF_DAY})\b"""
    ),
    "reference": _rule(
        r"""\b(?P<word>now(?!\s+and\s+(?:then|again)\b)|nowadays|currently|these\s+days|the\s+time\s+being|the\s+moment|(?:more\s+)?recently|lately
            |the\s+past|the\s+future|the\s+near\s+future|(?:the\s+)?(?:near|short|long)[-\s]term|soon|(?<=\s)later(?!\s+(?:on\s+)?(?:that|this|in|than)\b)
            |recent)\b(?!-)"""
    ),
    "anaphoric_day": _rule(
        r"""\b(?:late|early|later|earlier)\s+in\s+the\s+day\b
            |\b(?:the|the\s+same|that)\s+day\b(?!\s+(?:before|after|earlier|later|of|when|that|in|which)\b)"""
    ),
    "set_every": _rule(
        rf"""\b(?P<quant>every|each|per)\s+(?:(?P<number>other|{_NUMBER})\s+)?
             (?P<unit>{_UNIT}|(?-i:{_WEEKDAY})|{_PART_OF_DAY})s?\b"""
    ),
    "set_adverb": _rule(r"\b(?P<word>hourly|daily|nightly|weekly|monthly|quarterly|yearly|annually|annual|bi-?annual)\b"),
    "set_a_unit": _rule(r"(?<=\d\s|s\s|e\s)(?P<quant>a|an)\s+(?P<unit>day|week|month|year)\b(?=\s*(?:[.,;]|$|\s+(?:for|in|on|to|and)\b))"),
    # An approximation before "the" is a preposition: "over the next four years" is "the next four years".
    "duration": _rule(
        rf"""\b(?:(?P<approx>{_APPROX})\s+(?!the\s))?(?:(?P<rel>the\s+(?:past|next|last|coming|previous|first|following)|another|an\s+additional)\s+)?
             (?P<quantity>{_QUANTITY})[-\s]+(?:(?:straight|consecutive|full|more|trading|working|business|calendar)\s+)?
             (?P<unit>{_UNIT})(?P<plural>s)?(?:-(?P<long>long|old))?\b"""
    ),
    "vague_duration": _rule(
        r"""(?:(?<=\bfor\s)|(?<=\bover\s)|(?<=\bwithin\s)|(?<=\btook\s)|(?<=\bspent\s)|(?<=\blasted\s)|(?<=\bafter\s)|(?<=\bin\s))
            (?P<rel>recent\s+|the\s+past\s+|the\s+coming\s+|the\s+next\s+|the\s+)?(?P<unit>second|minute|hour|day|week|month|year|decade|centurie)s\b
            |(?P<unit2>minute|hour|day|week|month|year|decade)s(?=\s+of\b|-long\b)"""
    ),
}
# Substrings one of which a sentence (lower-cased) must contain for a rule to be tried. Testing them first
# skips most rules in most sentences, which keeps finding fast.
_DIGIT = ("0", "1", "2", "3", "4", "5", "6", "7", "8", "9")
_UNITS = ("second", "minute", "hour", "day", "night", "week", "fortnight", "month", "quarter", "year", "decade", "centur")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
TRIGGERS: dict[str, tuple[str, ...]] = {
    "iso_date": _DIGIT,
    "numeric_date": ("/",),
    "month_day_year": _MONTHS,
    "day_month_year": _MONTHS,
    "month_year": _MONTHS,
    "month_day": _MONTHS,
    "day_month": _MONTHS,
    "time": ("m",),
    "clock_time": (":",),
    "military_time": ("hours", "hrs", *(zone.lower() for zone in TIME_ZONES.split("|"))),
    "noon": ("noon", "midday", "midnight"),
    "weekday": tuple(WEEKDAYS),
    "quarter": ("quarter", "half"),
    "q_quarter": ("q",),
    "season": ("spring", "summer", "autumn", "winter", "fall"),
    "decade": ("0s",),
    "decade_word": ("ties",),
    "century": ("century",),
    "year": _DIGIT,
    "short_year": ("'", "’"),
    "boundary_of": ("end", "beginning", "start", "middle", "rest", "remainder"),
    # Its direction word ("from now": "now"), as necessary as its unit and rarer.
    "ago": ("ago", "earlier", "later", "now", "hence", "previously", "before", "after", "prior"),
    "relative_unit": _UNITS,
    "same_period": ("same",),
    "unit_before": _UNITS,
    "deictic": ("today", "tonight", "yesterday", "tomorrow", "overnight", "morning", "afternoon", "evening", "night"),
    "reference": ("now", "current", "these days", "time being", "moment", "recent", "lately", "past", "future",
                  "term", "soon", "later"),
    "anaphoric_day": ("day",),
    "set_every": ("every", "each", "per"),
    "set_adverb": ("ly", "annual"),
    "set_a_unit": _UNITS,
    "duration": _UNITS,
    # Its units are plural.
    "vague_duration": ("seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "centuries"),
}
# A bare month name that is also a common word ("May", "March") and a bare season (not "winter wheat")
# count only after one of these.
TIME_PREPOSITIONS = frozenset(
    ["in", "since", "until", "till", "by", "of", "from", "through", "to", "last", "next", "this", "early", "late", "mid", "before", "after", "during", "between", "and", "or"]
)
FOLLOWING_PLURAL = re.compile(r"\s+[a-z]*(?:s|children|people|men|women)\b")
FOLLOWING_CAPITAL = re.compile(r"\s+[A-Z]")
AMBIGUOUS_MONTHS = frozenset({"may", "march"})


def find(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Temporal expressions in ``text[start:end]``, in text order, without overlaps (longest wins). None runs
    across a line break: a headline ending in "until Friday" is not one date with the date line under it."""
    end = len(text) if end is None else end
    mentions: list[Mention] = []
    while (line_end := text.find("\n", start, end)) >= 0:
        mentions += _find_in_line(text, start, line_end)
        start = line_end + 1
    return mentions + _find_in_line(text, start, end)


def _find_in_line(text: str, start: int, end: int) -> list[Mention]:
    candidates: list[tuple[int, int, int, str, dict]] = []
    lowered = text[start:end].lower()
    # Substring tests (faster than one regex alternation per rule), each trigger list tested once: rules share
    # the lists of units, month names and digits.
    triggered: dict[tuple[str, ...], bool] = {}
    for priority, (rule, pattern) in enumerate(RULES.items()):
        triggers = TRIGGERS[rule]
        if triggers not in triggered:
            triggered[triggers] = any(trigger in lowered for trigger in triggers)
        if not triggered[triggers]:
            continue
        for match in pattern.finditer(text, start, end):
            if match.end() == match.start():
                continue
            groups = {key: value for key, value in match.groupdict().items() if value is not None}
            if _plausible(rule, groups, text, start, match):
                candidates.append((match.start(), match.end(), priority, rule, groups))
    if triggered[_MONTHS]:  # tested for the month rules
        candidates += _bare_months(text, start, end)
    candidates.sort(key=lambda c: (c[0], -(c[1] - c[0]), c[2]))
    kept: list[tuple[int, int, int, str, dict]] = []
    for candidate in candidates:
        if kept and candidate[0] < kept[-1][1]:
            if candidate[1] - candidate[0] > kept[-1][1] - kept[-1][0]:
                kept[-1] = candidate
            continue
        kept.append(candidate)
    return [_trim(text, Mention(c[0], c[1], c[3], c[4])) for c in kept]


BARE_MONTH = _rule(rf"(?:(?P<rel>(?i:last|next|this|early|late|mid))[-\s]+)?(?P<month>{_MONTH})(?![\w-])", ignore_case=False)
PREVIOUS_WORD = re.compile(r"(\w+)\W*$")


def _bare_months(text: str, start: int, end: int) -> list[tuple[int, int, int, str, dict]]:
    found = []
    for match in BARE_MONTH.finditer(text, start, end):
        month = match.group("month").rstrip(".")
        if month.lower() in AMBIGUOUS_MONTHS and not match.group("rel"):
            if not _after_word(text, start, match.start(), TIME_PREPOSITIONS):
                continue
        if len(month) <= 4 and not match.group("month").endswith(".") and month not in ("June", "July"):
            continue  # "Jan" or "Dec" without a period is more often a name than a month
        groups = {key: value for key, value in match.groupdict().items() if value is not None}
        found.append((match.start(), match.end(), len(RULES), "month", groups))
    return found


POSSESSIVES = frozenset(["its", "their", "his", "her", "our", "my", "your"])
# Before a year followed by a plural noun, only these make it a year ("of 1709 students" is a count).
YEAR_PREPOSITIONS = frozenset(["in", "since", "until", "till", "by", "from", "through", "during", "before", "after"])


def _after_word(text: str, start: int, position: int, words: frozenset[str]) -> bool:
    previous = PREVIOUS_WORD.search(text, max(start, position - 20), position)
    return previous is not None and previous.group(1).lower() in words


def _plausible(rule: str, groups: dict, text: str, start: int, match: re.Match) -> bool:
    """Whether a match of an often ambiguous form is temporal, judging by the words around it."""
    if rule == "season" and not groups.keys() & {"rel", "year", "mod"}:
        return _after_word(text, start, match.start(), TIME_PREPOSITIONS | POSSESSIVES)  # "in winter", not "winter wheat"
    if rule == "set_adverb" and match.group()[0].isupper():  # "LA Weekly", "Daily Mail": names
        return match.start() == start and not FOLLOWING_CAPITAL.match(text, match.end())
    if rule == "short_year":
        return _after_word(text, start, match.start(), TIME_PREPOSITIONS)  # "since '82", not "iLife '11"
    if rule == "year" and FOLLOWING_PLURAL.match(text, match.end()):
        return _after_word(text, start, match.start(), YEAR_PREPOSITIONS)  # "in 2019 sales", not "of 1709 students"
    if rule == "quarter" and groups["unit"].lower() == "half":
        return bool(groups.keys() & {"year", "rel"})  # "the first half of 2009", not a match's first half
    return True


def _trim(text: str, mention: Mention) -> Mention:
    """Drop trailing white space and punctuation a pattern may have taken in."""
    end = mention.end
    while end > mention.start and (text[end - 1].isspace() or text[end - 1] in ",("):
        end -= 1
    return mention._replace(end=end)


# ---------------------------------------------------------------------------------------------- values


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _month_length(year: int, month: int) -> int:
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


def day_month_year(dct: date, month: int, day: int, *, direction: int) -> int:
    """The year of a month and day named without one: the nearest such day in the tense's direction, or
    the nearest such day either way when the tense is unknown."""
    def candidate(year: int) -> date | None:
        return date(year, month, day) if day <= _month_length(year, month) else None

    options = [(year, found) for year in (dct.year - 1, dct.year, dct.year + 1) if (found := candidate(year))]
    if direction == PAST:
        options = [option for option in options if option[1] <= dct] or options
        return max(options, key=lambda option: option[1])[0]
    if direction == FUTURE:  # allowing for something under way that began shortly before the article
        options = [option for option in options if option[1] >= dct - FUTURE_GRACE] or options
        return min(options, key=lambda option: option[1])[0]
    return min(options, key=lambda option: abs((option[1] - dct).days))[0]


def _number(quantity: str) -> float | None:
    """The numeric value of a quantity (None when vague: "several", "a few")."""
    text = " ".join(quantity.lower().replace(",", "").split())
    half = text.endswith(" and a half")
    if half:
        text = text[: -len(" and a half")]
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


def _unit(word: str) -> str:
    word = word.lower()
    if word.endswith(("ies", "ie")):  # "centuries", or the "centurie" a rule captured before its "s"
        word = word[: word.rindex("ie")] + "y"
    return word.rstrip("s") if word not in UNITS else word


def duration_value(quantity: float | None, unit: str) -> str:
    letter, time_unit, _ = UNITS[unit]
    amount = "X" if quantity is None else (f"{quantity:g}")
    if letter == "DE" and quantity is not None:
        letter, amount = "Y", f"{quantity * 10:g}"
    elif letter == "CE" and quantity is not None:
        letter, amount = "Y", f"{quantity * 100:g}"
    elif letter == "W" and unit == "fortnight" and quantity is not None:
        amount = f"{quantity * 2:g}"
    return f"P{'T' if time_unit else ''}{amount}{letter}"


def shift(day: date, quantity: float, unit: str, sign: int) -> str:
    """``day`` moved by a quantity of units, at the granularity the unit implies ("two years ago" → a year)."""
    granularity = UNITS[unit][2]
    amount = int(quantity)
    if unit in ("second", "minute", "hour"):
        seconds = {"second": 1, "minute": 60, "hour": 3600}[unit] * amount
        return (day + timedelta(days=sign * (seconds // 86400))).isoformat()
    if unit in ("day", "night"):
        return (day + timedelta(days=sign * amount)).isoformat()
    if unit in ("week", "fortnight"):
        return (day + timedelta(weeks=sign * amount * (2 if unit == "fortnight" else 1))).isoformat()
    if granularity == "month":
        year, month = add_months(day.year, day.month, sign * amount * (3 if unit == "quarter" else 1))
        return f"{year:04d}-{month:02d}"
    years = amount * {"year": 1, "decade": 10, "century": 100}[unit]
    return f"{day.year + sign * years:04d}"


def _season_of(day: date) -> tuple[int, str]:
    """The (year, season) containing a day; December belongs to the winter of its own year."""
    month = day.month
    for code, first in (("WI", 12), ("FA", 9), ("SU", 6), ("SP", 3)):
        if month >= first:
            return day.year, code
    return day.year - 1, "WI"


SEASON_ORDER = ("SP", "SU", "FA", "WI")  # in calendar order within a year (winter starts in December)


def _relative_season(dct: date, season: str, relation: str, direction: int) -> int:
    """The year of a season named without one: "last"/"next" the latest/earliest such season strictly
    before/after the current one; bare, the nearest in the tense's direction (the current one counts);
    "this" or no tense, the one of the article's year (the current one if it is that season)."""
    current_year, current = _season_of(dct)
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
            return date(year, month, 1), date(year, month, _month_length(year, month))
        if match["week"]:
            monday = date.fromisocalendar(year, int(match["week"]), 1)
            if match["weekend"]:
                return monday + timedelta(days=5), monday + timedelta(days=6)
            return monday, monday + timedelta(days=6)
        if match["quarter"] or match["half"]:
            months = 3 if match["quarter"] else 6
            first = (int(match["quarter"] or match["half"]) - 1) * months + 1
            last = first + months - 1
            return date(year, first, 1), date(year, last, _month_length(year, last))
        if match["season"]:
            first_year, first_month = year, SEASON_START_MONTH[match["season"]]
            last_year, last_month = add_months(first_year, first_month, 2)
            return date(first_year, first_month, 1), date(last_year, last_month, _month_length(last_year, last_month))
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


# ------------------------------------------------------------------------------------- normalisation


def normalise(mention: Mention, text: str, context: Context) -> Normalised | None:
    """The TIMEX3 type and value of a mention, or None when it turns out not to be temporal."""
    return NORMALISERS[mention.rule](mention.groups, text[mention.start : mention.end], context)


def _month_number(name: str) -> int:
    return MONTHS[name.rstrip(".").lower()]


def _full_date(groups: dict, _text: str, _context: Context) -> Normalised | None:
    try:
        day = date(int(groups["year"]), _month_number(groups["month"]), int(re.sub(r"\D", "", groups["day"])))
    except ValueError:
        return None
    return Normalised("DATE", day.isoformat())


def _iso_date(groups: dict, _text: str, _context: Context) -> Normalised | None:
    try:
        return Normalised("DATE", date(int(groups["year"]), int(groups["month"]), int(groups["day"])).isoformat())
    except ValueError:
        return None


def _numeric_date(groups: dict, _text: str, context: Context) -> Normalised | None:
    first, second = int(groups["a"]), int(groups["b"])
    month, day = (second, first) if context.day_first else (first, second)
    year = int(groups["year"])
    if year < 100:
        year = _full_year(year, context)
    try:
        return Normalised("DATE", date(year, month, day).isoformat())
    except ValueError:
        return None


def _full_year(short: int, context: Context) -> int:
    """The year a two-digit year names: in this century up to a year after the article's, else the last."""
    return short + (2000 if short <= (context.dct.year % 100 if context.dct else 30) + 1 else 1900)


def _short_year(groups: dict, _text: str, context: Context) -> Normalised:
    return Normalised("DATE", f"{_full_year(int(groups['year']), context):04d}")


def _month_year(groups: dict, _text: str, context: Context) -> Normalised:
    month = _month_number(groups["month"])
    if "year" in groups:
        return Normalised("DATE", f"{int(groups['year']):04d}-{month:02d}")
    if context.dct is None:
        return Normalised("DATE", None, DOCUMENT_DATE)
    year = context.dct.year + {"last": -1, "next": 1}.get(groups["rel"].lower(), 0)
    return Normalised("DATE", f"{year:04d}-{month:02d}", DOCUMENT_DATE)


def _month_day(groups: dict, _text: str, context: Context) -> Normalised | None:
    month = _month_number(groups["month"])
    day = int(re.sub(r"\D", "", groups["day"]))
    if day > 31 or day > _month_length(2000, month):
        return None
    if context.dct is None:
        return Normalised("DATE", None, DOCUMENT_DATE)
    direction = context.direction
    if "weekday" in groups:  # "Friday, May 12": the year whose such day is that weekday
        weekday = WEEKDAYS[groups["weekday"].lower()]
        for year in (context.dct.year, context.dct.year - 1, context.dct.year + 1):
            if day <= _month_length(year, month) and date(year, month, day).weekday() == weekday:
                return Normalised("DATE", date(year, month, day).isoformat())
    year = day_month_year(context.dct, month, day, direction=direction)
    return Normalised("DATE", date(year, month, day).isoformat(), DOCUMENT_DATE)


def _bare_month(groups: dict, _text: str, context: Context) -> Normalised:
    month = _month_number(groups["month"])
    if context.dct is None:
        return Normalised("DATE", None, DOCUMENT_DATE)
    relation = (groups.get("rel") or "").lower()
    relation = relation if relation in ("last", "next", "this") else ""
    year = month_year(context.dct, month, relation=relation, direction=context.direction)
    return Normalised("DATE", f"{year:04d}-{month:02d}", DOCUMENT_DATE)


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
    day, relative_to = _day_of(groups, context)
    if day is None:
        return Normalised("TIME", None, relative_to)
    return Normalised("TIME", f"{day.isoformat()}T{hour:02d}:{minute:02d}{suffix}", relative_to)


def _day_of(groups: dict, context: Context) -> tuple[date | None, str | None]:
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


def _noon(groups: dict, _text: str, context: Context) -> Normalised:
    hour = {"noon": 12, "midday": 12, "midnight": 24}[groups["word"].lower()]
    day, relative_to = _day_of(groups, context)
    if day is None:
        return Normalised("TIME", None, relative_to)
    return Normalised("TIME", f"{day.isoformat()}T{hour:02d}:00", relative_to)


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


def _quarter(groups: dict, _text: str, context: Context) -> Normalised | None:
    number = ORDINALS[groups["ordinal"].lower()]
    half = groups["unit"].lower() == "half"
    if half and number > 2:
        if groups["ordinal"].lower() not in ("last", "final"):
            return None
        number = 2
    prefix = "H" if half else "Q"
    if "year" in groups:
        return Normalised("DATE", f"{groups['year']}-{prefix}{number}")
    if context.dct is None:
        return Normalised("DATE", None, DOCUMENT_DATE)
    rel = (groups.get("rel") or "").lower()
    year = context.dct.year + {"last": -1, "next": 1}.get(rel, 0)
    current = (context.dct.month - 1) // (6 if half else 3) + 1
    if not rel and context.direction == PAST and number > current:
        year -= 1
    return Normalised("DATE", f"{year}-{prefix}{number}", DOCUMENT_DATE)


def _q_quarter(groups: dict, text: str, context: Context) -> Normalised | None:
    ordinal = ("first", "second", "third", "fourth")[int(groups["number"]) - 1]
    return _quarter({**groups, "ordinal": ordinal, "unit": "quarter"}, text, context)


def _season(groups: dict, _text: str, context: Context) -> Normalised | None:
    season = SEASONS[groups["season"].lower()]
    if "year" in groups:
        return Normalised("DATE", f"{groups['year']}-{season}")
    if context.dct is None:
        return Normalised("DATE", None, DOCUMENT_DATE)
    relation = " ".join((groups.get("rel") or "").lower().split())
    if relation.startswith(("earlier", "later")):
        relation = "this"
    year = _relative_season(context.dct, season, relation, context.direction)
    return Normalised("DATE", f"{year}-{season}", DOCUMENT_DATE)


def _decade(groups: dict, _text: str, context: Context) -> Normalised:
    if "short" in groups or "bare" in groups:  # "the '80s", "the 70s": the twentieth century's
        return Normalised("DATE", f"19{groups.get('short') or groups['bare']}")
    return Normalised("DATE", f"{groups['century']}{groups['decade']}")


DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9}


def _decade_word(groups: dict, _text: str, _context: Context) -> Normalised:
    return Normalised("DATE", f"19{DECADE_WORDS[groups['word'].lower()]}")


def _century(groups: dict, _text: str, _context: Context) -> Normalised | None:
    number = int(groups["number"])
    return Normalised("DATE", f"{number - 1:02d}") if 1 <= number <= 21 else None


def _fiscal(groups: dict) -> str:
    """The prefix of a fiscal year's value ("fiscal 2009", "last financial year": FY2009, FY2022)."""
    return "FY" if "fiscal" in groups else ""


def _year(groups: dict, _text: str, _context: Context) -> Normalised:
    return Normalised("DATE", f"{_fiscal(groups)}{groups['year']}")


def _boundary_of(groups: dict, text: str, context: Context) -> Normalised | None:
    unit = groups["unit"].lower()
    rel = groups["rel"].lower()
    if context.dct is None:
        return Normalised("DATE", None, DOCUMENT_DATE)
    delta = {"last": -1, "next": 1}.get(rel, 0)
    return Normalised("DATE", _fiscal(groups) + period_value(context.dct, unit, delta), DOCUMENT_DATE)


def _ago(groups: dict, text: str, context: Context) -> Normalised | None:
    quantity = _number(groups["quantity"])
    unit = _unit(groups["unit"])
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
# "for the full year" after "the fourth quarter of 2005" is 2005.
ANAPHORIC = frozenset({"the previous", "the following", "that", "the same", "the entire", "the whole", "the full"})


def _relative_unit(groups: dict, text: str, context: Context) -> Normalised | None:
    rel = " ".join(groups["rel"].lower().split())
    unit = groups["unit"].lower()
    delta = RELATIVE_DELTAS[rel]
    anaphoric = rel in ANAPHORIC or (rel == "the next" and unit == "day")
    anchor, relative_to = context.anchor(unit) if anaphoric else (context.dct, DOCUMENT_DATE)
    if unit == "weekend" and delta == 0 and context.direction == PAST and anchor and anchor.weekday() < 5:
        delta = -1  # "was a guest this weekend", written on a Tuesday: the weekend just past
    if unit == "day" and rel not in ANAPHORIC | {"the next"}:
        return None  # "this day", "last day" are rarely calendar references
    if anchor is None:
        return Normalised("DATE", None, relative_to)
    return Normalised("DATE", _fiscal(groups) + period_value(anchor, unit, delta), relative_to)


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
    year = int(groups["year"]) if "year" in groups else int(YEAR_OF_VALUE.search(period).group()) - 1
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
UNKNOWN_DATE = "XXXX-XX-XX"


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


def _set_every(groups: dict, text: str, _context: Context) -> Normalised | None:
    unit_word = groups["unit"].lower()
    if unit_word.capitalize() in (day.capitalize() for day in WEEKDAYS):
        return Normalised("SET", f"XXXX-WXX-{WEEKDAYS[unit_word] + 1}")
    if unit_word in PARTS_OF_DAY:
        return Normalised("SET", f"T{PARTS_OF_DAY[unit_word]}")
    unit = _unit(unit_word)
    number = groups.get("number", "")
    quantity = 2 if number.lower() == "other" else (_number(number) if number else 1)
    return Normalised("SET", duration_value(quantity, unit))


def _set_adverb(groups: dict, text: str, _context: Context) -> Normalised:
    word = groups["word"].lower().replace("-", "")
    if word == "annual":
        return Normalised("DURATION", "P1Y")  # "annual sales": the amount over one year (TimeML practice)
    if word == "biannual":
        return Normalised("SET", "P6M")
    return Normalised("SET", SET_ADVERBS[word])


def _set_a_unit(groups: dict, text: str, _context: Context) -> Normalised:
    return Normalised("SET", duration_value(1, _unit(groups["unit"])))


def _duration(groups: dict, text: str, context: Context) -> Normalised | None:
    unit = _unit(groups["unit"])
    quantity_text = groups["quantity"]
    quantity = _number(quantity_text)
    plural = "plural" in groups
    if quantity is not None and quantity == 1 and plural and quantity_text.lower() in ("a", "an"):
        return None
    if quantity is None and not plural and quantity_text.lower() not in ("a few", "few", "several", "many", "a couple of"):
        return None
    if unit in ("second", "quarter") and quantity_text.lower() in ("a", "an"):
        return None  # "a second day" is an ordinal, "about a quarter of its dealers" a fraction
    if quantity is not None and quantity >= 1000 and not plural:
        return None  # "2018 day five": a year, not a count
    return Normalised("DURATION", duration_value(quantity, unit))


def _vague_duration(groups: dict, _text: str, _context: Context) -> Normalised:
    return Normalised("DURATION", duration_value(None, _unit(groups.get("unit") or groups["unit2"])))


NORMALISERS: dict[str, Callable[[dict, str, Context], Normalised | None]] = {
    "iso_date": _iso_date,
    "numeric_date": _numeric_date,
    "month_day_year": _full_date,
    "day_month_year": _full_date,
    "month_year": _month_year,
    "month_day": _month_day,
    "day_month": _month_day,
    "time": _time_of_day,
    "clock_time": _time_of_day,
    "military_time": _time_of_day,
    "noon": _noon,
    "weekday": _weekday,
    "quarter": _quarter,
    "q_quarter": _q_quarter,
    "season": _season,
    "decade": _decade,
    "decade_word": _decade_word,
    "century": _century,
    "year": _year,
    "short_year": _short_year,
    "boundary_of": _boundary_of,
    "ago": _ago,
    "relative_unit": _relative_unit,
    "same_period": _same_period,
    "unit_before": _unit_before,
    "deictic": _deictic,
    "reference": _reference,
    "anaphoric_day": _anaphoric_day,
    "set_every": _set_every,
    "set_adverb": _set_adverb,
    "set_a_unit": _set_a_unit,
    "duration": _duration,
    "vague_duration": _vague_duration,
    "month": _bare_month,
}
