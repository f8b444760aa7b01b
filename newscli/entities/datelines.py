"""The places a dateline names (``LONDON 1996-08-30``, ``MILWAUKEE, Wisconsin``, ``TOKYO (Reuters) -``) as
mentions of those places.

The reader sets the dateline aside as furniture, so no sentence holds it; but the place the story was filed
from is a place the article names, and wire style writes it in capitals, which says nothing about its type.
A city and its state or country (``NICE, France``) are two places, as they are in running text."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from .. import names
from ..characters import ascii_quotes
from ..document import Document
from ..ner import gazetteer
from .model import Entity, Mention

PLACE_TYPES = ("GPE", "LOC")


def with_dateline_places(document: Document, entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` with the dateline's places added: each to the place entity of its name, else as a new GPE."""
    result = list(entities)
    for place, mention in _dateline_places(document):
        result = _with_place(result, place, mention)
    return result


def _with_place(entities: list[Entity], place: str, mention: Mention) -> list[Entity]:
    key = names.normalise(ascii_quotes(mention.text))
    for index, entity in enumerate(entities):
        if entity.type in PLACE_TYPES and place.lower() in (entity.name.lower(), *(alias.lower() for alias in entity.aliases)):
            aliases = entity.aliases if key == entity.name or key in entity.aliases else (*entity.aliases, key)
            mentions = tuple(sorted((*entity.mentions, mention), key=lambda span: span.start))
            return [*entities[:index], dataclasses.replace(entity, aliases=aliases, mentions=mentions), *entities[index + 1 :]]
    return [*entities, Entity(place, "GPE", None, (key,) if key != place else (), (mention,))]


def _dateline_places(document: Document) -> list[tuple[str, Mention]]:
    """Each place of the dateline with where it is written: in the first dateline the reader set aside, at the
    start of one of its lines (a byline may come first)."""
    dateline = document.meta.dateline
    if not dateline:
        return []
    for furniture in document.furniture:
        if furniture.kind != "dateline":
            continue
        lowered = furniture.text.lower()
        line_starts = (0, *(position + 1 for position, char in enumerate(lowered) if char == "\n"))
        line_start = next((offset for offset in line_starts if lowered.startswith(dateline.lower(), offset)), None)
        if line_start is None:
            continue
        if not _is_dated(furniture.text[line_start + len(dateline) :]) and dateline.title() not in gazetteer():
            return []  # ``TENNIS - AGASSI WINS``: a topic slug the reader took for a dateline
        places, offset = [], line_start
        for place in dateline.split(", "):
            start = furniture.start + offset
            # Wire style writes the city in capitals (``DENVER, Colorado``): the place's name is in title case.
            name = place.title() if place.isupper() else place
            places.append((name, Mention(document.text[start : start + len(place)], start, start + len(place))))
            offset += len(place) + 2
        return places
    return []


def _is_dated(rest: str) -> bool:
    """Whether what follows a dateline's place is a date or an agency (``1996-08-30``, ``, May 10``,
    ``(Reuters)``), as in a dateline, rather than only a dash, as after a headline's topic slug."""
    return rest.lstrip()[:1].isdigit() or rest.lstrip()[:1] in ("(", ",")
