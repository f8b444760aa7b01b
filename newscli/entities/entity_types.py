"""Typing: one entity type per span from the gazetteers and cue words, and one per entity by vote over all its
mentions, corrected by what the whole article shows (a one-word "person" with no title is a company)."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import cache

from ..data import read_list
from ..ner import FIRST_CHARACTER, gazetteer, lexicons
from .model import HYPHENATED_GIVEN_NAME, REGION_HEADS, Candidate, MentionGroup

# Sports copy names a club by its town: ``Leicestershire beat Somerset``, ``Karlsruhe 2 Hansa Rostock 0``.
# Words after a team's name that only a team does ...
TEAM_VERBS = frozenset({"beat", "beats", "drew", "defeated", "edged", "thrashed", "routed", "signed", "v", "vs", "vs.", "versus"})
# ... and words before it.
TEAM_OBJECT_CUES = frozenset({("beat",), ("v",), ("vs",), ("vs.",), ("versus",), ("drew", "with"), ("draw", "with"), ("lost", "to")})
TEAM_OBJECT_CUE_ENDS = frozenset(cue[-1] for cue in TEAM_OBJECT_CUES)  # a cue's last word, checked first
# A team's name stands before one of its verbs or after a whole cue, so beside a verb or a cue's first word.
TEAM_CUE_WORDS = TEAM_VERBS | frozenset(cue[0] for cue in TEAM_OBJECT_CUES)
SCORE = re.compile(r"\d{1,3}(?:-\d{1,3})?")
PLACE_TYPES = frozenset({"GPE", "LOC"})


@cache
def countries() -> frozenset[str]:
    """A country's name stays a place in a results line: its national side is written as the nation."""
    return frozenset(read_list("countries.txt"))


def results_line_positions(words: Sequence[str], lines: Sequence[tuple[int, int]]) -> frozenset[int]:
    """Token positions of the sentence's results lines: lines where a capitalised word is followed by a score
    twice or more and names outnumber lower-case words (``Atlanta 5 Pittsburgh 1``, ``Warwickshire 195, Surrey
    429-7 (C. Lewis 80 not out)``, not ``Flight 447 crashed and the Boeing 787 was delayed``), or a table row (a
    name, then only numbers: ``Hyundai 57 5 49 .536``, not ``five Boeing 737s``)."""
    if not any(map(str.isdigit, map(FIRST_CHARACTER, words))):
        return frozenset()  # no number (most sentences): no score (``SCORE`` starts with a digit) and no table row
    found: set[int] = set()
    for start, end in lines:
        first_number = next((position for position in range(start, end) if words[position][:1].isdigit()), end)
        if first_number == end:
            continue  # no number: no score (``SCORE`` starts with a digit) and no table row
        pairs = sum(
            1
            for position in range(start, end - 1)
            if words[position][:1].isupper() and SCORE.fullmatch(words[position + 1])
        )
        numbers = words[first_number:end]
        table_row = (
            start < first_number
            and sum(SCORE.fullmatch(word) is not None for word in numbers) >= 2
            and not any(char.isalpha() for word in numbers for char in word)
        )
        capitalised = sum(word[:1].isupper() for word in words[start:end])
        lower_case = sum(word.isalpha() and word.islower() for word in words[start:end])
        if (pairs >= 2 and capitalised > lower_case) or table_row:
            found.update(range(start, end))
    return frozenset(found)


def team_positions(words: Sequence[str]) -> list[int]:
    """Single capitalised words written as a team (``Essex drew with Yorkshire``), for the recogniser's gaps."""
    if TEAM_CUE_WORDS.isdisjoint(map(str.lower, words)):
        return []  # no word a team is written beside (most sentences)
    common = lexicons()["common"]
    found = []
    for position, word in enumerate(words):
        if not word[:1].isupper() or not word.isalpha() or word.lower() in common or word in lexicons()["notent"]:
            continue
        after = words[position + 1].lower() if position + 1 < len(words) else ""
        if after in TEAM_VERBS or _after_object_cue(words, position):
            found.append(position)
    return found


def _after_object_cue(words: Sequence[str], position: int) -> bool:
    """Whether the words before ``position`` end with one of ``TEAM_OBJECT_CUES``."""
    if not position or words[position - 1].lower() not in TEAM_OBJECT_CUE_ENDS:
        return False
    before = tuple(item.lower() for item in words[max(0, position - 2) : position])
    return any(before[-len(cue) :] == cue for cue in TEAM_OBJECT_CUES if len(before) >= len(cue))


def mark_teams(spans: Sequence[Candidate], words: Sequence[str], results_line: frozenset[int]) -> None:
    """A town or an organisation acting as a team (in a results line before a score, the subject or object of
    ``beat``, ``drew with``, ``v``…) is a club: ORG. A country stays a place."""
    for span in spans:
        if span.type not in ("GPE", "LOC", "ORG") or " ".join(words[span.start : span.end]) in countries():
            continue
        after = words[span.end].lower() if span.end < len(words) else ""
        scored = span.start in results_line and SCORE.fullmatch(after) is not None
        if scored or after in TEAM_VERBS or _after_object_cue(words, span.start):
            span.type, span.strong, span.team = "ORG", True, True


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
    elif (
        span.type in PLACE_TYPES
        and len(span_words) >= 2
        and _before_bracketed_country(words, span.end)
        and not any(word in gazetteer() for word in span_words)
    ):
        # ``Irina Spirlea (Romania) beat …``: results and team lists give a player's country in brackets; a
        # place the gazetteers do not know, written before one, is a person with a given name no list has.
        span.type = "PERSON"


def _before_bracketed_country(words: Sequence[str], end: int) -> bool:
    return end + 2 < len(words) and words[end] == "(" and words[end + 1] in countries() and words[end + 2] == ")"


def check_person(group: MentionGroup, surnames: Collection[str]) -> None:
    """News introduces people by full name, title or honorific: a "person" only ever written as one word that is
    not a known first name nor the surname of a person in the article, with no title or honorific (``Boeing``,
    ``Chrysler``), is an organisation; so is one called by the first word of its name but never by the last."""
    if vote_type(group) != "PERSON" or group.roles or group.lexicon_types["PERSON"]:
        return
    full = max(group.spellings, key=lambda spelling: len(spelling.split()))
    if (
        " " in full
        and full.split()[0] in group.spellings
        and full.split()[-1] not in group.spellings
        and not HYPHENATED_GIVEN_NAME.fullmatch(full.split()[-1])
    ):
        # Called by its first word, never by its last: ``Northrop`` for ``Northrop Grumman`` is a company; but
        # ``Ban`` for ``Ban Ki-moon`` is a family name written first, before a hyphenated given name.
        group.votes["ORG"] = group.votes["PERSON"] + 1
        return
    if all(
        len(spelling.split()) == 1 and spelling not in lexicons()["first"] and spelling not in surnames
        for spelling in group.spellings
    ):
        group.votes["ORG"] = group.votes["PERSON"] + 1


def check_team(group: MentionGroup) -> None:
    """A place the article shows playing as a team (``mark_teams``) is the club throughout, unless it is named as a
    place (after ``in``, ``from``…) more often."""
    if group.teams and vote_type(group) in PLACE_TYPES and group.teams >= group.after_place_preposition:
        group.lexicon_types["ORG"] += group.teams
        group.votes["ORG"] = max(group.votes.values()) + 1


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
    # The first of the most voted, as ``Counter.most_common(1)`` gives it, without its heap.
    votes = group.votes.__getitem__
    return max(group.lexicon_types or group.votes, key=votes)
