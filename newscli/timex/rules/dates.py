"""Calendar dates and periods named by the calendar: full and partial dates, months, quarters, seasons, years, decades."""

from __future__ import annotations

import re
from datetime import date

from ...meta import MONTHS  # month name or abbreviation (lower case) → number
from ..model import DOCUMENT_DATE, PAST, Context, Example, Normalised, Rule
from ..patterns import (
    AMBIGUOUS_MONTHS,
    DAY,
    DIGITS,
    FOLLOWING_PLURAL,
    MODIFIER,
    MONTH,
    MONTH_STEMS,
    ORDINALS,
    POSSESSIVES,
    RANGE_END,
    SEASONS,
    TIME_PREPOSITIONS,
    WEEKDAY,
    WEEKDAYS,
    WORD_END,
    YEAR,
    YEAR_PREPOSITIONS,
    after_word,
    compiled,
)
from ..values import day_month_year, iso_week, month_length, month_year, relative_season


def month_number(name: str) -> int:
    return MONTHS[name.rstrip(".").lower()]


def _full_date(groups: dict, _text: str, _context: Context) -> Normalised | None:
    try:
        day = date(int(groups["year"]), month_number(groups["month"]), int(re.sub(r"\D", "", groups["day"])))
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
        year = full_year(year, context)
    try:
        return Normalised("DATE", date(year, month, day).isoformat())
    except ValueError:
        return None


def full_year(short: int, context: Context) -> int:
    """The year a two-digit year names: in this century up to a year after the article's, else the last."""
    return short + (2000 if short <= (context.dct.year % 100 if context.dct else 30) + 1 else 1900)


def _short_year(groups: dict, _text: str, context: Context) -> Normalised:
    return Normalised("DATE", f"{full_year(int(groups['year']), context):04d}")


def _month_year(groups: dict, _text: str, context: Context) -> Normalised:
    month = month_number(groups["month"])
    if "year" in groups:
        return Normalised("DATE", f"{int(groups['year']):04d}-{month:02d}")
    if context.dct is None:
        return Normalised("DATE", None, DOCUMENT_DATE)
    year = context.dct.year + {"last": -1, "next": 1}.get(groups["rel"].lower(), 0)
    return Normalised("DATE", f"{year:04d}-{month:02d}", DOCUMENT_DATE)


def _month_day(groups: dict, _text: str, context: Context) -> Normalised | None:
    month = month_number(groups["month"])
    day = int(re.sub(r"\D", "", groups["day"]))
    if day > 31 or day > month_length(2000, month):
        return None
    if context.dct is None:
        return Normalised("DATE", None, DOCUMENT_DATE)
    direction = context.direction
    relation = (groups.get("rel") or "").lower()
    if relation in ("last", "next"):  # "last Oct. 23": the latest such day before the article's
        dct = context.dct
        # Four years either way: a February 29 comes round once in four.
        options = [date(year, month, day) for year in range(dct.year - 4, dct.year + 5) if day <= month_length(year, month)]
        chosen = max(d for d in options if d < dct) if relation == "last" else min(d for d in options if d > dct)
        return Normalised("DATE", chosen.isoformat(), DOCUMENT_DATE)
    if "weekday" in groups:  # "Friday, May 12": the year whose such day is that weekday
        weekday = WEEKDAYS[groups["weekday"].lower()]
        for year in (context.dct.year, context.dct.year - 1, context.dct.year + 1):
            if day <= month_length(year, month) and date(year, month, day).weekday() == weekday:
                return Normalised("DATE", date(year, month, day).isoformat())
    year = day_month_year(context.dct, month, day, direction=direction)
    return Normalised("DATE", date(year, month, day).isoformat(), DOCUMENT_DATE)


def _week_of(groups: dict, text: str, context: Context) -> Normalised | None:
    """"the week of March 6": the ISO week holding that day."""
    day = _full_date(groups, text, context) if "year" in groups else _month_day(groups, text, context)
    if day is None or day.value is None:
        return day
    return Normalised("DATE", iso_week(date.fromisoformat(day.value)), day.relative_to)


