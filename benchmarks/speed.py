"""Latency and throughput of newscli, on this machine (medians of several runs).

    python benchmarks/speed.py

Reports: ``newscli --help`` and ``newscli stats <sample>`` wall times (whole process, as a user sees
it); analysis time per 1,000-word article for each analysis; stats throughput in words per second on
a large generated corpus. Targets are in README.md and benchmarks/README.md.
"""

from __future__ import annotations

import importlib
import random
import statistics
import subprocess
import sys
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


def main() -> None:
    newscli = [sys.executable, "-m", "newscli"]
    print(f"newscli --help           {wall_time(newscli + ['--help']):.3f} s   (target <= 0.15 s)")
    print(f"newscli stats <sample>   {wall_time(newscli + ['stats', str(SAMPLE)]):.3f} s   (target <= 0.6 s)")
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


if __name__ == "__main__":
    main()
