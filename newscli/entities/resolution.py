"""Resolution: the article's candidates grouped into entities, in one step over the whole article (steps 3 and 4
of the pipeline in ``newscli.entities``)."""

from __future__ import annotations

import collections
import re
from collections.abc import Sequence
from functools import cache
from itertools import compress
from operator import attrgetter

from .. import names
from ..characters import ascii_quotes
from ..document import Document
from ..ner import gazetteer, lexicons
from .entity_types import check_person, check_place, check_team, vote_type
from .model import HYPHENATED_GIVEN_NAME, Candidate, Entity, Mention, MentionGroup
from .recognition import PERSON_NAME_WORD, is_currency_code

ACRONYM_WITH_FULL_STOP = re.compile(r"(?:^|\s)[A-Z][A-Z&]{1,5}\.$")


# ``U.S``, ``D.C``: an abbreviation whose last full stop the tokenizer gave to the end of the sentence.
ABBREVIATION_WITHOUT_FULL_STOP = re.compile(r"(?:^|\s)(?:[A-Z]\.)+[A-Z]$")


# Initials whose last full stop the sentence splitter took for a sentence's end (``by J.M`` + ``. Berger said``).
SPLIT_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")


# Lower-case particles inside a person's name, between the given name and the surname.
SURNAME_PARTICLES = frozenset({"van", "der", "den", "de", "von", "da", "di", "du", "dos", "das", "del", "la", "le"})


NEXT_WORD = re.compile(r"\s*([\w'’]+)")


# Tags of a lower-case word after a name that make the name its modifier (``the Apple store``).
MODIFIED_NOUN_TAGS = frozenset({"NN", "NNS", "JJ"})


# Nouns tagged NN that stand as adverbs after a name rather than being modified by it (``the CBC today``).
ADVERBIAL_NOUNS = frozenset({"today", "tonight", "yesterday", "tomorrow"})


PLURAL_VERBS = frozenset({"are", "were", "have", "do", "remain", "seem", "appear", "include", "grow", "fall"})


PLACE_PREPOSITIONS = frozenset({"in", "near", "from", "across", "outside", "inside", "throughout", "around"})


# Gazetteer and cue evidence outweighs the statistical model when an entity's mentions disagree on its type.
LEXICON_VOTE, MODEL_VOTE = 3, 1


FULL_NAME_WEIGHT = 3


def resolve_entities(document: Document, sentence_words: Sequence[Sequence[str]], spans: Sequence[Candidate]) -> list[Entity]:
    """The article's entities from its sentences' candidates: mentions grouped by spelling, spellings of one
    referent merged (``_merge_groups``), one type voted per entity, then the mentions the recogniser missed."""
    text = document.text
    spans = _join_given_names(sentence_words, spans)
    spans = _add_given_names(sentence_words, spans)
    spans = _join_split_initials(sentence_words, spans)
    groups: dict[str, MentionGroup] = {}
    for span in spans:
        tokens = document.sentences[span.sentence].tokens
        words = sentence_words[span.sentence]
        start, end = tokens[span.start].start, tokens[(span.extent_end or span.end) - 1].end
        spelling = " ".join(words[span.start : span.end])
        # Each pattern is tried only where its full stop is (``search`` tries every position of the spelling).
        if spelling[-1:] == "." and ACRONYM_WITH_FULL_STOP.search(spelling):
            # ``with NATO. – n.``: the tokenizer left a sentence's full stop on an acronym.
            spelling, end = spelling[:-1], end - 1
        elif text[end : end + 1] == "." and ABBREVIATION_WITHOUT_FULL_STOP.search(spelling):
            # ``in the U.S.`` at a sentence's end: the full stop also ends the abbreviation.
            spelling, end = spelling + ".", end + 1
        key = names.normalise(spelling)
        group = groups.get(key)
        if group is None:  # made only when needed (``setdefault`` would make one per span)
            group = groups[key] = MentionGroup()
        group.spellings[key] += 1
        group.votes[span.type] += LEXICON_VOTE if span.strong else MODEL_VOTE
        if span.strong:
            group.lexicon_types[span.type] += 1
        if span.role:
            group.roles.append(span.role)
        group.mentions[(start, end)] = text[start:end]
        if span.start > 0 and words[span.start - 1].lower() in PLACE_PREPOSITIONS:
            group.after_place_preposition += 1
        group.teams += span.team
    merged = _merge_groups(document, groups)
    surnames = collections.Counter(
        _surname(key) for key, group in merged.items() if vote_type(group) == "PERSON" and " " in key
    )
    for group in merged.values():
        check_person(group, surnames)
        check_place(group)
        check_team(group)
    _add_unmarked_mentions(document, sentence_words, merged, surnames)
    tags = _TagsAt(document)
    return [_entity(group, text, tags) for group in merged.values()]


