"""The entities' result types (``Entity``, ``Entities``; a mention is a ``document.Span``), the candidate a
sentence's recognition yields, the group of mentions resolution builds, and the word classes the layers share."""

from __future__ import annotations

import bisect
import collections
import re
from dataclasses import dataclass, field
from functools import cached_property

from .. import names
from ..characters import ascii_quotes
from ..document import Span

ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "PRODUCT")


COARSE_TYPES = {
    "PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "NORP": "MISC", "EVENT": "MISC", "PRODUCT": "MISC"
}


# Last words that make a place a natural region or a facility rather than a political unit (LOC, not GPE); they
# never end a person's name (``Johnson Space Center``).
REGION_HEADS = frozenset(
    {"Sea", "Ocean", "River", "Mountains", "Mountain", "Valley", "Peninsula", "Gulf", "Strait", "Island", "Islands",
     "Lake", "Mount", "Bay", "Coast", "Desert", "Basin", "Plateau", "Region", "Channel", "Center", "Centre",
     "Airport", "Station", "Stadium", "Hall", "Park", "Street", "Square", "Bridge", "Tower", "Palace", "Museum",
     "Building", "Road", "Avenue", "Base", "Canal", "Harbour", "Harbor", "Port"}
)


# Products: a brand written in camel case (``iPhone``, ``iOS``), a model number (``A380``, ``A400M``, ``737s``,
# ``777-200LR``); a bare number is a model only right after a capitalised name (``Boeing 737``).
CAMEL_CASE_PRODUCT = re.compile(r"[a-z]{1,2}[A-Z][A-Za-z]+s?")


# Siu-lai, Ka-ki, Ki-moon: Cantonese and Korean given names, written after the family name (``Ban Ki-moon``);
# not a place's compound adjective (``New York-based``, ``English-speaking``, ``Kremlin-backed``).
HYPHENATED_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-(?![a-z]*ed$|[a-z]{3,}ing$|born$|run$|made$|built$|owned$)[a-z]+")


Mention = Span  # an entity's mention is a stretch of the text like any other


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

    def entity_named(self, name: str) -> Entity | None:
        """The entity called ``name``: its canonical name or an alias (``Hayashi``, ``Russia’s``), else the one
        entity whose name ``name`` is a short form of; None if none or several fit."""
        key = names.normalise(ascii_quotes(name))
        for entity in self.entities:
            if key == entity.name or key in entity.aliases:
                return entity
        found = names.resolve(key, [entity.name for entity in self.entities])
        return next((entity for entity in self.entities if entity.name == found), None) if found else None

    @cached_property
    def _mention_index(self) -> tuple[list[int], list[tuple[int, int, Entity]]]:
        spans = sorted(
            ((mention.start, mention.end, entity) for entity in self.entities for mention in entity.mentions),
            key=lambda item: (item[0], item[1]),
        )
        return [span[0] for span in spans], spans


@dataclass
class Candidate:
    """A candidate mention inside one sentence (token indices, end exclusive), before grouping."""

    sentence: int
    start: int
    end: int
    type: str
    strong: bool  # typed by a gazetteer or cue word rather than by the model alone
    role: str | None = None
    # Where the mention ends when words after the name belong to it (``Seattle, Washington``, ``the FTSE 100
    # index``), else None; the name alone still decides which entity it is.
    extent_end: int | None = None
    team: bool = False  # a place or organisation written as a sports team (``Leicestershire beat Somerset``)


@dataclass
class MentionGroup:
    spellings: collections.Counter = field(default_factory=collections.Counter)
    votes: collections.Counter = field(default_factory=collections.Counter)
    roles: list = field(default_factory=list)
    mentions: dict = field(default_factory=dict)  # (start, end) -> text
    lexicon_types: collections.Counter = field(default_factory=collections.Counter)  # types a lexicon or cue gave
    after_place_preposition: int = 0  # mentions written after "in", "near", "from"…
    teams: int = 0  # mentions written as a sports team
