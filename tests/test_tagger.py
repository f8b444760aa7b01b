"""The shipped part-of-speech model: Penn Treebank tags on newscli's tokens, loaded offline."""

from __future__ import annotations

import gzip

import pytest

from newscli import data
from newscli.perceptron import Packing, read_model
from newscli.tagger import (
    MODEL_FILE,
    NEIGHBOUR_NAMES,
    _shape,
    feature_names,
    load_tagger,
    new_tagger,
    newscli_tokens,
    normalize,
    own_word_names,
    tag,
    tag_shape_names,
    tag_word_names,
    word_feature_names,
)

from .conftest import fresh_interpreter

PTB_TAGS = frozenset(
    [
        "CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS", "MD", "NN", "NNS", "NNP", "NNPS", "PDT", "POS",
        "PRP", "PRP$", "RB", "RBR", "RBS", "RP", "SYM", "TO", "UH", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT",
        "WP", "WP$", "WRB", "#", "$", ".", ",", ":", "-LRB-", "-RRB-", "``", "''",
    ]
)


def tags_of(sentence: str) -> dict[str, str]:
    words = sentence.split()
    return dict(zip(words, tag(words), strict=False))


def test_a_news_sentence():
    tags = tags_of("The minister said on Wednesday that talks continue .")
    assert tags["The"] == "DT"
    assert tags["minister"] == "NN"
    assert tags["said"] == "VBD"
    assert tags["Wednesday"] == "NNP"
    assert tags["."] == "."


def test_split_clitics():
    tags = tags_of("Japan 's exports grew , but they do n't expect a recession .")
    assert tags["Japan"] == "NNP"
    assert tags["'s"] == "POS"
    assert tags["do"] == "VBP"
    assert tags["n't"] == "RB"
    assert tags["expect"] == "VB"


def test_hyphenated_words_are_tagged_whole():
    tags = tags_of("A 20-year-old man from an all-girl school was arrested .")
    assert tags["20-year-old"] == "JJ"
    assert tags["all-girl"] in {"NN", "JJ"}
    assert tags["school"] == "NN"
    assert tags["arrested"] == "VBN"


def test_straight_double_quotes_open_and_close():
    words = ['She', 'called', 'the', 'plan', '"', 'unfair', '"', 'and', '"', 'wrong', '"', '.']
    quote_tags = [word_tag for word, word_tag in zip(words, tag(words), strict=False) if word == '"']
    assert quote_tags == ["``", "''", "``", "''"]


def test_an_empty_sentence_has_no_tags():
    assert tag([]) == []


def test_one_tag_per_token():
    words = [
        "Shares", "of", "Acme", "Corp.", "rose", "3.5", "%", "to", "$", "20", "(", "about", "18", "euros", ")", "on",
        "Friday", ";", "analysts", "were", "surprised", ".",
    ]
    tags = tag(words)
    assert len(tags) == len(words)
    assert tags[words.index("(")] == "-LRB-"
    assert tags[words.index("3.5")] == "CD"


def test_the_model_gives_only_penn_treebank_tags():
    tagger = load_tagger(data.path(MODEL_FILE).read_bytes())
    assert tagger.classes <= PTB_TAGS
    assert set(tagger.tagdict.values()) <= PTB_TAGS
    assert set(tagger.model.labels) == tagger.classes
    assert len(tagger.model._rows) > 10_000


def test_importing_the_tagger_does_not_import_nltk():
    fresh_interpreter("import sys, newscli.tagger; sys.exit('nltk' in sys.modules)")


def test_treebank_sentences_as_newscli_tokenises_them():
    tokens = ["an", "all", "-", "girl", "team", "\u2019s", "\u201c", "win", "\u201d", ",", "-", "yes"]
    tags = ["DT", "DT", "HYPH", "NN", "NN", "POS", "``", "NN", "''", ",", "HYPH", "UH"]
    assert newscli_tokens(tokens, tags) == (
        ["an", "all-girl", "team", "'s", '"', "win", '"', ",", "-", "yes"],
        ["DT", "NN", "NN", "POS", "``", "NN", "''", ",", "HYPH", "UH"],
    )


