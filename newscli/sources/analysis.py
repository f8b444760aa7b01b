"""Sources of one article, from its quotes and entities (each computed once, by the caller or here)."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from ..document import Document
from ..entities import Entities, Entity
from ..quotes import Quotes
from ..quotes.frames.subjects import HEAD_WORDS
from ..quotes.lexicon import STOP_WORDS, TIME_NOUNS, cue_lexicon
from . import gender, subjects
from .attributions import find_attributions
from .lexicons import DOCUMENT_HEADS, OTHER_CATEGORY, anonymous_heads, anonymous_qualifiers, category_names, role_categories
from .model import GENDERS, NAMED_KINDS, Source, Sources, SourceSummary
from .subjects import UNRESOLVED_PRONOUNS

DEFINITE = frozenset({"the", "his", "her", "its", "their", "this", "that"})
INDEFINITE = frozenset({"a", "an", "one", "two", "three", "four", "several", "some", "other", "another"})
# Heads of descriptions that stand for an organisation ("the company", "his campaign"); other singular heads
# with a definite determiner stand for a person ("the senator", "the gambling tycoon").
ORGANISATION_HEADS = frozenset({"company", "campaign", "administration", "department", "government", "agency", "firm",
                                "party", "committee", "organisation", "organization", "network", "newspaper", "paper",
                                "union", "bank", "ministry", "court", "foundation", "association", "council", "board",
                                "team", "commission", "office", "institute", "university", "group", "magazine"})  # fmt: skip
CATENATIVES = frozenset({"continue", "continues", "continued", "seek", "seeks", "sought", "seeking"})
GROUP_TYPES = frozenset({"NORP"})
ORGANISATION_TYPES = frozenset({"ORG", "GPE", "LOC"})
# How far after a described speaker's mention a qualifier ("… familiar with the talks") is looked for.
QUALIFIER_WINDOW = 80
WORD = re.compile(r"[\w.'’-]+")
POSSESSIVE = re.compile(r"['’]s?$")
WORD_THEN_SPACE = re.compile(r"\w+\s+")
PRONOUN_SUBJECT = re.compile(r",?\s+(?:that\s+)?(he|she)\b")


@dataclass(frozen=True)
class _Said:
    """One quote of a source: where its speaker mention is, and what it weighs."""

    start: int
    mention: str
    words: int
    paragraph: int
    reported_pronoun: str | None = None  # "she" of "Reyes said she …": the reported clause's subject is the speaker
    attributed: bool = False  # a belief or finding attributed to the source ("Reyes believes …"), not a quote


@dataclass
class _Draft:
    name: str
    role: str | None
    kind: str = "person"
    said: list[_Said] = field(default_factory=list)
    described: bool = False  # a description by its subject's head, although capitalised ("Officials at …")
    entity: Entity | None = None  # the entity naming this source, when there is one

    @property
    def words(self) -> int:
        return sum(said.words for said in self.said)

    @property
    def quotes(self) -> list[_Said]:
        return [said for said in self.said if not said.attributed]

    @property
    def mention_texts(self) -> list[str]:
        return [said.mention for said in self.said]

    @property
    def starts(self) -> list[int]:
        return [said.start for said in self.said]


def analyse_sources(document: Document, quotes, entities) -> Sources:
    """The sources of ``document``: ``quotes`` and ``entities`` are its ``extract_quotes`` and
    ``extract_entities`` results (see ``sources_of`` for computing them here)."""
    drafts = _quoted(document, quotes, entities)
    _add_attributions(drafts, document, quotes, entities)
    named = {alias: entity for entity in reversed(entities.entities) for alias in (*entity.aliases, entity.name)}
    for draft in drafts.values():
        _classify(document.text, draft, entities, named)
    drafts = _by_name(drafts.values())
    drafts = _fold_definite_descriptions(drafts, entities)
    drafts = _merge_short_forms(drafts)
    shared = _shared_surnames(drafts.values(), entities)
    for draft in drafts.values():
        _drop_disagreeing_pronouns(document.text, draft, shared)
    drafts = {name: draft for name, draft in drafts.items() if draft.said}
    quoted_entities = {id(draft.entity) for draft in drafts.values() if draft.entity is not None}
    for entity in entities.entities:
        if entity.type in ("PERSON", "ORG") and id(entity) not in quoted_entities and entity.name not in drafts:
            kind = "person" if entity.type == "PERSON" else "organisation"
            drafts[entity.name] = _Draft(entity.name, entity.role, kind=kind, entity=entity)
    total = sum(draft.words for draft in drafts.values())
    sources = [_source(document.text, draft, total, shared) for draft in drafts.values()]
    sources.sort(key=lambda source: (-source.words, -source.quotes, -source.attributions, -source.mentions))
    return Sources(tuple(sources), summarise([sources]))


def sources_of(document: Document) -> Sources:
    """Entities, then quotes with them, then sources: each analysis once."""
    from ..entities import extract_entities
    from ..quotes import extract_quotes

    entities = extract_entities(document)
    return analyse_sources(document, extract_quotes(document, entities=entities), entities)


def _reported_pronoun(text: str, end: int, cue: str | None) -> str | None:
    """The subject pronoun of the clause a named speaker reports (``Reyes said (that) she …``): it can only
    stand for the speaker, as a reported clause's subject after ``<name> <cue>`` does."""
    if not cue:
        return None
    after = text[end : end + len(cue) + 60]
    position = len(after) - len(after.lstrip())
    if not after.startswith(cue, position):  # one word may stand between: "Reyes also said she"
        skipped = WORD_THEN_SPACE.match(after, position)
        position = skipped.end() if skipped else position
        if not after.startswith(cue, position):
            return None
    found = PRONOUN_SUBJECT.match(after, position + len(cue))
    return found[1] if found else None


