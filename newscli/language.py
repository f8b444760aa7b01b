"""A cheap check that an article is in English, which every analysis assumes.

Running English text is about 40–50% English function words (the, of, and, to …); French, German, Spanish,
Italian, Portuguese or Dutch copy has a few per cent of them and 30–50% of its own (``les``, ``und``, ``que``).
Text is flagged when most of its words are in another script, or when the other languages' function words
outnumber the English ones: a results table or a list of names has few of either and is left alone. Only the
first ``SAMPLE_WORDS`` words are looked at, so the check costs nothing on long inputs, and short texts are
left alone: a headline or a list of names says too little.
"""

from __future__ import annotations

import re
from functools import cache

from .data import read_list

SAMPLE_WORDS = 500
MIN_WORDS = 30
# A share of other languages' function words no English text reaches (names such as "de" or "la" aside).
MIN_FOREIGN_SHARE = 0.10
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@cache
def _function_words(name: str) -> frozenset[str]:
    return frozenset(read_list(name))


def english_warning(text: str) -> str | None:
    """A one-line warning when ``text`` is clearly not English, else None."""
    words = [match.group().lower() for _, match in zip(range(SAMPLE_WORDS), WORD.finditer(text), strict=False)]
    if len(words) < MIN_WORDS:
        return None
    latin = sum(1 for word in words if word.isascii())
    if latin < len(words) / 2:
        return "most words are not in the Latin alphabet: this does not look like English, which every analysis assumes"
    english_words, foreign_words = _function_words("stopwords.txt"), _function_words("foreign_function_words.txt")
    english = sum(1 for word in words if word in english_words)
    foreign = sum(1 for word in words if word in foreign_words)
    if foreign >= MIN_FOREIGN_SHARE * len(words) and foreign > english:
        return "this does not look like English (its function words are French, German, Spanish or the like), which every analysis assumes"
    return None
