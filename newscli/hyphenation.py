"""Hyphenation points of a word by Liang's method, from pyphen's installed pattern file, read lazily.

textstat counts a word missing from the CMU table as its hyphenation points plus one, and asks pyphen for them.
Pyphen turns every one of the 11,125 patterns of its en_US dictionary into values the first time, about a sixth
of a one-article ``stats`` run, which nearly every run pays (most articles have a word the table lacks). This
module reads the same file but only indexes each pattern by its letters; a pattern's values are worked out the
first time a word contains those letters. The points found are pyphen's (tested on every dev and CMU word).

The method is Frank M. Liang's (*Word Hy-phen-a-tion by Com-put-er*, Stanford, 1983), the one TeX's
``\\patterns`` use. A pattern is a string of letters with a digit between any two of them, ``a2ch4``: no digit
means 0. A word is framed by periods, which patterns use to match only at its start or end (``.ad4der``). Every
pattern found anywhere in the framed word sets each position between two of its letters to the highest digit any
matching pattern puts there, and the word may be broken where that value is odd; never within the first
``left`` or the last ``right`` letters of the word.

The file is in the format of the hyphen library (LibreOffice, Hunspell): the first line names the character
encoding, a line in upper case with a value is a setting (``LEFTHYPHENMIN 2``), a line opening with ``%`` a
comment, any other line a pattern.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

FRAME = "."
COMMENT = "%"
# The fewest letters pyphen leaves before and after a break unless told otherwise, as textstat calls it (pyphen's
# defaults; the file's own settings do not change them).
LEFT_MIN = 2
RIGHT_MIN = 2
DIGITS = "0123456789"


@cache
def hyphenator(lang: str) -> Hyphenator:
    """The hyphenator of pyphen's installed dictionary for ``lang`` (``en_US``), read on the first call."""
    import pyphen

    return Hyphenator(Path(pyphen.LANGUAGES[lang]))


class Hyphenator:
    """Liang's patterns of one dictionary file, by their letters; each pattern's values found when first needed."""

    def __init__(self, path: Path, *, left: int = LEFT_MIN, right: int = RIGHT_MIN) -> None:
        encoding, _, body = path.read_bytes().partition(b"\n")
        charset = encoding.strip().decode("ascii")
        lines = body.decode(charset).split("\n")
        # Each line's letters: digits are single bytes in these files' encodings (UTF-8, ISO 8859), so one pass over
        # the bytes strips them off every line at once (a tenth of the time str.translate takes over the text).
        letters = body.translate(None, DIGITS.encode("ascii")).decode(charset).split("\n")
        self._patterns = {key: line for key, line in zip(letters, lines, strict=True) if _is_pattern(line)}
        self._longest = max(map(len, self._patterns), default=0)
        self._values: dict[str, tuple[int, ...]] = {}
        self.left = left
        self.right = right

    def positions(self, word: str) -> list[int]:
        """Where ``word`` may be broken: the number of letters before each break, in order (the patterns are in
        lower case, and so is the word they are matched against)."""
        lowered = word.lower()
        framed = f"{FRAME}{lowered}{FRAME}"
        # values[i] is the value between framed[i - 1] and framed[i]: a break before lowered[i - 1].
        values = [0] * (len(framed) + 1)
        for start in range(len(framed)):
            for end in range(start + 1, min(start + self._longest, len(framed)) + 1):
                pattern = self._patterns.get(framed[start:end])
                if pattern is None:
                    continue
                for offset, value in enumerate(self._pattern_values(pattern), start):
                    if value > values[offset]:
                        values[offset] = value
        return [letters for letters in range(self.left, len(lowered) - self.right + 1) if values[letters + 1] % 2]

    def _pattern_values(self, pattern: str) -> tuple[int, ...]:
        """The digit before each letter of a pattern and the one after its last (0 where none is written)."""
        values = self._values.get(pattern)
        if values is None:
            found = [0]
            for character in pattern:
                if character in DIGITS:
                    found[-1] = int(character)
                else:
                    found.append(0)
            values = self._values[pattern] = tuple(found)
        return values


def _is_pattern(line: str) -> bool:
    """A pattern line: not empty, not a comment, not a setting (an upper-case keyword and its value)."""
    return bool(line) and line[0] != COMMENT and not line[0].isupper()
