"""Prove that a change leaves newscli's JSON output byte-identical on every development article.

    python benchmarks/identical.py --save /tmp/newscli-baseline.jsonl.gz      # on the commit before the change
    python benchmarks/identical.py --compare /tmp/newscli-baseline.jsonl.gz   # after it

Runs ``newscli COMMAND --input-jsonl … --json`` (``analyze`` unless ``--commands`` says otherwise) over every
article of the summaries, quotes, entities and timex sets in ``../shared/eval-dev`` (the record's ``dct`` is
passed as its date, as a batch user would pass it), one process per command. ``--save`` writes every output
line to a gzip file (keep it outside the repository); ``--compare`` runs again and reports the first article
whose line differs, with the first JSON field that differs, and exits 1 on a difference (a baseline saved with
more commands is compared on those run now).
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
EVAL_DEV = REPO.parent / "shared" / "eval-dev"
SETS = ("summaries", "quotes", "entities", "timex")


def dev_records(eval_dir: Path) -> list[dict]:
    """Every article of the development sets, with ids made unique by their file's name."""
    records = []
    for folder in SETS:
        for path in sorted((eval_dir / folder).glob("*.jsonl")):
            for line in path.read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                record = json.loads(line)
                if "text" not in record:
                    continue
                found = {"id": f"{folder}/{path.stem}/{record['id']}", "text": record["text"]}
                if record.get("dct") or record.get("date"):
                    found["date"] = record.get("dct") or record.get("date")
                records.append(found)
    return records


@contextlib.contextmanager
def dev_corpus(eval_dir: Path) -> Iterator[tuple[Path, list[dict]]]:
    """``dev_records`` in a temporary JSON Lines file, for ``--input-jsonl``, and the records themselves."""
    records = dev_records(eval_dir)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as corpus:
        corpus.writelines(json.dumps(record) + "\n" for record in records)
    try:
        yield Path(corpus.name), records
    finally:
        Path(corpus.name).unlink()


def run(command: str, corpus: Path, jobs: int) -> list[str]:
    """Output lines of one command over the corpus, in input order."""
    argv = [sys.executable, "-m", "newscli", command, "--input-jsonl", str(corpus), "--json", "--jobs", str(jobs)]
    finished = subprocess.run(argv, capture_output=True, check=False)
    if finished.returncode not in (0, 1):  # 1: an article broke a check rule
        raise SystemExit(f"{command} exited {finished.returncode}: {finished.stderr.decode()[-500:]}")
    return [f"{command}\t{line}" for line in finished.stdout.decode("utf-8").splitlines()]


def first_difference(old: object, new: object, path: str = "") -> str:
    """The JSON path of the first difference between two values, with both values."""
    if isinstance(old, dict) and isinstance(new, dict):
        for key in list(old) + [k for k in new if k not in old]:
            if key not in old:
                return f"{path}.{key}: added"
            if key not in new:
                return f"{path}.{key}: removed"
            if old[key] != new[key]:
                return first_difference(old[key], new[key], f"{path}.{key}")
        return f"{path}: key order"
    if isinstance(old, list) and isinstance(new, list):
        for number, (a, b) in enumerate(zip(old, new, strict=False)):
            if a != b:
                return first_difference(a, b, f"{path}[{number}]")
        return f"{path}: {len(old)} items before, {len(new)} after"
    return f"{path}: {json.dumps(old)[:200]} before, {json.dumps(new)[:200]} after"


def compare(baseline: list[str], current: list[str]) -> int:
    if len(baseline) != len(current):
        print(f"{len(baseline)} lines in the baseline, {len(current)} now")
    differing = [number for number, (a, b) in enumerate(zip(baseline, current, strict=False)) if a != b]
    if not differing and len(baseline) == len(current):
        print(f"identical: {len(current)} output lines, byte for byte")
        return 0
    if differing:
        number = differing[0]
        command, old_line = baseline[number].split("\t", 1)
        new_command, new_line = current[number].split("\t", 1)
        old, new = json.loads(old_line), json.loads(new_line)
        name = old.get("id") or old.get("file")
        print(f"{len(differing)} of {len(baseline)} lines differ; first: {command} {name}")
        print(f"  {first_difference(old, new) if command == new_command else f'command {command} became {new_command}'}")
    return 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--save", type=Path, metavar="FILE", help="write the outputs to FILE (gzip)")
    action.add_argument("--compare", type=Path, metavar="FILE", help="compare the outputs with FILE")
    parser.add_argument("--commands", nargs="+", default=["analyze"], help="commands to run (default: analyze)")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--eval-dir", type=Path, default=EVAL_DEV)
    options = parser.parse_args()
    with dev_corpus(options.eval_dir) as (corpus, records):
        lines = [line for command in options.commands for line in run(command, corpus, options.jobs)]
    print(f"{len(records)} articles, {len(options.commands)} command(s): {' '.join(options.commands)}")
    if options.save:
        with gzip.open(options.save, "wt", encoding="utf-8") as handle:
            handle.writelines(line + "\n" for line in lines)
        print(f"saved {len(lines)} output lines to {options.save}")
        return
    with gzip.open(options.compare, "rt", encoding="utf-8") as handle:
        # A baseline of more commands is compared on the commands run now.
        baseline = [line for line in handle.read().splitlines() if line.split("\t", 1)[0] in options.commands]
    raise SystemExit(compare(baseline, lines))


if __name__ == "__main__":
    main()
