"""The whole subject noun phrase a speaker mention belongs to.

The backward scan for a cue's speaker stops at the nearest noun phrase; in a complex subject that is the
object of a postmodifier, not the head: ``some of his admirers say`` (scan: ``his admirers``), ``officials
at the Pentagon said`` (``the Pentagon``), ``people familiar with the matter said`` (``the matter``), ``people
who have battled other threats say`` (``other threats``). Grammar puts the head of a noun phrase before its
prepositional phrases and relative clauses (a partitive's head is its quantifier: ``some of``, ``79 percent
of``, ``many in``). These functions find that head, on token indices of one sentence.
"""

from __future__ import annotations

from ...document import Document
from ..lexicon import STOP_WORDS
from ..people import person_nouns
from .text import sentence_tags

# Prepositions that open a postmodifier of a subject's head ("officials at the Pentagon", "staff for the
# committee", "many in the crowd", "some of his admirers").
POSTMODIFIER_PREPOSITIONS = frozenset({"of", "for", "at", "from", "in", "on", "among", "with", "within", "inside"})
# Adjectives and participles of a source's qualifier before its preposition ("people familiar with", "sources
# close to", "two people briefed on"): part of the head's postmodifier.
QUALIFIER_WORDS = frozenset({"familiar", "close", "closer", "briefed", "knowledgeable", "involved"})
NOMINAL_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "CD", "PRP$", "POS", "JJ", "JJR", "JJS", "DT", "PDT", "VBN", "VBG"})
HEAD_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "CD"})
# Words that may end a head although tagged otherwise ("some of", "most of", "dozens of").
HEAD_WORDS = frozenset({"some", "many", "most", "few", "several", "others", "all", "both", "those", "half", "none",
                        "each", "dozens", "hundreds", "thousands", "millions", "percent", "majority", "minority"})  # fmt: skip
# What may stand right before a subject: the sentence's start, punctuation, a conjunction or ``that``.
SUBJECT_OPENERS = frozenset({",", ";", ":", "--", "-", "—", "–", "(", '"', "'", "``", "and", "but", "that", "while",
                             "as", "because", "though", "although", "so", "when", "where", "if", "since", "whereas",
                             "yet", "even", "also", "still", "meanwhile", "now", "however"})  # fmt: skip
NUMBER_MODIFIERS = frozenset({("more", "than"), ("less", "than"), ("fewer", "than"), ("at", "least"), ("at", "most")})
APPROXIMATORS = frozenset({"nearly", "almost", "about", "roughly", "only", "just", "over", "under"})
PERSONAL_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "me"})
MAX_HEAD_TOKENS = 5
MAX_RELATIVE_TOKENS = 8
# A finite verb or modal right after "that"/"which": the relative clause lacks its subject ("that caught …").
SUBJECT_GAP_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def head_within(document: Document, index: int, first: int, last: int) -> tuple[int, int] | None:
    """``David French of the National Retail Federation``: the tokens before the mention's own first
    postmodifier, when a head precedes it."""
    words = document.lowered_token_texts[index]
    for position in range(first + 1, last):
        if words[position] in POSTMODIFIER_PREPOSITIONS:
            tags = sentence_tags(document, index)
            if tags[position] == "IN" and _is_head_end(words, tags, position - 1):
                return (first, position - 1)
            return None
    return None


def head_before(document: Document, index: int, first: int) -> tuple[int, int] | None:
    """The head before a chain of postmodifiers ending with the mention at token ``first`` (``Staff for the
    House committee on Benghazi``) or before a relative clause (``people who have battled …``): the
    outermost head of the chain that opens the subject; None when the mention starts its subject."""
    words = document.lowered_token_texts[index]
    if first >= 2 and words[first - 1] in POSTMODIFIER_PREPOSITIONS | {"to"}:
        end = first - 2
        while end > 0 and words[end] in QUALIFIER_WORDS:
            end -= 1
    elif (relative := _relative_before(words, first, document, index)) is not None:
        end = relative - 1
    else:
        return None  # most mentions: no tags needed
    if end < 0 or not _may_end_head(words[end]):
        return None
    tags = sentence_tags(document, index)
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
        elif (relative := _relative_before(words, position, document, index)) is not None:
            end = relative - 1
        else:
            break
        if end < 0 or not _is_head_end(words, tags, end):
            break
        position = _phrase_start(words, tags, end)
        if _opens_subject(words, position):
            found = (position, end)
    return found


