"""Shared pieces of the scorers: loading gold JSONL, building documents, precision/recall/F1."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from newscli.document import Document, build_document
from newscli.meta import parse_date


def load_jsonl(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)


def document_of(record: dict) -> Document:
    """The newscli document of a gold record; its ``dct`` (when present) is the article date, as ``--date``."""
    reference: date | None = parse_date(record["dct"]) if record.get("dct") else None
    return build_document(record["text"], date_override=reference)


def prf(true_positives: float, predicted: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (0 where undefined)."""
    precision = true_positives / predicted if predicted else 0.0
    recall = true_positives / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    """Number of characters two spans share."""
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def row(data: str, metric: str, value: float, note: str = "") -> dict:
    return {"data": data, "metric": metric, "value": round(value, 4), "note": note}
