"""The output formats: CSV that a spreadsheet opens and that says what the JSON says, Markdown tables,
``--json`` as ``--format json``, and text that can never drive the terminal it is printed on."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from newscli import render
from newscli.cli import app

from .conftest import SAMPLE

ESCAPE = "\x1b"


def run(*args: str, columns: int | None = None):
    render.console.cache_clear()  # the console measures the terminal once: a fresh one for each width
    env = {"COLUMNS": str(columns)} if columns else {}
    try:
        return CliRunner().invoke(app, list(args), env=env)
    finally:
        render.console.cache_clear()


@pytest.fixture
def folder(tmp_path):
    """The sample, and an article whose quote holds the characters CSV must quote: commas, quote marks."""
    (tmp_path / "a.txt").write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        'The mayor spoke on Monday.\n\n"We will build it, on time and on budget," said Mayor Ann Lee.\n',
        encoding="utf-8",
    )
    return tmp_path


def rows_of(result) -> list[dict]:
    """The CSV rows of a run's stdout, read as a spreadsheet would (the runner's ``stdout`` rewrites line ends)."""
    return list(csv.DictReader(io.StringIO(result.stdout_bytes.decode("utf-8"), newline="")))


def test_quotes_csv_reads_back_as_the_json_says(folder):
    as_csv = run("quotes", str(folder), "--format", "csv", "--jobs", "1")
    as_json = run("quotes", str(folder), "--json", "--jobs", "1")
    assert as_csv.exit_code == as_json.exit_code == 0
    expected = [
        {
            "file": record["file"],
            "speaker": quote["speaker"]["name"] if quote["speaker"] else "",
            "text": quote["text"],
            "cue": quote["cue"] or "",
            "type": quote["type"],
            "marks": "true" if quote["marks"] else "false",
            "start": str(quote["start"]),
            "end": str(quote["end"]),
        }
        for record in map(json.loads, as_json.stdout.splitlines())
        for quote in record["quotes"]
    ]
    rows = rows_of(as_csv)
    assert len(rows) == len(expected) > 2
    assert [{key: row[key] for key in expected[0]} for row in rows] == expected
    assert any("," in row["text"] for row in rows)


def test_csv_has_one_header_per_run_and_crlf_records(folder):
    result = run("entities", str(folder / "a.txt"), str(folder / "b.txt"), "--format", "csv")
    assert result.exit_code == 0
    assert result.stdout.count("file,name,type,count,aliases,role") == 1
    assert result.stdout_bytes.startswith(b"file,name,type,count,aliases,role\r\n")
    assert {row["file"] for row in rows_of(result)} == {str(folder / "a.txt"), str(folder / "b.txt")}


def test_csv_of_json_lines_input_names_the_id(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "n1", "text": "Paris is in France.\n\nRome is in Italy."}) + "\n", encoding="utf-8")
    result = run("entities", "--input-jsonl", str(source), "--format", "csv")
    assert result.exit_code == 0
    rows = rows_of(result)
    assert rows and {row["id"] for row in rows} == {"n1"}


def test_csv_keeps_the_exit_code_and_leaves_errors_to_stderr(folder):
    result = run("stats", str(folder / "a.txt"), str(folder / "missing.txt"), "--format", "csv")
    assert result.exit_code == 2
    assert "missing.txt" in result.stderr
    rows = rows_of(result)
    assert {row["file"] for row in rows} == {str(folder / "a.txt")}
    figures = {row["figure"]: row["value"] for row in rows}
    assert figures["words"].isdigit() and "readability.flesch_kincaid_grade" in figures


def test_stats_thresholds_fail_in_every_format(folder):
    for output_format in ("table", "json", "csv", "markdown"):
        result = run("stats", str(folder / "a.txt"), "--max-grade", "1", "--format", output_format)
        assert result.exit_code == 1, output_format
        assert "--max-grade" in result.stderr


def test_analyze_csv_says_which_section_each_row_is_of(folder):
    result = run("analyze", str(folder / "a.txt"), "--format", "csv")
    assert result.exit_code == 0
    sections = {row["section"] for row in rows_of(result)}
    assert {"summary", "keyphrases", "entities", "quotes", "speakers", "timeline", "stats"} <= sections


def test_check_csv_has_one_row_per_finding(folder):
    as_csv = run("check", str(folder / "a.txt"), "--format", "csv", "--strict")
    as_json = run("check", str(folder / "a.txt"), "--format", "json", "--strict")
    assert as_csv.exit_code == as_json.exit_code == 1
    findings = json.loads(as_json.stdout)["findings"]
    rows = rows_of(as_csv)
    assert [(row["rule"], row["line"], row["message"]) for row in rows] == [(f["rule"], str(f["line"]), f["message"]) for f in findings]


def test_markdown_is_a_heading_and_a_table_per_input(folder):
    result = run("quotes", str(folder / "b.txt"), "--format", "markdown")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == f"## {folder / 'b.txt'}"
    assert lines[2] == "| Speaker | Role | Quote | Cue | Type | Marks |"
    assert lines[3] == "|---|---|---|---|---|---|"
    assert lines[4].startswith("| Ann Lee |")


def test_markdown_escapes_table_pipes():
    from newscli.render.formats import markdown_cell

    assert markdown_cell("a | b\nc") == "a \\| b<br>c"


def test_json_is_format_json_and_they_may_not_disagree():
    assert run("stats", str(SAMPLE), "--json").stdout == run("stats", str(SAMPLE), "--format", "json").stdout
    result = run("stats", str(SAMPLE), "--json", "--format", "csv")
    assert result.exit_code == 2
    assert "--json is --format json" in result.stderr


def test_control_characters_are_escaped_for_the_terminal():
    assert render.printable("a\x1b]0;owned\x07b\x9bc\r\n") == "a\\x1b]0;owned\\x07b\\x9bc\r\n"
    assert render.printable("plain\ttext\n") == "plain\ttext\n"


def test_a_file_name_with_an_escape_sequence_is_escaped_in_errors_and_headings(tmp_path):
    missing = tmp_path / "\x1b]0;retitled\x07.txt"
    result = run("stats", str(missing))
    assert result.exit_code == 2
    assert ESCAPE not in result.stderr and "\\x1b]0;retitled\\x07" in result.stderr
    named = tmp_path / "\x1b[2Kname.txt"
    named.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    result = run("entities", str(named))
    assert result.exit_code == 0
    assert ESCAPE not in result.stdout and "\\x1b[2Kname.txt" in result.stdout


def test_article_text_never_reaches_the_terminal_as_control_codes(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(
        "Officials met on Monday.\n\n\x1b]0;owned\x07Hayashi said the \x1b[2Kplan would work, officials said.\n", encoding="utf-8"
    )
    for command in ("summarize", "entities", "quotes", "timeline", "stats", "analyze", "check"):
        result = run(command, str(article), "--format", "rich" if command == "check" else "table")
        assert ESCAPE not in result.stdout + result.stderr, command


def test_the_json_line_escapes_c1_controls_and_parses_back(capsys):
    render.write_json({"text": "a\x9b2Kb\u2028c"})
    line = capsys.readouterr().out
    assert "\x9b" not in line and "\u2028" not in line
    assert json.loads(line) == {"text": "a\x9b2Kb\u2028c"}


def test_a_narrow_terminal_wraps_tables_between_words():
    result = run("entities", str(SAMPLE), columns=60)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= 60
    assert "Organization" in result.stdout  # whole, not Organizati / on
