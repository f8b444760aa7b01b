"""The batch user's run, timed whole: ``newscli analyze --input-jsonl BATCH --json --jobs N`` over the development
batches (BBC News Summary dev, CNN/DailyMail sample, and ``all``: every development article, as
``benchmarks/identical.py`` gathers them, a batch the size of the issue's 1,400), with 1 and 2 jobs.

    python benchmarks/batch_speed.py
    python benchmarks/batch_speed.py --jobs 1 --runs 3 --batches bbc

For each batch and number of jobs it prints the wall time, the CPU time of every process of the run (user +
system: the command, and the forkserver and worker processes with 2 jobs), words/s per core (words ÷ wall time
÷ jobs, the issue's figure), words per CPU second (the same measure, not inflated by other work on the
machine), articles/s, the largest peak RSS of any process of the run (a worker's, with 2 jobs) and, when the
batch was also run with 1 job, the speed-up: its wall time with 1 job ÷ this wall time (the issue asks 1.8 for
2 jobs). Words are whitespace-separated tokens of each record's text. The best of ``--runs`` runs (by CPU time)
is kept.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.identical import dev_corpus  # noqa: E402

EVAL_DEV = REPO.parent / "shared" / "eval-dev"
BATCH_FILES = {"bbc": "summaries/bbc_news_summary_dev.jsonl", "cnndm": "summaries/cnndm_train_sample.jsonl"}
ALL_DEV = "all"  # every development article (``benchmarks.identical.dev_records``)
BATCHES = (*BATCH_FILES, ALL_DEV)
POLL_SECONDS = 0.1
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


@dataclass(frozen=True)
class Run:
    wall: float
    cpu: float
    peak_rss_mb: float


def descendants(root: int) -> list[int]:
    """The process and every process under it, from /proc (the forkserver and its workers included)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            parent = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(parent, []).append(int(entry))
    found, pending = [], [root]
    while pending:
        pid = pending.pop()
        found.append(pid)
        pending.extend(children.get(pid, []))
    return found


def sample(pid: int) -> tuple[float, float] | None:
    """CPU seconds (user + system) and peak RSS in MB of one process, while it lives."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    peak = next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:")), 0)
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS, peak / 1024


@contextlib.contextmanager
def batch_file(name: str, eval_dir: Path) -> Iterator[tuple[Path, list[str]]]:
    """The JSON Lines file of a batch and its records' texts; ``all`` is gathered into a temporary file."""
    if name != ALL_DEV:
        path = eval_dir / BATCH_FILES[name]
        yield path, [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        return
    with dev_corpus(eval_dir) as (corpus, records):
        yield corpus, [record["text"] for record in records]


def timed_run(batch: Path, jobs: int) -> Run:
    """One whole-process run. The command's own CPU and RSS come from the kernel when it is reaped; those of
    processes it leaves to be reaped by others (the forkserver and its workers) are sampled while they live."""
    command = [sys.executable, "-m", "newscli", "analyze", "--input-jsonl", str(batch), "--json", "--jobs", str(jobs)]
    started = time.perf_counter()
    # Its warnings (the development sets have a few control characters) are shown only if it fails.
    with tempfile.TemporaryFile() as messages:
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=messages)
        seen: dict[int, tuple[float, float]] = {}
        while True:
            waited = os.wait4(process.pid, os.WNOHANG)
            if waited[0]:
                break
            for pid in descendants(process.pid)[1:]:
                if (found := sample(pid)) is not None:  # an exited (zombie) process shows its CPU but no memory
                    before = seen.get(pid, (0.0, 0.0))
                    seen[pid] = (max(before[0], found[0]), max(before[1], found[1]))
            time.sleep(POLL_SECONDS)
        wall = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(waited[1])
        if process.returncode:
            messages.seek(0)
            raise SystemExit(f"newscli analyze exited {process.returncode}: {messages.read().decode()[-500:]}")
    usage = waited[2]
    cpu = usage.ru_utime + usage.ru_stime + sum(spent for spent, _ in seen.values())
    peak = max([usage.ru_maxrss / 1024, *(rss for _, rss in seen.values())])
    return Run(wall, cpu, peak)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--eval-dir", type=Path, default=EVAL_DEV)
    parser.add_argument("--batches", nargs="+", choices=BATCHES, default=list(BATCHES))
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--runs", type=int, default=1, help="runs of each; the one with the least CPU time is kept")
    options = parser.parse_args()
    print(f"{'batch':6} {'jobs':>4} {'articles':>8} {'words':>8} {'wall s':>7} {'CPU s':>7} "
          f"{'words/s/core':>12} {'words/CPU s':>11} {'articles/s':>10} {'peak RSS':>9} {'speed-up':>8}")
    for name in options.batches:
        one_job_wall = None
        with batch_file(name, options.eval_dir) as (batch, texts):
            words = sum(len(text.split()) for text in texts)
            for jobs in options.jobs:
                run = min((timed_run(batch, jobs) for _ in range(options.runs)), key=lambda found: found.cpu)
                if jobs == 1:
                    one_job_wall = run.wall
                speed_up = f"{one_job_wall / run.wall:>7.2f}x" if one_job_wall else ""
                print(
                    f"{name:6} {jobs:>4} {len(texts):>8} {words:>8} {run.wall:>7.1f} {run.cpu:>7.1f} "
                    f"{words / run.wall / jobs:>12,.0f} {words / run.cpu:>11,.0f} {len(texts) / run.wall:>10.1f} "
                    f"{run.peak_rss_mb:>6.0f} MB {speed_up:>8}"
                )


if __name__ == "__main__":
    main()