def _bare_month(groups: dict, _text: str, context: Context) -> Normalised:
    month = month_number(groups["month"])
    if context.dct is None:
        return Normalised("DATE", None, DOCUMENT_DATE)
    relation = (groups.get("rel") or "").lower()
    relation = relation if relation in ("last", "next", "this") else ""
    year = month_year(context.dct, month, relation=relation, direction=context.direction)
    return Normalised("DATE", f"{year:04d}-{month:02d}", DOCUMENT_DATE)


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
    year = relative_season(context.dct, season, relation, context.direction)
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


def fiscal_prefix(groups: dict) -> str:
    """The prefix of a fiscal year's value ("fiscal 2009", "last financial year": FY2009, FY2022)."""
    return "FY" if "fiscal" in groups else ""


def _year(groups: dict, _text: str, _context: Context) -> Normalised:
    return Normalised("DATE", f"{fiscal_prefix(groups)}{groups['year']}")


def _range_end_year(groups: dict, _text: str, _context: Context) -> Normalised | None:
    first, end = groups["first"], groups["year"]
    year = int(end) if len(end) == 4 else int(first[:2] + end)
    return Normalised("DATE", f"{year:04d}") if 0 < year - int(first) <= 30 else None


def _season_plausible(groups: dict, text: str, start: int, match: re.Match) -> bool:
    if groups["season"].lower() == "fall" and after_word(text, start, match.start(), ARTICLES):
        return False  # "the last fall", "its next fall": a noun
    if groups.keys() & {"rel", "year", "mod"}:
        return True
    return after_word(text, start, match.start(), TIME_PREPOSITIONS | POSSESSIVES)  # "in winter", not "winter wheat"


ARTICLES = frozenset({"the", "a", "an"}) | POSSESSIVES


def _short_year_plausible(groups: dict, text: str, start: int, match: re.Match) -> bool:
    return after_word(text, start, match.start(), TIME_PREPOSITIONS)  # "since '82", not "iLife '11"


def _year_plausible(groups: dict, text: str, start: int, match: re.Match) -> bool:
    if FOLLOWING_PLURAL.match(text, match.end()) and not match.group()[:4].lower().startswith(("pre-", "post")):
        return after_word(text, start, match.start(), YEAR_PREPOSITIONS)  # "in 2019 sales", not "of 1709 students"
    return True


def _quarter_plausible(groups: dict, text: str, start: int, match: re.Match) -> bool:
    if groups["unit"].lower() == "half":
        return bool(groups.keys() & {"year", "rel"})  # "the first half of 2009", not a match's first half
    return True


def _month_plausible(groups: dict, text: str, start: int, match: re.Match) -> bool:
    """A bare month name that is also a common word ("May", "March") counts only after a time preposition;
    "Jan" or "Dec" without a period is more often a name than a month."""
    month = groups["month"].rstrip(".")
    if month.lower() in AMBIGUOUS_MONTHS and "rel" not in groups and not after_word(text, start, match.start(), TIME_PREPOSITIONS):
        return False
    return not (len(month) <= 4 and not groups["month"].endswith(".") and month not in ("May", "June", "July"))

def _month_year_plausible(groups: dict, text: str, start: int, match: re.Match) -> bool:
    """"May this year" is a month only where a bare "May" would be: after a time preposition or a modifier."""
    if "rel" not in groups or " of " in match.group() or "mod" in groups:
        return True
    return groups["month"].rstrip(".").lower() not in AMBIGUOUS_MONTHS or after_word(text, start, match.start(), TIME_PREPOSITIONS)


