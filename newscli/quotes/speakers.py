"""Who said it: turning speaker mentions into canonical speakers.

A mention is the text a reporting frame points at (``Foreign Minister Yoshimasa Hayashi``, ``Hayashi``, ``he``,
``the country’s foreign minister``, ``a NATO spokesman``, ``the Nikkei``). ``resolve_speakers`` resolves the
mentions of one article in order:

- a name with a title or role → the name (``Yoshimasa Hayashi``) with the role (``Foreign Minister``);
- a surname or shorter form (``Hayashi``, ``the Nikkei``) → the longer name it abbreviates, in the speakers
  or anywhere in the article (``Nikkei Asia``);
- a pronoun → the most recent speaker or named person of a compatible gender;
- a role description (``the country’s foreign minister``) → the person named with that role anywhere in the
  article, else a described speaker named by the description without its determiner (``NATO spokesman``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from .. import names
from ..data import read_list
from ..document import Document
from ..document import Span as Mention
from .lexicon import (  # a speaker mention is a stretch of the text: text == doc.text[start:end]
    MONTHS,
    OPENERS,
    STOP_WORDS,
    TIME_WORDS,
    cue_lexicon,
)
from .people import NamedPerson, gender_of, person_nouns, role_head

PRONOUN_GENDER = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female", "they": None, "their": None, "it": None,
                  "its": None, "we": None, "i": None, "you": None}  # fmt: skip
FIRST_PERSON = frozenset({"i", "we", "you"})
NAME_PARTICLES = frozenset({"de", "da", "di", "del", "della", "der", "den", "van", "von", "bin", "al", "la", "le", "du", "dos"})
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "another", "one", "its", "his", "her", "their", "our"})
INDEFINITES = frozenset({"a", "an", "another", "one"})  # "a spokesman": someone the article has not named yet
RECENT_PEOPLE = 50  # how far back pronouns, surnames and descriptions look (in people, not in text)
NAME_PART = re.compile(r"^[A-Z][\w'’.-]*$")
ORGANISATION_CONNECTIVES = frozenset({"of", "for", "and", "&", "on", "the"})  # "Committee on Foreign Relations"


@dataclass(frozen=True)
class ResolvedSpeaker:
    name: str
    role: str | None
    mention: Mention


@dataclass
class _Person:
    name: str
    role: str | None
    gender: str | None
    heads: set[str] = field(default_factory=set)  # head nouns of the roles the article names them with


@cache
def title_words() -> frozenset[str]:
    """Title and honorific words (``minister``, ``sen``, ``mr``), from the entities analysis' lexicons."""
    return frozenset(word.rstrip(".") for word in names.title_and_honorific_words())


def split_title(words: list[str]) -> tuple[str | None, list[str]]:
    """Split a name mention's words into a role (titles and descriptive words before the name) and the name.

    ``Foreign Minister Yoshimasa Hayashi`` → (``Foreign Minister``, [``Yoshimasa``, ``Hayashi``]);
    ``Chinese Foreign Ministry spokesman Mao Ning`` → (``Chinese Foreign Ministry spokesman``, [``Mao``, ``Ning``]).
    The name is the run of capitalised non-title words at the end.
    """
    titles = title_words()
    index = len(words)
    while index > 0 and (
        NAME_PART.match(words[index - 1])
        and words[index - 1].lower().rstrip(".") not in titles
        or words[index - 1] in NAME_PARTICLES
        and index < len(words)
    ):
        index -= 1
    while index < len(words) and words[index].lower() in DETERMINERS:
        index += 1
    role_words = [word for word in words[:index] if word.lower() not in DETERMINERS]
    role = " ".join(role_words) if role_words else None
    if role and all(word.lower() in names.honorifics() for word in role_words):
        role = None
    return role, words[index:]


def _join(words: list[str]) -> str:
    text = " ".join(words)
    return re.sub(r" (['’]s)\b", r"\1", text)


