"""quotes over every development article (../shared/eval-dev, skipped where it is absent): what a speaker may
be, and how far a quotation may run. Read only; nothing here is fitted to one article."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from newscli.document import build_document
from newscli.quotes import extract_quotes
from newscli.quotes.lexicon import MONTHS, TIME_WORDS
from newscli.quotes.marks import DOUBLE_MARKS
from newscli.quotes.speakers import NUMBER, NUMBER_WORDS, place_names

# ../shared/eval-dev beside the repository, or where NEWSCLI_EVAL_DIR says (a git worktree lives elsewhere).
EVAL_DIR = Path(os.environ.get("NEWSCLI_EVAL_DIR") or Path(__file__).resolve().parents[2] / "shared" / "eval-dev")
FILES = ("quotes/polnear_train_sample.jsonl", "quotes/polnear_train_sample_single.jsonl", "summaries/cnndm_train_sample.jsonl")
OPENING_MARKS = DOUBLE_MARKS | {"‘", "'"}
LONE_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "madam"})
TIME_ONLY = re.compile(r"(?:the |last |this |next |past )*(?:\w+day|week|month|year|past|" + "|".join(MONTHS) + r")", re.IGNORECASE)


@pytest.fixture(scope="module")
def analysed():
    if not EVAL_DIR.is_dir():
        pytest.skip("no development data here")
    results = []
    for name in FILES:
        with (EVAL_DIR / name).open(encoding="utf-8") as lines:
            for line in lines:
                document = build_document(json.loads(line)["text"])
                results.append((document, extract_quotes(document)))
    return results


def test_no_speaker_is_a_time_expression_number_lone_title_or_place_named_as_a_location(analysed):
    wrong = []
    for document, result in analysed:
        for quote in result.quotes:
            if quote.speaker is None:
                continue
            mention = quote.speaker.mention
            words = [w.lower().rstrip(".") for w in mention.split()]
            before = document.text[max(0, quote.speaker.start - 4) : quote.speaker.start].split()
            if (
                TIME_ONLY.fullmatch(mention)
                or all(w in TIME_WORDS | NUMBER_WORDS or NUMBER.fullmatch(w) for w in words)
                or all(w in LONE_TITLES for w in words)
                or (before and before[-1] in ("in", "at") and mention.removeprefix("the ") in place_names())
            ):
                wrong.append(mention)
    assert not wrong, wrong[:20]


def test_no_quotation_runs_past_its_paragraph_unless_the_next_opens_with_a_mark(analysed):
    wrong = []
    for document, result in analysed:
        starts = [paragraph.start for paragraph in document.paragraphs]
        for quote in result.quotes:
            if not quote.marks:
                continue
            paragraphs = [max(i for i, start in enumerate(starts) if start <= part_start) for part_start, _ in quote.parts]
            first = paragraphs[0]
            for (part_start, part_end), number in zip(quote.parts, paragraphs, strict=True):
                paragraph = document.paragraphs[number]
                if part_end > paragraph.end or number != first and document.text[paragraph.start] not in OPENING_MARKS:
                    wrong.append(document.text[part_start:part_end][:80])
    assert not wrong, wrong[:10]