def head_of_relative(document: Document, index: int, end: int) -> tuple[int, int] | None:
    """``some who advocate free speech argue``: the head of a subject whose relative clause runs up to token
    ``end`` (the last token before the cue), when the head opens the subject."""
    words = document.lowered_token_texts[index]
    relative = _relative_before(words, end + 1)
    if relative is None or relative == 0 or not _may_end_head(words[relative - 1]):
        return None
    tags = sentence_tags(document, index)
    if not _is_head_end(words, tags, relative - 1):
        return None
    start = _phrase_start(words, tags, relative - 1)
    return (start, relative - 1) if _opens_subject(words, start) else None


def is_described(document: Document, index: int, last: int) -> bool:
    """Whether a head ending at token ``last`` describes (``Officials``, ``Most``) rather than names, even
    when capitalised at the start of a sentence."""
    return sentence_tags(document, index)[last] not in ("NNP", "NNPS") or document.lowered_token_texts[index][last] in HEAD_WORDS


def _relative_before(words, position: int, document: Document | None = None, index: int = 0) -> int | None:
    """The ``who`` of a relative clause (no punctuation inside) that runs up to token ``position``; given the
    sentence, also a ``that`` or ``which`` whose clause opens with its verb (a subject relative: ``the number
    that caught the eyes of analysts shows``; not a complement clause: ``the fact that analysts agree``)."""
    for relative in range(position - 1, max(-1, position - MAX_RELATIVE_TOKENS), -1):
        word = words[relative]
        if word == "who":
            return relative if relative < position - 1 else None
        if word in ("that", "which") and document is not None and relative > 0:
            gap = relative < position - 1 and sentence_tags(document, index)[relative + 1] in SUBJECT_GAP_TAGS
            return relative if gap else None
        if not word[:1].isalnum():
            return None
    return None


def _may_end_head(word: str) -> bool:
    """A cheap test before tagging: a function word or punctuation never ends a head."""
    return word[:1].isalnum() and (word in HEAD_WORDS or word not in STOP_WORDS)


def _is_head_end(words, tags, position: int) -> bool:
    """Whether token ``position`` can end a head: a noun, a number or a quantifier (``some``); a person noun
    the tagger reads as an adjective (``An executive at the foundation``) after a determiner is a noun."""
    word = words[position]
    if word in PERSONAL_PRONOUNS or not word[:1].isalnum():
        return False
    if tags[position] == "JJ" and position > 0 and words[position - 1] in ("a", "an", "the") and word in person_nouns():
        return True
    return word in HEAD_WORDS or tags[position] in HEAD_TAGS


def _phrase_start(words, tags, end: int) -> int:
    start = end
    while start > 0 and end - start < MAX_HEAD_TOKENS - 1 and tags[start - 1] in NOMINAL_TAGS and words[start - 1] not in SUBJECT_OPENERS:
        if start >= 2 and (words[start - 2], words[start - 1]) in NUMBER_MODIFIERS:
            break
        start -= 1
    if start >= 2 and (words[start - 2], words[start - 1]) in NUMBER_MODIFIERS:
        start -= 2  # "more than two-thirds of …", "at least some of …"
    elif start >= 1 and words[start - 1] in APPROXIMATORS:
        start -= 1  # "nearly half of …"
    return start


def _opens_subject(words, first: int) -> bool:
    return first == 0 or words[first - 1] in SUBJECT_OPENERS
