"""People the narration names, with the role and the gender it gives them: the antecedents a pronoun (``he``,
``she``) or a role noun (``the lawyer``, ``her attorney``) of a speaker mention can stand for.

A person is a run of capitalised words outside quotation marks that is a name: two words or more opening with a
first name of ``data/first_name_genders.tsv`` (``Jane Doe``), or a name after an honorific or a title (``Mr.
Flynn``, ``Prosecutor John Roe``). Their role is the title before the name (``Prosecutor``, ``defence lawyer
Jane Doe``) or an apposition beside it (``Jane Doe, his lawyer,`` / ``his lawyer, Jane Doe,``), read by its head
noun (``lawyer``). Their gender comes from an honorific or a gendered role word (``data/gendered_roles.txt``)
or, failing those, from the first name. Names quoted inside someone's speech are not antecedents for the
narration, so they are left out.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from .. import names
from ..data import read_list, read_sections
from ..document import Document
from ..names import first_name_genders, gendered_words
from .lexicon import CAPITALISED, NOT_NAME_WORDS

APPOSITION_DETERMINERS = frozenset({"his", "her", "their", "its", "the", "a", "an"})
ROLE_ENDS = frozenset({",", ".", ";", ":", "of", "for", "at", "who", "with", "in", "and", "said", "says"})
MAX_ROLE_WORDS = 5
ASCII_CAPITALS = frozenset(string.ascii_uppercase)  # a name word's first letter (``CAPITALISED``)
# Title heads and role nouns that name an institution or a collective, not a person: "it" or "they", never "he".
COLLECTIVE_NOUNS = frozenset({"campaign", "government", "house", "pentagon", "state", "military", "charity", "crowd",
                              "family", "watchdog", "companies"})  # fmt: skip


@dataclass(frozen=True)
class NamedPerson:
    name: str
    start: int
    role: str | None  # the head noun of the role the person is named with ("lawyer")
    gender: str | None  # "female", "male" or None


def gender_of(words: Sequence[str]) -> str | None:
    """The gender an honorific or a role word among ``words`` gives, else the first name's (``Jane Doe``)."""
    table = gendered_words()
    for word in words:
        lower = word.lower()
        # Titles in -man serve for women too in much news copy ("a NATO spokesman … She added"): no evidence.
        if lower in table and not (lower.endswith("man") and lower != "man"):
            return table[lower]
    names_table = first_name_genders()
    for word in words:
        if word in names_table:
            return names_table[word]
        if word.lower().rstrip(".") not in names.title_and_honorific_words():
            break  # the first name is the first word after the titles
    return None


@cache
def person_nouns() -> frozenset[str]:
    """Common nouns that denote a person or people (``official``, ``fan``, ``residents``, ``spokeswoman``): the
    heads of titles, the gendered role words, the informant nouns of ``anonymous_sources.txt`` and the role
    nouns of ``source_roles.txt`` that name no organisation (``company``, ``bank`` do)."""
    heads = read_sections("anonymous_sources.txt")["heads"]
    roles = {line.split()[-1] for lines in read_sections("source_roles.txt").values() for line in lines}
    organisations = {word.lower() for word in read_list("org_heads.txt") + read_list("org_descriptors.txt")}
    return frozenset(names.title_heads() | set(gendered_words()) | set(heads) | (roles - organisations)) - COLLECTIVE_NOUNS


def role_head(words: Sequence[str]) -> str | None:
    """The head noun of a role (``defence lawyer`` → ``lawyer``), when it is a title's head."""
    return words[-1].lower() if words and words[-1].lower() in names.title_heads() else None


def people_in_text(document: Document, quoted: Callable[[int], bool]) -> list[NamedPerson]:
    """The people named in the narration, in text order; ``quoted(offset)`` says whether an offset lies inside
    a quotation (``Marks.inside``)."""
    found = []
    for index, sentence in enumerate(document.sentences):
        words = document.token_texts[index]
        tokens = sentence.tokens
        # A name word starts with a capital A-Z (``CAPITALISED``): the test before the pattern rules out most tokens.
        named = [p for p, word in enumerate(words) if word[:1] in ASCII_CAPITALS and _name_word(word) and not quoted(tokens[p].start)]
        first = 0
        while first < len(named):  # each run of consecutive name words outside quotations
            end = first + 1
            while end < len(named) and named[end] == named[end - 1] + 1:
                end += 1
            person = _person(document, index, named[first], named[end - 1] + 1)
            if person is not None:
                found.append(person)
            first = end
    return found


def _name_word(word: str) -> bool:
    return bool(CAPITALISED.match(word)) and word.lower() not in NOT_NAME_WORDS


def _person(document: Document, index: int, first: int, end: int) -> NamedPerson | None:
    """The person named by the capitalised tokens ``first`` to ``end`` (exclusive), if they name one."""
    words = document.token_texts[index]
    run = list(words[first:end])
    titles = names.title_and_honorific_words()
    split = next((i for i, word in enumerate(run) if word.lower().rstrip(".") not in titles), len(run))
    title = " ".join(run[:split]) or None
    name = run[split:]
    titled = title is not None or (first > 0 and words[first - 1].lower().rstrip(".") in names.honorifics())
    if not name or (len(name) < 2 or name[0] not in first_name_genders()) and not titled:
        return None
    before = _role_before(words, first)
    role = role_head(title.split()) if title else None
    role = role or role_head(before) or _role_after(words, end) or _role_in_apposition_before(words, first)
    gender = gender_of([*before, *run])
    start = document.sentences[index].tokens[first + len(run) - len(name)].start
    return NamedPerson(" ".join(name), start, role, gender)


def _role_before(words: Sequence[str], first: int) -> list[str]:
    """Lower-case title words right before a name: ``defence lawyer`` in ``defence lawyer Jane Doe``."""
    titles = names.title_and_honorific_words()
    start = first
    while start > 0 and first - start < MAX_ROLE_WORDS and words[start - 1].lower().rstrip(".") in titles:
        start -= 1
    return list(words[start:first])


def _role_after(words: Sequence[str], end: int) -> str | None:
    """``Jane Doe, his lawyer,``, ``Sam Lau, the communications director for the party``: the head of an
    apposition after the name."""
    if end + 1 >= len(words) or words[end] != ",":
        return None
    position = end + 1
    if words[position].lower() in APPOSITION_DETERMINERS:
        position += 1
    elif position + 1 < len(words) and words[position + 1] in ("'s", "’s"):
        position += 2  # "Doe, Smith's lawyer,"
    role: list[str] = []
    while position < len(words) and words[position].lower() not in ROLE_ENDS and len(role) < MAX_ROLE_WORDS:
        role.append(words[position])
        position += 1
    return role_head(role) if position < len(words) and words[position].lower() in ROLE_ENDS else None


def _role_in_apposition_before(words: Sequence[str], first: int) -> str | None:
    """``his lawyer, Jane Doe,``: the head of a role set off by a comma right before the name."""
    if first < 2 or words[first - 1] != ",":
        return None
    position = first - 2
    while position >= 0 and words[position].lower() not in APPOSITION_DETERMINERS and first - position <= MAX_ROLE_WORDS:
        if not words[position].isalpha() and words[position] not in ("'s", "’s"):
            return None
        position -= 1
    if position < 0 or words[position].lower() not in APPOSITION_DETERMINERS:
        return None
    return role_head(words[position + 1 : first - 1])
