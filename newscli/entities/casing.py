"""Headline and table capitals: the words of a line written all in capitals (``LEICESTERSHIRE TAKE OVER AT
TOP``, a results table, a dateline ``LONDON 1996-08-30``) given the case running text would give them, before
recognition, so that neither the model nor the acronym rule reads every shouted word as a name.

A shouted word takes the spelling the document itself uses elsewhere: capitalised inside a sentence (a name),
in lower case (a common word), or all in capitals in running text (an acronym, kept). A word the document does
not write elsewhere is capitalised, unless it is a common English word outside a known multi-word name
(``NEW YORK`` stays ``New York``, ``AT`` becomes ``at``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ..document import Document
from ..ner import gazetteer, gazetteer_matches, lexicons

# A line is shouted when at least this share of its words of two letters or more are in capitals, and at least
# two of them are (a lone ``NATO`` in a short line is an acronym, not a headline).
SHOUTED_SHARE = 0.6
MIN_SHOUTED_WORDS = 2


def truecased_words(document: Document) -> tuple[tuple[str, ...], ...]:
    """``document.token_texts`` with the words of shouted lines in running-text case; other lines unchanged."""
    sentences = document.token_texts
    lines = [_lines(document, index, words) for index, words in enumerate(sentences)]
    shouted = [
        [_is_shouted(words[start:end]) for start, end in sentence_lines]
        for sentence_lines, words in zip(lines, sentences, strict=True)
    ]
    if not any(any(flags) for flags in shouted):
        return sentences
    spellings = _running_text_spellings(sentences, lines, shouted)
    result = []
    for words, sentence_lines, flags in zip(sentences, lines, shouted, strict=True):
        if not any(flags):
            result.append(words)
            continue
        cased = list(words)
        for (start, end), line_is_shouted in zip(sentence_lines, flags, strict=True):
            if line_is_shouted:
                cased[start:end] = _recase(words[start:end], spellings)
        result.append(tuple(cased))
    return tuple(result)


def _lines(document: Document, index: int, words: Sequence[str]) -> list[tuple[int, int]]:
    """The sentence's lines as token ranges (a headline and a date line can share a sentence)."""
    sentence = document.sentences[index]
    tokens, text = sentence.tokens, document.text
    bounds = [0]
    if "\n" in sentence.text:  # most sentences are one line
        bounds += [position for position in range(1, len(tokens)) if "\n" in text[tokens[position - 1].end : tokens[position].start]]
    bounds.append(len(words))
    return list(zip(bounds, bounds[1:], strict=False))


def _is_shouted(words: Sequence[str]) -> bool:
    """Mostly capitals; a lone word in capitals only when it is a known place (a dateline: ``LONDON 1996-08-30``)."""
    lettered = list(filter(_has_two_letters, words))
    capitals = list(filter(str.isupper, lettered))
    if len(capitals) < MIN_SHOUTED_WORDS:
        return len(lettered) == 1 and len(capitals) == 1 and capitals[0].title() in gazetteer()
    return len(capitals) >= SHOUTED_SHARE * len(lettered)


@lru_cache(maxsize=1 << 16)
def _has_two_letters(word: str) -> bool:
    """Whether ``word`` has two letters or more (the same for every occurrence of a word: worked out once)."""
    return sum(map(str.isalpha, word)) >= 2


def _running_text_spellings(
    sentences: Sequence[Sequence[str]], lines: Sequence[Sequence[tuple[int, int]]], shouted: Sequence[Sequence[bool]]
) -> dict[str, str]:
    """Upper-case form → the spelling running text gives it: an acronym, a capitalised name inside a sentence,
    or lower case; the name wins over lower case (``Bank`` of ``Bank of England`` and ``the bank``)."""
    found: dict[str, str] = {}
    for words, sentence_lines, flags in zip(sentences, lines, shouted, strict=True):
        for (start, end), line_is_shouted in zip(sentence_lines, flags, strict=True):
            if line_is_shouted:
                continue
            for position in range(start, end):
                word = words[position]
                key = word.upper()
                if word.isupper() or (word[:1].isupper() and position > start):
                    found[key] = word
                elif word.islower():
                    found.setdefault(key, word)
    return found


def _recase(words: Sequence[str], spellings: dict[str, str]) -> list[str]:
    cased = [word.title() if _is_shouted_word(word) else word for word in words]
    in_known_name = [False] * len(words)
    for start, end, _ in gazetteer_matches(cased):
        if end - start > 1:
            in_known_name[start:end] = [True] * (end - start)
    common, known = lexicons()["common"], gazetteer()
    for position, word in enumerate(words):
        if cased[position] == word or word in known or in_known_name[position]:
            continue
        if word in spellings:
            cased[position] = spellings[word]
        elif word.lower() in common:
            cased[position] = word.lower()
    return cased


def _is_shouted_word(word: str) -> bool:
    """A word in capitals made of letters (``LEICESTERSHIRE``, ``CHESTER-LE-STREET``, ``O'NEILL``); not an
    abbreviation with full stops (``U.S.``) nor a code with digits."""
    return word.isupper() and word.replace("-", "").replace("'", "").isalpha()
