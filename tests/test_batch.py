"""Many inputs: expansion of paths, JSON Lines input, order, nothing lost, workers, dask."""

import contextlib
import gc
import json
import sys
import threading
from functools import partial

import pytest
from typer.testing import CliRunner

from newscli.batch import ArticleInput, collector_off, expand_paths, read_jsonl, run_batch, worker_start_method
from newscli.cli import app

from .conftest import fresh_interpreter

runner = CliRunner()
ARTICLE = "date 2023-05-10\n\nThe minister spoke on Monday. She said talks would continue."


def word_count(document):
    """A tiny picklable analysis for the runner's tests."""
    return len(document.words)


@pytest.fixture
def archive(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "b" / "c.md").write_text(ARTICLE)
    (tmp_path / "b" / "skip.json").write_text("{}")
    (tmp_path / "empty.txt").write_text("  \n")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01")
    return tmp_path


def test_directories_are_searched_recursively_for_txt_and_md(archive):
    names = [item.name for item in expand_paths([str(archive)])]
    assert names == [str(archive / n) for n in ("a.txt", "b/c.md", "binary.txt", "empty.txt")]


def test_globs_expand_and_unmatched_names_are_kept(archive):
    names = [item.name for item in expand_paths([str(archive / "*.txt"), str(archive / "none*.txt")])]
    assert names[:3] == [str(archive / n) for n in ("a.txt", "binary.txt", "empty.txt")]
    assert names[3] == str(archive / "none*.txt")


def test_jsonl_records_and_bad_lines(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "x1", "text": ARTICLE, "date": "2020-01-02"}) + "\n\nnot json\n")
    items = list(read_jsonl(str(path)))
    assert [(item.name, item.key) for item in items] == [("x1", "id"), (f"{path}:3", "id")]
    assert str(items[0].date) == "2020-01-02"
    assert items[1].error and "not a JSON object" in items[1].error


def test_every_input_yields_exactly_one_outcome_in_order(archive):
    items = [*expand_paths([str(archive)]), ArticleInput(str(archive / "missing.txt"))]
    outcomes = list(run_batch(items, word_count, max_bytes=10_000))
    assert [o.name for o in outcomes] == [item.name for item in items]
    assert [o.result for o in outcomes if not o.error] == [10, 10]
    assert sum(1 for o in outcomes if o.error) == 3


def test_worker_processes_give_the_same_results_in_order(tmp_path):
    items = [ArticleInput(f"doc{i}", text=ARTICLE + " Extra." * i) for i in range(10)]
    serial = [o.result for o in run_batch(items, word_count, max_bytes=10_000, jobs=1)]
    parallel = [o.result for o in run_batch(items, word_count, max_bytes=10_000, jobs=2)]
    assert parallel == serial == [10 + i for i in range(10)]


@contextlib.contextmanager
def another_thread():
    """A second thread running for the duration (as a progress bar's refresh thread does)."""
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork and forkserver are chosen on Linux")
def test_workers_fork_from_this_process_unless_another_thread_runs():
    code = "from newscli.batch import worker_start_method; print(worker_start_method())"  # a process of one thread
    assert fresh_interpreter(code) == "fork"
    with another_thread():
        assert worker_start_method() == "forkserver"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers fork from the command on Linux")
def test_the_command_analyses_until_one_article_is_analysed_then_its_workers_do():
    # In a fresh interpreter, whose one thread lets the workers fork from it (the analysis is picklable there).
    code = (
        "import os\n"
        "from newscli.batch import ArticleInput, run_batch\n"
        "def process_id(document):\n"
        "    return os.getpid()\n"
        f"items = [ArticleInput('empty', text=' '), *(ArticleInput(f'doc{{i}}', text={ARTICLE!r}) for i in range(9))]\n"
        "outcomes = list(run_batch(items, process_id, max_bytes=10_000, jobs=2))\n"
        "print(outcomes[0].error is not None, outcomes[1].result == os.getpid(), os.getpid() in [o.result for o in outcomes[2:]])"
    )
    assert fresh_interpreter(code) == "True True False"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers fork from the command on Linux")
