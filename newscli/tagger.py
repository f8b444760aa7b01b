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
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence

from . import data
from .characters import WORDLIKE, ascii_quotes
from .perceptron import END, START, FeatureRows, Packing, read_model, remember

MODEL_FILE = "pos_tagger.txt.gz"

# The treebanks' tags that are not among the 45 Penn Treebank tags, and the PTB tag the model learns
# for each instead (the training script drops sentences with GW, "goes with").
TREEBANK_TO_PTB = {"HYPH": ":", "NFP": ":", "ADD": "NN", "AFX": "JJ"}


def tag(words: list[str]) -> list[str]:
    """The Penn Treebank tag of each token of one sentence."""
    if not words:
        return []
    return _tagger().tags(words)


@functools.cache
def _tagger() -> FrozenTagger:
    return FrozenTagger(*read_frozen(data.path(MODEL_FILE).read_bytes()))


def read_frozen(model: bytes) -> tuple[_FrozenPerceptron, dict[str, str]]:
    """The model and tag dictionary of the model file ``scripts/train_pos_tagger.py`` writes, gzipped: a JSON line
    ``{"classes": [tag, …], "tagdict": {word: tag}}``, then ``feature<TAB>tag weight tag weight …``
    per feature. A feature's weights are parsed the first time it is seen, so loading is quick."""
    header, lines = read_model(model)
    parts = json.loads(header)
    return _FrozenPerceptron(lines, parts["classes"]), parts["tagdict"]


def load_tagger(model: bytes):
    """NLTK's tagger (``new_tagger``) with a model file's model (``read_frozen``): to evaluate, and to check
    ``FrozenTagger`` against NLTK's own tagging loop."""
    tagger = new_tagger()
    tagger.model, tagger.tagdict = read_frozen(model)
    tagger.classes = set(tagger.model.classes)
    return tagger


class FrozenTagger:
    """Tagging with a trained model, as ``load_tagger``'s tagger tags, without NLTK's tagger class: its module
    imports NLTK's data loading, grammars and semantics (4% of a one-article run) for the one thing the tags need
    of it, ``normalize``. Each sentence's context is prepared once."""

    def __init__(self, model: _FrozenPerceptron, tagdict: dict[str, str]):
        self.model, self.tagdict = model, tagdict

    def tags(self, tokens: list[str]) -> list[str]:
        if " " in "".join(tokens):  # feature names are spaced: NLTK counts a name such a token repeats twice
            return [word_tag for _, word_tag in self._nltk_tagger.tag(tokens)]
        context = [*START, *map(normalize, tokens), *END]
        lowered = list(map(str.lower, context))
        shapes = list(map(_shape, context))
        quotes = _quote_counts(context) if '"' in tokens else None
        return self.model.tag_words(tokens, lowered, shapes, quotes, self.tagdict)

    @functools.cached_property
    def _nltk_tagger(self):
        """NLTK's tagging loop over this model, for the sentences whose features it names its own way."""
        tagger = new_tagger()
        tagger.model, tagger.tagdict, tagger.classes = self.model, self.tagdict, self.model.classes
        return tagger


@functools.lru_cache(maxsize=1 << 16)
def normalize(word: str) -> str:
    """NLTK's ``PerceptronTagger.normalize`` but that the word keeps its case (for the capitalisation features):
    a hyphenated word not opening with its hyphen is ``!HYPHEN``, four digits ``!YEAR``, another word opening with
    a digit ``!DIGITS``. The tagger class's ``normalize`` is this, made from NLTK's (tested alike)."""
    if "-" in word and word[0] != "-":
        return "!HYPHEN"
    if word.isdigit() and len(word) == 4:
        return "!YEAR"
    if word[:1].isdigit():
        return "!DIGITS"
    return word


class _FeatureRows(FeatureRows):
    """The tagger's rows: a line holds ``tag weight`` pairs, for the tags a feature was seen with."""

    def __init__(self, lines: Iterable[tuple[str, str]], index: dict[str, int], packing: Packing):
        super().__init__(lines)
        self._index = index
        self._packing = packing

    def row(self, feature: str, line: str) -> int:
        tags_and_weights = line.split(" ")
        lanes = map(self._index.__getitem__, tags_and_weights[::2])
        row = self[feature] = self._packing.pack(tags_and_weights[1::2], lanes)
        return row


