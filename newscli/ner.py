"""The statistical name recogniser: an averaged perceptron (NLTK's ``AveragedPerceptron``) tagging each token
B-/I-/O for PER, ORG, LOC, EVENT and MISC (other named things: works, products, laws), from word-shape, affix,
context, part-of-speech and gazetteer features.

The model is trained by ``scripts/train_ner.py`` on ../shared/train/ner (GUM non-news and UNER EWT) and shipped
as ``data/ner_model.txt.gz``: plain text (no pickle), a JSON line of ``labels``, then one line per feature with its
row of weights aligned with ``labels``, parsed the first time the feature is seen (loading stays quick).
``features()`` is shared by training and tagging, so the two cannot drift apart.
"""

from __future__ import annotations

import json
import re
import string
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from itertools import compress
from operator import itemgetter

from .data import path, read_list
from .names import title_and_honorific_words
from .perceptron import END, START, FeatureRows, Packing, read_model, remember

MODEL_FILE = "ner_model.txt.gz"
# Lower-case words that can begin or continue a name after a non-name word ("the Pacific", "Bank of America").
NAME_INNER_WORDS = frozenset(
    {"the", "of", "and", "de", "del", "la", "le", "du", "van", "von", "der", "al", "da", "di", "bin", "for", "on", "in", "y"}
)
# Lexicons looked up as the word is written, and in lower case; their names become the token flags.
CASED_LEXICONS = ("first", "orghead", "eventhead", "notent")
LOWER_CASE_LEXICONS = ("title", "common")
_SHAPE_CHARS = str.maketrans(
    {
        **dict.fromkeys(string.ascii_uppercase, "X"),
        **dict.fromkeys(string.ascii_lowercase, "x"),
        **dict.fromkeys(string.digits, "d"),
    }
)
_REPEATS = re.compile(r"(.)\1{2,}")
FIRST_CHARACTER = itemgetter(slice(1))  # ``word[:1]``, mapped over a sentence's words without a step of Python


@cache
def lexicons() -> dict[str, frozenset[str]]:
    """The word lists the features consult, by feature name."""
    return {
        "common": frozenset(read_list("common_words.txt")),
        "first": frozenset(read_list("first_names.txt")),
        "orghead": frozenset(read_list("org_heads.txt")),
        "orgdescriptor": frozenset(read_list("org_descriptors.txt")),
        "eventhead": frozenset(word for phrase in read_list("event_heads.txt") for word in phrase.split()),
        "notent": frozenset(read_list("not_entities.txt")),
        "title": title_and_honorific_words(),
    }


@cache
def gazetteer() -> dict[str, str]:
    """Known names and their entity type: places (GPE/LOC), nationality words (NORP), news outlets (ORG), stock
    market indices (PRODUCT), parties and their members (ORG, NORP)."""
    known = {name: "ORG" for name in read_list("news_outlets.txt") if name[:1].isupper()}
    known.update((name, "PRODUCT") for name in read_list("market_indices.txt"))
    known.update((name, "NORP") for name in read_list("demonyms.txt"))
    known.update((name, kind) for name, kind in (line.split("\t") for line in read_list("political_parties.tsv")))
    known.update((name, kind) for name, kind in (line.split("\t") for line in read_list("places.tsv")))
    return known


@cache
def _gazetteer_prefixes() -> dict[str, int]:
    """First word of each known name → the most words any known name starting with it has."""
    longest: dict[str, int] = {}
    for name in gazetteer():
        words = name.split()
        longest[words[0]] = max(longest.get(words[0], 0), len(words))
    return longest


def gazetteer_matches(words: Sequence[str]) -> tuple[tuple[int, int, str], ...]:
    """Longest known names in ``words``, left to right: ``(start, end, type)`` (end exclusive)."""
    return _gazetteer_matches(tuple(words))


