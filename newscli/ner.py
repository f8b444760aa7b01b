"""The statistical name recogniser: an averaged perceptron (NLTK's ``AveragedPerceptron``) tagging each token
B-/I-/O for PER, ORG, LOC and EVENT, from word-shape, affix, context and gazetteer features.

The model is trained by ``scripts/train_ner.py`` on ../shared/train/ner (GUM non-news and UNER EWT) and shipped
as ``data/ner_model.json.gz`` (plain JSON weights, no pickle). ``features()`` is shared by training and tagging,
so the two cannot drift apart.
"""

from __future__ import annotations

import gzip
import json
import re
from functools import cache
from typing import Sequence

from .data import path, read_list
from .names import honorifics, title_words

MODEL_FILE = "ner_model.json.gz"
LABELS = ("PER", "ORG", "LOC", "EVENT")
START = ("-START-", "-START2-")
END = ("-END-", "-END2-")
_SHAPE_CHARS = [(re.compile(r"[A-Z]"), "X"), (re.compile(r"[a-z]"), "x"), (re.compile(r"[0-9]"), "d")]
_REPEATS = re.compile(r"(.)\1{2,}")


@cache
def lexicons() -> dict[str, frozenset[str]]:
    """The word lists the features consult, by feature name."""
    return {
        "common": frozenset(read_list("common_words.txt")),
        "first": frozenset(read_list("first_names.txt")),
        "orghead": frozenset(read_list("org_heads.txt")),
        "eventhead": frozenset(word for phrase in read_list("event_heads.txt") for word in phrase.split()),
        "notent": frozenset(read_list("not_entities.txt")),
        "title": title_words() | honorifics(),
    }


@cache
def gazetteer() -> dict[str, str]:
    """Known names and their entity type: places (GPE/LOC), nationality words (NORP), news outlets (ORG)."""
    known = {name: "ORG" for name in read_list("news_outlets.txt") if name[:1].isupper()}
    known.update((name, "NORP") for name in read_list("demonyms.txt"))
    known.update(line.split("\t") for line in read_list("places.tsv"))
    return known


@cache
def _gazetteer_prefixes() -> dict[str, int]:
    """First word of each known name → the most words any known name starting with it has."""
    longest: dict[str, int] = {}
    for name in gazetteer():
        words = name.split()
        longest[words[0]] = max(longest.get(words[0], 0), len(words))
    return longest


def gazetteer_matches(words: Sequence[str]) -> list[tuple[int, int, str]]:
    """Longest known names in ``words``, left to right: ``(start, end, type)`` (end exclusive)."""
    known, prefixes = gazetteer(), _gazetteer_prefixes()
    found = []
    index = 0
    while index < len(words):
        longest = prefixes.get(words[index], 0)
        for size in range(min(longest, len(words) - index), 0, -1):
            kind = known.get(" ".join(words[index : index + size]))
            if kind:
                found.append((index, index + size, kind))
                index += size
                break
        else:
            index += 1
    return found


def shape(word: str) -> str:
    for pattern, char in _SHAPE_CHARS:
        word = pattern.sub(char, word)
    return _REPEATS.sub(r"\1\1", word)


def token_flags(words: Sequence[str]) -> list[str]:
    """One gazetteer/lexicon flag string per word (``""`` when none applies)."""
    lex = lexicons()
    flags = [[] for _ in words]
    for start, end, kind in gazetteer_matches(words):
        for index in range(start, end):
            flags[index].append(("B-" if index == start else "I-") + kind)
    for index, word in enumerate(words):
        lower = word.lower()
        if word in lex["first"]:
            flags[index].append("first")
        if word in lex["orghead"]:
            flags[index].append("orghead")
        if word in lex["eventhead"]:
            flags[index].append("eventhead")
        if word in lex["notent"]:
            flags[index].append("notent")
        if lower in lex["title"]:
            flags[index].append("title")
        if lower in lex["common"]:
            flags[index].append("common")
    return ["|".join(items) for items in flags]


def sentence_context(words: Sequence[str]) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Per-sentence feature inputs, computed once: padded lower-case words, padded shapes, padded flags."""
    lowered = START + tuple(word.lower() for word in words) + END
    shapes = START + tuple(shape(word) for word in words) + END
    flags = ("-", "-") + tuple(token_flags(words)) + ("-", "-")
    return lowered, shapes, flags


def features(context, index: int, prev: str, prev2: str) -> list[str]:
    """Features of word ``index`` of a sentence (its ``sentence_context``) given the two labels before it."""
    lowered, shapes, flags = context
    position = index + 2
    lower, word_shape, flag = lowered[position], shapes[position], flags[position]
    return [
        "bias",
        "w=" + lower,
        "shape=" + word_shape,
        "suf3=" + lower[-3:],
        "suf2=" + lower[-2:],
        "pre3=" + lower[:3],
        "first=" + str(index == 0),
        "flag=" + flag,
        "p1=" + prev,
        "p2=" + prev + "|" + prev2,
        "p1shape=" + prev + "|" + word_shape,
        "-1w=" + lowered[position - 1],
        "-1shape=" + shapes[position - 1],
        "-1flag=" + flags[position - 1],
        "+1w=" + lowered[position + 1],
        "+1shape=" + shapes[position + 1],
        "+1flag=" + flags[position + 1],
        "-2w=" + lowered[position - 2],
        "+2w=" + lowered[position + 2],
        "+1shape+2shape=" + shapes[position + 1] + "|" + shapes[position + 2],
        "-1w+w=" + lowered[position - 1] + "|" + lower,
        "w+1w=" + lower + "|" + lowered[position + 1],
        "flag+1flag=" + flag + "|" + flags[position + 1],
        "-1shape+shape=" + shapes[position - 1] + "|" + word_shape,
        "shape+1shape=" + word_shape + "|" + shapes[position + 1],
        "-1shape+shape+1shape=" + shapes[position - 1] + "|" + word_shape + "|" + shapes[position + 1],
        "p1+w=" + prev + "|" + lower,
    ]


class Recogniser:
    """Tags words with B-X / I-X / O, greedily left to right."""

    def __init__(self, weights: dict[str, dict[str, float]], labels: Sequence[str]) -> None:
        self.weights = weights
        self.labels = tuple(labels)

    def tag(self, words: Sequence[str]) -> list[str]:
        context = sentence_context(words)
        tags: list[str] = []
        prev, prev2 = START
        weights = self.weights
        for index in range(len(words)):
            scores = dict.fromkeys(self.labels, 0.0)
            for feature in features(context, index, prev, prev2):
                by_label = weights.get(feature)
                if by_label:
                    for label, weight in by_label.items():
                        scores[label] += weight
            label = max(self.labels, key=lambda name: (scores[name], name))
            if label.startswith("I-") and prev[2:] != label[2:]:
                label = "B-" + label[2:]
            tags.append(label)
            prev2, prev = prev, label
        return tags


@cache
def recogniser() -> Recogniser:
    with path(MODEL_FILE).open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as stream:
        model = json.load(stream)
    return Recogniser(model["weights"], model["labels"])
