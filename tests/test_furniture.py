"""Page furniture: captions, video prompts, credits and boilerplate are set aside, never sentences; offsets hold."""

from datetime import date

import pytest

from newscli.document import build_document
from newscli.furniture import phrase_kind


def body(text):
    return [sentence.text for sentence in build_document(text).sentences]


def removed(text):
    return [(item.kind, item.text) for item in build_document(text).meta.removed]


def test_every_removed_span_and_unit_addresses_the_original_text():
    text = (
        "By . Jane Doe . PUBLISHED: . 10:00 EST, 1 May 2014 . | . UPDATED: . 11:00 EST, 1 May 2014 . "
        "The council voted on Monday. Scroll down for video . Close call: The mayor, 54, waved to voters . "
        "The vote was close. Reporting by Ann Lee; Editing by Tom Fox"
    )
    doc = build_document(text)
    for unit in (*doc.meta.removed, *doc.paragraphs, *doc.sentences, *doc.tokens):
        assert text[unit.start : unit.end] == unit.text
    assert body(text) == ["The council voted on Monday.", "The vote was close."]


def test_no_sentence_overlaps_what_was_set_aside():
    text = "The council met. Scroll down for video . Vote: The mayor (pictured) waved . The vote was close."
    doc = build_document(text)
    for item in doc.furniture:
        assert all(sentence.end <= item.start or sentence.start >= item.end for sentence in doc.sentences)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Scroll down for video", "video"),
        ("VIDEO Scroll down to watch the match", "video"),
        ("CNN's Jane Doe contributed to this report.", "credit"),
        ("-- Jie Chen contributed to this report .", "credit"),
        ("Reporting by Ann Lee; Editing by Tom Fox", "credit"),
        ("Follow @janedoe on Twitter", "boilerplate"),
        ("Follow Jane Doe on Twitter @janedoe.", "boilerplate"),
        ("Copyright 2016 The Associated Press.", "boilerplate"),
        ("All rights reserved.", "boilerplate"),
        ("Click here to read the full report.", "boilerplate"),
        ("Read more: Ten places to visit this year", "boilerplate"),
    ],
)
def test_furniture_phrases(line, kind):
    assert phrase_kind(line) == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "She said the report contributed to the decision.",
        "Copyright law protects the work of authors.",
        "Readers can follow the debate on the council's website.",
        "They clicked on the link and read more about the case.",
    ],
)
def test_body_sentences_using_the_same_words_are_not_furniture(sentence):
    assert phrase_kind(sentence) is None


def test_a_credit_line_ending_the_article_is_not_a_sentence():
    text = "The talks ended on Monday.\n\nCNN's Jane Doe contributed to this report."
    assert body(text) == ["The talks ended on Monday."]
    assert removed(text) == [("credit", "CNN's Jane Doe contributed to this report.")]


def test_a_caption_line_without_a_full_stop_is_set_aside():
    text = "The mayor won.\nFresh chance: The mayor, 54, had been left waiting for the count\nShe thanked her staff."
    assert body(text) == ["The mayor won.", "She thanked her staff."]
    assert removed(text) == [("caption", "Fresh chance: The mayor, 54, had been left waiting for the count")]


def test_a_run_in_caption_ending_in_a_picture_reference_does_not_join_the_next_sentence():
    text = "Police closed the road. The car was barely recognisable (pictured) Police said the driver had been drinking."
    assert body(text) == ["Police closed the road.", "Police said the driver had been drinking."]
    assert removed(text) == [("caption", "The car was barely recognisable (pictured)")]


def test_a_picture_reference_inside_a_sentence_stays_in_it():
    text = "The bishop (pictured) said the church would reopen. Mrs Smith (left) was stunned."
    assert body(text) == ["The bishop (pictured) said the church would reopen.", "Mrs Smith (left) was stunned."]


def test_flattened_page_lines_end_captions_and_the_video_prompt_caption():
    text = (
        "The council voted to close the library. Scroll down for video . "
        "The library has served the town for a century . "
        "Closing time: Staff packed the last books on Friday . Readers were upset."
    )
    assert body(text) == ["The council voted to close the library.", "Readers were upset."]
    assert [kind for kind, _ in removed(text)] == ["video", "caption", "caption"]


def test_a_flattened_wrap_inside_a_sentence_is_not_a_line_end():
    text = "Fans of The . Hobbit queued for hours. Two lawyers who . claim to know him spoke."
    assert len(build_document(text).paragraphs) == 1


def test_a_quotation_after_a_colon_is_not_a_caption():
    text = "The vote ended the row . Rodgers reflected: 'There was a feeling of relief' . Fans cheered."
    assert "caption" not in [kind for kind, _ in removed(text)]


def test_a_results_line_with_a_label_is_not_a_caption():
    text = "Results on Friday:\nHove: Sussex 363 (W. Athey 111, V. Drakes 52), Lancashire 197-8\nPlay resumes on Monday."
    assert removed(text) == []


def test_single_newlines_separate_paragraphs_of_prose_but_not_hard_wrapped_lines():
    prose = "The council met on Monday.\nIt voted to close the library.\nReaders were upset."
    assert len(build_document(prose).paragraphs) == 3
    wrapped = "The council met on Monday and\nvoted to close the library, which\nhad served the town for years."
    assert len(build_document(wrapped).paragraphs) == 1


def test_a_header_block_after_the_bullet_points_is_read_and_set_aside():
    text = (
        "The star is to marry . She met him at school . By . Jane Doe . PUBLISHED: . 07:21 EST, 28 December 2013 . "
        "| . UPDATED: . 08:00 EST, 28 December 2013 . The couple met in 2001."
    )
    doc = build_document(text)
    assert (doc.meta.author, doc.meta.date) == ("Jane Doe", date(2013, 12, 28))
    assert [sentence.text for sentence in doc.sentences][-1] == "The couple met in 2001."
    assert not any("PUBLISHED" in sentence.text or "Jane Doe" in sentence.text for sentence in doc.sentences)


def test_a_body_line_that_looks_like_a_byline_stays():
    text = "The work must be done.\nBy Tuesday the road will reopen.\nDrivers were relieved."
    assert "By Tuesday the road will reopen." in body(text)


def test_a_headline_shaped_like_a_caption_stays_text():
    text = "Campbell: E-mail row 'silly fuss'\n\nAlastair Campbell is at the centre of a new row."
    doc = build_document(text)
    assert doc.meta.title == "Campbell: E-mail row 'silly fuss'"
    assert doc.headline is not None and doc.meta.removed == ()
