from datetime import date

import pytest

from newscli.meta import parse_date, read_header


def test_sample_header(sample_text, sample_doc):
    meta, body_start = read_header(sample_text)
    assert meta.date == date(2023, 5, 10)
    assert (meta.dateline, meta.source) == ("Tokyo", "CNN")
    assert sample_text[body_start:].lstrip().startswith("Japan is in talks")
    assert "CNN\n" not in sample_doc.body


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-05-10", date(2023, 5, 10)),
        ("2023-05-10T09:30:00Z", date(2023, 5, 10)),
        ("May 10, 2023", date(2023, 5, 10)),
        ("Sept. 3, 2021", date(2021, 9, 3)),
        ("10 May 2023", date(2023, 5, 10)),
        ("2023-02-30", None),
        ("yesterday", None),
    ],
)
def test_parse_date(value, expected):
    assert parse_date(value) == expected


def test_metadata_lines_title_author():
    text = "Title: Talks resume\nDate: May 10, 2023\nBy Jane Doe\n\nThe talks resumed on Monday."
    meta, body_start = read_header(text)
    assert (meta.title, meta.date, meta.author) == ("Talks resume", date(2023, 5, 10), "Jane Doe")
    assert text[body_start:].strip() == "The talks resumed on Monday."


def test_yaml_front_matter():
    text = "---\ntitle: Talks\ndate: 2023-05-10\nsource: Reuters\n---\nThe talks resumed."
    meta, body_start = read_header(text)
    assert (meta.title, meta.date, meta.source) == ("Talks", date(2023, 5, 10), "Reuters")
    assert text[body_start:].strip() == "The talks resumed."


@pytest.mark.parametrize(
    ("text", "place", "source", "body"),
    [
        ("TOKYO (Reuters) - Japan said on Monday.", "Tokyo", "Reuters", "Japan said on Monday."),
        ("Tokyo, May 10 (CNN) — Japan is in talks.", "Tokyo", "CNN", "Japan is in talks."),
        ("WASHINGTON — The president spoke.", "Washington", None, "The president spoke."),
        ("London\n\nBBC\n\n-\n\nThe minister spoke.", "London", "BBC", "The minister spoke."),
    ],
)
def test_datelines(text, place, source, body):
    meta, body_start = read_header(text)
    assert (meta.dateline, meta.source) == (place, source)
    assert text[body_start:].strip() == body


@pytest.mark.parametrize(
    "text",
    [
        "Japan is in talks to open an office.",
        "The (old) regime - they said - fell.",
    ],
)
def test_plain_text_has_no_header(text):
    meta, body_start = read_header(text)
    assert body_start == 0
    assert meta.dateline is None and meta.source is None


def test_daily_mail_header_block_gives_author_and_dates():
    text = (
        "By . Associated Press . PUBLISHED: . 14:11 EST, 25 October 2013 . | . "
        "UPDATED: . 15:36 EST, 25 October 2013 . The bishop spoke on Friday."
    )
    meta, body_start = read_header(text)
    assert meta.author == "Associated Press"
    assert (meta.published, meta.updated, meta.date) == (date(2013, 10, 25), date(2013, 10, 25), date(2013, 10, 25))
    assert text[body_start:] == "The bishop spoke on Friday."
    assert [item.text for item in meta.removed][0] == "By . Associated Press"


def test_a_line_is_metadata_only_when_all_of_it_is():
    text = "PUBLISHED: . 07:04 EST, 9 January 2014 . A woman whose nose was bitten is to receive surgery."
    meta, body_start = read_header(text)
    assert meta.date == date(2014, 1, 9)
    assert text[body_start:] == "A woman whose nose was bitten is to receive surgery."
    long_line = "Published: 9 January 2014, the report said the woman whose nose was bitten will receive surgery soon."
    assert read_header(long_line)[1] == 0


def test_last_updated_line_and_joint_byline():
    meta, _ = read_header("By . Jane Doe . and John Roe . Last updated at 1:25 AM on 3rd August 2011 . The star spoke.")
    assert (meta.author, meta.updated, meta.date) == ("Jane Doe and John Roe", date(2011, 8, 3), date(2011, 8, 3))


@pytest.mark.parametrize(
    ("text", "place", "source", "body"),
    [
        ("(CNN) -- Ralph Mata was a lieutenant.", None, "CNN", "Ralph Mata was a lieutenant."),
        ("(CNN)The police faced a question.", None, "CNN", "The police faced a question."),
        ("Canberra, Australia (CNN) -- It does not look like much.", "Canberra, Australia", "CNN", "It does not look like much."),
        ("NAIROBI, Kenya (AP) _\n\nBombs exploded.", "NAIROBI, Kenya", "AP", "Bombs exploded."),
    ],
)
def test_outlet_datelines(text, place, source, body):
    meta, body_start = read_header(text)
    assert (meta.dateline, meta.source) == (place, source)
    assert text[body_start:].strip() == body


def test_an_outlet_in_brackets_is_a_dateline_only_at_the_start():
    assert read_header("The report (CNN) was aired.")[1] == 0


@pytest.mark.parametrize(
    ("text", "title", "removed"),
    [
        ("Cruz Refuses to Disavow Graham.\n\nSen. Ted Cruz refuses.", "Cruz Refuses to Disavow Graham.", []),
        ("Ad sales boost Time Warner profit\n\nProfits jumped.", "Ad sales boost Time Warner profit", []),
        ("Clinton swipes at Trump.\n\nWASHINGTON (AP) — Clinton spoke.", "Clinton swipes at Trump.", ["WASHINGTON (AP) —"]),
        ("Markets plunge\nOctober 24, 2008\n\nStocks fell.", "Markets plunge", []),
    ],
)
def test_headline_first_lines_are_the_title_and_stay_text(text, title, removed):
    meta, body_start = read_header(text)
    assert meta.title == title
    assert body_start == 0  # a headline is the article's: its names and dates are annotated as such
    assert [item.text for item in meta.removed] == removed


def test_a_date_line_under_the_headline_gives_the_date():
    assert read_header("Markets plunge\nOctober 24, 2008\n\nStocks fell.")[0].date == date(2008, 10, 24)


@pytest.mark.parametrize(
    "text",
    [
        "It was a long week for the council.\n\nThe talks resumed on Monday.",
        "Stated Stone:\n\n“I think that the stakes are high.”",
        "Friday, May 5, 2023",
    ],
)
def test_not_headlines(text):
    meta, body_start = read_header(text)
    assert meta.title is None and body_start == 0


@pytest.mark.parametrize("text", ["Title:\n", "By\n", "PUBLISHED: .", "Title: . By ."])
def test_a_key_without_its_value_is_not_a_header(text):
    meta, body_start = read_header(text)
    assert 0 <= body_start <= len(text)
