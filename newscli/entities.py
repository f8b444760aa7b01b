"""Named entities: who and what an article is about, one record per real-world entity.

Pipeline, per document (docs/entities.md tells the same at more length):

1. Each sentence's words are tagged by the trained recogniser (``ner.py``, from words and their POS tags:
   PER/ORG/LOC/EVENT, and MISC, which is not reported); names the cue lexicons vouch for replace its spans (a
   title or first name before capitalised words, an organisation head after them or a descriptor before them,
   a camel-case brand, a model number or a market index), as does a known multi-word name it cut into pieces
   (``New`` + ``York``), and gazetteer names and acronyms it missed are added.
2. Each span is trimmed (articles, possessives, weekdays), typed (PERSON, ORG, GPE, LOC, NORP, EVENT, PRODUCT)
   from the model's label, the gazetteers and cue words (``Ministry`` makes an ORG, a nationality word a NORP),
   and people's titles are split off into roles (``Foreign Minister Yoshimasa Hayashi``, ``Mao Ning, a
   spokeswoman``); a place's mention takes in its state or country (``Seattle, Washington``), an index's its
   noun (``the S&P 500 index``).
3. Mentions are grouped into entities: the same spelling, a surname or leading part of a longer name
   (``Hayashi``, ``the Nikkei``), an acronym explained or implied by a name (``NATO``). Each entity gets one
   type by vote (a gazetteer's or cue's type outranking the model's), so a name keeps its type across the
   document; its name is the longest spelling for people, the most frequent one for the rest (a full name
   counting its short forms).
4. Every other occurrence of a known spelling (a sentence-initial ``Hayashi``, a possessive) becomes a mention;
   a non-person's mention takes a leading ``the`` when the next word's POS tag says the name heads its phrase.
"""

from __future__ import annotations

