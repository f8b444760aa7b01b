"""What happened when: an article's temporal expressions, normalised against its date, tied to the event
each one dates, in calendar order.

``build_timeline(doc)`` finds expressions with :mod:`newscli.timex`, decides the direction of bare weekdays
and months from the tense around them (POS tags and future cue words), resolves anaphoric ones ("the
previous day", "that year") against the last date mentioned at their granularity, and trims the clause
around each expression to its event.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cache, cached_property
from typing import TYPE_CHECKING

from . import timex
from .data import read_list
from .document import Document, Sentence, Span, Token

if TYPE_CHECKING:
    from .quotes.marks import Marks
    from .quotes.model import MarkSpan

CALENDAR_TYPES = frozenset({"DATE", "TIME"})
# Rules for a time of day whose day, unless named with it ("3 p.m. Friday"), is the last day mentioned.
CLOCK_RULES = timex.CLOCK_RULES
# What may stand between such a time and the day it falls on: "3 p.m. on Friday", "16:15 UTC, June 1st".
DAY_AFTER_CLOCK = re.compile(r"[ ,]*(?:on )?", re.IGNORECASE)
CLAUSE_BREAKS = frozenset({",", ";", ":", "--", "–", "—", "(", ")", '"', "``", "''"})
CONJUNCTIONS = frozenset({"and", "but", "or"})
# Prepositions that signal a date ("on Wednesday") and stay out of the event when the date is cut off.
SIGNALS = frozenset({"on", "in", "at", "by", "during", "since", "until", "till", "from", "for", "of", "as", "early", "late"})
FUTURE_AUXILIARIES = frozenset({"will", "'ll", "shall", "wo", "should", "would", "may", "might", "must"})
FUTURE_TAKES_TO = frozenset({"plans", "plan", "planning", "due", "set", "intends", "intend", "hopes", "hope", "wants", "want",
                             "aims", "aim", "seeks", "seek", "expects", "expect", "scheduled", "slated", "poised"})
# The modals that count towards an article's future narration (counted as words: a quick pass over the text).
NARRATIVE_FUTURE = ("will", "'ll", "shall")
# A decision in force now points to what it decides: "has decided to admit them in March", "have agreed to meet
# on Monday" (in the simple past, "decided to", the past tense governs).
DECIDED_TO = frozenset({"decided", "agreed", "promised", "pledged", "vowed", "voted", "planned", "threatened"})
PRESENT_PERFECT = frozenset({"has", "have", "'ve"})
# Clauses of time and condition take the present for the future ("when the case is heard in May", "if he
# wins on Sunday"): a present verb after one of these points forward.
# ("before", "after", "until" are more often prepositions: "after his win on Friday".)
TIME_OR_CONDITION = frozenset({"when", "whenever", "if", "unless", "once"})
# An attribution after the expression's clause ("…, an official said") dates the saying, not what is said.
REPORTING_VERBS = frozenset({"said", "says", "say", "told", "tells", "added", "adds", "announced", "reported", "stated",
                             "explained", "noted", "confirmed"})
# A modal perfect looks back ("may have helped the dollar on Monday", "would have won on Sunday"); "will have
# done" is a future perfect, "must have done" as often a requirement ("must have played before the deadline").
PAST_MODALS = frozenset({"may", "might", "would", "should"})
# "is set for Monday", "are due on Friday": a present "be" before these is a plan.
FUTURE_AFTER_BE = frozenset({"set", "due", "poised"})
# Words that open a subordinate clause: a verb after one governs that clause, not an expression before it
# ("told reporters on Saturday that she would run": the telling was on Saturday).
SUBORDINATOR_WORDS = ("that", "who", "which", "because", "if", "whether", "while", "although", "though", "when", "where")
SUBORDINATORS = re.compile(rf"\b(?:{'|'.join(SUBORDINATOR_WORDS)})\b", re.IGNORECASE)
# The words as a set, for a lower-cased token: a look-up instead of a regex call per token (``_opens_subordinate``).
SUBORDINATOR_SET = frozenset(SUBORDINATOR_WORDS)
BE_PRESENT = frozenset({"is", "are", "am", "'s", "'re"})
# Forms of "be" and "have" that, before another verb, only help it: the verb they help shows the tense ("has
# been scheduled" is the schedule's, not the past's).
AUXILIARIES = frozenset({"has", "have", "had", "was", "were", "be", "been", "being"})
PERFECT_AUXILIARIES = frozenset({"has", "have", "had", "'ve", "'d"})
DIRECTION_SIGNALS = {"since": timex.PAST, "until": timex.FUTURE, "till": timex.FUTURE}
FUTURE_REACH = 4  # tokens after "will" that belong to its verb group ("will be held")
# Tokens an event may reach on either side of its expression: a clause, never a whole run-on text (an event
# per expression as long as its sentence would make the output grow with the square of the input).
EVENT_REACH = 50


@dataclass(frozen=True)
class TimelineEntry(Span):
    type: str  # DATE, TIME, DURATION or SET
    value: str | None
    relative_to: str | None  # None (absolute), "document date" or "previous date"
    event: Span | None
    # Why the value is not what the article's date gives: the expression is inside a quotation the article
    # dates otherwise ("an e-mail of July 2012"), and is resolved against that date or left unknown.
    reason: str | None = None

    @cached_property
    def parsed(self) -> timex.CalendarValue | timex.PeriodValue | None:
        """The value taken apart (the renderer's input: no one re-parses value strings), None for values in
        neither form (``PAST_REF``, unresolved)."""
        return timex.parse_value(self.type, self.value)

    @property
    def is_dated(self) -> bool:
        """A calendar point or period (shown by default), including relative ones left unresolved for want
        of an article date."""
        if self.type not in CALENDAR_TYPES:
            return False
        if self.value is None:
            return self.relative_to is not None
        return timex.value_interval(self.value) is not None

    def to_json(self) -> dict:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "type": self.type,
            "value": self.value,
            "relative_to": self.relative_to,
            "event": None if self.event is None else self.event.to_json(),
        } | ({"reason": self.reason} if self.reason else {})


@dataclass(frozen=True)
class Timeline:
    reference_date: date | None
    entries: tuple[TimelineEntry, ...]

    def to_json(self) -> dict:
        return {"timeline": [entry.to_json() for entry in self.entries]}


def build_timeline(doc: Document, *, include_all: bool = False, day_first: bool = False) -> Timeline:
    """The article's temporal expressions, sorted by date (coarser periods before the finer ones inside
    them, article order between equals); undated ones (durations, sets, vague references) follow in article
    order when ``include_all``."""
    dct = doc.meta.date
    references: dict[str, date] = {}
    previous_period: str | None = None
    # Each entry's mention and the direction it was read in, for quotations the article dates otherwise.
    entries, readings = _dateline_entries(doc, day_first)
    quotations = _quotations(doc)
    narrative: int | None = None  # computed when a sentence without a tense needs it
    claimed = 0  # the end of the last mention, which a sentence split inside a date may carry past its sentence
    triggers = timex.present_triggers(doc.text)
    for index, (sentence, sentence_tags) in enumerate(zip(doc.sentences, doc.pos_tags, strict=False)):
        mentions = [mention for mention in _find(doc, index, triggers) if mention.start >= claimed]
        if not mentions:
            continue
        claimed = mentions[-1].end
        cues = _tense_cues(doc, index)
        # A quotation has its own tense: the reporting verb around it does not date what it says, unless it
        # shows none (a few quoted words: to present the plan "very soon"). The cues of each quotation of the
        # sentence (None: outside any), found once for all its expressions.
        cues_by_quotation: dict[int | None, list[tuple[int, int, int]]] = {}
        for cue in cues:
            cues_by_quotation.setdefault(quotations.index(cue[0]), []).append(cue)
        present = _has_present_verb(sentence_tags)
        past_perfect = _has_past_perfect(doc.lowered_token_texts[index], sentence_tags)
        clauses = _Clauses.of(doc, index)
        previous = None
        for mention in mentions:
            quotation = quotations.index(mention.start)
            own = cues_by_quotation.get(quotation, [])
            direction = _direction(doc.text, own if own or quotation is None else cues, mention, past_perfect)
            if direction == timex.NEUTRAL and not present:
                narrative = _narrative_tense(doc) if narrative is None else narrative
                direction = narrative
            context = timex.Context(dct, direction, dict(references), day_first, previous_period)
            normalised = timex.normalise(mention, doc.text, context)
            if normalised is None:
                continue
            if normalised.type in CALENDAR_TYPES and normalised.value and (unit := timex.granularity(normalised.value)):
                _remember(references, normalised.value)
                if unit != "day":
                    previous_period = normalised.value
            if previous is not None and normalised.value and _is_day_of(previous, mention, normalised, doc.text):
                day = {"day": date.fromisoformat(normalised.value)}
                clock = timex.normalise(previous, doc.text, replace(context, references=day))
                if clock is not None:
                    entries[-1] = replace(entries[-1], value=clock.value, relative_to=normalised.relative_to)
            previous = mention
            entries.append(
                TimelineEntry(
                    doc.text[mention.start : mention.end],
                    mention.start,
                    mention.end,
                    normalised.type,
                    normalised.value,
                    normalised.relative_to,
                    _event(doc.text, sentence, sentence_tags, mention, clauses),
                )
            )
            readings.append((mention, direction))
    entries = _date_quoted_material(doc, entries, readings, quotations, day_first)
    dated = sorted((entry for entry in entries if entry.is_dated), key=_sort_key)
    if include_all:
        dated += [entry for entry in entries if not entry.is_dated]
    return Timeline(dct, tuple(dated))


def _dateline_entries(doc: Document, day_first: bool) -> tuple[list[TimelineEntry], list[tuple[timex.RuleMatch, int]]]:
    """The dateline's expressions (no event, no tense), with their mentions."""
    entries: list[TimelineEntry] = []
    readings: list[tuple[timex.RuleMatch, int]] = []
    if dateline := _dateline(doc):
        for mention in timex.find(doc.text, *dateline):
            normalised = timex.normalise(mention, doc.text, timex.Context(doc.meta.date, timex.NEUTRAL, {}, day_first))
            if normalised is not None:
                entries.append(
                    TimelineEntry(
                        doc.text[mention.start : mention.end], mention.start, mention.end,
                        normalised.type, normalised.value, normalised.relative_to, None,
                    )
                )
                readings.append((mention, timex.NEUTRAL))
    return entries, readings


