"""Which source a quote's speaker mention stands for: the head of the subject phrase it belongs to (in
character offsets; the grammar is the quotes frames' ``subjects`` module), the person a description is in
apposition to, and the head of a described source's name."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..document import Document
from ..entities import Entities, Entity
from ..quotes import Speaker
from ..quotes.frames.subjects import (
    APPROXIMATORS,
    HEAD_TAGS,
    HEAD_WORDS,
    NOMINAL_TAGS,
    POSTMODIFIER_PREPOSITIONS,
    QUALIFIER_WORDS,
    SUBJECT_OPENERS,
    head_before,
    head_within,
    is_described,
)
from ..quotes.frames.text import sentence_tags
from ..quotes.lexicon import DETERMINERS, STOP_WORDS, TIME_NOUNS
from ..quotes.speakers import is_number, split_title
from .holders import HOLDER_WORDS
from .lexicons import DOCUMENT_HEADS

# Speakers that the quotes analysis could not resolve past a pronoun or a relative word: no source.
UNRESOLVED_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "it", "they", "him", "her", "them", "his", "its",
                                 "their", "who", "which", "that", "this", "these", "those", "one", "me", "us"})  # fmt: skip
WORD = re.compile(r"[\w.'’-]+")
MAX_CONJUNCT_TOKENS = 6
# Separators of a list of names; titles before a name ("Sen.", "Gov."), and how a subject's clause opens.
CONJUNCT_BEFORE = re.compile(r"(?:,\s+|,?\s+and\s+)$")
CONJUNCT_AFTER = re.compile(r",?\s+and\s+|,\s+")
TITLES_BEFORE = re.compile(r"(?:\b[A-Z][a-z]{1,4}\.\s+)+$")
TITLES_AFTER = re.compile(r"(?:[A-Z][a-z]{1,4}\.\s+)*")
CLAUSE_OPENING = re.compile(r"(?:^|[.,;:—(\n]|\b(?:that|and|but|while|as|when|because)|[“\"])\s*$")
VERB_AFTER = re.compile(r"\s+(?:both\s+|all\s+|also\s+)?[a-z]+\b(?!['’])")


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
    postmodifier of a head before it (``some of his admirers``, ``David French of the National Retail
    Federation``); None when the mention is its own head."""
    index = document.sentence_at(start)
    if index is None:
        return None
    tokens = document.sentences[index].tokens
    first = next((i for i, token in enumerate(tokens) if token.start >= start), None)
    last = next((i for i in range(len(tokens) - 1, -1, -1) if tokens[i].end <= end), None)
    if first is None or last is None or last < first:
        return None
    first = _first_conjunct(document, index, first)
    if first >= 2 and document.lowered_token_texts[index][first - 1] in APPROXIMATORS and is_number(tokens[first].text):
        first -= 1  # "The employee of nearly four years said": the approximator opens the postmodifier's object
    head = (
        head_before(document, index, first) or head_within(document, index, first, last) or _head_before_participle(document, index, first)
    )
    if head is None:
        return None
    return Subject(tokens[head[0]].start, end, tokens[head[0]].start, tokens[head[1]].end, is_described(document, index, head[1]))


def _first_conjunct(document: Document, index: int, first: int) -> int:
    """``People close to both Clinton's camp and the White House``: a mention that is the second conjunct of a
    postmodifier's object stands where the first conjunct starts (the coordination is one object)."""
    words = document.lowered_token_texts[index]
    conjunction = first - 2 if first >= 2 and words[first - 1] in DETERMINERS else first - 1
    if conjunction < 2 or words[conjunction] not in ("and", "or"):
        return first
    tags = sentence_tags(document, index)
    start = conjunction
    while start > 0 and conjunction - start < MAX_CONJUNCT_TOKENS and (tags[start - 1] in NOMINAL_TAGS or words[start - 1] in ("'s", "’s")):
        start -= 1
    if start > 1 and words[start - 1] in ("both", "either"):
        start -= 1  # the correlative opens the coordination
    if start == conjunction or start == 0 or words[start - 1] not in POSTMODIFIER_PREPOSITIONS | {"to"}:
        return first
    return start


