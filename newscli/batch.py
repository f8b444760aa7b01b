"""Running one analysis over many articles: input expansion, worker processes or a dask cluster,
results streamed back in input order with flat memory.

Every input yields exactly one ``Outcome``: its result or its error. Workers read and model the
article themselves, so only names (or the text of stdin and JSONL records) cross process boundaries.
"""

from __future__ import annotations

import glob
import itertools
import json
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from .reader import STDIN_NAME, InputError, check_size, check_text, decode, read_source

ARTICLE_SUFFIXES = (".txt", ".md")
GLOB_CHARACTERS = frozenset("*?[")
# Below this many inputs, starting worker processes costs more than it saves.
MIN_INPUTS_FOR_WORKERS = 8
# Tasks in flight per worker: enough to keep workers busy, few enough to keep memory flat.
TASKS_PER_WORKER = 4


@dataclass(frozen=True)
class ArticleInput:
    """One article to analyse: a file to read (``text`` None) or text already in hand (stdin, JSONL)."""

    name: str
    text: str | None = None
    date: date | None = None
    key: str = "file"  # the JSON key that names the input: "file" for paths and stdin, "id" for JSONL records
    error: str | None = None  # a problem found while gathering the input (undecodable stdin, a bad JSONL line)


@dataclass(frozen=True)
class Outcome:
    """What one input produced: its meta and result, or the one-line error that stopped it."""

    name: str
    key: str
    meta: dict | None = None
    result: Any = None
    error: str | None = None
    words: int = 0


def expand_paths(paths: Iterable[str]) -> Iterator[ArticleInput]:
    """Files as named; directories searched recursively for *.txt and *.md; globs expanded; ``-`` is stdin.

    A name that matches nothing is still yielded, so that reading it reports the problem in its place.
    """
    for name in paths:
        path = Path(name)
        if name == STDIN_NAME:
            yield _stdin_input()
        elif path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file())
            if not found:
                yield ArticleInput(name)  # reading a directory reports it as such
            yield from (ArticleInput(str(p)) for p in found)
        elif not path.exists() and GLOB_CHARACTERS & set(name) and (matches := sorted(glob.glob(name, recursive=True))):
            yield from expand_paths(matches)
        else:
            yield ArticleInput(name)


def _stdin_input() -> ArticleInput:
    try:
        return ArticleInput(STDIN_NAME, text=decode(STDIN_NAME, sys.stdin.buffer.read()))
    except InputError as error:
        return ArticleInput(STDIN_NAME, error=str(error))


def read_jsonl(name: str) -> Iterator[ArticleInput]:
    """Articles from JSON Lines, one ``{"id", "text", "date"?}`` per line; a bad line becomes an error outcome."""
    from .meta import parse_date

    handle = sys.stdin if name == STDIN_NAME else open(name, encoding="utf-8")
    with handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                text = record["text"]
                if not isinstance(text, str):
                    raise TypeError
            except (ValueError, KeyError, TypeError):
                where = f"{name}:{number}"
                yield ArticleInput(where, key="id", error=f"{where}: not a JSON object with a string \"text\"")
                continue
            identifier = str(record.get("id", f"{name}:{number}"))
            if not _is_unicode(text) or not _is_unicode(identifier):
                where = f"{name}:{number}"
                yield ArticleInput(where, key="id", error=f"{where}: a lone surrogate escape (\\udXXX) in \"id\" or \"text\"")
                continue
            article_date = parse_date(str(record["date"])) if record.get("date") else None
            yield ArticleInput(identifier, text=text, date=article_date, key="id")


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
) -> Outcome:
    """Read, model and analyse one input; runs in a worker. Input problems become the outcome's error."""
    from .document import build_document

    if item.error:
        return Outcome(item.name, item.key, error=item.error)
    try:
        text = read_source(item.name, max_bytes=max_bytes).text if item.text is None else _checked_text(item, max_bytes)
        document = build_document(text, date_override=date_override or item.date)
        if not document.sentences:
            raise InputError(item.name, "no body text after the header")
        return Outcome(item.name, item.key, document.meta.to_json(), analysis(document), words=len(document.words))
    except InputError as error:
        return Outcome(item.name, item.key, error=str(error))
    except Exception as error:  # a bug must cost one article, never the batch
        return Outcome(item.name, item.key, error=f"{item.name}: internal error ({type(error).__name__}: {error})")


def _checked_text(item: ArticleInput, max_bytes: int) -> str:
    """Text already in hand (a JSONL record) gets the same checks as a file's text."""
    check_size(item.name, len(item.text), max_bytes)
    return check_text(item.name, item.text)


def run_batch(
    items: Iterable[ArticleInput],
    analysis: Callable,
    *,
    date_override: date | None = None,
    max_bytes: int,
    jobs: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    client: Any = None,
) -> Iterator[Outcome]:
    """Outcomes in input order. ``analysis`` must be picklable (a module-level function or a partial of one)."""
    task = partial(analyse_input, analysis=analysis, date_override=date_override, max_bytes=max_bytes)
    if engine == "dask":
        yield from _run_on_dask(items, task, scheduler=scheduler, jobs=jobs, client=client)
        return
    items = iter(items)
    head = [item for _, item in zip(range(MIN_INPUTS_FOR_WORKERS), items, strict=False)]
    if jobs <= 1 or len(head) < MIN_INPUTS_FOR_WORKERS:
        yield from map(task, head)
        yield from map(task, items)
        return
    yield from _run_on_processes(itertools.chain(head, items), task, jobs)


def _ignore_sigint() -> None:
    """Workers leave Ctrl-C to the parent, which stops them; otherwise each would print a traceback."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _run_on_processes(items: Iterator[ArticleInput], task: Callable, jobs: int) -> Iterator[Outcome]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # forkserver: workers start clean, whatever threads (a progress bar) the parent runs.
    context = multiprocessing.get_context("forkserver" if sys.platform.startswith("linux") else None)
    executor = ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_ignore_sigint)
    try:
        yield from _in_order(items, executor.submit, task, window=jobs * TASKS_PER_WORKER)
    finally:
        # Waiting costs at most the tasks in flight, and leaves no worker behind holding our stdout/stderr.
        executor.shutdown(wait=True, cancel_futures=True)


def _run_on_dask(items: Iterable[ArticleInput], task: Callable, *, scheduler: str | None, jobs: int, client: Any) -> Iterator[Outcome]:
    from dask.distributed import Client, LocalCluster

    own_client = client is None
    cluster = None
    if own_client:
        cluster = None if scheduler else LocalCluster(n_workers=jobs, threads_per_worker=1)
        client = Client(scheduler or cluster)
    try:
        submit = partial(client.submit, pure=False)
        yield from _in_order(iter(items), submit, task, window=max(jobs, 1) * TASKS_PER_WORKER)
    finally:
        if own_client:
            client.close()
        if cluster is not None:
            cluster.close()  # a cluster handed to Client is not closed with it


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