_START = attrgetter("start")


class _TagsAt:
    """Offset → the part-of-speech tag of the token starting there, worked out on the first look-up: only a
    name right after ``the`` needs one (``_with_article``), and an article without one never builds the table."""

    def __init__(self, document: Document) -> None:
        self._document = document
        self._tags: dict[int, str] | None = None

    def get(self, offset: int, default: str | None = None) -> str | None:
        if self._tags is None:
            self._tags = {}
            for sentence, sentence_tags in zip(self._document.sentences, self._document.pos_tags, strict=False):
                # ``map`` and ``attrgetter`` fill the table without a step of Python per token.
                self._tags.update(zip(map(_START, sentence.tokens), sentence_tags, strict=False))
        return self._tags.get(offset, default)


def _surname(name: str) -> str:
    """A person's family name: the last word, or the first before a hyphenated given name (``Ban Ki-moon``)."""
    words = name.split()
    return words[0] if len(words) == 2 and HYPHENATED_GIVEN_NAME.fullmatch(words[1]) else words[-1]


def _join_given_names(sentence_words: Sequence[Sequence[str]], spans: Sequence[Candidate]) -> list[Candidate]:
    """A capitalised word the recogniser took alone right before the surname of a person the article names in
    full is that person's given name: ``Melania`` + ``Trump`` is ``Melania Trump``, a second person, where the
    model read ``Melania`` as a place."""
    lex = lexicons()
    common = lex["common"]
    last_words: dict[str, set[str]] = collections.defaultdict(set)
    for span in spans:
        last_words[sentence_words[span.sentence][span.end - 1]].add(span.type if span.end - span.start > 1 else "one word")
    # The last word of a person's full name that no other kind of name in the article ends with (``Sky News``).
    surnames = {
        word
        for word, kinds in last_words.items()
        if "PERSON" in kinds and kinds <= {"PERSON", "one word"} and word.lower() not in common and word not in lex["orghead"]
    }
    by_start = {(span.sentence, span.start): span for span in spans}
    dropped: set[int] = set()
    for span in spans:
        words = sentence_words[span.sentence]
        if span.strong or span.end - span.start != 1 or span.end >= len(words) or words[span.end] not in surnames:
            continue
        if not PERSON_NAME_WORD.fullmatch(words[span.start]) or words[span.start].lower() in common:
            continue
        following = by_start.get((span.sentence, span.end))
        if following is not None:
            if following.end - following.start != 1 or following.strong:
                continue
            dropped.add(id(following))
        span.end, span.type = span.end + 1, "PERSON"
    return [span for span in spans if id(span) not in dropped]


@cache
def _not_given_names() -> frozenset[str]:
    """Words that are no one's given name: the words no entity is, and known names (made once: thousands)."""
    return lexicons()["notent"] | gazetteer().keys()


