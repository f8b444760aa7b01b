"""Rich rendering of ``sources``: one article's sources and figures, and the figures over a batch."""

from __future__ import annotations

from ..sources import CorpusSources, Sources, SourceSummary
from . import console, heading


def render_sources(name: str, meta: dict, result: Sources) -> None:
    from rich.table import Table
    from rich.text import Text

    table = Table(title=heading(name, meta), title_justify="left")
    table.add_column("Source", ratio=3, min_width=14, overflow="fold")
    table.add_column("Kind", no_wrap=True)
    table.add_column("Category", ratio=2, min_width=10, overflow="fold")
    table.add_column("Gender", no_wrap=True)
    for column in ("Quotes", "Words", "Share", "First ¶", "Mentions"):
        table.add_column(column, justify="right", no_wrap=True)
    for source in result.sources:
        label = Text(source.name)
        if source.role:
            label.append(f"\n{source.role}", style="dim")
        first = "" if source.first_paragraph is None else str(source.first_paragraph)
        table.add_row(
            label,
            source.kind,
            source.category,
            source.gender or "",
            str(source.quotes),
            str(source.words),
            f"{source.share:.0%}" if source.quoted else "",
            first,
            str(source.mentions),
        )
    console().print(table)
    if not result.sources:
        console().print(Text("no sources found", style="dim"))
    console().print(_summary_table(result.summary, "Sourcing"))


def render_corpus(result: CorpusSources) -> None:
    """The figures over every article of a batch, then one table per group (outlet, author or month)."""
    console().print(_summary_table(result.total, f"All articles ({result.total.articles})"))
    for key, summary in result.groups:
        console().print(_summary_table(summary, f"{result.by} = {key} ({summary.articles})"))


def _summary_table(summary: SourceSummary, title: str):
    from rich.table import Table

    table = Table(title=title, title_justify="left", show_header=False)
    table.add_column("Figure", style="bold")
    table.add_column("Value", overflow="fold")
    table.add_row("quoted sources", f"{summary.quoted_sources} ({summary.named_sources} named, {summary.anonymous_sources} anonymous)")
    table.add_row("anonymous share", f"{summary.anonymous_share:.0%}")
    table.add_row("quoted words by gender", _shares(summary.words_by_gender, summary.share_by_gender))
    table.add_row("quoted words by role", _shares(summary.words_by_category, summary.share_by_category))
    table.add_row("people quoted by gender", _counts(summary.people_quoted_by_gender))
    table.add_row("people mentioned by gender", _counts(summary.people_mentioned_by_gender))
    if summary.articles == 1:
        table.add_row("single source", "yes" if summary.single_source else "no")
    else:
        table.add_row("single-source articles", f"{summary.single_source_articles} of {summary.articles}")
    return table


def _shares(words: dict[str, int], shares: dict[str, float]) -> str:
    shown = [f"{key} {shares[key]:.0%} ({value})" for key, value in words.items() if value]
    return ", ".join(shown) or "—"


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{key} {value}" for key, value in counts.items())