class _FrozenPerceptron:
    """A trained perceptron's prediction, faster and with the same tags: NLTK's ``predict`` adds up every
    (feature, class) weight in a Python loop, which made tagging the largest cost of ``newscli analyze``. Here
    each feature's weights are one packed integer over all classes (``newscli.perceptron``), and the rows of the
    features that depend on the word alone, on a neighbour alone or on the two tags before and the shapes around
    the word are added once and remembered. Exact sums give NLTK's best tag wherever it leads by a unit (0.1) or more; on an exact tie the
    float rows are added in the order of the features, as NLTK adds them, so that the tie falls as it did."""

    def __init__(self, weights: Iterable[tuple[str, str]], classes: list[str]):
        # Reverse alphabetical order: ``max`` keeps the first of equal scores, NLTK the last label.
        self.labels = sorted(classes, reverse=True)
        self.classes = set(classes)
        # One decimal: weights in tenths, all below 31.4 in size; a sum adds at most 21 rows (max_rows 32).
        self._packing = Packing(len(self.labels), 10, lane_bits=16, offset=1 << 10)
        self._rows = _FeatureRows(weights, {label: position for position, label in enumerate(self.labels)}, self._packing)
        # Sums remembered per word: the word's own features, and each of its roles as a neighbour; per tag pair and
        # shapes (``tag_shape_names``).
        self._word_parts: dict[str, tuple[int, int | None]] = {}
        self._neighbour_parts: tuple[dict[str, int], ...] = ({}, {}, {}, {})
        self._tag_parts: dict[tuple[str, str, str, str, str, bool], int] = {}

    def predict(self, features, return_conf=False):
        """The best label of NLTK's feature → count mapping (counts other than 1 scale the row)."""
        found = []
        for feature, count in features.items():
            row = self._float_row(feature)
            if row is not None and count:
                found.append(row if count == 1 else [weight * count for weight in row])
        return self.best(found), None

    def best(self, rows: Sequence[Sequence[float]]) -> str:
        """The label with the highest sum of the rows (added in the order given), the first of equal ones."""
        if not rows:
            return self.labels[0]
        scores = list(map(sum, zip(*rows, strict=False)))
        return self.labels[scores.index(max(scores))]

    def _float_row(self, feature: str) -> list[float] | None:
        row = self._rows.get(feature)
        if row is None:
            return None
        return self._packing.floats(self._rows.row(feature, row) if row.__class__ is str else row)

    def tag_words(
        self, words: Sequence[str], lowered: list[str], shapes: list[str], quotes: list[int] | None, tagdict: dict[str, str]
    ) -> list[str]:
        """NLTK's greedy tags of a sentence's ``words``, left to right: a word of the tag dictionary takes its tag,
        any other the best tag of the rows of ``word_feature_names`` then ``feature_names``, given the two tags
        before it. ``lowered`` and ``shapes`` are as ``feature_names`` takes them, ``quotes`` the straight double
        quotes before each word (``_quote_counts``; None for a sentence without one)."""
        packed, best_lane, labels = self._rows.packed, self._packing.best_lane, self.labels
        word_parts, tag_parts = self._word_parts, self._tag_parts
        second_before, before, after, second_after = self._neighbour_parts
        output = []
        prev, prev2 = START
        for i, word in enumerate(words):
            word_tag = tagdict.get(word)
            if not word_tag:
                own = word_parts.get(word)
                if own is None:
                    own = remember(word_parts, word, (packed(word_feature_names(word) + own_word_names(word, lowered[i + 2])), None))
                own_total, guess = own
                total = own_total
                # The four neighbours' sums, each spelled out (a loop over the groups cost as much as the look-ups).
                found = second_before.get(lowered[i])
                total += self._neighbour_sum(0, lowered[i]) if found is None else found
                found = before.get(lowered[i + 1])
                total += self._neighbour_sum(1, lowered[i + 1]) if found is None else found
                found = after.get(lowered[i + 3])
                total += self._neighbour_sum(2, lowered[i + 3]) if found is None else found
                found = second_after.get(lowered[i + 4])
                total += self._neighbour_sum(3, lowered[i + 4]) if found is None else found
                key = (prev, prev2, shapes[i + 1], _shape(word), shapes[i + 3], i == 0)
                found = tag_parts.get(key)
                if found is None:
                    found = remember(tag_parts, key, packed(tag_shape_names(*key)))
                total += found
                opens = quotes[i] % 2 == 0 if quotes is not None and word == '"' else None
                total += packed(tag_word_names(prev, lowered[i + 2], opens))
                lane = best_lane(total, guess)
                if lane is not None:
                    word_tag = labels[lane]
                    if lane != guess:  # the word's last tag is the guess at its next occurrence
                        word_parts[word] = (own_total, lane)
                else:
                    names = word_feature_names(word) + feature_names(i, word, lowered, shapes, prev, prev2, opens)
                    word_tag = self.best([row for row in map(self._float_row, names) if row is not None])
            output.append(word_tag)
            prev2, prev = prev, word_tag
        return output

    def _neighbour_sum(self, role: int, neighbour: str) -> int:
        """The summed rows of ``neighbour`` (a lower-cased normalised word) in ``role`` (of ``NEIGHBOUR_NAMES``),
        worked out and remembered."""
        return remember(self._neighbour_parts[role], neighbour, self._rows.packed(NEIGHBOUR_NAMES[role](neighbour)))