def _add_given_names(sentence_words: Sequence[Sequence[str]], spans: Sequence[Candidate]) -> list[Candidate]:
    """News introduces a person by full name: a capitalised word or an initial the recogniser did not take, right
    before a word it read as a one-word person, is that person's given name (``counterpart Klaus Kinkel``,
    ``D. Lehmann``), wherever the surname is written; a lone surname would otherwise pass for a company."""
    common, title_words = lexicons()["common"], lexicons()["title"]  # title words and honorifics
    not_names = _not_given_names()  # ``From January to June Comelf``, ``ROMANIA COMELF``
    # A word the article writes as a person's given name is no surname (``Hillary Clinton``, then ``Electing
    # Hillary in '16`` in a title-case headline); nor is an acronym (``New GM``).
    given_names = {
        sentence_words[span.sentence][span.start] for span in spans if span.type == "PERSON" and span.end - span.start > 1
    }
    surnames = {
        word
        for span in spans
        if span.type == "PERSON" and span.end - span.start == 1
        for word in [sentence_words[span.sentence][span.start]]
        if PERSON_NAME_WORD.fullmatch(word) and word not in given_names
    }
    covered = {(span.sentence, position) for span in spans for position in range(span.start, span.extent_end or span.end)}
    by_start = {(span.sentence, span.start): span for span in spans if span.end - span.start == 1}
    added: list[Candidate] = []
    for sentence, words in enumerate(sentence_words):
        if surnames.isdisjoint(words):
            continue  # no surname in this sentence
        for position in range(1, len(words)):
            if words[position] not in surnames:
                continue
            first = position - 1
            while first > 0 and position - first <= 2 and words[first] in SURNAME_PARTICLES:
                first -= 1  # ``Joost van der Westhuizen``, ``Aravinda de Silva``
            given = words[first]
            if any((sentence, inside) in covered for inside in range(first, position)):
                continue
            if not PERSON_NAME_WORD.fullmatch(given) or given.lower() in title_words or given in not_names:
                continue
            # ``Intel-based Mac``, ``Then``; but a family name before a hyphenated given name may be a common word
            # (``Ban Ki-moon``).
            if any(part.lower() in common for part in given.split("-")) and not HYPHENATED_GIVEN_NAME.fullmatch(words[position]):
                continue
            span = by_start.get((sentence, position))
            if span is None:
                added.append(Candidate(sentence, first, position + 1, "PERSON", strong=False))
            elif span.type == "PERSON" or not span.strong:
                span.start, span.type = first, "PERSON"
    return sorted([*spans, *added], key=lambda span: (span.sentence, span.start)) if added else list(spans)


def _join_split_initials(sentence_words: Sequence[Sequence[str]], spans: Sequence[Candidate]) -> list[Candidate]:
    """A name right after initials that end the previous "sentence" (``by J.M. Berger``, split after ``J.M.``) is a
    person introduced by initials, as by an honorific: typed PERSON by cue, and the initials are no name of their
    own. (A mention cannot cross sentences, so it is the surname alone.)"""
    common, title_words = lexicons()["common"], lexicons()["title"]  # title words and honorifics
    by_start = {(span.sentence, span.start): span for span in spans}
    dropped: set[int] = set()
    added: list[Candidate] = []
    for sentence in range(1, len(sentence_words)):
        previous, words = sentence_words[sentence - 1], sentence_words[sentence]
        if len(previous) < 2 or previous[-1] != "." or not SPLIT_INITIALS.fullmatch(previous[-2]):
            continue
        if previous[-2] + "." in gazetteer():  # ``U.S.``, ``D.C.``: an abbreviated place, not initials
            continue
        if not words or not PERSON_NAME_WORD.fullmatch(words[0]) or words[0].lower() in common | title_words:
            continue
        initials = by_start.get((sentence - 1, len(previous) - 2))
        if initials is not None and initials.end - initials.start == 1:
            dropped.add(id(initials))
        span = by_start.get((sentence, 0))
        if span is None:
            added.append(Candidate(sentence, 0, 1, "PERSON", strong=True))
        elif span.end - span.start == 1 and (span.type == "PERSON" or not span.strong):
            span.type, span.strong = "PERSON", True
    kept = [span for span in spans if id(span) not in dropped]
    return sorted([*kept, *added], key=lambda span: (span.sentence, span.start)) if added else kept