# A sentence the splitter ended on a month's abbreviation ("between now and Feb." | "10, so he remains"):
# the date runs on into the next one.
ENDS_ON_MONTH_ABBREVIATION = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$")


def _find(doc: Document, index: int, triggers: timex.PresentTriggers) -> list[timex.RuleMatch]:
    """The expressions that start in sentence ``index``, one that a wrong split after a month's
    abbreviation cut in two read whole. ``triggers``: ``timex.present_triggers`` of the text."""
    sentence = doc.sentences[index]
    end = sentence.end
    if index + 1 < len(doc.sentences) and ENDS_ON_MONTH_ABBREVIATION.search(doc.text, sentence.start, sentence.end):
        end = doc.sentences[index + 1].end
    mentions = timex.find(doc.text, sentence.start, end, triggers=triggers)
    return [mention for mention in mentions if mention.start < sentence.end]


def _dateline(doc: Document) -> tuple[int, int] | None:
    """The header line that holds the dateline's place ("WASHINGTON, March 12 (Xinhua) --"): its date is the
    article's own, written in the text (TimeML annotates it), unlike a ``Date:`` field."""
    if not doc.meta.dateline:
        return None
    header = doc.text[: doc.body_start]
    at = header.lower().rfind(doc.meta.dateline.lower())
    if at < 0:
        return None
    line_end = header.find("\n", at)
    return header.rfind("\n", 0, at) + 1, (doc.body_start if line_end < 0 else line_end)


