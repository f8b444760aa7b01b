"""pyphen's hyphenation points, with its patterns parsed on demand: the same points as pyphen's own."""

import pyphen
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscli import hyphenation

PYPHEN = pyphen.Pyphen(lang="en_US")


@pytest.mark.parametrize(
    "word",
    [
        "",
        "a",
        "hyphenation",
        "Zyxquorbl",  # not a word: points from the patterns alone
        "Qwertzplonk",
        "okonjo-iweala's",  # a hyphen and an apostrophe, which the patterns mention
        "o'clock",
        "İstanbul",  # lower case is one letter longer than the word: the right margin counts the word's own
        "ﬁnancial",  # a ligature, which the English patterns have
        "ADDITIONALLY",
        "supercalifragilisticexpialidocious",  # longer than the longest pattern
        "12345",
    ],
)
def test_points_are_pyphens(word):
    assert hyphenation.positions(word, "en_US") == PYPHEN.positions(word)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCZ'-.ﬀﬁİ", max_size=16))
def test_points_are_pyphens_on_any_letters(word):
    assert hyphenation.positions(word, "en_US") == PYPHEN.positions(word)


def test_a_pattern_is_parsed_as_pyphen_parses_it():
    """Digits between letters; zeros at either end dropped, the offset of the first kept; all zeros is none."""
    assert hyphenation._parse(".a2ch4") == (2, (2, 0, 4))
    assert hyphenation._parse("4a1ma") == (0, (4, 1))
    assert hyphenation._parse("abc") is None
