"""Sources: the distinct sources of each PolNeAR sample article against its distinct gold speakers, and the
gender of quoted people against the hand labels in tests/data/source_genders.tsv.

Both sides are reduced to keys before comparing, per article:

- a person or a name → its surname (the last capitalised word, possessive and parenthesised party/state
  labels dropped: ``Sen. Bernie Sanders (I-Vt.)`` → ``sanders``);
- a description or group → its head noun (the last word before any ``of``/``who``/``that`` modifier:
  ``administration officials`` → ``officials``, ``19 percent of college students polled`` → ``percent``).

Gold speakers that cannot be keyed without coreference are left out: pronouns and relative words (``he``,
``who``), and singular descriptions with a definite or possessive determiner (``the senator``, ``his
campaign``), which refer back to someone the article names. Predicted sources are the quoted ones and those
given a voice in attributions (a belief or finding attributed without a quote: ``polls show``); a source
named but neither quoted nor attributed is not a speaker. The "(quoted only)" rows count quoted sources alone,
as the scorer did before attributions. A predicted source the gold can neither confirm nor refute (each of
its quotes overlaps only gold attributions whose speaker is a pronoun, relative word or anaphoric description,
and none with a named speaker) is left out of precision, symmetrically with those gold speakers; the
"(all predicted)" rows keep it. Anonymous recall is over gold speakers that name no one (a
description with no capitalised word after its first): found when a predicted unnamed source (kind
``anonymous`` or ``group``) has its key. Figures are reported over all articles and over the even and odd
halves (by line number). The speed row times the sources analysis alone (best of three runs per article), given the article's quotes and
entities (as ``analyze`` and ``newscli sources`` compute them once).
"""

from __future__ import annotations

import re
import timeit
from functools import cache
from pathlib import Path

from benchmarks.scorers.common import document_of, load_jsonl, prf, row
from newscli.data import read_list
from newscli.entities import extract_entities
from newscli.quotes import extract_quotes
from newscli.sources import Source, analyse_sources

# The PolNeAR sample in its own double-quote style and in single-quote house style (same gold, same offsets).
FILES = (("polnear_train_sample.jsonl", "polnear_sample"), ("polnear_train_sample_single.jsonl", "polnear_single"))
GENDER_LABELS = Path(__file__).resolve().parents[2] / "tests" / "data" / "source_genders.tsv"
PRONOUNS = frozenset({"i", "we", "you", "he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "who",
                      "which", "that", "this", "these", "those", "me", "us", "whose", "self", "said", "one"})  # fmt: skip
DEFINITE = frozenset({"the", "his", "her", "its", "their", "this", "that", "our", "my"})
POSTMODIFIER = re.compile(
    r"\s(?:of|who|that|which|whose|from|at|with|in|on|for|familiar|close|polled|released|published|conducted"
    r"|(?:last|this|next)\s+(?:week|month|year|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b.*$"
)
# Dashes set off an appositive as commas do: "Deborah Jordan Reynolds - Santilli's girlfriend -".
APPOSITIVE_DASH = re.compile(r"\s+(?:--|[-–—―])\s+|[–—―]")
PARENTHESES = re.compile(r"\([^)]*\)")
SUFFIXES = re.compile(r"\s+(?:Jr|Sr|III|II)\.?$")
WORD = re.compile(r"[\w.’'-]+")
# "<Title> of <Department> <Given name> <Surname>": "UMWA Director of Government Affairs Phil Smith".
TITLE_OF_NAME = re.compile(r"^(?:[a-z]+\s+)*(?:[A-Z][\w.-]*\s+)+of\s+(?:[A-Z][\w.’'-]*\s+)*([A-Z][a-z]+)\s+([A-Z][\w’'-]+)$")
NAME_THEN_APPOSITIVE = re.compile(r"^[A-Z][\w.’'-]*\s*,\s+(?:a|an|the|who|whose|which)\b")


def key(text: str) -> str | None:
    """Surname of a name, head noun of a description (lower case); None for a pronoun or nothing."""
    text = PARENTHESES.sub(" ", text.replace("\xa0", " ").replace("’", "'"))  # O’Malley and O'Malley are one
    text = _named_part(text)
    titled = TITLE_OF_NAME.match(SUFFIXES.sub("", text.strip()))
    if titled and titled[1] in _first_names():
        return titled[2].lower()  # "former Secretary of State Hillary Clinton": the person, not the title
    text = POSTMODIFIER.sub("", text.strip())
    words = [re.sub(r"['’]s?$", "", word).strip(".,") for word in WORD.findall(text)]
    words = [word for word in words if word]
    if not words or (len(words) == 1 and words[0].lower() in PRONOUNS):
        return None
    return words[-1].lower()


