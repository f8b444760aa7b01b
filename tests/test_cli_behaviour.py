"""The CLI as a pipeline sees it, in real processes: a closed pipe, Ctrl-C in a batch, a read-only working
directory and install, two processes at once, and a batch that loses nothing."""

from __future__ import annotations

import json
import os
import shlex
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newscli.cli import app

from .conftest import REPO, SAMPLE

NEWSCLI = [sys.executable, "-m", "newscli"]
# quotes is the command people judge newscli by, and a quick one: the process tests run it.
COMMAND = "quotes"
BROKEN_PIPE_EXIT = 141  # 128 + SIGPIPE, as a shell reports a program stopped by a closed pipe
INTERRUPTED_EXIT = 130  # 128 + SIGINT


def environment(**extra: str) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONDONTWRITEBYTECODE": "1", **extra}
    env.pop("COLUMNS", None)
    return env


@pytest.fixture
def articles(tmp_path) -> list[Path]:
    """Sixty copies of the sample article: enough output to outlast a pipe reader and to interrupt."""
    folder = tmp_path / "articles"
    folder.mkdir()
    text = SAMPLE.read_text(encoding="utf-8")
    paths = []
    for number in range(60):
        path = folder / f"{number:03}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def test_a_closed_pipe_ends_newscli_quietly(articles):
    pipeline = " ".join(shlex.quote(part) for part in [*NEWSCLI, COMMAND, *map(str, articles), "--json"])
    script = f"{pipeline} | head -c 100 > /dev/null; exit ${{PIPESTATUS[0]}}"
    result = subprocess.run(["bash", "-c", script], capture_output=True, text=True, env=environment(), timeout=120)
    assert result.stderr == ""
    assert result.returncode == BROKEN_PIPE_EXIT


def test_a_closed_pipe_in_rich_output_is_quiet_too(articles):
    pipeline = " ".join(shlex.quote(part) for part in [*NEWSCLI, COMMAND, *map(str, articles[:20])])
    script = f"{pipeline} | head -n 2 > /dev/null; exit ${{PIPESTATUS[0]}}"
    result = subprocess.run(["bash", "-c", script], capture_output=True, text=True, env=environment(), timeout=120)
    assert "Traceback" not in result.stderr and "Error" not in result.stderr
    assert result.returncode == BROKEN_PIPE_EXIT


def test_ctrl_c_during_a_batch_exits_130_with_every_written_line_whole(articles, tmp_path):
    """SIGINT to the whole process group, as a terminal sends it, while worker processes are busy."""
    output = tmp_path / "out.jsonl"
    inputs = [str(path) for path in articles] * 5  # 300 inputs: far from done when interrupted
    with output.open("wb") as sink:
        process = subprocess.Popen(
            [*NEWSCLI, COMMAND, *inputs, "--json", "--jobs", "2"],
            stdout=sink,
            stderr=subprocess.PIPE,
            env=environment(),
            start_new_session=True,
        )
        deadline = time.monotonic() + 60
        while output.read_bytes().count(b"\n") < 3 and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.05)
        os.killpg(process.pid, signal.SIGINT)
        _, stderr = process.communicate(timeout=60)
    assert process.returncode == INTERRUPTED_EXIT, stderr.decode()
    assert b"Traceback" not in stderr
    data = output.read_bytes()
    assert data.endswith(b"\n")  # no half line
    lines = data.decode("utf-8").splitlines()
    assert 3 <= len(lines) < len(inputs)
    assert [json.loads(line)["file"] for line in lines] == inputs[: len(lines)]


def test_a_read_only_working_directory_and_install_are_left_untouched(tmp_path):
    """Nothing is written to the working directory or next to the package (read-only installs work)."""
    workdir = tmp_path / "readonly"
    workdir.mkdir()
    package = REPO / "newscli"
    before = {path: path.stat().st_mtime_ns for path in package.rglob("*") if "__pycache__" not in path.parts}
    workdir.chmod(0o555)
    try:
        result = subprocess.run(
            [*NEWSCLI, COMMAND, str(SAMPLE), "--json"],
            cwd=workdir,
            capture_output=True,
            text=True,
            env=environment(XDG_CACHE_HOME=str(tmp_path / "cache")),
            timeout=120,
        )
    finally:
        workdir.chmod(0o755)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["quotes"]
    assert list(workdir.iterdir()) == []
    after = {path: path.stat().st_mtime_ns for path in package.rglob("*") if "__pycache__" not in path.parts}
    assert after == before