# The recogniser's flags, then ``entities``' cue and gazetteer passes, ask for the same sentence in turn.
@lru_cache(maxsize=8)
def _gazetteer_matches(words: tuple[str, ...]) -> tuple[tuple[int, int, str], ...]:
    known, prefixes = gazetteer(), _gazetteer_prefixes()
    found = []
    next_free = 0  # the first word after the last match
    # Most words start no known name: ``compress`` passes over them without a step of Python each.
    for index in compress(range(len(words)), map(prefixes.__contains__, words)):
        if index < next_free:
            continue
        for size in range(min(prefixes[words[index]], len(words) - index), 0, -1):
            kind = known.get(" ".join(words[index : index + size]))
            if kind:
                found.append((index, index + size, kind))
                next_free = index + size
                break
    return tuple(found)


@lru_cache(maxsize=65536)
def shape(word: str) -> str:
    """``Hayashi`` → ``Xxx``, ``NATO`` → ``XX``, ``A380`` → ``Xdd``: character classes, runs cut to two."""
    return _REPEATS.sub(_two_of_run, word.translate(_SHAPE_CHARS))


def _two_of_run(run: re.Match) -> str:
    """A run's first two characters: ``shape``'s replacement, a function because ``re`` expands a template string
    (``\\1\\1``) in Python code at each match, which costs more."""
    return run.group()[:2]


def lower_case_words(sentences: Iterable[Sequence[str]]) -> frozenset[str]:
    """The words a document writes in lower case somewhere: document-level evidence that a capitalised
    spelling of them elsewhere is a sentence opener or a headline word rather than a name."""
    return frozenset(word for words in sentences for word in words if word.islower())


def token_flags(words: Sequence[str], lowered_in_document: frozenset[str] = frozenset()) -> list[str]:
    """One gazetteer/lexicon flag string per word (``""`` when none applies): its gazetteer flag (``B-GPE``), its
    lexicons, then ``doclower``, joined by ``|``."""
    gazetteer_flags: dict[int, str] = {}
    for start, end, kind in gazetteer_matches(words):  # matches do not overlap: one flag a word at most
        for index in range(start, end):
            gazetteer_flags[index] = ("B-" if index == start else "I-") + kind
    flags = list(map(_lexicon_flags, words))
    # Most words have neither flag: only the capitalised ones (picked by ``compress`` without a step of Python per
    # word) are looked up in the document's lower-case words, and only the flagged ones rewritten.
    capitalised = compress(range(len(words)), map(str.isupper, map(FIRST_CHARACTER, words)))
    doclower = {index for index in capitalised if words[index].lower() in lowered_in_document}
    for index in doclower.union(gazetteer_flags):
        found = gazetteer_flags.get(index)
        items = [found] if found is not None else []
        items += [flags[index]] if flags[index] else []
        flags[index] = "|".join(items + ["doclower"] if index in doclower else items)
    return flags


@lru_cache(maxsize=65536)
def _lexicon_flags(word: str) -> str:
    """The lexicons that have ``word`` as written (``CASED_LEXICONS``), then in lower case, joined by ``|``: the
    same for every occurrence of a word, so looked up once per word."""
    lex, lower = lexicons(), word.lower()
    return "|".join(
        [name for name in CASED_LEXICONS if word in lex[name]] + [name for name in LOWER_CASE_LEXICONS if lower in lex[name]]
    )


def sentence_context(
    words: Sequence[str], pos_tags: Sequence[str], lowered_in_document: frozenset[str] = frozenset()
):
    """Per-sentence feature inputs, computed once: padded lower-case words, shapes, flags and POS tags."""
    lowered = START + tuple(map(str.lower, words)) + END
    shapes = START + tuple(map(shape, words)) + END
    flags = ("-", "-") + tuple(token_flags(words, lowered_in_document)) + ("-", "-")
    return lowered, shapes, flags, START + tuple(pos_tags) + END


def word_features(context, index: int) -> list[str]:
    """The first features of word ``index``: those of the word alone, the same wherever it stands after the first
    word, whatever the labels before it."""
    lowered, shapes, flags, _ = context
    position = index + 2
    lower = lowered[position]
    # f-strings build each name in one step (concatenating allocated a string per +): the same names, faster.
    return [
        "bias",
        f"w={lower}",
        f"shape={shapes[position]}",
        f"suf3={lower[-3:]}",
        f"suf2={lower[-2:]}",
        f"pre3={lower[:3]}",
        f"first={index == 0}",
        f"flag={flags[position]}",
    ]


