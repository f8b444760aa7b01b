"""The command line through Typer's CliRunner: exit codes, one-line errors, JSON contract basics."""

import json

import pytest
from typer.testing import CliRunner

from newscli import __version__
from newscli.cli import app

from .conftest import SAMPLE

runner = CliRunner()


def run(*args, input=None):
    return runner.invoke(app, list(args), input=input)


def test_version_and_help():
    assert run("--version").stdout.strip() == f"newscli {__version__}"
    result = run("--help")
    assert result.exit_code == 0
    assert "stats" in result.stdout


def test_every_command_has_help():
    for command in app.registered_commands:
        name = command.name or command.callback.__name__
        result = run(name, "--help")
        assert result.exit_code == 0, name
        assert "--json" in result.stdout, name


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "empty or whitespace-only text"),
        (b"   \n\n  ", "empty or whitespace-only text"),
        (b"\x00\x01\x02binary", "binary data"),
        (b"caf\x81 \x8d not text", "neither UTF-8 nor Windows-1252"),
    ],
)
def test_bad_input_is_one_line_on_stderr_and_exit_2(tmp_path, content, problem):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = run("stats", str(path))
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert problem in result.stderr and str(path) in result.stderr
    assert "Traceback" not in result.output


def test_missing_file_and_directory_exit_2(tmp_path):
    for target, problem in ((tmp_path / "missing.txt", "no such file"), (tmp_path, "no .txt, .md, .html or .htm files")):
        result = run("stats", str(target))
        assert result.exit_code == 2
        assert problem in result.stderr


def test_oversized_file_exit_2(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("A sentence. " * 50)
    result = run("stats", str(path), "--max-bytes", "100")
    assert result.exit_code == 2
    assert "--max-bytes" in result.stderr


def test_a_bad_input_does_not_stop_the_others(tmp_path):
    missing = tmp_path / "missing.txt"
    result = run("stats", str(missing), str(SAMPLE), "--json")
    assert result.exit_code == 2
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [record["file"] for record in records if "stats" in record] == [str(SAMPLE)]


def test_bad_date_option_is_a_usage_error():
    result = run("stats", str(SAMPLE), "--date", "10/05/2023")
    assert result.exit_code == 2


def test_stdin(sample_text):
    result = run("stats", "-", "--json", input=sample_text)
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record["file"] == "-"
    assert record["meta"]["date"] == "2023-05-10"


def test_json_has_one_object_per_input_per_line():
    result = run("stats", str(SAMPLE), str(SAMPLE), "--json")
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert all(json.loads(line)["stats"]["paragraphs"] == 20 for line in lines)


def test_date_option_overrides_meta():
    record = json.loads(run("stats", str(SAMPLE), "--json", "--date", "2024-01-31").stdout)
    assert record["meta"]["date"] == "2024-01-31"


def test_table_output_without_colour_codes_when_piped():
    result = run("stats", str(SAMPLE))
    assert result.exit_code == 0
    assert "Flesch reading ease" in result.stdout
    assert "\x1b[" not in result.stdout


def test_threshold_failure_exits_1_and_says_by_how_much():
    result = run("stats", str(SAMPLE), "--max-grade", "8", "--max-sentence-words", "100")
    assert result.exit_code == 1
    assert "--max-grade" in result.stderr and "above the maximum of 8" in result.stderr
    assert "--max-sentence-words" not in result.stderr


def test_thresholds_that_pass_exit_0():
    result = run("stats", str(SAMPLE), "--max-grade", "30", "--min-reading-ease", "10", "--max-passive", "0.9")
    assert result.exit_code == 0