def _head_before_participle(document: Document, index: int, first: int) -> tuple[int, int] | None:
    """``a report released by the Brookings Institution estimated``, ``a memo seen by Reuters said``: a past
    participle and its preposition (a reduced relative clause) postmodify the head before them, which speaks;
    the head may itself be a postmodifier's object (``a copy of the memo seen by Reuters`` → ``a copy``). The
    speaker mention comes before the cue, so a participle tagged as a past tense is no main verb here."""
    words = document.lowered_token_texts[index]
    if first < 3 or words[first - 1] not in PARTICIPLE_PREPOSITIONS:
        return None
    tags = sentence_tags(document, index)
    end = first - 3 if tags[first - 2] == "RB" else first - 2  # "posted online on"
    if end < 1 or tags[end] not in ("VBN", "VBD"):
        return None
    end -= 1
    if tags[end] not in HEAD_TAGS:
        return None
    start = end
    while (
        start > 0 and end - start < MAX_PARTICIPLE_HEAD - 1 and tags[start - 1] in NOMINAL_TAGS and words[start - 1] not in SUBJECT_OPENERS
    ):
        start -= 1
    if start == 0 or words[start - 1] in SUBJECT_OPENERS:
        return (start, end)
    outer = head_before(document, index, start)
    return (outer[0], end) if outer is not None else None


MAX_PARTICIPLE_HEAD = 8  # "the 2013 FDIC inspector general's memo"
PARTICIPLE_PREPOSITIONS = frozenset({"by", "for", "on", "in", "at", "from", "with"})
# Words that describe and never name, even capitalised ("Some", "Others", "Anyone"): the holders' quantifiers and
# indefinite pronouns, and "one".
CLOSED_CLASS_WORDS = HOLDER_WORDS | {"one"}
APPOSITION_BEFORE = re.compile(r",\s*(?:\d{1,3},\s*)?(?:an?\s+|the\s+)?$")  # "Prince, (33,) (a) chief executive …"
# ", (Gen.) Joseph Dunford,", ", (syndicated radio host) Dennis Prager,": titles and role words before the name
APPOSITION_AFTER = re.compile(r",\s*(?:(?:[A-Z][a-z]{1,4}\.|[a-z]+)\s+){0,4}")
INDEFINITE_OPENER = re.compile(r"an?\s+", re.IGNORECASE)
INDEFINITE_APPOSITION = re.compile(r",\s*an?\s+$", re.IGNORECASE)
POSSESSIVE_AFTER = re.compile(r"['’]s?\s+(?=[a-z])")
POSSESSED_TAGS = frozenset({"JJ", "JJS", "JJR", "NN", "NNS"})  # "Trump's eldest daughter", "Clinton's lawyers"
APPOSITION_CLOSED = re.compile(r"\s*[,—–)]|\s+who\b")  # a relative clause runs on in the appositive
NOT_ROLE_WORDS = STOP_WORDS | {"including", "like", "such", "especially", "namely", "say", "said"}
CLAUSE_END = re.compile(r"\s*(?:[.,;]|$)")
NOT_NOUN_TAGS = frozenset({"JJ", "JJR", "JJS", "RB", "RBR", "RBS", "VBG", "VBN", "PRP", "PRP$"})
# Time nouns and their plurals: a speaker mention made of one is a time expression ("four years", "decades").
TIME_HEADS = TIME_NOUNS | {f"{noun}s" for noun in TIME_NOUNS} | {"hour", "hours", "decade", "decades", "century", "centuries"}
TIME_MODIFIERS = frozenset({"the", "a", "an", "past", "last", "next", "few", "several", "many", "two", "three", "four",
                            "five", "six", "seven", "eight", "nine", "ten", "nearly", "almost", "about", "over", "recent"})  # fmt: skip
FRACTIONS = frozenset({"third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths"})
TITLE_REACH = 60  # characters of titles between a speaker mention and the name it premodifies
PHRASE_BREAK = re.compile(r"[,;:()“”\"‘’—–]|\.\s+[a-z]|\b(?:said|says|told)\b")
NAME_THEN_COMMA = re.compile(r"(?:,?\s+(?:Jr|Sr|II|III|IV)\.?)?\s*[,(]")  # "Dunford Jr.,", "Hank Johnson (D-Ga.)"


