"""The dateline's place. The reader sets a dateline (``LONDON 1996-08-30``, ``WASHINGTON (AP) —``) apart from
the body, so no sentence holds it; but the place it names is one the article mentions (where the story was
filed), and readers and news annotation schemes alike count it among the article's places."""

from __future__ import annotations

from dataclasses import replace

from ..document import Document
from .model import Entity, Mention

DATELINE_KIND = "dateline"
PLACE_TYPE = "GPE"


def dateline_place(document: Document) -> Mention | None:
    """Where the reader's ``meta.dateline`` place stands in the dateline it set aside, if it does."""
    place = document.meta.dateline
    if not place:
        return None
    for item in document.furniture:
        found = item.text.lower().find(place.lower()) if item.kind == DATELINE_KIND else -1
        if found >= 0:
            start = item.start + found
            return Mention(document.text[start : start + len(place)], start, start + len(place))
    return None


def with_dateline_place(document: Document, entities: list[Entity]) -> list[Entity]:
    """``entities`` with the dateline's place among them: a mention of the entity of that name when the body
    names it too, else an entity of its own."""
    mention = dateline_place(document)
    if mention is None:
        return entities
    name = document.meta.dateline or mention.text
    spellings = {name.lower(), mention.text.lower()}
    for position, entity in enumerate(entities):
        if spellings & {entity.name.lower(), *(alias.lower() for alias in entity.aliases)}:
            aliases = entity.aliases if mention.text in (entity.name, *entity.aliases) else (*entity.aliases, mention.text)
            mentions = tuple(sorted((mention, *entity.mentions), key=lambda each: each.start))
            return [*entities[:position], replace(entity, aliases=aliases, mentions=mentions), *entities[position + 1 :]]
    aliases = (mention.text,) if mention.text != name else ()
    return [*entities, Entity(name, PLACE_TYPE, None, aliases, (mention,))]
