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
        "Short Headline\n\nThe body follows here.",
        "The (old) regime - they said - fell.",
    ],
)
def test_plain_text_has_no_header(text):
    meta, body_start = read_header(text)
    assert body_start == 0
    assert meta.dateline is None and meta.source is None
