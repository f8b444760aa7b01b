"""Running one analysis over many articles: input expansion, worker processes or a dask cluster,
results streamed back in input order with flat memory.

Every input yields exactly one ``Outcome``: its result or its error. Workers read and model the
article themselves, so only names (or the text of stdin and JSONL records) cross process boundaries.
"""

from __future__ import annotations

import codecs
import contextlib
import gc
import glob
import itertools
import json
import os
import re
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from .input_checks import InputError, check_size, parse_iso_date, read_limited
from .reader import DEFAULT_MAX_BYTES, HTML_FORMAT, STDIN_NAME, Source, decode, is_url, prepare_text, read_source

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
GLOB_CHARACTERS = frozenset("*?[")
# Below this many inputs, starting worker processes costs more than it saves.
MIN_INPUTS_FOR_WORKERS = 8
# Tasks in flight per worker: enough to keep workers busy, few enough to keep memory flat.
TASKS_PER_WORKER = 4
ISO_DATE_START = re.compile(r"\d{4}-\d{2}-\d{2}")
# Imported by the workers' forkserver (``worker_start_method``) before it forks them: loads what the analyses need.
PRELOAD_MODULE = "newscli.preload"
# How long to wait for a dask scheduler (or a local cluster) before giving up with a one-line error.
DEFAULT_CONNECT_TIMEOUT = 10.0


class EngineError(Exception):
    """The engine that runs the analyses could not start (no dask scheduler, no local cluster): one line."""


@dataclass(frozen=True)
class ArticleInput:
    """One article to analyse: a file or URL to read (``text`` None) or text already in hand (stdin, JSONL)."""

    name: str
    text: str | None = None
    date: date | None = None
    key: str = "file"  # the JSON key that names the input: "file" for paths and stdin, "id" for JSONL records
    error: str | None = None  # a problem found while gathering the input (undecodable stdin, a bad JSONL line)
    warnings: tuple[str, ...] = ()  # found while gathering it (odd bytes on stdin)


@dataclass(frozen=True)
class Outcome:
    """What one input produced: its meta and result (or, when the batch was given ``render``, their text as the
    writer prints it), or the one-line error that stopped it, and any warnings."""

    name: str
    key: str
    meta: dict | None = None
    result: Any = None
    error: str | None = None
    words: int = 0
    warnings: tuple[str, ...] = ()
    output: str | None = None


