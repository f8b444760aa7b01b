"""Name resolution shared by the analyses that talk about people and organisations (entities, quotes).

Small pure functions over strings and word lists:

- ``strip_possessive("Russia’s")`` → ``"Russia"``
- ``split_role("Foreign Minister Yoshimasa Hayashi")`` → ``("Foreign Minister", "Yoshimasa Hayashi")``
- ``role_length(words)``: how many leading words form a title or role
- ``acronym("North Atlantic Treaty Organization")`` → ``"NATO"``; ``acronym_letters``, ``is_acronym_of("NATO", ...)``
- ``is_short_form("Hayashi", "Yoshimasa Hayashi")``: a surname (or a leading part, ``Nikkei`` of ``Nikkei Asia``)
- ``resolve(short, names)``: the one longer name a short form stands for, if exactly one fits

The title and honorific lexicons are data files (``titles.txt``, ``honorifics.txt``) that other modules may read
through ``title_words()`` / ``titles()`` / ``honorifics()``; so are the gender tables (``gendered_words()``,
``first_name_genders()``), which quotes and sources share.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

from .data import read_list, read_sections

POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")
# Words that may stand inside a role before its head word ("former Deputy Foreign Minister").
ROLE_MODIFIERS = frozenset(
    {
        "former", "acting", "interim", "senior", "junior", "assistant", "associate", "deputy", "vice", "chief",
        "executive", "general", "foreign", "defence", "defense", "finance", "interior", "health", "trade",
        "economy", "justice", "prime", "state", "then", "ex", "co", "top", "lead", "principal", "managing",
        "national", "security", "press", "public", "federal", "regional", "local", "party", "opposition",
        "police", "army", "military", "government", "communications", "development", "affairs", "energy",
        "education", "labour", "labor", "transport", "environment", "agriculture", "economic",
    }
)
ACRONYM_SKIP = frozenset({"of", "the", "and", "for", "&", "de", "du", "des", "la", "le", "on", "in", "to", "at"})


@cache
def titles() -> tuple[str, ...]:
    """Title and role phrases in lower case, longest first (``prime minister`` before ``minister``)."""
    return tuple(sorted(set(read_list("titles.txt")), key=lambda phrase: (-len(phrase.split()), phrase)))


@cache
def honorifics() -> frozenset[str]:
    return frozenset(read_list("honorifics.txt"))


@cache
def organisation_heads() -> frozenset[str]:
    """Words that make a capitalised name an organisation's (``Ministry``, ``Party``, ``Corp.``), as written."""
    return frozenset(read_list("org_heads.txt"))


@cache
def gendered_words() -> dict[str, str]:
    """Lower-case honorifics and role nouns that say a person's gender (``data/gendered_roles.txt``) →
    ``female`` / ``male``."""
    sections = read_sections("gendered_roles.txt")
    return {line.lower(): gender for gender, lines in sections.items() if gender for line in lines}


@cache
def first_name_genders() -> dict[str, str]:
    """First names (title case) → ``female`` / ``male``: the names at least 95% of whose bearers in the 1990 US
    Census share one sex (``data/first_name_genders.tsv``, built by ``scripts/build_name_genders.py``)."""
    table = {}
    for line in read_list("first_name_genders.tsv"):
        name, gender, _share = line.split("\t")
        table[name] = gender
    return table


@cache
def title_words() -> frozenset[str]:
    """Every lower-case word that can be part of a title, role modifiers included."""
    return frozenset(word for phrase in titles() for word in phrase.split()) | ROLE_MODIFIERS


@cache
def title_and_honorific_words() -> frozenset[str]:
    """``title_words`` and the honorifics (``mr``, ``sen.``): every word a name's titles may hold, joined once."""
    return title_words() | honorifics()


@cache
def title_heads() -> frozenset[str]:
    """Words that end a title (``minister``, ``spokesman``): a role must end in one of them."""
    return frozenset(phrase.split()[-1] for phrase in titles())