def _is_day_of(clock: timex.RuleMatch, mention: timex.RuleMatch, normalised: timex.Normalised, text: str) -> bool:
    """Whether a mention names the day of the clock time right before it ("at 3 p.m. on Friday", "at 16:15
    UTC, June 1st"), which then falls on that day rather than on the last day mentioned."""
    return (
        clock.rule in CLOCK_RULES
        and "dayword" not in clock.groups
        and normalised.value is not None
        and timex.granularity(normalised.value) == "day"
        and "T" not in normalised.value
        and DAY_AFTER_CLOCK.fullmatch(text, clock.end, mention.start) is not None
    )


def _sort_key(entry: TimelineEntry) -> tuple:
    value = entry.value
    interval = timex.value_interval(value) if value else None
    if value is None or interval is None:
        return (date.max, 0, 0, entry.start)
    first, last = interval
    return (first, -(last - first).days, timex.time_of_day_rank(value), entry.start)


def _remember(references: dict[str, date], value: str) -> None:
    """Make a calendar value the anchor of later anaphoric expressions at its granularity and the coarser
    ones it determines ("2009-03-02" anchors "the previous day" and "that year"; "2009" only "that year")."""
    unit = timex.granularity(value)
    interval = timex.value_interval(value)
    if unit is None or interval is None:
        return
    first = interval[0]
    coarser = {"day": timex.GRANULARITIES, "week": ("week", "year"), "month": ("month", "quarter", "year"),
               "quarter": ("quarter", "year"), "year": ("year",)}[unit]
    for level in coarser:
        references[level] = first


