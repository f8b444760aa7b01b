"""The batch user's run, timed whole: ``newscli analyze --input-jsonl BATCH --json --jobs N`` over the development
batches (BBC News Summary dev, CNN/DailyMail sample, and ``all``: every development article, as
``benchmarks/identical.py`` gathers them, a batch the size of the issue's 1,400), with 1 and 2 jobs.

    python benchmarks/batch_speed.py
    python benchmarks/batch_speed.py --jobs 1 --runs 3 --batches bbc

For each batch and number of jobs it prints the wall time, the CPU time of every process of the run (user +
system: the command, and with 2 jobs its workers, and the forkserver that starts them where there is one), words/s
per core (words ÷ wall time ÷ jobs, the issue's figure), words per CPU second (the same measure, not inflated by
other work on the machine), articles/s, the largest peak RSS of any process of the run and, when the
batch was also run with 1 job, the speed-up: its wall time with 1 job ÷ this wall time (the issue asks 1.8 for
2 jobs). Words are whitespace-separated tokens of each record's text. The best of ``--runs`` runs (by CPU time)
is kept.

After each batch run with 1 job it prints the bound that its start-up sets on any speed-up (Amdahl's law): the
start-up is the wall time of a run over the batch's first record alone, less one article's share of the batch's
run (what a second core could have taken); it runs in one process however many jobs there are, and the rest of
the run, at best, in half the time with 2 jobs. A batch whose start-up is more than a ninth of its one-job run
cannot reach 1.8 with 2 jobs, even if the workers repeat nothing.
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import json
import os
import resource
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
PR_SET_CHILD_SUBREAPER = 36  # <linux/prctl.h>


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


def peak_rss_mb(pid: int) -> float | None:
    """The peak RSS in MB of one process, while it lives (None once it has gone, or as a zombie)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    return next((int(line.split()[1]) / 1024 for line in status.splitlines() if line.startswith("VmHWM:")), None)


@contextlib.contextmanager
def batch_file(name: str, eval_dir: Path) -> Iterator[tuple[Path, list[str]]]:
    """The JSON Lines file of a batch and its records' texts; ``all`` is gathered into a temporary file."""
    if name != ALL_DEV:
        path = eval_dir / BATCH_FILES[name]
        yield path, [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        return
    with dev_corpus(eval_dir) as (corpus, records):
        yield corpus, [record["text"] for record in records]


def become_subreaper() -> None:
    """Processes of a run left without their parent (a forkserver, once the command has gone; its workers) become
    this process's children, so that their CPU time is counted when they are reaped here (Linux's
    PR_SET_CHILD_SUBREAPER). Workers forked from the command itself are reaped by it, and counted in its own."""
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_CHILD_SUBREAPER)")


def timed_run(batch: Path, jobs: int) -> Run:
    """One whole-process run. CPU time: what this process's children used, counted as each is reaped, the command
    and every process of the run under it (``become_subreaper``). Peak RSS: sampled from /proc while they live."""
    command = [sys.executable, "-m", "newscli", "analyze", "--input-jsonl", str(batch), "--json", "--jobs", str(jobs)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    # Its warnings (the development sets have a few control characters) are shown only if it fails.
    with tempfile.TemporaryFile() as messages:
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=messages)
        peaks: dict[int, float] = {}
        while not (waited := os.waitpid(process.pid, os.WNOHANG))[0]:
            for pid in descendants(process.pid):
                if (found := peak_rss_mb(pid)) is not None:
                    peaks[pid] = max(peaks.get(pid, 0.0), found)
            time.sleep(POLL_SECONDS)
        wall = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(waited[1])
        with contextlib.suppress(ChildProcessError):
            while True:  # the processes it left, until none is left
                os.wait()
        if process.returncode:
            messages.seek(0)
            raise SystemExit(f"newscli analyze exited {process.returncode}: {messages.read().decode()[-500:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return Run(wall, cpu, max(peaks.values(), default=0.0))


def start_up(batch: Path, articles: int, one_job: Run, runs: int) -> float:
    """The part of a one-job run over ``batch`` that no second core could take: a run over its first record alone
    (the fastest of ``runs``), less one article's share of the batch's run."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8") as first:
        with batch.open(encoding="utf-8") as records:
            first.write(next(line for line in records if line.strip()))
        first.flush()
        alone = min(timed_run(Path(first.name), 1).wall for _ in range(runs))
    return alone - (one_job.wall - alone) / max(articles - 1, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--eval-dir", type=Path, default=EVAL_DEV)
    parser.add_argument("--batches", nargs="+", choices=BATCHES, default=list(BATCHES))
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--runs", type=int, default=1, help="runs of each; the one with the least CPU time is kept")
    options = parser.parse_args()
    become_subreaper()
    print(
        f"{'batch':6} {'jobs':>4} {'articles':>8} {'words':>8} {'wall s':>7} {'CPU s':>7} "
        f"{'words/s/core':>12} {'words/CPU s':>11} {'articles/s':>10} {'peak RSS':>9} {'speed-up':>8}"
    )
    for name in options.batches:
        one_job: Run | None = None
        with batch_file(name, options.eval_dir) as (batch, texts):
            words = sum(len(text.split()) for text in texts)
            for jobs in options.jobs:
                run = min((timed_run(batch, jobs) for _ in range(options.runs)), key=lambda found: found.cpu)
                if jobs == 1:
                    one_job = run
                speed_up = f"{one_job.wall / run.wall:>7.2f}x" if one_job else ""
                print(
                    f"{name:6} {jobs:>4} {len(texts):>8} {words:>8} {run.wall:>7.1f} {run.cpu:>7.1f} "
                    f"{words / run.wall / jobs:>12,.0f} {words / run.cpu:>11,.0f} {len(texts) / run.wall:>10.1f} "
                    f"{run.peak_rss_mb:>6.0f} MB {speed_up:>8}"
                )
            if one_job is not None:
                serial = start_up(batch, len(texts), one_job, options.runs)
                bound = one_job.wall / (serial + (one_job.wall - serial) / 2)
                print(
                    f"{name}: start-up {serial:.2f} s of {one_job.wall:.2f} s with 1 job ({serial / one_job.wall:.1%}): "
                    f"2 jobs at most {bound:.2f}x (Amdahl's law, with nothing repeated)"
                )


if __name__ == "__main__":
    main()