def _quoted(document: Document, quotes: Quotes, entities: Entities) -> dict[str, _Draft]:
    text = document.text
    people = subjects.People(entities)
    drafts: dict[str, _Draft] = {}
    for quote in quotes.quotes:
        speaker = quote.speaker
        if speaker is None or speaker.name.lower() in UNRESOLVED_PRONOUNS or not re.search(r"[A-Za-z]", speaker.name):
            continue
        if _catenative(text, quote):
            continue
        naming = subjects.source_of_speaker(document, entities, people, speaker, quote.cue)
        if not subjects.names_a_holder(document, entities, naming):
            continue
        draft = drafts.setdefault(naming.name, _Draft(naming.name, naming.role, described=naming.described))
        draft.role = draft.role or naming.role
        pronoun = None if speaker.mention.lower() in UNRESOLVED_PRONOUNS else _reported_pronoun(text, speaker.end, quote.cue)
        draft.said.append(_Said(naming.start, naming.mention, quote.words, quote.paragraph, pronoun))
        if naming.described or naming.name != speaker.name:
            continue
        for start, person in subjects.coordinated_people(text, people, speaker):
            other = drafts.setdefault(person.name, _Draft(person.name, person.role))
            other.said.append(_Said(start, text[start : start + len(person.name)], quote.words, quote.paragraph))
    return drafts


def _catenative(text: str, quote) -> bool:
    """``Trump continues to dominate the field``, ``Rubio sought to stoke positive energy``: an aspectual or
    conative verb before a to-infinitive reports a phase of an action or an attempt, not words (Quirk et al.
    1985 on catenative verbs); the quotes analysis reads ``continued`` and ``seek`` as cues for what follows."""
    words = (quote.cue or "").lower().split()
    if not words or words[0] not in CATENATIVES:
        return False
    return "to" in words[1:2] or text[quote.start : quote.start + 3].lower() == "to "


def _add_attributions(drafts: dict[str, _Draft], document: Document, quotes: Quotes, entities: Entities) -> None:
    """The holders of beliefs and findings the article attributes without quoting (see ``attributions``)."""
    people = subjects.People(entities)
    for found in find_attributions(document, quotes, entities):
        naming = subjects.source_of_speaker(document, entities, people, found.speaker)
        if not subjects.names_a_holder(document, entities, naming):
            continue
        draft = drafts.setdefault(naming.name, _Draft(naming.name, naming.role, described=naming.described))
        draft.role = draft.role or naming.role
        draft.said.append(_Said(naming.start, naming.mention, 0, found.paragraph, attributed=True))


