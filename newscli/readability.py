"""textstat, working offline and fast.

textstat counts syllables with NLTK's CMU dictionary and calls ``nltk.download('cmudict')`` when that
corpus is missing, which cannot work here; parsing the full dictionary would also cost about a second
per run. newscli ships the one thing textstat takes from it, each word's syllable count
(``data/syllables.txt.gz``, built by ``scripts/build_syllable_table.py``), and hands textstat that table
in the shape it expects from NLTK (word → pronunciations → phones whose stressed vowels end in a digit).
"""

from __future__ import annotations

import gzip
from functools import cache

from . import data

READING_EASE_LABELS = (
    (90, "very easy"),
    (80, "easy"),
    (70, "fairly easy"),
    (60, "plain English"),
    (50, "fairly difficult"),
    (30, "difficult"),
    (float("-inf"), "very difficult"),
)


@cache
def syllable_table() -> dict[str, list[list[str]]]:
    """CMU syllable counts as NLTK-style pronunciations: one shared phone list per count."""
    table: dict[str, list[list[str]]] = {}
    with gzip.open(data.path("syllables.txt.gz").open("rb"), "rt", encoding="utf-8") as lines:
        for line in lines:
            count, words = line.split("\t", 1)
            pronunciation = [["AH0"] * int(count)]
            table.update(dict.fromkeys(words.split(), pronunciation))
    return table


@cache
def textstat():
    """The textstat module, set to English, with its CMU dictionary lookup served from the shipped table."""
    import textstat as module
    from textstat.backend.counts import _count_syllables
    from textstat.backend.utils import _get_cmudict

    def offline_cmudict(lang: str) -> dict[str, list[list[str]]] | None:
        return syllable_table() if lang.split("_")[0] == "en" else None

    # count_syllables imported get_cmudict by name, so both references are replaced.
    _count_syllables.get_cmudict = offline_cmudict
    _get_cmudict.get_cmudict = offline_cmudict
    module.set_lang("en_US")
    return module


def reading_ease_label(score: float) -> str:
    """Flesch's own bands for reading ease, in words."""
    return next(label for floor, label in READING_EASE_LABELS if score >= floor)
