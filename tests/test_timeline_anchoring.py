"""Which way an underspecified date points: the sentence's tense, modals and future cues, the article's date.

Each case: the article's date, a sentence, the expression and the value it must get. Written from the rule
(a past event is the latest such day, a planned one the next), not from any dev article.
"""

from __future__ import annotations

from datetime import date

import pytest

from newscli.document import build_document
from newscli.timeline import build_timeline

TUESDAY = date(2016, 10, 18)
SUNDAY = date(2016, 10, 23)
WINTER = date(2017, 1, 10)

FUTURE = [
    (TUESDAY, "Voters will cast their ballots in the Nov. 8 vote.", "Nov. 8", "2016-11-08"),
    (TUESDAY, "The final debate is set for Wednesday.", "Wednesday", "2016-10-19"),
    (SUNDAY, "Early voting is set to begin Monday.", "Monday", "2016-10-24"),
    (TUESDAY, "With Wednesday's debate approaching, the candidates rested.", "Wednesday", "2016-10-19"),
    (TUESDAY, "The upcoming Friday meeting will decide the matter.", "Friday", "2016-10-21"),
    (TUESDAY, "The company plans to open the store in May.", "May", "2017-05"),
    (TUESDAY, "The bridge will reopen in the spring.", "the spring", "2017-SP"),
    (TUESDAY, "The council is expected to vote next Monday.", "next Monday", "2016-10-24"),
    (TUESDAY, "The minister will travel to Paris on Monday.", "Monday", "2016-10-24"),
    (TUESDAY, "The court is scheduled to rule on Jan. 5.", "Jan. 5", "2017-01-05"),
    (TUESDAY, "Ticket sales will open in March.", "March", "2017-03"),
    (TUESDAY, "The trial is due to start in February.", "February", "2017-02"),
    (TUESDAY, "Shops will stay open late on Christmas Eve.", "Christmas Eve", "2016-12-24"),
    (TUESDAY, "The parade will be held on Thanksgiving Day.", "Thanksgiving Day", "2016-11-24"),
    (TUESDAY, "Families will gather at Christmas.", "Christmas", "2016-12-25"),
    (TUESDAY, "The new rules will take effect on New Year's Day.", "New Year's Day", "2017-01-01"),
    (TUESDAY, "The band is going to tour in the summer.", "the summer", "2017-SU"),
    (TUESDAY, "Polls close at 8 p.m. on Nov. 8, and results will follow.", "Nov. 8", "2016-11-08"),
    (SUNDAY, "The senator will speak at a rally on Saturday.", "Saturday", "2016-10-29"),
    (TUESDAY, "The museum will reopen on Dec. 1.", "Dec. 1", "2016-12-01"),
    (TUESDAY, "A decision is expected Thursday.", "Thursday", "2016-10-20"),
    (TUESDAY, "Negotiators hope to reach a deal by Friday.", "Friday", "2016-10-21"),
    # A clause of time or condition takes the present for the future.
    (TUESDAY, "The fine is waived when the company pays the tax in May.", "May", "2017-05"),
    # A decision in force (present perfect) points to what it decides; the attribution after the comma does not
    # date the content.
    (TUESDAY, "The council has decided to close the library in May, a spokesman said.", "May", "2017-05"),
    (TUESDAY, "The unions have agreed to meet on Friday, officials said.", "Friday", "2016-10-21"),
    # "will have to" is an obligation ahead, not a perfect.
    (TUESDAY, "He will have to win the primary in March.", "March", "2017-03"),
]

PAST = [
    (TUESDAY, "The second debate was held on Sunday.", "Sunday", "2016-10-16"),
    (TUESDAY, "Police said the man was arrested Monday.", "Monday", "2016-10-17"),
    (TUESDAY, "The law took effect in May.", "May", "2016-05"),
    (TUESDAY, "Sales fell sharply in the spring.", "the spring", "2016-SP"),
    (TUESDAY, "The report was published in March.", "March", "2016-03"),
    (SUNDAY, "The company reported on Oct. 2 that profits fell.", "Oct. 2", "2016-10-02"),
    (WINTER, "The store opened on Christmas Day.", "Christmas Day", "2016-12-25"),
    (WINTER, "Thousands of people celebrated on New Year's Eve.", "New Year's Eve", "2016-12-31"),
    (TUESDAY, "The storm hit the coast on Friday.", "Friday", "2016-10-14"),
    (TUESDAY, "He resigned last Wednesday.", "last Wednesday", "2016-10-12"),
    (TUESDAY, "Prices rose in August.", "August", "2016-08"),
    (TUESDAY, "The talks collapsed in the summer.", "the summer", "2016-SU"),
    (WINTER, "The factory closed in November.", "November", "2016-11"),
    (WINTER, "Shoppers spent heavily on Thanksgiving Day.", "Thanksgiving Day", "2016-11-24"),
    (WINTER, "The fire broke out on Dec. 28.", "Dec. 28", "2016-12-28"),
    (TUESDAY, "The minister visited Paris on Monday.", "Monday", "2016-10-17"),
    (TUESDAY, "Officials confirmed the deal on Thursday.", "Thursday", "2016-10-13"),
    (TUESDAY, "The bill passed the Senate on Sept. 30.", "Sept. 30", "2016-09-30"),
    (WINTER, "Results were announced on Independence Day.", "Independence Day", "2016-07-04"),
    (TUESDAY, "The company had warned in June that sales would slow.", "June", "2016-06"),
    (SUNDAY, "She told reporters on Saturday that she would run.", "Saturday", "2016-10-22"),
    (TUESDAY, "The couple married in the fall of last year, friends said.", "last year", "2015"),
    # "Until" with a past perfect ends at a past time.
    (TUESDAY, "Until Thursday, the police had not named him as a suspect.", "Thursday", "2016-10-13"),
    # "after" before a gerund is a preposition: no clause of time, and the saying is past.
    (TUESDAY, "After touring the port on Thursday, the minister said he was satisfied.", "Thursday", "2016-10-13"),
    # A modal perfect looks back.
    (TUESDAY, "His remarks may have helped the dollar on Monday.", "Monday", "2016-10-17"),
    # A decision in the simple past is past: the past tense governs.
    (TUESDAY, "The council decided in May to close the library.", "May", "2016-05"),
]


