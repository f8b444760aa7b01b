"""The evidence behind the summarisers' design: alternative rankers and selections, scored like
``benchmarks/evaluate.py summarize`` (ROUGE-1/2 F1 × 100 at 3 sentences, whole set and even/odd halves).

    PYTHONPATH=. python benchmarks/summarize_variants.py              # every variant
    PYTHONPATH=. python benchmarks/summarize_variants.py pacsum tfidf # variants whose name contains all words

A variant replaces one method's ranker (and possibly a constant) of ``newscli.summarize`` while it is
measured; nothing here is used by the package. ``news`` variants are scored on the sets with human
summaries (gum_news, cnndm_train_sample), ``textrank`` variants on BBC's extractive references. Families
(docs/summarize.md, "How the methods were chosen"):

- ``lead``: the package's lead scores through the news selection (redundancy control and tiers);
- ``prior τ``: exp(−position/τ) alone;
- ``personalised τ d``: the former default, TextRank whose random jumps land on early sentences;
- ``pacsum E λ β``: PACSUM's directed degree alone (Zheng & Lapata 2019): similarity to later sentences
  counts 1, to earlier ones λ; edges E (``set``: cosine of content-word sets; ``tfidf``: tf-idf cosine
  over the article's sentences) less the threshold min + β(max − min) of the article's edges;
- ``prior τ + w pacsum λ``: the package's news ranker with other constants;
- ``defer dangling``, ``duplicate c``: news with sentences opening with a word pointing back deferred, or
  with another near-duplicate threshold;
- ``textrank set|tf, tiers|no tiers``: shared stems counted once or as count products; with or without
  deferring sentences that point back.
"""

from __future__ import annotations

import argparse
import itertools
import math
import sys
from collections import Counter
from functools import partial
from pathlib import Path
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.scorers.summarize import HALVES, _load, _measure, _scorer
from newscli import summarize as summarize_module
from newscli.summarize import Candidate, _similarity, _window_graph, pagerank

HUMAN = ("gum_news", "cnndm_train_sample")
EXTRACTIVE = ("bbc_news_summary_dev",)


def _prior(candidates: list[Candidate], *, decay: float) -> list[float]:
    return [math.exp(-position / decay) for position in range(len(candidates))]


def _personalised(candidates: list[Candidate], *, decay: float, damping: float) -> list[float]:
    graph = summarize_module._textrank_graph(candidates)
    return pagerank(graph, damping=damping, teleport=_prior(candidates, decay=decay))


def _tfidf_similarity(candidates: list[Candidate]):
    frequency = Counter(stem for candidate in candidates for stem in candidate.stems)
    idf = {stem: math.log((len(candidates) + 1) / count) for stem, count in frequency.items()}
    vectors = [{stem: tf * idf[stem] for stem, tf in candidate.stems.items()} for candidate in candidates]
    norms = [math.sqrt(sum(value * value for value in vector.values())) or 1.0 for vector in vectors]

    def similarity(i: int, j: int) -> float:
        small, large = sorted((vectors[i], vectors[j]), key=len)
        return sum(value * large[stem] for stem, value in small.items() if stem in large) / (norms[i] * norms[j])

    return similarity


def _pacsum(candidates: list[Candidate], *, edges: str, backward: float, beta: float) -> list[float]:
    set_cosine = lambda i, j: _similarity(candidates[i], candidates[j])  # noqa: E731
    graph = _window_graph(len(candidates), _tfidf_similarity(candidates) if edges == "tfidf" else set_cosine)
    weights = [weight for node in graph for _, weight in node] or [0.0]
    low, high = min(weights), max(weights)
    cut = low + beta * (high - low)
    centrality = [0.0] * len(candidates)
    for i, node in enumerate(graph):
        for j, weight in node:
            centrality[i] += max(0.0, weight - cut) * (1.0 if j > i else backward)
    return [value - 1e-9 * position for position, value in enumerate(centrality)]  # ties: the earlier one


def _textrank_set(candidates: list[Candidate]) -> list[float]:
    sets = [frozenset(candidate.stems) for candidate in candidates]
    logs = [math.log(max(sum(candidate.stems.values()), 2)) for candidate in candidates]
    graph = _window_graph(len(candidates), lambda i, j: len(sets[i] & sets[j]) / (logs[i] + logs[j]))
    return pagerank(graph)


def variants():
    """(name, method, ranker or None for the package's, constants to patch, data sets) for every variant."""
    yield "lead through the news selection", "news", summarize_module.lead_scores, {}, HUMAN
    for decay in (2.0, 3.0, 5.0):
        yield f"prior {decay}", "news", partial(_prior, decay=decay), {}, HUMAN
    for decay, damping in ((5.0, 0.8), (3.0, 0.85)):
        yield f"personalised {decay} {damping}", "news", partial(_personalised, decay=decay, damping=damping), {}, HUMAN
    for edges, backward, beta in itertools.product(("set", "tfidf"), (-2.0, -1.0, -0.5, 0.0), (0.0, 0.3, 0.6)):
        ranker = partial(_pacsum, edges=edges, backward=backward, beta=beta)
        yield f"pacsum {edges} {backward} {beta}", "news", ranker, {}, HUMAN
    for decay, weight, backward in itertools.product((2.0, 3.0), (0.2, 0.3, 0.5), (-0.5, -1.0)):
        constants = {"NEWS_POSITION_DECAY": decay, "NEWS_CENTRALITY_WEIGHT": weight, "NEWS_BACKWARD_WEIGHT": backward}
        yield f"prior {decay} + {weight} pacsum {backward}", "news", None, constants, HUMAN
    yield "news, defer dangling", "news", None, {"DEFERS_DANGLING": frozenset({"news", "lexrank"})}, HUMAN
    for threshold in (0.5, 0.7, 0.8):
        yield f"news, duplicate {threshold}", "news", None, {"DUPLICATE_SIMILARITY": threshold}, HUMAN
    for edges, tiers in itertools.product(("set", "tf"), (True, False)):
        ranker = _textrank_set if edges == "set" else None
        constants = {"DEFERS_DANGLING": frozenset({"textrank", "lexrank"})} if tiers else {}
        yield f"textrank {edges}, {'tiers' if tiers else 'no tiers'}", "textrank", ranker, constants, EXTRACTIVE


def main() -> None:
    from benchmarks.evaluate import DEFAULT_EVAL_DIR

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("words", nargs="*", help="only variants whose name contains all these words")
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL_DIR)
    options = parser.parse_args()
    scorer = _scorer()
    data = _load(options.eval_dir)
    print("variant | data: R1/R2 (even R1/R2, odd R1/R2) …")
    for name, method, ranker, constants, names in variants():
        if not all(word in name for word in options.words):
            continue
        rankers = {method: ranker} if ranker else {}
        patch_constants = mock.patch.multiple(summarize_module, **constants) if constants else mock.patch.dict({})
        with mock.patch.dict(summarize_module.RANKERS, rankers), patch_constants:
            cells = []
            for data_name in names:
                figures = _measure(data[data_name], method, scorer)
                halves = ", ".join(f"{figures[f'rouge1 {h}'] * 100:.2f}/{figures[f'rouge2 {h}'] * 100:.2f}" for h in HALVES)
                cells.append(f"{data_name} {figures['rouge1'] * 100:.2f}/{figures['rouge2'] * 100:.2f} ({halves})")
        print(f"{name} | " + " | ".join(cells), flush=True)


if __name__ == "__main__":
    main()
