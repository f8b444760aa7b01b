from datetime import date

import pytest

from newscli.document import build_document

from .conftest import fresh_interpreter


def sentences(text):
    return [sentence.text for sentence in build_document(text).sentences]


def test_offsets_address_the_original_text(sample_doc):
    text = sample_doc.text
    for unit in (*sample_doc.paragraphs, *sample_doc.sentences, *sample_doc.tokens, *sample_doc.words):
        assert text[unit.start : unit.end] == unit.text


def test_sample_body_structure(sample_doc):
    assert len(sample_doc.paragraphs) == 20
    assert sample_doc.sentences[0].text.startswith("Japan is in talks")
    assert all(sentence.paragraph < 20 for sentence in sample_doc.sentences)


def test_curly_possessive_is_one_word_and_two_tokens(sample_doc):
    assert "Russia’s" in [word.text for word in sample_doc.words]
    tokens = [token.text for token in sample_doc.tokens]
    first = tokens.index("Russia")
    assert tokens[first : first + 2] == ["Russia", "’s"]


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Smith met Dr. Jones at 3 p.m. on Monday.",
        "Gen. Milley spoke to the U.S. Senate on Sept. 4.",
        "J. K. Rowling visited Acme Corp. in Washington.",
        "Apple Inc. and the U.N. agreed vs. the odds.",
        "He said that Mr. Band was right and Sen. Warren agreed.",
    ],
)
def test_abbreviations_and_initials_do_not_end_sentences(text):
    assert sentences(text) == [text]


def test_sentence_final_quote_mark_stays_with_its_sentence():
    assert sentences("“We will win,” he said. “We must.” Then he left.") == [
        "“We will win,” he said.",
        "“We must.”",
        "Then he left.",
    ]


def test_no_sentence_spans_two_paragraphs():
    doc = build_document("The opening paragraph.\n\nA paragraph without a stop\n\nSecond paragraph.")
    assert [s.text for s in doc.sentences] == ["The opening paragraph.", "A paragraph without a stop", "Second paragraph."]
    assert [s.paragraph for s in doc.sentences] == [0, 1, 2]


def test_crlf_paragraphs_and_offsets():
    text = "date 2023-05-10\r\n\r\nOne sentence here.\r\n\r\nAnother one there."
    doc = build_document(text)
    assert [p.text for p in doc.paragraphs] == ["One sentence here.", "Another one there."]
    assert doc.meta.date == date(2023, 5, 10)


def test_date_override_wins_over_header():
    doc = build_document("date 2023-05-10\n\nText.", date_override=date(2020, 1, 2))
    assert doc.meta.date == date(2020, 1, 2)


def test_sentence_at(sample_doc):
    second = sample_doc.sentences[1]
    assert sample_doc.sentence_at(second.start + 3) == 1
    assert sample_doc.sentence_at(0) is None


def test_an_ampersand_between_letters_stays_inside_the_word():
    tokens = [token.text for token in build_document("AT&T and S&P's Q&A: Tom & Jerry, R&D & more.").tokens]
    assert tokens[:6] == ["AT&T", "and", "S&P", "'s", "Q&A", ":"]
    assert tokens[6:12] == ["Tom", "&", "Jerry", ",", "R&D", "&"]


def test_every_tokenizer_pattern_has_triggers():
    """A pattern without triggers still runs, but would lose the saving silently: a new nltk's changed pattern
    should be looked at."""
    from newscli.document import _Triggered, _WhitespaceRuns, _word_tokenizer

    tokenizer = _word_tokenizer()
    rules = [*tokenizer.STARTING_QUOTES, *tokenizer.PUNCTUATION, tokenizer.PARENS_BRACKETS, tokenizer.DOUBLE_DASHES]
    rules += tokenizer.ENDING_QUOTES
    untriggered = [pattern for pattern, _ in rules if not isinstance(pattern, _Triggered)]
    # The one pattern that matches in every text (its padding) runs as str.split instead.
    assert [(type(pattern), pattern.pattern.pattern) for pattern in untriggered] == [(_WhitespaceRuns, r"\s+")]
    assert all(hasattr(pattern, "trigger") for pattern in [*tokenizer.CONTRACTIONS2, *tokenizer.CONTRACTIONS3])


def test_whitespace_runs_are_the_patterns_own():
    """Each run of white space becomes one space, as NLTK's pattern makes it, edges and odd spaces included."""
    import regex

    from newscli.document import _WhitespaceRuns

    pattern = regex.compile(r"\s+")
    runs = _WhitespaceRuns(pattern)
    for text in ["", " ", " \t\n ", "a", " a ", "a  b", "\ta\u00a0\u2003b\n", "a\x1cb", "\x1f a", "a\u200bb", "a\x85b "]:
        assert runs.sub(" ", text) == pattern.sub(" ", text), repr(text)


@pytest.mark.parametrize(
    "sentence",
    [
        'He said: "We cannot wait... gonna try (again) -- or not?" and left.',
        "``Quoted'' text, 'single' quotes and it's the dog's bone; they'll say 'tis so & more'n that!",
        "Prices rose 5% to $3.88 at 10:30 — a «record» for AT&T's Q&A* team.",
        "WE CANNOT GO, GIMME a BREAK, d'ye hear? 'Twas the night.",
        "Ünïcode İstanbul KANNOT say ſo; wanna go?",
        "Tabs\tand\u00a0odd  spaces\u2003here,\u2028then\x85more .",
        "Information \x1cseparators\x1f are no space to the pattern .",
        'She said "no" -- \'\'twice\'\' and ``thrice\'\' -- then "yes."',
        " \t ",
        "",
    ],
)
def test_tokens_are_nltks_own(sentence):
    """Skipping the patterns whose triggers a text lacks gives NLTK's tokens exactly."""
    from nltk.tokenize.destructive import NLTKWordTokenizer

    from newscli.document import _spans, _word_tokenizer

    expected = list(NLTKWordTokenizer().span_tokenize(sentence))
    assert list(_word_tokenizer().span_tokenize(sentence)) == expected
    assert _spans(sentence) == expected


def test_tokens_are_equal_to_their_dataclass_form():
    """Tokens made without ``Token.__init__`` are the same values: equal, hashed alike, the same fields."""
    from newscli.document import Token

    token = build_document("Cats sleep.").sentences[0].tokens[0]
    assert token == Token("Cats", 0, 4)
    assert hash(token) == hash(Token("Cats", 0, 4))
    assert vars(token) == vars(Token("Cats", 0, 4))


@pytest.mark.parametrize(
    "text", ["", "plain ASCII 'quotes' \"here\"", "£5 “quoted” ‘single’ 5′ it’s", "’’““””", "naïve – no quotes", "\u2032x\u2019"]
)
def test_ascii_quotes_is_the_translation(text):
    from newscli.characters import QUOTE_FORMS, ascii_quotes

    assert ascii_quotes(text) == text.translate(str.maketrans(QUOTE_FORMS))


def test_nltk_stays_importable_in_full_after_the_document_model_loads():
    # In a fresh interpreter (the suite's network guard imports NLTK first): whatever newscli imports of NLTK, a
    # program that uses NLTK beside newscli's API must still import any part of it.
    code = (
        "from newscli.document import build_document\n"
        "build_document('Smith said on Monday that it would rain.').pos_tags\n"
        "import nltk.corpus\n"
        "from nltk.stem import WordNetLemmatizer\n"
        "from nltk.stem.snowball import SnowballStemmer\n"
        "print(SnowballStemmer('english').stem('running'), callable(nltk.download))"
    )
    assert fresh_interpreter(code) == "run True"
