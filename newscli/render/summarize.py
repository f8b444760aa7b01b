"""Rich rendering of ``summarize``."""

from __future__ import annotations

from ..summarize import Summary
from . import cell, console, heading, print_table


def render_summary(name: str, meta: dict, summary: Summary) -> None:
    from rich.table import Table
    from rich.text import Text

    caption = None
    if summary.short:
        caption = f"Short input: the article has only {summary.available} summary sentence(s); all are shown."
    table = Table(
        title=heading(name, meta), caption=caption, caption_justify="left", title_justify="left", show_header=True
    )
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("Sentence", overflow="fold")
    table.add_column("Score", justify="right", no_wrap=True)
    for sentence in summary.sentences:
        table.add_row(str(sentence.sentence + 1), cell(sentence.text), f"{sentence.score:.2f}")
    print_table(table)
    if summary.keyphrases:
        line = Text("Key phrases: ", style="bold")
        line.append(cell(", ".join(phrase.text for phrase in summary.keyphrases)))
        console().print(line)
