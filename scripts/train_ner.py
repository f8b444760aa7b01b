"""Train the name recogniser (newscli/ner.py) and write newscli/data/ner_model.txt.gz.

    python scripts/train_ner.py [--train-dir ../shared/train] [--iterations 8]

Data: ../shared/train/ner/gum_nonnews.jsonl and uner_ewt_{dev,test}.jsonl (BIO tags). PERSON/ORG/LOC/EVENT are
kept (as PER/ORG/LOC/EVENT), OTHER (works, products, laws) becomes MISC so that the model still learns
that such capitalised names are names; DATE becomes O. GUM marks whole noun phrases, so a leading determiner and a
trailing possessive are trimmed from its spans, as names are written in the output. Part-of-speech features
come from newscli.tagger, run on the gold tokens here as on a document's tokens at run time. The learner is NLTK's
``AveragedPerceptron`` with greedy left-to-right decoding (as NLTK's perceptron POS tagger); the weights are
rounded and small ones pruned so that the shipped file stays small.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from nltk.tag.perceptron import AveragedPerceptron  # noqa: E402

from newscli import tagger  # noqa: E402
from newscli.characters import ascii_quotes  # noqa: E402
from newscli.ner import MODEL_FILE, START, features, lower_case_words, sentence_context  # noqa: E402

FILES = ("gum_nonnews.jsonl", "uner_ewt_dev.jsonl", "uner_ewt_test.jsonl")
TYPES = {"PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "EVENT": "EVENT", "OTHER": "MISC"}
DETERMINERS = {"the", "a", "an"}
POSSESSIVES = {"'s", "'"}
MIN_WEIGHT = 0.1


def spans(tags: list[str]) -> list[tuple[int, int, str]]:
    found = []
    for index, tag in enumerate(tags):
        if tag.startswith("B-") or (tag.startswith("I-") and (not found or found[-1][1] != index)):
            found.append([index, index + 1, tag[2:]])
        elif tag.startswith("I-"):
            found[-1][1] = index + 1
    return [tuple(span) for span in found]


def convert(tokens: list[str], tags: list[str]) -> list[str]:
    labels = ["O"] * len(tokens)
    for start, end, kind in spans(tags):
        if kind not in TYPES:
            continue
        while start < end and tokens[start].lower() in DETERMINERS:
            start += 1
        while end > start and tokens[end - 1] in POSSESSIVES:
            end -= 1
        for index in range(start, end):
            labels[index] = ("B-" if index == start else "I-") + TYPES[kind]
    return labels


def load(train_dir: Path) -> list[tuple[list[str], list[str], list[str], frozenset[str]]]:
    """(words, POS tags, labels, the document's lower-case words) per training sentence. The POS tags are
    newscli.tagger's, not the treebank's, as at run time (the tagger learnt from much of this text, so its tags
    are somewhat better here than on new articles)."""
    documents: dict[str, list[tuple[list[str], list[str]]]] = {}
    for name in FILES:
        for line in (train_dir / "ner" / name).read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            tokens = [ascii_quotes(token) for token in record["tokens"]]
            documents.setdefault(record["doc"], []).append((tokens, convert(tokens, record["tags"])))
    sentences = []
    for document in documents.values():
        lowered = lower_case_words(words for words, _ in document)
        sentences.extend((words, tagger.tag(words), labels, lowered) for words, labels in document)
    return sentences


def train(sentences, iterations: int) -> AveragedPerceptron:
    model = AveragedPerceptron()
    model.classes = {label for _, _, labels, _ in sentences for label in labels}
    random.seed(0)
    for iteration in range(iterations):
        correct = total = 0
        for words, tags, labels, lowered in sentences:
            context = sentence_context(words, tags, lowered)
            prev, prev2 = START
            for index, truth in enumerate(labels):
                feats = dict.fromkeys(features(context, index, prev, prev2), 1)
                guess, _ = model.predict(feats)
                model.update(truth, guess, feats)
                prev2, prev = prev, guess
                correct += guess == truth
                total += 1
        random.shuffle(sentences)
        print(f"iteration {iteration + 1}: {correct / total:.4f} token accuracy (training)", file=sys.stderr)
    model.average_weights()
    return model


def write_model(target: Path, labels: list[str], features: list[str], rows: list[list[float]]) -> None:
    """The format ``newscli.ner.recogniser`` reads, gzipped: a JSON line ``{"labels": [...]}``, then
    ``feature<TAB>weight weight …`` per feature (weights aligned with the labels). Features holding a tab
    or a line break cannot come from newscli's tokens and are left out. mtime=0: reproducible bytes."""
    lines = [json.dumps({"labels": labels}, separators=(",", ":"))]
    for feature, row in zip(features, rows, strict=False):
        if "\t" not in feature and "\n" not in feature:
            lines.append(feature + "\t" + " ".join(str(weight) for weight in row))
    with target.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as packed:
        packed.write("\n".join(lines).encode("utf-8"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--train-dir", type=Path, default=REPO.parent / "shared" / "train")
    parser.add_argument("--iterations", type=int, default=8)
    parser.add_argument(
        "--min-weight", type=float, default=MIN_WEIGHT, help="drop features whose weights are all smaller"
    )
    options = parser.parse_args()
    started = time.perf_counter()
    sentences = load(options.train_dir)
    model = train(sentences, options.iterations)
    labels = sorted(model.classes)
    features, rows = [], []
    for feature, by_label in sorted(model.weights.items()):
        row = [round(by_label.get(label, 0.0), 2) for label in labels]
        if max(abs(weight) for weight in row) >= options.min_weight:
            features.append(feature)
            rows.append([weight if weight % 1 else int(weight) for weight in row])
    target = REPO / "newscli" / "data" / MODEL_FILE
    write_model(target, labels, features, rows)
    print(
        f"{len(sentences)} sentences, {len(features)} features kept; {target.stat().st_size:,} bytes; "
        f"{time.perf_counter() - started:.0f} s",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
