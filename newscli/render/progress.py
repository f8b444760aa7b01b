"""A progress bar on stderr for batches: articles, words per second, ETA — only when someone watches."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager


@contextmanager
def progress_of(items) -> Iterator[Callable[[int], None]]:
    """Yields ``advance(words)``, to call once per finished article. Shown only when stderr is a terminal,
    stdout is not (results on a terminal show the progress themselves, and a live bar would tear them) and
    there are several inputs (or an unknown number, from JSON Lines).

    Rich's progress display would redirect stdout into itself by default: results would reach the terminal
    instead of the file or pipe stdout goes to. Only stderr is redirected, so that error lines print above
    the bar."""
    total = len(items) if isinstance(items, list) else None
    if not sys.stderr.isatty() or sys.stdout.isatty() or total in (0, 1):
        yield lambda words: None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    from . import error_console

    with Progress(
        TextColumn("articles"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[words_per_second]:,.0f} words/s"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=error_console(),
        transient=True,
        redirect_stdout=False,
    ) as progress:
        task = progress.add_task("articles", total=total, words_per_second=0.0, words=0)

        def advance(words: int) -> None:
            state = progress.tasks[task]
            done_words = state.fields["words"] + words
            elapsed = state.elapsed or 1e-9
            progress.update(task, advance=1, words=done_words, words_per_second=done_words / elapsed)

        yield advance
