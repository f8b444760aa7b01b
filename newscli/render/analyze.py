"""Rich rendering of ``analyze``: a compact report per article, each section a short table."""

from __future__ import annotations

from ..report import ArticleReport
from . import cell, console, heading, print_table
from .timeline import describe

TOP_ENTITIES = 8
TOP_SPEAKERS = 6
TOP_DATES = 8


def render_report(name: str, meta: dict, report: ArticleReport) -> None:
    from rich.table import Table
    from rich.text import Text

    out = console()
    out.rule(heading(name, meta), align="left")

    summary = Table(title="Summary", title_justify="left", show_header=False, box=None, padding=(0, 1))
    summary.add_column(justify="right", style="dim")
    summary.add_column(overflow="fold")
    for number, sentence in enumerate(report.summary.sentences, start=1):
        summary.add_row(str(number), cell(sentence.text))
    print_table(summary)
    if report.summary.keyphrases:
        out.print(Text.assemble(("Key phrases: ", "bold"), cell(", ".join(k.text for k in report.summary.keyphrases))))

    entities = Table(title="Entities", title_justify="left")
    for column in ("Entity", "Type", "Mentions", "Role"):
        entities.add_column(column, justify="right" if column == "Mentions" else "left")
    for entity in report.entities.entities[:TOP_ENTITIES]:
        entities.add_row(cell(entity.name), entity.type, str(entity.count), cell(entity.role))
    print_table(entities)

    speakers = Table(title="Quotes by speaker", title_justify="left")
    for column in ("Speaker", "Quotes", "Words"):
        speakers.add_column(column, justify="left" if column == "Speaker" else "right")
    for speaker in report.quotes.speakers[:TOP_SPEAKERS]:
        speakers.add_row(cell(speaker.name), str(speaker.quotes), str(speaker.words))
    print_table(speakers)

    timeline = Table(title="Timeline", title_justify="left")
    for column in ("When", "Expression", "Event"):
        timeline.add_column(column, overflow="fold")
    for entry in report.timeline.entries[:TOP_DATES]:
        timeline.add_row(describe(entry), cell(entry.text), cell(entry.event.text if entry.event else ""))
    print_table(timeline)

    stats = report.stats
    readability = stats.readability
    out.print(
        Text.assemble(
            ("Stats: ", "bold"),
            f"{stats.words:,} words, {stats.sentences} sentences, {stats.paragraphs} paragraphs; "
            f"reading ease {readability.flesch_reading_ease:.0f} ({readability.reading_ease_label}), "
            f"grade {readability.flesch_kincaid_grade:.1f}; {stats.style.passive_count} passive sentences; "
            f"reading time {stats.reading_time_seconds // 60} min {stats.reading_time_seconds % 60:02d} s",
        )
    )