# ----------------------------------------------------------------------------------------- quotations


def _quotations(doc: Document) -> Marks:
    """The article's quotations, found by the quotes analysis' mark scanner."""
    from .quotes.marks import Marks

    return Marks.of(doc)


@cache
def _record_nouns() -> re.Pattern:
    nouns = sorted(read_list("timex_quoted_records.txt"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(noun).replace("\\-", "[- ]").replace("\\ ", " ") for noun in nouns) + r")\b",
                      re.IGNORECASE)


# How far from a record's noun its date may stand: "an e-mail of July 2012", "a letter dated March 3, 2011
# to the board", "in a 2009 interview".
RECORD_DATE_REACH = 40
# Characters of attribution between two quotations that make the second a continuation of the first.
CONTINUED_QUOTATION_GAP = 40


def _quotation_date(doc: Document, quotations: Marks, number: int, dated: list[TimelineEntry]) -> TimelineEntry | None:
    """The date the article gives quotation ``number``'s words: a calendar date next to the noun of a record
    (``e-mail``, ``letter``, ``interview``) in the sentence that opens the quotation, before its opening mark (or
    in the sentence before, when the quotation opens its own), or in the sentence it closes in, after its
    closing mark. A quotation that goes on after a short attribution ('"…," he wrote. "…"') is dated as the one
    before it."""
    while True:
        found = _record_date(doc, quotations.spans[number], dated)
        previous_close = quotations.spans[number - 1].close_mark if number else None
        if found or previous_close is None or quotations.spans[number].open_mark - previous_close > CONTINUED_QUOTATION_GAP:
            return found
        number -= 1


