"""Rendering of ``sources``: one article's sources and figures as Rich tables, and the figures over a batch
in every format (``CorpusWriter``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..sources import CorpusSources, Sources, SourceSummary, SourceTotals
from . import cell, console, heading, print_table, printable, write_json

if TYPE_CHECKING:
    from .formats import Writer

ALL_ARTICLES = "(all articles)"


def render_sources(name: str, meta: dict, result: Sources) -> None:
    from rich.table import Table
    from rich.text import Text

    table = Table(title=heading(name, meta), title_justify="left")
    table.add_column("Source (kind, category; role)", ratio=1, min_width=14, overflow="fold")
    table.add_column("Gender", no_wrap=True)
    for column in ("Quotes", "Attrib.", "Words", "Share", "1st ¶", "Mentions"):
        table.add_column(column, justify="right", no_wrap=True)
    for source in result.sources:
        label = cell(source.name)
        label.append(printable(f"\n{source.kind}, {source.category}"), style="dim")
        if source.role:
            label.append(printable(f"; {source.role}"), style="dim")
        table.add_row(
            label,
            source.gender or "",
            str(source.quotes),
            str(source.attributions),
            str(source.words),
            f"{source.share:.0%}" if source.quoted else "",
            "" if source.first_paragraph is None else str(source.first_paragraph),
            str(source.mentions),
        )
    print_table(table)
    if not result.sources:
        console().print(Text("no sources found", style="dim"))
    print_table(_summary_table(result.summary, "Sourcing"))


def render_corpus(result: CorpusSources) -> None:
    """The figures over every article of a batch, then one table per group (outlet, author or month)."""
    print_table(_summary_table(result.total, f"All articles ({result.total.articles})"))
    for key, summary in result.groups:
        print_table(_summary_table(summary, printable(f"{result.by} = {key} ({summary.articles})")))


def _summary_table(summary: SourceSummary, title: str):
    from rich.table import Table

    table = Table(title=title, title_justify="left", show_header=False)
    table.add_column("Figure", style="bold", no_wrap=True)
    table.add_column("Value", overflow="fold")
    table.add_row("quoted sources", f"{summary.quoted_sources} ({summary.named_sources} named, {summary.anonymous_sources} anonymous)")
    table.add_row("anonymous share", f"{summary.anonymous_share:.0%}")
    table.add_row("attributed only", f"{summary.attributed_sources} (given a voice in paraphrase, not quoted)")
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


class CorpusWriter:
    """Each article's output (unless only the aggregate is wanted), then the figures over all of them: tables
    at the end of a batch of several (or with ``--aggregate``/``--by``); with those options, one JSON line, or
    summary rows named ``(all articles)`` and ``source=Gazette`` in CSV and Markdown. Keeps running sums only."""

    def __init__(self, articles: Writer, output_format: str, *, key: str, by: str | None, aggregate_only: bool):
        self.articles = articles
        self.output_format = output_format
        self.key = key
        self.aggregate_only = aggregate_only
        self.wanted = aggregate_only or by is not None
        self.totals = SourceTotals(by)
        self.count = 0

    def article(self, name: str, key: str, meta: dict, result: Sources) -> None:
        self.totals.add(meta, result)
        self.count += 1
        if not self.aggregate_only:
            self.articles.article(name, key, meta, result)

    def failed(self, name: str, key: str, error: str) -> None:
        if not self.aggregate_only:
            self.articles.failed(name, key, error)

    def finish(self) -> None:
        corpus = self.totals.result()
        if self.output_format == "table":
            if self.wanted or self.count > 1:
                render_corpus(corpus)
        elif self.wanted and self.output_format == "json":
            write_json(corpus.to_json())
        elif self.wanted:
            self.articles.article(ALL_ARTICLES, self.key, {}, Sources((), corpus.total))
            for group, summary in corpus.groups:
                self.articles.article(f"{corpus.by}={group}", self.key, {}, Sources((), summary))
        self.articles.finish()