def features(context, index: int, prev: str, prev2: str) -> list[str]:
    """Features of word ``index`` of a sentence (its ``sentence_context``) given the two labels before it."""
    return word_features(context, index) + context_features(context, index, prev, prev2)


def context_features(context, index: int, prev: str, prev2: str) -> list[str]:
    """The features after ``word_features``: the labels before the word, its neighbours, its POS tags."""
    lowered, shapes, flags, tags = context
    position = index + 2
    lower, word_shape, flag, tag = lowered[position], shapes[position], flags[position], tags[position]
    first = index == 0
    return [
        f"p1={prev}",
        f"p2={prev}|{prev2}",
        f"p1shape={prev}|{word_shape}",
        f"-1w={lowered[position - 1]}",
        f"-1shape={shapes[position - 1]}",
        f"-1flag={flags[position - 1]}",
        f"+1w={lowered[position + 1]}",
        f"+1shape={shapes[position + 1]}",
        f"+1flag={flags[position + 1]}",
        f"-2w={lowered[position - 2]}",
        f"+2w={lowered[position + 2]}",
        f"+1shape+2shape={shapes[position + 1]}|{shapes[position + 2]}",
        f"-1w+w={lowered[position - 1]}|{lower}",
        f"w+1w={lower}|{lowered[position + 1]}",
        f"flag+1flag={flag}|{flags[position + 1]}",
        f"-1shape+shape={shapes[position - 1]}|{word_shape}",
        f"shape+1shape={word_shape}|{shapes[position + 1]}",
        f"-1shape+shape+1shape={shapes[position - 1]}|{word_shape}|{shapes[position + 1]}",
        f"p1+w={prev}|{lower}",
        f"first+flag={first}|{flag}",
        f"-1w+shape={lowered[position - 1]}|{word_shape}",
        f"shape+1w={word_shape}|{lowered[position + 1]}",
        f"suf4={lower[-4:]}",
        f"-2flag={flags[position - 2]}",
        f"+2flag={flags[position + 2]}",
        f"-1flag+flag={flags[position - 1]}|{flag}",
        f"p1+flag={prev}|{flag}",
        f"pos={tag}",
        f"-1pos={tags[position - 1]}",
        f"+1pos={tags[position + 1]}",
        f"-1pos+pos={tags[position - 1]}|{tag}",
        f"pos+1pos={tag}|{tags[position + 1]}",
        f"p1+pos={prev}|{tag}",
        f"pos+shape={tag}|{word_shape}",
    ]


# ``features`` in groups, for sums remembered per group (``Recogniser``): each group's names depend only on the
# parts of the sentence context its key (in ``Recogniser.tag``) holds. Each takes the context, the word's position in it
# (its index + 2) and the two labels before it.
def _word_names(context, position: int, prev: str, prev2: str) -> list[str]:
    """``word_features``, ``suf4`` and ``first+flag``: the word (lower case, shape, flag), whether it is first."""
    lowered, _, flags, _ = context
    first = position == 2
    return [*word_features(context, position - 2), f"suf4={lowered[position][-4:]}", f"first+flag={first}|{flags[position]}"]


# A neighbour's groups name its word alone; its POS tag is with the tags (``_tag_names``), whose key holds it
# already, so that a word as a neighbour has one key whatever it is tagged: fewer sums to work out in a batch.
def _before_names(context, position: int, prev: str, prev2: str) -> list[str]:
    lowered, shapes, flags, _ = context
    at = position - 1
    return [f"-1w={lowered[at]}", f"-1shape={shapes[at]}", f"-1flag={flags[at]}"]


def _after_names(context, position: int, prev: str, prev2: str) -> list[str]:
    lowered, shapes, flags, _ = context
    at = position + 1
    return [f"+1w={lowered[at]}", f"+1shape={shapes[at]}", f"+1flag={flags[at]}"]


