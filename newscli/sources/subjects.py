"""The whole subject noun phrase a speaker mention belongs to, and its head.

The quotes analysis finds the speaker as the noun phrase next to the cue; in a complex subject that is often
the object of a postmodifier, not the speaker: ``some of his admirers say`` (mention ``his admirers``),
``officials at the Pentagon said`` (``the Pentagon``), ``a spokeswoman for YouTube said`` (``YouTube``),
``people who have battled other online threats say`` (``other online threats``). Grammar puts the head of a
noun phrase before its prepositional phrases and relative clauses (a partitive's head is its quantifier:
``some of``, ``79 percent of``, ``many in``), so the speaker is that head, and the rest describes it.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..document import Document

# Prepositions that open a postmodifier of the subject's head ("officials at the Pentagon", "staff for the
# committee", "many in the crowd", "some of his admirers").
POSTMODIFIER_PREPOSITIONS = frozenset({"of", "for", "at", "from", "in", "on", "among", "with", "within", "inside"})
# Adjectives and participles of a source's qualifier before its preposition ("people familiar with", "sources
# close to", "two people briefed on"): part of the head's postmodifier.
QUALIFIER_WORDS = frozenset({"familiar", "close", "closer", "briefed", "knowledgeable", "involved", "opposed"})
NOMINAL_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "CD", "PRP$", "POS", "JJ", "JJR", "JJS", "DT", "PDT", "VBN", "VBG"})
HEAD_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "CD"})
# Words that may close a noun phrase's head although tagged otherwise ("those surveyed", "most", "others").
HEAD_WORDS = frozenset({"some", "many", "most", "few", "several", "others", "all", "both", "those", "half", "none",
                        "each", "dozens", "hundreds", "thousands", "millions", "percent", "majority", "minority"})  # fmt: skip
# What may stand right before a subject: the sentence's start, punctuation, a conjunction or ``that``.
SUBJECT_OPENERS = frozenset({",", ";", ":", "--", "-", "—", "–", "(", '"', "'", "``", "and", "but", "that", "while",
                             "as", "because", "though", "although", "so", "when", "where", "if", "since", "whereas",
                             "yet", "even", "also", "still", "meanwhile", "now", "however"})  # fmt: skip
PERSONAL_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "me"})
MAX_HEAD_TOKENS = 5
MAX_RELATIVE_TOKENS = 8


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
    postmodifier of a head before it; None when the mention is its own head."""
    index = document.sentence_at(start)
    if index is None:
        return None
    tokens = document.sentences[index].tokens
    first = next((i for i, token in enumerate(tokens) if token.start >= start), None)
    last = next((i for i in range(len(tokens) - 1, -1, -1) if tokens[i].end <= end), None)
    if first is None or last is None or last < first:
        return None
    words = document.lowered_token_texts[index]
    tags = document.pos_tags[index]
    head = _head_within(words, tags, first, last)
    extended = _extend_left(words, tags, first)
    if extended is not None:
        head = extended
    if head is None:
        return None
    head_first, head_last = head
    described = tags[head_last] not in ("NNP", "NNPS") or words[head_last] in HEAD_WORDS
    return Subject(tokens[head_first].start, end, tokens[head_first].start, tokens[head_last].end, described)


def _head_within(words, tags, first: int, last: int) -> tuple[int, int] | None:
    """``David French of the National Retail Federation``: the words before the first postmodifier of the
    mention itself, when there is one after a head."""
    for position in range(first + 1, last):
        if words[position] in POSTMODIFIER_PREPOSITIONS and tags[position] == "IN":
            if _is_head_end(words, tags, position - 1):
                return (first, position - 1)
            return None
    return None


def _extend_left(words, tags, first: int) -> tuple[int, int] | None:
    """The head phrase before a chain of postmodifiers ending with the mention at token ``first``
    (``Staff for the House committee on Benghazi``), or before a relative clause (``people who have battled
    …``): the outermost head of the chain that opens the subject; None when the mention starts its subject."""
    found = None
    position = first
    while True:
        before = position - 1
        if before >= 1 and words[before] in POSTMODIFIER_PREPOSITIONS | {"to"}:
            end = before - 1
            while end >= 0 and words[end] in QUALIFIER_WORDS:
                end -= 1  # "people familiar with", "sources close to"
            if words[before] == "to" and end == before - 1:
                break  # "to" opens a postmodifier only after a qualifier ("close to")
        elif (relative := _relative_before(words, position)) is not None:
            end = relative - 1
        else:
            break
        if end < 0 or not _is_head_end(words, tags, end):
            break
        position = _phrase_start(words, tags, end)
        if _opens_subject(words, position):
            found = (position, end)
    return found


def _relative_before(words, position: int) -> int | None:
    """The ``who`` of a relative clause (no punctuation inside) that runs up to token ``position``."""
    for relative in range(position - 1, max(-1, position - MAX_RELATIVE_TOKENS), -1):
        if words[relative] == "who":
            return relative if relative < position - 1 else None
        if not words[relative][:1].isalnum():
            return None
    return None


def _is_head_end(words, tags, position: int) -> bool:
    """Whether token ``position`` can end a head phrase: a noun, a number or a quantifier (``some``)."""
    word = words[position]
    if word in PERSONAL_PRONOUNS or not word[:1].isalnum():
        return False
    return word in HEAD_WORDS or tags[position] in HEAD_TAGS


def _phrase_start(words, tags, end: int) -> int:
    start = end
    while start > 0 and end - start < MAX_HEAD_TOKENS - 1 and tags[start - 1] in NOMINAL_TAGS and words[start - 1] not in SUBJECT_OPENERS:
        start -= 1
    return start


def _opens_subject(words, first: int) -> bool:
    return first == 0 or words[first - 1] in SUBJECT_OPENERS


def head_word(description: str) -> str:
    """The head of a described source's name: its last word before a postmodifier (``officials`` of
    ``officials at the Pentagon``, ``some`` of ``some of his admirers``)."""
    words = description.split()
    for position in range(1, len(words)):
        if words[position].lower() in POSTMODIFIER_PREPOSITIONS | QUALIFIER_WORDS | {"who", "that", "to"}:
            words = words[:position]
            break
    return words[-1] if words else ""
