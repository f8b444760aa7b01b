"""quotes: who a quotation is attributed to when the sentence names more than one source (``according to``
behind a quotation or a clause, possessives, participles, described speakers)."""

from __future__ import annotations

import pytest

from newscli.document import build_document
from newscli.quotes import extract_quotes


def quotes_of(text: str):
    return extract_quotes(build_document(text)).quotes


def speaker_of(text: str, words: str) -> str | None:
    """The speaker mention of the one quote holding ``words``."""
    found = [q for q in quotes_of(text) if words in q.text]
    assert len(found) == 1, [q.text for q in quotes_of(text)]
    return found[0].speaker.mention if found[0].speaker else None


@pytest.mark.parametrize(
    "text",
    [
        "“The new papers show the department kept files on every senator,” according to the watchdog group.",
        "‘The new papers show the department kept files on every senator,’ according to the watchdog group.",
        "“The new papers show the department kept files on every senator”, according to the watchdog group.",
    ],
)
def test_quotation_before_according_to_is_the_sources_speech(text):
    [quote] = quotes_of(text)
    assert quote.type == "direct"
    assert quote.text == "The new papers show the department kept files on every senator"
    assert quote.speaker is not None and quote.speaker.mention == "the watchdog group"


@pytest.mark.parametrize("marks", [("“", "”"), ("‘", "’")])
def test_clause_with_quoted_words_before_according_to(marks):
    opening, closing = marks
    text = f"The clerk said the order was meant to {opening}protect the hearing,{closing} according to the report."
    assert speaker_of(text, "the order was meant") == "the report"
