"""Named entities: who and what an article is about, one record per real-world entity.

Pipeline, per document:

1. Each sentence's tokens are tagged by the trained recogniser (``ner.py``: PER/ORG/LOC/EVENT), and gazetteer
   places and nationality words it missed are added.
2. Each span is trimmed (articles, possessives), typed (PERSON, ORG, GPE, LOC, NORP, EVENT) from the model's
   label, the gazetteers and cue words (``Ministry`` makes an ORG, a nationality word a NORP), and people's
   titles are split off into roles (``Foreign Minister Yoshimasa Hayashi``, ``Mao Ning, a spokeswoman``).
3. Mentions are grouped into entities: the same spelling, a surname or leading part of a longer name
   (``Hayashi``, ``the Nikkei``), an acronym explained or implied by a name (``NATO``). Each entity gets one
   type by vote, so a name keeps its type across the document; its name is the longest spelling for people,
   the most frequent one for the rest.
4. Every other occurrence of a known spelling (a sentence-initial ``Hayashi``, a possessive) becomes a mention.
"""

from __future__ import annotations

import bisect
import collections
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Collection, Sequence

from . import names
from .data import read_list
from .document import ASCII_QUOTES, Document, Sentence
from .ner import gazetteer, gazetteer_matches, lexicons, recogniser

ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT")
COARSE_TYPES = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "NORP": "MISC", "EVENT": "MISC"}
MODEL_TYPES = {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE", "EVENT": "EVENT"}
# Last words that make a place a natural region rather than a political unit.
REGION_HEADS = frozenset(
    {"Sea", "Ocean", "River", "Mountains", "Mountain", "Valley", "Peninsula", "Gulf", "Strait", "Island", "Islands",
     "Lake", "Mount", "Bay", "Coast", "Desert", "Basin", "Plateau", "Region", "Channel"}
)
COMPASS_WORDS = frozenset({"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central"})
ARTICLES = frozenset({"the", "a", "an"})
POSSESSIVE_TOKENS = frozenset({"'s", "'"})
APPOSITIVE_OPENERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our"})
# Gazetteer and cue evidence outweighs the statistical model when an entity's mentions disagree on its type.
LEXICON_VOTE, MODEL_VOTE = 3, 1


@dataclass(frozen=True)
class Mention:
    text: str
    start: int
    end: int

    def to_json(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Entity:
    name: str
    type: str
    role: str | None
    aliases: tuple[str, ...]
    mentions: tuple[Mention, ...]

    @property
    def count(self) -> int:
        return len(self.mentions)

    @property
    def coarse_type(self) -> str:
        """PER, ORG, LOC or MISC (GPE and LOC → LOC; NORP and EVENT → MISC)."""
        return COARSE_TYPES[self.type]

    def to_json(self) -> dict:
        return {
            "name": self.name,
            "type": self.type,
            "count": self.count,
            "aliases": list(self.aliases),
            "role": self.role,
            "mentions": [mention.to_json() for mention in self.mentions],
        }


@dataclass(frozen=True)
class Entities:
    entities: tuple[Entity, ...]  # most salient first: most mentions, then earliest

    def to_json(self) -> dict:
        return {"entities": [entity.to_json() for entity in self.entities]}

    def entity_at(self, start: int, end: int) -> Entity | None:
        """The entity one of whose mentions overlaps ``[start, end)`` (the earliest such mention wins)."""
        starts, spans = self._mention_index
        position = bisect.bisect_left(starts, start)
        # A mention starting before ``start`` may still reach into the span: step back over those.
        while position > 0 and spans[position - 1][1] > start:
            position -= 1
        for mention_start, mention_end, entity in spans[position:]:
            if mention_start >= end:
                break
            if mention_end > start:
                return entity
        return None

    @cached_property
    def _mention_index(self) -> tuple[list[int], list[tuple[int, int, Entity]]]:
        spans = sorted(
            ((mention.start, mention.end, entity) for entity in self.entities for mention in entity.mentions),
            key=lambda item: (item[0], item[1]),
        )
        return [span[0] for span in spans], spans


@dataclass
class _Span:
    """A candidate mention inside one sentence (token indices, end exclusive), before grouping."""

    sentence: int
    start: int
    end: int
    type: str
    strong: bool  # typed by a gazetteer or cue word rather than by the model alone
    role: str | None = None


def extract_entities(
    document: Document, *, types: Collection[str] | None = None, min_count: int = 1
) -> Entities:
    """The named entities of ``document``, most salient first.

    ``types`` keeps only entities of those types (of ``ENTITY_TYPES``); ``min_count`` drops entities mentioned
    fewer times.
    """
    spans = [span for index, sentence in enumerate(document.sentences) for span in _sentence_spans(index, sentence, document.text)]
    entities = _group(document, spans)
    kept = [
        entity
        for entity in entities
        if (types is None or entity.type in types) and entity.count >= min_count
    ]
    kept.sort(key=lambda entity: (-entity.count, entity.mentions[0].start))
    return Entities(tuple(kept))


# --- Step 1 and 2: spans in one sentence ---------------------------------------------------------------------


def _words(sentence: Sentence) -> list[str]:
    return [token.text.translate(ASCII_QUOTES) for token in sentence.tokens]


def _sentence_spans(index: int, sentence: Sentence, text: str) -> list[_Span]:
    words = _words(sentence)
    if not words:
        return []
    spans = [_Span(index, start, end, MODEL_TYPES[label], False) for start, end, label in _bio_spans(recogniser().tag(words))]
    spans = _add_person_cues(index, words, spans)
    taken = [False] * len(words)
    for span in spans:
        for position in range(span.start, span.end):
            taken[position] = True
    for start, end, kind in gazetteer_matches(words):
        if not any(taken[start:end]):
            spans.append(_Span(index, start, end, kind, True))
            taken[start:end] = [True] * (end - start)
    spans.sort(key=lambda span: span.start)
    result: list[_Span] = []
    for span in spans:
        for piece in _split_inner_title(span, words):
            result.extend(_refine(piece, words))
    result = _join_nationality_to_organisation(result, words)
    for span in result:
        if span.type == "PERSON" and span.role is None:
            span.role = _role_before(span, words, result) or _role_after(span, words, result)
    return result


def _add_person_cues(index: int, words: Sequence[str], spans: list[_Span]) -> list[_Span]:
    """Names the cue lexicons vouch for: capitalised words after a title or honorific (``Minister Yoshimasa
    Hayashi``), or starting with a known first name (``Steve Jobs``). They replace the model's spans they overlap."""
    lex = lexicons()
    cue_words = names.title_words() | names.honorifics()
    position = 0
    while position < len(words):
        end = position
        while end < len(words) and end - position < 4 and _is_name_word(words[end]):
            end += 1
        after_title = position > 0 and words[position - 1].lower() in cue_words and words[position - 1][:1].isupper()
        first_name = words[position] in lex["first"] and end - position >= 2
        if end > position and (after_title or first_name):
            spans = [span for span in spans if span.end <= position or span.start >= end]
            spans.append(_Span(index, position, end, "PERSON", True))
        position = max(end, position + 1)
    return sorted(spans, key=lambda span: span.start)


def _is_name_word(word: str) -> bool:
    lex = lexicons()
    return (
        word[:1].isupper()
        and word.lower() not in lex["common"]
        and word not in lex["notent"]
        and word.lower() not in names.title_words()
        and word not in lex["orghead"]
    )


def _bio_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    found: list[list] = []
    for position, tag in enumerate(tags):
        if tag.startswith("B-"):
            found.append([position, position + 1, tag[2:]])
        elif tag.startswith("I-") and found and found[-1][1] == position:
            found[-1][1] = position + 1
    return [tuple(span) for span in found]


def _split_inner_title(span: _Span, words: Sequence[str]) -> list[_Span]:
    """A lower-case title inside a span separates an organisation from a person: ``Foreign Ministry spokesman
    Mao Ning`` → ``Foreign Ministry`` + ``Mao Ning``."""
    heads = names.title_heads()
    for position in range(span.start + 1, span.end - 1):
        word = words[position]
        if word.islower() and word in heads and words[position + 1][:1].isupper():
            return [
                _Span(span.sentence, span.start, position, span.type, span.strong),
                _Span(span.sentence, position + 1, span.end, "PERSON", False),
            ]
    return [span]


def _join_nationality_to_organisation(spans: list[_Span], words: Sequence[str]) -> list[_Span]:
    """``Chinese`` + ``Foreign Ministry`` → one ORG ``Chinese Foreign Ministry``."""
    heads = lexicons()["orghead"]
    joined: list[_Span] = []
    for span in spans:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and previous.type == "NORP"
            and previous.end == span.start
            and span.type == "ORG"
            and words[span.end - 1] in heads
        ):
            span.start = previous.start
            joined[-1] = span
        else:
            joined.append(span)
    return joined


def _refine(span: _Span, words: Sequence[str]) -> list[_Span]:
    """Trim, type and split one candidate; returns zero, one or two spans (a title's organisation)."""
    start, end = span.start, span.end
    while start < end and (words[start].lower() in ARTICLES or not any(char.isalnum() for char in words[start])):
        start += 1
    while end > start and (words[end - 1] in POSSESSIVE_TOKENS or not any(char.isalnum() for char in words[end - 1])):
        end -= 1
    if start == end or not _is_name(words, start, end):
        return []
    span.start, span.end = start, end
    _trim_to_known_place(span, words)
    _retype(span, words)
    if span.type == "PERSON":
        return _split_title(span, words)
    return [span]


def _is_name(words: Sequence[str], start: int, end: int) -> bool:
    """Not a name: no capitalised word, or only weekdays/months/pronouns, or one common word opening a sentence."""
    lex = lexicons()
    span_words = words[start:end]
    if not any(word[:1].isupper() for word in span_words):
        return False
    if all(word in lex["notent"] or word.lower() in lex["common"] and start == 0 for word in span_words):
        return False
    if len(span_words) == 1 and span_words[0].lower() in lex["common"] and span_words[0] not in gazetteer():
        if start == 0 or span_words[0].lower() in names.title_words():
            return False
    return True


def _trim_to_known_place(span: _Span, words: Sequence[str]) -> None:
    """``North Korea North`` → ``North Korea``: a place span that is a known place plus common words."""
    if span.type not in ("GPE", "LOC") or " ".join(words[span.start : span.end]) in gazetteer():
        return
    common = lexicons()["common"]
    for end in range(span.end - 1, span.start, -1):
        if words[end].lower() not in common and words[end] not in COMPASS_WORDS:
            return
        if gazetteer().get(" ".join(words[span.start : end])) in ("GPE", "LOC"):
            span.end = end
            return


def _retype(span: _Span, words: Sequence[str]) -> None:
    lex = lexicons()
    span_words = words[span.start : span.end]
    text = " ".join(span_words)
    known = gazetteer().get(text)
    if known and (span.type != "PERSON" or known == "NORP"):
        span.type, span.strong = known, True
    elif span_words[-1] in lex["orghead"] or (len(span_words) > 2 and span_words[0] in lex["orghead"]):
        if span.type != "PERSON" or span_words[-1] in lex["orghead"]:
            span.type, span.strong = "ORG", True
    elif span_words[-1] in lex["eventhead"] and span.type in ("EVENT", "ORG"):
        span.type, span.strong = "EVENT", True
    elif span.type == "GPE" and span_words[-1] in REGION_HEADS:
        span.type = "LOC"
    elif span.type in ("ORG", "GPE") and len(span_words) >= 2 and span_words[0] in lex["first"]:
        span.type = "PERSON"


def _split_title(span: _Span, words: Sequence[str]) -> list[_Span]:
    """``Foreign Minister Yoshimasa Hayashi`` → the name, role ``Foreign Minister``; an organisation at the head
    of the title (``Chinese Foreign Ministry spokesman Mao Ning``) becomes its own ORG span."""
    span_words = words[span.start : span.end]
    length = names.role_length(span_words)
    organisation = None
    if not length:
        length = _title_after_organisation(span_words)
        if length:
            org_end = span.start + _organisation_length(span_words)
            organisation = _Span(span.sentence, span.start, org_end, "ORG", True)
    if not length:
        return [span]
    role_words = [word for word in span_words[:length] if word.lower() not in names.honorifics()]
    span.role = " ".join(role_words) or None
    span.start += length
    return [organisation, span] if organisation else [span]


def _organisation_length(span_words: Sequence[str]) -> int:
    heads = lexicons()["orghead"]
    return max((position + 1 for position, word in enumerate(span_words) if word in heads), default=0)


def _title_after_organisation(span_words: Sequence[str]) -> int:
    """Length of ``<Organisation> <title words>`` at the start of a person span, or 0."""
    org_length = _organisation_length(span_words)
    if not org_length:
        return 0
    length = names.role_length(list(span_words[org_length:]))
    return org_length + length if length else 0


def _role_before(span: _Span, words: Sequence[str], spans: Sequence[_Span]) -> str | None:
    """A title written before the name: ``Foreign Minister`` / ``Chinese Foreign Ministry spokesman``."""
    ends = {other.end: other for other in spans if other is not span and other.type in ("ORG", "GPE", "NORP")}
    allowed, heads = names.title_words(), names.title_heads()
    position, start, has_head = span.start, span.start, False
    while position > 0:
        previous = words[position - 1]
        if previous.lower() in allowed:
            has_head = has_head or previous.lower() in heads
            position -= 1
            if has_head:
                start = position
        elif has_head and position in ends:
            position = start = ends[position].start
        else:
            break
    return " ".join(words[start : span.start]) if start < span.start else None


def _role_after(span: _Span, words: Sequence[str], spans: Sequence[_Span]) -> str | None:
    """An appositive title: ``Mao Ning, a spokeswoman``, ``Hayashi, the foreign minister,``."""
    position = span.end
    if position + 1 >= len(words) or words[position] != ",":
        return None
    position += 1
    if words[position].lower() in APPOSITIVE_OPENERS:
        position += 1
    allowed, heads = names.title_words(), names.title_heads()
    starts = {other.start: other for other in spans if other.type in ("ORG", "GPE", "NORP")}
    first, end = position, None
    while position < len(words):
        if words[position].lower() in allowed:
            position += 1
            if words[position - 1].lower() in heads:
                end = position
        elif position in starts and end is None:
            position = starts[position].end
        else:
            break
    if end is None or (end < len(words) and words[end][:1].isupper()):
        return None
    return " ".join(words[first:end])


# --- Step 3 and 4: grouping mentions into entities -----------------------------------------------------------


@dataclass
class _Group:
    spellings: collections.Counter = field(default_factory=collections.Counter)
    votes: collections.Counter = field(default_factory=collections.Counter)
    roles: list = field(default_factory=list)
    mentions: dict = field(default_factory=dict)  # (start, end) -> text


def _group(document: Document, spans: Sequence[_Span]) -> list[Entity]:
    text = document.text
    groups: dict[str, _Group] = {}
    for span in spans:
        tokens = document.sentences[span.sentence].tokens
        start, end = tokens[span.start].start, tokens[span.end - 1].end
        key = names.normalise(" ".join(_words(document.sentences[span.sentence])[span.start : span.end]))
        group = groups.setdefault(key, _Group())
        group.spellings[key] += 1
        group.votes[span.type] += LEXICON_VOTE if span.strong else MODEL_VOTE
        if span.role:
            group.roles.append(span.role)
        group.mentions[(start, end)] = text[start:end]
    merged = _merge_groups(document, groups)
    _add_unmarked_mentions(document, merged)
    return [_entity(group) for group in merged.values()]


def _merge_groups(document: Document, groups: dict[str, _Group]) -> dict[str, _Group]:
    """Join spellings of one entity: acronyms and their expansions, surnames and leading parts of names."""
    types = {key: _vote(group) for key, group in groups.items()}
    target: dict[str, str] = {}
    definitions = _acronym_definitions(document, groups)
    keys = sorted(groups, key=lambda key: -len(key.split()))
    for key in keys:
        if key in definitions:
            target[key] = definitions[key]
            continue
        if names.is_acronym(key):
            expansions = [other for other in keys if types[other] == "ORG" and names.is_acronym_of(key, other)]
            if len(expansions) == 1:
                target[key] = expansions[0]
                continue
        if types[key] in ("GPE", "LOC", "NORP") and groups[key].votes.most_common(1)[0][1] >= LEXICON_VOTE:
            continue
        longer = [
            other
            for other in keys
            if len(other.split()) > len(key.split())
            and types[other] in ("PERSON", "ORG")
            and names.is_short_form(key, other)
        ]
        if len(longer) == 1:
            target[key] = longer[0]
    merged: dict[str, _Group] = {}
    for key, group in groups.items():
        root = key
        seen = set()
        while root in target and root not in seen:
            seen.add(root)
            root = target[root]
        into = merged.setdefault(root, _Group())
        into.spellings.update(group.spellings)
        into.votes.update(group.votes)
        into.roles.extend(group.roles)
        into.mentions.update(group.mentions)
    return merged


def _acronym_definitions(document: Document, groups: dict[str, _Group]) -> dict[str, str]:
    """Acronyms defined in the text: ``North Atlantic Treaty Organization (NATO)``, ``NATO, which stands for …``."""
    found = {}
    text = document.text.translate(ASCII_QUOTES)
    for key in groups:
        if not names.is_acronym(key):
            continue
        for other in groups:
            if other == key or len(other.split()) < 2:
                continue
            if f"{other} ({key})" in text or f"{key}, which stands for the {other}" in text or (
                f"{key}, which stands for {other}" in text
            ):
                found[key] = other
    return found


def _add_unmarked_mentions(document: Document, groups: dict[str, _Group]) -> None:
    """Occurrences of a known spelling that the recogniser missed become mentions of that entity."""
    by_first_word: dict[str, list[tuple[tuple[str, ...], str]]] = collections.defaultdict(list)
    surnames = collections.Counter(
        key.split()[-1] for key, group in groups.items() if _vote(group) == "PERSON" and len(key.split()) > 1
    )
    common = lexicons()["common"]
    for key, group in groups.items():
        spellings = set(group.spellings)
        surname = key.split()[-1]
        if _vote(group) == "PERSON" and surnames[surname] == 1 and surname.lower() not in common:
            spellings.add(surname)
        for spelling in spellings:
            words = tuple(spelling.split())
            if any(word[:1].isupper() for word in words):
                by_first_word[words[0]].append((words, key))
    for candidates in by_first_word.values():
        candidates.sort(key=lambda item: -len(item[0]))
    covered = {position for group in groups.values() for start, end in group.mentions for position in (start, end - 1)}
    text = document.text
    for sentence in document.sentences:
        tokens = sentence.tokens
        words = _words(sentence)
        position = 0
        while position < len(words):
            for spelling, key in by_first_word.get(words[position], ()):
                size = len(spelling)
                if tuple(words[position : position + size]) != spelling:
                    continue
                start, end = tokens[position].start, tokens[position + size - 1].end
                if start not in covered and end - 1 not in covered:
                    groups[key].mentions[(start, end)] = text[start:end]
                position += size - 1
                break
            position += 1


def _vote(group: _Group) -> str:
    return group.votes.most_common(1)[0][0]


def _entity(group: _Group) -> Entity:
    kind = _vote(group)
    spellings = group.spellings
    if kind == "PERSON":
        name = max(spellings, key=lambda spelling: (len(spelling.split()), spellings[spelling], spelling))
    else:
        name = max(spellings, key=lambda spelling: (spellings[spelling], len(spelling), spelling))
    mentions = tuple(Mention(text, start, end) for (start, end), text in sorted(group.mentions.items()))
    aliases = []
    for mention in mentions:
        alias = names.normalise(mention.text.translate(ASCII_QUOTES))
        if alias != name and alias not in aliases:
            aliases.append(alias)
    role = collections.Counter(group.roles).most_common(1)[0][0] if group.roles else None
    return Entity(name, kind, role, tuple(aliases), mentions)
