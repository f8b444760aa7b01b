"""quotes: the quotation-mark scanner — house styles, apostrophes, quotations over several paragraphs."""

from __future__ import annotations

import pytest

from newscli.document import build_document
from newscli.quotes import extract_quotes
from newscli.quotes.marks import Marks, house_style, mark_spans


def quotes_of(text: str):
    return extract_quotes(build_document(text)).quotes


def quoted_texts(text: str) -> list[str]:
    document = build_document(text)
    style = house_style(text)
    return [text[span.start : span.end] for span in mark_spans(document, style)]


# --- house style -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, style",
    [
        ("‘We will find them,’ said Inspector John Smith. ‘Soon,’ he added.", "single"),
        ("“We will find them,” said Inspector John Smith. “Soon,” he added.", "double"),
        ("“They called it ‘a farce’,” she said. “It was,” he said.", "double"),  # single marks inside double
        ("'We won,' he said. 'Again,' she said.", "single"),  # typewriter single marks
        ("''We won,'' he said, in the typewriter convention.", "double"),
        ("Don’t tell me the ’90s were rock ’n’ roll.", "double"),  # apostrophes only: no single quotations
    ],
)
def test_house_style_is_decided_from_the_marks_that_open_quotations(text, style):
    assert house_style(text) == style


def test_a_style_without_a_quotation_of_its_own_is_not_the_house_style():
    # One single-quoted phrase and one stray double mark that never closes: the quotation is the single one.
    text = "He said the plan was a ‘fiscal cliff’ deal.\n\nLook at the appeal. “We gotta take them on. We will."
    marks = Marks.of(build_document(text))
    assert (marks.style, marks.marked) == ("single", True)
    assert [text[span.start : span.end] for span in marks.spans] == ["fiscal cliff"]


def test_single_quote_house_style_gives_direct_quotes_and_speakers():
    quote = quotes_of("‘We will find them,’ said Inspector John Smith.")[0]
    assert (quote.text, quote.type, quote.marks) == ("We will find them", "direct", True)
    assert quote.speaker is not None and quote.speaker.name == "John Smith"


def test_single_quote_style_with_colon_frame_and_double_marks_inside():
    quote = quotes_of("The minister said: ‘They told me “never again” and I agreed.’")[0]
    assert quote.text == "They told me “never again” and I agreed."
    assert quote.type == "direct" and quote.speaker is not None and quote.speaker.name == "minister"


# --- apostrophes never open or close a quotation ----------------------------------------------------------


@pytest.mark.parametrize(
    "inside",
    [
        "I love rock ’n’ roll",
        "it was the sound of the ’90s",
        "we met at the Joneses’ house",
        "give ’em a chance",
        "yes, Ma’am, we did",
        "I don’t know why",
        "it was rock 'n' roll and 'em",
    ],
)
def test_apostrophes_neither_open_nor_close_a_single_quotation(inside):
    text = f"‘Last year {inside} all along,’ the singer said. ‘It will go on,’ she added."
    assert quoted_texts(text) == [f"Last year {inside} all along", "It will go on"]


def test_a_plural_possessive_closes_a_quotation_when_no_other_closing_mark_follows():
    text = "He praised ‘the best of the Joneses’ and left. ‘Fine,’ she said."
    assert quoted_texts(text) == ["the best of the Joneses", "Fine"]


@pytest.mark.parametrize("apostrophe", ["rock ’n’ roll", "the ’90s", "the Joneses’ house", "’em", "Ma’am", "don’t"])
def test_apostrophes_in_double_quote_copy_are_no_quotations(apostrophe):
    text = f"“We played {apostrophe} all night,” he said."
    assert quoted_texts(text) == [f"We played {apostrophe} all night"]


# --- quotations over several paragraphs ---------------------------------------------------------------------


@pytest.mark.parametrize("open_mark, close_mark", [("“", "”"), ("‘", "’")])
def test_an_unclosed_quotation_continues_into_a_paragraph_that_opens_with_a_mark(open_mark, close_mark):
    text = (
        f"The mayor said: {open_mark}We will rebuild the bridge.\n\n"
        f"{open_mark}And we will do it this year.{close_mark}\n\n"
        f"Work starts in May, {open_mark}if the weather holds,{close_mark} she said."
    )
    first = quotes_of(text)[0]
    assert first.text == "We will rebuild the bridge. … And we will do it this year."
    assert first.speaker is not None and first.speaker.name == "mayor"


@pytest.mark.parametrize("open_mark, close_mark", [("“", "”"), ("‘", "’")])
def test_an_unclosed_quotation_ends_with_its_paragraph(open_mark, close_mark):
    text = (
        f"The mayor said: {open_mark}We will rebuild the bridge this year.\n\n"
        "The council voted against the plan on Monday, officials said.\n\n"
        f"Contributors: Ann Lee and Bob Smith. {open_mark}Thanks{close_mark}, they wrote."
    )
    quote = next(q for q in quotes_of(text) if q.marks)
    assert quote.text == "We will rebuild the bridge this year."
    assert quote.end <= text.index("\n\n")


@pytest.mark.parametrize(
    "text, quoted",
    [
        ("‘I regret having listened to that advice, ’ he said.", "I regret having listened to that advice"),
        ("‘Well, what does that mean? ’ she asked.", "Well, what does that mean?"),
    ],
)
def test_single_closing_mark_after_a_stray_space(text, quoted):
    [quote] = quotes_of(text)
    assert quote.text == quoted
    assert quote.speaker is not None
