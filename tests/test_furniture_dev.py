"""Over the development data (``../shared/eval-dev`` beside the clone, as benchmarks/evaluate.py finds it, or
``$NEWSCLI_EVAL_DIR``): no article is refused, and no sentence holds page furniture."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from newscli.document import build_document

REPO = Path(__file__).resolve().parent.parent
EVAL_DIR = Path(os.environ.get("NEWSCLI_EVAL_DIR", REPO.parent / "shared" / "eval-dev"))
DEV_SETS = (
    "summaries/cnndm_train_sample.jsonl",
    "quotes/polnear_train_sample.jsonl",
    "summaries/bbc_news_summary_dev.jsonl",
    "entities/gum_news.jsonl",
    "entities/meantime_en.jsonl",
    "timex/aquaint.jsonl",
)
# Furniture as the pages write it; none of it may be (part of) a sentence.
FURNITURE = re.compile(
    r"scroll down for video|scroll down to watch|PUBLISHED: \.|UPDATED: \.|Last updated at \d|^By \. |"
    r"contributed to this (?:report|story)|^\(CNN\)|^[A-Z ,.]+\((?:CNN|AP|Reuters|AFP|UPI)\)|"
    r"Follow [\w ]{1,40} on Twitter|Follow @\w|^Copyright \d{4}|All rights reserved|^Click here|^Read more:|"
    r"Reporting by .*Editing by|Write caption here",
    re.IGNORECASE | re.MULTILINE,
)


def _records(name: str) -> list[dict]:
    path = EVAL_DIR / name
    if not path.exists():
        pytest.skip(f"no development data at {path}")
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


@pytest.mark.parametrize("name", DEV_SETS)
def test_no_dev_article_is_refused_and_no_sentence_holds_furniture(name):
    leaks = []
    for record in _records(name):
        document = build_document(record["text"])
        assert document.sentences, f"{record.get('id')}: no body text"
        leaks += [(record.get("id"), sentence.text[:120]) for sentence in document.sentences if FURNITURE.search(sentence.text)]
    assert leaks == []
