"""Each command's layout: its Rich table, and the rows CSV and Markdown write (named as in the JSON).

Rows are the analyses' own values, laid flat: nothing here computes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

from .formats import Column, Layout, Section

OFFSETS = (Column("start", "Start", in_markdown=False, numeric=True), Column("end", "End", in_markdown=False, numeric=True))


def _summary_rows(summary) -> Iterator[dict]:
    for sentence in summary.sentences:
        yield {"sentence": sentence.sentence, "text": sentence.text, "score": sentence.score, "start": sentence.start, "end": sentence.end}


def _keyphrase_rows(summary) -> Iterator[dict]:
    for phrase in summary.keyphrases:
        yield {"text": phrase.text, "score": phrase.score, "count": phrase.count}


def _entity_rows(result) -> Iterator[dict]:
    for entity in result.entities:
        yield {"name": entity.name, "type": entity.type, "count": entity.count, "aliases": entity.aliases, "role": entity.role}


def _quote_rows(result) -> Iterator[dict]:
    for quote in result.quotes:
        speaker = quote.speaker
        yield {
            "speaker": speaker.name if speaker else None,
            "speaker_role": speaker.role if speaker else None,
            "text": quote.text,
            "cue": quote.cue,
            "type": quote.type,
            "marks": quote.marks,
            "paragraph": quote.paragraph,
            "start": quote.start,
            "end": quote.end,
        }


def _speaker_rows(result) -> Iterator[dict]:
    for speaker in result.speakers:
        yield {"name": speaker.name, "role": speaker.role, "quotes": speaker.quotes, "words": speaker.words}


def _timeline_rows(timeline) -> Iterator[dict]:
    from .timeline import describe

    for entry in timeline.entries:
        yield {
            "when": describe(entry),
            "text": entry.text,
            "type": entry.type,
            "value": entry.value,
            "relative_to": entry.relative_to,
            "event": entry.event.text if entry.event else None,
            "start": entry.start,
            "end": entry.end,
        }


def _figure_rows(stats) -> Iterator[dict]:
    """Every figure of the JSON's ``stats`` object, nested names joined with dots; the sentence lists
    (long and passive sentences) are not figures and stay in the JSON."""

    def figures(prefix: str, values: dict) -> Iterator[dict]:
        for name, value in values.items():
            if isinstance(value, dict):
                yield from figures(f"{prefix}{name}.", value)
            elif not isinstance(value, (list, tuple)):
                yield {"figure": prefix + name, "value": value}

    yield from figures("", stats.to_json()["stats"])


def _finding_rows(result) -> Iterator[dict]:
    for finding in result.findings:
        yield finding.to_json()


SUMMARY = Section(
    "summary",
    "Summary",
    (Column("sentence", "Sentence (from 0)", numeric=True), Column("text", "Text"), Column("score", "Score", numeric=True), *OFFSETS),
    _summary_rows,
)
KEYPHRASES = Section(
    "keyphrases",
    "Key phrases",
    (Column("text", "Key phrase"), Column("score", "Score", numeric=True), Column("count", "Count", numeric=True)),
    _keyphrase_rows,
)
ENTITIES = Section(
    "entities",
    "Entities",
    (
        Column("name", "Entity"),
        Column("type", "Type"),
        Column("count", "Mentions", numeric=True),
        Column("aliases", "Aliases"),
        Column("role", "Role"),
    ),
    _entity_rows,
)
QUOTES = Section(
    "quotes",
    "Quotes",
    (
        Column("speaker", "Speaker"),
        Column("speaker_role", "Role"),
        Column("text", "Quote"),
        Column("cue", "Cue"),
        Column("type", "Type"),
        Column("marks", "Marks"),
        Column("paragraph", "Paragraph", in_markdown=False, numeric=True),
        *OFFSETS,
    ),
    _quote_rows,
)
SPEAKERS = Section(
    "speakers",
    "Speakers",
    (Column("name", "Speaker"), Column("role", "Role"), Column("quotes", "Quotes", numeric=True), Column("words", "Words", numeric=True)),
    _speaker_rows,
)
TIMELINE = Section(
    "timeline",
    "Timeline",
    (
        Column("when", "When"),
        Column("text", "Expression"),
        Column("type", "Type"),
        Column("value", "Value", in_markdown=False),
        Column("relative_to", "Relative to", in_markdown=False),
        Column("event", "Event"),
        *OFFSETS,
    ),
    _timeline_rows,
)
FIGURES = Section("stats", "Stats", (Column("figure", "Figure"), Column("value", "Value", numeric=True)), _figure_rows)
FINDINGS = Section(
    "findings",
    "Findings",
    (
        Column("line", "Line", numeric=True),
        Column("column", "Column", numeric=True),
        Column("end_line", "End line", in_markdown=False, numeric=True),
        Column("end_column", "End column", in_markdown=False, numeric=True),
        Column("severity", "Severity"),
        Column("rule", "Rule"),
        Column("message", "Message"),
        Column("text", "Text"),
    ),
    _finding_rows,
)


def _of(section: Section, part: Callable[[Any], Any]) -> Section:
    """``section`` over one part of a combined result (the ``analyze`` report's quotes, say)."""
    rows = section.rows
    return replace(section, rows=lambda result: rows(part(result)))


def summary_layout() -> Layout:
    from .summarize import render_summary

    return Layout(render_summary, (SUMMARY, KEYPHRASES))


def entities_layout() -> Layout:
    from .entities import render_entities

    return Layout(render_entities, (ENTITIES,))


def quotes_layout(*, by_speaker: bool) -> Layout:
    from .quotes import render_quotes, render_quotes_by_speaker

    if by_speaker:
        return Layout(render_quotes_by_speaker, (SPEAKERS,))
    return Layout(render_quotes, (QUOTES,))


def timeline_layout() -> Layout:
    from .timeline import render_timeline

    return Layout(render_timeline, (TIMELINE,))


def _source_rows(result) -> Iterator[dict]:
    for source in result.sources:
        yield source.to_json()


def _source_summary_rows(result) -> Iterator[dict]:
    """Every figure of ``source_summary``, nested names joined with dots (``share_by_gender.female``)."""
    for name, value in result.summary.to_json().items():
        if isinstance(value, dict):
            for inner, figure in value.items():
                yield {"figure": f"{name}.{inner}", "value": figure}
        else:
            yield {"figure": name, "value": value}


SOURCES = Section(
    "sources",
    "Sources",
    (
        Column("name", "Source"),
        Column("kind", "Kind"),
        Column("role", "Role"),
        Column("category", "Category"),
        Column("gender", "Gender"),
        Column("gender_basis", "Gender from"),
        Column("quotes", "Quotes", numeric=True),
        Column("words", "Words", numeric=True),
        Column("share", "Share", numeric=True),
        Column("first_paragraph", "First paragraph", numeric=True),
        Column("mentions", "Mentions", numeric=True),
        Column("attributions", "Attributions", numeric=True),
    ),
    _source_rows,
)
SOURCE_SUMMARY = Section("source_summary", "Sourcing", (Column("figure", "Figure"), Column("value", "Value")), _source_summary_rows)


def sources_layout() -> Layout:
    from .sources import render_sources

    return Layout(render_sources, (SOURCES, SOURCE_SUMMARY))


def stats_layout() -> Layout:
    from .stats import render_stats

    return Layout(lambda name, meta, report: render_stats(name, meta, report.stats), (_of(FIGURES, lambda report: report.stats),))


def findings_layout() -> Layout:
    return Layout(lambda name, meta, result: None, (FINDINGS,))


def report_layout() -> Layout:
    from .analyze import render_report

    return Layout(
        render_report,
        (
            _of(SUMMARY, lambda report: report.summary),
            _of(KEYPHRASES, lambda report: report.summary),
            _of(ENTITIES, lambda report: report.entities),
            _of(QUOTES, lambda report: report.quotes),
            _of(SPEAKERS, lambda report: report.quotes),
            _of(TIMELINE, lambda report: report.timeline),
            _of(FIGURES, lambda report: report.stats),
        ),
    )