def resolve_speakers(
    mentions: list[Mention | None],
    *,
    persons: Sequence[tuple[str, int]] = (),
    names: Sequence[str] = (),
    people: Sequence[NamedPerson] = (),
    antecedents: Sequence[Mention | None] = (),
) -> list[ResolvedSpeaker | None]:
    """Resolve speaker mentions (in article order) to canonical speakers; ``None`` stays ``None``.

    ``persons`` are (name, offset) pairs of people named in the article (from the entities analysis) and
    ``people`` the people the narration names with their roles and genders (``people.people_in_text``): they
    let a pronoun, a surname or a role noun reach a person who is not yet a speaker. ``names`` are the full
    names of people and organisations named anywhere in the article, for short forms (``the Nikkei`` →
    ``Nikkei Asia``). ``antecedents`` (parallel to ``mentions``) give a subject pronoun the subject of the
    sentence before it, its likeliest antecedent when they agree (``_salient``).
    """
    recent: dict[str, _Person] = {}
    # Everyone named with a role anywhere in the article, for role descriptions ("the country's foreign minister").
    roles: dict[str, tuple[str, str]] = {}
    for mention in mentions:
        if mention is None:
            continue
        words = _mention_words(mention.text)
        role, name = split_title(words)
        if role and len(name) >= 1 and not _is_description(words):
            roles.setdefault(role.lower(), (role, _join(name)))
    long_names = _short_form_index(names)
    name_events = sorted([*(NamedPerson(name, start, None, None) for name, start in persons), *people], key=lambda p: p.start)
    next_name = 0
    results: list[ResolvedSpeaker | None] = []
    for number, mention in enumerate(mentions):
        if mention is None:
            results.append(None)
            continue
        # People named in the text before this mention become candidates for pronouns and role nouns.
        while next_name < len(name_events) and name_events[next_name].start < mention.start:
            named = name_events[next_name]
            person = recent.pop(named.name, None) or _Person(named.name, None, None)
            person.gender = person.gender or named.gender
            if named.role:
                person.heads.add(named.role)
            recent[named.name] = person  # (re)inserted last: people are kept in order of recency
            next_name += 1
        antecedent = antecedents[number] if number < len(antecedents) else None
        resolved = (antecedent is not None and _salient(mention, antecedent, recent, roles, long_names)) or _resolve_one(
            mention, recent, roles, long_names, name_events[next_name:]
        )
        results.append(resolved)
        if resolved.name.lower() in PRONOUN_GENDER:
            continue
        person = recent.pop(resolved.name) if resolved.name in recent else _Person(resolved.name, resolved.role, None)
        recent[resolved.name] = person
        person.role = person.role or resolved.role
        if resolved.role and (head := role_head(resolved.role.split())):
            person.heads.add(head)
        word = mention.text.split()[0].lower() if mention.text.split() else ""
        if word in PRONOUN_GENDER and PRONOUN_GENDER[word]:
            person.gender = person.gender or PRONOUN_GENDER[word]
        else:
            person.gender = person.gender or gender_of(_mention_words(mention.text))
    return results


def _mention_words(text: str) -> list[str]:
    return re.findall(r"[\w.'’/-]+", text.replace("’s", " ’s").replace("'s", " 's"))


def _is_description(words: list[str]) -> bool:
    """A mention that describes rather than names: it ends in a lower-case word (``a NATO spokesman``)."""
    return bool(words) and not NAME_PART.match(words[-1])


def _short_form_index(full_names: Sequence[str]) -> dict[str, str]:
    """First and last words of multi-word names → the longest such name (``Nikkei`` → ``Nikkei Asia``)."""
    index: dict[str, str] = {}
    # Longest first; among names of one length, the first mentioned (dict keeps order, sorted is stable).
    for name in sorted(dict.fromkeys(name for name in full_names if " " in name), key=len, reverse=True):
        for word in {name.split()[0], name.split()[-1]}:
            if names.is_short_form(word, name):
                index.setdefault(word, name)
    return index


def _recent(people: dict[str, _Person]) -> list[_Person]:
    """The most recently mentioned people first (``people`` is kept in order of recency)."""
    return list(itertools.islice(reversed(people.values()), RECENT_PEOPLE))


