"""Profile ``analyze`` over generated news-length articles; prints the top functions by own time.

    python benchmarks/profile_analyze.py [--articles 40] [--top 15]
    python benchmarks/profile_analyze.py --cpu [--articles 100] [--passes 3]
    python benchmarks/profile_analyze.py --cpu --jsonl ../shared/eval-dev/summaries/bbc_news_summary_dev.jsonl

With ``--jsonl``, the articles are a real batch's records (all of them, or the first ``--articles``) instead of
generated ones; with ``--cpu``, every pass then reads the same articles, so the textstat memo of whole-text
results is cleared between passes.

Models and tables are loaded before profiling starts, so the profile shows the per-article work.
``--cpu`` prints instead the CPU time per article of each step (the document model, its POS tags, each
analysis in ``analyze``'s order), the best of several passes. CPU time, unlike wall-clock throughput, is not
inflated by other work on the machine. Each pass reads fresh articles: textstat memoises whole-text results,
which a real batch (each article once) never hits.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.speed import generated_article  # noqa: E402


def articles(count: int, first_seed: int = 0) -> list[str]:
    seeds = range(first_seed, first_seed + count)
    return [generated_article(random.Random(seed).randint(400, 900), seed=seed) for seed in seeds]


def batch_articles(path: Path, count: int | None) -> list[str]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [json.loads(line)["text"] for line in lines[:count]]


def profile(texts: list[str], top: int) -> None:
    from newscli.document import build_document
    from newscli.report import analyze_document

    analyze_document(build_document(texts[0]))
    profiler = cProfile.Profile()
    profiler.enable()
    for text in texts:
        json.dumps(analyze_document(build_document(text)).to_json())
    profiler.disable()
    pstats.Stats(profiler).strip_dirs().sort_stats("tottime").print_stats(top)


def cpu_per_step(count: int, passes: int, batch: list[str] | None = None) -> dict[str, float]:
    """Best CPU milliseconds per article of each step over ``passes`` passes of ``count`` fresh articles (or of
    the ``batch``'s articles)."""
    from newscli.document import build_document
    from newscli.entities import extract_entities
    from newscli.quotes import extract_quotes
    from newscli.report import analyze_document
    from newscli.stats import compute_stats
    from newscli.summarize import summarize
    from newscli.timeline import build_timeline

    analyses = {
        "POS tags": lambda doc: doc.pos_tags,
        "summarize": summarize,
        "entities": extract_entities,
        "quotes": extract_quotes,
        "timeline": build_timeline,
        "stats": compute_stats,
    }
    analyze_document(build_document(articles(1, first_seed=passes * count)[0]))  # load models and tables
    best: dict[str, float] = {}
    for number in range(passes):
        spent = dict.fromkeys(["document", *analyses], 0.0)
        if batch is not None:
            _clear_textstat_memo()
        for text in batch if batch is not None else articles(count, first_seed=number * count):
            started = time.process_time()
            doc = build_document(text)
            spent["document"] += time.process_time() - started
            for name, analysis in analyses.items():
                started = time.process_time()
                analysis(doc)
                spent[name] += time.process_time() - started
        spent["total"] = sum(spent.values())
        best = {name: min(best.get(name, seconds), seconds) for name, seconds in spent.items()}
    return {name: 1000 * seconds / (len(batch) if batch is not None else count) for name, seconds in best.items()}


def _clear_textstat_memo() -> None:
    """Forget textstat's results for whole texts (LRU caches of its metrics), so that a pass over articles seen
    before costs what the first did."""
    import functools
    import gc

    for found in gc.get_objects():
        if isinstance(found, functools._lru_cache_wrapper) and getattr(found, "__module__", "").startswith("textstat"):
            found.cache_clear()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, help="articles per pass (default: 40 to profile, 100 with --cpu)")
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--cpu", action="store_true", help="CPU ms per article of each step instead of a profile")
    parser.add_argument("--passes", type=int, default=3, help="with --cpu: passes, the best kept")
    parser.add_argument("--jsonl", type=Path, help="a batch of JSON Lines records whose articles are used")
    options = parser.parse_args()
    batch = batch_articles(options.jsonl, options.articles) if options.jsonl else None
    if options.cpu:
        for name, milliseconds in cpu_per_step(options.articles or 100, options.passes, batch).items():
            print(f"{name:10} {milliseconds:6.2f} ms")
    else:
        profile(batch or articles(options.articles or 40), options.top)


if __name__ == "__main__":
    main()
