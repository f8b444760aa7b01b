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
import sys
from array import array
from collections import defaultdict
from collections.abc import Sequence

from . import data
from .characters import ASCII_QUOTES, WORDLIKE

MODEL_FILE = "pos_tagger.txt.gz"
# Distinct words whose first scores are remembered (then forgotten all at once): most of a batch's tokens are
# of its most frequent words, and memory stays bounded (about 0.4 kB a word).
WORD_MEMO_SIZE = 1 << 14
# Python 3.12's ``sum`` of floats compensates rounding, so a sum of partial sums may differ from the whole sum in
# its last bit (enough to turn a tie): there the first rows are added with the rest, not remembered.
SUM_ADDS_IN_ORDER = sys.version_info < (3, 12)

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
    """Feature → its row of weights over the labels. Every stored feature is a key from the start, holding its
    ``tag weight …`` line until it is first used, when the line is parsed into the row: one dictionary look-up
    per feature, and an unknown feature (most of a sentence's context words) is a miss costing nothing."""

    def __init__(self, lines: dict[str, str], index: dict[str, int]):
        super().__init__(lines)
        self._index = index

    def row(self, feature: str, line: str) -> list[float]:
        """The row of a feature whose stored ``line`` is not parsed yet, parsed and kept."""
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
    is not among newscli's dependencies. The rows are added in the order of the features, as NLTK adds
    them, so that every score (and so every tie between near-equal scores) is exactly NLTK's."""

    def __init__(self, weights: dict[str, str], classes: list[str]):
        # Reverse alphabetical order: ``max`` keeps the first of equal scores, NLTK the last label.
        self.labels = sorted(classes, reverse=True)
        self.classes = set(classes)
        self._rows = _FeatureRows(weights, {label: position for position, label in enumerate(self.labels)})
        self._word_sums: dict[str, array[float]] = {}  # compact: a list of float objects took 4 times the room

    def predict(self, features, return_conf=False):
        """The best label of NLTK's feature → count mapping (counts other than 1 scale the row)."""
        rows = self._rows
        found = []
        for feature, count in features.items():
            row = rows.get(feature)
            if row is not None and count:
                if isinstance(row, str):
                    row = rows.row(feature, row)
                found.append(row if count == 1 else [weight * count for weight in row])
        return self.best(found), None

    def best(self, rows: Sequence[Sequence[float]]) -> str:
        """The label with the highest sum of the rows (added in the order given), the first of equal ones."""
        if not rows:
            return self.labels[0]
        scores = list(map(sum, zip(*rows, strict=False)))
        return self.labels[scores.index(max(scores))]

    def best_of_features(self, word: str, names: list[str]) -> str:
        """``predict`` of the features ``feature_names`` gives (each once), without building a mapping. The
        rows of ``word_feature_names``, which come first, are added once per word and remembered: adding the
        rows after to their sum, in order, gives the same floating-point scores as adding all one by one, where
        ``sum`` adds in order (``SUM_ADDS_IN_ORDER``)."""
        if not SUM_ADDS_IN_ORDER:
            return self.best(self._found(word_feature_names(word) + names))
        first = self._word_sums.get(word)
        if first is None:
            if len(self._word_sums) >= WORD_MEMO_SIZE:
                self._word_sums.clear()
            rows = self._found(word_feature_names(word)) or [[0.0] * len(self.labels)]
            first = self._word_sums[word] = array("d", map(sum, zip(*rows, strict=False)))
        return self.best([first, *self._found(names)])

    def _found(self, names: list[str]) -> list[list[float]]:
        rows = self._rows
        found = []
        for name in names:
            row = rows.get(name)
            if row is not None:
                found.append(rows.row(name, row) if row.__class__ is str else row)
        return found


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


def word_feature_names(word: str) -> list[str]:
    """The first features of a word, NLTK's first three: those of the word alone, wherever it stands."""
    return ["bias", "i suffix " + word[-3:], "i pref1 " + word[:1]]


