"""quotes: reported-speech frames whose subject is a group or an unnamed informant with a postmodifier or a
relative clause (``…, people familiar with the matter said``, ``According to two people briefed on the talks,
…``, ``some who advocate free speech argue``, ``those surveyed say``), British and American copy."""

from __future__ import annotations

import pytest

from newscli.document import build_document
from newscli.quotes import extract_quotes


def _only(text: str):
    found = extract_quotes(build_document(text)).quotes
    assert len(found) == 1, [quote.text for quote in found]
    return found[0]


@pytest.mark.parametrize(
    "text, content",
    [
        ("The plan will be announced on Monday, people familiar with the matter said.",
         "The plan will be announced on Monday"),
        ("The minister will resign before the end of the week, sources close to the Prime Minister said.",
         "The minister will resign before the end of the week"),
        ("The deal is off for now, officials at the Treasury said on Tuesday.", "The deal is off for now"),
    ],
)  # fmt: skip
def test_a_trailing_frame_opens_at_the_subjects_head(text, content):
    assert _only(text).text == content


@pytest.mark.parametrize(
    "text, content",
    [
        ("According to two people briefed on the talks, the company will cut 500 jobs in Leeds.",
         "the company will cut 500 jobs in Leeds"),
        ("According to officials at the Department of Labor, the rule will take effect in December.",
         "the rule will take effect in December"),
    ],
)  # fmt: skip
def test_according_to_a_source_with_a_postmodifier(text, content):
    quote = _only(text)
    assert quote.text == content and quote.cue.lower() == "according to"


def test_the_head_of_a_relative_clause_speaks():
    quote = _only("But some who advocate free speech argue that the new rules put the companies in a difficult spot.")
    assert quote.speaker is not None and quote.speaker.mention == "some"
    assert quote.text == "the new rules put the companies in a difficult spot"


def test_those_opens_a_described_speaker():
    quote = _only("By big margins, those surveyed say the economy should be the first priority for the next president.")
    assert quote.speaker is not None and quote.speaker.mention == "those surveyed"


def test_a_name_after_a_preposition_inside_a_clause_is_not_a_subject_head():
    # "in Iowa" is an adjunct, not a postmodifier of a subject: the frame opens at the speaker
    quote = _only("After a long day in Iowa Trump said the race was far from over.")
    assert quote.speaker is not None and quote.speaker.name.endswith("Trump")
