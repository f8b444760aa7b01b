"""Latency and throughput of newscli, on this machine (medians of several runs).

    python benchmarks/speed.py

    python benchmarks/speed.py --articles 2000   # the batch throughput corpus size (default 2,000)

Reports: ``newscli --help``, ``newscli stats <sample>`` and ``newscli analyze <sample>`` wall times
(whole process, as a user sees it); analysis time per 1,000-word article for each analysis; stats
throughput in words per second on a large generated corpus; ``newscli analyze --jobs 1`` and
``--jobs 2`` throughput in articles per second on a corpus of news-length articles made by recombining
the sample's paragraphs. Targets are in benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import importlib
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
SAMPLE = REPO / "seeds" / "000_f40a1664c5cdecd9.txt"
RUNS = 7

# Analysis name → "module:function" taking a Document.
ANALYSES = {
    "stats": "newscli.stats:compute_stats",
    "timeline": "newscli.timeline:build_timeline",
    "quotes": "newscli.quotes:extract_quotes",
    "entities": "newscli.entities:extract_entities",
    "summarize": "newscli.summarize:summarize",
    "check": "newscli.check:check_document",
}


def wall_time(command: list[str]) -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        subprocess.run(command, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def generated_article(words: int, seed: int = 0) -> str:
    """An article of about ``words`` words, made by recombining the sample's paragraphs."""
    from newscli.document import build_document

    paragraphs = [p.text for p in build_document(SAMPLE.read_text(encoding="utf-8")).paragraphs]
    rng = random.Random(seed)
    chosen: list[str] = []
    while sum(len(p.split()) for p in chosen) < words:
        chosen.append(rng.choice(paragraphs))
    return "date 2023-05-10\n\n" + "\n\n".join(chosen)


def analysis_time(function, text: str) -> float:
    """Median seconds of the analysis alone, on a fresh document each run (document building excluded)."""
    from newscli.document import build_document

    function(build_document(text))  # warm up: models and tables loaded once per process
    times = []
    for _ in range(RUNS):
        document = build_document(text)
        _ = document.pos_tags
        started = time.perf_counter()
        function(document)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def batch_throughput(articles: int, jobs: int) -> float:
    """Articles per second of ``newscli analyze --input-jsonl … --json --jobs N`` (whole process)."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as corpus:
        for number in range(articles):
            words = random.Random(number).randint(400, 900)
            corpus.write(json.dumps({"id": str(number), "text": generated_article(words, seed=number)}) + "\n")
    command = [sys.executable, "-m", "newscli", "analyze", "--input-jsonl", corpus.name, "--json", "--jobs", str(jobs)]
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    elapsed = time.perf_counter() - started
    Path(corpus.name).unlink()
    return articles / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000, help="size of the batch throughput corpus")
    options = parser.parse_args()
    newscli = [sys.executable, "-m", "newscli"]
    print(f"newscli --help           {wall_time(newscli + ['--help']):.3f} s   (target <= 0.15 s)")
    print(f"newscli stats <sample>   {wall_time(newscli + ['stats', str(SAMPLE)]):.3f} s   (target <= 0.6 s)")
    print(f"newscli analyze <sample> {wall_time(newscli + ['analyze', str(SAMPLE)]):.3f} s   (target <= 0.8 s)")
    article = generated_article(1000)
    for name, target in ANALYSES.items():
        module, function = target.split(":")
        seconds = analysis_time(getattr(importlib.import_module(module), function), article)
        print(f"{name:<12} 1,000 words: {seconds * 1000:7.1f} ms of analysis")
    from newscli.document import build_document
    from newscli.stats import compute_stats

    corpus = generated_article(100_000, seed=1)
    started = time.perf_counter()
    document = build_document(corpus)
    compute_stats(document)
    elapsed = time.perf_counter() - started
    print(f"stats throughput         {len(document.words) / elapsed:,.0f} words/s (100,000-word input, document included)")
    for jobs in (1, 2):
        rate = batch_throughput(options.articles, jobs)
        print(f"analyze --jobs {jobs}         {rate:6.1f} articles/s ({options.articles:,} articles; target >= 40 with 2 jobs)")


if __name__ == "__main__":
    main()