def _second_before_names(context, position: int, prev: str, prev2: str) -> list[str]:
    lowered, _, flags, _ = context
    return [f"-2w={lowered[position - 2]}", f"-2flag={flags[position - 2]}"]


def _second_after_names(context, position: int, prev: str, prev2: str) -> list[str]:
    lowered, _, flags, _ = context
    return [f"+2w={lowered[position + 2]}", f"+2flag={flags[position + 2]}"]


def _tag_names(context, position: int, prev: str, prev2: str) -> list[str]:
    """The POS tags: the word's, its neighbours', with the word's shape."""
    _, shapes, _, tags = context
    tag = tags[position]
    return [
        f"pos={tag}",
        f"-1pos={tags[position - 1]}",
        f"+1pos={tags[position + 1]}",
        f"-1pos+pos={tags[position - 1]}|{tag}",
        f"pos+1pos={tag}|{tags[position + 1]}",
        f"pos+shape={tag}|{shapes[position]}",
    ]


def _shape_flag_names(context, position: int, prev: str, prev2: str) -> list[str]:
    """The shapes and flags of the word and its neighbours, together."""
    _, shapes, flags, _ = context
    before, word_shape, after = shapes[position - 1], shapes[position], shapes[position + 1]
    return [
        f"+1shape+2shape={after}|{shapes[position + 2]}",
        f"flag+1flag={flags[position]}|{flags[position + 1]}",
        f"-1shape+shape={before}|{word_shape}",
        f"shape+1shape={word_shape}|{after}",
        f"-1shape+shape+1shape={before}|{word_shape}|{after}",
        f"-1flag+flag={flags[position - 1]}|{flags[position]}",
    ]


def _label_names(context, position: int, prev: str, prev2: str) -> list[str]:
    """The labels before the word, alone and with the word's shape, flag and POS tag."""
    _, shapes, flags, tags = context
    return [
        f"p1={prev}",
        f"p2={prev}|{prev2}",
        f"p1shape={prev}|{shapes[position]}",
        f"p1+flag={prev}|{flags[position]}",
        f"p1+pos={prev}|{tags[position]}",
    ]


GROUP_NAMES = (
    _word_names, _before_names, _after_names, _second_before_names, _second_after_names, _tag_names, _shape_flag_names, _label_names
)


def _word_pair_names(context, position: int, prev: str) -> list[str]:
    """The rest, not remembered (few repeat): the word with its neighbours' words and shapes, and the label before."""
    lowered, shapes, _, _ = context
    lower, before, after = lowered[position], lowered[position - 1], lowered[position + 1]
    return [
        f"-1w+w={before}|{lower}",
        f"w+1w={lower}|{after}",
        f"p1+w={prev}|{lower}",
        f"-1w+shape={before}|{shapes[position]}",
        f"shape+1w={shapes[position]}|{after}",
    ]


