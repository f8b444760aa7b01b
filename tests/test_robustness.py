"""Property tests: whatever text comes in, the document model and every analysis finish without an exception,
every offset indexes the text it reports, sentences tile the body, and the JSON output parses.

The number of examples per test is modest by default; a longer run:

    NEWSCLI_FUZZ_EXAMPLES=2000 python -m pytest tests/test_robustness.py
"""

from __future__ import annotations

import importlib
import inspect
import json
import os

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from newscli.cli import app
from newscli.document import build_document
from newscli.reader import InputError, decode, prepare_text

EXAMPLES = int(os.environ.get("NEWSCLI_FUZZ_EXAMPLES", "40"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,  # time is measured by benchmarks/scaling.py, not here
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture],
)

# Every analysis over a Document: (module, function).
ANALYSES = {
    "summarize": ("newscli.summarize", "summarize"),
    "entities": ("newscli.entities", "extract_entities"),
    "quotes": ("newscli.quotes", "extract_quotes"),
    "timeline": ("newscli.timeline", "build_timeline"),
    "stats": ("newscli.stats", "compute_stats"),
}

# The pieces of arbitrary text: news words and header lines (so that the analyses get past their first
# checks), characters that break naive code (controls, zero-width and bidi marks, combining marks, emoji,
# lone surrogates, RTL scripts, line and paragraph separators) and any Unicode at all.
NEWS = [
    "said", "says", "told", "added", "according to", "Mr.", "Dr.", "Sen.", "President", "Joe Biden", "Hayashi",
    "Tokyo", "TOKYO (Reuters) - ", "CNN", "Reuters", "the minister", "spokesman", "he", "she", "they", "will",
    "May", "May 10, 2023", "10 May 2023", "2023-05-10", "5/10/2023", "Monday", "last week", "two years ago",
    "centuries", "the 1990s", "12:30 p.m.", "next year", "since", "until", "U.S.", "NATO", "the", "a", "of",
    "was", "were", "is", "by", "on", "in", "and", "that", "who", ",", ".", ". ", "? ", "! ", ": ", "; ",
    '"', "“", "”", "‘", "’", "'s", "—", "–", "-", "(", ")", "...", "…",
]
HEADERS = ["", "date 2023-05-10\n\n", "Title: Talks\nBy Ann Lee\nDate: May 10, 2023\n\n", "Tokyo\nCNN\n—\n",
           "---\ntitle: x\ndate: 2023-05-10\n---\n", "By \n\n", "Title:\n", "—\n"]
ODD = [
    " ", "  ", "\t", "\n", "\n\n", "\r", "\r\n", "\f", "\v", "\x00", "\x1b", "\x7f", "\x85", "\u00a0",
    "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202e", "\u2066", "\u2028", "\u2029", "\ufeff",
    "\u0301", "\u0308\u0308", "e\u0301", "👍🏽", "🇯🇵", "👨‍👩‍👧", "\U0001f600", "\ud800", "\udfff",
    "שלום", "مرحبا", "١٢٣", "日本の首相", "İ", "ß", "ﬁ", "Ⅻ", "Σ", "ǅ",
]
pieces = st.one_of(
    st.sampled_from(NEWS).map(lambda word: word + " "),
    st.sampled_from(NEWS),
    st.sampled_from(ODD),
    st.text(max_size=4),  # any code points, surrogates included
    st.characters(exclude_categories=()),
)
texts = st.builds(lambda header, body: header + "".join(body), st.sampled_from(HEADERS), st.lists(pieces, max_size=60))
# What the CLI passes on: text a reader accepted (no NUL, no lone surrogates, some non-blank character).
cli_texts = texts.map(lambda text: text.replace("\x00", "").encode("utf-8", "replace").decode("utf-8")).filter(
    lambda text: text.strip()
)

REGRESSIONS = [
    "It has stood for centuries.",  # timex: "centurie" was no unit (KeyError)
    "Over recent centuries, it grew.",
]


def analysis(name: str):
    module, function = ANALYSES[name]
    return getattr(importlib.import_module(module), function)


def check_offsets(value, text: str) -> int:
    """Every object with ``start``/``end`` lies inside the text, and its ``text`` is the text there (or, for a
    quote in ``parts``, the parts' texts joined). Returns how many were checked."""
    checked = 0
    if isinstance(value, dict):
        start, end = value.get("start"), value.get("end")
        if isinstance(start, int) and isinstance(end, int):
            assert 0 <= start <= end <= len(text), value
            if value.get("parts"):  # a quote in pieces: its text is the pieces joined (docs/quotes.md)
                assert value["text"] == " … ".join(text[a:b] for a, b in value["parts"]), value
            elif isinstance(value.get("text"), str):
                assert text[start:end] == value["text"], value
            checked += 1
        value = list(value.values())
    if isinstance(value, (list, tuple)):
        checked += sum(check_offsets(item, text) for item in value)
    return checked