def source_of_speaker(document: Document, entities: Entities, people: People, speaker: Speaker, cue: str | None = None) -> Naming:
    """The naming of the source a speaker mention stands for: the head of the subject phrase
    the mention belongs to (``some of his admirers``, ``David French`` of ``David French of the National Retail
    Federation``), the person named right before the cue when the mention holds only their titles (``Air Force
    1st Lt. Tyler Livingston said``), the quotes analysis' speaker when the mention is its own head or one name
    (``University of Michigan``)."""
    unchanged = Naming(speaker.name, speaker.role, speaker.start, speaker.mention, _closed_class(speaker.name))
    if speaker.mention.lower() in UNRESOLVED_PRONOUNS:
        return unchanged
    dated = _dated_description(speaker)
    if dated is not None:
        return dated
    possessed = _possessed_head(document, people, speaker, cue)
    if possessed is not None:
        return possessed
    titled = _person_before_cue(document, people, speaker, cue) or _name_cut_short(people, speaker)
    if titled is not None:
        return Naming(titled.name, speaker.mention, speaker.start, speaker.mention, False)
    if _closed_class(speaker.mention) and speaker.name != speaker.mention:
        # "some are saying" after "Republicans": a partitive names a part of a group, never the whole group
        return Naming(speaker.mention.lower(), None, speaker.start, speaker.mention, True)
    subject = subject_of(document, speaker.start, speaker.end)
    text = document.text
    if subject is None:
        alone = Subject(speaker.start, speaker.end, speaker.start, speaker.end, False)
        apposed = _indefinite_apposition(text, people, alone)
        if apposed is not None:
            return Naming(apposed.name, speaker.role or apposed.role, speaker.start, speaker.mention, False)
        return _named_in_mention(text, people, speaker) or unchanged
    whole = entities.entity_at(subject.head_end, subject.end)
    if whole is not None and any(m.start < subject.head_end and m.end >= subject.head_end for m in whole.mentions):
        return unchanged  # one name with a preposition in it: "the Communications Workers of America"
    person = _person_heading(document, people, subject) or _indefinite_apposition(text, people, subject)
    person = person or (_apposed_person(text, people, subject) if subject.described else None)
    if person is not None:
        return Naming(person.name, speaker.role or person.role, subject.head_start, text[subject.head_start : subject.head_end], False)
    head = text[subject.head_start : subject.head_end]
    words = WORD.findall(head)
    if not words:
        return unchanged
    if not subject.described:
        role, name = split_title(words)
        if not name:
            return unchanged
        return Naming(" ".join(name), speaker.role or role, subject.head_start, head, False)
    described = text[subject.head_start : subject.end].split()
    if described and described[0].lower() in ("a", "an", "the"):
        described = described[1:]
    return Naming(" ".join(described), speaker.role, subject.head_start, text[subject.head_start : subject.end], True)


def _dated_description(speaker: Speaker) -> Naming | None:
    """``according to the initial schedule published Thursday``: a day or time ending the mention is an
    adjunct of the participle before it, not the name the quotes analysis took it for; the description
    before the participle is the source (``initial schedule``)."""
    words = speaker.mention.split()
    if speaker.name.lower() not in TIME_HEADS or len(words) < 3:
        return None
    while words and words[-1].lower() in TIME_HEADS:
        words.pop()
    if words and words[-1].lower().endswith("ed"):
        words.pop()
    if words and words[0].lower() in DETERMINERS:
        words.pop(0)
    if not words or not words[-1].islower():
        return None
    return Naming(" ".join(words), None, speaker.start, speaker.mention, True)


def _person_before_cue(document: Document, people: People, speaker: Speaker, cue: str | None) -> Entity | None:
    """The person whose name follows the speaker mention in the same noun phrase and ends right before the
    cue: the words before a name are its premodifiers (titles, ranks, affiliations), and the name is the head
    (``Air Force 1st Lt. Tyler Livingston said``, ``former Pennsylvania Gov. and DNC Chairman Ed Rendell said``),
    or ends the clause after an inverted cue (``…, said Air Force 1st Lt. Tyler Livingston.``), or only nouns
    stand between them (``Clinton campaign spokesman Brian Fallon``)."""
    text = document.text
    opener = speaker.mention.split()[0].lower() if speaker.mention.split() else ""
    if not cue or not speaker.name[:1].isupper() or opener in DETERMINERS:  # "former Pennsylvania Gov." may open it
        return None
    found = people.starting_after(speaker.end, speaker.end + TITLE_REACH)
    if found is None:
        return None
    start, end, person = found
    between = text[speaker.end : start]
    if PHRASE_BREAK.search(between) or speaker.name in person.name:
        return None
    if text[end:].lstrip().startswith(cue) or _nouns_only(document, speaker.end, start):
        return person  # "Clinton campaign spokesman Brian Fallon responded …, calling": nouns premodify the name
    if people.ending_at(speaker.end, after=speaker.start - 1) is not None:
        return None  # the mention ends with a name of its own: "said Cruz constituent Dan Golvach when asked about …"
    inverted = text[max(0, speaker.start - len(cue) - 2) : speaker.start].rstrip().endswith(cue)  # "said Air Force 1st Lt. …"
    return person if inverted and CLAUSE_END.match(text, end) else None


