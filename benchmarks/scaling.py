"""Does the document model and each analysis grow linearly with input size? Time each at N and 2N words
(the best of a few runs) on several input shapes and print the ratio.

    python benchmarks/scaling.py [--words 20000] [--runs 5] [--shape NAME ...]

A ratio ≤ 2.5 for twice the input is the target (linear with some noise); a quadratic step shows ~4. The
exit status is 1 when a ratio exceeds the target. Shapes: news articles, and the pathological inputs of
tests/test_pathological.py — no punctuation, one line of words and cues without punctuation,
one run-on sentence, unbalanced quote marks, capitalised words
in a row, dates in a row, repeated "said", a run-on text full of cues, a dash-filled dateline.
Times below MIN_SECONDS are too small to give a ratio (shown as "-").
"""

from __future__ import annotations

import argparse
import gc
import importlib
import itertools
import sys
import time
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.speed import ANALYSES, generated_article  # noqa: E402

TARGET = 2.5
MIN_SECONDS = 0.02
CUE_WORDS = ["minister", "Tokyo", "talks", "the", "Reuters", "would", "continue", "Monday", "said", "office"]
DATES = ["May 10, 2023", "June 3", "Monday", "2023-05-10", "last week", "two years ago", "5/10/2023"]


def _cycle(items, count: int) -> list:
    return list(itertools.islice(itertools.cycle(items), count))


SHAPES = {
    "article": lambda words: generated_article(words),
    "no punctuation": lambda words: " ".join(_cycle(CUE_WORDS, words)).replace("said", "held"),
    "one line, cues, no punctuation": lambda words: " ".join(_cycle(CUE_WORDS, words)),
    "run-on sentence": lambda words: "The talks, " + ", ".join(["which the minister said"] * (words // 4)),
    "unbalanced quotes": lambda words: " ".join(mark + "word" for mark in _cycle('"“”‘’', words)),
    "capitalised run": lambda words: " ".join(f"Word{n % 97}" for n in range(words)) + ".",
    "dates in a row": lambda words: "It rose on " + ", ".join(_cycle(DATES, words // 2)) + ".",
    "said said said": lambda words: "He said, " + "said, " * (words - 2) + "he said.",
    "cues, line by line": lambda words: (" ".join(CUE_WORDS * 5) + "\n") * (words // 50),
    "dash dateline": lambda words: "TOKYO" + "-" * (5 * words) + " talks went on.",
}


def seconds(function, argument) -> float:
    gc.collect()
    started = time.perf_counter()
    function(argument)
    return time.perf_counter() - started


def best_pair(function, make_small, make_large, runs: int) -> tuple[float, float]:
    """The fastest of a few runs at each size, each on a fresh argument (an analysis meets each document
    once, with nothing cached on it), sizes alternating so that a busy machine slows both alike."""
    small, large = [], []
    for _ in range(runs):
        small.append(seconds(function, make_small()))
        large.append(seconds(function, make_large()))
    return min(small), min(large)


def document_model(text: str):
    """The shared document model as the analyses use it: built, with its POS tags."""
    from newscli.document import build_document

    document = build_document(text)
    _ = document.pos_tags
    return document


def analyses() -> dict:
    functions = {}
    for name, target in ANALYSES.items():
        module, function = target.split(":")
        functions[name] = getattr(importlib.import_module(module), function)
    return functions


def ratio_of(small: float, large: float) -> float | None:
    return large / small if small >= MIN_SECONDS else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--shape", action="append", choices=list(SHAPES), help="only these shapes")
    options = parser.parse_args()
    functions = analyses()
    for function in functions.values():  # load models and tables once, outside the timings
        function(document_model(generated_article(200)))
    words, double = options.words, 2 * options.words
    print(f"{'shape':<20} {'analysis':<10} {words:>9,} w {double:>9,} w  ratio")
    worst: dict[str, float] = {}
    for shape in options.shape or SHAPES:
        small_text, large_text = SHAPES[shape](words), SHAPES[shape](double)
        rows = {"document": (partial(str, small_text), partial(str, large_text), document_model)}
        small_doc, large_doc = partial(document_model, small_text), partial(document_model, large_text)
        rows.update({name: (small_doc, large_doc, function) for name, function in functions.items()})
        for name, (small, large, function) in rows.items():
            small_time, large_time = best_pair(function, small, large, options.runs)
            ratio = ratio_of(small_time, large_time)
            if ratio is not None:
                worst[name] = max(worst.get(name, 0.0), ratio)
            shown = f"{ratio:5.2f}" if ratio is not None else "    -"
            print(f"{shape:<20} {name:<10} {small_time:9.3f} s {large_time:9.3f} s  {shown}", flush=True)
    print()
    for name, ratio in worst.items():
        print(f"worst ratio {name:<10} {ratio:5.2f}  (target <= {TARGET})")
    failed = [name for name, ratio in worst.items() if ratio > TARGET]
    if failed:
        print(f"above target: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
