"""Issue 13 (input side) and issue 15 (HTML and URL input): each test reproduces one reported problem."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newscli import batch, reader
from newscli.batch import expand_paths, read_jsonl
from newscli.cli import app
from newscli.reader import InputError, decode, read_source

REPO = Path(__file__).resolve().parent.parent
runner = CliRunner()
ARTICLE = "The minister spoke on Monday. She said talks would continue until the end of the month."
ESCAPES = "\x1b]0;pwned\x07\x1b[2K\x1b]8;;http://x.invalid\x1b\\link\x1b]8;;\x1b\\\x9b"


def records(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def longest_sentence(record: dict) -> str:
    return record["stats"]["longest_sentence"]["text"]


# --- item 2: one control-character policy on every input path ---------------------------------------------


def test_control_characters_never_reach_the_analysis_from_a_file(tmp_path):
    path = tmp_path / "a.txt"
    text = f"The minister spoke on Monday. She said {ESCAPES} talks would continue."
    path.write_text(text)
    source = read_source(str(path))
    assert not re.search(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]", source.text)
    assert len(source.text) == len(text)  # one for one: offsets stay true to the file
    assert any("control character" in warning for warning in source.warnings)


@pytest.mark.parametrize("path_kind", ["file", "stdin", "jsonl"])
def test_control_characters_are_replaced_with_a_warning_on_every_input_path(tmp_path, path_kind):
    text = f"The minister spoke on Monday. She said {ESCAPES} talks would continue."
    if path_kind == "file":
        (tmp_path / "a.txt").write_text(text)
        result = runner.invoke(app, ["stats", str(tmp_path / "a.txt"), "--json"])
    elif path_kind == "stdin":
        result = runner.invoke(app, ["stats", "-", "--json"], input=text.encode())
    else:
        (tmp_path / "a.jsonl").write_text(json.dumps({"id": "a", "text": text}) + "\n")
        result = runner.invoke(app, ["stats", "--input-jsonl", str(tmp_path / "a.jsonl"), "--json"])
    assert result.exit_code == 0
    sentence = longest_sentence(records(result.stdout)[0])
    assert "\x1b" not in sentence and "\x07" not in sentence and "\x9b" not in sentence
    assert "warning" in result.stderr and "control character" in result.stderr


# --- item 3: --input-jsonl errors ------------------------------------------------------------------------


def test_jsonl_missing_file_and_directory_are_one_line_errors_exit_2(tmp_path):
    for name in (str(tmp_path / "missing.jsonl"), str(tmp_path)):
        result = runner.invoke(app, ["stats", "--input-jsonl", name, "--json"])
        assert result.exit_code == 2
        assert "Traceback" not in result.output
        assert len(result.stderr.strip().splitlines()) == 1 and name in result.stderr


def test_jsonl_undecodable_byte_costs_only_its_own_record(tmp_path):
    good = json.dumps({"id": "ok", "text": ARTICLE}).encode()
    bad = b'{"id": "bad", "text": "caf\xe9"}'
    lines = [good, good.replace(b"ok", b"ok2"), good.replace(b"ok", b"ok3"), bad, good.replace(b"ok", b"ok5")]
    (tmp_path / "in.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    result = runner.invoke(app, ["stats", "--input-jsonl", str(tmp_path / "in.jsonl"), "--json"])
    assert result.exit_code == 2
    out = records(result.stdout)
    assert [record["id"] for record in out] == ["ok", "ok2", "ok3", "bad", "ok5"]
    assert "error" in out[3] and all("stats" in out[i] for i in (0, 1, 2, 4))


def test_jsonl_bom_does_not_cost_record_1(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"id": "first", "text": ARTICLE}).encode() + b"\n")
    items = list(read_jsonl(str(path)))
    assert [(item.name, item.error) for item in items] == [("first", None)]


def test_a_bad_record_keeps_its_id_and_an_invalid_date_is_its_error(tmp_path):
    path = tmp_path / "in.jsonl"
    leap = {"id": "leap", "text": ARTICLE, "date": "2023-02-29"}
    path.write_text(json.dumps({"id": "no-text", "text": 3}) + "\n" + json.dumps(leap) + "\n")
    items = list(read_jsonl(str(path)))
    assert [item.name for item in items] == ["no-text", "leap"]
    assert items[0].error and items[1].error and "2023-02-29" in items[1].error


# --- item 5: --max-bytes on stdin ------------------------------------------------------------------------


class CountingStdin:
    """A standard input of ``size`` bytes that counts how much was read from it."""

    def __init__(self, size: int):
        self.buffer = self
        self.left = size
        self.read_total = 0

    def read(self, size: int = -1) -> bytes:
        size = self.left if size is None or size < 0 else min(size, self.left)
        self.left -= size
        self.read_total += size
        return b"a" * size


def test_stdin_is_read_only_up_to_the_limit_plus_one_byte(monkeypatch):
    stdin = CountingStdin(50_000_000)
    monkeypatch.setattr(sys, "stdin", stdin)
    [item] = list(expand_paths(["-"], max_bytes=1000))
    assert stdin.read_total <= 1001
    assert item.error and "1,000-byte limit" in item.error


# --- item 6: mixed encodings -----------------------------------------------------------------------------


def test_one_latin1_byte_does_not_garble_the_utf8_rest():
    data = "The country’s minister said the country’s economy grew. Caf".encode() + b"\xe9" + b" prices rose."
    warnings: list[str] = []
    text = decode("a.txt", data, warnings)
    assert text.count("country’s") == 2 and "Café" in text
    assert warnings and "byte offset" in warnings[0]


# --- item 7: folders -------------------------------------------------------------------------------------


def test_an_empty_folder_says_it_has_no_articles(tmp_path):
    (tmp_path / "empty").mkdir()
    result = runner.invoke(app, ["stats", str(tmp_path / "empty")])
    assert result.exit_code == 2
    assert "no .txt, .md, .html or .htm files" in result.stderr
    assert "is a directory" not in result.stderr


def test_an_unreadable_subfolder_is_an_error_line(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(ARTICLE)
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "b.txt").write_text(ARTICLE)
    real_scandir = os.scandir

    def scandir(path="."):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = list(expand_paths([str(tmp_path)]))
    assert [item.name for item in items if not item.error] == [str(tmp_path / "a.txt")]
    [error] = [item.error for item in items if item.error]
    assert str(locked) in error and "Permission denied" in error


# --- item 8: dask engine errors --------------------------------------------------------------------------


def test_an_unreachable_dask_scheduler_is_a_one_line_error_exit_2(tmp_path):
    pytest.importorskip("dask.distributed", reason="the dask extra is not installed")
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    (tmp_path / "a.txt").write_text(ARTICLE)
    command = [sys.executable, "-m", "newscli", "analyze", str(tmp_path / "a.txt"), "--json", "--engine", "dask"]
    command += ["--scheduler", f"tcp://127.0.0.1:{port}", "--connect-timeout", "1"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, cwd=REPO)
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert "cannot connect to dask scheduler" in done.stderr


def test_ctrl_c_on_the_dask_engine_is_quiet_and_quick(tmp_path):
    pytest.importorskip("dask.distributed", reason="the dask extra is not installed")
    for number in range(12):
        (tmp_path / f"a{number}.txt").write_text(ARTICLE + f" Extra {number}.")
    command = [sys.executable, "-m", "newscli", "analyze", str(tmp_path), "--json", "--engine", "dask", "-j", "1"]
    process = subprocess.Popen(
        command,
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group, as a terminal's Ctrl-C reaches it
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    assert process.stdout is not None
    process.stdout.readline()  # the cluster is up and a result is out
    os.killpg(process.pid, signal.SIGINT)
    started = time.monotonic()
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130
    assert time.monotonic() - started < 10
    assert "Traceback" not in stderr.decode()


# --- item 9: the library API as documented ---------------------------------------------------------------


def test_newscli_api_works_after_import_newscli_alone():
    code = f"import newscli; print(len(newscli.api.quotes({ARTICLE!r})['quotes']))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=REPO)
    assert done.returncode == 0, done.stderr


def test_the_readme_library_example_runs_and_equals_the_cli_json(sample_text):
    import newscli

    block = re.search(r"### Library\n\n```python\n(.*?)```", (REPO / "README.md").read_text(), re.DOTALL)
    assert block is not None
    namespace: dict = {"text": sample_text}
    exec(block.group(1), namespace)
    report, quotes = namespace["report"], namespace["quotes"]
    assert json.loads(json.dumps(report)) == report  # lists, as in the JSON, not tuples
    assert json.loads(json.dumps(quotes)) == quotes
    assert report == newscli.analyze(sample_text, date="2023-05-10")


# --- item 10: memory -------------------------------------------------------------------------------------


def test_the_default_size_limit_keeps_a_worker_under_a_gigabyte():
    assert reader.DEFAULT_MAX_BYTES * reader.MEMORY_PER_INPUT_BYTE <= 1_000_000_000
    robustness = (REPO / "docs" / "robustness.md").read_text()
    assert f"{reader.MEMORY_PER_INPUT_BYTE} bytes" in robustness and f"{reader.DEFAULT_MAX_BYTES:,}" in robustness


# --- item 11 (input parts) -------------------------------------------------------------------------------


def test_an_impossible_date_says_the_day_is_invalid(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    result = runner.invoke(app, ["stats", str(tmp_path / "a.txt"), "--date", "2023-02-29"])
    assert result.exit_code == 2
    assert "day is out of range" in result.stderr
    assert "not a date in the form" not in result.stderr


def test_utf16_without_a_bom_gets_a_hint():
    with pytest.raises(InputError, match="UTF-16 without a byte-order mark"):
        decode("a.txt", "The minister spoke on Monday.".encode("utf-16-le"))


def test_cr_only_line_endings_keep_the_header_and_the_paragraphs(tmp_path):
    path = tmp_path / "mac.txt"
    path.write_bytes(b"Title: Budget vote\r\rThe council met on Monday.\r\rIt approved the budget on Tuesday.\r")
    result = runner.invoke(app, ["stats", str(path), "--json"])
    [record] = records(result.stdout)
    assert record["meta"]["title"] == "Budget vote"
    assert record["stats"]["paragraphs"] == 2
    assert len(read_source(str(path)).text) == len(path.read_bytes())  # offsets are the file's


def test_a_backtracking_check_pattern_cannot_hang(tmp_path):
    (tmp_path / "a.txt").write_text("The council met on Monday. " + "a" * 60 + "b.\n")
    config = tmp_path / ".newscli.toml"
    config.write_text('[check]\nplaceholder.patterns = ["(a+)+$"]\n')
    command = [sys.executable, "-m", "newscli", "check", str(tmp_path / "a.txt"), "--config", str(config), "--format", "line"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, cwd=REPO)
    assert done.returncode in (0, 1, 2)
    assert "Traceback" not in done.stderr


def test_clearly_non_english_text_gets_a_warning(tmp_path):
    french = (
        "Le gouvernement a annoncé mardi une réforme des retraites qui doit entrer en vigueur l'an prochain. "
        "Selon le ministre, la mesure permettra d'économiser plusieurs milliards d'euros d'ici 2030, mais les "
        "syndicats ont appelé à une grève générale jeudi dans toute la France."
    )
    (tmp_path / "fr.txt").write_text(french)
    (tmp_path / "en.txt").write_text(ARTICLE * 4)
    result = runner.invoke(app, ["stats", str(tmp_path / "fr.txt"), str(tmp_path / "en.txt"), "--json"])
    warnings = [line for line in result.stderr.splitlines() if "look like English" in line]
    assert len(warnings) == 1 and "fr.txt" in warnings[0]


# --- issue 15: HTML input --------------------------------------------------------------------------------

NEWS_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Council approves budget | The Daily Example</title>
<meta name="author" content="Jane Smith"><meta property="article:published_time" content="2023-05-10T09:00:00Z">
<script src="http://127.0.0.1:9/tracker.js"></script><link rel="stylesheet" href="http://127.0.0.1:9/style.css"></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news</a></li><li><a href="/login">Sign in</a></li></ul></nav>
<main><article>
<h1>Council approves budget</h1>
<p class="byline">By Jane Smith</p>
<p>The city council approved its annual budget on Tuesday after a long debate about housing and transport.</p>
<p>"This budget keeps our promises to residents," said Mayor Ana Lopez, who had pushed for more money for buses.</p>
<p>Opposition councillors said the plan relied on optimistic forecasts and warned of a shortfall next year.</p>
<img src="http://127.0.0.1:9/photo.jpg" alt="Council chamber">
</article></main>
<aside><h2>Related stories</h2><ul><li><a href="/a">Mayor unveils transport plan</a></li></ul></aside>
<section id="comments"><h3>Comments</h3><div class="comment"><p>Great news for the city, finally something done!</p></div></section>
<footer><p>Copyright 2023 The Daily Example. All rights reserved.</p></footer>
</body></html>
"""
FURNITURE = ("World news", "Sign in", "Related stories", "Mayor unveils", "Great news", "Copyright", "All rights reserved")


