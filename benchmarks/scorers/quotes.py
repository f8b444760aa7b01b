"""Quotes: content-span precision/recall/F1 on PolNeAR (with and without quotation marks).

Matching, as ../shared/eval-dev/README.md says: a predicted quote matches a gold attribution when the
characters they share are at least 50% of the gold content (overlap), or when their spans are equal (exact).
Gold content is the union of its ``spans`` fragments; a prediction's content is the union of its ``parts``.
Gold direct and mixed fragments include their quotation marks while newscli's parts exclude them, so before
comparing, quotation marks and white space at the edges of every gold fragment are trimmed off (the
mark-stripped copy has none to trim). Each gold attribution and each prediction is matched at most once,
greedily by the largest shared character count. Speaker accuracy is over matched pairs whose gold
attribution has a speaker: correct when the predicted speaker mention overlaps the gold speaker span or
the predicted canonical name shares a word with the gold speaker text.

Three copies of the PolNeAR sample are scored: double-quote house style, single-quote house style (``‘…’``
outside, ``“…”`` inside; closing marks are the apostrophe's character) and with every mark stripped. Each
newscli figure is also given on the even and on the odd documents (``…[even]``, ``…[odd]``): a change that
helps one half only is noise.

Baseline row: a quotation-mark regex with the nearest preceding capitalised name as speaker.
"""

from __future__ import annotations

import re
from pathlib import Path

from benchmarks.scorers.common import document_of, load_jsonl, overlaps, prf, row
from newscli.quotes import extract_quotes
from newscli.quotes.lexicon import cue_lexicon

FILES = ("polnear_train_sample.jsonl", "polnear_train_sample_single.jsonl", "polnear_train_sample_stripped.jsonl")
HALVES = ("even", "odd")
EDGE = "\"“”‘’'«» \n\t,"
KINDS = ("direct", "mixed", "indirect")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in EDGE:
        start += 1
    while end > start and text[end - 1] in EDGE:
        end -= 1
    return start, end


def _shared(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> int:
    return sum(overlaps(s1, e1, s2, e2) for s1, e1 in a for s2, e2 in b)


def _gold(record: dict) -> list[dict]:
    text = record["text"]
    golds = []
    for quote in record["quotes"]:
        fragments = [_trim(text, start, end) for start, end in quote.get("spans") or [[quote["start"], quote["end"]]]]
        fragments = [f for f in fragments if f[1] > f[0]]
        if fragments:
            golds.append({**quote, "fragments": fragments, "size": sum(e - s for s, e in fragments)})
    return golds


def _match(golds: list[dict], predictions: list[dict]) -> list[tuple[dict, dict, bool]]:
    """Greedy one-to-one matching by shared characters; (gold, prediction, exact) for overlap matches."""
    pairs = []
    for gi, gold in enumerate(golds):
        for pi, pred in enumerate(predictions):
            shared = _shared(gold["fragments"], pred["parts"])
            if shared and shared >= 0.5 * gold["size"]:
                pairs.append((shared, gi, pi))
    pairs.sort(reverse=True)
    used_gold, used_pred, matches = set(), set(), []
    for _, gi, pi in pairs:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        gold, pred = golds[gi], predictions[pi]
        exact = sorted(gold["fragments"]) == sorted(pred["parts"])
        matches.append((gold, pred, exact))
    return matches


RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})


def _speaker_correct(gold: dict, pred: dict, text: str) -> bool | None:
    if gold.get("speaker_start") is None:
        return None
    speaker = pred.get("speaker")
    if not speaker:
        return False
    gold_start, gold_end = gold["speaker_start"], gold["speaker_end"]
    # A relative pronoun names its antecedent: "said Beck, who said …" — Beck is the same person.
    if (gold["speaker"] or "").lower() in RELATIVE_PRONOUNS and not text[speaker["end"] : gold_start].strip(" ,"):
        return True
    swapped = gold.get("cue_start") is not None and _is_cue_text(gold["speaker"]) and not _is_cue_text(gold["cue"])
    if swapped:
        gold_start, gold_end = gold["cue_start"], gold["cue_end"]  # speaker and cue spans swapped in the gold
    if overlaps(speaker["start"], speaker["end"], gold_start, gold_end):
        return True
    gold_words = set(re.findall(r"[A-Z][\w’'-]+", text[gold_start:gold_end]))
    return bool(gold_words & set(speaker["name"].split()))