def new_tagger():
    """An untrained tagger with newscli's features."""
    return _tagger_class()(load=False)


@functools.lru_cache(maxsize=1 << 16)
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


# ``feature_names`` in groups, for sums remembered per group (``_FrozenPerceptron.tag_words``): the same names.
def own_word_names(word: str, this: str) -> list[str]:
    """The names of ``feature_names`` that depend on the word alone (``this``: its lower-cased normalised form)."""
    lower = word.lower()
    names = ["i word " + this, "i prefix3 " + lower[:3], "i suffix2 " + lower[-2:], "i suffix4 " + lower[-4:]]
    if "-" in word[1:]:
        names.append("i hyphen-last " + word.rsplit("-", 1)[1].lower())
    return names


def _second_before_names(before2: str) -> list[str]:
    return ["i-2 word " + before2]


def _before_names(before: str) -> list[str]:
    return ["i-1 word " + before, "i-1 suffix " + before[-3:]]


def _after_names(after: str) -> list[str]:
    return ["i+1 word " + after, "i+1 suffix " + after[-3:]]


def _second_after_names(after2: str) -> list[str]:
    return ["i+2 word " + after2]


# The names of each neighbour (its lower-cased normalised form) of word i: i-2, i-1, i+1, i+2.
NEIGHBOUR_NAMES = (_second_before_names, _before_names, _after_names, _second_after_names)


def tag_shape_names(prev: str, prev2: str, before_shape: str, word_shape: str, after_shape: str, first: bool) -> list[str]:
    """The names of ``feature_names`` that depend on the two tags before, the shapes of the neighbours i-1 and i+1
    (of ``shapes``) and of the word as written (``_shape``) alone; ``first``: whether the word opens the sentence."""
    return [
        "i-1 tag " + prev,
        "i-2 tag " + prev2,
        f"i tag+i-2 tag {prev} {prev2}",
        f"shape i-1 i i+1 {before_shape}{word_shape}{after_shape} {first}",
        f"i-1 tag+shape i {prev} {word_shape} {first}",
    ]


def tag_word_names(prev: str, this: str, quote_opens: bool | None) -> list[str]:
    """The rest of ``feature_names``: the tag before with the word (``this``: its lower-cased normalised form),
    and for a straight double quote whether it opens a quotation."""
    names = [f"i-1 tag+i word {prev} {this}"]
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
    from .nltk_modules import private_nltk

    with private_nltk():
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
            """NLTK's greedy tagging; with a trained model (``_FrozenPerceptron``) and the tag dictionary, as
            newscli tags (``FrozenTagger``)."""
            if return_conf or not use_tagdict or not isinstance(self.model, _FrozenPerceptron) or " " in "".join(tokens):
                return super().tag(tokens, return_conf, use_tagdict)
            return list(zip(tokens, FrozenTagger(self.model, self.tagdict).tags(tokens), strict=True))

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
        token = ascii_quotes(tokens[index])
        inside_word = (
            tags[index] == "HYPH"
            and words
            and index + 1 < len(tokens)
            and WORDLIKE.search(words[-1])
            and WORDLIKE.search(tokens[index + 1])
        )
        if inside_word:
            words[-1] += token + ascii_quotes(tokens[index + 1])
            word_tags[-1] = tags[index + 1]
            index += 2
        else:
            words.append(token)
            word_tags.append(tags[index])
            index += 1
    return words, word_tags