def assert_article_only(record: dict) -> None:
    assert record["meta"]["format"] == "html"
    assert record["meta"]["title"] == "Council approves budget"
    assert record["meta"]["author"] == "Jane Smith"
    assert record["meta"]["date"] == "2023-05-10"
    quotes = " ".join(quote["text"] for quote in record["quotes"])
    assert "This budget keeps our promises" in quotes
    assert not any(phrase in json.dumps(record) for phrase in FURNITURE)


@pytest.fixture
def trafilatura_installed():
    pytest.importorskip("trafilatura", reason="the html extra is not installed")


def test_an_html_file_is_reduced_to_its_article(tmp_path, trafilatura_installed):
    (tmp_path / "page.html").write_text(NEWS_PAGE)
    result = runner.invoke(app, ["quotes", str(tmp_path / "page.html"), "--json"])
    assert result.exit_code == 0, result.stderr
    assert_article_only(records(result.stdout)[0])


def test_html_on_stdin_and_in_jsonl_is_recognised(tmp_path, trafilatura_installed):
    stdin = runner.invoke(app, ["quotes", "-", "--json"], input=NEWS_PAGE.encode())
    assert_article_only(records(stdin.stdout)[0])
    (tmp_path / "in.jsonl").write_text(json.dumps({"id": "p", "text": NEWS_PAGE}) + "\n")
    jsonl = runner.invoke(app, ["quotes", "--input-jsonl", str(tmp_path / "in.jsonl"), "--json"])
    assert_article_only(records(jsonl.stdout)[0])