def _record_date(doc: Document, span: MarkSpan, dated: list[TimelineEntry]) -> TimelineEntry | None:
    text = doc.text
    opening = doc.sentence_at(span.open_mark)
    regions = []
    if opening is not None:
        first = doc.sentences[opening].start
        if not any(char.isalpha() for char in text[first : span.open_mark]) and opening > 0:
            first = doc.sentences[opening - 1].start
        regions.append((first, span.open_mark))
    if span.close_mark is not None and (closing := doc.sentence_at(span.close_mark)) is not None:
        regions.append((span.close_mark + 1, doc.sentences[closing].end))
    candidates = []
    for low, high in regions:
        records = [match.span() for match in _record_nouns().finditer(text, low, high)]
        if not records:
            continue
        # ``dated`` is in article order: only the entries of the region are looked at.
        region = dated[bisect.bisect_left(dated, low, key=_start) : bisect.bisect_left(dated, high, key=_start)]
        candidates += [
            entry
            for entry in region
            if entry.value is not None
            and timex.value_interval(entry.value) is not None
            and any(min(abs(entry.start - end), abs(start - entry.end)) <= RECORD_DATE_REACH for start, end in records)
        ]
    return min(candidates, key=lambda entry: abs(entry.start - span.open_mark), default=None)


def _start(entry: TimelineEntry) -> int:
    return entry.start


def _date_quoted_material(
    doc: Document, entries: list[TimelineEntry], readings: list[tuple[timex.RuleMatch, int]], quotations: Marks, day_first: bool
) -> list[TimelineEntry]:
    """Relative dates inside a quotation the article dates otherwise (an e-mail of July 2012 quoted in a 2013
    article: "Call me Sunday night at 8 PM") are resolved against that date, not the article's; when that date
    is a period, against its first and its last day: a value both give is kept, else the date is not known
    (``XXXX-XX-XX``). Either way the entry says why (``reason``)."""
    dct = doc.meta.date
    outside: list[TimelineEntry] = []
    inside: dict[int, list[int]] = {}  # quotation → its relative entries
    for position, entry in enumerate(entries):
        number = quotations.index(entry.start)
        if number is None:
            outside.append(entry)
        elif entry.relative_to is not None:
            inside.setdefault(number, []).append(position)
    if dct is None or not inside:
        return entries
    redated = list(entries)
    for number, positions in sorted(inside.items()):
        dating = _quotation_date(doc, quotations, number, outside)
        if dating is None or dating.value is None or (bounds := timex.value_interval(dating.value)) is None:
            continue
        if bounds[0] <= dct <= bounds[1]:
            continue  # the article's own time: nothing to correct
        references: dict[str, date] = {}
        if bounds[0] == bounds[1]:
            _remember(references, bounds[0].isoformat())
        for position in positions:
            redated[position] = _redated(doc.text, entries[position], readings[position], dating, bounds, references, day_first)
    return redated


def _redated(
    text: str, entry: TimelineEntry, reading: tuple[timex.RuleMatch, int], dating: TimelineEntry,
    bounds: tuple[date, date], references: dict[str, date], day_first: bool,
) -> TimelineEntry:
    """An entry of a dated quotation, resolved against the first and the last day of its date; a calendar value
    both give is kept (and anchors what follows in the quotation), else the day is not known."""
    mention, direction = reading
    values = set()
    for bound in bounds:
        normalised = timex.normalise(mention, text, timex.Context(bound, direction, dict(references), day_first))
        values.add(None if normalised is None else normalised.value)
    value = values.pop() if len(values) == 1 else None
    quoted = f"inside words the article dates {dating.value} ({dating.text})"
    if value is None:
        # What the bounds agree on is kept: the clock ("XXXX-XX-XXT20:00") or the part of the day.
        clock = (entry.value or "").partition("T")[2]
        unknown = timex.UNKNOWN_DATE + (f"T{clock}" if clock else "")
        return replace(entry, value=unknown, relative_to=None, reason=f"{quoted}: the date it names is not known")
    if timex.granularity(value):
        _remember(references, value)
    return replace(entry, value=value, relative_to=timex.PREVIOUS_DATE, reason=f"{quoted}: resolved against that date")


# ---------------------------------------------------------------------------------------------- tense


@cache
def _past_verbs() -> frozenset[str]:
    return frozenset(read_list("timex_past_verbs.txt"))


@cache
def _future_cues() -> frozenset[str]:
    return frozenset(read_list("timex_future_cues.txt"))