def _resolve_one(
    mention: Mention,
    people: dict[str, _Person],
    roles: dict[str, tuple[str, str]],
    long_names: dict[str, str],
    upcoming: Sequence[NamedPerson] = (),
) -> ResolvedSpeaker:
    words = _mention_words(mention.text)
    lowered = mention.text.lower()
    if lowered in PRONOUN_GENDER:
        return _resolve_pronoun(mention, people)
    if SHARE.fullmatch(lowered):
        return ResolvedSpeaker(mention.text, None, mention)  # "one in five": the share is the name
    if any(word in LOCATIVES for word in words[1:]):
        # "polls in New Hampshire", "the government in Beijing": a description whose place only modifies it.
        return ResolvedSpeaker(_join(_strip_leading_determiner(words)), None, mention)
    described = [word for word in words if word.lower() not in DETERMINERS]
    if _is_description(words) and described:
        if words[0].lower() in INDEFINITES:
            return ResolvedSpeaker(_join(_strip_leading_determiner(words)), None, mention)  # someone new
        named = _named_in_role(words, described, people, upcoming)
        if named is not None:
            return ResolvedSpeaker(named.name, named.role, mention)
        head = " ".join(described).lower()
        for lowered_role, (known_role, known_name) in roles.items():
            if head.endswith(lowered_role) or lowered_role.endswith(_strip_possessor(described).lower()):
                return ResolvedSpeaker(known_name, known_role, mention)
        # "the spokesman" after "a NATO spokesman": the described speaker with the same head.
        for person in _recent(people):
            if person.name.split()[-1].lower() == described[-1].lower() and not NAME_PART.match(person.name.split()[-1]):
                return ResolvedSpeaker(person.name, person.role, mention)
        return ResolvedSpeaker(_join(_strip_leading_determiner(words)), None, mention)
    if _names_organisation(organisation := _strip_leading_determiner(words)):
        return ResolvedSpeaker(_join(organisation), None, mention)
    role, name_words = split_title(words)
    name = _join(name_words) if name_words else _join(words)
    # A shorter form of a longer name: "Hayashi" → "Yoshimasa Hayashi", "the Nikkei" → "Nikkei Asia".
    if len(name_words) == 1:
        short = name_words[0]
        matching = [person for person in _recent(people) if " " in person.name and names.is_short_form(short, person.name)]
        # Two people of that surname (Anna and Bill Clinton): the article's first-mentioned full name.
        chosen = next((person for person in matching if person.name == long_names.get(short)), matching[0] if matching else None)
        if chosen is not None:
            return ResolvedSpeaker(chosen.name, role or chosen.role, mention)
        if short in long_names:
            return ResolvedSpeaker(long_names[short], role, mention)
    return ResolvedSpeaker(name, role, mention)


def _resolve_pronoun(mention: Mention, people: dict[str, _Person]) -> ResolvedSpeaker:
    """``he``/``she`` → the most recent person of a compatible gender (one person rather than a group, when
    there is one); ``they`` → the most recent speaker or person; ``I``/``we``/``you`` stay. A pronoun no one
    fits (``she`` after men only) stays unresolved rather than take the wrong person."""
    lowered = mention.text.lower()
    if lowered in FIRST_PERSON or not people:
        return ResolvedSpeaker(mention.text, None, mention)
    wanted = PRONOUN_GENDER[lowered]
    candidates = _recent(people)
    if lowered == "they" or wanted is None:
        chosen = candidates[0]
    else:
        compatible = [p for p in candidates if p.gender in (None, wanted)]
        if not compatible:
            return ResolvedSpeaker(mention.text, None, mention)
        chosen = next((p for p in compatible if _is_one_person(p.name)), compatible[0])
        chosen.gender = chosen.gender or wanted
    return ResolvedSpeaker(chosen.name, chosen.role, mention)


def _salient(
    mention: Mention, antecedent: Mention, people: dict[str, _Person], roles: dict[str, tuple[str, str]], long_names: dict[str, str]
) -> ResolvedSpeaker | None:
    """A subject pronoun (``he``, ``she``, ``they``) stands for the subject of the sentence before it, the most
    salient referent, rather than a person named later in that sentence's object or clauses, when the two
    agree: ``A senior official briefed reporters. She said …`` → the official. The subject must be a person
    for ``he``/``she`` (a description headed by a person noun, ``one fan``, ``a senior official``, or a name
    of known gender that agrees) and a plural description of people for ``they`` (``Officials … They said``)."""
    pronoun = mention.text.lower()
    words = _mention_words(antecedent.text)
    if not words or antecedent.text.lower() in PRONOUN_GENDER:
        return None
    wanted = PRONOUN_GENDER.get(pronoun)
    resolved = _resolve_one(antecedent, people, roles, long_names)
    # "Officials", capitalised only because it opens the sentence, describes as "officials" does.
    if _is_description(words) or len(words) == 1 and words[0].lower() in person_nouns():
        head = words[-1].lower()
        plural = head.endswith("s") and not head.endswith("ss") or head == "people"
        if head not in person_nouns() or plural != (pronoun == "they"):
            return None
        if wanted is not None and gender_of(words) not in (None, wanted):
            return None
    else:
        person = people.get(resolved.name)
        gender = (person.gender if person else None) or gender_of(words)
        if pronoun == "they" or gender is None or gender != wanted:
            return None  # a name of unknown gender may be an organisation or a group: recency decides
    return ResolvedSpeaker(resolved.name, resolved.role, mention)


def _named_in_role(
    words: list[str], described: list[str], people: dict[str, _Person], upcoming: Sequence[NamedPerson]
) -> _Person | NamedPerson | None:
    """``the lawyer``, ``her attorney``, ``the prosecutor``: a definite description headed by a role noun is the
    person the article names in that role, the most recent one before it, else the first one after it
    (``the country's foreign minister`` named later). An indefinite one (``a spokesman``) introduces someone
    new, and a plural one (``defence lawyers``) a group: neither is a named person."""
    head = role_head(described)
    if head is None:
        return None
    for person in _recent(people):
        if head in person.heads:
            return person
    return next((person for person in upcoming if person.role == head), None)