class Recogniser:
    """Tags words with B-X / I-X / O, greedily left to right.

    Each feature's weights are one packed integer over ``labels`` (``newscli.perceptron``), and the rows of the
    features that depend only on the word, on one neighbour, on the POS tags, on the shapes and flags or on the
    labels before are added once per distinct key and remembered: scoring a token is a dozen integer additions.
    Exact sums give the best label of the float sums the model was trained to be applied with wherever it leads
    by a unit (0.01) or more; on an exact tie the float rows are added one by one in the order of ``features``,
    as before, so that the tie falls as it did.
    """

    def __init__(self, labels: Sequence[str], vectors: _FeatureRows) -> None:
        self.labels = tuple(labels)
        self.vectors = vectors
        self._memos: tuple[dict[tuple, int], ...] = tuple({} for _ in GROUP_NAMES)
        # Most scored tokens are no name either: their best label, tried first (``Packing.best_lane``).
        self._outside = self.labels.index("O") if "O" in self.labels else None

    def float_row(self, name: str) -> list[float] | None:
        """A feature's weights as the model file writes them, or None for a feature the model lacks."""
        row = self.vectors.get(name)
        if row is None:
            return None
        return self.vectors.packing.floats(self.vectors.row(name, row) if row.__class__ is str else row)

    def _remember(self, group: int, key: tuple, context, position: int, prev: str, prev2: str) -> int:
        """The summed rows of group ``group`` of ``GROUP_NAMES`` for ``key``, worked out and remembered."""
        return remember(self._memos[group], key, self.vectors.packed(GROUP_NAMES[group](context, position, prev, prev2)))

    def _tied_best(self, context, position: int, prev: str, prev2: str) -> str:
        """The best label where two lead the exact sums: the float rows added one by one, in feature order."""
        rows = [row for name in features(context, position - 2, prev, prev2) if (row := self.float_row(name)) is not None]
        scores = list(map(sum, zip(*(rows or [[0.0] * len(self.labels)]), strict=False)))
        return max(zip(scores, self.labels, strict=False))[1]  # ties go to the later label, as in NLTK

    def tag(
        self, words: Sequence[str], pos_tags: Sequence[str], lowered_in_document: frozenset[str] = frozenset()
    ) -> list[str]:
        """Labels of ``words``, given their Penn Treebank tags (``newscli.tagger``); ``lowered_in_document`` is
        ``lower_case_words`` of the whole document."""
        context = sentence_context(words, pos_tags, lowered_in_document)
        lowered, shapes, flags, pos = context
        # Each group of ``GROUP_NAMES`` is remembered under what its names depend on (``keys``, in order); a word as
        # a neighbour is the same tuple wherever it stands, so those keys are made once per sentence.
        neighbours, far_neighbours = tuple(zip(lowered, shapes, flags, strict=True)), tuple(zip(lowered, flags, strict=True))
        memos, remember, packed = self._memos, self._remember, self.vectors.packed
        best_lane, labels, outside = self.vectors.packing.best_lane, self.labels, self._outside
        tags: list[str] = []
        prev, prev2 = START
        for index, word in enumerate(words):
            if prev == "O" and word.isalpha() and word.islower() and word not in NAME_INNER_WORDS:
                tags.append("O")  # a lower-case word after a non-name starts no name: no need to score it
                prev2, prev = prev, "O"
                continue
            position = index + 2
            keys = (
                (lowered[position], shapes[position], flags[position], position == 2),
                neighbours[position - 1],
                neighbours[position + 1],
                far_neighbours[position - 2],
                far_neighbours[position + 2],
                (pos[position - 1], pos[position], pos[position + 1], shapes[position]),
                (*shapes[position - 1 : position + 3], *flags[position - 1 : position + 2]),
                (prev, prev2, shapes[position], flags[position], pos[position]),
            )
            total = packed(_word_pair_names(context, position, prev))
            for group, key in enumerate(keys):
                found = memos[group].get(key)
                total += remember(group, key, context, position, prev, prev2) if found is None else found
            lane = best_lane(total, outside)
            label = labels[lane] if lane is not None else self._tied_best(context, position, prev, prev2)
            if label.startswith("I-") and prev[2:] != label[2:]:
                label = "B-" + label[2:]
            tags.append(label)
            prev2, prev = prev, label
        return tags


class _FeatureRows(FeatureRows):
    """The recogniser's rows: a line holds one weight per label, in the labels' order."""

    def __init__(self, lines: Iterable[tuple[str, str]], packing: Packing) -> None:
        super().__init__(lines)
        self.packing = packing

    def row(self, feature: str, line: str) -> int:
        row = self[feature] = self.packing.pack(line.split(" "))
        return row


@cache
def recogniser() -> Recogniser:
    header, lines = read_model(path(MODEL_FILE).read_bytes())
    labels = json.loads(header)["labels"]
    # Two decimals: weights in hundredths, all below 27.1 in size; a sum adds at most 42 rows, and its lanes stay
    # below 2 ** 18 (42 offsets of 2 ** 12, and 900 points to spare).
    packing = Packing(len(labels), 100, lane_bits=32, offset=1 << 12, sum_bits=18)
    return Recogniser(labels, _FeatureRows(lines, packing))
