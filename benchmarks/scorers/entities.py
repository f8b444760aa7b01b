"""Entities: mention precision/recall/F1 on coarse types (PER/ORG/LOC/MISC), exact span and by overlap.

Gold: the named mentions of ``entities/conll2003_testa.jsonl`` (CoNLL-2003 development part: measured only,
never trained on), ``entities/meantime_en.jsonl`` and ``entities/gum_news.jsonl`` with a coarse type (GUM's times,
coarse None, are left out). Every figure is given for all documents and for the even and odd halves (by position
in the file), so that a gain seen on one half only shows up as the noise it is. Predictions: every mention of
every entity, its type mapped to the coarse scheme (GPE and LOC → LOC, NORP and EVENT → MISC). MEANTIME annotates
only the start of each article: predictions starting at or after ``annotated_until`` are ignored.

- exact: a prediction is right when a gold mention has the same start, end and coarse type.
- overlap: a prediction is right when it shares a character with a gold mention of its coarse type; a gold
  mention is found when a prediction of its type overlaps it. (Gold marks whole noun phrases, often nested:
  ``Airbus`` and ``Airbus parent EADS``, so overlap is the fairer figure.)

Beside newscli, a capitalisation baseline: runs of capitalised words (``of``/``and`` allowed inside), a lone
capitalised sentence opener skipped, typed by the gazetteers or else PER for a known first name, ORG otherwise.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.scorers.common import document_of, load_jsonl, overlaps, row

FILES = ("entities/conll2003_testa.jsonl", "entities/meantime_en.jsonl", "entities/gum_news.jsonl")
HALVES = ("even", "odd")
COARSE = ("PER", "ORG", "LOC", "MISC")
CONNECTORS = frozenset({"of", "and", "de", "for"})


def newscli_mentions(document) -> list[tuple[int, int, str]]:
    from newscli.entities import extract_entities

    return [
        (mention.start, mention.end, entity.coarse_type)
        for entity in extract_entities(document).entities
        for mention in entity.mentions
    ]


def baseline_mentions(document) -> list[tuple[int, int, str]]:
    from newscli.characters import ascii_quotes
    from newscli.entities import COARSE_TYPES
    from newscli.ner import gazetteer, lexicons

    known, first_names = gazetteer(), lexicons()["first"]
    found = []
    for sentence in document.sentences:
        tokens = sentence.tokens
        words = [ascii_quotes(token.text) for token in tokens]
        position = 0
        while position < len(words):
            if not words[position][:1].isupper():
                position += 1
                continue
            end = position + 1
            while end < len(words) and (
                words[end][:1].isupper()
                or (words[end] in CONNECTORS and end + 1 < len(words) and words[end + 1][:1].isupper())
            ):
                end += 1
            if position > 0 or end - position > 1:
                text = " ".join(words[position:end])
                kind = COARSE_TYPES[known[text]] if text in known else "PER" if words[position] in first_names else "ORG"
                found.append((tokens[position].start, tokens[end - 1].end, kind))
            position = end
    return found


def _counts(predicted, gold, kind: str | None) -> tuple[int, int, int, int, int, int]:
    """(predictions exactly right, gold found exactly, predictions overlapping gold, gold overlapped,
    predictions, gold), for one coarse type or (None) all."""
    if kind:
        predicted = [span for span in predicted if span[2] == kind]
        gold = [span for span in gold if span[2] == kind]
    gold_set, predicted_set = set(gold), set(predicted)
    exact = sum(span in gold_set for span in predicted)
    exact_gold = sum(span in predicted_set for span in gold_set)
    right = sum(any(p[2] == g[2] and overlaps(p[0], p[1], g[0], g[1]) for g in gold_set) for p in predicted)
    found = sum(any(p[2] == g[2] and overlaps(p[0], p[1], g[0], g[1]) for p in predicted) for g in gold_set)
    return exact, exact_gold, right, found, len(predicted), len(gold_set)


def _score_file(records, mentions_of) -> dict[str, dict[str | None, list[int]]]:
    """Counts by half (``even``, ``odd``, and ``all``), then by coarse type (None: all types)."""
    totals = {half: {kind: [0] * 6 for kind in (None, *COARSE)} for half in (*HALVES, "all")}
    for number, (record, document) in enumerate(records):
        limit = record.get("annotated_until")
        predicted = [span for span in mentions_of(document) if limit is None or span[0] < limit]
        predicted = list(dict.fromkeys(predicted))
        gold = [
            (item["start"], item["end"], item["coarse"])
            for item in record["entities"]
            if item.get("named") and item.get("coarse") in COARSE
        ]
        for kind in totals["all"]:
            for index, value in enumerate(_counts(predicted, gold, kind)):
                totals["all"][kind][index] += value
                totals[HALVES[number % 2]][kind][index] += value
    return totals


def _prf(right: int, predicted: int, found: int, gold: int) -> tuple[float, float, float]:
    """Precision (right predictions), recall (found gold) and F1; with nested gold the two counts differ."""
    precision = right / predicted if predicted else 0.0
    recall = found / gold if gold else 0.0
    return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)


TARGETS = {
    ("entities/conll2003_testa.jsonl", "exact"): "target >= 0.72",
    ("entities/meantime_en.jsonl", "exact"): "target >= 0.637",
    ("entities/meantime_en.jsonl", "overlap"): "target >= 0.793",
    ("entities/gum_news.jsonl", "overlap"): "target >= 0.668",
}


def _rows(name: str, system: str, totals: dict[str, dict[str | None, list[int]]]) -> list[dict]:
    rows = []
    exact, exact_gold, right, found, predicted, gold = totals["all"][None]
    by_match = {"exact": _prf(exact, predicted, exact_gold, gold), "overlap": _prf(right, predicted, found, gold)}
    for match, figures in by_match.items():
        note = TARGETS.get((name, match), "") if system == "newscli" else ""
        rows += [
            row(name, f"{system} {match} P", figures[0]),
            row(name, f"{system} {match} R", figures[1]),
            row(name, f"{system} {match} F1", figures[2], note),
        ]
    for half in HALVES:
        exact, exact_gold, right, found, predicted, gold = totals[half][None]
        exact_f, overlap_f = _prf(exact, predicted, exact_gold, gold)[2], _prf(right, predicted, found, gold)[2]
        rows.append(row(name, f"{system} {half} half exact F1", exact_f, f"overlap F1 {overlap_f:.3f}"))
    for kind in COARSE:
        exact, exact_gold, right, found, predicted, gold = totals["all"][kind]
        p, r, f = _prf(right, predicted, found, gold)
        exact_f = _prf(exact, predicted, exact_gold, gold)[2]
        halves = "; ".join(
            f"{half} {_prf(counts[0], counts[4], counts[1], counts[5])[2]:.3f}/{_prf(counts[2], counts[4], counts[3], counts[5])[2]:.3f}"
            for half in HALVES
            for counts in [totals[half][kind]]
        )
        note = f"P {p:.3f} R {r:.3f}; exact F1 {exact_f:.3f}; exact/overlap F1 by half: {halves}"
        rows.append(row(name, f"{system} {kind} overlap P/R/F1", f, note))
    return rows


def score(eval_dir: Path) -> list[dict]:
    rows = []
    for name in FILES:
        records = [(record, document_of(record)) for record in load_jsonl(eval_dir / name)]
        for system, mentions_of in (("newscli", newscli_mentions), ("caps-baseline", baseline_mentions)):
            rows += _rows(name, system, _score_file(records, mentions_of))
    return rows
