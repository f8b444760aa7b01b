"""Output: JSON Lines for pipelines, Rich tables for people. Rendering never computes."""

from __future__ import annotations

import errno
import json
import signal
import sys
from contextlib import contextmanager
from functools import cache

# Characters that ``str.splitlines`` (and JavaScript) take for line ends, which JSON leaves unescaped: escaped,
# an article's text can never split its JSON line in two.
LINE_BREAKS_IN_STRINGS = {"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def write_json(record: dict) -> None:
    """One JSON object on one line of stdout (JSON Lines), flushed so pipelines see it at once.

    A record that is not valid Unicode (a file name with undecodable bytes arrives with lone surrogates) is
    written with JSON escapes: the line is still UTF-8 and parses back to the same object."""
    line = json.dumps(record, ensure_ascii=False)
    for line_break, escape in LINE_BREAKS_IN_STRINGS.items():
        line = line.replace(line_break, escape)  # str.replace: translate() costs a millisecond per article
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        line = json.dumps(record)
    with _interrupts_held():
        sys.stdout.write(line + "\n")
        sys.stdout.flush()


@contextmanager
def _interrupts_held():
    """Ctrl-C waits until the line is out: a batch it stops never ends in half a line (a write to a pipe can
    be cut short by a signal). It arrives, as KeyboardInterrupt, right after."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


@cache
def console():
    """The Rich console for stdout; Rich itself drops colour when stdout is not a terminal or NO_COLOR is set."""
    from rich.console import Console

    stdout = Console()
    stdout.on_broken_pipe = _broken_pipe  # Rich would exit 1 (a failed check); the CLI decides the exit code
    return stdout


def _broken_pipe() -> None:
    raise BrokenPipeError(errno.EPIPE, "standard output was closed")


@cache
def error_console():
    from rich.console import Console

    return Console(stderr=True)


def heading(name: str, meta: dict) -> str:
    """A title line for one input's tables: its name and what its header said."""
    from rich.markup import escape

    details = [value for value in (meta.get("date"), meta.get("dateline"), meta.get("source")) if value]
    return escape(name) + (f" [dim]({escape(', '.join(details))})[/dim]" if details else "")