def _possessed_head(document: Document, people: People, speaker: Speaker, cue: str | None) -> Naming | None:
    """``Clinton's lawyers looked through the e-mails and found …``: a possessive is the determiner of the noun
    phrase it opens, whose head noun speaks (a description); unless the cue itself is the possessed noun
    (``Clinton's claim that …``, ``Trump's remarks about …``), whose holder is the possessor. A name in
    apposition is the person (``Clinton's husband, Bill, …``)."""
    text = document.text
    possessive = POSSESSIVE_AFTER.match(text, speaker.end)
    index = document.sentence_at(speaker.start)
    if possessive is None or not cue or index is None:
        return None
    cue_word = cue.split()[0].lower()
    words = document.lowered_token_texts[index]
    tokens = document.sentences[index].tokens
    tags = sentence_tags(document, index)
    opener = bisect.bisect_left(tokens, speaker.start, key=lambda token: token.start)
    if opener >= len(tokens) or tags[opener] in ("IN", "VBG") or (opener > 0 and words[opener - 1] not in SUBJECT_OPENERS):
        return None  # the possessive must open its clause's subject: not "Despite Santilli's views, …", "Targeting …"
    first = bisect.bisect_left(tokens, possessive.end(), key=lambda token: token.start)
    last = first
    while last < len(tokens) and tags[last] in POSSESSED_TAGS and words[last] != cue_word:
        last += 1
    if last == first or tags[last - 1] not in ("NN", "NNS") or last >= len(tokens) or words[last] == cue_word:
        return None
    end = tokens[last - 1].end
    mention = text[speaker.start : end]
    person = _apposed_person(text, people, Subject(speaker.start, end, speaker.start, end, True))
    if person is not None:
        return Naming(person.name, mention, speaker.start, mention, False)
    return Naming(mention, None, speaker.start, mention, True)


def _nouns_only(document: Document, start: int, end: int) -> bool:
    """Whether the text between two offsets of one sentence is one or more common nouns (``campaign spokesman``)."""
    index = document.sentence_at(start)
    if index is None:
        return False
    tokens = document.sentences[index].tokens
    first = bisect.bisect_left(tokens, start, key=lambda token: token.start)
    last = bisect.bisect_left(tokens, end, key=lambda token: token.start)
    tags = sentence_tags(document, index)[first:last]
    return bool(tags) and all(tag in ("NN", "NNS") for tag in tags)


def _name_cut_short(people: People, speaker: Speaker) -> Entity | None:
    """The person whose name a speaker mention begins but does not finish (``Federico de`` of ``Federico de
    Jesús``, cut at a letter the quotes analysis did not read as one): a name is one noun phrase."""
    found = people.starting_at(speaker.start)
    return found[1] if found is not None and found[0] > speaker.end else None


def _person_heading(document: Document, people: People, subject: Subject) -> Entity | None:
    """The person a subject's head names (``Sen. Ann Reyes of Ohio``); not one whose name only premodifies a
    common noun that ends the head (``Reyes allies on the panel``, ``Obama administration officials in …``): a
    noun premodifier restricts the head noun, which stays the phrase's referent (Quirk et al. 1985, ch. 17,
    nouns as premodifiers). A genitive does so before a plural head (``Reyes's partners in …``: people of
    hers), while a singular one (``Reyes's plan for …``) is read as the person's, as the quotes analysis does."""
    head = document.text[subject.head_start : subject.head_end]
    words = WORD.findall(head)
    if subject.described and words and words[-1][:1].islower() and (not POSSESSIVE_AFTER.search(head) or _plural_end(document, subject)):
        return None
    return people.within(subject.head_start, subject.head_end)


def _plural_end(document: Document, subject: Subject) -> bool:
    """Whether the token that ends the subject's head is a plural noun."""
    index = document.sentence_at(subject.head_start)
    if index is None:
        return False
    tokens = document.sentences[index].tokens
    last = bisect.bisect_left(tokens, subject.head_end, key=lambda token: token.end)
    return last < len(tokens) and sentence_tags(document, index)[last] in ("NNS", "NNPS")


