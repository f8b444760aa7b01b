"""A person's gender from what the article says, and nothing else.

Evidence, strongest first; the first kind that has any decides, when its votes agree:

1. honorifics in the person's mentions or just before them (``Mrs. Clinton``, ``Mr Hale``, ``Sir Keir``);
2. pronouns that the quotes analysis resolved to the person as its speaker (``…, she said``);
3. gendered role nouns in the person's role or description (``spokeswoman``, ``congressman``, ``mother``);
4. the first name, in a table from the 1990 US Census (``data/first_name_genders.tsv``: names that at least
   95% of their bearers of one sex carry; see scripts/build_name_genders.py).

Conflicting votes within the deciding kind, or no evidence, give ``unknown``: never a guess from anything else
(not the topic, not the role's stereotype, not the surname).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from .lexicons import HONORIFICS, first_name_genders, gendered_words

PRONOUN_GENDERS = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female", "hers": "female"}
UNKNOWN = "unknown"
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
    """(gender, basis): ``female``/``male`` with the evidence that decided it, or (``unknown``, None)."""
    words = gendered_words()
    honorific_votes = Counter(words[w.lower()] for w in honorifics if w.lower() in HONORIFICS and w.lower() in words)
    if honorific_votes:
        return _unanimous(honorific_votes, "honorific", 1.0)
    pronoun_votes = Counter(PRONOUN_GENDERS[p.lower()] for p in pronouns if p.lower() in PRONOUN_GENDERS)
    if pronoun_votes:
        return _unanimous(pronoun_votes, "pronoun", PRONOUN_AGREEMENT)
    role_votes = Counter(words[w.lower()] for w in role_words if w.lower() in words)
    if role_votes:
        return _unanimous(role_votes, "role noun", 1.0)
    parts = WORD.findall(name)
    if len(parts) >= 2 and (gender := first_name_genders().get(parts[0].title())):
        return gender, "first name"
    return UNKNOWN, None


def _unanimous(votes: Counter, basis: str, agreement: float) -> tuple[str, str | None]:
    gender, count = votes.most_common(1)[0]
    if count / sum(votes.values()) >= agreement and (len(votes) == 1 or agreement < 1.0):
        return gender, basis
    return UNKNOWN, None


def honorific_before(text: str, start: int) -> str | None:
    """The honorific written just before a mention (``Mrs.`` of ``Mrs. Clinton`` when the mention is ``Clinton``)."""
    match = re.search(r"([A-Za-z]+\.?)\s+$", text[max(0, start - 8) : start])
    return match[1] if match and match[1].lower() in HONORIFICS else None
