"""pyphen's hyphenation points of a word, with its patterns parsed only as words need them.

textstat counts the syllables of a word that the CMU table lacks as pyphen's hyphenation points plus one
(``readability``). ``pyphen.Pyphen`` parses all of a language's patterns when it is made (11,125 for English, about
a twelfth of the instructions of a one-article run); the unknown words of a news article touch a few dozen of
them, those of the 279 BBC dev articles 2,307. Here the patterns are read from the same file, pyphen's own
dictionary (``hyph_en_US.dic``: Németh's conversion of the plain TeX hyphenation table and the TUGboat exceptions,
BSD-style licence, shipped and listed by pyphen), keyed by their letters at once, and each pattern's digits are
parsed the first time a word holds its letters. The points are pyphen's: Liang's algorithm as
``pyphen.HyphDict.positions`` runs it (the highest digit at each gap, odd digits are points), and the points
``Pyphen.positions`` keeps (two letters or more from either end); a test compares them with pyphen's own. A
dictionary that uses what this reader does not (``^^hh`` escapes, nonstandard hyphenation with ``/``) is left to
pyphen itself.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

# pyphen's: the lines that are not patterns (``man 4 hunspell``), and how a pattern splits into digits and letters.
IGNORED_LINES = ("%", "#", "LEFTHYPHENMIN", "RIGHTHYPHENMIN", "COMPOUNDLEFTHYPHENMIN", "COMPOUNDRIGHTHYPHENMIN")
PATTERN_PARTS = re.compile(r"(\d?)(\D?)")
DIGITS = re.compile(r"\d")
# pyphen.Pyphen's defaults, which textstat keeps: no point closer than this to either end of the word.
LEFT_MIN = RIGHT_MIN = 2


def _parse(pattern: str) -> tuple[int, tuple[int, ...]] | None:
    """pyphen's reading of one pattern: the digit at each gap (0 where none), without the zeros at either end,
    and where the first kept one is."""
    values = [int(digit or "0") for digit, _ in PATTERN_PARTS.findall(pattern)]
    if max(values) == 0:
        return None
    start, end = 0, len(values)
    while not values[start]:
        start += 1
    while not values[end - 1]:
        end -= 1
    return start, tuple(values[start:end])


@cache
def patterns_for(lang: str) -> tuple[dict[str, Any], int] | None:
    """The patterns of pyphen's dictionary for ``lang`` by their letters, each the pattern as written until a word
    first needs it, then ``_parse``'s reading of it; and the longest pattern's length. None when the dictionary
    needs pyphen's own reader."""
    import pyphen

    path = pyphen.LANGUAGES[pyphen.language_fallback(lang)]
    with path.open("rb") as handle:
        encoding = handle.readline().decode()
    if encoding.lower() == "microsoft-cp1251":
        encoding = "cp1251"
    text = path.read_text(encoding)
    if "^^" in text or "/" in text:
        return None  # hex escapes or nonstandard hyphenation (or only a comment naming a path): pyphen reads them
    lines = (line.strip() for line in text.split("\n")[1:])
    patterns = [line for line in lines if line and not line.startswith(IGNORED_LINES)]
    # Without its digits, a pattern is the letters pyphen files it under (one pass over them all).
    letters = DIGITS.sub("", "\n".join(patterns)).split("\n")
    table: dict[str, Any] = dict(zip(letters, patterns, strict=True))
    if len(table) < len(patterns):
        return None  # two patterns with the same letters: pyphen keeps the last that is not all zeros
    return table, max(map(len, letters))


def positions(word: str, lang: str) -> list[int]:
    """Where pyphen's ``Pyphen(lang=lang).positions(word)`` would hyphenate ``word``."""
    found = patterns_for(lang)
    if found is None:
        import pyphen

        return list(pyphen.Pyphen(lang=lang).positions(word))
    table, longest = found
    pointed = f".{word.lower()}."
    references = [0] * (len(pointed) + 1)
    for i in range(len(pointed) - 1):
        for j in range(i + 1, min(i + longest, len(pointed)) + 1):
            pattern = table.get(pointed[i:j])
            if pattern is None:
                continue
            if type(pattern) is str:
                pattern = table[pointed[i:j]] = _parse(pattern)
                if pattern is None:
                    continue
            offset, values = pattern
            gaps = slice(i + offset, i + offset + len(values))
            references[gaps] = map(max, values, references[gaps])
    right = len(word) - RIGHT_MIN
    return [index - 1 for index, value in enumerate(references) if value % 2 and LEFT_MIN <= index - 1 <= right]