def _drop_disagreeing_pronouns(text: str, draft: _Draft, shared_surnames: frozenset[str]) -> None:
    """Quotes whose pronoun cannot stand for the source (``they`` for one person, ``he`` for a woman named
    ``Mrs.`` or ``Hillary``, ``she`` for an organisation) are not counted as its words: the pronoun was
    resolved to the wrong antecedent."""
    said_pronouns = [said for said in draft.said if said.mention.lower() in UNRESOLVED_PRONOUNS]
    if not said_pronouns:
        return
    evidence, _ = _gender(text, draft, shared_surnames, with_pronouns=False) if draft.kind == "person" else (None, None)
    kept = []
    for said in draft.said:
        pronoun = said.mention.lower()
        if pronoun in UNRESOLVED_PRONOUNS:
            singular = gender.PRONOUN_GENDERS.get(pronoun)
            if draft.kind == "person" and (singular is None or evidence not in (None, gender.UNKNOWN, singular)):
                continue
            if draft.kind != "person" and singular is not None:
                continue
        kept.append(said)
    draft.said = kept


def _classify(text: str, draft: _Draft, entities: Entities, named: dict[str, Entity]) -> None:
    """The kind of a quoted source, and the entity that names it (if any)."""
    words = WORD.findall(draft.name)
    person, parts = named.get(draft.name), draft.name.split()
    if person is not None and person.type == "PERSON" and len(parts) > 1 and parts[0].istitle() and parts[-1].islower():
        # "Clinton unqualified" read whole from a headline: a person's name ends with a capitalised word
        while parts[-1].islower():
            parts.pop()
        draft.name = " ".join(parts)
        words = WORD.findall(draft.name)
    owner = _institution_owner(draft.name, named)
    if owner is not None:
        draft.name, words = owner, WORD.findall(owner)
    named_part = _before_reporting_verb(draft.name, named)
    if named_part is not None:
        draft.name, words = named_part, WORD.findall(named_part)
    # "Many Republicans", "Some Democrats": a quantifier before a name describes part of a group, whatever
    # the entities analysis made of the capitalised phrase
    quantified = len(words) > 1 and words[0].lower() in HEAD_WORDS
    # "Sources said", "Officials said": an informant noun capitalised only because it opens the sentence
    informant = len(words) == 1 and words[0].lower() in anonymous_heads() and words[0] not in named
    if draft.described or quantified or informant or (words and words[-1][0].islower()):
        described = _anonymous_description(text, draft)
        if described is not None:
            draft.name, draft.kind = described, "anonymous"
            return
        draft.kind = _described_kind(text, draft)
        return
    entity = named.get(draft.name)
    if len(words) == 1 and (entity is None or entity.type != "PERSON"):
        # "Trump" said by the article's "Donald Trump": the person, even where the entities analysis typed a
        # lone mention as an organisation.
        entity = next((e for e in entities.entities if e.type == "PERSON" and e.name.split()[-1] == words[0]), entity)
    if entity is None:
        for start, mention in zip(draft.starts, draft.mention_texts, strict=True):
            found = entities.entity_at(start, start + len(mention))
            if found is not None and found.type == "PERSON":
                entity = found
                break
    if entity is not None and entity.type != "PERSON" and gender.first_name(draft.name) in gender.first_name_genders():
        entity = None  # "Michael R. Bloomberg" is a person, whatever "Bloomberg" names elsewhere in the article
    draft.entity = entity
    entity_type = entity.type if entity is not None else None
    if entity_type == "PERSON":
        draft.kind = "person"
    elif entity_type in GROUP_TYPES or (entity_type is None and len(words) == 1 and words[0].endswith("s")):
        draft.kind = "group"
    elif entity_type in ORGANISATION_TYPES:
        draft.kind = "organisation"
    else:
        draft.kind = "person" if gender.first_name(draft.name) in gender.first_name_genders() else "organisation"


def _before_reporting_verb(name: str, named: dict[str, Entity]) -> str | None:
    """``Glenn Beck Says Trump``, ``Hillary Clinton Accused``: in a title-case headline the entities analysis
    may read the verb and its object into the name; a reporting verb's finite form (``-s``, ``-ed``) is no
    part of a person's name, so the person is the words before it, when they are a name (they begin with a
    first name, or the article names that person: ``Clinton`` of ``Hillary Clinton``)."""
    parts = name.split()
    for position, word in enumerate(parts[1:], start=1):
        lowered = word.lower()
        if word[:1].isupper() and lowered in cue_lexicon() and lowered.endswith(("s", "ed")):
            before = " ".join(parts[:position])
            people = [entity.name for entity in named.values() if entity.type == "PERSON"]
            known = any(name == before or name.endswith(f" {before}") for name in people)
            return before if known or gender.first_name(before) in gender.first_name_genders() else None
    return None


