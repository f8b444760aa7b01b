"""Liang's hyphenation over pyphen's pattern file: the method on the published example, and pyphen's own points on
every word of the CMU table and of the development data (``../shared/eval-dev``, or ``$NEWSCLI_EVAL_DIR``)."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pytest

from newscli import data
from newscli.hyphenation import Hyphenator, hyphenator

REPO = Path(__file__).resolve().parent.parent
EVAL_DIR = Path(os.environ.get("NEWSCLI_EVAL_DIR", REPO.parent / "shared" / "eval-dev"))
# The patterns that hyphenate "hyphenation" in Liang's thesis and the TeXbook (appendix H): hy3phe2n5a4t2io2n.
LIANG_EXAMPLE = "hy3ph\nhe2n\nhena4\nhen5at\n1na\nn2at\n1tio\n2io\no2n\n"


def _pattern_file(tmp_path: Path, text: str, encoding: str = "UTF-8") -> Path:
    path = tmp_path / "hyph_test.dic"
    path.write_bytes(f"{encoding}\n{text}".encode(encoding))
    return path


def test_liangs_example(tmp_path):
    patterns = Hyphenator(_pattern_file(tmp_path, LIANG_EXAMPLE), left=2, right=3)
    assert patterns.positions("hyphenation") == [2, 6]  # hy-phen-ation
    assert patterns.positions("Hyphenation") == [2, 6]  # matched in lower case


def test_no_break_within_the_first_and_last_letters(tmp_path):
    path = _pattern_file(tmp_path, LIANG_EXAMPLE)
    assert Hyphenator(path, left=3, right=3).positions("hyphenation") == [6]
    assert Hyphenator(path, left=2, right=6).positions("hyphenation") == [2]


def test_the_frame_anchors_a_pattern_at_either_end(tmp_path):
    patterns = Hyphenator(_pattern_file(tmp_path, ".ab1c\nc1de.\n"), left=1, right=1)
    assert patterns.positions("abcde") == [2, 3]
    assert patterns.positions("xabcdex") == []


def test_settings_and_comments_are_not_patterns(tmp_path):
    text = "LEFTHYPHENMIN 1\nRIGHTHYPHENMIN 1\n% 1b1c1d\n\nb1c\n"
    patterns = Hyphenator(_pattern_file(tmp_path, text, encoding="ISO8859-1"), left=1, right=1)
    assert patterns.positions("abcd") == [2]


def _cmu_words() -> list[str]:
    with gzip.open(data.path("syllables.txt.gz").open("rb"), "rt", encoding="utf-8") as lines:
        # A group's line: "PREFIX<TAB>N word word…<TAB>N word word…" (``scripts/build_syllable_table.py``).
        return [word for line in lines for counted in line.rstrip("\n").split("\t")[1:] for word in counted.split()[1:]]


def _dev_words() -> set[str]:
    """Every word of the development articles, as textstat lists them for syllables and as written."""
    from textstat.backend.selections._list_words import list_words

    paths = sorted(EVAL_DIR.glob("*/*.jsonl"))
    if not paths:
        pytest.skip(f"no development data at {EVAL_DIR}")
    words: set[str] = set()
    for path in paths:
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                text = json.loads(line).get("text", "") if line.strip() else ""
                words.update(list_words(text, lowercase=True))
                words.update(text.split())
    return words


@pytest.mark.parametrize("words", [_cmu_words, _dev_words], ids=["cmu", "dev"])
def test_points_are_pyphens(words):
    import pyphen

    reference = pyphen.Pyphen(lang="en_US")
    ours = hyphenator("en_US")
    differing = [word for word in words() if ours.positions(word) != list(map(int, reference.positions(word)))]
    assert differing == []
