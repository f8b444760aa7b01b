"""Output: JSON Lines for pipelines, CSV for spreadsheets, Markdown for notes, Rich tables for people.

Every format of every command lives in this package; renderers only lay out what the analyses computed.
``envelope`` is the one place the JSON object of an analysed article is built (the CLI and the library API).
"""

from __future__ import annotations

import errno
import json
import re
import signal
import sys
from contextlib import contextmanager
from functools import cache

# Characters JSON leaves unescaped that are line ends to ``str.splitlines`` and JavaScript (NEL, U+2028,
# U+2029) or control characters to a terminal (DEL and the C1 range, which holds NEL): escaped, an article's
# text can neither split its JSON line in two nor drive the terminal a JSON line is printed on.
UNESCAPED_BY_JSON = re.compile("[\x7f-\x9f\u2028\u2029]")
# Control characters other than tab and newline (and a carriage return ending a CRLF line): shown as
# ``\x1b``-style escapes wherever text reaches a terminal, so that article text or a file name can never
# retitle the window, move the cursor or hide table rows.
TERMINAL_CONTROLS = re.compile("\r(?!\n)|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def envelope(meta: dict, sections: dict, *, key: str | None = None, name: str | None = None) -> dict:
    """The JSON object of one analysed article: the input's name under ``key`` (``file`` or ``id``) when it
    has one, the article's meta, then the analysis' sections."""
    record: dict = {key: name} if key else {}
    record["meta"] = meta
    record.update(sections)
    return record


def error_envelope(key: str, name: str, error: str) -> dict:
    """The JSON object of an input that could not be analysed."""
    return {key: name, "error": error}


def write_json(record: dict) -> None:
    """One JSON object on one line of stdout (JSON Lines), flushed so pipelines see it at once."""
    write_out(json_line(record))


def json_line(record: dict) -> str:
    """The line ``write_json`` writes for ``record``, newline included.

    A record that is not valid Unicode (a file name with undecodable bytes arrives with lone surrogates) is
    written with JSON escapes: the line is still UTF-8 and parses back to the same object."""
    line = json.dumps(record, ensure_ascii=False)
    if UNESCAPED_BY_JSON.search(line):
        line = UNESCAPED_BY_JSON.sub(lambda match: f"\\u{ord(match.group()):04x}", line)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        line = json.dumps(record)
    return line + "\n"


def write_out(text: str) -> None:
    """Text to stdout, whole and flushed: results go to stdout, always, and only there."""
    with _interrupts_held():
        sys.stdout.write(text)
        sys.stdout.flush()


def printable(text: str) -> str:
    """``text`` with its control characters (other than tab and newline) shown as escapes: ``\\x1b``."""
    if not TERMINAL_CONTROLS.search(text):
        return text
    return TERMINAL_CONTROLS.sub(lambda match: f"\\x{ord(match.group()):02x}", text)


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
    stdout.on_broken_pipe = _broken_pipe  # type: ignore[method-assign]  # Rich would exit 1 (a failed check); the CLI decides the exit code
    return stdout


def _broken_pipe() -> None:
    raise BrokenPipeError(errno.EPIPE, "standard output was closed")


@cache
def error_console():
    from rich.console import Console

    return Console(stderr=True)


def write_error(message: str) -> None:
    """One line on stderr, its control characters escaped (it may hold a file name or an article's words)."""
    sys.stderr.write(printable(message) + "\n")


def heading_details(meta: dict) -> str:
    """What an article's header said, for a title line: ``2023-05-10, Tokyo, CNN``."""
    return ", ".join(str(value) for value in (meta.get("date"), meta.get("dateline"), meta.get("source")) if value)


def heading(name: str, meta: dict):
    """A title line for one input's tables: its name and what its header said."""
    from rich.text import Text

    title = Text(printable(name))
    details = heading_details(meta)
    if details:
        title.append(f" ({printable(details)})", style="dim")
    return title


def cell(text: str | None):
    """A table cell of article text or a name: never markup, never a control character."""
    from rich.text import Text

    return Text(printable(text or ""))


# A word longer than this may be broken to fit a narrow terminal (a URL, say); shorter words never are.
LONGEST_UNBROKEN_WORD = 24


def print_table(table) -> None:
    """Print a Rich table on stdout, wrapping its cells between words, never inside a word, when the
    terminal is narrow (Rich would shrink every column alike and fold ``Organization`` into ``Organizati``/``on``)."""
    out = console()
    _fit_words(table, out)
    out.print(table)


def _fit_words(table, out) -> None:
    """Narrow the widest wrapping columns first, as Rich does, but never below a column's longest word."""
    from rich.measure import Measurement

    columns = table.columns
    _, right, _, left = table.padding
    borders = (2 if table.box and table.show_edge else 0) + (len(columns) - 1 if table.box else 0)
    available = (table.width or out.width) - borders - (left + right) * len(columns)
    least, widths = [], []
    for column in columns:
        cells = [column.header, *column.cells] if table.show_header else list(column.cells)
        sizes = [Measurement.get(out, out.options, value) for value in cells] or [Measurement(1, 1)]
        longest_cell = max(size.maximum for size in sizes)
        longest_word = max(size.minimum for size in sizes)
        least.append(longest_cell if column.no_wrap else min(longest_word, LONGEST_UNBROKEN_WORD, longest_cell))
        widths.append(longest_cell)
    excess = sum(widths) - available
    if excess <= 0 or sum(least) > available:
        return  # it fits as it is, or cannot fit without breaking words: Rich's own layout is as good
    while excess > 0:
        shrinkable = [index for index, width in enumerate(widths) if width > least[index]]
        top = max(widths[index] for index in shrinkable)
        widest = [index for index in shrinkable if widths[index] == top]
        floor = max([widths[index] for index in shrinkable if widths[index] < top] + [least[index] for index in widest])
        step = min(top - floor, excess // len(widest))
        if step == 0:  # less left to cut than there are widest columns: one each, the rightmost first
            widest = widest[-excess:]
            step = 1
        for index in widest:
            widths[index] -= step
            excess -= step
    for column, width in zip(columns, widths, strict=True):
        column.max_width = width
