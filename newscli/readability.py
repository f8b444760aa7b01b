"""textstat, working offline and fast.

textstat counts syllables with NLTK's CMU dictionary and calls ``nltk.download('cmudict')`` when that
corpus is missing, which cannot work here; parsing the full dictionary would also cost about a second
per run. newscli ships the one thing textstat takes from it, each word's syllable count
(``data/syllables.txt.gz``, built by ``scripts/build_syllable_table.py``), and hands textstat that table
in the shape it expects from NLTK (word → pronunciations → phones whose stressed vowels end in a digit).

textstat memoises every function in an LRU of only 128 entries, which an article's few hundred distinct words
overflow: the formulas that look at words one by one (SMOG's and Linsear Write's polysyllables, Gunning fog's and
Dale–Chall's difficult words) recounted each word's syllables for every formula and every article, two fifths of
``stats``. Those per-word functions get a memo large enough for a news vocabulary; their results are unchanged.
Syllables, of a word or of a whole text, are textstat's own sum over the words it lists in the text, each word's
count looked up in one shared memo (CMU table or, for a word not in it, its hyphenation points by pyphen's patterns,
paid once per word).
"""

from __future__ import annotations

import gzip
from functools import cache, lru_cache
from itertools import repeat

from . import data
from .hyphenation import hyphenator

# Distinct words (with their syllable threshold, for difficult words) remembered across articles: a news
# vocabulary fits, and memory stays bounded over a long batch.
WORD_MEMO_SIZE = 1 << 16
# The table file's words are grouped by this many first characters (``scripts/build_syllable_table.py``).
SYLLABLE_BUCKET_PREFIX = 3
# Whole texts whose syllables are remembered: textstat's own memo size (two formulas ask for the same body).
TEXT_MEMO_SIZE = 128
READING_EASE_LABELS = (
    (90, "very easy"),
    (80, "easy"),
    (70, "fairly easy"),
    (60, "plain English"),
    (50, "fairly difficult"),
    (30, "difficult"),
    (float("-inf"), "very difficult"),
)


@cache
def syllable_table() -> SyllableTable:
    """CMU syllable counts as NLTK-style pronunciations, read group by group as words are looked up."""
    with gzip.open(data.path("syllables.txt.gz").open("rb"), "rt", encoding="utf-8") as text:
        return SyllableTable(text.read())


class SyllableTable:
    """The CMU table as textstat reads NLTK's dictionary, ``table[word][0]``: one shared phone list per syllable
    count, whose stressed vowels (``AH0``) are counted. Of the 126,052 words an article needs a few hundred: the
    table file groups words by their first SYLLABLE_BUCKET_PREFIX characters, and a group's words are read the first
    time one of them is looked up (an article reads a fifth of the table; reading all of it took a tenth of a
    one-article ``stats`` run)."""

    def __init__(self, text: str) -> None:
        # Each group's line, unread: "PREFIX<TAB>N word word…<TAB>N word word…".
        self._unread = dict(line.split("\t", 1) for line in text.split("\n"))
        self._words: dict[str, list[list[str]]] = {}

    def __getitem__(self, word: str) -> list[list[str]]:
        found = self._words.get(word)
        if found is None:
            self._read_group(word[:SYLLABLE_BUCKET_PREFIX])
            found = self._words[word]  # KeyError for a word the table lacks, as from NLTK's dictionary
        return found

    def _read_group(self, prefix: str) -> None:
        for counted in self._unread.pop(prefix, "").split("\t"):
            if counted:
                count, words = counted.split(" ", 1)
                self._words.update(dict.fromkeys(words.split(), _pronunciations(int(count))))


@cache
def _pronunciations(syllables: int) -> list[list[str]]:
    return [["AH0"] * syllables]