def _merge_groups(document: Document, groups: dict[str, MentionGroup]) -> dict[str, MentionGroup]:
    """Join spellings of one entity: acronyms and their expansions, surnames and leading parts of names."""
    types = {key: vote_type(group) for key, group in groups.items()}
    expansions: dict[str, set[str]] = collections.defaultdict(set)  # acronym -> organisation names
    longer: dict[tuple[str, ...], set[str]] = collections.defaultdict(set)  # leading/trailing words -> names
    for key, kind in types.items():
        words = tuple(key.split())
        if kind == "ORG" and len(words) > 1:
            for letters in names.acronym_letters(key):
                expansions[letters].add(key)
        if kind in ("PERSON", "ORG"):
            for size in range(1, len(words)):
                longer[words[:size]].add(key)
                longer[words[-size:]].add(key)
    definitions = _acronym_definitions(document.text, groups)
    target: dict[str, str] = {}
    for key, group in groups.items():
        if key in definitions:
            target[key] = definitions[key]
            continue
        if names.is_acronym(key):
            candidates = expansions.get(key.replace(".", "").replace("&", ""), set())
            if len(candidates) == 1:
                target[key] = next(iter(candidates))
                continue
        if types[key] in ("GPE", "LOC", "NORP") and group.votes[types[key]] >= LEXICON_VOTE:
            # A known place or nationality (or one named as a place three times) is not part of a longer name
            # (``Korea`` / ``North Korea``).
            continue
        candidates = longer.get(tuple(key.split()), set())
        if len(candidates) == 1:
            target[key] = next(iter(candidates))
        elif candidates and " " not in key and all(types[name] == "PERSON" and name.endswith(" " + key) for name in candidates):
            # A surname two people share (``Donald Trump``, ``Melania Trump``): the bare ``Trump`` is the one the
            # article is most about, the person most often named in full, then first named.
            target[key] = max(candidates, key=lambda name: _salience(groups[name]))
    merged: dict[str, MentionGroup] = {}
    for key, group in groups.items():
        root = key
        seen = set()
        while root in target and root not in seen:
            seen.add(root)
            root = target[root]
        into = merged.get(root)
        if into is None:
            into = merged[root] = MentionGroup()
        into.spellings.update(group.spellings)
        # The full name a short form stands for decides what the entity is (``Ford`` of ``Ford Motor Company``).
        weight = FULL_NAME_WEIGHT if key == root else 1
        into.votes.update({kind: votes * weight for kind, votes in group.votes.items()})
        into.roles.extend(group.roles)
        into.mentions.update(group.mentions)
        into.lexicon_types.update(group.lexicon_types)
        into.after_place_preposition += group.after_place_preposition
        into.teams += group.teams
    return merged


def _salience(group: MentionGroup) -> tuple[int, int]:
    return sum(group.spellings.values()), -min(start for start, _ in group.mentions)


ACRONYM_IN_BRACKETS = re.compile(r"\(([A-Z][A-Z.&]{1,11})\)")


ACRONYM_STANDS_FOR = re.compile(r"\b([A-Z][A-Z.&]{1,11}),? (?:which|that) stands for (?:the )?")


def _acronym_definitions(text: str, groups: dict[str, MentionGroup]) -> dict[str, str]:
    """Acronyms defined in the text: ``North Atlantic Treaty Organization (NATO)``, ``NATO, which stands for …``."""
    # Neither pattern reads a quotation mark, so they find the same acronyms in the text as written; only the
    # names before or after one, spelled with ASCII quotes as the groups' keys are, need the text translated
    # (one character for one: offsets hold), and most texts define no acronym. The second pattern has no fixed
    # start for ``re`` to look for: it is tried only on a text that has its words.
    in_brackets = [match for match in ACRONYM_IN_BRACKETS.finditer(text) if match.group(1) in groups]
    stands_for = [match for match in ACRONYM_STANDS_FOR.finditer(text) if match.group(1) in groups] if " stands for " in text else []
    if not in_brackets and not stands_for:
        return {}
    text = ascii_quotes(text)
    long_names = [key for key in groups if len(key.split()) > 1]
    found = {}
    for match in in_brackets:
        before = text[max(0, match.start() - 120) : match.start()].rstrip()
        fitting = [name for name in long_names if before.endswith(name)]
        if fitting:
            found[match.group(1)] = max(fitting, key=len)
    for match in stands_for:
        fitting = [name for name in long_names if text.startswith(name, match.end())]
        if fitting:
            found[match.group(1)] = max(fitting, key=len)
    return found


