"""newscli timeline: finding, normalising, events, order, output."""

from __future__ import annotations

import json
from datetime import date

import pytest
from typer.testing import CliRunner

from newscli import timex
from newscli.cli import app
from newscli.document import build_document
from newscli.timeline import build_timeline

WEDNESDAY = date(2023, 5, 10)


def entries(text: str, dct: date | None = WEDNESDAY, **options):
    return build_timeline(build_document(text, date_override=dct), include_all=True, **options).entries


def only(text: str, dct: date | None = WEDNESDAY, **options):
    found = entries(text, dct, **options)
    assert len(found) == 1, [(entry.text, entry.value) for entry in found]
    return found[0]


# (sentence, expected text, type, value) against Wednesday 2023-05-10.
PATTERNS = [
    ("The deal was signed on May 10, 2023.", "May 10, 2023", "DATE", "2023-05-10"),
    ("The deal was signed on 10 May 2023.", "10 May 2023", "DATE", "2023-05-10"),
    ("The deal was signed on Wednesday, May 3, 2023.", "Wednesday, May 3, 2023", "DATE", "2023-05-03"),
    ("The deal was signed on 2023-05-10.", "2023-05-10", "DATE", "2023-05-10"),
    ("The deal was signed on 5/10/2023.", "5/10/2023", "DATE", "2023-05-10"),
    ("The deal was signed on May 2.", "May 2", "DATE", "2023-05-02"),
    ("The deal was signed in May 2021.", "May 2021", "DATE", "2021-05"),
    ("The deal was signed in 2019.", "2019", "DATE", "2019"),
    ("Prices rose in the 1990s.", "the 1990s", "DATE", "199"),
    ("Prices rose in the sixties.", "the sixties", "DATE", "196"),
    ("The index is at its lowest since '82.", "'82", "DATE", "1982"),
    ("The class of ’07 met again.", "’07", "DATE", "2007"),
    ("Sales fell in mid-2021.", "mid-2021", "DATE", "2021"),
    ("Sales fell in the third quarter of 2022.", "the third quarter of 2022", "DATE", "2022-Q3"),
    ("Sales fell in the first quarter.", "the first quarter", "DATE", "2023-Q1"),
    ("Sales fell in spring 2020.", "spring 2020", "DATE", "2020-SP"),
    ("Sales fell last summer.", "last summer", "DATE", "2022-SU"),
    ("The law changed in the 20th century.", "the 20th century", "DATE", "19"),
    ("She spoke on Wednesday.", "Wednesday", "DATE", "2023-05-10"),
    ("She spoke last Wednesday.", "last Wednesday", "DATE", "2023-05-03"),
    ("She will speak next Friday.", "next Friday", "DATE", "2023-05-12"),
    ("She spoke yesterday.", "yesterday", "DATE", "2023-05-09"),
    ("She speaks today.", "today", "DATE", "2023-05-10"),
    ("She will speak tomorrow.", "tomorrow", "DATE", "2023-05-11"),
    ("She spoke last week.", "last week", "DATE", "2023-W18"),
    ("She speaks this week.", "this week", "DATE", "2023-W19"),
    ("She spoke last month.", "last month", "DATE", "2023-04"),
    ("She spoke last year.", "last year", "DATE", "2022"),
    ("She will speak next year.", "next year", "DATE", "2024"),
    ("She spoke earlier this month.", "earlier this month", "DATE", "2023-05"),
    ("She spoke two years ago.", "two years ago", "DATE", "2021"),
    ("She spoke three days ago.", "three days ago", "DATE", "2023-05-07"),
    ("She spoke two months ago.", "two months ago", "DATE", "2023-03"),
    ("She was here recently.", "recently", "DATE", "PAST_REF"),
    ("She is here now.", "now", "DATE", "PRESENT_REF"),
    ("It will matter in the future.", "the future", "DATE", "FUTURE_REF"),
    ("She spoke at 3 p.m.", "3 p.m.", "TIME", "2023-05-10T15:00"),
    ("She spoke at 16:15 UTC.", "16:15 UTC", "TIME", "2023-05-10T16:15Z"),
    ("She spoke at noon.", "noon", "TIME", "2023-05-10T12:00"),
    ("She spoke on Tuesday morning.", "Tuesday morning", "TIME", "2023-05-09TMO"),
    ("She spoke this morning.", "this morning", "TIME", "2023-05-10TMO"),
    ("She spoke tonight.", "tonight", "TIME", "2023-05-10TNI"),
    ("She spoke late on Tuesday.", "late on Tuesday", "DATE", "2023-05-09"),
    ("The talks lasted for six months.", "six months", "DURATION", "P6M"),
    ("They signed a three-year deal.", "three-year", "DURATION", "P3Y"),
    ("It came after months of warnings.", "months", "DURATION", "PXM"),
    ("It took nearly five hours.", "nearly five hours", "DURATION", "PT5H"),
    ("It took two and a half years.", "two and a half years", "DURATION", "P2.5Y"),
    ("It took a decade.", "a decade", "DURATION", "P10Y"),
    # TIMEX3 durations are in ISO 8601's units: decades and centuries in years.
    ("The feud has lasted for decades.", "decades", "DURATION", "PXY"),
    ("The church stood for centuries.", "centuries", "DURATION", "PXY"),
    ("Sales doubled over the past decade.", "the past decade", "DURATION", "P10Y"),
    ("The boat sank six weeks ago.", "six weeks ago", "DATE", "2023-W13"),
    ("The boat sank a week ago.", "a week ago", "DATE", "2023-05-03"),
    ("Prices are falling at the moment.", "the moment", "DATE", "PRESENT_REF"),
    ("Sales doubled over the past two years.", "the past two years", "DURATION", "P2Y"),
    ("It will open early next year.", "early next year", "DATE", "2024"),
    ("The prize is awarded every year.", "every year", "SET", "P1Y"),
    ("The magazine appears weekly.", "weekly", "SET", "P1W"),
    ("They meet every Monday.", "every Monday", "SET", "XXXX-WXX-1"),
    ("They build 15 a year.", "a year", "SET", "P1Y"),
]


