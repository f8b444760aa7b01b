"""Measure newscli's analyses on the gold development data in ../shared/eval-dev.

    python benchmarks/evaluate.py                 # every task
    python benchmarks/evaluate.py quotes timeline # some tasks
    python benchmarks/evaluate.py --eval-dir PATH --json

Each task is a module in ``benchmarks/scorers/`` with ``score(eval_dir) -> list[dict]`` rows
(``data``, ``metric``, ``value``, ``note``), printed as one table.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

TASKS = ("pos", "entities", "quotes", "timeline", "summarize", "sources")
DEFAULT_EVAL_DIR = REPO.parent / "shared" / "eval-dev"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("tasks", nargs="*", help=f"tasks to score (default: all of {', '.join(TASKS)})")
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL_DIR)
    parser.add_argument("--json", action="store_true", help="print the rows as JSON Lines")
    options = parser.parse_args()
    for task in options.tasks or TASKS:
        try:
            scorer = importlib.import_module(f"benchmarks.scorers.{task}")
        except ModuleNotFoundError:
            print(f"{task}: no scorer yet (benchmarks/scorers/{task}.py)", file=sys.stderr)
            continue
        started = time.perf_counter()
        rows = scorer.score(options.eval_dir)
        elapsed = time.perf_counter() - started
        if options.json:
            for row in rows:
                print(json.dumps({"task": task, **row}))
        else:
            print(f"\n## {task}  ({elapsed:.1f} s)")
            for row in rows:
                note = f"  {row['note']}" if row.get("note") else ""
                print(f"  {row['data']:<42} {row['metric']:<34} {row['value']:>8.4f}{note}")


if __name__ == "__main__":
    main()
