"""Key phrases: the multi-word noun phrases that recur early and often in an article.

Noun phrases are chunks of POS-tagged tokens (adjectives and nouns ending in a noun, the chunk NLTK's
``RegexpParser`` finds with that pattern). Stop words and weekday names at either edge are trimmed (``other countries`` →
``countries``); what is left must still be two words or more. Singular and plural merge: the last word of a plural
(``NNS``/``NNPS``) is singularised for the phrase's key, and case is ignored. Each occurrence scores
``1 + 1 / (1 + sentence index)``, so a phrase counts for its frequency and more for appearing early
(the headline, when there is one, is sentence 0); scores are scaled so the top phrase has 1.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache, lru_cache

from .data import read_list
from .document import Document

NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
NP_TAGS = NOUN_TAGS | {"JJ", "JJR", "JJS"}  # the tags noun-phrase chunks are made of
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
MIN_WORDS = 2
MAX_WORDS = 5
# Trimmed from a phrase's edges like stop words: "exclusive interview Wednesday" → "exclusive interview".
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


@dataclass(frozen=True)
class KeyPhrase:
    text: str
    score: float
    count: int


@cache
def stop_words() -> frozenset[str]:
    """Function words, trimmed from key phrases and left out of the summary's word counts."""
    return frozenset(read_list("stopwords.txt"))


def extract_keyphrases(doc: Document, *, limit: int = 10) -> tuple[KeyPhrase, ...]:
    """The top ``limit`` key phrases of ``doc`` (all its body sentences, headings included)."""
    tagged = [list(zip(texts, tags, strict=False)) for texts, tags in zip(doc.token_texts, doc.pos_tags, strict=False)]
    return rank_phrases(tagged, limit=limit)


def rank_phrases(tagged_sentences: list[list[tuple[str, str]]], *, limit: int) -> tuple[KeyPhrase, ...]:
    """Key phrases from sentences of ``(word, Penn tag)`` pairs, in order; best first."""
    scores: defaultdict[str, float] = defaultdict(float)
    counts: Counter = Counter()
    forms: dict[str, Counter] = defaultdict(Counter)
    for index, sentence in enumerate(tagged_sentences):
        if not sentence:
            continue
        for phrase in _noun_phrases(sentence):
            key = " ".join([word.lower() for word, _ in phrase[:-1]] + [_singular(*phrase[-1])])
            scores[key] += 1 + 1 / (1 + index)
            counts[key] += 1
            forms[key][" ".join(word for word, _ in phrase)] += 1
    top = max(scores.values(), default=0.0) or 1.0
    ranked = sorted(scores, key=lambda key: (-scores[key], key))[:limit]
    return tuple(KeyPhrase(forms[key].most_common(1)[0][0], round(scores[key] / top, 4), counts[key]) for key in ranked)


# Each chunk tag as one letter, J (adjective) or N (noun), any other tag as x: the chunk pattern over a sentence's
# letters is then the grammar's ``<JJ|JJR|JJS|NN|NNS|NNP|NNPS>*<NN|NNS|NNP|NNPS>``.
TAG_LETTERS = dict.fromkeys(NP_TAGS - NOUN_TAGS, "J") | dict.fromkeys(NOUN_TAGS, "N")
CHUNK = re.compile(r"[JN]*N")


def _noun_phrases(sentence: list[tuple[str, str]]):
    """NP chunks of one tagged sentence, trimmed of edge stop words, of MIN_WORDS to MAX_WORDS words.

    A chunk is adjectives and nouns ending in a noun, the longest there is: the regular expression
    ``<JJ|JJR|JJS|NN|NNS|NNP|NNPS>*<NN|NNS|NNP|NNPS>`` over the tags, matched greedily from the left as NLTK's
    ``RegexpParser`` matches it. In a run of those tags it matches once, from the run's first word to its last
    noun (what follows has no noun): the same pattern over one letter per tag (``TAG_LETTERS``) finds it, and the
    parser, besides its cost, rescanned the rest of the sentence after every chunk."""
    letters = "".join([TAG_LETTERS.get(tag, "x") for _, tag in sentence])
    for chunk in CHUNK.finditer(letters):
        if chunk.end() - chunk.start() < MIN_WORDS:  # a single word makes no key phrase
            continue
        leaves = sentence[chunk.start() : chunk.end()]
        first, last = 0, len(leaves)
        while first < last and _is_stop(leaves[first][0]):
            first += 1
        while last > first and _is_stop(leaves[last - 1][0]):
            last -= 1
        words = leaves[first:last]
        if MIN_WORDS <= len(words) <= MAX_WORDS and all(any(char.isalpha() for char in word) for word, _ in words):
            yield words


@lru_cache(maxsize=1 << 16)  # the same few thousand words over and over
def _is_stop(word: str) -> bool:
    lowered = word.lower()
    return lowered in stop_words() or lowered in WEEKDAYS or not any(char.isalnum() for char in word)


def _singular(word: str, tag: str) -> str:
    """Lower-case singular of a plural noun by English spelling rules (``countries`` → ``country``)."""
    word = word.lower()
    if tag not in PLURAL_TAGS or len(word) < 4:
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes", "zzes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word
