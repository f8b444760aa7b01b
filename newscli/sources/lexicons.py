"""The word lists of the sources analysis (data/source_roles.txt, anonymous_sources.txt), each read once. The
gender tables it shares with quotes are read by ``names``."""

from __future__ import annotations

from functools import cache

from ..data import read_sections

OTHER_CATEGORY = "other"
# Documents and publications that "say" and "find" in news copy: a definite one ("the report said") is the
# document itself, not the person or organisation named before it. The attributions analysis gives them a voice
# where they are the subject of a reporting participle or relative clause ("a petition calling for …") or the
# medium of a passive ("named in an indictment"). Hand-written from the nouns of FrameNet's Text and Documents
# frames (texts, records, legal and parliamentary documents, broadcast and published pieces) that news copy uses.
DOCUMENT_HEADS = frozenset({"report", "statement", "study", "survey", "poll", "letter", "memo", "document", "filing",
                            "release", "email", "e-mail", "analysis", "review", "audit", "article", "editorial",
                            "book", "memoir", "transcript", "website", "lawsuit", "suit", "complaint", "indictment",
                            "ruling", "order", "video", "ad", "advertisement", "post", "tweet", "message", "note",
                            "record", "assessment", "investigation", "inquiry", "draft", "plan", "proposal", "bill",
                            "law", "rule", "policy", "petition", "op-ed", "column", "footnote", "list", "blog",
                            "documentary", "film", "commercial", "brochure", "leaflet", "pamphlet", "manifesto",
                            "resolution", "amendment", "cable", "dossier", "text", "slideshow", "presentation"})  # fmt: skip


def is_document_noun(word: str) -> bool:
    """A document or publication of DOCUMENT_HEADS, in the singular or the plural (``emails``, ``polls``)."""
    return word in DOCUMENT_HEADS or (word.endswith("s") and word[:-1] in DOCUMENT_HEADS)


def _sections(name: str) -> dict[str, tuple[str, ...]]:
    return {section: tuple(line.lower() for line in lines) for section, lines in read_sections(name).items()}


@cache
def role_categories() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(category, its role phrases longest first) in the file's order: the first category that matches wins."""
    return tuple(
        (category, tuple(sorted(phrases, key=lambda phrase: -len(phrase.split()))))
        for category, phrases in _sections("source_roles.txt").items()
    )


@cache
def category_names() -> tuple[str, ...]:
    return tuple(category for category, _ in role_categories()) + (OTHER_CATEGORY,)


@cache
def anonymous_heads() -> frozenset[str]:
    return frozenset(_sections("anonymous_sources.txt")["heads"])


@cache
def anonymous_qualifiers() -> tuple[str, ...]:
    return _sections("anonymous_sources.txt")["qualifiers"]