def _tense_cues(doc: Document, index: int) -> list[tuple[int, int, int]]:
    """(start, end, PAST or FUTURE) for each token of sentence ``index`` that shows its tense.

    Future: the modals (lower case: "will", "should", "may" …), "going to", "is to" and "to be", verbs of
    intention before "to" ("plans to"), a present-perfect decision before "to" ("has decided to"), a present
    verb in a clause of time or condition ("when the case is heard") and the cue words of
    ``timex_future_cues.txt``. Past: VBD/VBN, or a
    verb in the past-tense word list (a past form the tagger took for a present one: "fell"/VBP). A past
    participle inside a future verb group ("will be held") is not a past cue.
    """
    cues: list[tuple[int, int, int]] = []
    tokens, tags, words = doc.sentences[index].tokens, doc.pos_tags[index], doc.lowered_token_texts[index]
    future_cues, past_verbs = _future_cues(), _past_verbs()  # looked up once, not at every token
    future_until = -1
    time_or_condition = False  # inside a clause of time or condition (reset by clause punctuation)
    for position, (token, word) in enumerate(zip(tokens, words, strict=False)):
        following = words[position + 1] if position + 1 < len(words) else ""
        before = words[position - 1] if position else ""
        if word in TIME_OR_CONDITION or word in CLAUSE_BREAKS or _opens_subordinate(word):
            # "once finished": before a participle there is no clause.
            time_or_condition = word in TIME_OR_CONDITION and tags[position + 1 : position + 2] not in (("VBG",), ("VBN",))
        if word in PAST_MODALS and _before_perfect(words, tags, position):
            cues.append((token.start, token.end, timex.PAST))  # "may have helped": a modal perfect is past
            future_until = position + FUTURE_REACH
            continue
        is_future = (
            (word in FUTURE_AUXILIARIES and token.text[:1].islower())  # not "Will Smith", "May 7"
            or (word == "going" and following == "to")
            or (word == "to" and (following == "be" or before in BE_PRESENT))
            or (word in FUTURE_TAKES_TO and following == "to")
            or (word in DECIDED_TO and following == "to" and before in PRESENT_PERFECT)
            or (word in FUTURE_AFTER_BE and before in BE_PRESENT)
            or (time_or_condition and tags[position] in ("VBZ", "VBP"))
            or word in future_cues
        )
        if is_future:
            cues.append((token.start, token.end, timex.FUTURE))
            future_until = position + FUTURE_REACH
            continue
        if position <= future_until:
            continue
        tag = tags[position]
        if word in PERFECT_AUXILIARIES and following == "been":
            cues.append((token.start, token.end, timex.PAST))  # "have been searching since": a perfect
            continue
        if word in AUXILIARIES and position + 1 < len(tags) and tags[position + 1].startswith("VB"):
            continue
        if tag == "VBN" and position and words[position - 1] in BE_PRESENT:
            continue  # a present passive: "when the case is heard in May"
        if tag in ("VBD", "VBN") or (tag.startswith("VB") and word in past_verbs):
            cues.append((token.start, token.end, timex.PAST))
    return cues


def _opens_subordinate(word: str) -> bool:
    """Whether a lower-cased token is one of ``SUBORDINATORS``' words. Case-insensitive matching also takes a few
    non-ASCII letters for ASCII ones (``ſ`` for ``s``), so a non-ASCII token still goes to the pattern."""
    return word in SUBORDINATOR_SET or not word.isascii() and SUBORDINATORS.fullmatch(word) is not None


def _before_perfect(words: tuple[str, ...], tags: tuple[str, ...], position: int) -> bool:
    """Whether the modal at ``position`` heads a perfect ("may have helped", "would not have won"; not "will
    have to win")."""
    at = position + 1 + (words[position + 1 : position + 2] == ("not",))
    return words[at : at + 1] in (("have",), ("'ve",)) and tags[at + 1 : at + 2] == ("VBN",)


