"""Part-of-speech tags: token accuracy of ``newscli.tagger`` on GUM's news sentences.

    python -m benchmarks.scorers.pos [EVAL_DIR]

Each gold sentence's tokens are tagged as one sentence; accuracy counts every token, punctuation
included. The gold tags outside Penn Treebank are read as the PTB tags the tagger was trained to give
(``HYPH`` as ``:``). A second row scores the same sentences as newscli tokenises them, hyphenated
words whole (``all-girl``, with the tag of its last part), which is what the tagger sees in use.
"""

from __future__ import annotations

import sys
from pathlib import Path

from newscli.tagger import TREEBANK_TO_PTB, newscli_tokens, tag

from .common import load_jsonl, row

DATA = "pos/gum_news.jsonl"
DEFAULT_EVAL_DIR = Path(__file__).resolve().parents[3] / "shared" / "eval-dev"


def score(eval_dir: Path) -> list[dict]:
    sentences = [(record["tokens"], record["tags"]) for record in load_jsonl(eval_dir / DATA)]
    return [
        row(DATA, "token accuracy", accuracy(sentences), "gold tokens"),
        row(DATA, "token accuracy", accuracy([newscli_tokens(*s) for s in sentences]), "newscli tokens"),
    ]


def accuracy(sentences: list[tuple[list[str], list[str]]]) -> float:
    correct = total = 0
    for tokens, gold_tags in sentences:
        for predicted, gold in zip(tag(tokens), gold_tags, strict=False):
            correct += predicted == TREEBANK_TO_PTB.get(gold, gold)
        total += len(gold_tags)
    return correct / total


if __name__ == "__main__":
    for result in score(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_EVAL_DIR):
        print(f"{result['data']}  {result['metric']} ({result['note']}): {result['value']:.4f}")