@cache
def _places() -> frozenset[str]:
    return frozenset(line.split("\t")[0].strip() for line in read_list("places.tsv"))


@cache
def _first_names() -> frozenset[str]:
    return frozenset(read_list("first_names.txt"))


def _named_part(text: str) -> str:
    """The part of ``Name, appositive`` (or ``appositive, Name``) that holds the name; a part's own
    postmodifier does not count (``Donald Hartley of Madison, Alabama`` names Hartley)."""
    parts: list[str] = []
    for part in (part.strip() for part in APPOSITIVE_DASH.sub(",", text).split(",")):
        if not re.search(r"[A-Za-z]", part):
            continue  # a figure ("58%-33%, those surveyed") names no one
        if parts and POSTMODIFIER.search(parts[-1]) and part in _places():
            parts[-1] += f", {part}"  # "families of those killed in Newtown, Connecticut": the place goes on
            continue
        parts.append(part)
    named = [part for part in parts if any(word[0].isupper() for word in WORD.findall(part)[1:]) or re.match(r"[A-Z]", part)]
    for part in named:
        words = WORD.findall(SUFFIXES.sub("", POSTMODIFIER.sub("", part)))
        if len(words) < 2:  # "One of his recent reads": a capitalised first word alone is no name
            words = WORD.findall(SUFFIXES.sub("", part))
        if words and all(word[0].isupper() for word in words[-2:]):
            return SUFFIXES.sub("", part)
    return parts[0] if parts else text


def names_no_one(text: str) -> bool:
    """A description with no capitalised word after its first, unless that first word is a name followed by
    its appositive (``Cruz, who has proposed …``, ``Axelrod, a former newspaperman``)."""
    if NAME_THEN_APPOSITIVE.match(text):
        return False
    words = WORD.findall(PARENTHESES.sub(" ", text))
    return bool(words) and not any(word[0].isupper() for word in words[1:]) and words[-1][0].islower()


def is_anaphoric(text: str) -> bool:
    """A singular description with a definite or possessive determiner (``the senator``, ``his campaign``)."""
    words = WORD.findall(text)
    return len(words) >= 2 and words[0].lower() in DEFINITE and names_no_one(text) and not words[-1].endswith("s")


def gold_speakers(record: dict) -> tuple[set[str], set[str]]:
    """(keys of every gold speaker kept, keys of those that name no one)."""
    keys: set[str] = set()
    unnamed: set[str] = set()
    for quote in record["quotes"]:
        speaker = quote.get("speaker")
        if not speaker or is_anaphoric(speaker) or (found := key(speaker)) is None:
            continue
        keys.add(found)
        if names_no_one(speaker):
            unnamed.add(found)
    return keys, unnamed


def unverifiable(record: dict, quotes, predicted: dict[str, Source], gold: set[str]) -> set[str]:
    """Predicted keys that the gold cannot confirm or refute: every quote of theirs overlaps only gold
    attributions whose speaker is a pronoun, a relative word or an anaphoric description (``he``, ``who``,
    ``the senator``), which the gold leaves unresolved."""
    unresolved = [
        (quote["start"], quote["end"])
        for quote in record["quotes"]
        if quote.get("speaker") and (key(quote["speaker"]) is None or is_anaphoric(quote["speaker"]))
    ]
    resolved = [
        (quote["start"], quote["end"])
        for quote in record["quotes"]
        if quote.get("speaker") and key(quote["speaker"]) is not None and not is_anaphoric(quote["speaker"])
    ]
    spans: dict[str, list[tuple[int, int]]] = {}
    for quote in quotes.quotes:
        if quote.speaker is not None and (found := key(quote.speaker.name)) in predicted:
            spans.setdefault(found, []).append((quote.start, quote.end))
    hidden = set()
    for found, said in spans.items():
        if found in gold:
            continue
        touches = [any(start < end_ and start_ < end for start_, end_ in unresolved) for start, end in said]
        confirmed = [any(start < end_ and start_ < end for start_, end_ in resolved) for start, end in said]
        if all(touches) and not any(confirmed):
            hidden.add(found)
    return hidden


