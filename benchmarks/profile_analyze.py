"""Profile ``analyze`` over generated news-length articles; prints the top functions by own time.

    python benchmarks/profile_analyze.py [--articles 40] [--top 15]

Models and tables are loaded before profiling starts, so the profile shows the per-article work.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.speed import generated_article  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--top", type=int, default=15)
    options = parser.parse_args()
    from newscli.document import build_document
    from newscli.report import analyze_document

    texts = [generated_article(random.Random(n).randint(400, 900), seed=n) for n in range(options.articles)]
    analyze_document(build_document(texts[0]))
    profile = cProfile.Profile()
    profile.enable()
    for text in texts:
        json.dumps(analyze_document(build_document(text)).to_json())
    profile.disable()
    pstats.Stats(profile).strip_dirs().sort_stats("tottime").print_stats(options.top)


if __name__ == "__main__":
    main()