def _unaccounted(document, start: int, end: int) -> str:
    """Text in ``[start, end)`` that is neither white space nor in what the reader set aside (nothing is lost)."""
    kept = list(document.text[start:end])
    for item in document.furniture:
        for position in range(max(start, item.start), min(end, item.end)):
            kept[position - start] = " "
    return "".join(kept).strip()


def check_document(document) -> None:
    text = document.text
    assert 0 <= document.body_start <= len(text)
    json.dumps(document.meta.to_json())
    previous_end = document.body_start
    for number, paragraph in enumerate(document.paragraphs):
        assert previous_end <= paragraph.start < paragraph.end <= len(text)
        assert text[paragraph.start : paragraph.end] == paragraph.text
        assert not _unaccounted(document, previous_end, paragraph.start)  # only blank space or furniture set aside
        position = paragraph.start
        for index in paragraph.sentence_indices():
            sentence = document.sentences[index]
            assert sentence.paragraph == number
            assert position <= sentence.start < sentence.end <= paragraph.end
            assert text[sentence.start : sentence.end] == sentence.text
            assert not text[position : sentence.start].strip()  # sentences tile the paragraph
            token_end = sentence.start
            for token in sentence.tokens:
                assert token_end <= token.start <= token.end <= sentence.end
                assert text[token.start : token.end] == token.text
                token_end = token.end
            position = sentence.end
        assert not text[position : paragraph.end].strip()
        previous_end = paragraph.end
    assert not _unaccounted(document, previous_end, len(text))
    assert all(text[item.start : item.end] == item.text for item in document.furniture)
    assert [s.paragraph for s in document.sentences] == sorted(s.paragraph for s in document.sentences)
    for word in document.words:
        assert text[word.start : word.end] == word.text
    for index in (0, document.body_start, len(text) // 2, len(text)):
        found = document.sentence_at(index)
        assert found is None or document.sentences[found].start <= index < document.sentences[found].end


@FUZZ
@given(texts)
@example("\x00\r\f\u2028")
@example("\ud800 said \udfff.")
def test_document_model_holds_for_any_text(text):
    check_document(build_document(text))


@pytest.mark.parametrize("name", ANALYSES)
@FUZZ
@given(text=texts)
@example(text=REGRESSIONS[0])
@example(text=REGRESSIONS[1])
@example(text="B:  said said said . Mr. ")  # a two-part quote
def test_every_analysis_finishes_with_valid_offsets_and_json(name, text):
    document = build_document(text)
    result = analysis(name)(document)
    record = result.to_json()
    check_offsets(record, text)
    assert json.loads(json.dumps(record)) == json.loads(json.dumps(record))  # serialisable, parses back


@pytest.mark.parametrize("text", REGRESSIONS)
def test_timeline_regressions(text):
    from newscli.timeline import build_timeline

    entries = build_timeline(build_document(text), include_all=True).to_json()["timeline"]
    assert entries and entries[0]["type"] == "DURATION" and entries[0]["value"] == "PXY"  # centuries, in years


@FUZZ
@given(st.binary(max_size=200) | texts.map(lambda text: text.encode("utf-8", "surrogatepass")))
def test_reader_decodes_or_refuses_any_bytes(data):
    try:
        text = decode("fuzz.txt", data)
    except InputError as error:
        assert str(error).startswith("fuzz.txt: ") and "\n" not in str(error)
    else:
        assert text.strip() and "\x00" not in text
        text.encode("utf-8")  # what the reader returns can always be written out


def cli_commands() -> list[str]:
    """Every subcommand that analyses articles (they all share --input-jsonl), as registered when the test runs."""
    names = []
    for command in app.registered_commands:
        name = command.name or command.callback.__name__
        if "input_jsonl" in inspect.signature(command.callback).parameters:
            names.append(name)
    return names


@pytest.mark.parametrize("command", cli_commands())
@FUZZ
@given(text=cli_texts)
@example(text=REGRESSIONS[0])
def test_every_command_writes_one_parseable_line_per_input(command, text, tmp_path_factory):
    """Covers commands that exist only as CLI commands (check) and the whole pipeline of the others."""
    source = tmp_path_factory.mktemp("fuzz") / "in.jsonl"
    source.write_text(json.dumps({"id": "fuzz", "text": text}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, [command, "--input-jsonl", str(source), "--json", "--jobs", "1"])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    assert result.exit_code in (0, 1, 2), result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 1, result.stdout
    record = json.loads(lines[0])
    assert record["id"] == "fuzz"
    if "error" in record:
        assert "internal error" not in record["error"], record["error"]
        assert result.exit_code == 2
    else:
        check_offsets(record, prepare_text("fuzz", text).text)  # offsets index the text as read (controls as spaces)


def test_json_lines_never_break_inside_a_string(capsys):
    """U+0085, U+2028 and U+2029 are line ends to ``str.splitlines`` and JavaScript: written escaped."""
    from newscli.render import write_json

    write_json({"text": "a\x85b\u2028c\u2029d\r\ne"})
    written = capsys.readouterr().out
    assert len(written.splitlines()) == 1
    assert json.loads(written) == {"text": "a\x85b\u2028c\u2029d\r\ne"}
