"""The words and pattern pieces the rules are written with.

Month and weekday names must be capitalised in patterns; everything else ignores case.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

WEEKDAYS = {name: index for index, name in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}
NUMBER_WORDS = {
    word: value
    for value, word in enumerate(
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
         "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
    )
} | {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
     "a": 1, "an": 1, "single": 1, "a couple of": 2, "a dozen": 12, "dozen": 12}
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4, "last": 4}
# Duration unit → (TIMEX3 letter, is a time-of-day unit, granularity of "N units ago").
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI", "overnight": "NI"}
SET_ADVERBS = {"hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M",
               "quarterly": "P1Q", "yearly": "P1Y", "annually": "P1Y"}
TIME_ZONES = "UTC|GMT|EST|EDT|CST|CDT|PST|PDT|BST|CET|CEST|JST|IST"

# Pattern pieces. Month and weekday names must be capitalised; everything else ignores case.
MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)"
)
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[5-9]\d\d|20\d\d)(?![\d%])"
NUMBER_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen|hundred|a\s+dozen|dozen|single)"
)
# "5 1/2 hours", "2½ years": a whole number and a half.
NUMBER = rf"(?:\d+(?:[.,]\d+)?(?:\s+1/2|½)?|{NUMBER_WORD})"
QUANTITY = rf"(?:{NUMBER}(?:\s+and\s+a\s+half)?|a\s+couple\s+of|a\s+few|few|several|many|an?)"
UNIT = r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|century|centurie)"
APPROX = (
    r"(?:nearly|almost|about|around|approximately|roughly|some|over|more\s+than|less\s+than|at\s+least|up\s+to"
    r"|just\s+over|just\s+under)"
)
PART_OF_DAY = r"(?:morning|afternoon|evening|night)"
MODIFIER = r"(?:early|mid|late)"
# A range's second year after a year and a dash: "-2010", "-58" (not a month of an ISO date: "-07-01").
RANGE_END = r"(?:\d\d|(?:1[5-9]|20)\d\d)(?![\d%-])"
WORD_END = r"(?![\w-])"

# Substrings one of which a line (lower-cased) must contain for a rule to be tried. Testing them first
# skips most rules in most sentences, which keeps finding fast.
DIGITS = ("0", "1", "2", "3", "4", "5", "6", "7", "8", "9")
UNIT_WORDS = ("second", "minute", "hour", "day", "night", "week", "fortnight", "month", "quarter", "year", "decade", "centur")
# The stems every month name of ``MONTH`` starts with, as written: rules whose pattern needs the name capitalised
# look for them in the line as it is (``Rule.cased``).
MONTH_STEMS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# A bare month name that is also a common word ("May", "March") and a bare season (not "winter wheat")
# count only after one of these.
TIME_PREPOSITIONS = frozenset(
    ["in", "since", "until", "till", "by", "of", "from", "through", "to", "last", "next", "this", "early", "late", "mid",
     "before", "after", "during", "between", "and", "or"]
)
FOLLOWING_PLURAL = re.compile(r"\s+[a-z]*(?:s|children|people|men|women)\b")
FOLLOWING_CAPITAL = re.compile(r"\s+[A-Z]")
AMBIGUOUS_MONTHS = frozenset({"may", "march"})
POSSESSIVES = frozenset(["its", "their", "his", "her", "our", "my", "your"])
# Before a year followed by a plural noun, only these make it a year ("of 1709 students" is a count).
YEAR_PREPOSITIONS = frozenset(["in", "since", "until", "till", "by", "from", "through", "during", "before", "after"])
PREVIOUS_WORD = re.compile(r"(\w+)\W*$")


class LazyPattern:
    """A rule's pattern, compiled the first time a line holds the rule's triggers: compiling every rule's pattern at
    import cost more than a one-article run spends matching them, and most articles never try some rules.

    ``starts``: the characters a match can start with (a character class's contents, read with the pattern's
    flags), worked out from the pattern (tests/test_timex_rules.py checks them against Python's parse of it). The
    pattern is tried only where one of them stands: the regex engine works that out by itself only for a pattern
    that starts with a case-sensitive literal, and tries the rest (most start with a word boundary and ignore
    case) at every position of the line."""

    __slots__ = ("_compiled", "flags", "source", "starts")

    def __init__(self, source: str, flags: int, starts: str = "") -> None:
        self.source, self.flags, self.starts = source, flags, starts
        self._compiled: re.Pattern | None = None

    @property
    def compiled(self) -> re.Pattern:
        if self._compiled is None:
            # The closing parenthesis on a line of its own: a verbose pattern's last line may end in a comment.
            guarded = f"(?=[{self.starts}])(?:{self.source}\n)" if self.starts else self.source
            self._compiled = re.compile(guarded, self.flags)
        return self._compiled

    def finditer(self, text: str, pos: int, endpos: int) -> Iterator[re.Match]:
        return self.compiled.finditer(text, pos, endpos)


def compiled(pattern: str, *, ignore_case: bool = True, starts: str = "") -> LazyPattern:
    """A rule's pattern; patterns that need capitalised month or weekday names switch case-insensitivity on only
    for their other words. ``starts``: see ``LazyPattern``."""
    flags = re.VERBOSE | (re.IGNORECASE if ignore_case else 0)
    return LazyPattern(pattern, flags, starts)


def after_word(text: str, start: int, position: int, words: frozenset[str]) -> bool:
    previous = PREVIOUS_WORD.search(text, max(start, position - 20), position)
    return previous is not None and previous.group(1).lower() in words