@pytest.mark.parametrize(("sentence", "text", "kind", "value"), PATTERNS, ids=[p[1] for p in PATTERNS])
def test_pattern(sentence, text, kind, value):
    entry = only(sentence)
    assert (entry.text, entry.type, entry.value) == (text, kind, value)


NOT_TEMPORAL = [
    "You may leave.",
    "Protesters march through the city.",
    "The company hired 2000 workers.",
    "He paid $2019 for it.",
    "The score was 3-1.",
    "She was the second person to arrive.",
    "It grew by 15%.",
    "The crash is known as Black Monday.",
]


@pytest.mark.parametrize("sentence", NOT_TEMPORAL)
def test_not_temporal(sentence):
    assert [entry.text for entry in entries(sentence)] == []


# ------------------------------------------------------------------------------- normalisation rules


def test_bare_weekday_follows_the_tense():
    assert only("She spoke on Friday.").value == "2023-05-05"
    assert only("She will speak on Friday.").value == "2023-05-12"
    assert only("The vote is to be held on Friday.").value == "2023-05-12"
    assert only("She spoke on Wednesday.").value == "2023-05-10"  # the article's own day


def test_tense_from_the_nearest_verb():
    assert only("Apple announced Friday that it will give refunds.").value == "2023-05-05"


def test_bare_month_follows_the_tense():
    assert only("Sales fell in October.", date(2023, 5, 10)).value == "2022-10"
    assert only("Sales will rise in October.", date(2023, 5, 10)).value == "2023-10"
    assert only("Sales will rise in March.", date(2023, 5, 10)).value == "2024-03"


def test_signal_words_give_the_direction():
    assert only("The best week since November.", date(2009, 3, 13)).value == "2008-11"
    assert only("Markets stay closed until Friday.").value == "2023-05-12"