SENTENCES = [
    'The all-girl team , " Better Idea , " won 3.5 % of 1,200 votes in 2017 , she said .',
    'He said " yes " and " no " , then left ; U.S. officials did n\'t comment .',
    "IBM 's shares rose to $ 20 ( about 18 euros ) on Friday after a well-received report .",
]


def test_newscli_tagging_is_nltks_with_the_same_model():
    """The tagging loop (context prepared once, word rows summed once per word) gives NLTK's generic loop's
    tags: ``_get_features`` and ``predict`` over the same model, feature by feature."""
    from nltk.tag.perceptron import PerceptronTagger

    tagger = load_tagger(data.path(MODEL_FILE).read_bytes())
    for sentence in SENTENCES:
        words = sentence.split()
        assert tagger.tag(words) == PerceptronTagger.tag(tagger, words)
        assert tagger.tag(words) == PerceptronTagger.tag(tagger, words)  # again, from the words' remembered rows


def test_packed_rows_add_up_to_the_exact_sums_of_their_weights():
    packing = Packing(3, 100, lane_bits=32, offset=1 << 12)
    rows = [packing.pack(["1.5", "-0.25", "0"]), packing.pack(["-2", "0.5", "0.07"])]
    assert packing.floats(rows[0]) == [1.5, -0.25, 0.0]
    assert packing.floats(rows[1]) == [-2.0, 0.5, 0.07]
    assert packing.best_lane(sum(rows)) == 1  # -0.5, 0.25, 0.07
    assert packing.best_lane(packing.pack(["1", "1", "0"])) is None  # a tie: the caller adds floats


def test_sparse_rows_weigh_nothing_where_no_weight_is_written():
    packing = Packing(4, 10, lane_bits=16, offset=1 << 10)
    row = packing.pack(["2.5", "-1"], [1, 3])
    assert packing.floats(row) == [0.0, 2.5, 0.0, -1.0]
    assert packing.best_lane(row) == 1


def test_best_lane_is_the_same_whether_the_top_bytes_decide_or_not():
    """``best_lane`` compares the lanes' top bytes first; where they tie, or a sum outgrows ``sum_bits``, whole."""
    packing = Packing(3, 100, lane_bits=32, offset=1 << 12, sum_bits=18)
    close = packing.pack(["0.5", "0.49", "0"])  # the same top byte (10.24 points wide) in two lanes
    assert packing.best_lane(close) == 0
    assert packing.best_lane(packing.pack(["-8", "9", "0"])) == 1  # one lane's top byte alone
    assert packing.best_lane(sum([packing.pack(["0", "27", "0"])] * 40)) == 1  # lanes past 2 ** 18
    assert packing.best_lane(sum([packing.pack(["27", "27", "0"])] * 40)) is None


def test_a_guessed_lane_changes_no_best_lane():
    """A guess is taken only where it leads every other lane alone: with any guess, the best lane without one.
    Lanes with a spare bit above their sums (the recogniser's) and lanes their sums fill (the tagger's, checked
    every other lane at a time, also for an odd number of lanes) alike."""
    packings = [Packing(3, 100, lane_bits=32, offset=1 << 12, sum_bits=18), Packing(3, 10, lane_bits=16, offset=1 << 10)]
    packings.append(Packing(4, 10, lane_bits=16, offset=1 << 10))
    for packing in packings:
        size = packing.size
        sums = [
            packing.pack(["0.5", "0.4", "0", "0.3"][:size]),  # one lane just ahead
            packing.pack(["1", "1", "0", "0"][:size]),  # a tie
            packing.pack(["-2", "0", "0", "0"][:size]),  # a tie of the lanes the guess is not
            packing.pack(["0", "0", "0", "3"][:size]),  # the last lane
            sum([packing.pack(["0", "27", "0", "0"][:size])] * 30),  # many rows
        ]
        for total in sums:
            for guess in range(size):
                assert packing.best_lane(total, guess) == packing.best_lane(total)


