"""The library API: each function takes an article's text and returns the same dict as ``--json``.

    >>> import newscli
    >>> report = newscli.analyze(text, date="2023-05-10")
    >>> [q["speaker"]["name"] for q in newscli.api.quotes(text)["quotes"] if q["speaker"]]

``date`` (a ``datetime.date`` or ``YYYY-MM-DD``) overrides the article's own date, as ``--date`` does.
To run several analyses on one text without rebuilding the document, use ``newscli.document.build_document``
and the analysis modules' functions directly (they take a ``Document``).
"""

from __future__ import annotations

from datetime import date as Date

from .document import Document, build_document
from .reader import TEXT_FORMAT
from .render import envelope


def _document(text: str, date: Date | str | None) -> Document:
    reference = Date.fromisoformat(date) if isinstance(date, str) else date
    return build_document(text, date_override=reference)


def _record(doc: Document, result) -> dict:
    return _json_values(envelope({**doc.meta.to_json(), "format": TEXT_FORMAT}, result.to_json()))


def _json_values(value):
    """The values ``--json`` writes: lists where ``to_json`` kept tuples, so that the dict equals the parsed
    JSON line."""
    if isinstance(value, dict):
        return {key: _json_values(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_json_values(item) for item in value]
    return value


def analyze(text: str, date: Date | str | None = None) -> dict:
    """Every analysis: ``{"meta", "summary", "keyphrases", "entities", "quotes", "speakers", "timeline", "stats"}``."""
    from .report import analyze_document

    doc = _document(text, date)
    return _record(doc, analyze_document(doc))


def summary(text: str, date: Date | str | None = None, **options) -> dict:
    """``{"meta", "summary", "keyphrases"}``; options as ``newscli.summarize.summarize``."""
    from .summarize import summarize

    doc = _document(text, date)
    return _record(doc, summarize(doc, **options))


def entities(text: str, date: Date | str | None = None) -> dict:
    """``{"meta", "entities"}``."""
    from .entities import extract_entities

    doc = _document(text, date)
    return _record(doc, extract_entities(doc))


def quotes(text: str, date: Date | str | None = None) -> dict:
    """``{"meta", "quotes", "speakers"}``."""
    from .quotes import extract_quotes

    doc = _document(text, date)
    return _record(doc, extract_quotes(doc))


def timeline(text: str, date: Date | str | None = None, **options) -> dict:
    """``{"meta", "timeline"}``; options as ``newscli.timeline.build_timeline`` (``include_all``, ``day_first``)."""
    from .timeline import build_timeline

    doc = _document(text, date)
    return _record(doc, build_timeline(doc, **options))


def stats(text: str, date: Date | str | None = None) -> dict:
    """``{"meta", "stats"}``."""
    from .stats import compute_stats

    doc = _document(text, date)
    return _record(doc, compute_stats(doc))


def sources(text: str, date: Date | str | None = None) -> dict:
    """``{"meta", "sources", "source_summary"}``: entities, quotes and sources, each computed once."""
    from .sources import sources_of

    doc = _document(text, date)
    return _record(doc, sources_of(doc))