def test_weekday_rules_across_a_year_boundary():
    new_year = date(2024, 1, 1)  # a Monday
    assert timex.weekday_date(new_year, 4, relation="", direction=timex.PAST) == date(2023, 12, 29)
    assert timex.weekday_date(new_year, 4, relation="last", direction=timex.NEUTRAL) == date(2023, 12, 29)
    assert timex.weekday_date(new_year, 0, relation="last", direction=timex.NEUTRAL) == date(2023, 12, 25)
    assert timex.weekday_date(new_year, 0, relation="next", direction=timex.NEUTRAL) == date(2024, 1, 8)
    assert timex.weekday_date(date(2023, 12, 29), 1, relation="", direction=timex.FUTURE) == date(2024, 1, 2)


def test_iso_week_boundaries():
    assert only("She spoke last week.", date(2021, 1, 6)).value == "2020-W53"
    assert only("She speaks this week.", date(2021, 1, 1)).value == "2020-W53"
    assert only("She will speak next week.", date(2020, 12, 30)).value == "2021-W01"
    assert timex.value_interval("2020-W53") == (date(2020, 12, 28), date(2021, 1, 3))
    assert timex.value_interval("2023-W18-WE") == (date(2023, 5, 6), date(2023, 5, 7))


def test_month_and_year_boundaries():
    assert only("She spoke last month.", date(2023, 1, 15)).value == "2022-12"
    assert only("She will speak next month.", date(2023, 12, 15)).value == "2024-01"
    assert only("She will speak tomorrow.", date(2023, 12, 31)).value == "2024-01-01"
    assert only("She spoke in December.", date(2024, 1, 10)).value == "2023-12"
    assert only("She spoke on December 30.", date(2024, 1, 2)).value == "2023-12-30"
    assert only("She will speak on January 3.", date(2023, 12, 28)).value == "2024-01-03"
    assert only("She spoke in the fourth quarter.", date(2024, 2, 1)).value == "2023-Q4"


def test_leap_years():
    assert only("She spoke yesterday.", date(2024, 3, 1)).value == "2024-02-29"
    assert only("She spoke yesterday.", date(2023, 3, 1)).value == "2023-02-28"
    assert only("She spoke on February 29.", date(2024, 3, 5)).value == "2024-02-29"
    assert only("It happened a year ago.", date(2024, 2, 29)).value == "2023"
    assert timex.value_interval("2024-02") == (date(2024, 2, 1), date(2024, 2, 29))
    assert timex.value_interval("2100-02") == (date(2100, 2, 1), date(2100, 2, 28))
    assert entries("The deal was signed on February 30, 2024.") == ()  # no such day: no entry
    assert entries("It was signed on 2/29/2023.") == ()


def test_day_first_numeric_dates():
    assert only("Signed on 5/10/2023.").value == "2023-05-10"
    assert only("Signed on 5/10/2023.", day_first=True).value == "2023-10-05"
    assert only("Signed on 10/5/23.", day_first=True).value == "2023-05-10"


def test_anaphoric_expressions_count_from_the_last_date():
    found = sorted(entries("Talks began on March 3, 2020. The previous day, protests had started."), key=lambda e: e.start)
    assert [(entry.text, entry.value, entry.relative_to) for entry in found] == [
        ("March 3, 2020", "2020-03-03", None),
        ("The previous day", "2020-03-02", "previous date"),
    ]
    year = entries("Profits rose in 2009. The previous year they had fallen.")
    assert [entry.value for entry in year] == ["2008", "2009"]


