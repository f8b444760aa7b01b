"""A person's gender from what the article says, and nothing else.

Evidence, strongest first; the first kind that has any decides, when its votes agree:

1. honorifics in the person's mentions or just before them (``Mrs. Clinton``, ``Mr Hale``, ``Sir Keir``; the
   neutral ``Dr.``, ``Rev.``, ``Mx.`` are honorifics but not in ``data/gendered_roles.txt``, so they give no vote);
2. pronouns that the quotes analysis resolved to the person as its speaker (``…, she said``);
3. gendered role nouns in the person's role or description (``spokeswoman``, ``congressman``, ``mother``);
4. the first name, in a table from the 1990 US Census (``data/first_name_genders.tsv``: names that at least
   95% of their bearers of one sex carry; see scripts/build_name_genders.py).

Conflicting votes within the deciding kind, or no evidence, give ``unknown``: never a guess from anything else
(not the topic, not the role's stereotype, not the surname).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .. import names
from ..names import first_name_genders, gendered_words

__all__ = ["decide", "first_name", "first_name_genders", "honorific_before"]

PRONOUN_GENDERS = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female", "hers": "female"}
UNKNOWN = "unknown"
GENDERS = ("female", "male")
HONORIFIC_BEFORE = re.compile(r"([A-Za-z]+\.?)\s+$")
WORD = re.compile(r"[A-Za-z][\w.'’-]*")
# A pronoun decides only when at least this share of the pronouns resolved to the person agree: one
# mis-resolved ``he`` among several ``she`` does not make the person unknown.
PRONOUN_AGREEMENT = 0.75


def decide(
    *,
    name: str,
    honorifics: Iterable[str],
    pronouns: Iterable[str],
    role_words: Iterable[str],
) -> tuple[str, str | None]:
    """(gender, basis): ``female``/``male`` with the evidence that decided it, or (``unknown``, None). A kind
    of evidence whose votes conflict decides nothing; the next kind is asked."""
    words = gendered_words()
    kinds = (
        ([words[w.lower()] for w in honorifics if w.lower() in names.honorifics() and w.lower() in words], "honorific", 1.0),
        ([PRONOUN_GENDERS[p.lower()] for p in pronouns if p.lower() in PRONOUN_GENDERS], "pronoun", PRONOUN_AGREEMENT),
        ([words[w.lower()] for w in role_words if w.lower() in words], "role noun", 1.0),
    )
    for votes, basis, agreement in kinds:
        if votes:
            found = max(GENDERS, key=votes.count)
            if votes.count(found) / len(votes) >= agreement:
                return found, basis
    first = first_name(name)
    by_name = first_name_genders().get(first) if first is not None else None
    return (by_name, "first name") if by_name else (UNKNOWN, None)


def first_name(name: str) -> str | None:
    """The given name of a full name: the first word of its last run of name words, after any title or
    abbreviation (``Maryland Gov. Martin O’Malley`` → ``Martin``); None for a single word."""
    words = WORD.findall(name)
    start = 0
    for index, word in enumerate(words):
        if word.endswith(".") and len(word) > 2:  # "Gov.", "Sen.": a title, not an initial
            start = index + 1
    run = [word for word in words[start:] if not word.endswith(".")]
    return run[0].title() if len(run) >= 2 else None


def honorific_before(text: str, start: int) -> str | None:
    """The honorific written just before a mention (``Mrs.`` of ``Mrs. Clinton`` when the mention is ``Clinton``)."""
    match = HONORIFIC_BEFORE.search(text, max(0, start - 8), start)
    return match[1] if match and match[1].lower() in names.honorifics() else None