def _has_present_verb(tags: tuple[str, ...]) -> bool:
    """A finite verb in the present ("they can participate in the summit in April"): the sentence has a tense
    of its own, which points neither way, so the article's narrative tense does not decide for it."""
    return any(tag in ("VBZ", "VBP", "MD") for tag in tags)


def _has_past_perfect(words: tuple[str, ...], tags: tuple[str, ...]) -> bool:
    """A verb in the past perfect ("had not called", "had already left"): an event before a past time."""
    return any(
        word == "had" and any(tag == "VBN" for tag in tags[position + 1 : position + 3])
        for position, word in enumerate(words)
    )


def _narrative_tense(doc: Document) -> int:
    """The article's own tense: PAST when its past-tense verbs outnumber its future modals (a report),
    FUTURE when the modals do (a preview), else NEUTRAL. A sentence without a tense of its own reads in it."""
    past = sum(tags.count("VBD") for tags in doc.pos_tags)
    future = sum(words.count(modal) for words in doc.lowered_token_texts for modal in NARRATIVE_FUTURE)
    return (future > past) - (past > future)


def _direction(text: str, cues: list[tuple[int, int, int]], mention: timex.RuleMatch, past_perfect: bool = False) -> int:
    """The direction a signal word before the mention gives ("since May", "until Friday"), else the tense
    nearest to the mention in its sentence (NEUTRAL when the sentence shows none). "Until" with a past
    perfect looks back: "until Thursday, they had not called him a suspect" ends at a past time."""
    previous = timex.PREVIOUS_WORD.search(text, max(0, mention.start - 12), mention.start)
    if previous and previous.group(1).lower() in DIRECTION_SIGNALS:
        signalled = DIRECTION_SIGNALS[previous.group(1).lower()]
        return timex.PAST if past_perfect and signalled == timex.FUTURE else signalled
    # Cues are in token order: the nearest is the last one before the mention or the first one after it.
    after = bisect.bisect_left(cues, (mention.start,))
    best = timex.NEUTRAL
    best_distance = None
    for start, end, direction in cues[max(0, after - 1) : after + 1]:
        later_attribution = "," in text[mention.end : start] and text[start:end].lower() in REPORTING_VERBS
        if start > mention.end and after > 0 and (SUBORDINATORS.search(text, mention.end, start) or later_attribution):
            # The verb of a later clause ("that she would run", ", an official said"), when the expression's own
            # clause has one before it.
            continue
        distance = mention.start - end if start < mention.start else start - mention.end
        if best_distance is None or distance < best_distance:
            best, best_distance = direction, distance
    return best


# ---------------------------------------------------------------------------------------------- events