def test_the_same_period_in_another_year_is_the_last_period_mentioned_moved_to_that_year():
    def values(text):
        return {entry.text: (entry.value, entry.relative_to) for entry in entries(text)}

    assert values("Sales rose 43% in February compared to the same period last year.")["the same period last year"] == (
        "2022-02",
        "previous date",
    )
    assert values("Sales fell in January, compared to the same month a year ago.")["the same month a year ago"] == (
        "2022-01",
        "previous date",
    )
    assert values("Profit fell in the third quarter from the same quarter of 2019.")["the same quarter of 2019"][0] == "2019-Q3"
    assert values("Profit rose in FY2009 after a loss in the same period a year earlier.")["the same period a year earlier"][0] == (
        "FY2008"
    )
    said_on = values("Profit fell in the third quarter of 2019, it said on Tuesday, from the same period a year earlier.")
    assert said_on["the same period a year earlier"][0] == "2018-Q3"  # a period, not the day it was said
    assert only("Sales were up from the same period last year.").value == "2022"  # no period before: the article's year
    assert only("Sales were up from the same time last year.").value == "2022-05-10"  # the article's day
    assert values("Sales fell on 2024-02-29 from the same day last year.")["the same day last year"][0] == "2023"  # no such day


def test_later_and_soon_in_a_past_tense_sentence_are_a_date_after_the_event_before():
    found = {entry.text: entry.value for entry in entries("He fought cancer in 2004, later revealing he had undergone a transplant.")}
    assert found["later"] == "XXXX-XX-XX"
    assert only("They soon dropped the treatment.").value == "XXXX-XX-XX"
    assert only("The museum will soon show it.").value == "FUTURE_REF"
    assert only("Call back later.").value == "FUTURE_REF"


def test_the_whole_of_a_period_is_the_one_last_mentioned():
    found = entries("GM lost $4.8 billion in the fourth quarter of 2005 and $8.6 billion for the entire year.")
    assert {entry.text: entry.value for entry in found}["the entire year"] == "2005"
    assert only("For the full year, profit rose.").value == "2023"
    late = entries("Markets fell today. The index rebounded late in the day after falling 250 points.")
    assert {entry.text: entry.value for entry in late}["late in the day"] == "2023-05-10"


def test_fiscal_years():
    def values(text):
        return [(entry.text, entry.value) for entry in sorted(entries(text), key=lambda entry: entry.start)]

    assert values("Profit rose in the last fiscal year.") == [("the last fiscal year", "FY2022")]
    assert values("Sales will rise at the end of this financial year.") == [("the end of this financial year", "FY2023")]
    assert values("Sales fell in fiscal 2009 and in the previous fiscal year.") == [
        ("fiscal 2009", "FY2009"),
        ("the previous fiscal year", "FY2008"),
    ]
    assert values("The start of the financial year beat the same period of the last year.") == [
        ("The start of the financial year", "FY2023"),
        ("the same period of the last year", "FY2022"),
    ]


def test_a_clock_time_falls_on_the_day_named_right_after_it():
    def clock(text, dct=WEDNESDAY):
        return next((entry.value, entry.relative_to) for entry in entries(text, dct) if entry.type == "TIME")

    assert clock("She left on Monday. At 3 p.m. on Friday, she will speak.") == ("2023-05-12T15:00", "document date")
    assert clock("At 16:15 UTC, June 1, 2020, he spoke.") == ("2020-06-01T16:15Z", None)
    assert clock("At noon on May 2, 2020 he spoke.", None) == ("2020-05-02T12:00", None)
    assert clock("He left on Monday. At 3 p.m. she spoke, and on Friday he returned.") == ("2023-05-08T15:00", "previous date")


def test_an_auxiliary_before_a_verb_leaves_the_tense_to_that_verb():
    assert only("A June 3 hearing has been scheduled.", date(2009, 5, 14)).value == "2009-06-03"
    assert only("The vote had been planned for Friday.").value == "2023-05-12"
    assert only("The talks were held on Friday.").value == "2023-05-05"


def test_this_weekend_in_the_past_tense_written_early_in_the_week():
    assert only("He was a guest at the fair this weekend.", date(2015, 9, 22)).value == "2015-W38-WE"


