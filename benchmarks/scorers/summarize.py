"""Summaries: ROUGE-1/2/L F1 (rouge-score, stemming on) at 3 sentences for every method, ``lead`` included,
over each whole set and over its even and odd documents (0-based order in the file) — a margin seen in
one half only is one document's luck; for BBC also sentence precision and recall against the reference's
``summary_spans``.

    python benchmarks/evaluate.py summarize
    PYTHONPATH=. python benchmarks/summarize_variants.py    # the variants behind the methods' design

A predicted sentence is correct when at least half of its characters lie inside reference spans.
"""

from __future__ import annotations

import argparse
import statistics
from pathlib import Path

from benchmarks.scorers.common import document_of, load_jsonl, overlaps, row
from newscli.summarize import METHODS, summarize

SENTENCES = 3
DATA = ("bbc_news_summary_dev", "gum_news", "cnndm_train_sample")
HALVES = {"even": 0, "odd": 1}
# Peers measured with this scoring (ROUGE-1 / ROUGE-2 F1 × 100, 3 sentences), from issue 6.
PEERS = {
    "bbc_news_summary_dev": "peers: lead-3 44.9/36.2, sumy TextRank 60.5/54.5, LexRank 50.0/42.1, Luhn 51.8/44.4",
    "gum_news": "peers: lead-3 41.5/20.4, sumy TextRank 34.2/15.6, LexRank 35.6/14.2, Luhn 35.8/15.2",
    "cnndm_train_sample": "human highlights; the pages' furniture included",
}


def _scorer():
    from rouge_score import rouge_scorer

    return rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)


def _load(eval_dir: Path) -> dict[str, list[tuple[dict, object]]]:
    return {
        name: [(record, document_of(record)) for record in load_jsonl(eval_dir / "summaries" / f"{name}.jsonl")]
        for name in DATA
    }


def _measure(documents: list[tuple[dict, object]], method: str, scorer) -> dict[str, float]:
    """Mean ROUGE F1 over the documents (and over the even and odd ones: ``rouge1 even`` …)."""
    figures: dict[str, list[float]] = {"rouge1": [], "rouge2": [], "rougeL": []}
    correct = predicted = gold = 0
    for record, document in documents:
        summary = summarize(document, sentences=SENTENCES, method=method, keyphrases=0)
        prediction = "\n".join(sentence.text for sentence in summary.sentences)
        for metric, value in scorer.score(record["summary"], prediction).items():
            figures[metric].append(value.fmeasure)
        if "summary_spans" in record:
            spans = record["summary_spans"]  # a few spans are unlocated (start None): gold, never matched
            gold += len(spans)
            predicted += len(summary.sentences)
            located = [(span["start"], span["end"]) for span in spans if span["start"] is not None]
            for sentence in summary.sentences:
                inside = sum(overlaps(sentence.start, sentence.end, start, end) for start, end in located)
                correct += inside * 2 >= sentence.end - sentence.start
    result = {metric: statistics.mean(values) for metric, values in figures.items()}
    for half, first in HALVES.items():
        for metric in ("rouge1", "rouge2"):
            result[f"{metric} {half}"] = statistics.mean(figures[metric][first::2])
    if gold:
        result["sentence_precision"] = correct / predicted
        result["sentence_recall"] = correct / gold
    return result


def score(eval_dir: Path) -> list[dict]:
    scorer = _scorer()
    rows = []
    for name, documents in _load(eval_dir).items():
        for method in METHODS:
            figures = _measure(documents, method, scorer)
            note = PEERS[name] if method == "news" else ("baseline" if method == "lead" else "")
            for metric, value in figures.items():
                rows.append(row(name, f"{method} {metric}", value, note if metric == "rouge1" else ""))
    return rows


if __name__ == "__main__":
    from benchmarks.evaluate import DEFAULT_EVAL_DIR

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL_DIR)
    for item in score(parser.parse_args().eval_dir):
        print(item)
