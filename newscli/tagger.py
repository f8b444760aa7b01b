"""Penn Treebank part-of-speech tags for a sentence's tokens.

NLTK's pretrained tagger has to be downloaded, which newscli never does, so the package ships its own
model, ``data/pos_tagger.txt.gz``: NLTK's averaged perceptron (``PerceptronTagger``) trained by
``scripts/train_pos_tagger.py`` on openly licensed treebanks (sources and licence in ``data/NOTICE``).
It was trained on tokens as newscli makes them (NLTK's word tokenizer on text with straight quotes):
hyphenated words whole (``all-girl``), clitics split (``Russia 's``, ``do n't``).

The perceptron is NLTK's, with a few features added (``_tagger_class``), so the model only works
with this module's tagger; trained weights are read and applied by ``_FrozenPerceptron``. nltk is imported on
first use: importing this module costs nothing.
"""

from __future__ import annotations

import functools
import gzip
import json
from collections import defaultdict

from . import data
from .characters import ASCII_QUOTES, WORDLIKE

MODEL_FILE = "pos_tagger.txt.gz"

# The treebanks' tags that are not among the 45 Penn Treebank tags, and the PTB tag the model learns
# for each instead (the training script drops sentences with GW, "goes with").
TREEBANK_TO_PTB = {"HYPH": ":", "NFP": ":", "ADD": "NN", "AFX": "JJ"}



def tag(words: list[str]) -> list[str]:
    """The Penn Treebank tag of each token of one sentence."""
    if not words:
        return []
    return [word_tag for _, word_tag in _tagger().tag(words)]


@functools.cache
def _tagger():
    return load_tagger(data.path(MODEL_FILE).read_bytes())


def load_tagger(model: bytes):
    """A tagger from the model file ``scripts/train_pos_tagger.py`` writes, gzipped: a JSON line
    ``{"classes": [tag, …], "tagdict": {word: tag}}``, then ``feature<TAB>tag weight tag weight …``
    per feature. A feature's weights are parsed the first time it is seen, so loading is quick."""
    header, *lines = gzip.decompress(model).decode("utf-8").split("\n")
    parts = json.loads(header)
    tagger = new_tagger()
    tagger.model = _FrozenPerceptron(dict(line.split("\t", 1) for line in lines), parts["classes"])
    tagger.tagdict = parts["tagdict"]
    tagger.classes = set(parts["classes"])
    return tagger


class _FeatureRows(dict):
    """Feature → its row of weights over the labels, parsed from the stored ``tag weight …`` line the first
    time the feature is seen. An unknown feature gives None and is not remembered: memory stays flat."""

    def __init__(self, lines: dict[str, str], index: dict[str, int]):
        super().__init__()
        self._lines = lines
        self._index = index

    def __missing__(self, feature: str) -> list[float] | None:
        line = self._lines.get(feature)
        if line is None:
            return None
        row = [0.0] * len(self._index)
        tags_and_weights = line.split(" ")
        for label, weight in zip(tags_and_weights[::2], tags_and_weights[1::2], strict=False):
            row[self._index[label]] = float(weight)
        self[feature] = row
        return row


class _FrozenPerceptron:
    """A trained perceptron's prediction, faster: NLTK's ``predict`` adds up every (feature, class)
    weight in a Python loop, which made tagging the largest cost of ``newscli analyze``. Here each
    feature's weights are a row of scores over all classes, and a prediction sums the rows column by
    column in C (``zip``/``sum``): about three times faster, the same tags. Plain Python, because numpy
    is not among newscli's dependencies."""

    def __init__(self, weights: dict[str, str], classes: list[str]):
        # Reverse alphabetical order: ``max`` keeps the first of equal scores, NLTK the last label.
        self.labels = sorted(classes, reverse=True)
        self.classes = set(classes)
        self._rows = _FeatureRows(weights, {label: position for position, label in enumerate(self.labels)})

    def predict(self, features, return_conf=False):
        rows = self._rows
        found = []
        for feature, count in features.items():
            row = rows[feature]
            if row is not None and count:
                found.append(row if count == 1 else [weight * count for weight in row])
        if not found:
            return self.labels[0], None
        scores = list(map(sum, zip(*found, strict=False)))
        return self.labels[scores.index(max(scores))], None


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
            before2, before, this, after, after2 = map(str.lower, window)
            # NLTK's own features, spelled out (its helper builds each name with a tuple and a join, which
            # made feature extraction half of tagging): the same names, so the same model.
            features = defaultdict(int)
            for name in (
                "bias",
                "i suffix " + word[-3:],
                "i pref1 " + word[:1],
                "i-1 tag " + prev,
                "i-2 tag " + prev2,
                f"i tag+i-2 tag {prev} {prev2}",
                "i word " + this,
                f"i-1 tag+i word {prev} {this}",
                "i-1 word " + before,
                "i-1 suffix " + before[-3:],
                "i-2 word " + before2,
                "i+1 word " + after,
                "i+1 suffix " + after[-3:],
                "i+2 word " + after2,
            ):
                features[name] += 1
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
                opens = self._quotes_before(context, i) % 2 == 0
                features[f"i quote-opens {opens}"] += 1
            return features

        _counted: list | None = None  # the sentence context whose quote counts are in _counts

        def _quotes_before(self, context, i):
            """Straight double quotes among the words before word ``i``, from prefix counts made once per
            sentence (counting them again at every quote was quadratic in a sentence of thousands)."""
            if self._counted is not context:
                counts = [0]
                for word in context[2:]:
                    counts.append(counts[-1] + (word == '"'))
                self._counted, self._counts = context, counts
            return self._counts[i]

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
        token = tokens[index].translate(ASCII_QUOTES)
        inside_word = (
            tags[index] == "HYPH"
            and words
            and index + 1 < len(tokens)
            and WORDLIKE.search(words[-1])
            and WORDLIKE.search(tokens[index + 1])
        )
        if inside_word:
            words[-1] += token + tokens[index + 1].translate(ASCII_QUOTES)
            word_tags[-1] = tags[index + 1]
            index += 2
        else:
            words.append(token)
            word_tags.append(tags[index])
            index += 1
    return words, word_tags