def _add_unmarked_mentions(
    document: Document, sentence_words: Sequence[Sequence[str]], groups: dict[str, MentionGroup], surnames: collections.Counter
) -> None:
    """Occurrences of a known spelling that the recogniser missed become mentions of that entity; so do those of
    a person's surname, when only one person in the article has it."""
    by_first_word: dict[str, list[tuple[tuple[str, ...], str]]] = collections.defaultdict(list)
    common = lexicons()["common"]
    for key, group in groups.items():
        spellings = set(group.spellings)
        surname = _surname(key)
        if vote_type(group) == "PERSON" and surnames[surname] == 1:
            spellings.add(surname)
        if vote_type(group) == "ORG" and (short := _organisation_short_form(key)):
            spellings.add(short)
        for spelling in spellings:
            spelling_words = tuple(spelling.split())
            if any(word[:1].isupper() for word in spelling_words):
                by_first_word[spelling_words[0]].append((spelling_words, key))
    for candidates in by_first_word.values():
        candidates.sort(key=lambda item: -len(item[0]))
    covered = {position for group in groups.values() for start, end in group.mentions for position in (start, end - 1)}
    text = document.text
    for sentence, words in zip(document.sentences, sentence_words, strict=False):
        if by_first_word.keys().isdisjoint(words):
            continue  # no known spelling starts in this sentence
        tokens = sentence.tokens
        next_free = 0  # the first word after the last spelling found
        # A spelling starts only at one of its first words: ``compress`` passes over the others without a step of
        # Python each.
        for position in compress(range(len(words)), map(by_first_word.__contains__, words)):
            if position < next_free:
                continue
            for spelling, key in by_first_word[words[position]]:
                size = len(spelling)
                if tuple(words[position : position + size]) != spelling:
                    continue
                start, end = tokens[position].start, tokens[position + size - 1].end
                opener = position == 0 and size == 1 and spelling[0].lower() in common
                if opener and vote_type(groups[key]) == "PERSON":
                    # "Jobs resigned" is the person, "Jobs are scarce" the common word.
                    opener = position + 1 >= len(words) or words[position + 1].lower() in PLURAL_VERBS
                unmarked = start not in covered and end - 1 not in covered and not opener
                if unmarked and not is_currency_code(text, end):
                    groups[key].mentions[(start, end)] = text[start:end]
                next_free = position + size
                break


def _organisation_short_form(name: str) -> str | None:
    """``Ford`` of ``Ford Motor Company``, ``Toyota`` of ``Toyota Motor Corp.``: the one distinctive word before
    an organisation's head words, or None."""
    first, *rest = name.split()
    lex = lexicons()
    if not rest or not all(word in lex["orghead"] for word in rest):
        return None
    if first.lower() in lex["common"] or first.lower() in names.title_words() or first in gazetteer():
        return None
    return first


def _with_article(text: str, start: int, end: int, tags: _TagsAt) -> int:
    """The start of ``the`` right before a name that heads its noun phrase (``the Pacific``, ``the United States
    said``), else ``start``; a name modifying a noun (``the Apple store``) or owning one (``the company's``) leaves
    the article to that noun. ``tags``: the part-of-speech tag of the token starting at each offset."""
    before = text[max(0, start - 4) : start]
    if before not in ("the ", "The ") or (start > 4 and text[start - 5].isalnum()):
        return start
    following = NEXT_WORD.match(text, end)
    if following is None or tags.get(end - 1) == ".":
        # Nothing follows in the sentence; the second case is a name that took the sentence's full stop
        # (``in the U.S.``), whatever word begins the next sentence.
        return start - 4
    word, tag = following.group(1), tags.get(following.start(1), "")
    modified = word[:1].islower() and tag in MODIFIED_NOUN_TAGS and word not in ADVERBIAL_NOUNS
    if word[:1].isupper() or tag == "POS" or modified:
        return start
    return start - 4


def _entity(group: MentionGroup, text: str, tags: _TagsAt) -> Entity:
    kind = vote_type(group)
    if kind != "PERSON":
        group.mentions = {
            (start := _with_article(text, begin, end, tags), end): text[start:end] for begin, end in group.mentions
        }
    spellings = group.spellings
    if kind == "PERSON":
        name = max(spellings, key=lambda spelling: (len(spelling.split()), spellings[spelling], spelling))
    else:
        # A full name counts the mentions of its short forms too: ``Ford Motor Company`` over ``Ford``, while an
        # acronym used throughout (``NATO``) still wins over the expansion given once.
        weight = {
            spelling: count + sum(spellings[short] for short in spellings if names.is_short_form(short, spelling))
            for spelling, count in spellings.items()
        }
        name = max(spellings, key=lambda spelling: (weight[spelling], len(spelling), spelling))
    mentions = tuple(Mention(text, start, end) for (start, end), text in sorted(group.mentions.items()))
    aliases = []
    # A text written several times gives the same alias each time: each distinct one is worked out once, in order.
    for mention_text in dict.fromkeys(mention.text for mention in mentions):
        alias = names.normalise(ascii_quotes(mention_text))
        if alias != name and alias not in aliases:
            aliases.append(alias)
    role = collections.Counter(group.roles).most_common(1)[0][0] if group.roles else None
    return Entity(name, kind, role, tuple(aliases), mentions)