def _event(
    text: str, sentence: Sentence, tags: tuple[str, ...], mention: timex.RuleMatch, clauses: _Clauses
) -> Span | None:
    """The clause the expression dates, trimmed (None when the clause is nothing but the expression).

    The clause is the expression's segment of the sentence (between clause punctuation and line breaks),
    widened to the following segments while it has no verb ("In a statement to CNN last week, a NATO
    spokesman said"), then to the preceding ones; to the subject and verb of the next segment when it opens
    with a participle ("Speaking to CNN on Wednesday, Hayashi said"); to the sentence start when it opens
    with its verb ("The minister, who arrived late, said"). The event is the part of the clause before the
    expression when the expression ends the clause or that part has a verb ("Nikkei Asia first reported
    plans to open the office in Japan" for "last Wednesday"), else the part after it, else the whole clause.
    Only the sentence's segments within ``EVENT_REACH`` tokens of the expression are looked at.
    """
    tokens = sentence.tokens
    inside = range(bisect.bisect_left(clauses.starts, mention.start), bisect.bisect_left(clauses.starts, mention.end))
    if not inside:
        return None
    segments = clauses.around(max(0, inside[0] - EVENT_REACH), inside[-1] + 1 + EVENT_REACH)

    def has_verb(lo: int, hi: int) -> bool:
        return any(_is_verb(tags[i]) for i in range(lo, hi) if not inside[0] <= i <= inside[-1])

    opening = next((i for i, (lo, hi) in enumerate(segments) if lo <= inside[0] < hi), None)
    if opening is None:
        return None  # the expression opens with clause punctuation
    here = opening
    first, last = segments[here]
    # Widening looks only at the tokens it adds.
    found = has_verb(first, last)
    while not found and here + 1 < len(segments):
        here += 1
        found = has_verb(last, segments[here][1])
        last = segments[here][1]
    while not found and opening > 0:
        opening -= 1
        found = has_verb(segments[opening][0], first)
        first = segments[opening][0]
    if tags[first] == "VBG" and here + 1 < len(segments):
        next_first, next_last = segments[here + 1]
        verb = next((i for i in range(next_first, next_last) if _is_verb(tags[i])), None)
        if verb is not None:
            return _span(text, tokens, first, verb + 1)
    if first > segments[0][0] and _is_verb(tags[first]) and tags[first] != "VBG":
        first = segments[0][0]  # "The minister, who arrived late, said": the verb's subject opens the sentence
    before_end = inside[0]
    while before_end > first and tokens[before_end - 1].text.lower() in SIGNALS:
        before_end -= 1
    ends_clause = inside[-1] + 1 >= last
    if before_end > first and (ends_clause or has_verb(first, before_end)):
        return _span(text, tokens, first, before_end)
    if before_end == first and inside[-1] + 1 < last:
        return _span(text, tokens, inside[-1] + 1, last)
    span = _span(text, tokens, first, last)
    return None if span is None or (span.start, span.end) == (mention.start, mention.end) else span


def _span(text: str, tokens: tuple[Token, ...], first: int, last: int) -> Span | None:
    """The text of tokens[first:last] without clause punctuation or a dangling conjunction at its edges."""
    while first < last and (tokens[first].text in CLAUSE_BREAKS or tokens[first].text.lower() in CONJUNCTIONS):
        first += 1
    while last > first and (
        not any(char.isalnum() for char in tokens[last - 1].text) or tokens[last - 1].text.lower() in CONJUNCTIONS | SIGNALS
    ):
        last -= 1
    if first >= last:
        return None
    start, end = tokens[first].start, tokens[last - 1].end
    return Span(text[start:end], start, end)


@dataclass(frozen=True)
class _Clauses:
    """A sentence's token starts and clause segments, computed once for all the expressions in it."""

    starts: list[int]
    segments: list[tuple[int, int]]

    @classmethod
    def of(cls, doc: Document, index: int) -> _Clauses:
        """The clauses of sentence ``index``."""
        return cls([token.start for token in doc.sentences[index].tokens], _segments(doc, index))

    def around(self, low: int, high: int) -> list[tuple[int, int]]:
        """The segments that overlap the token range [low, high), cut to it."""
        window = []
        first = max(0, bisect.bisect_right(self.segments, (low,)) - 1)
        for lo, hi in itertools.islice(self.segments, first, None):
            if lo >= high:
                break
            if hi > low:
                window.append((max(lo, low), min(hi, high)))
        return window


def _segments(doc: Document, index: int) -> list[tuple[int, int]]:
    """Token ranges of sentence ``index`` between clause punctuation and line breaks."""
    text, tokens = doc.text, doc.sentences[index].tokens
    segments = []
    first = 0
    for position, (token, token_text) in enumerate(zip(tokens, doc.token_texts[index], strict=False)):
        if token_text in CLAUSE_BREAKS:
            if position > first:
                segments.append((first, position))
            first = position + 1
        elif position > first and "\n" in text[tokens[position - 1].end : token.start]:
            segments.append((first, position))
            first = position
    if first < len(tokens):
        segments.append((first, len(tokens)))
    return segments or [(0, len(tokens))]


def _is_verb(tag: str) -> bool:
    return tag.startswith("VB") or tag == "MD"