def _is_one_person(name: str) -> bool:
    """Whether ``he``/``she`` can stand for a speaker: a capitalised name that is not one plural word
    (``Republicans``) or a description headed by a title (``NATO spokesman``), not ``remarks`` or ``former foes``."""
    words = name.split()
    if not words:
        return False
    if not NAME_PART.match(words[-1]):
        return words[-1].lower().rstrip(".") in title_words()
    return len(words) > 1 or not words[0].endswith("s")


def _strip_possessor(words: list[str]) -> str:
    """``country ’s foreign minister`` → ``foreign minister``."""
    for index in range(len(words) - 1, -1, -1):
        if words[index] in ("’s", "'s"):
            return " ".join(words[index + 1 :])
    return " ".join(words)


def _names_organisation(words: list[str]) -> bool:
    """A capitalised name ending in an organisation's head word (``Local Government Association``, ``Labour
    Party``) or opening with one before ``of`` (``Department of Health``, ``Bank of England``): an organisation's
    whole name, though its first words are also title words (``Local``, ``Labour``, ``Health``)."""
    if len(words) < 2 or not all(NAME_PART.match(word) or word in ORGANISATION_CONNECTIVES for word in words):
        return False
    heads = names.organisation_heads()
    return words[-1] in heads or words[0] in heads and words[1] in ("of", "for")


def _strip_leading_determiner(words: list[str]) -> list[str]:
    return words[1:] if words and words[0].lower() in DETERMINERS else words


def known_names(document: Document) -> list[str]:
    """Capitalised multi-word names of the body with their offsets (a stand-in for the entities analysis)."""
    text = document.text
    found = []
    pattern = re.compile(r"\b(?:[A-Z][a-z]+(?:[ -](?:[A-Z][a-z]+))+)")
    leading = title_words() | OPENERS | STOP_WORDS | TIME_WORDS  # joined once, not at every name
    for match in pattern.finditer(text, document.body_start):
        words = match.group().split()
        while words and (words[0].lower() in leading or words[0].lower() in cue_lexicon()):
            words = words[1:]
        if len(words) >= 2:
            found.append(" ".join(words))
    return found


NUMBER_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                          "twelve", "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million"})  # fmt: skip
NUMBER = re.compile(r"[\d.,%$]+(?:s|th|st|nd|rd)?")
SHARE = re.compile(r"[\w,]+ (?:in|out of) [\w,]+")


def is_number(word: str) -> bool:
    """A cardinal in figures or words (``10``, ``21,000``, ``five``)."""
    return word.lower() in NUMBER_WORDS or bool(NUMBER.fullmatch(word))


LOCATIVES = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout"})


@cache
def _mute_nouns() -> frozenset[str]:
    return frozenset(read_list("mute_nouns.txt"))


@cache
def place_names() -> frozenset[str]:
    return frozenset(line.split("\t")[0].strip() for line in read_list("places.tsv"))


def can_speak(text: str, mention: Mention) -> bool:
    """Whether a speaker mention names someone who can speak: a person, an organisation or a group (named or
    described), or a pronoun. Never a time expression (``Monday``, ``last week``, ``the past``), a number
    (``Two``, ``21,000``), a title alone (``Mr.``), a place named only as a location (``in Las Vegas``), a
    possessive without its noun (``Editor’s``), a function word, or a noun phrase headed by a noun that cannot
    speak (``emotional speech``, ``FBI sketch``)."""
    if mention.text.lower() in PRONOUN_GENDER:
        return True
    words = [w for w in _mention_words(mention.text) if w.lower() not in DETERMINERS]
    if not words:
        return False
    lowered = [w.lower().rstrip(".") for w in words]
    if words[-1] in ("’s", "'s") or len(words) == 1 and lowered[0] in STOP_WORDS | {"of"}:
        return False
    if SHARE.fullmatch(" ".join(lowered)):
        return True  # "one in five", "nine out of 10": a share of a group (of voters, of respondents)
    if all(w in TIME_WORDS | MONTHS | NUMBER_WORDS | {"past", "ago"} or NUMBER.fullmatch(w) for w in lowered):
        return False
    if words[-1] == lowered[-1] and lowered[-1] in _mute_nouns():
        return False
    if all(w in names.honorifics() for w in lowered):
        return False
    if " ".join(words) in place_names():
        before = text[max(0, mention.start - 12) : mention.start].split()
        return not (before and before[-1].lower() in LOCATIVES)
    return True