import bisect
import collections
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from . import names
from .document import ASCII_QUOTES, Document, Sentence, Span
from .ner import gazetteer, gazetteer_matches, lexicons, lower_case_words, recogniser

ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "PRODUCT")
COARSE_TYPES = {
    "PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "NORP": "MISC", "EVENT": "MISC", "PRODUCT": "MISC"
}
MODEL_TYPES = {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE", "EVENT": "EVENT"}
# Last words that make a place a natural region or a facility rather than a political unit (LOC, not GPE); they
# never end a person's name (``Johnson Space Center``).
REGION_HEADS = frozenset(
    {"Sea", "Ocean", "River", "Mountains", "Mountain", "Valley", "Peninsula", "Gulf", "Strait", "Island", "Islands",
     "Lake", "Mount", "Bay", "Coast", "Desert", "Basin", "Plateau", "Region", "Channel", "Center", "Centre",
     "Airport", "Station", "Stadium", "Hall", "Park", "Street", "Square", "Bridge", "Tower", "Palace", "Museum",
     "Building", "Road", "Avenue", "Base", "Canal", "Harbour", "Harbor", "Port"}
)
CONNECTORS = frozenset({"of", "for", "and", "&", "the"})
COMPASS_WORDS = frozenset({"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central"})
ACRONYM = re.compile(r"[A-Z][A-Z&]{1,5}")
ACRONYM_WITH_FULL_STOP = re.compile(r"(?:^|\s)[A-Z][A-Z&]{1,5}\.$")
# ``U.S``, ``D.C``: an abbreviation whose last full stop the tokenizer gave to the end of the sentence.
ABBREVIATION_WITHOUT_FULL_STOP = re.compile(r"(?:^|\s)(?:[A-Z]\.)+[A-Z]$")
# Products: a brand written in camel case (``iPhone``, ``iOS``), a model number (``A380``, ``A400M``, ``737s``,
# ``777-200LR``); a bare number is a model only right after a capitalised name (``Boeing 737``).
CAMEL_CASE_PRODUCT = re.compile(r"[a-z]{1,2}[A-Z][A-Za-z]+s?")
MODEL_NUMBER = re.compile(r"[A-Z]{1,2}\d{3}[A-Z]*s?")
BARE_MODEL_NUMBER = re.compile(r"\d{3}(?:-\d{3}[A-Z]*)?s?")
ROMAN_NUMERAL = re.compile(r"[IVXLC]+")
HYPHENATED_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[a-z]+")  # Siu-lai, Ka-ki (Cantonese and Korean given names)
PERSON_NAME_WORD = re.compile(r"[A-Z]\.|(?:[A-Z][a-z]*['’-]?)?[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?")
NEXT_WORD = re.compile(r"\s*([\w'’]+)")
# Tags of a lower-case word after a name that make the name its modifier (``the Apple store``).
MODIFIED_NOUN_TAGS = frozenset({"NN", "NNS", "JJ"})
# Nouns tagged NN that stand as adverbs after a name rather than being modified by it (``the CBC today``).
ADVERBIAL_NOUNS = frozenset({"today", "tonight", "yesterday", "tomorrow"})
PLURAL_VERBS = frozenset({"are", "were", "have", "do", "remain", "seem", "appear", "include", "grow", "fall"})
PLACE_PREPOSITIONS = frozenset({"in", "near", "from", "across", "outside", "inside", "throughout", "around"})
ARTICLES = frozenset({"the", "a", "an"})
INDEX_NOUNS = frozenset({"index", "indices", "indexes"})
INDEX_MODIFIERS = frozenset({"stock", "share", "market", "equity", "benchmark"})
LIST_CONJUNCTIONS = frozenset({"and", "or", "&"})
LIST_SEPARATORS = LIST_CONJUNCTIONS | {","}
# Words that headline capitals may give a capital letter but that never join the words of a name around them.
FUNCTION_WORDS = ARTICLES | frozenset(
    ["to", "in", "on", "at", "by", "with", "from", "into", "over", "under", "about", "after", "before", "as", "is", "are", "was", "were", "will", "be", "has", "have", "had", "this", "that", "these", "those", "it", "its", "his", "her", "their", "our", "we", "they", "he", "she", "you", "not", "no"]
)
POSSESSIVE_TOKENS = frozenset({"'s", "'"})
APPOSITIVE_OPENERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our"})
# Gazetteer and cue evidence outweighs the statistical model when an entity's mentions disagree on its type.
LEXICON_VOTE, MODEL_VOTE = 3, 1
FULL_NAME_WEIGHT = 3


Mention = Span  # an entity's mention is a stretch of the text like any other


@dataclass(frozen=True)
class Entity:
    name: str
    type: str
    role: str | None
    aliases: tuple[str, ...]
    mentions: tuple[Mention, ...]

    @property
    def count(self) -> int:
        return len(self.mentions)

    @property
    def coarse_type(self) -> str:
        """PER, ORG, LOC or MISC (GPE and LOC → LOC; NORP and EVENT → MISC)."""
        return COARSE_TYPES[self.type]

    def to_json(self) -> dict:
        return {
            "name": self.name,
            "type": self.type,
            "count": self.count,
            "aliases": list(self.aliases),
            "role": self.role,
            "mentions": [mention.to_json() for mention in self.mentions],
        }


@dataclass(frozen=True)
class Entities:
    entities: tuple[Entity, ...]  # most salient first: most mentions, then earliest

    def to_json(self) -> dict:
        return {"entities": [entity.to_json() for entity in self.entities]}

    def entity_at(self, start: int, end: int) -> Entity | None:
        """The entity one of whose mentions overlaps ``[start, end)`` (the earliest such mention wins)."""
        starts, spans = self._mention_index
        position = bisect.bisect_left(starts, start)
        # A mention starting before ``start`` may still reach into the span: step back over those.
        while position > 0 and spans[position - 1][1] > start:
            position -= 1
        for mention_start, mention_end, entity in spans[position:]:
            if mention_start >= end:
                break
            if mention_end > start:
                return entity
        return None

    def entity_named(self, name: str) -> Entity | None:
        """The entity called ``name``: its canonical name or an alias (``Hayashi``, ``Russia’s``), else the one
        entity whose name ``name`` is a short form of; None if none or several fit."""
        key = names.normalise(name.translate(ASCII_QUOTES))
        for entity in self.entities:
            if key == entity.name or key in entity.aliases:
                return entity
        found = names.resolve(key, [entity.name for entity in self.entities])
        return next((entity for entity in self.entities if entity.name == found), None) if found else None

    @cached_property
    def _mention_index(self) -> tuple[list[int], list[tuple[int, int, Entity]]]:
        spans = sorted(
            ((mention.start, mention.end, entity) for entity in self.entities for mention in entity.mentions),
            key=lambda item: (item[0], item[1]),
        )
        return [span[0] for span in spans], spans


@dataclass
class _Span:
    """A candidate mention inside one sentence (token indices, end exclusive), before grouping."""

    sentence: int
    start: int
    end: int
    type: str
    strong: bool  # typed by a gazetteer or cue word rather than by the model alone
    role: str | None = None
    # Where the mention ends when words after the name belong to it (``Seattle, Washington``, ``the FTSE 100
    # index``), else None; the name alone still decides which entity it is.
    extent_end: int | None = None


def extract_entities(
    document: Document, *, types: Collection[str] | None = None, min_count: int = 1
) -> Entities:
    """The named entities of ``document``, most salient first.

    ``types`` keeps only entities of those types (of ``ENTITY_TYPES``); ``min_count`` drops entities mentioned
    fewer times.
    """
    sentence_words = document.token_texts
    lowered = lower_case_words(sentence_words)
    spans = [
        span
        for index, (sentence, words, tags) in enumerate(zip(document.sentences, sentence_words, document.pos_tags, strict=False))
        for span in _sentence_spans(index, sentence, words, tags, lowered)
    ]
    entities = _group(document, sentence_words, spans)
    kept = [
        entity
        for entity in entities
        if (types is None or entity.type in types) and entity.count >= min_count
    ]
    kept.sort(key=lambda entity: (-entity.count, entity.mentions[0].start))
    return Entities(tuple(kept))


# --- Step 1 and 2: spans in one sentence ---------------------------------------------------------------------


def _sentence_spans(
    index: int, sentence: Sentence, words: Sequence[str], tags: Sequence[str], lowered: frozenset[str]
) -> list[_Span]:
    if not words:
        return []
    tokens = sentence.tokens
    # A name never runs across a line break (a headline followed by a date line).
    line_starts = {
        position
        for position in range(1, len(tokens))
        if "\n" in sentence.text[tokens[position - 1].end - sentence.start : tokens[position].start - sentence.start]
    }
    spans = [
        _Span(index, start, end, MODEL_TYPES[label], False)
        for start, end, label in _bio_spans(recogniser().tag(words, tags, lowered), words)
        if label in MODEL_TYPES
    ]
    known = gazetteer_matches(words)
    spans = _add_cue_spans(index, words, spans, lowered, known)
    spans = _join_known_name_pieces(index, spans, known)
    taken = [False] * len(words)
    for span in spans:
        for position in range(span.start, span.end):
            taken[position] = True
    for start, end, kind in known:
        if not any(taken[start:end]):
            spans.append(_Span(index, start, end, kind, True))
            taken[start:end] = [True] * (end - start)
    for position, word in enumerate(words):
        # An unknown acronym the model left out is most often an organisation (``KCNA``, ``NWSC``).
        if not taken[position] and ACRONYM.fullmatch(word) and word not in lexicons()["notent"]:
            if word.lower() not in names.title_words() and not ROMAN_NUMERAL.fullmatch(word):
                spans.append(_Span(index, position, position + 1, "ORG", False))
    # ``US$40 billion``, ``AU$ 52.5 million``: a country code written onto a currency sign is not a place.
    spans = [
        span for span in spans if not _is_currency_code(sentence.text, tokens[span.end - 1].end - sentence.start)
    ]
    spans.sort(key=lambda span: span.start)
    breaks = sorted(line_starts)
    for span in spans:
        following = bisect.bisect_right(breaks, span.start)  # the first line start inside the span, if any
        if following < len(breaks) and breaks[following] < span.end:
            span.end = breaks[following]
    result: list[_Span] = []
    for span in spans:
        for piece in _split_inner_title(span, words):
            result.extend(_refine(piece, words))
    result = _join_modifier_to_organisation(result, words)
    _qualify_places(result, words)
    _extend_market_indices(result, words)
    modifiers = [span for span in result if span.type in ("ORG", "GPE", "NORP")]
    ends, starts = {span.end: span for span in modifiers}, {span.start: span for span in modifiers}
    title_heads = names.title_heads()
    for span in result:
        if span.type != "PERSON":
            continue
        if span.start >= 2 and words[span.start - 1] in ("of", "at") and words[span.start - 2].lower() in title_heads:
            span.type, span.strong = "ORG", True  # ``the president of Chrysler``: whose title it is
            ends[span.end], starts[span.start] = span, span
        elif span.role is None:
            span.role = _role_before(span, words, ends) or _role_after(span, words, starts)
    return result


def _is_currency_code(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is written onto a currency sign (``US$``)."""
    return text[end : end + 1] == "$"


def _add_cue_spans(
    index: int,
    words: Sequence[str],
    spans: list[_Span],
    lowered: frozenset[str],
    known: Sequence[tuple[int, int, str]],
) -> list[_Span]:
    """Names the cue lexicons vouch for replace the model's spans they overlap: capitalised words after a title
    or honorific (``Minister Yoshimasa Hayashi``, ``spokesman Mao Ning``) or starting with a known first name
    (``Steve Jobs``), or written as a surname and a hyphenated given name (``Lau Siu-lai``) are people;
    capitalised words ending in an organisation head (``Chinese Foreign Ministry``, ``Bank of Japan``) or after a
    descriptor (``automaker Chrysler``) are organisations; brands, model numbers and market indices are products.
    ``lowered`` is the document's lower-case words, ``known`` the sentence's gazetteer matches."""
    found = _person_cues(words) + _organisation_cues(words, lowered) + _product_cues(words, known)
    # A span survives unless a later cue overlaps it: mark each position with the last cue that covers it
    # (one pass, where filtering all spans once per cue was quadratic in a sentence of thousands of names).
    last_cue = [-1] * len(words)
    for number, (start, end, _) in enumerate(found):
        last_cue[start:end] = [number] * (end - start)
    kept = [span for span in spans if all(last_cue[position] < 0 for position in range(span.start, span.end))]
    kept += [
        _Span(index, start, end, kind, True)
        for number, (start, end, kind) in enumerate(found)
        if all(last_cue[position] == number for position in range(start, end))
    ]
    return sorted(kept, key=lambda span: span.start)


def _join_known_name_pieces(
    index: int, spans: list[_Span], known: Sequence[tuple[int, int, str]]
) -> list[_Span]:
    """A known multi-word name (``known``: the sentence's gazetteer matches) that the model cut short or into
    pieces (``New`` + ``York``) replaces those pieces; a model span reaching beyond it (``New York Times``) or a
    cue's span inside it is left alone. ``spans`` are in order and do not overlap."""
    multi_word = [match for match in known if match[1] - match[0] > 1]
    if not multi_word or not spans:
        return spans
    owner = {position: number for number, span in enumerate(spans) for position in range(span.start, span.end)}
    replaced: set[int] = set()  # numbers of the spans in ``spans`` that a known name replaces
    added = []
    for start, end, kind in multi_word:
        pieces = [spans[number] for number in sorted({owner[p] for p in range(start, end) if p in owner})]
        if not pieces or (len(pieces) == 1 and (pieces[0].start, pieces[0].end) == (start, end)):
            continue  # nothing the model found here, or it found the name whole
        if pieces[0].start >= start and pieces[-1].end <= end and not any(piece.strong for piece in pieces):
            replaced.update(owner[piece.start] for piece in pieces)
            added.append(_Span(index, start, end, kind, True))
    if not added:
        return spans
    kept = [span for number, span in enumerate(spans) if number not in replaced]
    return sorted(kept + added, key=lambda span: span.start)


def _person_cues(words: Sequence[str]) -> list[tuple[int, int, str]]:
    lex = lexicons()
    capitalised_cues = names.title_words() | names.honorifics()
    found = []
    position = 0
    while position < len(words):
        first_name = words[position] in lex["first"]
        end = position
        while end < len(words) and end - position < 4:
            if not _is_name_word(words[end], after_first_name=first_name and end > position):
                break
            end += 1
        previous = words[position - 1] if position else ""
        after_title = previous in names.title_heads() or (
            previous[:1].isupper() and previous.lower() in capitalised_cues
        )
        given_name = end - position >= 2 and HYPHENATED_GIVEN_NAME.fullmatch(words[position + 1]) is not None
        if end > position and (after_title or given_name or (first_name and end - position >= 2)):
            found.append((position, end, "PERSON"))
        position = max(end, position + 1)
    return found


def _product_cues(words: Sequence[str], known: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``iPhone 4``, ``iTunes Music Store``, ``Airbus A380``, ``Boeing 737s``, ``787 Dreamliner``: a camel-case
    brand or a model number, with the maker's name (not a common word: ``Flight 447``) before it and capitalised
    words or numbers after it; and a known stock market index (``Dow Jones Industrial Average``), which outranks
    the model's reading of its words (``known``: the sentence's gazetteer matches)."""
    found = [match for match in known if match[2] == "PRODUCT"]
    common = lexicons()["common"]
    for position, word in enumerate(words):
        if any(start <= position < end for start, end, _ in found):
            continue
        maker = position > 1 and _is_product_word(words[position - 1]) and words[position - 1].lower() not in common
        if not (
            CAMEL_CASE_PRODUCT.fullmatch(word)
            or MODEL_NUMBER.fullmatch(word)
            or (maker and BARE_MODEL_NUMBER.fullmatch(word))
        ):
            continue
        start = position - 1 if maker else position
        end = position + 1
        while end < len(words) and (_is_product_word(words[end]) or words[end][:1].isdigit()):
            end += 1
        found.append((start, end, "PRODUCT"))
    return found


def _is_product_word(word: str) -> bool:
    return word[:1].isupper() and word.lower() not in FUNCTION_WORDS and word not in lexicons()["notent"]


def _organisation_cues(words: Sequence[str], lowered: frozenset[str]) -> list[tuple[int, int, str]]:
    lex = lexicons()
    found = []
    for head, word in enumerate(words):
        if word not in lex["orghead"] or (found and found[-1][1] > head):
            continue
        start = head
        while start > 0 and _is_organisation_word(words[start - 1], lowered):
            start -= 1
        end = head + 1
        while end < len(words) and words[end] in lex["orghead"]:
            end += 1
        if end + 1 < len(words) and words[end] in ("of", "for") and words[end + 1][:1].isupper():
            end += 1
            while end < len(words) and _is_organisation_word(words[end], lowered):
                end += 1
        if end - start >= 2 and words[end - 1] not in ("of", "for"):
            found.append((start, end, "ORG"))
    for position in range(1, len(words)):
        # A descriptor before capitalised words: ``automaker Chrysler``, ``the bank Lehman Brothers``.
        if words[position - 1].lower() not in lex["orgdescriptor"]:
            continue
        if any(start <= position < end for start, end, _ in found):
            continue
        end = position
        while end < len(words) and _is_organisation_word(words[end], lowered) and words[end] not in lex["first"]:
            end += 1
        if end > position:
            found.append((position, end, "ORG"))
    return found


def _is_organisation_word(word: str, lowered: frozenset[str]) -> bool:
    """A capitalised word that can be part of an organisation's name: not a headline's ``To``, ``In`` or ``Open``
    (a word the document also writes in lower case), unless it names a field (``Health Ministry``)."""
    lower = word.lower()
    return (
        word[:1].isupper()
        and word.isalpha()
        and lower not in FUNCTION_WORDS
        and word not in lexicons()["notent"]
        and (lower not in lowered or lower in names.title_words())
    )


def _is_name_word(word: str, *, after_first_name: bool = False) -> bool:
    """A word that can be part of a person's name (``Hayashi``, ``McCain``, ``O'Leary``, ``J.``, not ``OS`` or
    ``X``); after a first name a common word may be a surname (``Jobs``)."""
    lex = lexicons()
    return (
        PERSON_NAME_WORD.fullmatch(word) is not None
        and (after_first_name or word.lower() not in lex["common"])
        and word not in lex["notent"]
        and word.lower() not in names.title_words()
        and word not in lex["orghead"]
        and word not in REGION_HEADS
    )


def _bio_spans(tags: Sequence[str], words: Sequence[str]) -> list[tuple[int, int, str]]:
    """The labelled spans of B/I ``tags``; a comma ends a span (the model sometimes runs a list of names together:
    ``Ohio, Texas, Utah``) and the name after it starts a new one."""
    found: list[list] = []
    for position, tag in enumerate(tags):
        if words[position] == ",":
            continue
        if tag.startswith("B-") or (tag.startswith("I-") and position and words[position - 1] == ","):
            found.append([position, position + 1, tag[2:]])
        elif tag.startswith("I-") and found and found[-1][1] == position:
            found[-1][1] = position + 1
    return [tuple(span) for span in found]


def _split_inner_title(span: _Span, words: Sequence[str]) -> list[_Span]:
    """A lower-case title inside a span separates an organisation from a person: ``Foreign Ministry spokesman
    Mao Ning`` → ``Foreign Ministry`` + ``Mao Ning``."""
    heads = names.title_heads()
    for position in range(span.start + 1, span.end - 1):
        word = words[position]
        if word.islower() and word in heads and words[position + 1][:1].isupper():
            return [
                _Span(span.sentence, span.start, position, span.type, span.strong),
                _Span(span.sentence, position + 1, span.end, "PERSON", False),
            ]
    return [span]


def _join_modifier_to_organisation(spans: list[_Span], words: Sequence[str]) -> list[_Span]:
    """A nationality or place right before an organisation name is part of it: ``Chinese`` + ``Foreign Ministry``
    → ``Chinese Foreign Ministry``, ``China`` + ``Eastern Airlines`` → ``China Eastern Airlines``; so is a known
    place right after its last (capitalised) word, naming a branch (``GM`` + ``Europe``, ``Air`` + ``China``), but
    not after ``Republican from``."""
    heads = lexicons()["orghead"]
    joined: list[_Span] = []
    for span in spans:
        previous = joined[-1] if joined else None
        if previous is None or previous.end != span.start:
            joined.append(span)
        elif previous.type in ("NORP", "GPE") and span.type == "ORG" and words[span.end - 1] in heads:
            span.start = previous.start
            joined[-1] = span
        elif previous.type == "ORG" and _is_known_place(span) and words[previous.end - 1][:1].isupper():
            previous.end = span.end
        else:
            joined.append(span)
    return joined


def _qualify_places(spans: Sequence[_Span], words: Sequence[str]) -> None:
    """``Seattle, Washington``, ``Aceh, Indonesia``: a place followed by a comma and a known state or country is
    one mention, the state or country a second one inside it (as news corpora mark them). Places in a list
    (``France, Germany and Italy``, ``Paris, Berlin, Rome``) are not joined."""
    by_start = {span.start: span for span in spans}
    for span in spans:
        qualifier = by_start.get(span.end + 1)
        if (
            span.type == "GPE"
            and qualifier is not None
            and _is_known_place(qualifier)
            and words[span.end] == ","
            and not (span.start > 0 and words[span.start - 1] in LIST_SEPARATORS)
            and not _continues_list(qualifier.end, words, by_start)
        ):
            span.extent_end = qualifier.end


def _extend_market_indices(spans: Sequence[_Span], words: Sequence[str]) -> None:
    """``the S&P 500 index``, ``the Nikkei 225 stock market index``: the noun after an index's name belongs to
    its mention, as in the indices' own names (``Hang Seng Index``, ``FTSE 100 Index``)."""
    for span in spans:
        if span.type != "PRODUCT" or gazetteer().get(" ".join(words[span.start : span.end])) != "PRODUCT":
            continue
        end = span.end
        while end < len(words) and words[end].lower() in INDEX_MODIFIERS:
            end += 1
        if end < len(words) and words[end].lower() in INDEX_NOUNS:
            span.extent_end = end + 1


def _continues_list(position: int, words: Sequence[str], by_start: dict[int, _Span]) -> bool:
    """Whether the words from ``position`` go on with a list of names: ``and``/``or``, or a comma then one."""
    if position < len(words) and words[position] == ",":
        position += 1
        if position in by_start:
            return True
    return position < len(words) and words[position] in LIST_CONJUNCTIONS


def _is_known_place(span: _Span) -> bool:
    return span.type in ("GPE", "LOC") and span.strong


def _refine(span: _Span, words: Sequence[str]) -> list[_Span]:
    """Trim, type and split one candidate; returns zero, one or two spans (a title's organisation)."""
    start, end = span.start, span.end
    while start < end and (words[start].lower() in ARTICLES or not any(char.isalnum() for char in words[start])):
        start += 1
    while end > start and (
        words[end - 1] in POSSESSIVE_TOKENS
        or words[end - 1] in CONNECTORS
        or words[end - 1] in lexicons()["notent"]
        or not any(char.isalnum() for char in words[end - 1])
    ):
        end -= 1
    if start == end or not _is_name(words, start, end):
        return []
    span.start, span.end = start, end
    _trim_to_known_place(span, words)
    _retype(span, words)
    if span.type in ("PERSON", "GPE", "LOC") and any(char.isdigit() for word in words[start:end] for char in word):
        return []  # a model number (``A380``, ``Chapter 11``), not a person or a place
    if span.type == "PERSON":
        return _split_title(span, words)
    return [span]


def _is_name(words: Sequence[str], start: int, end: int) -> bool:
    """Not a name: no capitalised word, or only weekdays/months/pronouns, or one common word opening a sentence."""
    lex = lexicons()
    span_words = words[start:end]
    if not any(word[:1].isupper() or CAMEL_CASE_PRODUCT.fullmatch(word) for word in span_words):
        return False
    if all(word in lex["notent"] or word.lower() in lex["common"] and start == 0 for word in span_words):
        return False
    if span_words[-1] not in lex["orghead"] and all(
        word.lower() in names.title_words() or word.lower() in names.honorifics() for word in span_words
    ):
        return False  # a title alone (``Foreign Minister``), but ``Labour Party`` is a name
    if len(span_words) == 1 and span_words[0].lower() in lex["common"] and span_words[0] not in gazetteer():
        if start == 0 or span_words[0].lower() in names.title_words():
            return False
    return True


def _trim_to_known_place(span: _Span, words: Sequence[str]) -> None:
    """``North Korea North`` → ``North Korea``: a place span that is a known place plus common words."""
    if span.type not in ("GPE", "LOC") or " ".join(words[span.start : span.end]) in gazetteer():
        return
    common = lexicons()["common"]
    for end in range(span.end - 1, span.start, -1):
        if words[end].lower() not in common and words[end] not in COMPASS_WORDS:
            return
        if gazetteer().get(" ".join(words[span.start : end])) in ("GPE", "LOC"):
            span.end = end
            return


def _retype(span: _Span, words: Sequence[str]) -> None:
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


def _split_title(span: _Span, words: Sequence[str]) -> list[_Span]:
    """``Foreign Minister Yoshimasa Hayashi`` → the name, role ``Foreign Minister``; an organisation at the head
    of the title (``Chinese Foreign Ministry spokesman Mao Ning``) becomes its own ORG span."""
    span_words = words[span.start : span.end]
    length = names.role_length(span_words)
    organisation = None
    if not length:
        length = _title_after_organisation(span_words)
        if length:
            org_end = span.start + _organisation_length(span_words)
            organisation = _Span(span.sentence, span.start, org_end, "ORG", True)
    if not length:
        return [span]
    role_words = [word for word in span_words[:length] if word.lower() not in names.honorifics()]
    span.role = " ".join(role_words) or None
    span.start += length
    if all(word.lower() in names.title_words() for word in words[span.start : span.end]):
        return [organisation] if organisation else []
    return [organisation, span] if organisation else [span]


def _organisation_length(span_words: Sequence[str]) -> int:
    heads = lexicons()["orghead"]
    return max((position + 1 for position, word in enumerate(span_words) if word in heads), default=0)


def _title_after_organisation(span_words: Sequence[str]) -> int:
    """Length of ``<Organisation> <title words>`` at the start of a person span, or 0."""
    org_length = _organisation_length(span_words)
    if not org_length:
        return 0
    length = names.role_length(list(span_words[org_length:]))
    return org_length + length if length else 0


def _role_before(span: _Span, words: Sequence[str], ends: dict[int, _Span]) -> str | None:
    """A title written before the name: ``Foreign Minister`` / ``Chinese Foreign Ministry spokesman``;
    ``ends`` are the sentence's ORG, GPE and NORP spans by their end."""
    allowed, heads = names.title_words(), names.title_heads()
    position, start, has_head = span.start, span.start, False
    while position > 0:
        previous = words[position - 1]
        if previous.lower() in allowed:
            has_head = has_head or previous.lower() in heads
            position -= 1
            if has_head:
                start = position
        elif has_head and position in ends:
            position = start = ends[position].start
        else:
            break
    return " ".join(words[start : span.start]) if start < span.start else None


def _role_after(span: _Span, words: Sequence[str], starts: dict[int, _Span]) -> str | None:
    """An appositive title: ``Mao Ning, a spokeswoman``, ``Hayashi, the foreign minister,``; ``starts`` are the
    sentence's ORG, GPE and NORP spans by their start."""
    position = span.end
    if position + 1 >= len(words) or words[position] != ",":
        return None
    position += 1
    if words[position].lower() in APPOSITIVE_OPENERS:
        position += 1
    allowed, heads = names.title_words(), names.title_heads()
    first, end = position, None
    while position < len(words):
        if words[position].lower() in allowed:
            position += 1
            if words[position - 1].lower() in heads:
                end = position
        elif position in starts and end is None:
            position = starts[position].end
        else:
            break
    if end is None or (end < len(words) and words[end][:1].isupper()):
        return None
    return " ".join(words[first:end])


# --- Step 3 and 4: grouping mentions into entities -----------------------------------------------------------


@dataclass
class _Group:
    spellings: collections.Counter = field(default_factory=collections.Counter)
    votes: collections.Counter = field(default_factory=collections.Counter)
    roles: list = field(default_factory=list)
    mentions: dict = field(default_factory=dict)  # (start, end) -> text
    lexicon_types: collections.Counter = field(default_factory=collections.Counter)  # types a lexicon or cue gave
    after_place_preposition: int = 0  # mentions written after "in", "near", "from"…


def _group(document: Document, sentence_words: Sequence[Sequence[str]], spans: Sequence[_Span]) -> list[Entity]:
    text = document.text
    groups: dict[str, _Group] = {}
    for span in spans:
        tokens = document.sentences[span.sentence].tokens
        words = sentence_words[span.sentence]
        start, end = tokens[span.start].start, tokens[(span.extent_end or span.end) - 1].end
        spelling = " ".join(words[span.start : span.end])
        if ACRONYM_WITH_FULL_STOP.search(spelling):
            # ``with NATO. – n.``: the tokenizer left a sentence's full stop on an acronym.
            spelling, end = spelling[:-1], end - 1
        elif ABBREVIATION_WITHOUT_FULL_STOP.search(spelling) and text[end : end + 1] == ".":
            # ``in the U.S.`` at a sentence's end: the full stop also ends the abbreviation.
            spelling, end = spelling + ".", end + 1
        key = names.normalise(spelling)
        group = groups.setdefault(key, _Group())
        group.spellings[key] += 1
        group.votes[span.type] += LEXICON_VOTE if span.strong else MODEL_VOTE
        if span.strong:
            group.lexicon_types[span.type] += 1
        if span.role:
            group.roles.append(span.role)
        group.mentions[(start, end)] = text[start:end]
        if span.start > 0 and words[span.start - 1].lower() in PLACE_PREPOSITIONS:
            group.after_place_preposition += 1
    merged = _merge_groups(document, groups)
    surnames = collections.Counter(
        key.split()[-1] for key, group in merged.items() if _vote(group) == "PERSON" and " " in key
    )
    for group in merged.values():
        _check_person(group, surnames)
        _check_place(group)
    _add_unmarked_mentions(document, sentence_words, merged, surnames)
    tags = {
        token.start: tag
        for sentence, sentence_tags in zip(document.sentences, document.pos_tags, strict=False)
        for token, tag in zip(sentence.tokens, sentence_tags, strict=False)
    }
    return [_entity(group, text, tags) for group in merged.values()]


def _merge_groups(document: Document, groups: dict[str, _Group]) -> dict[str, _Group]:
    """Join spellings of one entity: acronyms and their expansions, surnames and leading parts of names."""
    types = {key: _vote(group) for key, group in groups.items()}
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
    definitions = _acronym_definitions(document.text.translate(ASCII_QUOTES), groups)
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
    merged: dict[str, _Group] = {}
    for key, group in groups.items():
        root = key
        seen = set()
        while root in target and root not in seen:
            seen.add(root)
            root = target[root]
        into = merged.setdefault(root, _Group())
        into.spellings.update(group.spellings)
        # The full name a short form stands for decides what the entity is (``Ford`` of ``Ford Motor Company``).
        weight = FULL_NAME_WEIGHT if key == root else 1
        into.votes.update({kind: votes * weight for kind, votes in group.votes.items()})
        into.roles.extend(group.roles)
        into.mentions.update(group.mentions)
        into.lexicon_types.update(group.lexicon_types)
        into.after_place_preposition += group.after_place_preposition
    return merged


ACRONYM_IN_BRACKETS = re.compile(r"\(([A-Z][A-Z.&]{1,11})\)")
ACRONYM_STANDS_FOR = re.compile(r"\b([A-Z][A-Z.&]{1,11}),? (?:which|that) stands for (?:the )?")


def _acronym_definitions(text: str, groups: dict[str, _Group]) -> dict[str, str]:
    """Acronyms defined in the text: ``North Atlantic Treaty Organization (NATO)``, ``NATO, which stands for …``."""
    long_names = [key for key in groups if len(key.split()) > 1]
    found = {}
    for match in ACRONYM_IN_BRACKETS.finditer(text):
        before = text[max(0, match.start() - 120) : match.start()].rstrip()
        fitting = [name for name in long_names if before.endswith(name)]
        if fitting and match.group(1) in groups:
            found[match.group(1)] = max(fitting, key=len)
    for match in ACRONYM_STANDS_FOR.finditer(text):
        fitting = [name for name in long_names if text.startswith(name, match.end())]
        if fitting and match.group(1) in groups:
            found[match.group(1)] = max(fitting, key=len)
    return found


def _add_unmarked_mentions(
    document: Document, sentence_words: Sequence[Sequence[str]], groups: dict[str, _Group], surnames: collections.Counter
) -> None:
    """Occurrences of a known spelling that the recogniser missed become mentions of that entity; so do those of
    a person's surname, when only one person in the article has it."""
    by_first_word: dict[str, list[tuple[tuple[str, ...], str]]] = collections.defaultdict(list)
    common = lexicons()["common"]
    for key, group in groups.items():
        spellings = set(group.spellings)
        surname = key.split()[-1]
        if _vote(group) == "PERSON" and surnames[surname] == 1:
            spellings.add(surname)
        if _vote(group) == "ORG" and (short := _organisation_short_form(key)):
            spellings.add(short)
        for spelling in spellings:
            words = tuple(spelling.split())
            if any(word[:1].isupper() for word in words):
                by_first_word[words[0]].append((words, key))
    for candidates in by_first_word.values():
        candidates.sort(key=lambda item: -len(item[0]))
    covered = {position for group in groups.values() for start, end in group.mentions for position in (start, end - 1)}
    text = document.text
    for sentence, words in zip(document.sentences, sentence_words, strict=False):
        tokens = sentence.tokens
        position = 0
        while position < len(words):
            for spelling, key in by_first_word.get(words[position], ()):
                size = len(spelling)
                if tuple(words[position : position + size]) != spelling:
                    continue
                start, end = tokens[position].start, tokens[position + size - 1].end
                opener = position == 0 and size == 1 and spelling[0].lower() in common
                if opener and _vote(groups[key]) == "PERSON":
                    # "Jobs resigned" is the person, "Jobs are scarce" the common word.
                    opener = position + 1 >= len(words) or words[position + 1].lower() in PLURAL_VERBS
                unmarked = start not in covered and end - 1 not in covered and not opener
                if unmarked and not _is_currency_code(text, end):
                    groups[key].mentions[(start, end)] = text[start:end]
                position += size - 1
                break
            position += 1


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


def _check_person(group: _Group, surnames: Collection[str]) -> None:
    """News introduces people by full name, title or honorific: a "person" only ever written as one word that is
    not a known first name nor the surname of a person in the article, with no title or honorific (``Boeing``,
    ``Chrysler``), is an organisation; so is one called by the first word of its name but never by the last."""
    if _vote(group) != "PERSON" or group.roles or group.lexicon_types["PERSON"]:
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


def _check_place(group: _Group) -> None:
    """A one-word "place" that only the model calls one (no gazetteer entry), mentioned more than once and never
    after a place preposition (``in``, ``near``, ``from`` …) is a company or organisation (``Ford said``,
    ``Boeing’s jets``)."""
    one_word = all(len(spelling.split()) == 1 for spelling in group.spellings)
    if (
        one_word
        and len(group.mentions) > 1
        and _vote(group) == "GPE"
        and not group.lexicon_types["GPE"]
        and not group.after_place_preposition
    ):
        group.votes["ORG"] = group.votes["GPE"] + 1


def _vote(group: _Group) -> str:
    """The entity's type: the most voted among the types a gazetteer or cue gave it, if any (``automaker
    Chrysler`` once outweighs any number of the model's ``stake in Chrysler`` places), else among the model's."""
    if not group.lexicon_types:
        return group.votes.most_common(1)[0][0]
    return max(group.lexicon_types, key=lambda kind: group.votes[kind])


def _with_article(text: str, start: int, end: int, tags: dict[int, str]) -> int:
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


def _entity(group: _Group, text: str, tags: dict[int, str]) -> Entity:
    kind = _vote(group)
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
    for mention in mentions:
        alias = names.normalise(mention.text.translate(ASCII_QUOTES))
        if alias != name and alias not in aliases:
            aliases.append(alias)
    role = collections.Counter(group.roles).most_common(1)[0][0] if group.roles else None
    return Entity(name, kind, role, tuple(aliases), mentions)
