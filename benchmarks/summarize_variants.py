"""The evidence behind the news summariser's design: alternative rankers and selections, scored like
``benchmarks/evaluate.py summarize`` (ROUGE-1/2 F1 × 100, 3 sentences) on both development sets.

    PYTHONPATH=. python benchmarks/summarize_variants.py          # every variant (about 4 minutes)
    PYTHONPATH=. python benchmarks/summarize_variants.py tf self  # variants whose name contains a word

A variant replaces the ``news`` ranker (and optionally the selection) of ``newscli.summarize`` while it
is measured; nothing here is used by the package. The families (docs/summarize.md, "Why no default
reaches both targets"):

- edge weight: ``set`` (shared content stems, the package's TextRank) or ``tf`` (Σ of count products
  of the shared stems, as sumy's TextRank counts), each over log|Si| + log|Sj|; ``self``: with the
  self-loops sumy's matrix has (each sentence is similar to itself);
- ``τ``/``d``: PageRank personalised by the position prior exp(−position/τ), damping d (no τ: plain);
- ``len^a``: the rank multiplied by the sentence's length in words to the power a;
- ``mix w``: instead of personalising, plain TextRank scaled to best = 1 plus w × exp(−position/3);
- selection: ``filters`` (the package's: standalone sentences first, near-duplicates skipped),
  ``plain`` (the top three, as sumy does), ``dup-only`` / ``standalone-only`` (one of the two filters),
  ``lead-1`` (the first standalone sentence, then the filters).
"""

from __future__ import annotations

import argparse
import itertools
import math
import sys
from dataclasses import replace
from functools import partial
from pathlib import Path
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.scorers.summarize import DATA, _load, _scorer, news_rouge_cells
from newscli import summarize as summarize_module
from newscli.summarize import Candidate, _select, _window_graph, pagerank


def _graph(candidates: list[Candidate], *, tf: bool, self_loops: bool) -> list[list[tuple[int, float]]]:
    logs = [math.log(max(sum(candidate.stems.values()), 2)) for candidate in candidates]

    def similarity(i: int, j: int) -> float:
        a, b = candidates[i].stems, candidates[j].stems
        shared = sum(count * b[stem] for stem, count in a.items() if stem in b) if tf else len(a.keys() & b.keys())
        return shared / (logs[i] + logs[j])

    graph = _window_graph(len(candidates), similarity)
    if self_loops:
        for i, edges in enumerate(graph):
            edges.append((i, similarity(i, i)))
    return graph


def _ranker(candidates, *, tf=False, self_loops=False, decay=None, damping=0.85, length=0.0) -> list[float]:
    prior = [math.exp(-position / decay) for position in range(len(candidates))] if decay else None
    ranks = pagerank(_graph(candidates, tf=tf, self_loops=self_loops), damping=damping, teleport=prior)
    return [rank * candidate.words**length for rank, candidate in zip(ranks, candidates, strict=False)]


def _mixed(candidates, *, weight: float) -> list[float]:
    ranks = _ranker(candidates)
    top = max(ranks)
    return [rank / top + weight * math.exp(-position / 3) for position, rank in enumerate(ranks)]


def _plain(candidates, scores, count, words):
    return sorted(range(len(candidates)), key=lambda i: (-scores[i], i))[:count]


def _lead_first(candidates, scores, count, words):
    first = next((i for i, candidate in enumerate(candidates) if candidate.standalone), 0)
    boosted = [score + (max(scores) + 1 if i == first else 0) for i, score in enumerate(scores)]
    return _select(candidates, boosted, count, words)


def _one_filter(candidates, scores, count, words, *, duplicates: bool):
    """The package's selection with one of its two filters: near-duplicate skipping or standalone tiers."""
    if duplicates:
        candidates = [replace(candidate, standalone=True) for candidate in candidates]
        return _select(candidates, scores, count, words)
    with mock.patch.object(summarize_module, "DUPLICATE_SIMILARITY", math.inf):
        return _select(candidates, scores, count, words)


SELECTIONS = {
    "filters": _select,
    "plain": _plain,
    "dup-only": partial(_one_filter, duplicates=True),
    "standalone-only": partial(_one_filter, duplicates=False),
    "lead-1": _lead_first,
}


def variants():
    """(name, ranker, selection) for every variant measured."""
    for tf, self_loops, selection in itertools.product((False, True), (False, True), ("filters", "plain")):
        graph = ("tf" if tf else "set") + (" self" if self_loops else "")
        yield f"TextRank {graph}, {selection}", partial(_ranker, tf=tf, self_loops=self_loops), selection
    for tf, decay, damping, length in itertools.product(
        (False, True), (2, 3, 5), (0.8, 0.85, 0.9), (0.0, 0.15, 0.3)
    ):
        ranker = partial(_ranker, tf=tf, decay=decay, damping=damping, length=length)
        yield f"news {'tf' if tf else 'set'} τ={decay} d={damping} len^{length}, filters", ranker, "filters"
    for decay, damping, selection in itertools.product((2, 3, 5), (0.8, 0.85, 0.9), ("plain", "dup-only", "standalone-only")):
        ranker = partial(_ranker, decay=decay, damping=damping)
        yield f"news set τ={decay} d={damping}, {selection}", ranker, selection
    for weight in (0.25, 0.5, 1.0, 2.0):
        yield f"mix {weight}, filters", partial(_mixed, weight=weight), "filters"
    for tf, length in itertools.product((False, True), (0.0, 0.3)):
        ranker = partial(_ranker, tf=tf, length=length)
        yield f"TextRank {'tf' if tf else 'set'} len^{length}, lead-1", ranker, "lead-1"
        yield f"news {'tf' if tf else 'set'} τ=3 d=0.85 len^{length}, lead-1", partial(ranker, decay=3), "lead-1"


def main() -> None:
    from benchmarks.evaluate import DEFAULT_EVAL_DIR

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("words", nargs="*", help="only variants whose name contains all these words")
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL_DIR)
    options = parser.parse_args()
    scorer = _scorer()
    data = _load(options.eval_dir)
    print("variant | " + " | ".join(f"{name} R1/R2" for name in DATA))
    for name, ranker, selection in variants():
        if not all(word in name for word in options.words):
            continue
        with (
            mock.patch.dict(summarize_module.RANKERS, {"news": ranker}),
            mock.patch.object(summarize_module, "_select", SELECTIONS[selection]),
        ):
            print(f"{name} | " + news_rouge_cells(data, scorer, digits=2), flush=True)


if __name__ == "__main__":
    main()