def test_weights_that_are_not_whole_units_are_refused():
    packing = Packing(2, 10, lane_bits=16, offset=1 << 10)
    for weights in (["0.25", "1"], ["1e-05", "1"], ["200", "1"]):
        with pytest.raises(ValueError):
            packing.pack(weights)
        with pytest.raises(ValueError):
            packing.pack(weights, [0, 1])


def test_feature_groups_name_every_feature_once():
    """The tagger adds remembered sums of groups of features: together they are the features, each once."""
    words = ["The", "all-girl", "team", "'s", '"', "Better", "Idea", '"', "won", "3.5", "%", "."]
    lowered = ["-start-", "-start2-", *(word.lower() for word in words), "-end-", "-end2-"]
    shapes = [_shape(word) for word in ["-START-", "-START2-", *words, "-END-", "-END2-"]]
    for i, word in enumerate(words):
        opens = (i == 4) if word == '"' else None
        expected = word_feature_names(word) + feature_names(i, word, lowered, shapes, "NN", "DT", opens)
        neighbours = [lowered[i], lowered[i + 1], lowered[i + 3], lowered[i + 4]]
        grouped = (
            word_feature_names(word)
            + own_word_names(word, lowered[i + 2])
            + [name for names_of, neighbour in zip(NEIGHBOUR_NAMES, neighbours, strict=True) for name in names_of(neighbour)]
            + tag_shape_names("NN", "DT", shapes[i + 1], _shape(word), shapes[i + 3], i == 0)
            + tag_word_names("NN", lowered[i + 2], opens)
        )
        assert sorted(grouped) == sorted(expected)


def test_recogniser_feature_groups_name_every_feature_once():
    """The name recogniser adds remembered sums of groups of features too: together, its features, each once."""
    from newscli import ner

    words = ["Mr", "Smith", "of", "Acme", "Corp.", "said", "so", "."]
    context = ner.sentence_context(words, ["NNP", "NNP", "IN", "NNP", "NNP", "VBD", "RB", "."])
    for index in range(len(words)):
        position = index + 2
        grouped = [name for names_of in ner.GROUP_NAMES for name in names_of(context, position, "B-PER", "O")]
        grouped += ner._word_pair_names(context, position, "B-PER")
        assert sorted(grouped) == sorted(ner.features(context, index, "B-PER", "O"))


def test_read_model_keeps_each_row_after_its_first_tab():
    one_tab = b'{"labels": ["A", "B"]}\nbias\t1 -2\nw=the\t0.5 3'
    header, lines = read_model(gzip.compress(one_tab))
    assert (header, dict(lines)) == ('{"labels": ["A", "B"]}', {"bias": "1 -2", "w=the": "0.5 3"})
    # A row holding a tab of its own (no model writes one) keeps it: each line is split at its first tab.
    more_tabs = b'{"labels": ["A"]}\nbias\t1\tx\nw=the\t0.5'
    assert dict(read_model(gzip.compress(more_tabs))[1]) == {"bias": "1\tx", "w=the": "0.5"}


def test_normalize_is_the_tagger_class_normalize():
    """``normalize`` (for ``FrozenTagger``) is NLTK's, case kept, as the tagger class makes it from NLTK's."""
    words = ["Mr.", "well-known", "-", "--", "-5", "2017", "1999s", "3.5", "12,000", "١٩٩٩", "²", "Ⅻ", "", "x-", "U.S."]
    words += [word for sentence in SENTENCES for word in sentence.split()]
    tagger_class = new_tagger()
    assert [normalize(word) for word in words] == [tagger_class.normalize(word) for word in words]


def test_tagging_does_not_import_nltks_tagger():
    code = (
        "import sys; from newscli import nltk_modules; from newscli.tagger import tag; tag(['He', 'left', '.'])\n"
        "sys.exit(any('nltk.tag.perceptron' in modules for modules in (sys.modules, nltk_modules._private)))"
    )
    fresh_interpreter(code)


def test_a_token_with_a_space_is_tagged_by_nltks_loop():
    words = ["He", "paid", "12 000", "euros", "."]
    tagger = load_tagger(data.path(MODEL_FILE).read_bytes())
    assert tag(words) == [word_tag for _, word_tag in tagger.tag(words)]