def _is_cue_text(words: str | None) -> bool:
    """Whether an annotated span reads as a reporting cue (``said``, ``said in a statement``)."""
    first = (words or "").split()[:1]
    return bool(first) and first[0].lower() in cue_lexicon()


def _predict(record: dict) -> list[dict]:
    result = extract_quotes(document_of(record))
    return [
        {"parts": [tuple(p) for p in q.parts], "speaker": q.speaker.to_json() if q.speaker else None}
        for q in result.quotes
    ]


BASELINE_MARKS = re.compile(r"[\"“]([^\"“”\n]{1,2000})[\"”]")
BASELINE_NAME = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)*")


def _baseline(record: dict) -> list[dict]:
    """Quote-mark regex, speaker = the nearest capitalised name before the quote."""
    text = record["text"]
    predictions = []
    for match in BASELINE_MARKS.finditer(text):
        names = list(BASELINE_NAME.finditer(text, max(0, match.start() - 300), match.start()))
        speaker = None
        if names:
            name = names[-1]
            speaker = {"name": name.group(), "start": name.start(), "end": name.end()}
        predictions.append({"parts": [_trim(text, match.start(1), match.end(1))], "speaker": speaker})
    return predictions


def _score_file(path: Path, predict) -> dict[str, dict]:
    """Scores of the whole file and of its even and odd documents (``{"all": …, "even": …, "odd": …}``)."""
    scores = {part: _empty_scores() for part in ("all", *HALVES)}
    for number, record in enumerate(load_jsonl(path)):
        golds = _gold(record)
        predictions = predict(record)
        matches = _match(golds, predictions)
        for part in ("all", HALVES[number % 2]):
            _add(scores[part], record, golds, predictions, matches)
    return scores


def _empty_scores() -> dict:
    totals = {"gold": 0, "pred": 0, "overlap": 0, "exact": 0, "speaker_right": 0, "speaker_total": 0}
    return {"totals": totals, "per_kind": {kind: [0, 0] for kind in KINDS}}  # per kind: matched, gold


def _add(scores: dict, record: dict, golds: list[dict], predictions: list[dict], matches: list) -> None:
    totals, per_kind = scores["totals"], scores["per_kind"]
    totals["gold"] += len(golds)
    totals["pred"] += len(predictions)
    totals["overlap"] += len(matches)
    totals["exact"] += sum(exact for _, _, exact in matches)
    for gold in golds:
        per_kind[gold["kind"]][1] += 1
    for gold, pred, _ in matches:
        per_kind[gold["kind"]][0] += 1
        correct = _speaker_correct(gold, pred, record["text"])
        if correct is not None:
            totals["speaker_total"] += 1
            totals["speaker_right"] += correct


def _rows(data: str, scores: dict, system: str) -> list[dict]:
    totals, per_kind = scores["totals"], scores["per_kind"]
    p, r, f = prf(totals["overlap"], totals["pred"], totals["gold"])
    ep, er, ef = prf(totals["exact"], totals["pred"], totals["gold"])
    rows = [
        row(data, f"{system} overlap P", p),
        row(data, f"{system} overlap R", r),
        row(data, f"{system} overlap F1", f, f"{totals['pred']} predicted, {totals['gold']} gold"),
        row(data, f"{system} exact F1", ef, f"P {ep:.3f} R {er:.3f}"),
    ]
    for kind in KINDS:
        matched, gold = per_kind[kind]
        rows.append(row(data, f"{system} recall {kind}", matched / gold if gold else 0.0, f"{matched}/{gold}"))
    right, total = totals["speaker_right"], totals["speaker_total"]
    rows.append(row(data, f"{system} speaker accuracy", right / total if total else 0.0, f"{right}/{total} matched"))
    return rows


def score(eval_dir: Path) -> list[dict]:
    rows: list[dict] = []
    for name in FILES:
        path = eval_dir / "quotes" / name
        data = name.removesuffix(".jsonl")
        scores = _score_file(path, _predict)
        rows.extend(_rows(data, scores["all"], "newscli"))
        rows.extend(_rows(data, _score_file(path, _baseline)["all"], "baseline"))
        for half in HALVES:
            rows.extend(_rows(f"{data}[{half}]", scores[half], "newscli"))
    return rows
