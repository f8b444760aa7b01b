"""Pathological inputs, each at the size the robustness issue names: the document model and every analysis
finish without an exception and with valid offsets. Nothing here is timed: benchmarks/scaling.py measures
how the time grows (a quadratic step makes these tests hang instead, which CI reports as well).
"""

from __future__ import annotations

import codecs
import itertools
import json

import pytest
from typer.testing import CliRunner

from newscli.batch import ArticleInput, analyse_input
from newscli.cli import app
from newscli.document import build_document
from newscli.reader import read_source

from .test_robustness import ANALYSES, analysis, check_offsets, cli_commands

WORDS = ["minister", "Tokyo", "talks", "the", "Reuters", "would", "continue", "Monday", "said", "office"]


def words(count: int, vocabulary=WORDS) -> str:
    return " ".join(itertools.islice(itertools.cycle(vocabulary), count))


PATHOLOGICAL = {
    "1 MB without punctuation": lambda: (words(50) + "\n") * 3_000,  # 1 MB, 3,000 lines, no sentence end
    # One line of words with cues and no punctuation (125 KB): quotes was quadratic here (issue 13, item 4).
    "one 125 KB line of words without punctuation": lambda: words(18_000),
    "one 200,000-character sentence": lambda: "The talks, " + ", ".join(itertools.repeat("which the minister said", 8_000)),
    "10,000 unbalanced quote marks": lambda: "".join(f'{mark}word ' for mark in itertools.islice(itertools.cycle('"“”‘’'), 10_000)),
    "50,000 capitalised words in a row": lambda: " ".join(f"Word{n % 97}" for n in range(50_000)) + ".",
    "thousands of dates in a row": lambda: "It rose on " + ", ".join(
        f"{month} {day}, {year}" for month, day, year in itertools.islice(
            itertools.product(("May", "June", "Monday", "2023-05-10", "last week"), range(1, 29), range(2000, 2025)), 5_000
        )
    ) + ".",
    "said, said, said": lambda: "He said, " + "said, " * 20_000 + "he said.",
    "quotes said quotes": lambda: '“Yes,” he said. ' * 5_000,
    "2,000 header blocks": lambda: "".join(f"Title: Talks {n}\nBy Ann Lee\nDate: May 10, 2023\n" for n in range(2_000)),
    "a dash-filled dateline": lambda: "TOKYO" + "-" * 200_000 + " talks went on.",
    "a header line of spaces": lambda: "Title: x" + " " * 200_000 + "y\n\nTalks went on.",
    "a byline of spaces": lambda: "By Ann Lee and Bob" + " " * 200_000 + "!\n\nTalks went on.",
}


@pytest.fixture(scope="module", params=list(PATHOLOGICAL))
def pathological(request):
    text = PATHOLOGICAL[request.param]()
    return text, build_document(text)


def test_the_document_model_finishes_with_valid_offsets(pathological):
    text, document = pathological
    assert document.text == text
    for unit in (*document.paragraphs, *document.sentences, *document.tokens[:1000], *document.tokens[-1000:]):
        assert text[unit.start : unit.end] == unit.text


@pytest.mark.parametrize("name", ANALYSES)
def test_every_analysis_finishes_with_valid_offsets(pathological, name):
    text, document = pathological
    record = analysis(name)(document).to_json()
    check_offsets(record, text)
    json.dumps(record)


def test_a_file_of_only_headers_is_an_input_error_not_a_crash():
    text = "Date: May 10, 2023\nBy Ann Lee\nTokyo\nCNN\n—\n"
    outcome = analyse_input(ArticleInput("headers.txt", text=text), repr, date_override=None, max_bytes=10**7)
    assert outcome.error == "headers.txt: no body text after the header"


ENCODED = {
    "windows-1252.txt": "“Talks will continue,” the minister said on Monday – in Tokyo’s café.".encode("cp1252"),
    "utf-16-bom.txt": "TOKYO (Reuters) - “Talks will continue,” the minister said on May 10, 2023.".encode("utf-16"),
    "utf-16-be-bom.txt": codecs.BOM_UTF16_BE + "Talks went on, he said.".encode("utf-16-be"),
}


@pytest.mark.parametrize("name", ENCODED)
def test_legacy_and_utf16_files_are_read(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(ENCODED[name])
    text = read_source(str(path)).text
    assert text.startswith(("“Talks", "TOKYO", "Talks")) and "\ufeff" not in text


@pytest.mark.parametrize("command", cli_commands())
def test_every_command_reads_legacy_utf16_and_header_only_files(tmp_path, command):
    names = []
    for name, data in {**ENCODED, "headers.txt": b"Title: Talks\nBy Ann Lee\nDate: May 10, 2023\n"}.items():
        (tmp_path / name).write_bytes(data)
        names.append(str(tmp_path / name))
    result = CliRunner().invoke(app, [command, *names, "--json", "--jobs", "1"])
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [record["file"] for record in records] == names
    assert "no body text" in records[-1]["error"]
    for record in records[:-1]:
        assert "error" not in record, record
    assert result.exit_code == 2