def strip_possessive(text: str) -> str:
    """``Russia’s`` → ``Russia``, ``Reuters'`` → ``Reuters``; other text unchanged."""
    return POSSESSIVE.sub("", text).rstrip() if len(text) > 2 else text


def role_length(words: Sequence[str]) -> int:
    """How many leading ``words`` form a title, role or honorific (0 if none).

    The role is the longest prefix made only of title words and role modifiers that ends in a title head or
    an honorific, and leaves at least one word for the name: ``Foreign Minister Yoshimasa Hayashi`` → 2,
    ``Mr. Hayashi`` → 1, ``General Motors`` → 0 would be wrong, so callers apply it to people only.
    """
    heads, allowed, polite = title_heads(), title_words(), honorifics()
    best = 0
    for index, word in enumerate(words[:-1]):
        lower = word.lower()
        if lower in polite:
            best = index + 1
            continue
        if lower not in allowed:
            break
        if lower in heads:
            best = index + 1
    return best


def split_role(name: str) -> tuple[str | None, str]:
    """Split a leading title off a person's name: ``(role or None, name)``. Honorifics are dropped, not roles."""
    words = name.split()
    length = role_length(words)
    if not length:
        return None, name
    role_words = [word for word in words[:length] if word.lower() not in honorifics()]
    return (" ".join(role_words) or None), " ".join(words[length:])


def acronym(name: str) -> str:
    """Initials of a name's capitalised words: ``North Atlantic Treaty Organization`` → ``NATO``."""
    words = [word for word in re.split(r"[\s\-]+", name) if word and word.lower() not in ACRONYM_SKIP]
    return "".join(word[0].upper() for word in words if word[0].isalpha())


def is_acronym(text: str) -> bool:
    """``NATO``, ``U.S.``, ``UNESCO``: two or more capitals (dots allowed), no lower-case run."""
    letters = text.replace(".", "").replace("&", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper()


def acronym_letters(name: str) -> set[str]:
    """The acronyms a multi-word name may have: initials of its content words, and of all its words
    (``Department of Defense`` → ``DD``, ``DOD``), with or without a leading country abbreviation."""
    name = name.removeprefix("the ").removeprefix("The ")
    words = name.split()
    if len(words) < 2:
        return set()
    found = {acronym(name), "".join(word[0].upper() for word in words if word[0].isalpha())}
    if "." in words[0] and len(words) > 2:
        # A country's abbreviation before an agency's name is not part of its acronym: ``U.S. Environmental
        # Protection Agency`` is the ``EPA``.
        found |= acronym_letters(" ".join(words[1:]))
    return found


def is_acronym_of(short: str, long: str) -> bool:
    """Whether ``short`` abbreviates ``long`` (``NATO`` / ``the North Atlantic Treaty Organization``)."""
    return is_acronym(short) and short.replace(".", "").replace("&", "") in acronym_letters(long)


def is_short_form(short: str, full: str) -> bool:
    """Whether ``short`` is a shorter way of writing ``full``: its last word(s) (a surname), or its leading
    word(s) (``Nikkei`` of ``Nikkei Asia``). Possessives and honorifics are ignored."""
    short_words = split_role(strip_possessive(short))[1].split()
    full_words = split_role(strip_possessive(full))[1].split()
    if not short_words or len(short_words) >= len(full_words):
        return False
    size = len(short_words)
    return full_words[-size:] == short_words or full_words[:size] == short_words


def resolve(short: str, names: Iterable[str]) -> str | None:
    """The single name among ``names`` that ``short`` is a short form of; None if none or several fit."""
    candidates = {name for name in names if is_short_form(short, name)}
    return candidates.pop() if len(candidates) == 1 else None


def normalise(name: str) -> str:
    """A key for comparing spellings: no leading article, no possessive, single spaces, case kept."""
    name = strip_possessive(" ".join(name.split()))
    for article in ("the ", "The "):
        name = name.removeprefix(article)
    return name