def _labels() -> dict[tuple[str, str], str]:
    labels = {}
    if GENDER_LABELS.exists():
        for line in GENDER_LABELS.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                article, surname, gender, *_ = line.split("\t")
                labels[(article, surname.replace("’", "'"))] = gender  # keyed as ``key`` keys names
    return labels


def _article_counts(record: dict, labels: dict[tuple[str, str], str], timing: list[float]) -> list[int]:
    """matched, predicted (verifiable), gold, anonymous found, anonymous gold, gender labelled, decided,
    correct, predicted (all); ``timing`` gains the sources analysis' seconds and the article's words."""
    document = document_of(record)
    entities = extract_entities(document)
    quotes = extract_quotes(document, entities=entities)
    result = analyse_sources(document, quotes, entities)
    # best of three: on a shared machine, one run also measures the neighbours' load
    timing[0] += min(timeit.repeat(lambda: analyse_sources(document, quotes, entities), number=1, repeat=3))
    timing[1] += len(document.words)
    predicted: dict[str, Source] = {}
    for source in result.sources:  # most quoted words first: of two Trumps, the key stands for the one quoted most
        if (source.quoted or source.attributions) and (found := key(source.name)) is not None:
            predicted.setdefault(found, source)
    quoted = {found for found, source in predicted.items() if source.quoted}
    # A labelled person the quotes analysis does not quote is still a source of the article (named, not
    # quoted), with the gender the article gives them: the gender figures are about the method, not quotes.
    people: dict[str, Source] = {}
    for source in result.sources:
        if source.kind == "person" and (found := key(source.name)) is not None:
            people.setdefault(found, source)
    unnamed_predicted = {k for k, source in predicted.items() if source.kind in ("anonymous", "group")}
    gold, unnamed = gold_speakers(record)
    hidden = unverifiable(record, quotes, predicted, gold)
    matched, anonymous = len(gold & set(predicted)), len(unnamed & unnamed_predicted)
    counts = [matched, len(predicted) - len(hidden), len(gold), anonymous, len(unnamed), 0, 0, 0, len(predicted),
              len(gold & quoted), len(quoted - hidden)]  # fmt: skip
    for (article, surname), gender in labels.items():
        if article != record["id"]:
            continue
        counts[5] += 1
        person = predicted.get(surname) or people.get(surname)
        found = person.gender if person is not None and person.gender else "unknown"
        if found != "unknown":
            counts[6] += 1
            counts[7] += found == gender
    return counts


def score(eval_dir: Path) -> list[dict]:
    labels = _labels()
    rows = []
    timing = [0.0, 0]
    for file, name in FILES:
        halves: dict[str, list[int]] = {"all": [0] * 11, "even": [0] * 11, "odd": [0] * 11}
        for number, record in enumerate(load_jsonl(eval_dir / "quotes" / file)):
            counts = _article_counts(record, labels, timing)
            for half in ("all", "even" if number % 2 == 0 else "odd"):
                halves[half] = [a + b for a, b in zip(halves[half], counts, strict=True)]
        for half, counts in halves.items():
            matched, predicted, gold, anonymous, anonymous_gold, labelled, decided, correct, every, *quoted_only = counts
            data = f"{name} ({half})"
            precision, recall, f1 = prf(matched, predicted, gold)
            rows += [
                row(data, "source precision (all predicted)", prf(matched, every, gold)[0], f"{every} predicted"),
                row(data, "source F1 (all predicted)", prf(matched, every, gold)[2]),
                row(data, "source precision", precision, f"{every - predicted} unverifiable left out"),
                row(data, "source recall", recall),
                row(data, "source F1", f1, f"{gold} gold sources"),
                row(data, "source F1 (quoted only)", prf(quoted_only[0], quoted_only[1], gold)[2], f"{quoted_only[1]} predicted"),
                row(data, "anonymous recall", anonymous / anonymous_gold if anonymous_gold else 0.0, f"{anonymous_gold} unnamed gold"),
                row(data, "gender accuracy (decided)", correct / decided if decided else 0.0, f"{decided} decided"),
                row(data, "gender unknown share", 1 - decided / labelled if labelled else 0.0, f"{labelled} labelled"),
            ]
    per_thousand_words = 1000 * timing[0] / timing[1] * 1000
    rows.append(row("polnear, all files", "sources ms per 1,000 words", per_thousand_words, "on top of quotes and entities"))
    return rows
