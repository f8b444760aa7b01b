"""Dump the timeline JSON (``--all``, both date orders) of every dev document and seed article, one line each,
so that a refactoring can be shown to change nothing:

    python benchmarks/timeline_snapshot.py before.jsonl   # on the old code
    python benchmarks/timeline_snapshot.py after.jsonl    # on the new code
    cmp before.jsonl after.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.scorers.common import document_of, load_jsonl  # noqa: E402
from newscli.document import build_document  # noqa: E402
from newscli.timeline import build_timeline  # noqa: E402

DEFAULT_EVAL_DIR = Path("/work/shared/eval-dev") if Path("/work/shared/eval-dev").exists() else REPO.parent / "shared" / "eval-dev"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL_DIR)
    options = parser.parse_args()
    with options.output.open("w", encoding="utf-8") as out:
        for path in sorted((options.eval_dir / "timex").glob("*.jsonl")):
            for record in load_jsonl(path):
                doc = document_of(record)
                for day_first in (False, True):
                    out.write(json.dumps(build_timeline(doc, include_all=True, day_first=day_first).to_json()) + "\n")
        cnndm = options.eval_dir / "summaries" / "cnndm_train_sample.jsonl"
        texts = [record["text"] for record in load_jsonl(cnndm)] if cnndm.exists() else []
        texts += [path.read_text(encoding="utf-8") for path in sorted((REPO / "seeds").glob("*.txt"))]
        for text in texts:
            out.write(json.dumps(build_timeline(build_document(text), include_all=True).to_json()) + "\n")


if __name__ == "__main__":
    main()
