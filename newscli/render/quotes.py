"""Rich rendering of ``quotes``: one table of quotes in article order, or one table per speaker."""

from __future__ import annotations

from ..quotes import Quotes
from . import cell, console, heading, print_table, printable


def render_quotes(name: str, meta: dict, result: Quotes) -> None:
    from rich.table import Table
    from rich.text import Text

    table = Table(title=heading(name, meta), title_justify="left", show_lines=True)
    table.add_column("Speaker", ratio=2, overflow="fold")
    table.add_column("Quote", ratio=6, overflow="fold")
    table.add_column("Cue", ratio=2, overflow="fold")
    table.add_column("Type", no_wrap=True)
    for quote in result.quotes:
        speaker = cell(quote.speaker.name if quote.speaker else "—")
        if quote.speaker and quote.speaker.role:
            speaker.append(printable(f"\n{quote.speaker.role}"), style="dim")
        kind = quote.type if quote.marks else f"{quote.type}\n(no marks)"
        table.add_row(speaker, cell(quote.text), cell(quote.cue), Text(kind))
    print_table(table)
    if not result.quotes:
        console().print(Text("no quotes found", style="dim"))


def render_quotes_by_speaker(name: str, meta: dict, result: Quotes) -> None:
    from rich.table import Table
    from rich.text import Text

    console().print(heading(name, meta))
    for speaker in result.speakers:
        title = cell(speaker.name)
        if speaker.role:
            title.append(printable(f" ({speaker.role})"), style="dim")
        title.append(f" — {speaker.quotes} quotes, {speaker.words} words, {speaker.share:.0%} of quoted words")
        table = Table(title=title, title_justify="left", show_lines=True)
        table.add_column("Quote", ratio=6, overflow="fold")
        table.add_column("Cue", ratio=2, overflow="fold")
        table.add_column("Type", no_wrap=True)
        for quote in result.quotes:
            if quote.speaker and quote.speaker.name == speaker.name:
                table.add_row(cell(quote.text), cell(quote.cue), Text(quote.type))
        print_table(table)