def test_offsets_refer_to_the_extracted_text(tmp_path, trafilatura_installed):
    path = tmp_path / "page.htm"
    path.write_text(NEWS_PAGE)
    source = read_source(str(path))
    assert source.text.startswith("The city council approved")
    [record] = records(runner.invoke(app, ["quotes", str(path), "--json"]).stdout)
    for quote in record["quotes"]:
        assert source.text[quote["start"] : quote["end"]] == quote["text"]


def test_text_inputs_never_import_trafilatura_or_the_page_fetcher(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    code = (
        "import sys\nfrom newscli.cli import app\n"
        f"try:\n    app(['stats', {str(tmp_path / 'a.txt')!r}, '--json'])\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in ('trafilatura', 'lxml', 'newscli.html', 'newscli.fetch') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=REPO)
    assert done.stdout.strip().splitlines()[-1] == "[]"


# --- issue 15: URL input ---------------------------------------------------------------------------------


class PageServer(BaseHTTPRequestHandler):
    """Pages for the URL tests; remembers the User-Agent it was sent."""

    user_agents: list[str] = []

    def do_GET(self):  # noqa: N802 - the name http.server calls
        PageServer.user_agents.append(self.headers.get("User-Agent", ""))
        if self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/article")
            self.end_headers()
        elif self.path == "/article":
            body = NEWS_PAGE.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path == "/big":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"<html><body><p>" + b"word " * 100_000 + b"</p></body></html>")
        elif self.path == "/image":
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.end_headers()
            self.wfile.write(b"\x89PNG")
        else:
            self.send_error(404, "Not Found")

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), PageServer)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_a_url_is_fetched_following_redirects_and_read_as_html(server, trafilatura_installed):
    result = runner.invoke(app, ["quotes", f"{server}/moved", "--json"])
    assert result.exit_code == 0, result.stderr
    [record] = records(result.stdout)
    assert record["file"] == f"{server}/moved"
    assert_article_only(record)
    assert PageServer.user_agents[-1].startswith("newscli/")


@pytest.mark.parametrize(
    ("path", "problem"), [("/missing", "HTTP 404"), ("/big", "10,000-byte limit"), ("/image", "content type image/png")]
)
def test_a_url_that_fails_is_a_one_line_error_exit_2(server, path, problem):
    result = runner.invoke(app, ["quotes", f"{server}{path}", "--json", "--max-bytes", "10000"])
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1 and problem in result.stderr


def test_a_url_nobody_answers_is_a_one_line_error(monkeypatch):
    from newscli import fetch

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(InputError, match="cannot be fetched"):
        fetch.fetch(f"http://127.0.0.1:{port}/", max_bytes=1000)


def test_a_silent_server_times_out(monkeypatch):
    from newscli import fetch

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    monkeypatch.setattr(fetch, "TIMEOUT_SECONDS", 0.5)
    try:
        with pytest.raises(InputError, match="cannot be fetched"):
            fetch.fetch(f"http://127.0.0.1:{listener.getsockname()[1]}/", max_bytes=1000)
    finally:
        listener.close()


def test_batch_keeps_urls_as_inputs():
    assert [item.name for item in batch.expand_paths(["https://example.invalid/a?b=1"])] == ["https://example.invalid/a?b=1"]