def test_without_a_date_relative_expressions_have_no_value_but_say_why():
    found = entries("She spoke last week and will return on May 2, 2024.", None)
    by_text = {entry.text: entry for entry in found}
    assert by_text["last week"].value is None
    assert by_text["last week"].relative_to == "document date"
    assert by_text["May 2, 2024"].value == "2024-05-02"


# --------------------------------------------------------------------------------------- events, order


def test_event_is_the_clause_without_the_expression():
    entry = only("The minister, who arrived late, said on Tuesday that talks would continue.")
    assert entry.event.text == "The minister, who arrived late, said"
    entry = only("In 2019, the company opened a plant in Ohio.")  # a verbless opening joins its clause
    assert entry.event.text == "the company opened a plant in Ohio"


def test_event_offsets_index_the_text():
    text = "Nikkei Asia first reported the plans last Wednesday, citing officials."
    entry = only(text)
    assert text[entry.event.start : entry.event.end] == entry.event.text == "Nikkei Asia first reported the plans"


def test_order_is_coarser_first_then_article_order():
    text = "They met on May 3. They met last week. They met in April. They met in 2022. They met in 2023. They met on May 3."
    found = build_timeline(build_document(text, date_override=WEDNESDAY)).entries
    assert [entry.value for entry in found] == ["2022", "2023", "2023-04", "2023-W18", "2023-05-03", "2023-05-03"]
    assert found[-2].start < found[-1].start


def test_default_shows_dated_points_and_all_adds_the_rest():
    text = "They met last week after months of talks, and meet every year. It happened recently."
    document = build_document(text, date_override=WEDNESDAY)
    assert [entry.type for entry in build_timeline(document).entries] == ["DATE"]
    every = build_timeline(document, include_all=True).entries
    assert [entry.text for entry in every] == ["last week", "months", "every year", "recently"]


# ------------------------------------------------------------------------------------- sample article


EXPECTED_SAMPLE = [
    ("last year", "2022", "Hayashi specifically cited Russia’s invasion of Ukraine"),
    ("last month", "2023-04", "with Finland formally joining the bloc"),
    ("last week", "2023-W18", "the Nikkei reported"),
    ("last week", "2023-W18", "In a statement to CNN last week, a NATO spokesman said"),
    ("last week", "2023-W18", "Chinese Foreign Ministry spokesman Mao Ning said at a briefing"),
    ("last Wednesday", "2023-05-03", "Nikkei Asia first reported plans to open the office in Japan"),
    ("Wednesday", "2023-05-10", "the country’s foreign minister told CNN in an exclusive interview"),
    ("Wednesday", "2023-05-10", "Foreign Minister Yoshimasa Hayashi said"),
    ("Wednesday", "2023-05-10", "CNN reached out to NATO for comment"),
    ("Wednesday", "2023-05-10", "Speaking to CNN on Wednesday, Hayashi said"),
]


def test_sample_article_golden(sample_doc):
    found = build_timeline(sample_doc).entries
    assert [(entry.text, entry.value, entry.event.text) for entry in found] == EXPECTED_SAMPLE
    assert all(entry.start >= sample_doc.body_start for entry in found)  # the header's date line is no entry
    extra = [entry for entry in build_timeline(sample_doc, include_all=True).entries if entry not in found]
    assert [(entry.text, entry.type, entry.value) for entry in extra] == [("months", "DURATION", "PXM")]


# ------------------------------------------------------------------------------------------------ CLI


def run(*args, input=None):
    return CliRunner().invoke(app, list(args), input=input)


def test_cli_json_contract(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("date 2023-05-10\n\nShe spoke last week after months of talks.\n", encoding="utf-8")
    result = run("timeline", str(article), "--json", "--all")
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)
    assert list(record) == ["file", "meta", "timeline"]
    first, second = record["timeline"]
    assert set(first) == {"text", "start", "end", "type", "value", "relative_to", "event"}
    assert (first["text"], first["type"], first["value"]) == ("last week", "DATE", "2023-W18")
    assert first["event"] == {"text": "She spoke", "start": 17, "end": 26}
    assert (second["type"], second["value"]) == ("DURATION", "PXM")