def _institution_owner(name: str, named: dict[str, Entity]) -> str | None:
    """``Obama White House``, ``Clinton Campaign``: a person's name used attributively before an institution
    (a noun modifier, Quirk et al. 1985 §17.108) is read whole as a person by the entities analysis; no personal
    name ends in an institution's head, so the person is the name before it, when it is one (a first name opens
    it, or the article names that person alone)."""
    person = named.get(name)
    parts = name.split()
    if person is None or person.type != "PERSON" or len(parts) < 2:
        return None
    cut = len(parts) - 2 if parts[-2:] == ["White", "House"] else len(parts) - 1
    if cut < 1 or not (parts[-1] == "House" or parts[-1].lower() in ORGANISATION_HEADS and parts[-1].istitle()):
        return None
    before = " ".join(parts[:cut])
    people = [entity.name for entity in named.values() if entity.type == "PERSON" and entity is not person]
    known = before in person.aliases or any(other == before or other.endswith(f" {before}") for other in people)
    return before if known or gender.first_name(before) in gender.first_name_genders() else None


def _anonymous_description(text: str, draft: _Draft) -> str | None:
    """The unnamed informant a speaker mention belongs to: in ``a source familiar with the talks said`` the
    mention may be ``the talks`` (the qualifier's object) or ``senior official familiar``; the source is the
    description before the qualifier (``source``, ``senior official``)."""
    for start, mention in zip(draft.starts, draft.mention_texts, strict=True):
        offset = max(0, start - QUALIFIER_WINDOW)
        window = text[offset : start + len(mention) + QUALIFIER_WINDOW]
        lowered = window.lower()
        if not any(qualifier in lowered for qualifier in _phrase_qualifiers()):
            continue
        for found in _anonymous_pattern().finditer(window):
            before_mention_end = found.start(1) + offset < start + len(mention)
            reaches_mention = found.end() + offset > start
            if before_mention_end and reaches_mention:
                words = found[1].lower().split()
                cut = max((i + 1 for i, word in enumerate(words[:-1]) if word in STOP_WORDS | {"according"}), default=0)
                words = words[cut:]
                while len(words) > 1 and words[0] in INDEFINITE | DEFINITE:
                    words = words[1:]
                return " ".join(words)
    return None


@cache
def _phrase_qualifiers() -> tuple[str, ...]:
    """The qualifiers that follow an informant's description (``familiar with``, ``close to``)."""
    return tuple(q for q in anonymous_qualifiers() if len(q.split()) > 1 and not q.startswith("a "))


@cache
def _anonymous_pattern() -> re.Pattern:
    heads = "|".join(sorted(anonymous_heads(), key=len, reverse=True))
    qualifiers = "|".join(re.escape(q) for q in _phrase_qualifiers())
    return re.compile(
        rf"\b((?:[a-z-]+\s+){{0,2}}?(?:{heads}))\s+(?:{qualifiers})\b[^.,;:“”\"]*",
        re.IGNORECASE,
    )


def _described_kind(text: str, draft: _Draft) -> str:
    """``anonymous`` for an unnamed informant (``a senior official``, ``people familiar with the talks``,
    ``sources``), else ``group`` (``officials``, ``residents``, ``the company``)."""
    head = POSSESSIVE.sub("", subjects.head_word(draft.name).lower())
    if head not in anonymous_heads():
        return "group"
    if head in ("source", "sources"):
        return "anonymous"
    word_qualifiers = {qualifier for qualifier in anonymous_qualifiers() if " " not in qualifier}
    for start, mention in zip(draft.starts, draft.mention_texts, strict=True):
        words = mention.lower().split()
        if words and words[0] in INDEFINITE or word_qualifiers & set(words):
            return "anonymous"
        after = text[start + len(mention) : start + len(mention) + QUALIFIER_WINDOW].split(".")[0].lower()
        if any(after.lstrip(", ").startswith(phrase) for phrase in _phrase_qualifiers()):
            return "anonymous"
    return "group"


