"""Temporal expressions against TIMEX3 gold (../shared/eval-dev/timex/).

newscli's timeline runs as ``--all`` with each document's ``dct`` as the date. Rows per data set:
extraction precision/recall/F1, strict (exact span) and relaxed (overlap, one-to-one); type accuracy and
value accuracy over the relaxed matches; value F1 (a relaxed match whose value is also right).

- meantime_en: the creation-time item (``function == CREATION_TIME``) is neither gold nor a false positive
  when predicted; predictions that start at or after ``annotated_until`` are ignored.
- aquaint: TimeML (TempEval-3) conventions with the document's ``dct``; every TIMEX3 in the text is gold,
  the dateline's included ("WASHINGTON, March 12 (Xinhua)").
- gum_news_dates: calendar dates only, so recall is the meaningful extraction figure; a gold value may be
  an interval (``from``/``to``, or ``notBefore``/``notAfter`` when both are given) instead of a point, and a
  prediction is right when it covers the same days (as GUM marks days only, "Thursday night" is right for
  a gold "Thursday" on that day). Gold times given as a bare clock ("15:11:00") are compared on the clock.

Each data set is also scored on its even and odd documents (``name[even]``, ``name[odd]``: F1 and value
figures only), so that a change is judged on both halves: a gain on one half only is noise.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from newscli.timeline import build_timeline
from newscli.timex import value_interval

from .common import document_of, load_jsonl, overlaps, prf, row

# Issue 5's targets, with HeidelTime 2.2.1 (NEWS mode, document date) measured the same way, as notes.
TARGETS = {
    ("meantime_en", "strict F1"): "target >= 0.72 (HeidelTime 0.67)",
    ("meantime_en", "relaxed F1"): "target >= 0.80 (HeidelTime 0.73)",
    ("meantime_en", "value F1"): "target >= 0.68 (HeidelTime 0.62)",
    ("meantime_en", "value accuracy"): "target >= 0.88 (HeidelTime 0.84)",
    ("gum_news_dates", "value accuracy"): "target >= 0.88 (HeidelTime 0.79)",
    # Issue 18's targets.
    ("aquaint", "strict F1"): "target >= 0.82 (HeidelTime 0.81)",
    ("aquaint", "relaxed F1"): "HeidelTime 0.93",
    ("aquaint", "value F1"): "target >= 0.78 (HeidelTime 0.73)",
}
DATA_SETS = (("aquaint", False), ("meantime_en", False), ("gum_news_dates", True))
HALF_METRICS = ("strict F1", "relaxed F1", "value accuracy", "value F1")
COUNTS = ("gold", "predicted", "strict", "relaxed", "type", "value", "valued")


def score(eval_dir: Path) -> list[dict]:
    rows = []
    for name, dates_only in DATA_SETS:
        path = eval_dir / "timex" / f"{name}.jsonl"
        if not path.exists():
            continue
        per_document = [_count(record, dates_only=dates_only) for record in load_jsonl(path)]
        rows += _rows(name, _sum(per_document))
        for half, parity in (("even", 0), ("odd", 1)):
            figures = _rows(f"{name}[{half}]", _sum(per_document[parity::2]))
            rows += [each for each in figures if each["metric"] in HALF_METRICS]
    return rows


def _sum(per_document: list[dict[str, int]]) -> dict[str, int]:
    return {key: sum(counts[key] for counts in per_document) for key in COUNTS}


def _count(record: dict, *, dates_only: bool) -> dict[str, int]:
    counts = dict.fromkeys(COUNTS, 0)
    gold = [item for item in record["timex"] if item.get("function") != "CREATION_TIME"]
    skipped = [item for item in record["timex"] if item.get("function") == "CREATION_TIME"]
    until = record.get("annotated_until", len(record["text"]))
    predicted = [
        entry
        for entry in build_timeline(document_of(record), include_all=True).entries
        if entry.start < until and not any(overlaps(entry.start, entry.end, s["start"], s["end"]) for s in skipped)
    ]
    counts["gold"] += len(gold)
    counts["predicted"] += len(predicted)
    exact = {(item["start"], item["end"]) for item in gold}
    counts["strict"] += sum((entry.start, entry.end) in exact for entry in predicted)
    for entry, item in _relaxed_pairs(predicted, gold):
        counts["relaxed"] += 1
        counts["type"] += entry.type == item["type"]
        if _gold_value(item) is not None:
            counts["valued"] += 1
            counts["value"] += _same_value(entry.value, item, by_days=dates_only)
    return counts


def _rows(name: str, counts: dict[str, int]) -> list[dict]:
    rows = []
    for kind in ("strict", "relaxed"):
        precision, recall, f1 = prf(counts[kind], counts["predicted"], counts["gold"])
        rows += [row(name, f"{kind} precision", precision), row(name, f"{kind} recall", recall), row(name, f"{kind} F1", f1)]
    matched = counts["relaxed"]
    rows.append(row(name, "type accuracy", counts["type"] / matched if matched else 0.0, f"{matched} matched"))
    accuracy = counts["value"] / counts["valued"] if counts["valued"] else 0.0
    rows.append(row(name, "value accuracy", accuracy, f"{counts['valued']} with a gold value"))
    rows.append(row(name, "value F1", prf(counts["value"], counts["predicted"], counts["gold"])[2]))
    for each in rows:
        target = TARGETS.get((name, each["metric"]))
        if target:
            each["note"] = "; ".join(filter(None, (each["note"], target)))
    return rows


def _relaxed_pairs(predicted, gold) -> list[tuple]:
    """One-to-one pairs of overlapping spans, greedily by largest overlap."""
    options = sorted(
        (
            (overlaps(entry.start, entry.end, item["start"], item["end"]), p, g)
            for p, entry in enumerate(predicted)
            for g, item in enumerate(gold)
            if overlaps(entry.start, entry.end, item["start"], item["end"])
        ),
        reverse=True,
    )
    used_p, used_g, pairs = set(), set(), []
    for _, p, g in options:
        if p not in used_p and g not in used_g:
            used_p.add(p)
            used_g.add(g)
            pairs.append((predicted[p], gold[g]))
    return pairs


def _gold_value(item: dict):
    if item.get("value"):
        return item["value"]
    if item.get("from") and item.get("to"):
        return (item["from"], item["to"])
    if item.get("notBefore") and item.get("notAfter"):
        return (item["notBefore"], item["notAfter"])
    return None


def _same_value(predicted: str | None, item: dict, *, by_days: bool) -> bool:
    gold = _gold_value(item)
    if predicted is None:
        return False
    if isinstance(gold, str):
        if predicted == gold:
            return True
        if len(gold) == 8 and gold[2] == ":" and "T" in predicted:  # a bare clock time
            return predicted.partition("T")[2][:5] == gold[:5]
        if "T" in gold and "T" in predicted:  # seconds and zones written differently
            return predicted[:16] == gold[:16]
        if not by_days:
            return False
        gold = (gold, gold)
    days = value_interval(predicted)
    return days is not None and days == tuple(_first_or_last(bound, last) for bound, last in zip(gold, (False, True), strict=False))


def _first_or_last(bound: str, last: bool) -> date | None:
    days = value_interval(bound)
    return None if days is None else days[1 if last else 0]