RULES = (
    Rule(
        "iso_date",
        pattern=compiled(rf"\b(?P<year>{YEAR})-(?P<month>0[1-9]|1[0-2])-(?P<day>3[01]|[12]\d|0[1-9])\b", starts=r"12"),
        triggers=DIGITS,
        normalise=_iso_date,
        examples=(
            Example('The report is dated 2023-11-02.', '2023-11-02', '2023-11-02'),
            Example('Code 2023-13-02 is no date.'),
        ),
    ),
    Rule(
        "numeric_date",
        pattern=compiled(r"(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4}|\d{2})(?![\d/])", starts=r"\d"),
        triggers=("/",),
        normalise=_numeric_date,
        examples=(
            Example('She signed it on 5/10/2023.', '5/10/2023', '2023-05-10'),
        ),
    ),
    Rule(
        "month_day_year",
        pattern=compiled(
            rf"(?:(?P<weekday>{WEEKDAY}),?\s+)?(?P<month>{MONTH})\s+(?P<day>{DAY}),?\s+(?P<year>{YEAR})\b",
            ignore_case=False,
            starts=r"ADFJMNOSTW",
        ),
        triggers=MONTH_STEMS,
        cased=True,
        also=DIGITS,  # the day
        normalise=_full_date,
        examples=(
            Example('It opened on March 3, 2009.', 'March 3, 2009', '2009-03-03'),
            Example('He died Friday, Nov. 6, 2015.', 'Friday, Nov. 6, 2015', '2015-11-06'),
        ),
    ),
    Rule(
        "day_month_year",
        pattern=compiled(
            rf"(?:(?P<weekday>{WEEKDAY}),?\s+)?\b(?P<day>{DAY})\s+(?:of\s+)?(?P<month>{MONTH}),?\s+(?P<year>{YEAR})\b",
            ignore_case=False,
            starts=r"\dFMSTW",
        ),
        triggers=MONTH_STEMS,
        cased=True,
        also=DIGITS,  # the day
        normalise=_full_date,
        examples=(
            Example('It opened on 3 March 2009.', '3 March 2009', '2009-03-03'),
        ),
    ),
    Rule(
        "month_year",
        pattern=compiled(
            rf"""(?:(?i:(?P<mod>{MODIFIER}))[-\s]+)?(?P<month>{MONTH})
                 (?:(?:\s+of)?,?\s+(?P<year>{YEAR})\b|\s+(?i:(?:of\s+)?(?P<rel>last|next|this)\s+year)\b)""",
            ignore_case=False,
        ),
        triggers=MONTH_STEMS,
        cased=True,
        also=(*DIGITS, "year"),  # the year, or "this year"
        normalise=_month_year,
        plausible=_month_year_plausible,
        examples=(
            Example('Sales fell in March 2009.', 'March 2009', '2009-03'),
            Example('It closed in late June of last year.', 'late June of last year', '2023-06'),
            # One expression, as TimeML marks it: the month of the year named.
            Example('The process began in February this year.', 'February this year', '2024-02'),
            Example('They join in April next year.', 'April next year', '2025-04'),
            Example('Theresa May this year said no.'),
        ),
    ),
    Rule(
        "month_day",
        pattern=compiled(
            rf"(?:(?P<rel>(?i:last|next))\s+)?(?:(?P<weekday>{WEEKDAY}),?\s+)?(?P<month>{MONTH})\s+(?P<day>{DAY})\b(?!\s*[,:]?\s*\d)",
            ignore_case=False,
        ),
        triggers=MONTH_STEMS,
        cased=True,
        also=DIGITS,  # the day
        normalise=_month_day,
        examples=(
            Example('The vote is on Nov. 8.', 'Nov. 8', '2024-11-08'),
            Example('It fell on March 3.', 'March 3', '2024-03-03'),
            Example('He was shot last Oct. 23 at home.', 'last Oct. 23', '2023-10-23'),
            Example('The vote is next May 2.', 'next May 2', '2025-05-02'),
        ),
    ),
    Rule(
        "week_of",
        pattern=compiled(
            rf"(?i:the\s+week\s+of)\s+(?P<month>{MONTH})\s+(?P<day>{DAY})\b(?:,?\s+(?P<year>{YEAR})\b)?(?!\s*[,:]?\s*\d)",
            ignore_case=False,
        ),
        triggers=("week of",),
        normalise=_week_of,
        examples=(
            Example('A hearing was held the week of March 6.', 'the week of March 6', '2024-W10'),
            Example('It met the week of March 4, 2024.', 'the week of March 4, 2024', '2024-W10'),
        ),
    ),
    # The second day of a pair ("April 24 and 25"): TimeML makes each day an expression; the month is read
    # from before it.
    Rule(
        "second_day",
        pattern=compiled(
            rf"(?P<month>{MONTH})\s+{DAY}\s+(?i:and|or|to|through)\s+(?P<expression>(?P<day>{DAY}))\b(?!\s*[,:]?\s*\d|\s+(?:{MONTH}|(?i:years?|days?|months?|weeks?|percent|per\s+cent|people|%)))",
            ignore_case=False,
            starts=r"ADFJMNOS",
        ),
        triggers=MONTH_STEMS,
        cased=True,
        also=DIGITS,  # the day
        normalise=_month_day,
        examples=(
            Example('The summit is on April 24 and 25.', '25', '2024-04-25'),
            Example('It rose from May 2 to 9 percent.'),
        ),
    ),
    Rule(
        "day_month",
        pattern=compiled(rf"\b(?P<day>{DAY})\s+(?:(?i:of)\s+)?(?P<month>{MONTH})(?!\s*,?\s*\d)", ignore_case=False, starts=r"\d"),
        triggers=MONTH_STEMS,
        cased=True,
        also=DIGITS,  # the day
        normalise=_month_day,
        examples=(
            Example('It fell on 3 March.', '3 March', '2024-03-03'),
        ),
    ),
    Rule(
        "quarter",
        pattern=compiled(
            rf"""(?:the\s+)?(?P<ordinal>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[-\s]+
                 (?:(?P<fiscal>fiscal|financial)\s+)?(?P<unit>quarter|half)
                 (?:\s+(?:of\s+)?(?:(?P<year>{YEAR})|(?P<rel>this|last|next|the)\s+year))?{WORD_END}""",
            starts=r"1234flst",
        ),
        triggers=("quarter", "half"),
        normalise=_quarter,
        plausible=_quarter_plausible,
        examples=(
            Example('Profit rose in the third quarter of 2009.', 'the third quarter of 2009', '2009-Q3'),
            Example('He scored in the first half.'),
        ),
    ),
    Rule(
        "q_quarter",
        pattern=compiled(rf"\bQ(?P<number>[1-4])(?:\s+(?P<year>{YEAR}))?\b", starts=r"Q"),
        triggers=("q",),
        normalise=_q_quarter,
        examples=(
            Example('Sales in Q2 2021 rose.', 'Q2 2021', '2021-Q2'),
        ),
    ),
    Rule(
        "season",
        pattern=compiled(
            rf"""(?:(?P<mod>{MODIFIER})[-\s]+)?(?:(?P<rel>last|next|this|the|this\s+past|(?:earlier|later)\s+this)\s+)?
                 (?P<season>spring|summer|autumn|winter|(?<=\s)fall(?=\s+(?:of\s+)?\d)
                 |(?:(?<=last\s)|(?<=next\s)|(?<=past\s))fall|(?<=this\s)fall(?!\s+(?:in|of)\b))(?:\s+(?:of\s+)?(?P<year>{YEAR}))?\b""",
            starts=r"aeflmnstw",
        ),
        triggers=("spring", "summer", "autumn", "winter", "fall"),
        normalise=_season,
        plausible=_season_plausible,
        examples=(
            Example('They met in spring 2010.', 'spring 2010', '2010-SP'),
            Example('The talks resume next winter.', 'next winter', '2024-WI'),
            Example('Winter wheat prices rose.'),
            Example('He was shot last fall in his home.', 'last fall', '2023-FA'),
            Example('Prices had their last fall in May.'),
            Example('This fall in prices is new.'),
        ),
    ),
    Rule(
        "decade",
        pattern=compiled(
            rf"""(?:the\s+)?(?:(?P<mod>{MODIFIER})[-\s]+)?
                 (?:(?P<century>1[5-9]|20)(?P<decade>\d)0|['’](?P<short>\d)0
                    |(?:(?<=the\s)|(?<=0s\sand\s)|(?<=0s\sor\s)|(?<=0s\sto\s))(?P<bare>[2-9])0)s\b""",
            starts=r"'123456789elmt’",
        ),
        triggers=("0s",),
        normalise=_decade,
        examples=(
            Example('Prices rose in the 1990s.', 'the 1990s', '199'),
            Example("It was big in the late '80s.", "the late '80s", '198'),
        ),
    ),
    Rule(
        "decade_word",
        pattern=compiled(
            r"(?:the\s+)?(?:(?P<mod>early|mid|late)[-\s]+)?(?:nineteen[-\s]+)?(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b",
            starts=r"eflmnst",
        ),
        triggers=("ties",),
        normalise=_decade_word,
        examples=(
            Example('She was born in the sixties.', 'the sixties', '196'),
        ),
    ),
    Rule(
        "century",
        pattern=compiled(r"the\s+(?P<number>\d{1,2})(?:st|nd|rd|th)\s+century\b", starts=r"t"),
        triggers=("century",),
        normalise=_century,
        examples=(
            Example('It dates from the 19th century.', 'the 19th century', '18'),
        ),
    ),
    Rule(
        "year",
        pattern=compiled(
            rf"""(?<![\w$£€#.,/-])(?:(?P<mod>{MODIFIER})[-\s]+|(?:pre|post)-)?(?:(?P<fiscal>fiscal|FY)\s*)?(?P<year>{YEAR})
                 (?!\s*(?:%|percent|per\s+cent|people|jobs|troops|soldiers|units|workers)\b|,\d|\.\d|-(?!{RANGE_END})\d|/\d)""",
            starts=r"12Feflmp",
        ),
        triggers=DIGITS,
        normalise=_year,
        plausible=_year_plausible,
        examples=(
            Example('It ran from 2009-2010.', '2009', '2009'),
            Example('It happened in 2009.', '2009', '2009'),
            Example('Results for fiscal 2010 came in.', 'fiscal 2010', 'FY2010'),
            Example('A school of 1709 students.'),
            Example('The post-1959 politics split families.', 'post-1959', '1959'),
        ),
    ),
    # The second year of a range ("2009-2010", "1957-58"): TimeML makes a range two expressions.
    Rule(
        "range_end_year",
        pattern=compiled(rf"(?<=(?P<first>(?:1[5-9]|20)\d\d)[-–])(?P<year>{RANGE_END})", starts=r"\d"),
        triggers=("-", "–"),
        normalise=_range_end_year,
        examples=(
            Example('The 1957-58 season was his best.', '58', '1958'),
            Example('It ran from 2009-2010.', '2010', '2010'),
            Example('The 2009-07 figures.'),
        ),
    ),
    Rule(
        "short_year",
        pattern=compiled(r"(?<![\w'’])['’](?P<year>\d\d)(?![\w'’%])", starts=r"'’"),
        triggers=("'", "’"),
        normalise=_short_year,
        plausible=_short_year_plausible,
        examples=(
            Example("The firm has grown since '82.", "'82", '1982'),
        ),
    ),
    # Last: any longer or equally long expression with the month in it wins.
    Rule(
        "month",
        pattern=compiled(rf"(?:(?P<rel>(?i:last|next|this|early|late|mid))[-\s]+)?(?P<month>{MONTH})(?![\w-])", ignore_case=False),
        triggers=MONTH_STEMS,
        cased=True,
        normalise=_bare_month,
        plausible=_month_plausible,
        examples=(
            Example('Prices fell in March.', 'March', '2024-03'),
            Example('She may go.'),
            Example('The report was published in May.', 'May', '2024-05'),
            Example('It opened in early March.', 'early March', '2024-03'),
        ),
    ),
)
