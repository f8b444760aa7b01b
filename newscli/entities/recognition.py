"""Recognition: the candidate names of one sentence (steps 1 and 2 of the pipeline in ``newscli.entities``).

The trained recogniser's spans, corrected by the cue lexicons and gazetteers, trimmed, typed and stripped of
people's titles, which become roles."""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Sequence
from functools import lru_cache
from itertools import compress

from .. import names
from ..document import Sentence
from ..ner import gazetteer, gazetteer_matches, lexicons, recogniser
from .entity_types import mark_teams, results_line_positions, retype, team_positions
from .junk import is_name
from .model import CAMEL_CASE_PRODUCT, HYPHENATED_GIVEN_NAME, REGION_HEADS, Candidate

MODEL_TYPES = {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE", "EVENT": "EVENT"}


CONNECTORS = frozenset({"of", "for", "and", "&", "the"})


COMPASS_WORDS = frozenset({"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central"})


ACRONYM = re.compile(r"[A-Z][A-Z&]{1,5}")

DISMISSAL_MARKS = frozenset({"c", "st", "b"})  # caught, stumped, bowled (cricket scorecards)

MAX_SLUG_WORDS = 2  # ``SOCCER``, ``RUGBY UNION``, ``HORSE RACING``


MODEL_NUMBER = re.compile(r"[A-Z]{1,2}\d{3}[A-Z]*s?")


BARE_MODEL_NUMBER = re.compile(r"\d{3}(?:-\d{3}[A-Z]*)?s?")


ROMAN_NUMERAL = re.compile(r"[IVXLC]+")


AGE = re.compile(r"[1-9]\d?|1[01]\d")


PERSON_NAME_WORD = re.compile(r"[A-Z]\.|(?:[A-Z][a-z]*['’-]?)?[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?")


ARTICLES = frozenset({"the", "a", "an"})


INDEX_NOUNS = frozenset({"index", "indices", "indexes"})


INDEX_MODIFIERS = frozenset({"stock", "share", "market", "equity", "benchmark"})


LIST_CONJUNCTIONS = frozenset({"and", "or", "&"})


LIST_SEPARATORS = LIST_CONJUNCTIONS | {","}


# Words that headline capitals may give a capital letter but that never join the words of a name around them.
FUNCTION_WORDS = ARTICLES | frozenset(
    {"to", "in", "on", "at", "by", "with", "from", "into", "over", "under", "about", "after", "before", "as",
     "is", "are", "was", "were", "will", "be", "has", "have", "had", "this", "that", "these", "those", "it",
     "its", "his", "her", "their", "our", "we", "they", "he", "she", "you", "not", "no"}
)


POSSESSIVE_TOKENS = frozenset({"'s", "'"})


APPOSITIVE_OPENERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our"})


def _line_starts(sentence: Sentence) -> set[int]:
    """The positions of the tokens that open a line of ``sentence``: a name never runs across a line break (a
    headline followed by a date line)."""
    if "\n" not in sentence.text:
        return set()  # most sentences are one line
    tokens = sentence.tokens
    return {
        position
        for position in range(1, len(tokens))
        if "\n" in sentence.text[tokens[position - 1].end - sentence.start : tokens[position].start - sentence.start]
    }


def sentence_candidates(
    index: int, sentence: Sentence, words: Sequence[str], tags: Sequence[str], lowered: frozenset[str]
) -> list[Candidate]:
    if not words:
        return []
    tokens = sentence.tokens
    line_starts = _line_starts(sentence)
    bounds = [0, *sorted(line_starts), len(words)]
    results_line = results_line_positions(words, list(zip(bounds, bounds[1:], strict=False)))
    spans = [
        Candidate(index, start, end, MODEL_TYPES[label], False)
        for start, end, label in _bio_spans(recogniser().tag(words, tags, lowered), words)
        if label in MODEL_TYPES
    ]
    known = gazetteer_matches(words)
    spans = _add_cue_spans(index, words, spans, lowered, known, results_line)
    spans = _join_known_name_pieces(index, spans, known)
    spans = _join_defined_names(index, spans, words)
    taken = [False] * len(words)
    for span in spans:
        for position in range(span.start, span.end):
            taken[position] = True
    for start, end, kind in known:
        if not any(taken[start:end]):
            spans.append(Candidate(index, start, end, kind, True))
            taken[start:end] = [True] * (end - start)
    for position in team_positions(words):
        if not taken[position]:
            spans.append(Candidate(index, position, position + 1, "ORG", True, team=True))
            taken[position] = True
    # An unknown acronym the model left out is most often an organisation (``KCNA``, ``NWSC``). Every ``ACRONYM``
    # is in capitals: only the words in capitals (``compress`` picks them without a step of Python per word) are
    # matched against the pattern.
    for position in compress(range(len(words)), map(str.isupper, words)):
        word = words[position]
        if (
            not taken[position]
            and ACRONYM.fullmatch(word)
            and word not in lexicons()["notent"]
            and word.lower() not in names.title_words()
            and not ROMAN_NUMERAL.fullmatch(word)
        ):
            spans.append(Candidate(index, position, position + 1, "ORG", False))
    # ``US$40 billion``, ``AU$ 52.5 million``: a country code written onto a currency sign is not a place.
    slugs = _slug_ends(sentence, bounds)
    spans = [
        span
        for span in spans
        if not is_currency_code(sentence.text, tokens[span.end - 1].end - sentence.start) and span.end not in slugs
    ]
    spans.sort(key=lambda span: span.start)
    breaks = sorted(line_starts)
    for span in spans:
        following = bisect.bisect_right(breaks, span.start)  # the first line start inside the span, if any
        if following < len(breaks) and breaks[following] < span.end:
            span.end = breaks[following]
    result: list[Candidate] = []
    for span in spans:
        for piece in _split_inner_title(span, words):
            result.extend(_refine(piece, words, lowered, line_starts))
    result = _join_modifier_to_organisation(result, words)
    mark_teams(result, words, results_line)
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


def _slug_ends(sentence: Sentence, bounds: Sequence[int]) -> set[int]:
    """Where a wire headline's topic slug ends (``SOCCER - SHEARER NAMED…``, ``RUGBY UNION - …``): words in
    capitals opening a line, before a spaced dash, the headline after it in capitals too (not a dateline's
    ``WASHINGTON - The president…``). A slug files the story under a subject; it names nothing."""
    tokens = sentence.tokens
    ends: set[int] = set()
    for line_start in bounds[:-1]:
        # Only a line's first few words can hold a slug's dash: their texts alone are looked at.
        opening = [token.text for token in tokens[line_start : line_start + MAX_SLUG_WORDS + 1]]
        dash = next((line_start + offset for offset, word in enumerate(opening) if word in ("-", "--")), None)
        if (
            dash is not None
            and dash > line_start
            and all(word.isupper() and word.isalpha() for word in opening[: dash - line_start])
            and dash + 1 < len(tokens)
            and tokens[dash + 1].text.isupper()
        ):
            ends.update(range(line_start + 1, dash + 1))
    return ends


def is_currency_code(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is written onto a currency sign (``US$``)."""
    return text[end : end + 1] == "$"


def _add_cue_spans(
    index: int,
    words: Sequence[str],
    spans: list[Candidate],
    lowered: frozenset[str],
    known: Sequence[tuple[int, int, str]],
    results_line: frozenset[int],
) -> list[Candidate]:
    """Names the cue lexicons vouch for replace the model's spans they overlap: capitalised words after a title
    or honorific (``Minister Yoshimasa Hayashi``, ``spokesman Mao Ning``) or starting with a known first name
    (``Steve Jobs``), or written as a surname and a hyphenated given name (``Lau Siu-lai``) are people;
    capitalised words ending in an organisation head (``Chinese Foreign Ministry``, ``Bank of Japan``) or after a
    descriptor (``automaker Chrysler``) are organisations; brands, model numbers and market indices are products.
    ``lowered`` is the document's lower-case words, ``known`` the sentence's gazetteer matches."""
    found = _person_cues(words) + _organisation_cues(words, lowered) + _product_cues(words, known, results_line)
    # A span survives unless a later cue overlaps it: mark each position with the last cue that covers it
    # (one pass, where filtering all spans once per cue was quadratic in a sentence of thousands of names).
    last_cue = [-1] * len(words)
    for number, (start, end, _) in enumerate(found):
        last_cue[start:end] = [number] * (end - start)
    kept = [span for span in spans if all(last_cue[position] < 0 for position in range(span.start, span.end))]
    kept += [
        Candidate(index, start, end, kind, True)
        for number, (start, end, kind) in enumerate(found)
        if all(last_cue[position] == number for position in range(start, end))
    ]
    return sorted(kept, key=lambda span: span.start)


# Lower-case words that may stand inside a name an acronym abbreviates (``Centers for Disease Control and
# Prevention``); longest name looked for before a bracketed acronym, in words.
DEFINED_NAME_CONNECTORS = frozenset({"of", "for", "and", "&", "the", "on", "in", "de", "to"})
DEFINED_NAME_MAX_WORDS = 12


def _join_defined_names(index: int, spans: list[Candidate], words: Sequence[str]) -> list[Candidate]:
    """A name followed by its acronym in brackets (``Centers for Disease Control and Prevention (CDC)``) that the
    recogniser cut into pieces is one organisation, and so is the acronym; a name it found whole (``the iPhone
    Software Development Kit (SDK)``) keeps its reading."""
    if "(" not in words:
        return spans  # most sentences have no brackets
    found = []
    earliest_start_by_end: dict[int, int] = {}
    for span in spans:
        earliest_start_by_end[span.end] = min(span.start, earliest_start_by_end.get(span.end, span.start))
    for position in range(2, len(words) - 2):
        if words[position] != "(" or words[position + 2] != ")" or not names.is_acronym(words[position + 1]):
            continue
        letters = words[position + 1].replace(".", "").replace("&", "")
        start = _defined_name_start(words, position, letters)
        if start is not None and earliest_start_by_end.get(position, len(words)) > start:
            found += [(start, position), (position + 1, position + 2)]
    if not found:
        return spans
    covered = [False] * len(words)
    for start, end in found:
        covered[start:end] = [True] * (end - start)
    kept = [span for span in spans if not any(covered[span.start : span.end])]
    kept += [Candidate(index, start, end, "ORG", True) for start, end in found]
    return sorted(kept, key=lambda span: span.start)


def _defined_name_start(words: Sequence[str], end: int, letters: str) -> int | None:
    """Where the name ending before ``end`` starts whose leading capitalised words' initials spell ``letters``
    (an agency may outgrow its acronym: ``Centers for Disease Control and Prevention``, ``CDC``)."""
    run = end
    while run > max(0, end - DEFINED_NAME_MAX_WORDS) and (
        words[run - 1][:1].isupper() or words[run - 1] in DEFINED_NAME_CONNECTORS
    ):
        run -= 1
    for start in range(run, end):
        initials = "".join(word[0] for word in words[start:end] if word[:1].isupper())
        if words[start][:1].isupper() and initials.startswith(letters):
            return start
    return None


def _join_known_name_pieces(
    index: int, spans: list[Candidate], known: Sequence[tuple[int, int, str]]
) -> list[Candidate]:
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
            added.append(Candidate(index, start, end, kind, True))
    if not added:
        return spans
    kept = [span for number, span in enumerate(spans) if number not in replaced]
    return sorted(kept + added, key=lambda span: span.start)


def _person_cues(words: Sequence[str]) -> list[tuple[int, int, str]]:
    lex = lexicons()
    capitalised_cues = names.title_and_honorific_words()
    title_heads, known = names.title_heads(), gazetteer()
    found = []
    next_free = 0  # the first position after the last run of name words looked at
    # No name starts at a word that is no name word (most words): ``compress`` passes over those without a step
    # of Python each.
    for position in compress(range(len(words)), map(_is_name_word, words)):
        if position < next_free:
            continue
        first_name = words[position] in lex["first"]
        end = position
        while end < len(words) and end - position < 4:
            if not _is_name_word(words[end], after_first_name=first_name and end > position):
                break
            end += 1
        previous = words[position - 1] if position else ""
        after_title = previous in title_heads or (
            previous[:1].isupper() and previous.lower() in capitalised_cues
        )
        given_name = end - position >= 2 and HYPHENATED_GIVEN_NAME.fullmatch(words[position + 1]) is not None
        aged = end > position and _followed_by_age(words, end) and words[position] not in known
        if end > position and (
            after_title or given_name or aged or (first_name and end - position >= 2) or _in_dismissal(words, position, end)
        ):
            found.append((position, end, "PERSON"))
        next_free = end
    return found


def _followed_by_age(words: Sequence[str], end: int) -> bool:
    """News gives a person's age in commas after the name (``Wang, 45, was sentenced``)."""
    return end + 2 < len(words) and words[end] == "," and AGE.fullmatch(words[end + 1]) is not None and words[end + 2] == ","


def _in_dismissal(words: Sequence[str], start: int, end: int) -> bool:
    """A cricket scorecard's fielder or bowler: after ``c`` (caught), ``st`` (stumped) or ``b`` (bowled), before
    ``b`` or the batsman's runs (``c Smith b Jones 13``, ``lbw b Jones 1``): scorecards name players by surname."""
    following = words[end] if end < len(words) else ""
    return start > 0 and words[start - 1] in DISMISSAL_MARKS and (following == "b" or following.isdigit())


def _product_cues(
    words: Sequence[str], known: Sequence[tuple[int, int, str]], results_line: frozenset[int]
) -> list[tuple[int, int, str]]:
    """``iPhone 4``, ``iTunes Music Store``, ``Airbus A380``, ``Boeing 737s``, ``787 Dreamliner``: a camel-case
    brand or a model number, with the maker's name (not a common word: ``Flight 447``) before it and capitalised
    words or numbers after it; and a known stock market index (``Dow Jones Industrial Average``), which outranks
    the model's reading of its words (``known``: the sentence's gazetteer matches). In a results line a number
after a name is a score (``Durham 114``), not a model."""
    found = [match for match in known if match[2] == "PRODUCT"]
    covered = [False] * len(words)  # positions inside a product found so far (asking every span was quadratic)
    for start, end, _ in found:
        covered[start:end] = [True] * (end - start)
    common = lexicons()["common"]
    # Only a brand or a model number starts a product (few words are): ``compress`` picks those out.
    model_kinds = list(map(_model_kind, words))
    for position in compress(range(len(words)), model_kinds):
        model_kind = model_kinds[position]
        if covered[position]:
            continue
        maker = position > 1 and _is_product_word(words[position - 1]) and words[position - 1].lower() not in common
        if model_kind == "bare" and not (maker and position not in results_line):
            continue
        start = position - 1 if maker else position
        end = position + 1
        while end < len(words) and (_is_product_word(words[end]) or words[end][:1].isdigit()):
            end += 1
        found.append((start, end, "PRODUCT"))
        covered[start:end] = [True] * (end - start)
    return found


# Word tests on the lexicons alone: the same for every occurrence of a word, so worked out once per word.
WORD_MEMO_SIZE = 1 << 16


@lru_cache(maxsize=WORD_MEMO_SIZE)
def _model_kind(word: str) -> str | None:
    """``"named"`` for a camel-case brand or a model number (``iPhone``, ``A380``), ``"bare"`` for a bare model
    number, a product only after its maker's name (``737s``), else None."""
    if CAMEL_CASE_PRODUCT.fullmatch(word) or MODEL_NUMBER.fullmatch(word):
        return "named"
    return "bare" if BARE_MODEL_NUMBER.fullmatch(word) else None


@lru_cache(maxsize=WORD_MEMO_SIZE)
def _is_product_word(word: str) -> bool:
    return word[:1].isupper() and word.lower() not in FUNCTION_WORDS and word not in lexicons()["notent"]


def _organisation_cues(words: Sequence[str], lowered: frozenset[str]) -> list[tuple[int, int, str]]:
    lex = lexicons()
    found: list[tuple[int, int, str]] = []
    # Both passes start from a head or a descriptor word, which most sentences lack: a set test skips a pass then.
    heads = () if lex["orghead"].isdisjoint(words) else range(len(words))
    for head in heads:
        word = words[head]
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
    described = () if lex["orgdescriptor"].isdisjoint(map(str.lower, words)) else range(1, len(words))
    for position in described:
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


@lru_cache(maxsize=WORD_MEMO_SIZE)
def _is_name_word(word: str, *, after_first_name: bool = False) -> bool:
    """A word that can be part of a person's name (``Hayashi``, ``McCain``, ``O'Leary``, ``J.``, not ``OS`` or
    ``X``); after a first name a common word may be a surname (``Jobs``)."""
    lex = lexicons()
    return (
        PERSON_NAME_WORD.fullmatch(word) is not None
        and (after_first_name or word.lower() not in lex["common"])
        and word not in lex["notent"]
        and word.lower() not in names.title_words()
        and word.lower() not in names.honorifics()  # ``Ms Bauchtman``: British copy writes no full stop
        and word not in lex["orghead"]
        and word not in REGION_HEADS
    )


def _bio_spans(tags: Sequence[str], words: Sequence[str]) -> list[tuple[int, int, str]]:
    """The labelled spans of B/I ``tags``; a comma ends a span (the model sometimes runs a list of names together:
    ``Ohio, Texas, Utah``) and the name after it starts a new one."""
    found: list[list] = []
    # Most tags are ``O``: ``compress`` passes over them without a step of Python each.
    for position in compress(range(len(tags)), map("O".__ne__, tags)):
        tag = tags[position]
        if words[position] == ",":
            continue
        if tag.startswith("B-") or (tag.startswith("I-") and position and words[position - 1] == ","):
            found.append([position, position + 1, tag[2:]])
        elif tag.startswith("I-") and found and found[-1][1] == position:
            found[-1][1] = position + 1
    return [tuple(span) for span in found]


def _split_inner_title(span: Candidate, words: Sequence[str]) -> list[Candidate]:
    """A lower-case title inside a span separates an organisation from a person: ``Foreign Ministry spokesman
    Mao Ning`` → ``Foreign Ministry`` + ``Mao Ning``."""
    heads = names.title_heads()
    for position in range(span.start + 1, span.end - 1):
        word = words[position]
        if word.islower() and word in heads and words[position + 1][:1].isupper():
            return [
                Candidate(span.sentence, span.start, position, span.type, span.strong),
                Candidate(span.sentence, position + 1, span.end, "PERSON", False),
            ]
    return [span]


def _join_modifier_to_organisation(spans: list[Candidate], words: Sequence[str]) -> list[Candidate]:
    """A nationality or place right before an organisation name is part of it: ``Chinese`` + ``Foreign Ministry``
    → ``Chinese Foreign Ministry``, ``China`` + ``Eastern Airlines`` → ``China Eastern Airlines``; so is a known
    place right after its last (capitalised) word, naming a branch (``GM`` + ``Europe``, ``Air`` + ``China``), but
    not after ``Republican from``. A lone common word the recogniser split off a name is part of it, and a place
    so named is a club or company (``Shrewsbury`` + ``Town``, ``Dundee`` + ``United``, ``Washington`` + ``Post``);
    one split off words it did not take is dropped."""
    heads, common = lexicons()["orghead"], lexicons()["common"]
    joined: list[Candidate] = []
    for span in spans:
        previous = joined[-1] if joined else None
        if previous is None or previous.end != span.start:
            joined.append(span)
        elif previous.type in ("NORP", "GPE") and span.type == "ORG" and words[span.end - 1] in heads:
            span.start = previous.start
            joined[-1] = span
        elif previous.type == "ORG" and _is_known_place(span) and words[previous.end - 1][:1].isupper():
            previous.end = span.end
        elif span.end - span.start == 1 and words[span.start].lower() in common and previous.type in ("GPE", "LOC", "ORG"):
            previous.end, previous.type = span.end, "ORG"
        else:
            joined.append(span)
    # A lone common word left after another name's capitalised word is a fragment of that name (``Archbishop of
    # Cape`` + ``Town``), not an entity.
    return [
        span
        for span in joined
        if not (
            span.end - span.start == 1
            and span.start > 0
            and words[span.start].lower() in common
            and words[span.start - 1][:1].isupper()
            and not span.strong
        )
    ]


def _qualify_places(spans: Sequence[Candidate], words: Sequence[str]) -> None:
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


def _extend_market_indices(spans: Sequence[Candidate], words: Sequence[str]) -> None:
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


def _continues_list(position: int, words: Sequence[str], by_start: dict[int, Candidate]) -> bool:
    """Whether the words from ``position`` go on with a list of names: ``and``/``or``, or a comma then one."""
    if position < len(words) and words[position] == ",":
        position += 1
        if position in by_start:
            return True
    return position < len(words) and words[position] in LIST_CONJUNCTIONS


def _is_known_place(span: Candidate) -> bool:
    return span.type in ("GPE", "LOC") and span.strong


def _refine(span: Candidate, words: Sequence[str], lowered: frozenset[str], line_starts: Collection[int]) -> list[Candidate]:
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
    if start == end or not is_name(words, start, end, lowered, opens_line=start == 0 or start in line_starts):
        return []
    span.start, span.end = start, end
    _trim_to_known_place(span, words)
    retype(span, words)
    if span.type in ("PERSON", "GPE", "LOC") and any(char.isdigit() for word in words[start:end] for char in word):
        return []  # a model number (``A380``, ``Chapter 11``), not a person or a place
    if span.type == "PERSON":
        return _split_title(span, words)
    return [span]


def _trim_to_known_place(span: Candidate, words: Sequence[str]) -> None:
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


def _split_title(span: Candidate, words: Sequence[str]) -> list[Candidate]:
    """``Foreign Minister Yoshimasa Hayashi`` → the name, role ``Foreign Minister``; an organisation at the head
    of the title (``Chinese Foreign Ministry spokesman Mao Ning``) becomes its own ORG span."""
    span_words = words[span.start : span.end]
    length = names.role_length(span_words)
    organisation = None
    if not length:
        length = _title_after_organisation(span_words)
        if length:
            org_end = span.start + _organisation_length(span_words)
            organisation = Candidate(span.sentence, span.start, org_end, "ORG", True)
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


def _role_before(span: Candidate, words: Sequence[str], ends: dict[int, Candidate]) -> str | None:
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


def _role_after(span: Candidate, words: Sequence[str], starts: dict[int, Candidate]) -> str | None:
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
