"""Reporting frames: each token of a sentence is tried against ``TRIGGERS``, an ordered table of (trigger,
frame) entries. A trigger says whether a frame may start at a token (and how many tokens its cue takes); the
frame reads the sentence around it and returns a candidate quote or None. The first entry whose frame finds a
quote wins the token; the scan goes on after the cue.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from functools import cache, cached_property

from ...document import Document
from ..lexicon import (
    DEGREE_ADVERBS,
    DETERMINERS,
    EVIDENTIAL_CUES,
    MAX_MENTION_TOKENS,
    NEAR_COMMA,
    PASSIVE_CUES,
    RELATIVE_WHO,
    claim_nouns,
    cue_lexicon,
    is_base_form,
    phrases_by_first_word,
)
from ..marks import Marks
from ..model import Candidate
from ..speakers import Mention, is_number
from .cue import cue_frame
from .mentions import sentence_subject
from .source import asked_frame, label_frame, source_behind_speaker, source_frame, survey_frame
from .stance import claim_frame, evidential_frame, passive_frame
from .text import is_headline, match_phrase, sentence_tags, trim_end


@dataclass
class SentenceScan:
    """One sentence being read for frames, and the candidates found in it so far."""

    document: Document
    index: int
    spans: Marks
    marked: bool
    found: list[Candidate] = field(default_factory=list)

    @property
    def lowered(self) -> tuple[str, ...]:
        return self.document.lowered_token_texts[self.index]

    @cached_property
    def headline(self) -> bool:
        """Whether the sentence is a title-case headline: asked by few sentences (those with a cue), so not
        worked out for the others."""
        return is_headline(self.document.token_texts[self.index])

    def in_quotation(self, position: int) -> bool:
        return self.spans.inside(self.document.sentences[self.index].tokens[position].start)

    def subject(self) -> Mention | None:
        """Who speaks for a participle cue: the last speaker of the sentence's main clause, else its subject. A
        stance whose holder is named inside another frame's content is reported in it (``Byrne wrote the
        agents knew …, saying …``: Byrne says it, not the agents)."""
        for number in range(len(self.found) - 1, max(-1, len(self.found) - 1 - NEARBY_FRAMES), -1):
            candidate = self.found[number]
            mention = candidate.mention
            if mention is None or candidate.stance and self._reported_in_earlier(number, mention.start):
                continue
            return mention
        return sentence_subject(self.document, self.index)

    def _reported_in_earlier(self, number: int, offset: int) -> bool:
        """Whether ``offset`` lies in the content of one of the few frames found before frame ``number`` (a
        bounded look-back: a run-on sentence has a frame every few words)."""
        earlier = self.found[max(0, number - NEARBY_FRAMES) : number]
        return any(start <= offset < end for candidate in earlier for start, end in candidate.parts)


NEARBY_FRAMES = 8
Trigger = Callable[[SentenceScan, int], int]  # → tokens the cue takes at this position (0: no cue here)
Frame = Callable[[SentenceScan, int, int], "Candidate | None"]


def _source_phrase(scan: SentenceScan, position: int) -> int:
    return match_phrase(scan.lowered, position, "source")  # "according to"


def _survey_word(scan: SentenceScan, position: int) -> int:
    return int(scan.lowered[position] == "in" and not scan.in_quotation(position))  # "in a CNN poll"


def _stance_phrase(scan: SentenceScan, position: int) -> int:
    length = match_phrase(scan.lowered, position, "stance")  # "made it clear"
    return length if length and not scan.in_quotation(position) else 0


def _passive_cue(scan: SentenceScan, position: int) -> int:
    return int(scan.lowered[position] in PASSIVE_CUES and not scan.in_quotation(position))  # "is expected to"


def _evidential_cue(scan: SentenceScan, position: int) -> int:
    return int(scan.lowered[position] in EVIDENTIAL_CUES and not scan.in_quotation(position))  # "seemed to"


def _claim_noun(scan: SentenceScan, position: int) -> int:
    return int(scan.lowered[position] in claim_nouns())  # "his claim that"


PASSIVE_OBJECT_LINKS = frozenset({"of", "for"})  # "accused of", "criticized for"
YEAR = re.compile(r"1\d{3}|20\d{2}")
MAX_COUNTED_MODIFIERS = 3  # capitalised words between a number and its noun: "four Super Tuesday states"
# How many words after "offer" its object's amount of money may begin (an indirect object may come first).
MONEY_WINDOW = 3
CURRENCY_SIGNS = frozenset("$£€¥")
CURRENCY_WORDS = frozenset({"dollars", "billions", "millions", "euros", "pounds", "cash", "money"})
# Words after which a base-form verb is a verb: pronouns, auxiliaries, plural nouns without an -s, and the
# partitives and collective nouns that take a plural verb by notional agreement ("a third say", "the rising
# generation predict"; Quirk et al. 1985, 10.35).
PLURAL_AGREEING = frozenset({"i", "we", "you", "they", "to", "would", "could", "should", "will", "can", "may", "might",
                             "must", "did", "do", "does", "not", "never", "also", "and", "or", "people", "police",
                             "children", "women", "men", "third", "quarter", "fifth", "half", "majority", "minority",
                             "plurality", "percent", "generation", "public", "rest"})  # fmt: skip
RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
# Irregular verbs whose past tense is their base form: "the apology read: …" agrees in the past.
SAME_PAST_FORMS = frozenset({"read", "put", "set", "cut", "let", "hit", "broadcast", "forecast", "cast", "bid", "spread"})


def _cue_verb(scan: SentenceScan, position: int) -> int:
    """A verb of the cue lexicon, lower-case inside a sentence (capitalised words are names: "United States",
    except in a title-case headline), not in a quotation, not an infinitive ("to say"; but "went on to say")."""
    lowered = scan.lowered
    if lowered[position] not in cue_lexicon() or scan.in_quotation(position):
        return 0
    if position > 0 and lowered[position - 1] in DEGREE_ADVERBS and lowered[position].endswith("ing"):
        return 0  # "the most telling promise": an adjective (but "Most argue that …": a subject and its verb)
    if position > 0 and not scan.document.token_texts[scan.index][position].islower() and not scan.headline:
        return 0
    if _compound_noun(scan, position) or _money_offer(scan, position) or _counted_noun(scan, position):
        return 0
    if _passive_object_verb(lowered, position):
        return 0
    return int(not (position > 1 and lowered[position - 1] == "to" and lowered[position - 2] != "on"))


def _passive_object_verb(lowered, position: int) -> bool:
    """``Senator Accused Of Lying``, ``the mayor, criticized for the delay, …``: a verb that takes its person
    as object (accuse X of, blame X for) with the preposition right after its past participle is passive; its
    subject is the accused, not a speaker. ``call for`` is a verb of its own (a demand)."""
    word = lowered[position]
    lemma, verb_class = cue_lexicon()[word]
    following = lowered[position + 1] if position + 1 < len(lowered) else ""
    return verb_class == "object" and word.endswith("ed") and following in PASSIVE_OBJECT_LINKS and lemma != "call"


def _counted_noun(scan: SentenceScan, position: int) -> bool:
    """``in four states``, ``in at least four Super Tuesday states``: a cue's -s form counted by a number (past
    any capitalised modifiers) is a plural noun; a verb's -s form agrees with a singular subject. Years (``in
    2015 Smith states``), ages (``Smith, 43, says``) and ``one`` (``one says``) count nothing."""
    word = scan.lowered[position]
    if is_base_form(word) or not word.endswith("s"):
        return False
    words = scan.document.token_texts[scan.index]
    before = position - 1
    while before > 0 and position - before <= MAX_COUNTED_MODIFIERS and words[before][:1].isupper():
        before -= 1
    number = words[before].lower()
    if not is_number(number) or not number[:1].isalnum() or number == "one" or YEAR.fullmatch(number):
        return False
    return before > 0 and words[before - 1] not in (",", "(")  # "Smith, 43, says": an age in apposition


def _compound_noun(scan: SentenceScan, position: int) -> bool:
    """``a slide show that …``, ``ABC's TV show Scandal``, ``Murphy's conference call ended``: a verb's base form
    right after a singular noun cannot be that noun's verb (it would agree: ``the poll shows``), so where the
    tagger also reads it as a noun it is the head of a compound noun, not a cue. Only these few words are
    tagged: tagging every sentence with a cue would cost the analysis its speed."""
    lowered = scan.lowered
    word = lowered[position]
    if position == 0 or not is_base_form(word) or word in SAME_PAST_FORMS or scan.headline:
        return False
    previous = lowered[position - 1]
    if not previous.isalpha() or previous.endswith("s") or previous in PLURAL_AGREEING:
        return False
    if RELATIVE_PRONOUNS.intersection(lowered[max(0, position - MAX_MENTION_TOKENS) : position]):
        return False  # "some who advocate free speech argue": the noun ends a relative clause, the subject is before it
    tags = sentence_tags(scan.document, scan.index)
    if tags[position - 1] == "JJ":  # "the congressional report said": an adjective after a determiner needs a head
        return tags[position] in ("NN", "NNS") and position > 1 and lowered[position - 2] in DETERMINERS
    return tags[position] in ("NN", "NNS") and tags[position - 1] == "NN"


def _money_offer(scan: SentenceScan, position: int) -> bool:
    """``offering $30 billion``, ``offered states billions of dollars``: an offer of money is a transaction, not
    words (``offered his assessment``, ``offered no comment`` stay cues)."""
    if cue_lexicon()[scan.lowered[position]][0] != "offer":
        return False
    after = scan.lowered[position + 1 : position + 1 + MONEY_WINDOW]
    return any(word in CURRENCY_WORDS or word[:1] in CURRENCY_SIGNS for word in after)


def _put_it(scan: SentenceScan, position: int) -> int:
    """``As Vulture put it, “…”``: the idiom ``as <speaker> put it`` reports speech like a reporting verb."""
    lowered = scan.lowered
    if lowered[position] != "put" or tuple(lowered[position + 1 : position + 2]) != ("it",) or scan.in_quotation(position):
        return 0
    return 2 if "as" in lowered[max(0, position - MAX_MENTION_TOKENS) : position] else 0


def _put_it_frame(scan: SentenceScan, position: int, length: int) -> Candidate | None:
    return cue_frame(scan.document, scan.index, position, "put it", "clause", scan.spans, scan.marked, scan.subject(), length)


def _source(scan: SentenceScan, position: int, length: int) -> Candidate | None:
    return source_frame(scan.document, scan.index, position, length, scan.spans)


def _survey(scan: SentenceScan, position: int, length: int) -> Candidate | None:
    return survey_frame(scan.document, scan.index, position, scan.spans)


def _stance(scan: SentenceScan, position: int, length: int) -> Candidate | None:
    phrase = " ".join(scan.lowered[position : position + length])
    return cue_frame(scan.document, scan.index, position, phrase, "stance", scan.spans, scan.marked, scan.subject(), length)


def _passive(scan: SentenceScan, position: int, length: int) -> Candidate | None:
    document, index, spans = scan.document, scan.index, scan.spans
    return passive_frame(document, index, position, spans) or asked_frame(document, index, position, spans)


def _evidential(scan: SentenceScan, position: int, length: int) -> Candidate | None:
    return evidential_frame(scan.document, scan.index, position, scan.spans)


def _claim(scan: SentenceScan, position: int, length: int) -> Candidate | None:
    return claim_frame(scan.document, scan.index, position, scan.spans)


def _speech_verb(scan: SentenceScan, position: int, length: int) -> Candidate | None:
    lemma, verb_class = cue_lexicon()[scan.lowered[position]]
    return cue_frame(scan.document, scan.index, position, lemma, verb_class, scan.spans, scan.marked, scan.subject())


# Tried in order at every token; the order matters where one word can start two frames ("said" of "is said
# to" is a passive before it is a speech verb; "according to" is a source before "according" is anything). Each
# entry names first the words (lower case) at which its trigger can fire at all: a token that is none of them is
# passed over without calling a trigger (most tokens of a sentence; calling all eight at each was a third of quotes).
TRIGGERS: tuple[tuple[Callable[[], Collection[str]], Trigger, Frame], ...] = (
    (lambda: phrases_by_first_word("source"), _source_phrase, _source),
    (lambda: ("in",), _survey_word, _survey),
    (lambda: phrases_by_first_word("stance"), _stance_phrase, _stance),
    (lambda: PASSIVE_CUES, _passive_cue, _passive),
    (lambda: EVIDENTIAL_CUES, _evidential_cue, _evidential),
    (claim_nouns, _claim_noun, _claim),
    (cue_lexicon, _cue_verb, _speech_verb),
    (lambda: ("put",), _put_it, _put_it_frame),
)


@cache
def triggers_by_word() -> dict[str, tuple[tuple[Trigger, Frame], ...]]:
    """For each word at which some trigger can fire, the (trigger, frame) entries of ``TRIGGERS`` that can, in
    their order."""
    entries: dict[str, list[tuple[Trigger, Frame]]] = {}
    for words, trigger, frame in TRIGGERS:
        for word in words():
            entries.setdefault(word, []).append((trigger, frame))
    return {word: tuple(found) for word, found in entries.items()}


def sentence_frames(document: Document, index: int, spans: Marks, marked: bool) -> list[Candidate]:
    """The candidate quotes of sentence ``index``: a ``Name:`` label first, then the frames of ``TRIGGERS``."""
    lowered = document.lowered_token_texts[index]
    by_word = triggers_by_word()
    positions = [position for position, word in enumerate(lowered) if word in by_word]
    label = label_frame(document, index, spans)
    if label is None and not positions:
        return []  # no frame can start here (most sentences): nothing to scan or to check
    scan = SentenceScan(document, index, spans, marked)
    if label is not None:
        scan.found.append(label)
    free = 0  # the first token not taken by the cue of a frame found before
    for position in positions:
        if position < free:
            continue
        for trigger, frame in by_word[lowered[position]]:
            length = trigger(scan, position)
            candidate = frame(scan, position, length) if length else None
            if candidate is not None:
                scan.found.append(candidate)
                free = position + length
                break
    found = source_behind_speaker(document, index, scan.found)
    end_before_next_frame(document.text, found)
    return found


def end_before_next_frame(text: str, found: list[Candidate]) -> None:
    """Content running into a later frame of the same sentence stops before it: in "Nearly a third say they
    don't know, and one in five say it's not", the first content ends at "know". A stance or a relative clause
    inside the content does not stop it and is a quote of its own (``said they're supporting Clinton``: what
    they said, and their support). The cues are looked up by offset: a long sentence has a cue every few
    words, and scanning all later frames for each would be quadratic."""
    cues = sorted((c.cue[0], number) for number, c in enumerate(found) if c.cue is not None)
    for number, earlier in enumerate(found):
        if earlier.frame not in ("front", "participle", "colon"):
            continue
        start, end = earlier.parts[-1]
        at = bisect.bisect_left(cues, (start, -1))
        while at < len(cues) and cues[at][0] < end:  # indices, not slices: a slice copies the rest of the list
            other = cues[at][1]
            if other > number and _embedded(text, found[other]):
                found[other].nested = True
            at += 1
        # "said his campaign had found …", "say they don't know …": a frame at the very start of the content is
        # speech (or a stance) reported inside it, not a new frame.
        later = _next_frame(found, number, start)
        if later is None or later.cue is None:
            continue
        frame_start = later.cue[0]
        if later.mention is not None and start < later.mention.start < frame_start:
            frame_start = later.mention.start
        if start < frame_start < end:
            comma = text.rfind(",", start, frame_start)
            cut = trim_end(text, start, comma if frame_start - comma <= NEAR_COMMA else frame_start)
            cut = trim_end(text, start, cut - 4) if text[cut - 4 : cut] in (" and", " but") else cut
            if cut > start:
                earlier.parts[-1] = (start, cut)


def _next_frame(found: list[Candidate], number: int, start: int) -> Candidate | None:
    """The first frame after ``found[number]`` that is not reported inside its content (which starts at
    ``start``); by index, since a slice would copy the rest of the list for every frame."""
    for other in range(number + 1, len(found)):
        candidate = found[other]
        if candidate.cue is not None and not candidate.nested and (candidate.mention is None or candidate.mention.start != start):
            return candidate
    return None


def _embedded(text: str, candidate: Candidate) -> bool:
    """Whether a frame inside another's content belongs to that content rather than starting a new clause: a
    stance (``said they're supporting Clinton``) or a relative clause (``said supporters who have suggested
    that …``)."""
    if candidate.stance:
        return True
    if candidate.mention is None or candidate.cue is None:
        return False
    return bool(RELATIVE_WHO.match(text, candidate.mention.end, candidate.cue[0]))
