"""Named entities: who and what an article is about, one record per real-world entity.

Pipeline, per document (docs/entities.md tells the same at more length):

1. Each sentence's words are tagged by the trained recogniser (``ner.py``, from words and their POS tags:
   PER/ORG/LOC/EVENT, and MISC, which is not reported); names the cue lexicons vouch for replace its spans (a
   title or first name before capitalised words, an organisation head after them or a descriptor before them,
   a camel-case brand, a model number or a market index), as does a known multi-word name it cut into pieces
   (``New`` + ``York``), and gazetteer names and acronyms it missed are added.
2. Each span is trimmed (articles, possessives, weekdays), typed (PERSON, ORG, GPE, LOC, NORP, EVENT, PRODUCT)
   from the model's label, the gazetteers and cue words (``Ministry`` makes an ORG, a nationality word a NORP),
   and people's titles are split off into roles (``Foreign Minister Yoshimasa Hayashi``, ``Mao Ning, a
   spokeswoman``); a place's mention takes in its state or country (``Seattle, Washington``), an index's its
   noun (``the S&P 500 index``).
3. Mentions are grouped into entities: the same spelling, a surname or leading part of a longer name
   (``Hayashi``, ``the Nikkei``), an acronym explained or implied by a name (``NATO``). Each entity gets one
   type by vote (a gazetteer's or cue's type outranking the model's), so a name keeps its type across the
   document; its name is the longest spelling for people, the most frequent one for the rest (a full name
   counting its short forms).
4. Every other occurrence of a known spelling (a sentence-initial ``Hayashi``, a possessive) becomes a mention;
   a non-person's mention takes a leading ``the`` when the next word's POS tag says the name heads its phrase.
5. The dateline's place (``LONDON 1996-08-30``), which the reader set aside from the sentences, is a mention of
   that place (``datelines.py``).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from ..document import Document
from ..ner import lower_case_words
from .casing import truecased_words
from .datelines import with_dateline_places
from .model import COARSE_TYPES, ENTITY_TYPES, Entities, Entity, Mention
from .recognition import sentence_candidates
from .resolution import resolve_entities

__all__ = ["COARSE_TYPES", "ENTITY_TYPES", "Entities", "Entity", "Mention", "extract_entities"]


def extract_entities(
    document: Document, *, types: Collection[str] | None = None, min_count: int = 1
) -> Entities:
    """The named entities of ``document``, most salient first.

    ``types`` keeps only entities of those types (of ``ENTITY_TYPES``); ``min_count`` drops entities mentioned
    fewer times.
    """
    lowered = lower_case_words(document.token_texts)
    sentence_words = truecased_words(document)
    sentence_tags = _tags(document, sentence_words)
    spans = [
        span
        for index, (sentence, words, tags) in enumerate(zip(document.sentences, sentence_words, sentence_tags, strict=True))
        for span in sentence_candidates(index, sentence, words, tags, lowered)
    ]
    entities = with_dateline_places(document, resolve_entities(document, sentence_words, spans))
    kept = [
        entity
        for entity in entities
        if (types is None or entity.type in types) and entity.count >= min_count
    ]
    kept.sort(key=lambda entity: (-entity.count, entity.mentions[0].start))
    return Entities(tuple(kept))


def _tags(document: Document, sentence_words: Sequence[Sequence[str]]) -> list[Sequence[str]]:
    """The document's POS tags, those of a sentence whose capitals ``truecased_words`` changed tagged again."""
    from ..tagger import tag

    return [
        tags if words is original else tag(list(words))
        for tags, words, original in zip(document.pos_tags, sentence_words, document.token_texts, strict=True)
    ]