def test_what_a_program_printed_before_its_workers_fork_is_printed_once():
    # A fresh process writing to a pipe: what it printed waits in stdout's buffer when the workers fork, and each
    # worker's copy of that buffer would be printed again when it ends (multiprocessing flushes before it forks).
    code = (
        "from newscli.batch import ArticleInput, run_batch\n"
        "def characters(document):\n"
        "    return len(document.text)\n"
        "print('starting')\n"
        f"items = [ArticleInput(f'doc{{i}}', text={ARTICLE!r}) for i in range(9)]\n"
        "print(sum(outcome.result for outcome in run_batch(items, characters, max_bytes=10_000, jobs=2)))"
    )
    assert fresh_interpreter(code).split() == ["starting", str(9 * len(ARTICLE))]


def test_workers_started_from_a_forkserver_give_the_same_results(tmp_path):
    items = [ArticleInput(f"doc{i}", text=ARTICLE + " Extra." * i) for i in range(10)]
    with another_thread():
        parallel = [o.result for o in run_batch(items, word_count, max_bytes=10_000, jobs=2)]
    assert parallel == [10 + i for i in range(10)]


def _counted(name, key, meta, result):
    """A tiny picklable renderer: the text a writer would print for one result."""
    return f"{key}={name}: {result} words ({meta['format']})\n"


def test_results_rendered_where_they_are_analysed(tmp_path):
    """With ``render``, each outcome holds the text made of its meta and result (in the worker), not them."""
    items = [ArticleInput(f"doc{i}", text=ARTICLE + " Extra." * i) for i in range(10)]
    for jobs in (1, 2):
        outcomes = list(run_batch(items, word_count, max_bytes=10_000, jobs=jobs, render=_counted))
        assert [o.output for o in outcomes] == [f"file=doc{i}: {10 + i} words (text)\n" for i in range(10)]
        assert all(o.result is None and o.meta is None for o in outcomes)


def test_json_lines_are_the_same_rendered_by_workers(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps({"id": f"x{i}", "text": ARTICLE + " More." * i}) + "\n" for i in range(9)))
    outputs = [runner.invoke(app, ["summarize", "--input-jsonl", str(path), "--json", "-j", jobs]).stdout for jobs in ("1", "2")]
    assert outputs[0] == outputs[1]
    assert [json.loads(line)["id"] for line in outputs[0].splitlines()] == [f"x{i}" for i in range(9)]


def test_the_collector_is_back_on_after_the_first_article_loads():
    with collector_off():
        assert not gc.isenabled()
    assert gc.isenabled()
    list(run_batch([ArticleInput("doc", text=ARTICLE)], word_count, max_bytes=10_000))
    assert gc.isenabled()


# dask looks for this machine's address by opening a socket towards the internet, which the guard refuses.
@pytest.mark.filterwarnings("ignore:Couldn't detect a suitable IP address:RuntimeWarning")
def test_dask_engine_on_an_in_process_cluster():
    distributed = pytest.importorskip("dask.distributed", reason="the dask extra is not installed")
    items = [ArticleInput(f"doc{i}", text=ARTICLE + " Extra." * i) for i in range(5)]
    cluster = distributed.LocalCluster(n_workers=1, processes=False, protocol="inproc", dashboard_address=None)
    with cluster, distributed.Client(cluster) as client:
        outcomes = list(run_batch(items, partial(word_count), max_bytes=10_000, engine="dask", client=client))
    assert [o.result for o in outcomes] == [10 + i for i in range(5)]


def test_cli_mixed_batch_reports_every_input_and_exits_2(archive):
    result = runner.invoke(app, ["stats", str(archive), str(archive / "missing.txt"), "--json"])
    assert result.exit_code == 2
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 5
    assert sum("error" in record for record in records) == 3
    assert all("stats" in record for record in records if "error" not in record)


def test_cli_input_jsonl_uses_id_and_record_date(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "a1", "text": ARTICLE, "date": "2021-03-04"}) + "\n")
    record = json.loads(runner.invoke(app, ["stats", "--input-jsonl", str(path), "--json"]).stdout)
    assert record["id"] == "a1" and record["meta"]["date"] == "2021-03-04"


def test_cli_without_any_input_is_a_usage_error():
    result = runner.invoke(app, ["stats"])
    assert result.exit_code == 2
    assert "no input" in result.stderr


def test_the_forkserver_preload_loads_the_models_the_workers_share():
    """Workers are forked from a server that imported ``newscli.preload``: the models are loaded there, once."""
    code = (
        "import sys, newscli.preload, newscli.tagger as tagger, newscli.ner as ner;"
        "sys.exit(not (tagger._tagger.cache_info().currsize and ner.recogniser.cache_info().currsize))"
    )
    fresh_interpreter(code)