def test_two_processes_at_once_on_a_cold_cache_both_succeed(tmp_path):
    """newscli keeps no cache on disk today; if one comes, a half-written cache file must never be read."""
    env = environment(XDG_CACHE_HOME=str(tmp_path / "cold-cache"), HOME=str(tmp_path / "home"))
    command = [*NEWSCLI, COMMAND, str(SAMPLE), "--json"]
    first = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=tmp_path)
    second = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=tmp_path)
    out_first, err_first = first.communicate(timeout=120)
    out_second, err_second = second.communicate(timeout=120)
    assert first.returncode == second.returncode == 0, (err_first + err_second).decode()
    assert out_first == out_second and json.loads(out_first)["quotes"]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_mixed_batch_yields_exactly_one_line_per_input_and_exit_2(tmp_path, jobs):
    good = SAMPLE.read_text(encoding="utf-8")
    names = []
    for number in range(3):  # with the others, enough inputs for worker processes when jobs is 2
        for kind, content in (
            ("good", good.encode("utf-8")),
            ("empty", b""),
            ("binary", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
            ("legacy", "“Quoted,” he said in caf\u00e9s.".encode("cp1252")),
        ):
            path = tmp_path / f"{kind}{number}.txt"
            path.write_bytes(content)
            names.append(str(path))
        names.append(str(tmp_path / f"missing{number}.txt"))
    result = CliRunner().invoke(app, [COMMAND, *names, "--json", "--jobs", jobs])
    assert result.exit_code == 2
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [record["file"] for record in records] == names
    errors = {record["file"] for record in records if "error" in record}
    assert errors == {name for name in names if Path(name).stem.rstrip("0123456789") in ("empty", "binary", "missing")}
    assert all("internal error" not in record.get("error", "") for record in records)


def test_jsonl_with_lone_surrogates_is_an_error_line_not_a_crash(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "a", "text": "Talks \\ud800 went on."}\n{"id": "b\\udc00", "text": "Fine."}\n'
                      '{"id": "c", "text": "Talks went on, he said."}\n')
    result = CliRunner().invoke(app, [COMMAND, "--input-jsonl", str(source), "--json"])
    assert result.exit_code == 2
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [("error" in record) for record in records] == [True, True, False]
    assert records[0]["id"] == f"{source}:1" and "surrogate" in records[0]["error"]
    assert records[2]["id"] == "c"


def test_an_undecodable_file_name_still_gives_a_utf8_json_line(tmp_path):
    name = os.fsdecode(bytes(tmp_path) + b"/caf\xe9.txt")  # what a Latin-1 file name looks like to Python
    result = subprocess.run(
        [*NEWSCLI, COMMAND, name, "--json"], capture_output=True, env=environment(), timeout=120
    )
    assert result.returncode == 2
    record = json.loads(result.stdout.decode("utf-8"))
    assert record["file"] == name and "no such file" in record["error"]


def test_results_reach_redirected_stdout_when_stderr_is_a_terminal(tmp_path):
    """Issue 13.1: with stderr on a terminal the progress bar shows, and it must not take stdout with it."""
    import pty
    import threading

    for number in (1, 2, 3):
        (tmp_path / f"a{number}.txt").write_text(f"The council met on Monday.\n\nIt approved plan {number}.\n", encoding="utf-8")
    controller, terminal = pty.openpty()
    drained = threading.Thread(target=_drain, args=(controller,), daemon=True)
    drained.start()
    output = tmp_path / "out.jsonl"
    with output.open("wb") as stdout:
        result = subprocess.run(
            [*NEWSCLI, "stats", *sorted(str(path) for path in tmp_path.glob("a*.txt")), "--json", "--jobs", "1"],
            stdout=stdout,
            stderr=terminal,
            stdin=subprocess.DEVNULL,
            env=environment(),
            timeout=120,
        )
    os.close(terminal)
    assert result.returncode == 0
    lines = output.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3
    assert [json.loads(line)["file"].rsplit("/", 1)[-1] for line in lines] == ["a1.txt", "a2.txt", "a3.txt"]


def _drain(descriptor: int) -> None:
    """Read the terminal's other end, as a terminal would, until it closes."""
    try:
        while os.read(descriptor, 4096):
            pass
    except OSError:
        pass
    finally:
        os.close(descriptor)
