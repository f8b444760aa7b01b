"""The subject phrase a quote's speaker mention belongs to, in character offsets, and the head of a
described source's name (the grammar is the quotes frames' ``subjects`` module)."""

from __future__ import annotations

from dataclasses import dataclass

from ..document import Document
from ..quotes.frames.subjects import POSTMODIFIER_PREPOSITIONS, QUALIFIER_WORDS, head_before, head_within, is_described


@dataclass(frozen=True)
class Subject:
    """A speaker's whole subject phrase (``start``/``end``) and its head phrase (``head_start``/``head_end``:
    the words before the first postmodifier)."""

    start: int
    end: int
    head_start: int
    head_end: int
    described: bool  # the head is a description (``Officials``, ``Most``), not a name, even when capitalised


def subject_of(document: Document, start: int, end: int) -> Subject | None:
    """The subject phrase that the mention ``text[start:end]`` ends, when the mention is (or holds) a
    postmodifier of a head before it (``some of his admirers``, ``David French of the National Retail
    Federation``); None when the mention is its own head."""
    index = document.sentence_at(start)
    if index is None:
        return None
    tokens = document.sentences[index].tokens
    first = next((i for i, token in enumerate(tokens) if token.start >= start), None)
    last = next((i for i in range(len(tokens) - 1, -1, -1) if tokens[i].end <= end), None)
    if first is None or last is None or last < first:
        return None
    head = head_before(document, index, first) or head_within(document, index, first, last)
    if head is None:
        return None
    return Subject(tokens[head[0]].start, end, tokens[head[0]].start, tokens[head[1]].end, is_described(document, index, head[1]))


def head_word(description: str) -> str:
    """The head of a described source's name: its last word before a postmodifier (``officials`` of
    ``officials at the Pentagon``, ``some`` of ``some of his admirers``)."""
    words = description.split()
    for position in range(1, len(words)):
        if words[position].lower() in POSTMODIFIER_PREPOSITIONS | QUALIFIER_WORDS | {"who", "that", "to"}:
            words = words[:position]
            break
    return words[-1] if words else ""