def expand_paths(paths: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[ArticleInput]:
    """Files as named; directories searched recursively for articles (*.txt, *.md, *.html, *.htm); globs
    expanded; URLs kept; ``-`` is stdin (read here, at most ``max_bytes`` + 1 bytes of it).

    A name that matches nothing is still yielded, so that reading it reports the problem in its place; a
    folder that cannot be read, or has no article in it, is an error in its place.
    """
    for name in paths:
        path = Path(name)
        if name == STDIN_NAME:
            yield _stdin_input(max_bytes)
        elif is_url(name):
            yield ArticleInput(name)
        elif path.is_dir():
            yield from _directory_inputs(name)
        elif not path.exists() and GLOB_CHARACTERS & set(name) and (matches := sorted(glob.glob(name, recursive=True))):
            yield from expand_paths(matches, max_bytes=max_bytes)
        else:
            yield ArticleInput(name)


def _directory_inputs(name: str) -> Iterator[ArticleInput]:
    """The articles under a folder in name order, and an error for every folder under it that cannot be read."""
    found: list[ArticleInput] = []

    def unreadable(error: OSError) -> None:
        where = error.filename or name
        found.append(ArticleInput(where, error=f"{where}: folder cannot be read ({error.strerror or error})"))

    for folder, subfolders, files in os.walk(name, onerror=unreadable):
        subfolders.sort()
        found.extend(ArticleInput(os.path.join(folder, file)) for file in files if file.lower().endswith(ARTICLE_SUFFIXES))
    if not found:
        suffixes = ", ".join(ARTICLE_SUFFIXES[:-1]) + " or " + ARTICLE_SUFFIXES[-1]
        found.append(ArticleInput(name, error=f"{name}: no {suffixes} files in this folder"))
    yield from sorted(found, key=lambda item: item.name)


def _stdin_input(max_bytes: int) -> ArticleInput:
    warnings: list[str] = []
    try:
        text = decode(STDIN_NAME, read_limited(sys.stdin.buffer, STDIN_NAME, max_bytes), warnings)
        return ArticleInput(STDIN_NAME, text=text, warnings=tuple(warnings))
    except InputError as error:
        return ArticleInput(STDIN_NAME, error=str(error))


def read_jsonl(name: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[ArticleInput]:
    """Articles from JSON Lines, one ``{"id", "text", "date"?}`` per line. The file's problems (missing, a
    folder) are one error; a bad line is an error for that line (under its own ``id`` when it has one)."""
    try:
        handle = sys.stdin.buffer if name == STDIN_NAME else open(name, "rb")  # noqa: SIM115 - closed below
    except OSError as error:
        problem = "is a directory, not a file" if isinstance(error, IsADirectoryError) else f"cannot be read ({error.strerror or error})"
        yield ArticleInput(name, key="id", error=f"{name}: {problem}")
        return
    with handle:
        for number, raw in enumerate(handle, start=1):
            yield from _jsonl_record(name, number, raw.removeprefix(codecs.BOM_UTF8) if number == 1 else raw)


def _jsonl_record(name: str, number: int, raw: bytes) -> Iterator[ArticleInput]:
    where = f"{name}:{number}"
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        identifier = _record_id(raw.decode("utf-8", "replace"), where)
        yield ArticleInput(identifier, key="id", error=f"{where}: not UTF-8 (undecodable byte at column {error.start + 1})")
        return
    if not line.strip():
        return
    try:
        record = json.loads(line)
    except ValueError:
        record = None
    if not isinstance(record, dict):
        yield ArticleInput(where, key="id", error=f'{where}: not a JSON object with a string "text"')
        return
    identifier = str(record["id"]) if record.get("id") is not None else where
    if not _is_unicode(identifier):
        yield ArticleInput(where, key="id", error=f'{where}: a lone surrogate escape (\\udXXX) in "id"')
        return
    text = record.get("text")
    if not isinstance(text, str):
        yield ArticleInput(identifier, key="id", error=f'{where}: no string "text" in the record')
    elif not _is_unicode(text):
        yield ArticleInput(identifier, key="id", error=f'{where}: a lone surrogate escape (\\udXXX) in "text"')
    else:
        try:
            article_date = _record_date(str(record["date"])) if record.get("date") else None
        except ValueError as error:
            yield ArticleInput(identifier, key="id", error=f'{where}: "date": {error}')
            return
        yield ArticleInput(identifier, text=text, date=article_date, key="id")


def _record_id(line: str, where: str) -> str:
    """The ``id`` of a record that cannot be used, so that its error line is found under it."""
    try:
        record = json.loads(line)
    except ValueError:
        return where
    identifier = record.get("id") if isinstance(record, dict) else None
    return str(identifier) if identifier is not None and _is_unicode(str(identifier)) else where


def _record_date(value: str) -> date:
    """A record's date as the header reader takes it (2023-05-10, 2023-05-10T09:00Z, May 10, 2023); an
    invalid one is an error for the record, as an invalid ``--date`` is for the command."""
    from .meta import parse_date

    found = parse_date(value)
    if found is None:
        if ISO_DATE_START.match(value.strip()):
            parse_iso_date(value.strip()[:10])  # raises, naming the invalid day or month
        raise ValueError(f"{value!r} is not a date (YYYY-MM-DD, or May 10, 2023)")
    return found


def _is_unicode(text: str) -> bool:
    """Whether text can be written out: JSON may escape lone surrogates, which no UTF-8 output can hold."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def analyse_input(
    item: ArticleInput,
    analysis: Callable,
    *,
    date_override: date | None,
    max_bytes: int,
    render: Callable[[str, str, dict, Any], str] | None = None,
) -> Outcome:
    """Read, model and analyse one input; runs in a worker. Input problems become the outcome's error. With
    ``render``, the outcome holds the text it makes of the meta and result in their place."""
    from .document import build_document

    if item.error:
        return Outcome(item.name, item.key, error=item.error, warnings=item.warnings)
    warnings = list(item.warnings)
    try:
        source = read_source(item.name, max_bytes=max_bytes) if item.text is None else _source_in_hand(item, max_bytes, warnings)
        warnings = list(source.warnings)
        document = build_document(source.text, date_override=date_override or item.date or source.date)
        if not document.sentences:
            raise InputError(item.name, "no body text after the header")
        meta = {**document.meta.to_json(), **_page_meta(document.meta.to_json(), source), "format": source.format}
        result = analysis(document)
        if render is not None:
            output = render(item.name, item.key, meta, result)
            return Outcome(item.name, item.key, words=len(document.words), warnings=tuple(warnings), output=output)
        return Outcome(item.name, item.key, meta, result, words=len(document.words), warnings=tuple(warnings))
    except (InputError, TimeoutError) as error:  # TimeoutError: a user's pattern (check) ran out of time
        message = str(error) if isinstance(error, InputError) else f"{item.name}: {error}"
        return Outcome(item.name, item.key, error=message, warnings=tuple(warnings))
    except Exception as error:  # a bug must cost one article, never the batch
        return Outcome(item.name, item.key, error=f"{item.name}: internal error ({type(error).__name__}: {error})")


def _source_in_hand(item: ArticleInput, max_bytes: int, warnings: list[str]) -> Source:
    """Text already in hand (stdin, a JSONL record) gets the same checks and cleaning as a file's text."""
    assert item.text is not None
    check_size(item.name, len(item.text.encode("utf-8")), max_bytes)
    return prepare_text(item.name, item.text, warnings=warnings)


def _page_meta(meta: dict, source: Source) -> dict:
    """What an HTML page's own metadata says, where the header reader found nothing in the extracted text."""
    if source.format != HTML_FORMAT:
        return {}
    found = {"title": source.title, "author": source.author}
    return {key: value for key, value in found.items() if value and not meta.get(key)}


def run_batch(
    items: Iterable[ArticleInput],
    analysis: Callable,
    *,
    date_override: date | None = None,
    max_bytes: int,
    jobs: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
    client: Any = None,
    render: Callable[[str, str, dict, Any], str] | None = None,
) -> Iterator[Outcome]:
    """Outcomes in input order. ``analysis`` must be picklable (a module-level function or a partial of one), and
    so must ``render``, which, when given, makes each result's text where it was analysed (``Outcome.output``)."""
    task = partial(analyse_input, analysis=analysis, date_override=date_override, max_bytes=max_bytes, render=render)
    if engine == "dask":
        yield from _run_on_dask(items, task, scheduler=scheduler, jobs=jobs, client=client, connect_timeout=connect_timeout)
        return
    items = iter(items)
    head = [item for _, item in zip(range(MIN_INPUTS_FOR_WORKERS), items, strict=False)]
    if jobs <= 1 or len(head) < MIN_INPUTS_FOR_WORKERS:
        yield from _run_here(itertools.chain(head, items), task)
        return
    yield from _run_on_processes(itertools.chain(head, items), task, jobs)


def _run_here(items: Iterator[ArticleInput], task: Callable) -> Iterator[Outcome]:
    """The outcomes of a batch run in this process.

    The first article loads the models and tables: tens of thousands of objects that live as long as the process.
    The collections their making sets off walk them again and again and find next to nothing to free (some hundreds
    of cyclic objects, at most once a process): about 2% of a one-article run, so the collector is off while the
    first article runs. Then they are frozen: every full collection of a long batch would walk them again (a few
    percent of it). They are frozen before the collector is back on: all that was made while it was off waits in its
    youngest generation, which it would otherwise walk whole at its next allocation (1% of a one-article run). The
    workers' forkserver does the same (``newscli.preload``); once a process.
    """
    outcomes = map(task, items)
    if gc.get_freeze_count():  # an earlier batch in this process has loaded them
        yield from outcomes
        return
    with collector_off():
        first = list(itertools.islice(outcomes, 1))
        gc.freeze()
    yield from first
    yield from outcomes


@contextlib.contextmanager
def collector_off() -> Iterator[None]:
    """The cyclic garbage collector off for a while, then as it was."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _ignore_sigint() -> None:
    """Workers leave Ctrl-C to the parent, which stops them; otherwise each would print a traceback."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _run_on_processes(items: Iterator[ArticleInput], task: Callable, jobs: int) -> Iterator[Outcome]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context(worker_start_method())
    if context.get_start_method() == "fork":
        # Inputs are analysed here until one has been (its error, if any, reported in its place): that loads what
        # this command's analysis needs, and only that, as a one-job batch does, and the workers forked next share it.
        for outcome in _run_here(items, task):
            yield outcome
            if outcome.error is None:
                break
    elif context.get_start_method() == "forkserver":
        context.set_forkserver_preload([PRELOAD_MODULE])
    executor = ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_ignore_sigint)
    try:
        yield from _in_order(items, executor.submit, task, window=jobs * TASKS_PER_WORKER)
    finally:
        # Waiting costs at most the tasks in flight, and leaves no worker behind holding our stdout/stderr.
        executor.shutdown(wait=True, cancel_futures=True)


def worker_start_method() -> str | None:
    """How the workers start: forked from this process once it has analysed the first article, so that they share
    the models that loaded; where another thread runs (a progress bar), from a forkserver that has loaded them
    (``newscli.preload``), since forking a process with threads can leave a worker waiting on a lock that no
    thread of its own will release. Forking from here spares, before any article, the forkserver's own
    interpreter and imports, and a warm-up that loads what every command needs and compiles every date pattern.
    Elsewhere than Linux, the platform's default (spawn)."""
    if not sys.platform.startswith("linux"):
        return None
    return "fork" if threading.active_count() == 1 else "forkserver"


def _run_on_dask(
    items: Iterable[ArticleInput], task: Callable, *, scheduler: str | None, jobs: int, client: Any, connect_timeout: float
) -> Iterator[Outcome]:
    own_client = client is None
    cluster = None
    if own_client:
        client, cluster = _start_dask(scheduler, jobs, connect_timeout)
    try:
        submit = partial(client.submit, pure=False)
        yield from _in_order(iter(items), submit, task, window=max(jobs, 1) * TASKS_PER_WORKER)
    finally:
        # On Ctrl-C too, quickly and quietly: a close that times out must not print a traceback over the
        # interrupt (the workers, which ignore SIGINT, go with their cluster).
        with contextlib.suppress(Exception):
            if own_client:
                client.close(timeout=5)
            if cluster is not None:
                cluster.close(timeout=5)  # a cluster handed to Client is not closed with it


def _start_dask(scheduler: str | None, jobs: int, connect_timeout: float) -> tuple[Any, Any]:
    """A client of the named scheduler, or of a local cluster started here; ``EngineError`` in one line when
    neither answers within ``connect_timeout`` seconds (dask's own default waits 30 s, then prints pages)."""
    import logging

    from dask.distributed import Client, LocalCluster

    # dask logs every retry and shutdown step with tracebacks; newscli reports a failure itself, in one line.
    logging.getLogger("distributed").setLevel(logging.CRITICAL)
    logging.getLogger("tornado").setLevel(logging.CRITICAL)
    cluster = None
    try:
        if scheduler is None:
            with _sigint_ignored():  # inherited by the worker processes: Ctrl-C is the parent's to handle
                cluster = LocalCluster(
                    n_workers=jobs, threads_per_worker=1, dashboard_address=None, timeout=connect_timeout, silence_logs=logging.CRITICAL
                )
        return Client(scheduler or cluster, timeout=connect_timeout), cluster
    except Exception as error:  # OSError, TimeoutError, and dask's own kinds, differing between versions
        if cluster is not None:
            cluster.close(timeout=2)
        where = f"dask scheduler {scheduler}" if scheduler else "a local dask cluster"
        reason = " ".join(str(error).split()) or type(error).__name__
        raise EngineError(f"cannot connect to {where} within {connect_timeout:g} s ({reason[:200]})") from None


@contextlib.contextmanager
def _sigint_ignored() -> Iterator[None]:
    """SIGINT ignored while processes are started, so that they ignore it too (a disposition that survives
    exec); only the main thread may change it, elsewhere nothing changes."""
    try:
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _in_order(items: Iterator[ArticleInput], submit: Callable, task: Callable, *, window: int) -> Iterator[Outcome]:
    """Keep at most ``window`` tasks in flight and yield their results in submission order."""
    pending: deque = deque()
    for item in items:
        pending.append(submit(task, item))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