def test_cli_table_and_options(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("She signed it on 5/10/2023 and left last week.\n", encoding="utf-8")
    result = run("timeline", str(article), "--day-first")
    assert result.exit_code == 0, result.output
    assert "Thu 5 October 2023" in result.output
    assert "--date YYYY-MM-DD" in result.output  # no article date: say how to give one
    dated = run("timeline", str(article), "--date", "2023-05-10")
    assert "week of 1 May 2023" in dated.output and "--date YYYY-MM-DD" not in dated.output


def test_seasons_relative_to_the_article_date():
    assert only("Sales fell last summer.", date(2023, 2, 23)).value == "2022-SU"
    assert only("Sales fell last winter.", date(2023, 2, 23)).value == "2021-WI"  # the current winter began in Dec 2022
    assert only("Sales will rise next spring.", date(2023, 5, 10)).value == "2024-SP"
    assert only("Sales rose in the spring.", date(2023, 7, 1)).value == "2023-SP"
    assert only("Sales will rise this summer.", date(2024, 1, 15)).value == "2024-SU"
    assert timex.value_interval("2022-WI") == (date(2022, 12, 1), date(2023, 2, 28))


def test_a_time_of_day_falls_on_the_last_day_mentioned_even_without_an_article_date():
    found = sorted(entries("The strike began on March 2, 2020. Unions met at 3 p.m. and again at noon.", None), key=lambda e: e.start)
    assert [(entry.value, entry.relative_to) for entry in found] == [
        ("2020-03-02", None),
        ("2020-03-02T15:00", "previous date"),
        ("2020-03-02T12:00", "previous date"),
    ]


def test_modals_and_intentions_point_forward_but_names_do_not():
    assert only("The contract may be signed on Friday.").value == "2023-05-12"
    assert only("It wants to close the plants by October.").value == "2023-10"
    assert only("Will Smith spoke on Friday.").value == "2023-05-05"


def test_a_future_month_day_allows_for_something_already_under_way():
    assert timex.day_month_year(WEDNESDAY, 5, 2, direction=timex.FUTURE) == 2023  # 8 days before
    assert timex.day_month_year(WEDNESDAY, 4, 20, direction=timex.FUTURE) == 2024  # 20 days before
    assert only("The vote will be held on February 6.").value == "2024-02-06"


def test_event_stays_on_its_line_and_is_none_when_only_the_expression():
    found = entries("Markets plunge\nOctober 24, 2008\n", date(2008, 10, 24))
    assert [(entry.text, entry.event.text) for entry in found] == [("October 24, 2008", "Markets plunge")]
    alone = entries("Friday, May 5, 2023", WEDNESDAY)
    assert [(entry.value, entry.event) for entry in alone] == [("2023-05-05", None)]


def test_an_expression_does_not_run_across_a_line_break():
    found = entries("Markets to stay closed until Friday\nSeptember 18, 2008\n", date(2008, 9, 18))
    assert sorted((entry.text, entry.value) for entry in found) == [("Friday", "2008-09-19"), ("September 18, 2008", "2008-09-18")]


def tagged(text: str, tags: list[tuple[str, ...]], dct: date = WEDNESDAY):
    """A document whose POS tags are given (as the tagger would give them), one tuple per sentence."""
    document = build_document(text, date_override=dct)
    document.__dict__["pos_tags"] = tuple(tags)
    return build_timeline(document).entries


def test_tense_from_pos_tags():
    assert tagged("Sales fell in October.", [("NNS", "VBD", "IN", "NNP", ".")])[0].value == "2022-10"
    assert tagged("Sales fell in October.", [("NNS", "VBP", "IN", "NNP", ".")])[0].value == "2022-10"  # a past form
    assert tagged("Sales rise in October.", [("NNS", "VBP", "IN", "NNP", ".")])[0].value == "2023-10"  # nearest month
    future = tagged("The summit will be held on Friday.", [("DT", "NN", "MD", "VB", "VBN", "IN", "NNP", ".")])
    assert future[0].value == "2023-05-12"
    assert future[0].event.text == "The summit will be held"


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Farmers grow winter wheat.", []),
        ("Sales rose in winter.", ["winter"]),
        ("The bank held its autumn meeting.", ["autumn"]),
        ("A survey of 1709 students was published.", []),
        ("In 2019 sales rose.", ["2019"]),
        ("Nobody scored in the first half.", []),
        ("Sales rose in the first half of 2019.", ["the first half of 2019"]),
        ("The vaccine was not now-cancelled.", []),
        ("Apple unveiled iLife '11 today.", ["today"]),
        ("Whitmore told LA Weekly that he left.", []),
        ("Annual sales rose.", ["Annual"]),
        ("It happens every now and again.", []),
        ("A survey of 1709 schoolchildren was done.", []),
        ("In 2019 women voted.", ["2019"]),
        ("Cars of the 70s and 80s were boxy.", ["the 70s", "80s"]),
    ],
)
def test_ambiguous_forms_judged_by_their_neighbours(sentence, found):
    assert [entry.text for entry in entries(sentence)] == found


