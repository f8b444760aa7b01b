"""Typing: one entity type per span from the gazetteers and cue words, and one per entity by vote over all its
mentions, corrected by what the whole article shows (a one-word "person" with no title is a company)."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from ..ner import gazetteer, lexicons
from .model import REGION_HEADS, Candidate, MentionGroup


def retype(span: Candidate, words: Sequence[str]) -> None:
    lex = lexicons()
    span_words = words[span.start : span.end]
    text = " ".join(span_words)
    known = gazetteer().get(text)
    if known and (span.type != "PERSON" or known == "NORP" or len(span_words) > 1):
        span.type, span.strong = known, True
    elif span_words[-1] in lex["orghead"] or (len(span_words) > 2 and span_words[0] in lex["orghead"]):
        if span.type != "PERSON" or span_words[-1] in lex["orghead"]:
            span.type, span.strong = "ORG", True
    elif span_words[-1] in lex["eventhead"] and span.type in ("EVENT", "ORG"):
        span.type, span.strong = "EVENT", True
    elif span_words[-1] in REGION_HEADS and len(span_words) > 1:
        span.type = "LOC"
    elif span.type in ("ORG", "GPE") and len(span_words) >= 2 and span_words[0] in lex["first"]:
        span.type = "PERSON"


def check_person(group: MentionGroup, surnames: Collection[str]) -> None:
    """News introduces people by full name, title or honorific: a "person" only ever written as one word that is
    not a known first name nor the surname of a person in the article, with no title or honorific (``Boeing``,
    ``Chrysler``), is an organisation; so is one called by the first word of its name but never by the last."""
    if vote_type(group) != "PERSON" or group.roles or group.lexicon_types["PERSON"]:
        return
    full = max(group.spellings, key=lambda spelling: len(spelling.split()))
    if " " in full and full.split()[0] in group.spellings and full.split()[-1] not in group.spellings:
        # Called by its first word, never by its last: ``Northrop`` for ``Northrop Grumman`` is a company.
        group.votes["ORG"] = group.votes["PERSON"] + 1
        return
    if all(
        len(spelling.split()) == 1 and spelling not in lexicons()["first"] and spelling not in surnames
        for spelling in group.spellings
    ):
        group.votes["ORG"] = group.votes["PERSON"] + 1


def check_place(group: MentionGroup) -> None:
    """A one-word "place" that only the model calls one (no gazetteer entry), mentioned more than once and never
    after a place preposition (``in``, ``near``, ``from`` …) is a company or organisation (``Ford said``,
    ``Boeing’s jets``)."""
    one_word = all(len(spelling.split()) == 1 for spelling in group.spellings)
    if (
        one_word
        and len(group.mentions) > 1
        and vote_type(group) == "GPE"
        and not group.lexicon_types["GPE"]
        and not group.after_place_preposition
    ):
        group.votes["ORG"] = group.votes["GPE"] + 1


def vote_type(group: MentionGroup) -> str:
    """The entity's type: the most voted among the types a gazetteer or cue gave it, if any (``automaker
    Chrysler`` once outweighs any number of the model's ``stake in Chrysler`` places), else among the model's."""
    if not group.lexicon_types:
        return group.votes.most_common(1)[0][0]
    return max(group.lexicon_types, key=lambda kind: group.votes[kind])