def _indefinite_apposition(text: str, people: People, subject: Subject) -> Entity | None:
    """``Evan Bayh, a moderate Indiana Democrat who …``, ``Gary Byrne, a former Secret Service agent for …``: an
    indefinite noun phrase right after a name and its comma is that name's appositive (it describes the person
    just named), even when the description is capitalised or not closed by a comma."""
    article = INDEFINITE_OPENER.match(text, subject.head_start)
    start = article.end() if article is not None else subject.head_start
    described = WORD.findall(text[start : subject.end].lower())
    head = next((i for i, word in enumerate(described) if word in POSTMODIFIER_PREPOSITIONS | {"out", "by", "who"}), None)
    if described[:head][-1:] and described[:head][-1] in DOCUMENT_HEADS:
        return None  # "in The Empire State, a study out of Pennsylvania shows": a document describes no person
    before = INDEFINITE_APPOSITION.search(text, max(0, start - 8), start)
    return people.ending_at(before.start()) if before is not None else None


def names_a_holder(document: Document, entities: Entities, naming: Naming) -> bool:
    """Whether a one-word source is a noun that can hold a view: a word the entities analysis does not know,
    tagged as an adjective, adverb, participle or pronoun (``Indeed``, ``Contributing``, ``Himself``, ``the
    only``), or a time noun (``Thursday``), is no source; a fraction is a partitive's head (``a third``)."""
    words = WORD.findall(naming.name)
    if words and words[-1] in TIME_HEADS and all(word.isdigit() or word in TIME_MODIFIERS for word in words[:-1]):
        return False  # "two years", "the past two years", "decades": a stretch of time holds no view
    if len(words) != 1:
        return True
    word = words[0].lower()
    if word in TIME_HEADS:
        return False
    index = document.sentence_at(naming.start)
    if index is None or word in HEAD_WORDS | FRACTIONS:
        return True
    tokens = document.sentences[index].tokens
    last = bisect.bisect_left(tokens, naming.start + len(naming.mention), key=lambda token: token.end)
    if last >= len(tokens) or tokens[last].text != words[0]:
        return True
    if sentence_tags(document, index)[last] not in NOT_NOUN_TAGS:
        return True
    return entities.entity_at(tokens[last].start, tokens[last].end) is not None


def _named_in_mention(text: str, people: People, speaker: Speaker) -> Naming | None:
    """The person a speaker mention names where the quotes analysis kept a description or a title's words:
    ``Clinton's campaign chairman, John Podesta, said`` (a description in apposition to a name), ``Air Force
    1st Lt. Tyler Livingston`` (the name ending the mention)."""
    words = WORD.findall(speaker.name)
    if words and words[-1][0].islower():
        person = _apposed_person(text, people, Subject(speaker.start, speaker.end, speaker.start, speaker.end, True))
    else:
        person = people.ending_at(speaker.end, after=speaker.start)
        if person is not None and words and words[-1] in person.name.split():
            person = None  # the quotes analysis' name is (a form of) this person's
    if person is None:
        return None
    return Naming(person.name, speaker.role or person.role, speaker.start, speaker.mention, False)


def _apposed_person(text: str, people: People, subject: Subject) -> Entity | None:
    """The person a described subject is in apposition to: ``Matthew Prince, chief executive of CloudFlare,
    said`` (the name before, an age may stand between) or ``the chairman of the Joint Chiefs, Gen. Joseph
    Dunford, said`` (the name after, closed by a comma)."""
    before = APPOSITION_BEFORE.search(text, max(0, subject.head_start - 12), subject.head_start)
    if before is not None and APPOSITION_CLOSED.match(text, subject.end):  # set off by commas on both sides
        person = people.ending_at(before.start())
        if person is not None:
            return person
    after = APPOSITION_AFTER.match(text, subject.end)
    if after is not None and not any(word in NOT_ROLE_WORDS for word in after[0].split()):
        mention = people.starting_at(after.end())
        return mention[1] if mention is not None and NAME_THEN_COMMA.match(text, mention[0]) else None
    return None


