"""The place a dateline names (``LONDON 1996-08-30``, ``TOKYO (Reuters) -``) as a mention of that place.

The reader sets the dateline aside as furniture, so no sentence holds it; but the place the story was filed
from is a place the article names, and wire style writes it in capitals, which says nothing about its type."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from .. import names
from ..document import ASCII_QUOTES, Document
from .model import Entity, Mention

PLACE_TYPES = ("GPE", "LOC")


def with_dateline_place(document: Document, entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` with the dateline's place added: to the place entity of the same name, else as a new GPE."""
    mention = _dateline_place(document)
    if mention is None:
        return list(entities)
    key = names.normalise(mention.text.translate(ASCII_QUOTES))
    place = document.meta.dateline or mention.text
    for index, entity in enumerate(entities):
        if entity.type in PLACE_TYPES and place.lower() in (entity.name.lower(), *(alias.lower() for alias in entity.aliases)):
            aliases = entity.aliases if key == entity.name or key in entity.aliases else (*entity.aliases, key)
            mentions = tuple(sorted((*entity.mentions, mention), key=lambda span: span.start))
            return [*entities[:index], dataclasses.replace(entity, aliases=aliases, mentions=mentions), *entities[index + 1 :]]
    aliases = (key,) if key != place else ()
    return [*entities, Entity(place, "GPE", None, aliases, (mention,))]


def _dateline_place(document: Document) -> Mention | None:
    """Where the dateline's place is written: the start of the first dateline the reader set aside."""
    place = document.meta.dateline
    if not place:
        return None
    for furniture in document.furniture:
        if furniture.kind == "dateline" and furniture.text.lower().startswith(place.lower()):
            return Mention(furniture.text[: len(place)], furniture.start, furniture.start + len(place))
    return None
