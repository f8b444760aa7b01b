"""Penn Treebank part-of-speech tags for a sentence's tokens.

NLTK's pretrained tagger has to be downloaded, which newscli never does, so the package ships its own
model, ``data/pos_tagger.json.gz``: NLTK's averaged perceptron (``PerceptronTagger``) trained by
``scripts/train_pos_tagger.py`` on openly licensed treebanks (sources and licence in ``data/NOTICE``).
It was trained on tokens as newscli makes them (NLTK's word tokenizer on text with straight quotes):
hyphenated words whole (``all-girl``), clitics split (``Russia 's``, ``do n't``).

The perceptron is NLTK's, with a few features added (``_tagger_class``), so the model only works
with this module's tagger. nltk is imported on first use: importing this module costs nothing.
"""

from __future__ import annotations

import functools
import gc
import gzip
import json
import re

from . import data

MODEL_FILE = "pos_tagger.json.gz"

# The treebanks' tags that are not among the 45 Penn Treebank tags, and the PTB tag the model learns
# for each instead (the training script drops sentences with GW, "goes with").
TREEBANK_TO_PTB = {"HYPH": ":", "NFP": ":", "ADD": "NN", "AFX": "JJ"}

_WORDLIKE = re.compile(r"\w")
_ASCII_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2032": "'"})


def tag(words: list[str]) -> list[str]:
    """The Penn Treebank tag of each token of one sentence."""
    if not words:
        return []
    return [word_tag for _, word_tag in _tagger().tag(words)]


@functools.cache
def _tagger():
    return load_tagger(data.path(MODEL_FILE).read_bytes())


def load_tagger(model: bytes):
    """A tagger from a gzipped JSON model: ``{"classes": [tag, ...], "tagdict": {word: tag},
    "weights": {feature: {tag: weight}}}``, as ``scripts/train_pos_tagger.py`` writes it."""
    text = gzip.decompress(model)
    collecting = gc.isenabled()
    gc.disable()  # the parse makes some 75,000 dicts: garbage collection during it adds 15% to the load
    try:
        parts = json.loads(text)
    finally:
        if collecting:
            gc.enable()
    tagger = new_tagger()
    tagger.model = _FrozenPerceptron(parts["weights"], parts["classes"])
    tagger.tagdict = parts["tagdict"]
    tagger.classes = set(parts["classes"])
    return tagger


class _FrozenPerceptron:
    """A trained perceptron's prediction, faster: NLTK's ``predict`` adds up every (feature, class)
    weight in a Python loop, which made tagging the largest cost of ``newscli analyze``. Here each
    feature's weights become a row of scores over all classes the first time the feature is seen, and
    a prediction sums the rows column by column in C (``zip``/``sum``): about three times faster,
    the same tags. Plain Python, because numpy is not among newscli's dependencies."""

    def __init__(self, weights: dict[str, dict[str, float]], classes: list[str]):
        self.weights = weights
        # Reverse alphabetical order: ``max`` keeps the first of equal scores, NLTK the last label.
        self.labels = sorted(classes, reverse=True)
        self.classes = set(classes)
        self._index = {label: position for position, label in enumerate(self.labels)}
        self._rows: dict[str, list[float] | None] = {}

    def _row(self, feature: str) -> list[float] | None:
        row = None
        if feature in self.weights:
            row = [0.0] * len(self.labels)
            for label, weight in self.weights[feature].items():
                row[self._index[label]] = weight
        self._rows[feature] = row
        return row

    def predict(self, features, return_conf=False):
        rows = []
        for feature, count in features.items():
            row = self._rows[feature] if feature in self._rows else self._row(feature)
            if row is not None and count:
                rows.append(row if count == 1 else [weight * count for weight in row])
        if not rows:
            return self.labels[0], None
        scores = list(map(sum, zip(*rows)))
        return self.labels[max(range(len(scores)), key=scores.__getitem__)], None


def new_tagger():
    """An untrained tagger with newscli's features."""
    return _tagger_class()(load=False)


def _shape(word: str) -> str:
    """``U`` all capitals, ``C`` capitalised, ``l`` lower case, ``o`` anything else (digits, punctuation)."""
    if not word[:1].isalpha():
        return "o"
    if word.isupper() and len(word) > 1:
        return "U"
    return "C" if word[0].isupper() else "l"


@functools.cache
def _tagger_class():
    from nltk.tag.perceptron import PerceptronTagger

    class NewscliTagger(PerceptronTagger):
        """NLTK's features (on lower-cased words), plus: the capitalisation of the word and its
        neighbours (names in news: ``Church of Scientology``), more prefixes and suffixes (words
        the treebanks lack), the last part of a hyphenated word, and whether a straight double
        quote opens or closes a quotation."""

        def normalize(self, word):
            # NLTK lower-cases the context words; keep the case for the capitalisation features.
            normalized = super().normalize(word)
            return word if normalized == word.lower() else normalized

        def _get_features(self, i, word, context, prev, prev2):
            window = context[i : i + 5]  # words i-2 .. i+2: context starts with two START markers
            features = super()._get_features(0, word, [w.lower() for w in window], prev, prev2)
            first = i == 0
            shapes = _shape(window[1]) + _shape(word) + _shape(window[3])
            features[f"shape i-1 i i+1 {shapes} {first}"] += 1
            features[f"i-1 tag+shape i {prev} {_shape(word)} {first}"] += 1
            lower = word.lower()
            features["i prefix3 " + lower[:3]] += 1
            features["i suffix2 " + lower[-2:]] += 1
            features["i suffix4 " + lower[-4:]] += 1
            if "-" in word[1:]:
                features["i hyphen-last " + word.rsplit("-", 1)[1].lower()] += 1
            if word == '"':
                opens = context[2 : i + 2].count('"') % 2 == 0
                features[f"i quote-opens {opens}"] += 1
            return features

    return NewscliTagger


def newscli_tokens(tokens: list[str], tags: list[str]) -> tuple[list[str], list[str]]:
    """A treebank sentence as newscli tokenises it: straight quotes, and hyphen-split words joined
    again (``all - girl`` tagged DT HYPH NN becomes ``all-girl`` NN, the tag of the last part).

    The treebanks keep no spacing, so a HYPH token between two word-like tokens is taken to be
    inside a word. Used to train and to evaluate the tagger on the tokens it will see."""
    words: list[str] = []
    word_tags: list[str] = []
    index = 0
    while index < len(tokens):
        token = tokens[index].translate(_ASCII_QUOTES)
        inside_word = (
            tags[index] == "HYPH"
            and words
            and index + 1 < len(tokens)
            and _WORDLIKE.search(words[-1])
            and _WORDLIKE.search(tokens[index + 1])
        )
        if inside_word:
            words[-1] += token + tokens[index + 1].translate(_ASCII_QUOTES)
            word_tags[-1] = tags[index + 1]
            index += 2
        else:
            words.append(token)
            word_tags.append(tags[index])
            index += 1
    return words, word_tags
