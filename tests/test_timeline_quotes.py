"""Dates inside quotations: the quotation's own tense, and quoted material the article dates otherwise.

Written from the rule (a relative date is relative to when its words were written or said), not from any
dev article.
"""

from __future__ import annotations

import json
from datetime import date

from newscli.document import build_document
from newscli.timeline import build_timeline

ARTICLE_DATE = date(2013, 3, 6)  # a Wednesday


def found(text: str, dct: date = ARTICLE_DATE) -> dict[str, tuple[str | None, str | None, str | None]]:
    """Each expression's text → (value, relative_to, reason)."""
    entries = build_timeline(build_document(text, date_override=dct), include_all=True).entries
    return {entry.text: (entry.value, entry.relative_to, entry.reason) for entry in entries}


def test_a_day_in_an_old_e_mail_dated_by_its_month_is_not_known():
    text = (
        "In an e-mail of July 2012, the chief executive wrote to the board.\n\n"
        '"Call me Sunday night at 8 PM," he wrote. "We will decide next year."\n'
    )
    result = found(text)
    sunday, eight, next_year = result["Sunday night"], result["8 PM"], result["next year"]
    assert sunday[:2] == ("XXXX-XX-XXTNI", None) and "2012-07" in sunday[2]
    assert eight[:2] == ("XXXX-XX-XXT20:00", None) and eight[2]
    # A year later than any day of July 2012 is 2013, whichever the day: resolved against the e-mail.
    assert next_year[:2] == ("2013", "previous date") and "resolved against" in next_year[2]
    assert result["July 2012"] == ("2012-07", None, None)


def test_a_letter_dated_to_the_day_dates_the_words_it_quotes():
    text = 'In a letter dated July 14, 2012, he wrote: "I will call you tomorrow, and we meet on Friday."\n'
    result = found(text)
    assert result["tomorrow"][:2] == ("2012-07-15", "previous date")
    assert result["Friday"][:2] == ("2012-07-20", "previous date")  # the Friday after, in the future tense


def test_the_record_may_be_named_after_the_quotation():
    result = found('"I will be back on Friday," she wrote in a memo dated March 3, 2011.\n')
    assert result["Friday"][:2] == ("2011-03-04", "previous date")


def test_a_quotation_the_article_does_not_date_is_read_against_the_article_date():
    result = found('"We will meet on Friday," the minister said on Monday.\n')
    assert result["Friday"] == ("2013-03-08", "document date", None)


def test_a_record_of_the_article_s_own_day_changes_nothing():
    result = found('In an interview on Wednesday, she said: "I will leave tomorrow."\n')
    assert result["tomorrow"] == ("2013-03-07", "document date", None)


def test_a_quotation_has_its_own_tense():
    # The reporting verb after the quotation is past; the words quoted speak of the future.
    result = found('"The father will leave at dawn on Thursday," Castro said.\n')
    assert result["Thursday"][0] == "2013-03-07"


def test_a_few_quoted_words_take_the_tense_of_the_sentence_around_them():
    result = found('The firm said it will open the store "by the station on Friday".\n')
    assert result["Friday"][0] == "2013-03-08"


def test_the_reason_is_in_the_json_only_when_there_is_one():
    text = 'In a letter dated July 14, 2012, he wrote: "I will call you tomorrow."\n\nShe replied on Monday.\n'
    document = build_document(text, date_override=ARTICLE_DATE)
    records = {entry.text: entry.to_json() for entry in build_timeline(document).entries}
    assert records["tomorrow"]["reason"].startswith("inside words the article dates 2012-07-14")
    assert "reason" not in records["Monday"]
    json.dumps(records)  # serialisable


def test_the_table_says_why_a_quoted_date_is_not_the_article_s(tmp_path):
    from typer.testing import CliRunner

    from newscli.cli import app

    article = tmp_path / "a.txt"
    article.write_text('In a letter dated July 14, 2012, he wrote: "I will call you tomorrow."\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["timeline", str(article), "--date", "2013-03-06"])
    assert result.exit_code == 0, result.output
    assert "Sun 15 July 2012" in result.output
    assert "tomorrow: inside words the article dates 2012-07-14" in " ".join(result.output.split())
