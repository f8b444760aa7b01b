"""The shipped part-of-speech model: Penn Treebank tags on newscli's tokens, loaded offline."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from newscli import data
from newscli.tagger import MODEL_FILE, load_tagger, newscli_tokens, tag

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
    code = "import sys, newscli.tagger; sys.exit('nltk' in sys.modules)"
    repo = Path(__file__).resolve().parent.parent
    assert subprocess.run([sys.executable, "-c", code], cwd=repo).returncode == 0


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