def _by_name(drafts: Iterable[_Draft]) -> dict[str, _Draft]:
    """Drafts keyed by their (possibly renamed) names; two of one name become one."""
    named: dict[str, _Draft] = {}
    for draft in drafts:
        if draft.name in named:
            named[draft.name].said += draft.said
        else:
            named[draft.name] = draft
    return named


def _fold_definite_descriptions(drafts: dict[str, _Draft], entities: Entities) -> dict[str, _Draft]:
    """A singular description with a definite or possessive determiner (``the senator``, ``the company``)
    refers back: its quotes go to the person (or organisation) the article named last before it."""
    people = sorted((m.start, e) for e in entities.entities if e.type == "PERSON" for m in e.mentions)
    organisations = sorted((m.start, e) for e in entities.entities if e.type == "ORG" for m in e.mentions)
    by_entity = {id(draft.entity): draft for draft in drafts.values() if draft.entity is not None}
    folded: dict[str, _Draft] = {}
    for name, draft in drafts.items():
        words = WORD.findall(name)
        kept = []
        for said in draft.said:
            first = said.mention.split()[0].lower() if said.mention.split() else ""
            # a time adverb after the head is no part of it: "the party today" refers back to a party
            head = next((word.lower() for word in reversed(words) if word.lower() not in TIME_NOUNS), "")
            if draft.kind == "group" and first in DEFINITE and _refers_back(head) and name.islower():
                candidates = organisations if head in ORGANISATION_HEADS else people
                antecedent = _last_before(candidates, said.start)
                if antecedent is not None:
                    target = by_entity.get(id(antecedent)) or drafts.get(antecedent.name) or folded.get(antecedent.name)
                    if target is None:
                        kind = "person" if antecedent.type == "PERSON" else "organisation"
                        target = _Draft(antecedent.name, antecedent.role, kind=kind, entity=antecedent)
                        by_entity[id(antecedent)] = target
                    target.said.append(said)
                    folded.setdefault(target.name, target)
                    continue
            kept.append(said)
        draft.said = kept
        if kept:
            folded.setdefault(name, draft)
    return {name: draft for name, draft in folded.items() if draft.said}


def _refers_back(head: str) -> bool:
    """Whether a singular definite description's head can stand for someone named before (``the senator``,
    ``the company``); a document (``the report``, ``the statement``) is its own source."""
    return not head.endswith("s") and head not in DOCUMENT_HEADS


def _last_before(mentions: list[tuple[int, Entity]], offset: int) -> Entity | None:
    position = bisect.bisect_left(mentions, offset, key=lambda item: item[0])
    return mentions[position - 1][1] if position else None


def _merge_short_forms(drafts: dict[str, _Draft]) -> dict[str, _Draft]:
    """A shorter name (``Adelson``, ``Van Gaal``) joins the quoted person whose full name ends with it
    (``Sheldon Adelson``, ``Louis van Gaal``), when exactly one does."""
    people = [name for name, draft in drafts.items() if draft.kind == "person" and " " in name]
    merged: dict[str, _Draft] = {}
    for name, draft in drafts.items():
        if draft.kind != "person" and " " in name:
            merged.setdefault(name, draft)
            continue
        ending = f" {name.casefold()}"
        targets = [full for full in people if full != name and full.casefold().endswith(ending)]
        if len(targets) != 1:
            merged.setdefault(name, draft)
            continue
        into = drafts[targets[0]]
        into.said += draft.said
        into.role = into.role or draft.role
        merged.setdefault(targets[0], into)
    return merged


def category_of(role: str | None, name: str, kind: str) -> str:
    """The role category: the first category with a phrase in the role, else in a described or organisation name."""
    texts = [role] if role else []
    if kind != "person":
        texts.append(name)
    for candidate in texts:
        lowered = " ".join(WORD.findall(candidate.lower()))
        for category, pattern in _category_patterns():
            if pattern.search(lowered):
                return category
    return OTHER_CATEGORY


@cache
def _category_patterns() -> tuple[tuple[str, re.Pattern], ...]:
    return tuple(
        (category, re.compile(r"(?<![\w.-])(?:" + "|".join(re.escape(phrase) for phrase in phrases) + r")(?![\w-])"))
        for category, phrases in role_categories()
    )