@cache
def textstat():
    """The textstat module, set to English, with its CMU dictionary lookup served from the shipped table."""
    from .nltk_modules import private_nltk

    # textstat imports NLTK for the dictionary look-up replaced below, and nothing else of it.
    with private_nltk():
        import textstat as module
        from textstat.backend import counts
        from textstat.backend.counts import _count_letters, _count_polysyllable_words, _count_syllables
        from textstat.backend.metrics import _linsear_write_formula, _syllables_per_word
        from textstat.backend.selections import _list_difficult_words, _list_words
        from textstat.backend.transformations import _remove_punctuation
        from textstat.backend.utils import _get_cmudict
        from textstat.backend.validations import _is_difficult_word

    def offline_cmudict(lang: str) -> SyllableTable | None:
        return syllable_table() if lang.split("_")[0] == "en" else None

    # count_syllables imported get_cmudict by name, so both references are replaced.
    _count_syllables.get_cmudict = offline_cmudict
    _get_cmudict.get_cmudict = offline_cmudict
    # The per-word callers, each holding its own reference, share one larger memo of the same functions (a word's
    # count is that of the words textstat lists in it, ``_text_syllables``, whose per-word memo all callers share).
    word_syllables = lru_cache(maxsize=WORD_MEMO_SIZE)(_text_syllables)
    for caller in (_count_polysyllable_words, _is_difficult_word, _linsear_write_formula):
        caller.count_syllables = word_syllables
    is_difficult_word = lru_cache(maxsize=WORD_MEMO_SIZE)(_is_difficult_word.is_difficult_word.__wrapped__)
    _list_difficult_words.is_difficult_word = is_difficult_word
    # The callers that count a whole text's syllables, each holding its own reference, use the same count.
    text_syllables = lru_cache(maxsize=TEXT_MEMO_SIZE)(_text_syllables)
    counts.count_syllables = _syllables_per_word.count_syllables = text_syllables
    # Punctuation removal, each of its callers holding its own reference, skips the text (most often one word) that
    # has none to remove.
    without_punctuation = _skipping_words(_remove_punctuation.remove_punctuation)
    for caller in (_list_words, _count_letters, _linsear_write_formula):
        caller.remove_punctuation = without_punctuation
    module.set_lang("en_US")
    return module


def _skipping_words(remove_punctuation):
    """textstat's ``remove_punctuation``, returning at once a text of letters and digits only: it removes
    characters that are neither word characters (``\\w``: ``str.isalnum`` or ``_``) nor white space, which such a
    text has none of. Its patterns, run through ``re``'s module functions, cost more than the test."""

    def without_punctuation(text: str, rm_apostrophe: bool) -> str:
        return text if text.isalnum() else remove_punctuation(text, rm_apostrophe=rm_apostrophe)

    return without_punctuation


def _text_syllables(text: str, lang: str) -> int:
    """textstat's ``count_syllables`` of a whole text: its words as it lists them (lower case, punctuation
    removed), each counted by ``_listed_word_syllables``."""
    from textstat.backend.selections._list_words import list_words

    if text.isalnum():  # one word without punctuation (the per-word callers' usual text): listed as itself
        return _listed_word_syllables(text.lower(), lang)
    return sum(map(_listed_word_syllables, list_words(text, lowercase=True), repeat(lang))) if text else 0


@lru_cache(maxsize=WORD_MEMO_SIZE)
def _listed_word_syllables(word: str, lang: str) -> int:
    """The syllables textstat's ``count_syllables`` adds for one word of its word list: the CMU table's stressed
    vowels, or for a word not in it pyphen's hyphenation points plus one (the body of its loop, with the table it
    uses; the points come from the same pattern file, read lazily by ``hyphenation``, not by pyphen's parse of all
    of it)."""
    from textstat.backend.counts import _count_syllables as loop

    try:
        return sum(1 for phone in loop.get_cmudict(lang)[word][0] if phone[-1].isdigit())
    except (TypeError, IndexError, KeyError):
        return len(hyphenator(lang).positions(word)) + 1


def reading_ease_label(score: float) -> str:
    """Flesch's own bands for reading ease, in words."""
    return next(label for floor, label in READING_EASE_LABELS if score >= floor)