@pytest.mark.parametrize(
    ("kind", "value", "readable"),
    [
        ("DATE", "2023-05-10", "Wed 10 May 2023"),
        ("DATE", "2023-W18", "week of 1 May 2023"),
        ("DATE", "2023-W18-WE", "weekend of 1 May 2023"),
        ("DATE", "2023-04", "April 2023"),
        ("DATE", "2022", "2022"),
        ("DATE", "2023-Q3", "Q3 2023"),
        ("DATE", "2020-SP", "spring 2020"),
        ("DATE", "199", "the 1990s"),
        ("DATE", "PAST_REF", "the past"),
        ("DATE", "XXXX-XX-XX", "a date not given"),
        ("TIME", "2023-05-10T15:00", "Wed 10 May 2023 15:00"),
        ("TIME", "2023-05-09TMO", "Tue 9 May 2023 morning"),
        ("DURATION", "P6M", "6 months"),
        ("DURATION", "PXY", "years"),
        ("DURATION", "PT5H", "5 hours"),
        ("DURATION", "PT5H30M", "5.5 hours"),
        ("TIME", "XXXX-XX-XXT20:00", "a date not given, 20:00"),
        ("TIME", "XXXX-XX-XXTNI", "a date not given, night"),
        ("SET", "P1Y", "every year"),
        ("SET", "XXXX-WXX-1", "every Monday"),
    ],
)
def test_readable_when(kind, value, readable):
    from newscli.render.timeline import describe
    from newscli.timeline import TimelineEntry

    assert describe(TimelineEntry("x", 0, 1, kind, value, None, None)) == readable


@pytest.mark.parametrize("word", ["that", "because", "where", "wherever", "thus", "becau\u017fe", "\u0131f", "i\u0307f"])
def test_subordinate_words_are_the_patterns(word):
    """The set look-up that stands in for ``SUBORDINATORS`` on a token says what the pattern says, non-ASCII
    letters that case-insensitive matching takes for ASCII ones (``ſ``, ``ı``) included."""
    from newscli.timeline import SUBORDINATORS, _opens_subordinate

    assert _opens_subordinate(word) == (SUBORDINATORS.fullmatch(word) is not None)


def test_present_triggers_name_the_rules_a_text_can_need():
    """Only the rules whose trigger lists the text holds are tried on its lines."""
    from newscli.timex.finder import RULE_TRIGGER_LIST, TRIGGER_LISTS

    present = timex.present_triggers("They met on Monday.")
    assert all(present.lists[RULE_TRIGGER_LIST[priority]] for priority in present.rules)
    assert [number for number, _, _ in present.held] == [n for n, found in enumerate(present.lists) if found]
    assert all(cased == TRIGGER_LISTS[number][1] for number, _, cased in present.held)