def feature_names(
    i: int, word: str, lowered: list[str], shapes: list[str], prev: str, prev2: str, quote_opens: bool | None
) -> list[str]:
    """The features of word ``i`` (as written: ``word``) of a sentence after its ``word_feature_names``, given
    the two tags before it.

    ``lowered`` and ``shapes`` are the lower-cased normalised words of the sentence (``normalize``) and their
    ``_shape``, both padded with NLTK's two START and END markers; ``quote_opens`` says, for a straight double
    quote, whether it opens a quotation (None for any other word). Each name occurs once: the prefixes differ,
    and a token holds no space.
    """
    before2, before, this, after, after2 = lowered[i : i + 5]
    first = i == 0
    word_shape = _shape(word)
    lower = word.lower()
    # NLTK's own features first, spelled out (its helper builds each name with a tuple and a join, which
    # made feature extraction half of tagging): the same names, in the same order, so the same model.
    names = [
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
        f"shape i-1 i i+1 {shapes[i + 1]}{word_shape}{shapes[i + 3]} {first}",
        f"i-1 tag+shape i {prev} {word_shape} {first}",
        "i prefix3 " + lower[:3],
        "i suffix2 " + lower[-2:],
        "i suffix4 " + lower[-4:],
    ]
    if "-" in word[1:]:
        names.append("i hyphen-last " + word.rsplit("-", 1)[1].lower())
    if quote_opens is not None:
        names.append(f"i quote-opens {quote_opens}")
    return names


def _quote_counts(context: list[str]) -> list[int]:
    """For each word of a sentence (``context`` padded with two START markers), the straight double quotes
    before it: prefix counts made once per sentence (counting again at every quote was quadratic)."""
    counts = [0]
    for word in context[2:]:
        counts.append(counts[-1] + (word == '"'))
    return counts


@functools.cache
def _tagger_class():
    from nltk.tag.perceptron import PerceptronTagger

    class NewscliTagger(PerceptronTagger):
        """NLTK's features (on lower-cased words), plus: the capitalisation of the word and its
        neighbours (names in news: ``Church of Scientology``), more prefixes and suffixes (words
        the treebanks lack), the last part of a hyphenated word, and whether a straight double
        quote opens or closes a quotation (``feature_names``)."""

        def normalize(self, word):
            # NLTK lower-cases the context words; keep the case for the capitalisation features.
            normalized = super().normalize(word)
            return word if normalized == word.lower() else normalized

        def _get_features(self, i, word, context, prev, prev2):
            """NLTK's interface, used in training: the features as a name → count mapping."""
            features = defaultdict(int)
            opens = self._quotes_before(context, i) % 2 == 0 if word == '"' else None
            lowered = [w.lower() for w in context]
            shapes = [_shape(w) for w in context]
            for name in word_feature_names(word) + feature_names(i, word, lowered, shapes, prev, prev2, opens):
                features[name] += 1
            return features

        _counted: list | None = None  # the sentence context whose quote counts are in _counts

        def _quotes_before(self, context, i):
            if self._counted is not context:
                self._counted, self._counts = context, _quote_counts(context)
            return self._counts[i]

        def tag(self, tokens, return_conf=False, use_tagdict=True):
            """NLTK's greedy tagging, left to right, each sentence's context prepared once; with a trained
            model (``_FrozenPerceptron``) and the tag dictionary, as newscli tags."""
            if return_conf or not use_tagdict or not isinstance(self.model, _FrozenPerceptron) or any(" " in w for w in tokens):
                return super().tag(tokens, return_conf, use_tagdict)
            context = [*self.START, *map(self.normalize, tokens), *self.END]
            lowered = [word.lower() for word in context]
            shapes = [_shape(word) for word in context]
            quotes = _quote_counts(context) if '"' in tokens else None
            tagdict, best = self.tagdict, self.model.best_of_features
            prev, prev2 = self.START
            output = []
            for i, word in enumerate(tokens):
                word_tag = tagdict.get(word)
                if not word_tag:
                    opens = quotes[i] % 2 == 0 if quotes is not None and word == '"' else None
                    word_tag = best(word, feature_names(i, word, lowered, shapes, prev, prev2, opens))
                output.append((word, word_tag))
                prev2, prev = prev, word_tag
            return output

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