def coordinated_people(text: str, people: People, speaker: Speaker) -> list[tuple[int, Entity]]:
    """The other people of a coordinated subject the speaker is one of (``Clinton and Sanders said``, ``Sen.
    Ted Cruz, Rand Paul and Marco Rubio all argued``): each conjunct is a subject of the verb, so each speaks.
    (start, person) of each, when every conjunct is a person's name, the list ends with ``and`` and it opens
    its clause; the quotes analysis names one conjunct (the last before a cue, the first for a participle)."""
    found: list[tuple[int, Entity]] = []
    position = speaker.start
    while (separator := CONJUNCT_BEFORE.search(text, max(0, position - 12), position)) is not None:
        if not found and "and" not in separator[0]:
            break  # "Clinton, Sanders said": a name and its appositive, no list
        person = people.ending_at(separator.start())
        start = people.start_of(person, separator.start()) if person is not None else None
        if person is None or start is None:
            break  # "Later, Sen. Ted Cruz …": the comma opens the clause; no name ends before it
        titled = TITLES_BEFORE.search(text, max(0, start - 24), start)
        position = titled.start() if titled is not None else start
        found.append((position, person))
    if found and not CLAUSE_OPENING.search(text, max(0, position - 8), position):
        return []  # "met Bush and Rubio said": the first conjunct is an object, not a subject
    position, after = speaker.end, []
    while (separator := CONJUNCT_AFTER.match(text, position)) is not None:
        titled = TITLES_AFTER.match(text, separator.end())
        begin = titled.end() if titled is not None else separator.end()
        mention = people.starting_at(begin)
        if mention is None:
            break
        after.append((begin, mention[1], "and" in separator[0]))
        position = mention[0]
    if after and after[-1][2] and VERB_AFTER.match(text, position):
        found += [(start, person) for start, person, _ in after]
    return found


def _closed_class(name: str) -> bool:
    """``Some``, ``Many``, ``Others``: a capitalised quantifier or indefinite pronoun describes, never names."""
    return name.lower() in CLOSED_CLASS_WORDS


@dataclass(frozen=True)
class Naming:
    """What a speaker mention makes of its source: its name and role, where its mention starts and what it
    says, and whether the name describes (``Officials at the Pentagon``) although capitalised."""

    name: str
    role: str | None
    start: int
    mention: str
    described: bool


class People:
    """The article's person mentions, looked up by offsets."""

    def __init__(self, entities: Entities):
        self._spans = sorted((m.start, m.end, id(e), e) for e in entities.entities if e.type == "PERSON" for m in e.mentions)
        self._starts = [start for start, *_ in self._spans]
        self._by_end: dict[int, list[tuple[int, Entity]]] = {}
        for start, end, _, entity in self._spans:
            self._by_end.setdefault(end, []).append((start, entity))

    def within(self, start: int, end: int) -> Entity | None:
        """The first person mentioned wholly inside ``[start, end)``."""
        position = bisect.bisect_left(self._starts, start)
        for mention_start, mention_end, _, entity in self._spans[position:]:
            if mention_start >= end:
                break
            if mention_end <= end:
                return entity
        return None

    def ending_at(self, end: int, *, after: int = -1) -> Entity | None:
        """A person whose mention ends at ``end`` (and starts after ``after``)."""
        return next((entity for start, entity in self._by_end.get(end, ()) if start > after), None)

    def start_of(self, person: Entity, end: int) -> int | None:
        """Where the mention of ``person`` that ends at ``end`` starts."""
        return next((start for start, entity in self._by_end.get(end, ()) if entity is person), None)

    def starting_after(self, start: int, limit: int) -> tuple[int, int, Entity] | None:
        """(start, end, person) of the first mention starting in ``[start, limit)``."""
        position = bisect.bisect_left(self._starts, start)
        if position < len(self._spans) and self._spans[position][0] < limit:
            return self._spans[position][0], self._spans[position][1], self._spans[position][3]
        return None

    def starting_at(self, start: int) -> tuple[int, Entity] | None:
        """(mention end, person) of a mention starting at ``start``."""
        position = bisect.bisect_left(self._starts, start)
        if position < len(self._spans) and self._spans[position][0] == start:
            return self._spans[position][1], self._spans[position][3]
        return None


def head_word(description: str) -> str:
    """The head of a described source's name: its last word before a postmodifier (``officials`` of
    ``officials at the Pentagon``, ``some`` of ``some of his admirers``)."""
    words = description.split()
    for position in range(1, len(words)):
        if words[position].lower() in POSTMODIFIER_PREPOSITIONS | QUALIFIER_WORDS | {"who", "that", "to"}:
            words = words[:position]
            break
    return words[-1] if words else ""
