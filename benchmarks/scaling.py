"""Does each analysis grow linearly with input size? Time it at N and 2N words and print the ratio.

    python benchmarks/scaling.py [--words 20000]

A ratio ≤ 2.5 for twice the input is the target (linear with some noise); a quadratic algorithm shows ~4.
Pathological shapes are measured too: no punctuation at all, thousands of unbalanced quote marks,
capitalised words in a row, dates in a row, repeated "said".
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.speed import ANALYSES, generated_article  # noqa: E402

SHAPES = {
    "article": lambda words: generated_article(words),
    "no punctuation": lambda words: " ".join(["word"] * words),
    "unbalanced quotes": lambda words: " ".join(['"word'] * words),
    "capitalised run": lambda words: " ".join(["Word"] * words) + ".",
    "dates in a row": lambda words: " ".join(["May 10, 2023,"] * (words // 3)),
    "said said said": lambda words: "He said, " + "said, " * (words - 2) + "he said.",
}


def seconds(function, text: str) -> float:
    from newscli.document import build_document

    started = time.perf_counter()
    document = build_document(text)
    _ = document.pos_tags
    function(document)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", type=int, default=20_000)
    options = parser.parse_args()
    functions = {}
    for name, target in ANALYSES.items():
        module, function = target.split(":")
        functions[name] = getattr(importlib.import_module(module), function)
    print(f"{'shape':<18} {'analysis':<10} {options.words:>8,} w  {2 * options.words:>8,} w   ratio")
    worst = 0.0
    for shape, make in SHAPES.items():
        small, large = make(options.words), make(2 * options.words)
        for name, function in functions.items():
            function_small = seconds(function, small)
            function_large = seconds(function, large)
            ratio = function_large / function_small if function_small else float("nan")
            worst = max(worst, ratio)
            print(f"{shape:<18} {name:<10} {function_small:8.2f} s  {function_large:8.2f} s   {ratio:5.2f}")
    print(f"worst ratio {worst:.2f} (target <= 2.5)")


if __name__ == "__main__":
    main()