def _gender(text: str, draft: _Draft, shared_surnames: frozenset[str], *, with_pronouns: bool = True) -> tuple[str, str | None]:
    """The person's gender from their own mentions; where two people of the article share the surname
    (Duncan and Hollie Bannatyne), only mentions that give the first name count for honorifics."""
    entity = draft.entity
    mentions = [(mention.start, mention.text) for mention in entity.mentions] if entity is not None else []
    mentions += [(said.start, said.mention) for said in draft.said]
    words = draft.name.split()
    if len(words) > 1 and words[-1] in shared_surnames:
        mentions = [(start, mention) for start, mention in mentions if words[0] in mention]
    honorifics = [word for _, mention in mentions for word in WORD.findall(mention)]
    honorifics += [found for start, _ in mentions if (found := gender.honorific_before(text, start))]
    role_words = WORD.findall(draft.role or "") + WORD.findall(entity.role or "" if entity is not None else "")
    pronouns = [said.mention for said in draft.said if said.mention.lower() in gender.PRONOUN_GENDERS]
    pronouns += [said.reported_pronoun for said in draft.said if said.reported_pronoun]
    if not with_pronouns:
        pronouns = []
    return gender.decide(name=draft.name, honorifics=honorifics, pronouns=pronouns, role_words=role_words)


def _shared_surnames(drafts: Iterable[_Draft], entities: Entities) -> frozenset[str]:
    """Surnames that two differently named people of the article share."""
    names = {entity.name for entity in entities.entities if entity.type == "PERSON"}
    names |= {draft.name for draft in drafts if draft.kind == "person"}
    surnames = Counter(name.split()[-1] for name in names if len(name.split()) > 1)
    return frozenset(surname for surname, count in surnames.items() if count > 1)


def _source(text: str, draft: _Draft, total_words: int, shared_surnames: frozenset[str]) -> Source:
    entity = draft.entity
    mentions = max(len(entity.mentions) if entity is not None else 0, len(set(draft.starts)))
    found_gender, basis = _gender(text, draft, shared_surnames) if draft.kind == "person" else (None, None)
    role = draft.role or (entity.role if entity is not None else None)
    words = draft.words
    quoted = draft.quotes
    return Source(
        name=draft.name,
        kind=draft.kind,
        role=role,
        category=category_of(role, draft.name, draft.kind),
        gender=found_gender,
        gender_basis=basis,
        quotes=len(quoted),
        words=words,
        share=words / total_words if total_words else 0.0,
        first_paragraph=min((said.paragraph for said in quoted), default=None),
        mentions=mentions,
        attributions=len(draft.said) - len(quoted),
    )


def summarise(articles: list[list[Source]]) -> SourceSummary:
    """The sourcing figures over the sources of one or more articles."""
    words_by_gender = dict.fromkeys(GENDERS, 0)
    words_by_category = dict.fromkeys(category_names(), 0)
    mentioned: Counter[str] = Counter(dict.fromkeys(GENDERS, 0))
    quoted_people: Counter[str] = Counter(dict.fromkeys(GENDERS, 0))
    quoted = named = anonymous = words = single = attributed = 0
    for sources in articles:
        speaking = [source for source in sources if source.quoted]
        single += len(speaking) == 1
        for source in sources:
            if source.kind == "person" and source.gender:
                mentioned[source.gender] += 1
            attributed += source.attributed
            if not source.quoted:
                continue
            quoted += 1
            named += source.kind in NAMED_KINDS
            anonymous += source.kind == "anonymous"
            words += source.words
            words_by_category[source.category] += source.words
            if source.kind == "person" and source.gender:
                words_by_gender[source.gender] += source.words
                quoted_people[source.gender] += 1
    return SourceSummary(
        articles=len(articles),
        quoted_sources=quoted,
        named_sources=named,
        anonymous_sources=anonymous,
        quoted_words=words,
        words_by_gender=words_by_gender,
        words_by_category=words_by_category,
        people_mentioned_by_gender=dict(mentioned),
        people_quoted_by_gender=dict(quoted_people),
        single_source_articles=single,
        attributed_sources=attributed,
    )