def _value(article_date: date, sentence: str, expression: str) -> str | None:
    document = build_document(sentence, date_override=article_date)
    found = {entry.text: entry.value for entry in build_timeline(document, include_all=True).entries}
    assert expression in found, found
    return found[expression]


def test_each_direction_has_enough_cases():
    assert len(FUTURE) >= 20 and len(PAST) >= 20


@pytest.mark.parametrize(("article_date", "sentence", "expression", "expected"), FUTURE, ids=[case[1] for case in FUTURE])
def test_future_reference(article_date, sentence, expression, expected):
    assert _value(article_date, sentence, expression) == expected


@pytest.mark.parametrize(("article_date", "sentence", "expression", "expected"), PAST, ids=[case[1] for case in PAST])
def test_past_reference(article_date, sentence, expression, expected):
    assert _value(article_date, sentence, expression) == expected


def test_a_plan_reported_in_the_past_tense_is_weeks_ahead_not_a_year_back():
    assert _value(date(2000, 1, 5), "Officials gave no reason for the Jan. 14 deadline.", "Jan. 14") == "2000-01-14"
    assert _value(date(2000, 3, 5), "The court ruled on Jan. 14.", "Jan. 14") == "2000-01-14"  # weeks back stays back


def test_ranges_are_two_expressions_with_both_ends_dated():
    document = build_document("The 1957-58 season and the years 2009-2010 were hard.", date_override=TUESDAY)
    found = [(entry.text, entry.value) for entry in build_timeline(document).entries]
    assert found == [("1957", "1957"), ("58", "1958"), ("2009", "2009"), ("2010", "2010")]
    document = build_document("Prices rose from March to May and between 2001 and 2005.", date_override=TUESDAY)
    found = [(entry.text, entry.value) for entry in build_timeline(document).entries]
    assert found == [("2001", "2001"), ("2005", "2005"), ("March", "2016-03"), ("May", "2016-05")]


def test_a_comparison_is_a_duration_not_a_date():
    document = build_document("Flowers bloomed about a month earlier than usual.", date_override=TUESDAY)
    assert [(entry.text, entry.type, entry.value) for entry in build_timeline(document, include_all=True).entries] == [
        ("about a month", "DURATION", "P1M")
    ]


def test_a_sentence_without_tense_reads_in_the_article_s_narrative_tense():
    report = "Sales fell. Prices rose. Workers struck.\n\nThe tax in March: a disaster.\n"
    preview = "Sales will fall. Prices will rise. Workers will strike.\n\nThe tax in March: a disaster.\n"
    values = [
        [entry.value for entry in build_timeline(build_document(text, date_override=date(2016, 12, 10))).entries]
        for text in (report, preview)
    ]
    assert values == [["2016-03"], ["2017-03"]]


def _one(article_date: date, text: str) -> str | None:
    entries = build_timeline(build_document(text, date_override=article_date)).entries
    assert len(entries) == 1, [(entry.text, entry.value) for entry in entries]
    return entries[0].value


def test_a_sentence_in_the_present_tense_reads_neither_way_even_in_a_report():
    # A report (past narration) of 10 December: the present tense of the last sentence is its own, and the
    # nearest April is the coming one.
    report = "Sales fell. Prices rose. Workers struck.\n\nThey can take part in the summit in April.\n"
    assert _one(date(2016, 12, 10), report) == "2017-04"


def test_a_perfect_is_past():
    text = "Police have been searching for him since shortly after the Oct. 23 shooting.\n"
    assert _one(date(2017, 5, 6), text) == "2016-10-23"


def test_a_present_passive_is_no_past():
    text = "The appeal is heard in May.\n"
    assert _one(date(2017, 3, 29), text) == "2017-05"


def test_a_date_cut_in_two_by_a_sentence_split_after_the_month_is_read_whole():
    text = "``He will not be sent back between now and Feb. 10.''  Earlier, lawyers filed.\n"
    document = build_document(text, date_override=date(2000, 1, 7))
    assert document.text[document.sentences[0].start : document.sentences[0].end].endswith("Feb.")  # the split
    entries = build_timeline(document).entries
    assert [(entry.text, entry.value) for entry in entries] == [("Feb. 10", "2000-02-10")]
