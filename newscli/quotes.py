"""Quotes: every piece of reported speech in an article and who said it.

Three layers, each a pass over the document:

1. **Marks.** Quotation-mark spans per paragraph (straight or curly; single quotes inside double ones are a
   quote within the quote; a paragraph that opens a quote and does not close it continues into the next
   paragraph that opens with a mark; an unclosed quote never runs past its paragraph).
2. **Frames.** Around each reporting cue (a verb from ``data/speech_verbs.txt``, or ``according to``) the
   sentence is read as one of the frames ``<speech>, <speaker> <cue> [adjuncts].``, ``<speech>, <cue>
   <speaker>.``, ``<speaker> <cue>: <speech>``, ``<speech>, <speaker> <cue>, <speech>``, ``<speaker> <cue>
   (that) <clause>``, ``…, saying[:] <speech>``, ``according to <speaker>, <clause>``. With marks, the speech is
   the marked span next to the frame (direct), or a clause holding marked words (mixed); without marks it is
   the sentence text the frame delimits. Speech verbs in relative clauses (``which critics said was …``), ``as``
   source clauses (``As Clyburn noted, …``), questions put to a source (``Asked about …``) and impressions
   (``X seemed to …``) frame the clause around them. Stance cues (``believes``, ``endorsed``, ``made it
   clear``, ``is critical of``, checked with part-of-speech tags), claim nouns (``Trump's claim that …``),
   agentless passives (``is expected to …``), ``Name: …`` labels and surveys (``in a CNN poll, …``) give
   indirect quotes of a source's position or belief.
3. **Continuation.** Marked spans with no frame of their own join the nearest attributed direct quote of their
   paragraph (or of the previous paragraph, when their paragraph opens with the mark), or are quotes of their
   own by the nearest speaker; a few quoted words in a person's predicate are a mixed quote. In an article
   without quote marks, sentences with no frame next to a direct quote (same paragraph, or the next paragraph
   when it speaks in the first or second person) join it.

Speakers are resolved by ``newscli.speakers``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from .data import read_list
from .document import Document
from .speakers import Mention, ResolvedSpeaker, resolve_speakers, split_title, title_words

OPENING = frozenset({"\u201c", '"', "\u00ab", "\u201e"})
CLOSING = frozenset({"\u201d", '"', "\u00bb"})
DOUBLE_MARKS = frozenset(OPENING) | CLOSING
MARK = re.compile("''|``|[\"\u201c\u201d\u00ab\u00bb\u201e]")
QUOTE_TOKENS = frozenset({'"', "``", "''", "\u201c", "\u201d", "\u00ab", "\u00bb", "\u201e"})
SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})
SPEAKING_PERSONS = frozenset({"i", "we", "you"})
FIRST_SECOND_PERSON = re.compile(r"\b(I|we|We|us|Us|our|Our|ours|my|My|me|you|You|your|Your|I'm|I’m|we're|we’re)\b")
THIRD_PERSON_START = re.compile(r"^(He|She|His|Her|They|Their)\b")
# Reported content ends within this many characters of its cue (longer than any real sentence): each cue of a
# run-on text looks that far, not to the end of the text.
MAX_CONTENT_CHARS = 2_000
RELATIVE_CLAUSE = re.compile(r",\s+(?:which|whom)\s+(?:he|she|they|it|we|I|you)\b")  # "…, which he called …"
NEW_SPEAKER_CLAUSE = re.compile(r",? (?:and|but) (?:he|she|they)\b")
QUOTED_THEN_CLAUSE = re.compile(r"[”\"],?\s+(?=[A-Z][a-z])|(?<=\s)[—–-]\s+(?=(?:while|as|which|who|and|but)\b)")
DETERMINERS = frozenset({"the", "a", "an", "this", "another", "his", "her", "its", "their", "our", "my"})
# Capitalised sentence openers that are never part of a speaker's name.
OPENERS = frozenset({"and", "but", "so", "yet", "or", "while", "when", "ever", "since", "after", "before", "as",
                     "if", "then", "meanwhile", "still", "also", "now", "later", "hours", "days", "in", "on", "at",
                     "asked", "speaking", "though", "although", "because", "instead", "however", "here", "for", "with"})  # fmt: skip
# Words that open a speaker mention as a determiner does ("several observers", "one company", "59 percent").
QUANTIFIERS = frozenset({"one", "another", "some", "many", "several", "most", "few", "both", "all", "two", "three",
                         "four", "five", "other", "others", "half", "none"})  # fmt: skip
CLAUSE_START = frozenset(
    {"he", "she", "it", "they", "we", "i", "you", "there", "this", "these", "those", "the", "a", "an", "his",
     "her", "its", "their", "our", "my", "some", "many", "most", "much", "all", "no", "any", "if", "whether",
     "every", "more", "only", "both", "what", "how", "why", "when", "one", "none", "nothing", "everyone"}
)  # fmt: skip
# Words a speaker mention never contains (the backward scan for the subject of a cue stops at them).
STOP_WORDS = frozenset(
    {"that", "which", "who", "whom", "whose", "when", "where", "while", "if", "as", "because", "but", "and",
     "or", "to", "in", "on", "at", "by", "with", "from", "into", "than", "is", "was", "are", "were", "be",
     "been", "being", "has", "have", "had", "will", "would", "could", "should", "may", "might", "can", "must",
     "do", "does", "did", "not", "also", "then", "there", "it", "he", "she", "they", "we", "i", "you", "him",
     "them", "us", "me", "so", "what", "how", "why", "after", "before", "about", "over", "under", "for",
     "however", "though", "although", "once", "even", "just", "still", "yet", "said", "says", "say", "told"}
)  # fmt: skip
# Words between a subject and its cue: "Hayashi also said", "he has repeatedly said", "she did say".
AUXILIARIES = frozenset(
    {"has", "have", "had", "also", "later", "then", "again", "previously", "recently", "repeatedly", "once",
     "did", "does", "do", "would", "will", "further", "separately", "earlier", "often", "publicly",
     "privately", "reportedly", "still", "even", "first", "already", "just", "simply", "flatly", "quickly", "now",
     "never", "always", "not", "may", "might", "could", "should", "can", "must", "cannot", "both", "well",
     "n't", "'ve", "'d", "'ll", "'re", "'m"}
)  # fmt: skip
REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves"})  # "Obama himself said", between subject and cue
PREPOSITIONS = frozenset({"on", "at", "in", "during", "to", "from", "via", "after", "before", "with", "late", "over"})
TIME_WORDS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
     "tonight", "earlier", "later", "last", "this", "next", "week", "month", "year", "morning", "afternoon",
     "evening", "night", "recently", "again", "previously", "also", "then", "now", "once", "publicly",
     "separately", "repeatedly"}
)  # fmt: skip
GO_FORMS = frozenset({"go", "goes", "went", "gone", "going"})  # "went on to say"
# Words that name a time by themselves ("on Tuesday", "last week"), unlike "last" or "this".
TIME_NOUNS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
                        "yesterday", "tonight", "week", "month", "year", "morning", "afternoon", "evening", "night"})  # fmt: skip
# Month names for time adjuncts ("in March"); not "may", which is a modal first.
MONTHS = frozenset({"january", "february", "march", "april", "june", "july", "august", "september", "october",
                    "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec."})  # fmt: skip
YEAR = re.compile(r"(?:19|20)\d\d")
YEAR_OR_DAY = re.compile(r"(?:19|20)\d\d|\d\d?")  # "in 2015", "on March 5"
OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "reporters", "journalists", "lawmakers", "supporters"})
PARTICIPLE_INTRODUCERS = frozenset({"by", "from", "after", "while", "before", "without", "when"})  # "by saying that"
# Cues with which an outlet or a document, rather than a person, speaks: their mark-less speech is indirect.
REPORT_LEMMAS = frozenset({"report", "according to"})
PARTICLES = frozenset({"back", "out"})  # "wrote back:", "pointed out that"
# Prepositions that belong to a stance cue when they follow it ("calls for", "agreed with", "voted against").
STANCE_PARTICLES = frozenset({"for", "to", "with", "against", "about", "behind", "of"})
# "Trump's claim that …", "her support for …": the words linking a claim noun to its content.
CLAIM_LINKS = frozenset({"that", "of", "for", "to", "about", "against", "on"})
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its"})
PRONOUN_WORDS = SUBJECT_PRONOUNS | POSSESSIVE_PRONOUNS
MAX_CLAIM_MODIFIERS = 3
MAX_LABEL_WORDS = 4
SURVEY_NAME_WORD = re.compile(r"[\w/-]+|'s")  # "a Washington Post/ABC News poll", "the CNN-ORC poll"
SURVEY_NOUNS = frozenset({"poll", "polls", "survey", "surveys"})  # "in a CNN poll, …": the survey is the source
# Words that open a headline label rather than a source's name ("UPDATE: …", "WATCH: …").
HEADLINE_LABELS = frozenset({"update", "updated", "watch", "exclusive", "breaking", "video", "photos", "analysis",
                             "opinion", "editorial", "note", "correction", "related", "read", "listen", "live",
                             "q", "a", "question", "answer", "tags", "topics", "see", "more"})  # fmt: skip
# Passive belief verbs without an agent and the word that must follow them: "is expected to", "is seen as",
# "was asked whether".
PASSIVE_CUES = {"expected": ("to",), "believed": ("to",), "thought": ("to",), "said": ("to",), "rumored": ("to",),
                "reported": ("to",), "seen": ("as",), "viewed": ("as",), "considered": ("to", "a", "an", "the"),
                "regarded": ("as",), "estimated": ("to",), "predicted": ("to",), "alleged": ("to",),
                "projected": ("to",), "asked": ("about", "whether", "what", "if", "how", "why", "to")}  # fmt: skip
# "Asked about the plan, Rubio …", "… when asked whether …": the words that may open the question put to a
# source, and the words before a sentence-internal "asked" that make it such a question.
ASKED_LINKS = frozenset({"about", "for", "whether", "if", "what", "who", "how", "why", "when", "to"})
ASKED_INTRODUCERS = frozenset({"when", "after", "once", "if"})
# Verbs of impression and the word that must follow them: "seems to", "appeared to", "seems like".
EVIDENTIAL_CUES = {form: ("to", "like") for form in ("seem", "seems", "seemed", "appear", "appears", "appeared")}
CLAUSE_BREAKS = frozenset({",", ";", ":", "—", "–", "--"})
PROGRESSIVE = frozenset({"is", "are", "was", "were", "been", "be", "'s", "'re", "'m"})
# Tags that cannot open a stance's object: a preposition or particle the cue does not take, a verb, a clause's end.
NOT_CONTENT_TAGS = frozenset({"IN", "RP", "MD", "VB", "VBD", "VBZ", "VBP", "VBN", "CC", ",", ".", ":"})
# Things that speak for their authors ("a statement saying", "an article stating").
DOCUMENT_NOUNS = frozenset({"statement", "release", "article", "letter", "email", "e-mail", "post", "tweet", "report",
                            "website", "video", "ad", "memo", "column", "editorial", "op-ed", "note", "message"})  # fmt: skip
# Tags of the words of a noun phrase after its determiner ("the retired neurosurgeon").
NOUN_PHRASE_TAGS = frozenset({"JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "POS", "CD", "VBG"})
MIN_SPEECH_WORDS = 3
MAX_INTRODUCTION_TOKENS = 4  # "In addition ," before a source phrase
MAX_MENTION_TOKENS = 9
MAX_TRAILING_WORDS = 12
SCARE_QUOTE_WORDS = 4
QUOTE_TYPES = ("direct", "indirect", "mixed")
DEDUPE_WINDOW = 8
MAX_APPOSITION_TOKENS = 25
APPOSITION_MARKS = frozenset({",", ")", "—", "–", "-", "--"})
SPLIT_TITLE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Prof|St)\.$")
FINITE_VERB = re.compile(r"[a-z]+(?:ed|s)")
COPULAS = frozenset({"is", "was", "has", "does", "as", "its", "his", "this", "us", "yes", "news", "less", "unless"})
# A capitalised word of a speaker mention ("Reynolds", "Rep.", "O'Neill", "Reuters/Ipsos").
CAPITALISED = re.compile(r"^[A-Z][\w.'/-]*$")
NAME_WORD = re.compile(r"^[A-Z][a-z][\w.'’-]*$|^[A-Z]\.$")
HEADLINE_SHARE = 0.6  # a sentence with this share of capitalised words is a title-case headline
NEAR_COMMA = 25  # characters: a comma this close before a later frame ends the earlier content
# Idioms whose "as" does not introduce a source ("such as Trump said", "as well as").
AS_IDIOMS = frozenset({"such", "well"})
RELATIVE_PRONOUNS = frozenset({"who", "whose", "whom", "which", "that"})
RELATIVE_WHO = re.compile(r"\W*who\b")  # between a speaker and its cue: "supporters who have suggested"
# Relative pronouns whose clause a speech verb inside it reports ("which critics said was discriminatory").
SPEECH_RELATIVES = frozenset({"which", "whom", "that"})
GAP_TAGS = frozenset({("MD",), ("VB",), ("VBD",), ("VBZ",), ("VBP",)})  # the verb of a relative clause's gap
# Words that continue the frame's sentence rather than open new speech after it ("said Soto, who lost …").
RELATIVE_WORDS = frozenset({"who", "which", "whose", "whom", "when", "as", "while", "after", "before", "because",
                            "where", "referring", "though", "although", "but", "and"})  # fmt: skip


@dataclass(frozen=True)
class Speaker:
    name: str
    mention: str
    role: str | None
    start: int
    end: int

    def to_json(self) -> dict:
        return {"name": self.name, "mention": self.mention, "role": self.role, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Quote:
    """One piece of reported speech. ``parts`` are the quoted words' spans (a split or continued quote has
    several); ``start``/``end`` run from the first part's start to the last part's end; ``text`` is the parts
    joined with `` … ``."""

    text: str
    start: int
    end: int
    type: str  # "direct" | "indirect" | "mixed"
    marks: bool
    cue: str | None
    speaker: Speaker | None
    paragraph: int
    parts: tuple[tuple[int, int], ...]

    @property
    def words(self) -> int:
        return sum(len(re.findall(r"\w+(?:['’]\w+)*", part)) for part in self.text.split(" … "))

    def to_json(self) -> dict:
        record = {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "type": self.type,
            "marks": self.marks,
            "cue": self.cue,
            "speaker": self.speaker.to_json() if self.speaker else None,
            "paragraph": self.paragraph,
        }
        if len(self.parts) > 1:
            record["parts"] = [list(part) for part in self.parts]
        return record


@dataclass(frozen=True)
class SpeakerSummary:
    name: str
    role: str | None
    quotes: int
    words: int

    def to_json(self) -> dict:
        return {"name": self.name, "role": self.role, "quotes": self.quotes, "words": self.words}


@dataclass(frozen=True)
class Quotes:
    quotes: tuple[Quote, ...]
    speakers: tuple[SpeakerSummary, ...]

    def to_json(self) -> dict:
        return {"quotes": [q.to_json() for q in self.quotes], "speakers": [s.to_json() for s in self.speakers]}

    def filtered(self, *, speaker: str | None = None, quote_type: str | None = None) -> Quotes:
        """The quotes of one speaker (matched on the canonical name, any word of it, or the mention) and/or
        of one type; speakers are summarised again over what is kept."""
        kept = [
            quote
            for quote in self.quotes
            if (quote_type is None or quote.type == quote_type) and (speaker is None or _is_speaker(quote, speaker))
        ]
        if len(kept) == len(self.quotes):
            return self
        return Quotes(tuple(kept), _summaries(kept))


def _is_speaker(quote: Quote, wanted: str) -> bool:
    if quote.speaker is None:
        return False
    wanted = wanted.casefold()
    name = quote.speaker.name.casefold()
    return wanted in (name, quote.speaker.mention.casefold()) or wanted in name.split()


@cache
def _cue_lexicon() -> dict[str, tuple[str, str]]:
    """Verb form → (lemma, class) where class is ``clause`` or ``object``."""
    lexicon: dict[str, tuple[str, str]] = {}
    section = "clause"
    for line in read_list("speech_verbs.txt"):
        if line.startswith("["):
            section = line.strip("[]")
            continue
        forms = line.split()
        lemma = forms[0].rstrip("*")
        for form in forms:
            if not form.endswith("*"):
                lexicon[form] = (lemma, section)
    return lexicon


@cache
def _participles() -> frozenset[str]:
    """The -ing forms of the cues: ``…, saying …``, ``…, adding that …``."""
    return frozenset(form for form in _cue_lexicon() if form.endswith("ing"))


@cache
def _participle_clause() -> re.Pattern:
    return re.compile(r",\s*(?:" + "|".join(sorted(_participles())) + r")\b")


@cache
def _phrases(section: str) -> tuple[tuple[str, ...], ...]:
    phrases: list[tuple[str, ...]] = []
    current = ""
    for line in read_list("speech_phrases.txt"):
        if line.startswith("["):
            current = line.strip("[]")
        elif current == section:
            phrases.append(tuple(line.lower().split()))
    return tuple(phrases)


@cache
def _phrases_by_first_word(section: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases of a section indexed by their first word, longest first."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted(_phrases(section), key=len, reverse=True):
        index.setdefault(phrase[0], []).append(phrase)
    return {word: tuple(phrases) for word, phrases in index.items()}


@cache
def _claim_nouns() -> frozenset[str]:
    return frozenset(phrase[0] for phrase in _phrases("claim"))


# --- internal records ---------------------------------------------------------------------------------------


@dataclass
class _Span:
    """A quotation-mark span: content offsets (marks excluded) and the mark offsets."""

    start: int
    end: int
    open_mark: int
    close_mark: int | None  # None: closed by the end of the paragraph
    paragraph: int
    continues: bool = False  # opened a paragraph continuing an unclosed quote of the previous one
    used: bool = False


@dataclass
class _Candidate:
    parts: list[tuple[int, int]]
    type: str
    marks: bool
    cue: tuple[int, int] | None
    mention: Mention | None
    paragraph: int
    sentence: int
    frame: str = ""  # "trailing" (also medial), "front", "colon", "participle", "source", "question", "continuation"
    stance: bool = False  # a position or belief (a stance verb or phrase, a claim noun), not speech
    nested: bool = False  # a stance or relative-clause frame inside the content of an earlier frame (both kept)


def extract_quotes(document: Document, *, entities=None) -> Quotes:
    """Find the quotes of ``document`` and resolve their speakers.

    ``entities``: the article's ``newscli.entities.Entities``, when the caller has them: their people become
    candidates for pronouns and surnames even before they speak, and their names the full forms of short ones.
    Without them, the capitalised multi-word names of the text serve as full forms (cheaper: the entities
    analysis costs more than this one).
    """
    text = document.text
    marked = _has_marks(text[document.body_start :])
    spans = _Marks(_mark_spans(document) if marked else [])
    candidates: list[_Candidate] = []
    for index in range(len(document.sentences)):
        candidates.extend(_sentence_frames(document, index, spans, marked))
    candidates.extend(_unattributed_spans(document, spans, candidates))
    if not marked:
        _continue_markless(document, candidates)
    candidates = _dedupe(candidates)
    candidates.sort(key=lambda c: c.parts[0][0])
    if entities is None:
        persons, names = [], _known_names(document)
    else:
        persons = [(e.name, m.start) for e in entities.entities if e.type == "PERSON" for m in e.mentions]
        names = [e.name for e in entities.entities]
    resolved = resolve_speakers([c.mention for c in candidates], persons=persons, names=names)
    quotes = []
    for candidate, speaker in zip(candidates, resolved, strict=False):
        quotes.append(_quote(text, candidate, speaker))
    return Quotes(tuple(quotes), _summaries(quotes))


def _quote(text: str, candidate: _Candidate, speaker: ResolvedSpeaker | None) -> Quote:
    parts = tuple(sorted(candidate.parts))
    cue = text[candidate.cue[0] : candidate.cue[1]] if candidate.cue else None
    return Quote(
        text=" … ".join(text[start:end] for start, end in parts),
        start=parts[0][0],
        end=parts[-1][1],
        type=candidate.type,
        marks=candidate.marks,
        cue=cue,
        speaker=Speaker(speaker.name, speaker.mention.text, speaker.role, speaker.mention.start, speaker.mention.end)
        if speaker
        else None,
        paragraph=candidate.paragraph,
        parts=parts,
    )


def _summaries(quotes: list[Quote]) -> tuple[SpeakerSummary, ...]:
    order: dict[str, list[Quote]] = {}
    for quote in quotes:
        if quote.speaker:
            order.setdefault(quote.speaker.name, []).append(quote)
    summaries = []
    for name, said in order.items():
        role = next((q.speaker.role for q in said if q.speaker.role), None)
        summaries.append(SpeakerSummary(name, role, len(said), sum(q.words for q in said)))
    return tuple(summaries)


# --- marks ----------------------------------------------------------------------------------------------------


class _Marks:
    """The article's mark spans, indexed by paragraph and by start offset (look-ups stay linear overall)."""

    def __init__(self, spans: list[_Span]):
        self.spans = spans
        self._starts = [span.start for span in spans]
        self.by_paragraph: dict[int, list[_Span]] = {}
        for span in spans:
            self.by_paragraph.setdefault(span.paragraph, []).append(span)

    def inside(self, offset: int) -> bool:
        index = bisect.bisect_right(self._starts, offset) - 1
        return index >= 0 and self.spans[index].start <= offset < self.spans[index].end

    def within(self, paragraph: int, start: int, end: int) -> list[_Span]:
        """Spans of ``paragraph`` whose content lies within [start, end]."""
        return [span for span in self.by_paragraph.get(paragraph, ()) if span.start >= start and span.end <= end + 1]

    def claim(self, paragraph: int, start: int, end: int) -> list[_Span]:
        """The spans ``within`` [start, end], marked as used by the quote that holds them."""
        inner = self.within(paragraph, start, end)
        for span in inner:
            span.used = True
        return inner

    def closing_before(self, paragraph: int, offset: int, text: str, *, titled: bool = False) -> _Span | None:
        """The closed span whose closing mark is separated from ``offset`` only by space and commas, or,
        before a ``titled`` speaker, by the lower-case words his mention leaves out (“…,” council
        treasurer Tom Hale said)."""
        for span in reversed(self.by_paragraph.get(paragraph, ())):
            if span.close_mark is not None and span.close_mark < offset:
                gap = text[span.close_mark + 1 : offset].strip(" ,\n")
                premodifiers = titled and LOWER_CASE_PREMODIFIERS.fullmatch(gap) and not STOP_WORDS & set(gap.split())
                return span if not gap or premodifiers else None
        return None


# Up to three lower-case words before a speaker's title: "council", "city council", "former deputy".
LOWER_CASE_PREMODIFIERS = re.compile(r"[a-z][a-z-]*(?: [a-z][a-z-]*){0,2}")


def _has_marks(body: str) -> bool:
    return sum(body.count(mark) for mark in DOUBLE_MARKS) + body.count("''") >= 2


def _mark_spans(document: Document) -> list[_Span]:
    """Double-quote spans of each paragraph, linear in the text. Single quotes are never spans of their own;
    two apostrophes (``''``, a typewriter convention) count as a straight double quote."""
    text = document.text
    spans: list[_Span] = []
    carry = False  # the previous paragraph left a quote open
    for index, paragraph in enumerate(document.paragraphs):
        open_at: int | None = None
        for mark in MARK.finditer(text, paragraph.start, paragraph.end):
            position, width = mark.start(), len(mark.group())
            char = '"' if width == 2 else mark.group()
            if open_at is None:
                if char in OPENING and not _is_inch_mark(text, position):
                    open_at, open_width = position, width
            elif char in CLOSING:
                continues = carry and open_at == paragraph.start
                spans.append(_Span(open_at + open_width, position, open_at, position + width - 1, index, continues))
                carry = False
                open_at = None
        if open_at is not None:
            continues = carry and open_at == paragraph.start
            spans.append(_Span(open_at + open_width, paragraph.end, open_at, None, index, continues))
        following = document.paragraphs[index + 1].text if index + 1 < len(document.paragraphs) else ""
        carry = open_at is not None and (following[:1] in OPENING or following.startswith(("''", "``")))
    for span in spans:
        span.start, span.end = _trim_content(text, span.start, span.end)
    return [span for span in spans if span.end > span.start]


def _is_inch_mark(text: str, position: int) -> bool:
    return text[position] == '"' and position > 0 and text[position - 1].isdigit()


def _trim_content(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in "‘'"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;’'"):
        if text[end - 1] in "’'" and end - 2 >= start and text[end - 2].isalpha() and text[end - 2] == "s":
            break
        end -= 1
    return start, end


def _span_words(text: str, span: _Span) -> int:
    return len(text[span.start : span.end].split())


# --- frames ----------------------------------------------------------------------------------------------------


def _sentence_frames(document: Document, index: int, spans: _Marks, marked: bool) -> list[_Candidate]:
    sentence = document.sentences[index]
    tokens = sentence.tokens
    words = document.token_texts[index]
    lowered = document.lowered_token_texts[index]
    lexicon = _cue_lexicon()
    text = document.text
    found: list[_Candidate] = []
    headline = _is_headline(words)
    label = _label_frame(document, index, spans)
    if label is not None:
        found.append(label)
    position = 0
    while position < len(tokens):
        word = lowered[position]
        source = _match_phrase(lowered, position, "source")
        if source:
            candidate = _source_frame(document, index, position, source, spans)
            if candidate:
                found.append(candidate)
                position += source
                continue
        if word == "in" and not spans.inside(tokens[position].start):
            candidate = _survey_frame(document, index, position, spans)
            if candidate:
                found.append(candidate)
                position += 1
                continue
        phrase = _match_phrase(lowered, position, "stance")
        if phrase and not spans.inside(tokens[position].start):
            subject = next((c.mention for c in reversed(found) if c.mention), None) or _sentence_subject(document, index)
            candidate = _cue_frame(document, index, position, " ".join(lowered[position : position + phrase]), "stance", spans, marked, subject, phrase)
            if candidate:
                found.append(candidate)
                position += phrase
                continue
        if word in PASSIVE_CUES and not spans.inside(tokens[position].start):
            candidate = _passive_frame(document, index, position, spans)
            candidate = candidate or _asked_frame(document, index, position, spans)
            if candidate:
                found.append(candidate)
                position += 1
                continue
        if word in EVIDENTIAL_CUES and not spans.inside(tokens[position].start):
            candidate = _evidential_frame(document, index, position, spans)
            if candidate:
                found.append(candidate)
                position += 1
                continue
        if word in _claim_nouns():
            candidate = _claim_frame(document, index, position, spans)
            if candidate:
                found.append(candidate)
                position += 1
                continue
        entry = lexicon.get(word)
        if position > 0 and not words[position].islower() and not headline:
            entry = None  # "United States": inside a sentence, capitalised words are names
        if entry is None or spans.inside(tokens[position].start) or (position > 1 and lowered[position - 1] == "to" and lowered[position - 2] != "on"):
            position += 1
            continue
        lemma, verb_class = entry
        subject = next((c.mention for c in reversed(found) if c.mention), None) or _sentence_subject(document, index)
        candidate = _cue_frame(document, index, position, lemma, verb_class, spans, marked, subject)
        if candidate is not None:
            found.append(candidate)
        position += 1
    _end_before_next_frame(text, found)
    return found


def _is_headline(words: list[str]) -> bool:
    """Whether a sentence is a title-case headline (most of its words capitalised)."""
    alphabetic = [w for w in words if w.isalpha()]
    return sum(w[0].isupper() for w in alphabetic) >= HEADLINE_SHARE * len(alphabetic)


def _end_before_next_frame(text: str, found: list[_Candidate]) -> None:
    """Content running into a later frame of the same sentence stops before it: in "Nearly a third say they
    don't know, and one in five say it's not", the first content ends at "know". A stance or a relative clause
    inside the content does not stop it and is a quote of its own (``said they're supporting Clinton``: what
    they said, and their support)."""
    for number, earlier in enumerate(found):
        if earlier.frame not in ("front", "participle", "colon"):
            continue
        start, end = earlier.parts[-1]
        for inner in found[number + 1 :]:
            if inner.cue is not None and start <= inner.cue[0] < end and _embedded(text, inner):
                inner.nested = True
        # "said his campaign had found …", "say they don't know …": a frame at the very start of the content is
        # speech (or a stance) reported inside it, not a new frame.
        later = next(
            (
                c
                for c in found[number + 1 :]
                if c.cue is not None and not c.nested and (c.mention is None or c.mention.start != start)
            ),
            None,
        )
        if later is None:
            continue
        frame_start = later.cue[0]
        if later.mention is not None and start < later.mention.start < frame_start:
            frame_start = later.mention.start
        if start < frame_start < end:
            comma = text.rfind(",", start, frame_start)
            cut = _trim_end(text, start, comma if frame_start - comma <= NEAR_COMMA else frame_start)
            cut = _trim_end(text, start, cut - 4) if text[cut - 4 : cut] in (" and", " but") else cut
            if cut > start:
                earlier.parts[-1] = (start, cut)


def _embedded(text: str, candidate: _Candidate) -> bool:
    """Whether a frame inside another's content belongs to that content rather than starting a new clause: a
    stance (``said they're supporting Clinton``) or a relative clause (``said supporters who have suggested
    that …``)."""
    if candidate.stance:
        return True
    return candidate.mention is not None and bool(RELATIVE_WHO.match(text, candidate.mention.end, candidate.cue[0]))


def _sentence_end(document: Document, index: int) -> int:
    """End of sentence ``index``, joined across false breaks after a title (the splitter sometimes ends a
    sentence at ``that Mr.`` before ``Band was acting …``)."""
    end = document.sentences[index].end
    while (
        index + 1 < len(document.sentences)
        and document.sentences[index + 1].paragraph == document.sentences[index].paragraph
        and SPLIT_TITLE.search(document.sentences[index].text)
    ):
        index += 1
        end = document.sentences[index].end
    return end


def _relative_quote(
    document: Document, index: int, relative: int, position: int, verb_class: str, spans: _Marks
) -> _Candidate | None:
    """A cue inside a relative clause reports the clause, from the relative pronoun on; the subject between
    pronoun and verb speaks. After an object verb, only when quoted words follow (``which he called “a cartel
    for higher education”``, mixed); after a speech verb, when the clause's gap follows the cue (``which critics
    said was discriminatory``, ``that company executives said could affect …``; never ``that`` before a clause
    of its own: ``said that Smith told her …``), indirect."""
    if verb_class == "stance":
        return None
    sentence = document.sentences[index]
    tokens = sentence.tokens
    lowered = document.lowered_token_texts[index]
    if verb_class == "clause":
        pronoun = lowered[relative]
        follows_preposition = relative > 0 and lowered[relative - 1] in PREPOSITIONS | CLAIM_LINKS  # "in which he …"
        if pronoun not in SPEECH_RELATIVES or follows_preposition:
            return None
        if pronoun == "that":
            # A relative "that" leaves a gap for the clause's verb right after the cue ("that executives said
            # could …"); a complementizer "that" opens a clause of its own ("said that Smith admitted to …").
            gap = tuple(_sentence_tags(document, index)[position + 1 : position + 2]) in GAP_TAGS
            if not gap or lowered[relative - 1] in _cue_lexicon():
                return None
    sentence_end = _content_end(document.text, sentence.start, _sentence_end(document, index))
    content_start = tokens[relative].start
    content_end = _clause_end(document, index, relative, sentence_end, direct=False)
    if verb_class == "clause":
        comma = document.text.find(",", tokens[position].end, content_end)
        content_end = _trim_end(document.text, content_start, comma) if comma >= 0 else content_end  # "…, is another"
    inner = [span for span in spans.within(sentence.paragraph, tokens[position].end, content_end)]
    if not inner and verb_class == "object":
        return None
    subject = _mention_backward(document, index, position - 1) or (relative + 1, relative + 1)
    mention = _mention(document, index, subject)
    if verb_class == "clause" and not _names_speaker(document, index, mention, _sentence_tags(document, index)):
        return None  # "which helps explain why …": a verb, not a speaker
    for span in inner:
        span.used = True
    cue = (tokens[position].start, tokens[position].end)
    kind = "mixed" if inner else "indirect"
    return _Candidate([(content_start, content_end)], kind, bool(inner), cue, mention, sentence.paragraph, index, "front")


def _as_quote(
    document: Document,
    index: int,
    mention_range: tuple[int, int],
    cue_start: int,
    position: int,
    lemma: str,
    spans: _Marks,
) -> _Candidate | None:
    """``As Clyburn noted, <clause>`` and ``<clause>, as some leaders believe.``: a source clause introduced by
    ``as`` frames the clause beside it (indirect; mixed with quoted words). A quotation opening right after the
    comma is left to the colon frame (``As Vulture put it, “Hello.”``)."""
    sentence = document.sentences[index]
    tokens = sentence.tokens
    words = document.token_texts[index]
    lowered = document.lowered_token_texts[index]
    text = document.text
    introducer = mention_range[0] - 1
    if introducer > 0 and lowered[introducer - 1] in AS_IDIOMS or introducer > 1 and lowered[introducer - 2] == "as":
        return None  # "such as", "as well as", "as long as they like"
    after = _skip_adjuncts(words, lowered, position + 1, lemma)
    sentence_end = _content_end(text, sentence.start, _sentence_end(document, index))
    if after + 1 < len(words) and words[after] == "," and words[after + 1] not in QUOTE_TOKENS:
        content_start = tokens[after + 1].start
        content = (content_start, _clause_end(document, index, after + 1, sentence_end, direct=False))
    elif introducer > 0 and words[introducer - 1] == "," and (after >= len(words) or words[after] in (".", "!", "?")):
        content = (sentence.start, _trim_end(text, sentence.start, tokens[introducer - 1].start))
    else:
        return None
    cue = (tokens[cue_start].start, tokens[max(position, after - 1)].end)
    return _source_quote(document, index, content, cue, _mention(document, index, mention_range), spans)


def _title_before(document: Document, index: int) -> int | None:
    """Offset of an abbreviated title (``Mr.``, ``Sen.``) ending the previous sentence of the same paragraph."""
    if index == 0 or document.sentences[index - 1].paragraph != document.sentences[index].paragraph:
        return None
    previous = document.sentences[index - 1]
    match = SPLIT_TITLE.search(previous.text)
    return previous.start + match.start() if match else None


def _opens_clause(word: str) -> bool:
    """Whether reported content can start with ``word`` right after a cue (``that``, a subject)."""
    lower = word.lower()
    return lower == "that" or lower in SUBJECT_PRONOUNS | DETERMINERS | QUANTIFIERS or word[:1].isupper()


def _match_phrase(lowered: list[str], position: int, section: str) -> int:
    """Length of the phrase of ``section`` (``speech_phrases.txt``) starting at ``position``, or 0."""
    for phrase in _phrases_by_first_word(section).get(lowered[position], ()):
        if tuple(lowered[position : position + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def _mention_backward(document: Document, sentence_index: int, last: int) -> tuple[int, int] | None:
    """Token range [first, last] of the speaker mention ending at token ``last``, scanning backwards."""
    if last < 0:
        return None
    words = document.token_texts[sentence_index]
    if words[last].lower() in SUBJECT_PRONOUNS:
        return (last, last)
    first = last + 1
    position = last
    has_name = False
    while position >= 0 and last - position < MAX_MENTION_TOKENS:
        word = words[position]
        lower = word.lower()
        if lower in ("'s", "s'"):
            position -= 1
            continue
        if lower in DETERMINERS or lower in QUANTIFIERS or re.match(r"^\d", word):
            first = position
            break
        if word[:1].isupper() and CAPITALISED.match(word) and lower not in STOP_WORDS:
            has_name = True
        elif word.isalpha() and word.islower() and lower not in STOP_WORDS and _cue_lexicon().get(lower, ("", "stance"))[1] == "stance":
            pass  # a stance verb's form in a mention is a noun ("biofuels advocates say")
        elif lower in ("-", "of") and has_name:
            pass
        else:
            break
        first = position
        position -= 1
    if first > last:
        return None
    while first <= last and (
        words[first].lower() in ("of", "-", "'s")
        or words[first].lower() in TIME_WORDS | OPENERS
        or (first == 0 and words[first].lower().endswith("ly"))  # "Essentially, …"
    ):
        first += 1
    if first > last:
        return None
    head = words[last]
    if head.islower() and head.endswith("ing"):
        return None  # "the most telling promise": a modifier, not the head of a speaker
    opened_with_determiner = words[first].lower() in DETERMINERS | QUANTIFIERS or words[first][:1].isdigit()
    if not opened_with_determiner and has_name:
        # "hear Clinton pledged": lower-case words before a name, without a determiner, are not part of it
        # (role words are: "spokesman Mao Ning").
        titles = title_words()
        while first < last and words[first].islower() and words[first] not in titles:
            first += 1
    if not has_name and not opened_with_determiner and not head.endswith("s"):
        return None  # a bare lower-case singular ("report said") is not a speaker
    if not has_name and first == last and words[first].lower() in DETERMINERS:
        return None
    return (first, last)


def _mention_before_apposition(
    document: Document, sentence_index: int, closer: int, *, nested: bool = False
) -> tuple[int, int] | None:
    """The mention before an apposition or relative clause set off by commas, dashes or parentheses that ends
    at token ``closer``: ``Cruz, who has proposed repealing the mandate, said``, ``Reynolds - Santilli's
    girlfriend - told``, ``Rep. Hank Johnson (D-Ga.) said``; one more group may precede (``Sanders,
    meanwhile, who …, said``)."""
    words = document.token_texts[sentence_index]
    opener = "(" if words[closer] == ")" else words[closer]
    for position in range(closer - 1, max(-1, closer - MAX_APPOSITION_TOKENS), -1):
        word = words[position]
        if word == opener:
            mention = _mention_backward(document, sentence_index, position - 1)
            if mention is None and not nested and opener != "(":
                return _mention_before_apposition(document, sentence_index, position, nested=True)
            if mention is None or words[mention[0]].lower() in SUBJECT_PRONOUNS:
                return None
            return mention
        if word in QUOTE_TOKENS or word in (".", ";", ":"):
            return None
    return None


def _mention_forward(
    document: Document, sentence_index: int, first: int, *, bare: bool = False
) -> tuple[int, int] | None:
    """The speaker mention after an inverted cue (``said Hayashi``, ``added the spokesman``); ``bare``: a
    lower-case noun phrase without a determiner may be one (``according to law enforcement officials``)."""
    words = document.token_texts[sentence_index]
    position = first
    if position < len(words) and words[position].lower() in DETERMINERS | QUANTIFIERS:
        position += 1
    last = None
    while position < len(words) and position - first < MAX_MENTION_TOKENS:
        word = words[position]
        if CAPITALISED.match(word) or (word.isalpha() and word.islower() and word not in STOP_WORDS):
            last = position
            position += 1
        elif word in ("'s",) and last is not None:
            position += 1
        else:
            break
    if last is None:
        return None
    if not bare and not any(re.match(r"^[A-Z]", words[i]) for i in range(first, last + 1)) and words[first].lower() not in DETERMINERS | QUANTIFIERS:
        return None
    following = words[last + 1] if last + 1 < len(words) else ""
    if following.isalpha() and following.islower() and following not in PREPOSITIONS | RELATIVE_WORDS | {"of", "about", "for", "by", "with"}:
        return None  # "said Sanders has pushed …": the subject of a clause, not an inverted speaker
    return (first, last)


def _mention(document: Document, sentence_index: int, token_range: tuple[int, int]) -> Mention:
    tokens = document.sentences[sentence_index].tokens
    start, end = tokens[token_range[0]].start, tokens[token_range[1]].end
    return Mention(document.text[start:end], start, end)


def _skip_adjuncts(words: Sequence[str], lowered: Sequence[str], position: int, lemma: str) -> int:
    """Index after the cue's object (for ``tell``, or a short one before a colon: ``added a caveat:``) and
    adjuncts (``on Wednesday``, ``in a statement``)."""
    if position < len(words) and lowered[position] in DETERMINERS and ":" in words[position + 1 : position + 4]:
        return words.index(":", position + 1)
    if lemma == "tell" and position < len(words):
        if lowered[position] in OBJECT_PRONOUNS:
            position += 1
        else:
            if lowered[position] in DETERMINERS:
                position += 1
            while position < len(words) and re.match(r"^[A-Z]", words[position]) and lowered[position] not in TIME_WORDS:
                position += 1
            while position < len(words) and words[position].isalpha() and words[position].islower() and lowered[position] not in STOP_WORDS and lowered[position] not in CLAUSE_START and lowered[position] not in TIME_WORDS:
                position += 1
            position = _named_after_role(words, lowered, position)  # "told Fox News host Sean Hannity earlier"
    while position < len(words):
        lower = lowered[position]
        if lower in TIME_WORDS | PARTICLES or (lower.endswith("ly") and lower.isalpha() and lower not in ("only", "family")):
            position += 1
        elif lower in PREPOSITIONS:
            position += 1
            seen_noun = False
            while position < len(words):
                lower = lowered[position]
                following = words[position + 1] if position + 1 < len(words) else ""
                title_case_name = words[position - 1][:1].isupper() and following[:1].isupper()  # "Meet the Press"
                if lower in DETERMINERS and seen_noun and not title_case_name:
                    break
                if lower in SUBJECT_PRONOUNS or lower == "that" or not re.match(r"^(?:[\w-]+|'s?)$", words[position]):
                    break
                if lower in STOP_WORDS and lower not in DETERMINERS:
                    break
                if lower not in DETERMINERS:
                    seen_noun = True
                position += 1
        else:
            break
    return position


def _named_after_role(words: Sequence[str], lowered: Sequence[str], position: int) -> int:
    """Index after a capitalised name at ``position`` that ends an object (``host Sean Hannity``), when what
    follows it can follow the object (an adjunct, ``that``, punctuation); else ``position``."""
    end = position
    while end < len(words) and CAPITALISED.match(words[end]) and lowered[end] not in TIME_WORDS:
        end += 1
    following = lowered[end] if end < len(words) else ""
    if end > position and (not following.isalpha() or following in TIME_WORDS | PREPOSITIONS | {"that"}):
        return end
    return position


def _inverted_after_comma(document: Document, index: int, before: int, position: int) -> bool:
    """``<speech>, said DeSantis, who …``, ``…, said a party official who …``: a name, or a noun phrase with a
    determiner and a relative clause, right after a cue that follows a comma is an inverted speaker, and the
    words before the comma are speech, not an apposition."""
    words = document.token_texts[index]
    lemma, verb_class = _cue_lexicon().get(document.lowered_token_texts[index][position], ("", ""))
    if words[before] != "," or verb_class != "clause" or lemma == "tell":  # "Cruz, …, endorsed Fiorina", "told CNN"
        return False
    mention = _mention_forward(document, index, position + 1)
    following = words[mention[1] + 1 : mention[1] + 2] if mention else None
    if following not in ((), (",",), (".",), ("who",)):
        return False
    named = words[mention[0] : mention[1] + 1]
    # A described speaker needs its relative clause: "tweeted a warning." has an object, not a speaker.
    described = named[0].lower() in DETERMINERS | QUANTIFIERS and following == ("who",)
    return described or any(CAPITALISED.match(word) and word.lower() not in TIME_WORDS for word in named)


def _time_adjunct_start(lowered: Sequence[str], last: int) -> int | None:
    """Start of a time adjunct ending at token ``last`` (``on Tuesday``, ``last month``, ``in 2015``), or None."""
    first = last
    while first >= 0 and (lowered[first] in TIME_WORDS | MONTHS or YEAR_OR_DAY.fullmatch(lowered[first])):
        first -= 1
    words = lowered[first + 1 : last + 1]
    if not any(word in TIME_NOUNS | MONTHS or YEAR.fullmatch(word) for word in words):
        return None  # "last" or "5" alone is no time ("control 30 states")
    if first >= 0 and lowered[first] in ("on", "in", "at", "during", "since", "early", "late"):
        first -= 1
    return first + 1


def _cue_frame(
    document: Document,
    index: int,
    position: int,
    lemma: str,
    verb_class: str,
    spans: list[_Span],
    marked: bool,
    subject: Mention | None,
    length: int = 1,
) -> _Candidate | None:
    """The quote of the cue at token ``position`` (``length`` tokens long for a stance phrase: ``made it
    clear``, ``is critical of``); ``subject`` speaks for a participle cue (``…, saying …``)."""
    sentence = document.sentences[index]
    tokens = sentence.tokens
    words = document.token_texts[index]
    lowered = document.lowered_token_texts[index]
    text = document.text
    paragraph = sentence.paragraph
    cue_start = position
    # Subject before the cue, over auxiliaries and adverbs.
    before = position - 1
    progressive = lowered[position].endswith("ing") or length > 1  # "is critical of", "is making the case"
    after_adjunct = 0  # the cue starts after a time adjunct before it: "Trump on Tuesday also said" → "also said"
    while True:
        while before >= 0 and (
            lowered[before] in AUXILIARIES | REFLEXIVES
            or (lowered[before].endswith("ly") and lowered[before] != "only")
            or (progressive and lowered[before] in ("is", "are", "was", "were", "been", "'s"))
        ):
            before -= 1
        if before >= 2 and lowered[before] == "to" and lowered[before - 1] == "on" and lowered[before - 2] in GO_FORMS:
            before -= 3  # "He went on to say": part of the cue, like an auxiliary
            continue
        adjunct = _time_adjunct_start(lowered, before)  # "Trump on Tuesday said", "A poll last month showed"
        if adjunct is None:
            break
        after_adjunct = max(after_adjunct, before + 1)
        before = adjunct - 1
    if before < position - 1:
        cue_start = max(before + 1, after_adjunct)
        while lowered[cue_start] in REFLEXIVES:
            cue_start += 1  # "Obama himself said": the cue is "said"
    mention_range = None
    inverted = False
    if before >= 0:
        if before >= 1 and lowered[before - 1] in ("which", "who", "whom", "that") and lowered[before] in SUBJECT_PRONOUNS:
            # "which he argued …", "which he called “a cartel”": the relative clause is the quote.
            return _relative_quote(document, index, before - 1, position, verb_class, spans)
        if lowered[before] == "who" and before >= 2 and words[before - 1] == ",":
            # "Beck, who said there were …": the speaker is who's antecedent.
            mention_range = _mention_backward(document, index, before - 2)
        elif lowered[before] == "who" and before >= 1:
            mention_range = _mention_backward(document, index, before - 1)  # "voters who favor a tax cut"
        else:
            mention_range = _mention_backward(document, index, before)
        if mention_range is None and words[before] in APPOSITION_MARKS:
            if not _inverted_after_comma(document, index, before, position):
                mention_range = _mention_before_apposition(document, index, before)
        if mention_range and mention_range[0] > 0 and lowered[mention_range[0] - 1] in ("which", "who", "that", "whom"):
            return _relative_quote(document, index, mention_range[0] - 1, position, verb_class, spans)
        if mention_range and mention_range[0] > 0 and lowered[mention_range[0] - 1] == "as":
            candidate = _as_quote(document, index, mention_range, cue_start, position, lemma, spans)
            if candidate is not None:
                return candidate
    participle = lowered[position] in _participles() and (
        position == 0 or words[position - 1] in (",", "--", "—", "–") or lowered[position - 1] in PARTICIPLE_INTRODUCERS or before < 0
    )
    if participle:
        mention_range = None
    elif mention_range is None and (position == 0 or words[position - 1] in (",", "?", "!") or words[position - 1] in QUOTE_TOKENS):
        mention_range = _mention_forward(document, index, position + 1)
        inverted = mention_range is not None
    coordinated = mention_range is None and not participle and before >= 1 and lowered[before] in ("and", "but")
    if mention_range is None and not participle and not coordinated:
        return None
    after = (mention_range[1] + 1) if inverted else position + length
    adjunct_end = _skip_adjuncts(words, lowered, after, lemma)
    cue_end_token = max(position + length - 1, adjunct_end - 1) if adjunct_end > after and not inverted else position + length - 1
    cue = (tokens[cue_start].start, tokens[cue_end_token].end)
    mention = _mention(document, index, mention_range) if mention_range else None
    if coordinated:
        mention = subject
    if mention is not None and lowered[position].endswith("ing") and mention.text.split()[-1].lower() in DOCUMENT_NOUNS:
        mention = subject  # "Rubio's campaign sent out a press release saying …": the document's author speaks
    if not marked and mention is not None and mention.text.lower() in SPEAKING_PERSONS:
        return None  # "I think …", "you will say …" without marks: words inside someone's speech
    if participle:
        mention = subject
    speaker_first = mention_range[0] if mention_range and not inverted else cue_start
    frame_first = speaker_first if not inverted else cue_start
    frame_offset = tokens[frame_first].start
    split_title = _title_before(document, index) if frame_first == 0 and mention is not None else None
    if split_title is not None:
        # The sentence splitter broke after "Mr." in “…,” Mr. Earnest said: the title belongs to the mention.
        frame_offset = split_title
        mention = Mention(text[split_title : mention.end], split_title, mention.end)
    titled = mention is not None and mention.text.split()[0].lower() in title_words()
    closing = None if participle else spans.closing_before(paragraph, frame_offset, text, titled=titled)
    if closing is not None and not (
        _opens_sentence(document, closing)
        or _span_words(text, closing) > SCARE_QUOTE_WORDS
        or text[max(0, closing.open_mark - 4) : closing.open_mark].rstrip().endswith((":", ","))
    ):
        closing = None  # chants of “Marco! Marco!,” the senator said …: a few quoted words inside the sentence
    next_word = words[adjunct_end] if adjunct_end < len(words) else ""
    if closing is not None and closing.close_mark < sentence.start and _opens_clause(next_word):
        closing = None  # “…” He said that …: a new sentence with its own speech
    sentence_end = _content_end(text, sentence.start, _sentence_end(document, index))
    if next_word == "," and not inverted and closing is None:
        # "X said, per a translator, that …": an adjunct set off by commas before the clause.
        for later in range(adjunct_end + 1, min(len(words) - 1, adjunct_end + MAX_APPOSITION_TOKENS)):
            if words[later] in QUOTE_TOKENS or words[later] in (".", ";", ":"):
                break
            if words[later] == "," and lowered[later + 1] == "that":
                adjunct_end, next_word = later + 1, "that"
                break
    if verb_class == "stance":
        if closing is not None or inverted or next_word in ("", ",", ".", ":"):
            return None
        return _stance_quote(document, index, position, cue_start, mention, spans, marked, sentence_end, length)
    if verb_class == "object" or (
        closing is None and not inverted and next_word not in ("", ",", ":", ".") and next_word not in QUOTE_TOKENS
        and next_word.lower() != "that" and next_word.lower() not in CLAUSE_START
    ):
        # "called the plan “a disaster”", "urged them to “give him time”": quoted words in the cue's object.
        if position + 1 >= len(tokens):
            return None
        content_start = tokens[position + 1].start
        content_end = _clause_end(document, index, position + 1, sentence_end, direct=False)
        if spans.claim(paragraph, content_start, content_end):
            return _Candidate([(content_start, content_end)], "mixed", True, cue, mention, paragraph, index, "front")
        stance = None
        if closing is None and not inverted:
            # "described the plan as a mistake", "…, referring to Trump", "denied the allegations": what the
            # source's words were about.
            stance = _stance_quote(document, index, position, cue_start, mention, spans, marked, sentence_end, length)
        if stance is not None or verb_class == "object":
            return stance
    # <speaker> <cue>: <speech>
    opens_quote = next_word == "," and adjunct_end + 1 < len(words) and words[adjunct_end + 1] in QUOTE_TOKENS
    if closing is None and (next_word == ":" or opens_quote or next_word in QUOTE_TOKENS):
        start_token = adjunct_end + (0 if next_word in QUOTE_TOKENS else 1)
        if start_token >= len(tokens):
            if next_word == ":" and sentence.end == document.paragraphs[paragraph].end:
                return _next_paragraph_speech(document, paragraph, spans, marked, cue, mention, index)
            return None
        content_start = tokens[start_token].start
        inner = spans.within(paragraph, content_start, document.paragraphs[paragraph].end)
        if inner and inner[0].open_mark <= content_start + 1:
            span = inner[0]
            if next_word in QUOTE_TOKENS and _span_words(text, span) <= SCARE_QUOTE_WORDS and text[span.end - 1] not in ".?!":
                # "promises to “end” the Common Core": a few quoted words in the cue's object, a mixed quote.
                content_start = tokens[position + 1].start
                content_end = _clause_end(document, index, position + 1, sentence_end, direct=False)
                spans.claim(paragraph, content_start, content_end)
                return _Candidate([(content_start, content_end)], "mixed", True, cue, mention, paragraph, index, "front")
            span.used = True
            return _Candidate([(span.start, span.end)], "direct", True, cue, mention, paragraph, index, "colon")
        if next_word == ":" and not marked:
            content_start = _skip_space(text, content_start)
            return _Candidate([(content_start, sentence_end)], "direct", False, cue, mention, paragraph, index, "colon")
        if next_word == ":":
            return None
    after_comma = frame_first > 0 and words[frame_first - 1] == ","
    if closing is None and not marked and not inverted and not after_comma and next_word == "," and adjunct_end + 1 < len(tokens):
        # Mark-less "Clinton said, She was the most popular political figure in America."
        content_start = tokens[adjunct_end + 1].start
        content_end = _clause_end(document, index, adjunct_end + 1, sentence_end)
        if len(text[content_start:content_end].split()) >= MIN_SPEECH_WORDS and lowered[adjunct_end + 1] not in RELATIVE_WORDS | _participles():
            return _Candidate([(content_start, content_end)], "direct", False, cue, mention, paragraph, index, "colon")
    # <speaker> <cue> (that) <clause>: indirect (mixed with marked words inside).
    # "said when asked about …": a question put to the speaker follows the frame, not the speech (_asked_frame).
    asked = next_word.lower() in ASKED_INTRODUCERS and lowered[adjunct_end + 1 : adjunct_end + 2] == ("asked",)
    if closing is None and not inverted and not asked and (next_word.lower() == "that" or next_word.lower() in CLAUSE_START or re.match(r"^[A-Z0-9]", next_word)) and next_word != "" and not (next_word[:1].isupper() and next_word.lower() in TIME_WORDS):
        content_token = adjunct_end + (1 if next_word.lower() == "that" else 0)
        if content_token >= len(tokens):
            return None
        content_start = tokens[content_token].start
        content_end = _clause_end(document, index, content_token, sentence_end, direct=False)
        if len(text[content_start:content_end].split()) < (MIN_SPEECH_WORDS if next_word.lower() == "that" else 4):
            return _stance_quote(document, index, position, cue_start, mention, spans, marked, sentence_end, length)  # an object
        inner = spans.claim(paragraph, content_start, content_end)
        kind = "mixed" if inner else "indirect"
        return _Candidate([(content_start, content_end)], kind, bool(inner), cue, mention, paragraph, index, "participle" if participle else "front")
    if participle:
        return None
    # <speech>, <speaker> <cue> [adjuncts][, <speech>].
    rest = adjunct_end
    exclaimed = None
    if closing is None and frame_first == 0 and not marked and next_word in ("", ".") and index > 0:
        # "Sometimes us ex-diplomats need our fix! Clinton said." : the speech is the sentence before.
        previous = document.sentences[index - 1]
        if previous.paragraph == paragraph and previous.text.rstrip().endswith(("?", "!")):
            exclaimed = previous
    # "A pathetic figure! he wrote.": a question or exclamation the sentence splitter left before the frame.
    exclamation = frame_first > 0 and words[frame_first - 1] in ("?", "!")
    if closing is None and exclaimed is None:
        if frame_first == 0 or words[frame_first - 1] != "," and not exclamation:
            return None
        # Nothing but adjuncts, a participle or a new speech part may follow a mark-less trailing frame.
        if not inverted and rest < len(words) and words[rest] not in (",", ".", "!", "?", ";", ":") and words[rest] not in QUOTE_TOKENS:
            if len([w for w in words[rest:] if w.isalnum()]) > MAX_TRAILING_WORDS:
                return None
        before_offset = tokens[frame_first - 1].end if exclamation else tokens[frame_first - 1].start
    parts: list[tuple[int, int]] = []
    if closing is not None:
        closing.used = True
        parts.append((closing.start, closing.end))
        kind, has_marks = "direct", True
    elif exclaimed is not None:
        parts.append((exclaimed.start, _trim_end(text, exclaimed.start, exclaimed.end)))
        kind, has_marks = "direct", False
    else:
        speech_start = sentence.start
        speech_end = _trim_end(text, sentence.start, before_offset)
        words_before = text[speech_start:speech_end].split()
        if len(words_before) < MIN_SPEECH_WORDS:
            speech_start = None
        if speech_start is not None and not spans.inside(speech_start):
            inner = spans.claim(paragraph, speech_start, speech_end)
            kind = ("mixed" if inner else "indirect") if marked else "indirect" if lemma in REPORT_LEMMAS else "direct"
            has_marks = bool(inner)
            parts.append((speech_start, speech_end))
        else:
            kind, has_marks = "direct", marked
    # A second part after the frame: "<speech>, he said, <speech>" / “…,” he said, “…”.
    medial = False
    if not inverted and rest < len(words) and words[rest] in (",", ":"):  # after "said Smith," comes an apposition
        second_token = rest + 1
        if second_token < len(tokens) and lowered[second_token] not in _participles() | RELATIVE_WORDS:
            second_start = tokens[second_token].start
            opening = [
                span
                for span in spans.by_paragraph.get(paragraph, ())
                if tokens[rest].start <= span.open_mark <= second_start + 1
            ]
            if opening:
                opening[0].used = True
                parts.append((opening[0].start, opening[0].end))
                kind, has_marks = "direct", True
            elif closing is None:
                second_end = _clause_end(document, index, second_token, sentence_end)
                if len(text[second_start:second_end].split()) >= MIN_SPEECH_WORDS:
                    parts = [part for part in parts if len(text[part[0] : part[1]].split()) >= MIN_SPEECH_WORDS + 1]
                    parts.append((second_start, second_end))
                    medial = True
                    if marked:  # "<clause>, Devine said, <clause>": a paraphrase, mixed if it holds marks
                        inner = spans.claim(paragraph, parts[0][0], second_end)
                        kind, has_marks = ("mixed" if inner else "indirect"), bool(inner)
                    else:
                        kind = "direct"
    if not parts:
        return None
    if kind == "direct" and not (medial or exclaimed or exclamation or marked) and not FIRST_SECOND_PERSON.search(text[parts[0][0] : parts[0][1]]):
        kind = "direct?"  # decided by continuation: a lone third-person sentence is a paraphrase
    return _Candidate(parts, kind, has_marks, cue, mention, paragraph, index, "trailing")


def _stance_quote(
    document: Document,
    index: int,
    position: int,
    cue_start: int,
    mention: Mention | None,
    spans: _Marks,
    marked: bool,
    sentence_end: int,
    length: int,
) -> _Candidate | None:
    """``<speaker> <stance verb> [preposition] <what>``: ``Cruz endorsed Fiorina``, ``she wants to run``, ``he
    believes the race is over``, ``…, calling for a recount``: an indirect quote (mixed with quoted words) of
    everything up to the end of the clause. The verb must be tagged as an active verb."""
    sentence = document.sentences[index]
    tokens = sentence.tokens
    words = document.token_texts[index]
    lowered = document.lowered_token_texts[index]
    if mention is None:
        return None
    tags = _sentence_tags(document, index)
    auxiliaries = set(lowered[cue_start:position])
    verb = tags[position]
    if length > 1 or (words[position][:1].isupper() and _is_headline(words)):
        verb = "VBZ"  # a phrase's words need no tags; the tagger reads title-case words as names ("Cruz Endorses")
    elif not verb.startswith("VB"):
        return None
    if not _names_speaker(document, index, mention, tags):
        return None
    mention = _without_verbs(document, index, mention, tags)
    if verb == "VBN" and not auxiliaries & {"has", "have", "had", "'ve"}:
        return None  # passive or adjectival: "is expected to", "the favored candidate"
    if verb == "VB" and not auxiliaries:
        return None  # "prompted Finland to abandon neutrality and seek protection": not the subject's act
    cue_end = position + length - 1
    first = position + length
    if first >= len(words):
        return None
    if length == 1 and lowered[first] in STANCE_PARTICLES and not (
        lowered[first] == "to" and tags[first + 1 : first + 2] == ("VB",)
    ):
        cue_end, first = first, first + 1  # "calls for a recount", "pointed to Russia"; not "wants to run"
    if first < len(words) and lowered[first] == "that":
        first += 1
    if first >= len(words) or not (words[first][:1].isalnum() or words[first] in QUOTE_TOKENS | {"$"}):  # "for $1 trillion"
        return None
    if tags[first] in NOT_CONTENT_TAGS and lowered[first] not in ("whether", "if"):
        return None  # "backed off", "voted in the primary", "hopes will succeed him": no stance's object here
    content_start = tokens[first].start
    content_end = _clause_end(document, index, first, sentence_end, direct=False)
    relative = RELATIVE_CLAUSE.search(document.text, content_start, content_end)
    if relative:
        content_end = relative.start()  # "backed bodies like the council, which he called …"
    if content_end <= content_start:
        return None
    # (looked for within MAX_CONTENT_CHARS before the content, not from the start of a run-on sentence each time)
    if not marked and FIRST_SECOND_PERSON.search(document.text, max(sentence.start, content_start - MAX_CONTENT_CHARS), content_end):
        return None  # "We in Asia want stability": without marks, first-person words are someone's speech
    inner = spans.claim(sentence.paragraph, content_start, content_end)
    cue = (tokens[cue_start].start, tokens[cue_end].end)
    kind = "mixed" if inner else "indirect"
    return _Candidate([(content_start, content_end)], kind, bool(inner), cue, mention, sentence.paragraph, index, "front", stance=True)


def _survey_frame(document: Document, index: int, position: int, spans: _Marks) -> _Candidate | None:
    """``In a Des Moines Register poll last month, <clause>`` and ``<clause> in the same poll``: a survey is
    the source of the clause, like ``according to``."""
    sentence = document.sentences[index]
    tokens = sentence.tokens
    words = document.token_texts[index]
    lowered = document.lowered_token_texts[index]
    head = next((i for i in range(position + 1, min(len(words), position + MAX_MENTION_TOKENS)) if lowered[i] in SURVEY_NOUNS), None)
    if head is None or not all(SURVEY_NAME_WORD.fullmatch(w) for w in words[position + 1 : head]):
        return None
    text = document.text
    sentence_end = _content_end(text, sentence.start, _sentence_end(document, index))
    after = head + 1
    while after < len(words) and (lowered[after] in TIME_WORDS or lowered[after] in ("released", "conducted", "published")):
        after += 1  # "last month", "released Sunday"
    if position == 0 and after < len(words) and words[after] == ",":
        content = (tokens[after + 1].start, sentence_end) if after + 1 < len(tokens) else None
    elif position > 0 and (after >= len(words) or words[after] in (".", "!", "?")):
        content = (sentence.start, _trim_end(text, sentence.start, tokens[position].start))
    else:
        return None
    if content is None:
        return None
    cue = (tokens[position].start, tokens[position].end)
    return _source_quote(document, index, content, cue, _mention(document, index, (position + 1, head)), spans)


def _source_quote(
    document: Document, index: int, content: tuple[int, int], cue: tuple[int, int], mention: Mention, spans: _Marks
) -> _Candidate | None:
    """The indirect quote (mixed with quoted words) of a source frame (``according to``, a survey, an ``as``
    clause) over ``content``, unless it is too short to be speech."""
    if len(document.text[content[0] : content[1]].split()) < MIN_SPEECH_WORDS:
        return None
    paragraph = document.sentences[index].paragraph
    inner = spans.claim(paragraph, *content)
    return _Candidate([content], "mixed" if inner else "indirect", bool(inner), cue, mention, paragraph, index, "source")


def _label_frame(document: Document, index: int, spans: _Marks) -> _Candidate | None:
    """``Issa: Hillary Clinton’s ‘Honesty Is In Question.’`` (a headline) or ``TAPPER: And obviously, …`` (a
    transcript): a paragraph opening with a name and a colon gives that source's words. A transcript's
    capitalised label introduces direct speech; a headline's name, a paraphrase (indirect)."""
    sentence = document.sentences[index]
    paragraph = document.paragraphs[sentence.paragraph]
    if sentence.start != paragraph.start:
        return None
    tokens = sentence.tokens
    words = document.token_texts[index]
    first = 2 if len(words) > 2 and words[1] in ("–", "—", "-", "--") and words[0].isupper() else 0  # "EXCLUSIVE –"
    colon = next((i for i in range(first, min(len(words), first + MAX_LABEL_WORDS + 1)) if words[i] == ":"), None)
    if colon is None or colon == first or len(words) - colon - 1 < MIN_SPEECH_WORDS:
        return None
    name = words[first:colon]
    if not all(NAME_WORD.match(w) or w.isupper() or w in ("'s",) for w in name) or name[0].lower() in HEADLINE_LABELS:
        return None
    if any(w.lower() in TIME_WORDS | STOP_WORDS for w in name):
        return None
    content_start = tokens[colon + 1].start
    content_end = _content_end(document.text, content_start, _sentence_end(document, index))
    if len(document.text[content_start:content_end].split()) < MIN_SPEECH_WORDS:
        return None  # "TAPPER: Do" cut short by the sentence splitter, "Twitter: @Milbank"
    inner = spans.claim(sentence.paragraph, content_start, content_end)
    transcript = all(w.isupper() for w in name if w.isalpha())
    kind = "direct" if transcript else ("mixed" if inner else "indirect")
    cue = (tokens[colon].start, tokens[colon].end)
    mention = _mention(document, index, (first, colon - 1))
    return _Candidate([(content_start, content_end)], kind, bool(inner) or document.text[content_start] in OPENING,
                      cue, mention, sentence.paragraph, index, "colon")


def _passive_frame(document: Document, index: int, position: int, spans: _Marks) -> _Candidate | None:
    """``<clause subject> is (widely) expected to …``, ``… is said to …``, ``… is seen as …``: a belief whose
    holders go unnamed; the whole clause is the content and the quote has no speaker."""
    lowered = document.lowered_token_texts[index]
    before = position - 1
    while before >= 0 and lowered[before].endswith("ly") and lowered[before] != "only":
        before -= 1
    link = lowered[position + 1] if position + 1 < len(lowered) else ""
    if before < 1 or lowered[before] not in PROGRESSIVE or link not in PASSIVE_CUES[lowered[position]]:
        return None
    return _agentless_quote(document, index, before, position + 1, spans)


def _evidential_frame(document: Document, index: int, position: int, spans: _Marks) -> _Candidate | None:
    """``Mr. Trump seemed to overstay his welcome``, ``This seems like a fair idea``: an impression whose holder
    goes unnamed (PolNeAR annotates these evidentials as attributions without a source); the clause from its
    subject on is the content and the quote has no speaker."""
    lowered = document.lowered_token_texts[index]
    link = lowered[position + 1] if position + 1 < len(lowered) else ""
    if position == 0 or link not in EVIDENTIAL_CUES[lowered[position]]:
        return None
    cue_start = position
    while cue_start > 0 and (lowered[cue_start - 1] in AUXILIARIES or lowered[cue_start - 1].endswith("ly")):
        cue_start -= 1  # "does not seem", "now seems"
    return _agentless_quote(document, index, cue_start, position + 1, spans)


def _agentless_quote(document: Document, index: int, cue_first: int, cue_last: int, spans: _Marks) -> _Candidate | None:
    """An indirect quote without a speaker of the clause holding the cue tokens ``cue_first``…``cue_last``: from
    its subject, after the last break before the cue (``Even as he won, Mr. Trump seemed to …``), on. Not in a
    relative clause set off by a comma (``Mr. Cruz, whose finish was widely seen as a disappointment, said
    …``), whose antecedent's sentence has a frame of its own."""
    sentence = document.sentences[index]
    tokens = sentence.tokens
    words = document.token_texts[index]
    lowered = document.lowered_token_texts[index]
    first = next((i + 1 for i in range(cue_first - 1, -1, -1) if words[i] in CLAUSE_BREAKS), 0)
    if first > 0 and lowered[first] in RELATIVE_PRONOUNS:
        return None
    if first == cue_first:
        first = 0  # "The central bank, which has held rates near zero, is expected to …": the subject is first
    while first < cue_first and lowered[first] in OPENERS:
        first += 1  # "But the race seemed …"
    if first >= cue_first:
        return None
    sentence_end = _content_end(document.text, sentence.start, _sentence_end(document, index))
    content_end = _clause_end(document, index, first, sentence_end, direct=False)
    if content_end <= tokens[cue_last].end:
        return None
    content_start = tokens[first].start
    if spans.within(sentence.paragraph, content_start, content_end):
        return None  # quoted words in the clause belong to another frame
    cue = (tokens[cue_first].start, tokens[cue_last].end)
    return _Candidate([(content_start, content_end)], "indirect", False, cue, None, sentence.paragraph, index, "front")


def _asked_frame(document: Document, index: int, position: int, spans: _Marks) -> _Candidate | None:
    """``Asked about the plan, Rubio …``, ``… when asked whether he would run``, ``Asked by Stephanopoulos to
    respond, …``: the question put to the sentence's subject, up to the next comma; the asker (``by …``) speaks,
    else no one named."""
    sentence = document.sentences[index]
    tokens = sentence.tokens
    words = document.token_texts[index]
    lowered = document.lowered_token_texts[index]
    if lowered[position] != "asked" or (position > 0 and lowered[position - 1] not in ASKED_INTRODUCERS):
        return None
    link = position + 1
    mention = None
    if link < len(words) and lowered[link] == "by":
        asker = _mention_forward(document, index, link + 1)
        if asker is None:
            return None
        mention = _mention(document, index, asker)
        link = asker[1] + 1
    while link < len(words) and lowered[link] in TIME_WORDS:
        link += 1  # "Asked later whether"
    if link >= len(words) or lowered[link] not in ASKED_LINKS:
        return None
    first = link + 1 if lowered[link] in ("about", "for") else link  # the question's topic, not its preposition
    if first >= len(words):
        return None
    text = document.text
    sentence_end = _content_end(text, sentence.start, _sentence_end(document, index))
    content_end = _clause_end(document, index, first, sentence_end, direct=False)
    comma = text.find(",", tokens[first].start, content_end)
    content = (tokens[first].start, _trim_end(text, tokens[first].start, comma) if comma >= 0 else content_end)
    if content[1] <= content[0]:
        return None
    inner = spans.claim(sentence.paragraph, *content)
    cue = (tokens[position].start, tokens[first - 1 if link == position + 1 else position].end)  # "asked about"
    kind = "mixed" if inner else "indirect"
    return _Candidate([content], kind, bool(inner), cue, mention, sentence.paragraph, index, "question")


def _claim_frame(document: Document, index: int, position: int, spans: _Marks) -> _Candidate | None:
    """``<possessor>'s [adjectives] <claim noun> (that|of|for|to|…) <content>``: ``Trump's claim that …``,
    ``his support for the bill``; the possessor speaks and the noun with its preposition is the cue."""
    sentence = document.sentences[index]
    tokens = sentence.tokens
    words = document.token_texts[index]
    lowered = document.lowered_token_texts[index]
    if position + 2 >= len(words) or (lowered[position + 1] != "that" and lowered[position + 1] not in CLAIM_LINKS):
        return None
    first = position - 1
    while first >= 0 and position - first <= MAX_CLAIM_MODIFIERS and words[first].isalpha() and words[first].islower() and lowered[first] not in STOP_WORDS | DETERMINERS:
        first -= 1  # "energetic", "impending"
    if first < 0 or spans.inside(tokens[position].start):
        return None
    if lowered[first] in POSSESSIVE_PRONOUNS:
        mention_range = (first, first)
    elif lowered[first] in ("'s", "s'"):
        mention_range = _mention_backward(document, index, first - 1)
    else:
        return None
    tags = _sentence_tags(document, index)
    if mention_range is None or not tags[position].startswith("NN"):
        return None
    content_token = position + 2 if lowered[position + 1] in CLAIM_LINKS | {"that"} else position + 1
    sentence_end = _content_end(document.text, sentence.start, _sentence_end(document, index))
    content_start = tokens[content_token].start
    content_end = _clause_end(document, index, content_token, sentence_end, direct=False)
    relative = RELATIVE_CLAUSE.search(document.text, content_start, content_end)
    content_end = relative.start() if relative else content_end
    if content_end <= content_start or tags[content_token] in NOT_CONTENT_TAGS:
        return None
    inner = spans.claim(sentence.paragraph, content_start, content_end)
    cue = (tokens[position].start, tokens[position + 1].end)
    mention = _without_verbs(document, index, _mention(document, index, mention_range), tags)
    subject = _sentence_subject(document, index)
    if mention_range[0] == mention_range[1] and lowered[first] in POSSESSIVE_PRONOUNS and subject is not None:
        if subject.end <= mention.start and subject.text.lower() not in PRONOUN_WORDS:
            mention = subject  # "Trump also offered his early assessment of …": his is the subject's
    kind = "mixed" if inner else "indirect"
    return _Candidate([(content_start, content_end)], kind, bool(inner), cue, mention, sentence.paragraph, index, "front", stance=True)


def _names_speaker(document: Document, index: int, mention: Mention, tags: tuple[str, ...]) -> bool:
    """Whether a mention in sentence ``index`` ends with a noun or pronoun (``his degree of``, ``recruiting
    volunteer`` do not); a mention from elsewhere (a participle's subject) is taken as it is."""
    tokens = document.sentences[index].tokens
    last = bisect.bisect_left(tokens, mention.end, key=lambda token: token.end)  # tokens are in order
    last = last if last < len(tokens) and tokens[last].end == mention.end else None
    return last is None or tags[last].startswith(("NN", "PRP", "CD")) or tags[last] == "WP"


def _without_verbs(document: Document, index: int, mention: Mention, tags: tuple[str, ...]) -> Mention:
    """The mention after its last verb (``Reporters repeated Trump`` → ``Trump``): the backward scan for a
    speaker takes in lower-case words, which may be the sentence's own verb."""
    tokens = document.sentences[index].tokens
    inside = range(  # tokens are in order: bisection, not a scan of the sentence once per cue
        bisect.bisect_left(tokens, mention.start, key=lambda token: token.start),
        bisect.bisect_right(tokens, mention.end, key=lambda token: token.end),
    )
    verbs = [i for i in inside[:-1] if tags[i].startswith("VB") and document.text[tokens[i].start].islower()]
    if not verbs:
        return mention
    start = tokens[verbs[-1] + 1].start
    return Mention(document.text[start : mention.end], start, mention.end)


def _sentence_tags(document: Document, index: int) -> tuple[str, ...]:
    """Part-of-speech tags of one sentence: the document's when it has them already, else the sentence's
    own (tagging only the few sentences with a stance cue keeps the analysis fast)."""
    if "pos_tags" in document.__dict__:
        return document.pos_tags[index]
    return _tag_words(document.token_texts[index])


@lru_cache(maxsize=64)
def _tag_words(words: tuple[str, ...]) -> tuple[str, ...]:
    from .tagger import tag

    return tuple(tag(list(words)))


def _next_paragraph_speech(
    document: Document,
    paragraph: int,
    spans: _Marks,
    marked: bool,
    cue: tuple[int, int],
    mention: Mention | None,
    index: int,
) -> _Candidate | None:
    """``He said:`` ending a paragraph: the speech is the next paragraph (its marked span, when marked)."""
    if paragraph + 1 >= len(document.paragraphs):
        return None
    following = document.paragraphs[paragraph + 1]
    if marked:
        opening = [span for span in spans.by_paragraph.get(paragraph + 1, ()) if span.open_mark == following.start]
        if not opening:
            return None
        opening[0].used = True
        return _Candidate([(opening[0].start, opening[0].end)], "direct", True, cue, mention, paragraph + 1, index, "colon")
    end = _content_end(document.text, following.start, following.end)
    return _Candidate([(following.start, end)], "direct", False, cue, mention, paragraph + 1, index, "colon")


def _source_frame(document: Document, index: int, position: int, length: int, spans: _Marks) -> _Candidate | None:
    """``according to <speaker>, <clause>`` and ``<clause>, according to <speaker>``."""
    sentence = document.sentences[index]
    tokens = sentence.tokens
    words = document.token_texts[index]
    mention_range = _mention_forward(document, index, position + length, bare=True)
    if mention_range is None:
        return None
    text = document.text
    cue = (tokens[position].start, tokens[position + length - 1].end)
    mention = _mention(document, index, mention_range)
    sentence_end = _content_end(text, sentence.start, _sentence_end(document, index))
    after = mention_range[1] + 1
    # "But according to X, …", "In addition, according to X, …": only an introduction comes before the phrase.
    introduced = position <= 3 and all(not w.isalpha() or w[0].isupper() for w in words[:position])
    introduced = introduced or position <= MAX_INTRODUCTION_TOKENS and words[position - 1] == ","
    if position == 0 or introduced:
        if after < len(words) and words[after] == "," and after + 1 < len(tokens):
            content = (tokens[after + 1].start, sentence_end)
        else:
            return None
    elif words[position - 1] == ",":
        content = (sentence.start, _trim_end(text, sentence.start, tokens[position - 1].start))
    else:
        return None
    return _source_quote(document, index, content, cue, mention, spans)


def _sentence_subject(document: Document, index: int) -> Mention | None:
    """The subject of a sentence whose participle cue (``…, saying …``) has no subject of its own."""
    words = document.token_texts[index]
    start = 0
    if len(words) > 2 and words[0].isupper() and words[1] in ("—", "–", "-", "--", "("):
        start = next((i + 1 for i, w in enumerate(words[:MAX_MENTION_TOKENS]) if w in ("—", "–", "-", "--", ")")), 0)
    comma = next((i for i, w in enumerate(words[start : start + MAX_MENTION_TOKENS], start) if w == ","), None)
    opener = words[start].lower() if start < len(words) else ""
    introduction = {word.lower() for word in words[start:comma]} if comma is not None else set()
    if comma is not None and (opener in PREPOSITIONS | OPENERS or opener.endswith(("ing", "ly")) or introduction & TIME_WORDS):
        start = comma + 1  # "Speaking to CNN on Wednesday, Hayashi …", "Hours later, Trump …"
    while start < len(words) and words[start].lower() in OPENERS:
        start += 1
    end = start
    if end < len(words) and words[end].lower() in SUBJECT_PRONOUNS:
        return _mention(document, index, (end, end))
    while (
        end < len(words)
        and CAPITALISED.match(words[end])
        and words[end].lower() not in TIME_WORDS | STOP_WORDS | OPENERS
        and words[end].lower() not in _cue_lexicon()
    ):
        end += 1
    if end == start:
        return None
    if words[start].lower() in DETERMINERS:
        # "The justice …, saying …", "The Vermont senator": the whole noun phrase the determiner opens.
        tags = _sentence_tags(document, index)
        while end < len(words) and end - start < MAX_MENTION_TOKENS and tags[end] in NOUN_PHRASE_TAGS:
            end += 1
        if not tags[end - 1].startswith("NN"):
            return None
    return _mention(document, index, (start, end - 1))


def _clause_end(document: Document, index: int, first_token: int, sentence_end: int, *, direct: bool = True) -> int:
    """End of reported content starting at ``first_token``: the sentence's end, or before a new reporting
    clause (``, saying …``; in direct speech also ``, and he highlighted …``, the narrator again)."""
    sentence = document.sentences[index]
    text = document.text
    start = sentence.tokens[first_token].start
    segment = text[start : min(sentence_end, start + MAX_CONTENT_CHARS)]
    cut = len(segment)
    match = _participle_clause().search(segment)
    if match:
        cut = match.start()
    introduced = re.search(r":\s*[\"“]", segment)  # "…, especially fundraising: “There’s …”" starts a quote
    if introduced:
        cut = min(cut, introduced.start())
    if not direct:
        # Quoted words end the content when a new clause follows: “an orange buffoon,” Susan said …
        match = QUOTED_THEN_CLAUSE.search(segment)
        if match:
            cut = min(cut, match.start() + 1)
    match = NEW_SPEAKER_CLAUSE.search(segment) if direct else None
    if match:
        cut = min(cut, match.start())
    return _trim_end(text, start, start + cut)


@lru_cache(maxsize=64)  # every cue of a sentence asks for its end: counting its quote marks once each is quadratic
def _content_end(text: str, start: int, end: int) -> int:
    """End of a sentence's words without its final period and closing marks — unless the words open a
    quotation that those marks close (``called “a cartel for higher education.”``)."""
    sentence_end = end
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".\u201d\"'’)"):
        if text[end - 1] in ".":
            end -= 1
            break
        end -= 1
    words = text[start:end]
    if words.count("\u201c") > words.count("\u201d") or words.count('"') % 2:
        return _trim_end(text, start, sentence_end)
    return _trim_end(text, start, end)


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-"):
        end -= 1
    return end


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position].isspace():
        position += 1
    return position


# --- unattributed marked spans and continuation -----------------------------------------------------------------


def _unattributed_spans(document: Document, spans: _Marks, candidates: list[_Candidate]) -> list[_Candidate]:
    """Marked spans no frame claimed: parts of a neighbouring direct quote, new quotes of the last speaker, or
    scare quotes (a few words, not a sentence) that are no quotes at all."""
    text = document.text
    by_paragraph: dict[int, list[_Candidate]] = {}
    for candidate in candidates:
        by_paragraph.setdefault(candidate.paragraph, []).append(candidate)
    extra: list[_Candidate] = []
    finite_verbs: dict[int, int | None] = {}  # sentence index → its first finite verb, found once
    for span in spans.spans:
        if span.used or _inside_any(span, by_paragraph.get(span.paragraph, ())):
            continue
        ends_sentence = text[span.end - 1 : span.end] in ".?!"
        opens_sentence = _opens_sentence(document, span)
        introduced = text[max(0, span.open_mark - 4) : span.open_mark].rstrip().endswith((":", ","))
        if _span_words(text, span) > SCARE_QUOTE_WORDS:
            long_sentence = ends_sentence and _span_words(text, span) >= 8
            sentence_like = opens_sentence or span.continues or introduced or long_sentence
        else:
            sentence_like = ends_sentence and (opens_sentence or introduced) and _span_words(text, span) > 1
        if not sentence_like:
            partial = _partial_quote(document, span, spans, finite_verbs)
            if partial is not None:
                extra.append(partial)
            continue
        host = _host_quote(document, by_paragraph, span)
        if host is not None:
            host.parts.append((span.start, span.end))
            continue
        sentence_index = document.sentence_at(span.start) or 0
        frame = _loose_frame(document, span)
        if frame is not None:
            cue, mention = frame
        else:
            cue, mention = None, _introducer(document, span)
        if mention is None:
            # Most likely the last speaker of this or the previous paragraph.
            recent = [c for p in (span.paragraph, span.paragraph - 1) for c in by_paragraph.get(p, ()) if c.mention]
            recent = [c for c in recent if c.parts[0][0] < span.start]
            mention = max(recent, key=lambda c: c.parts[0][0]).mention if recent else None
        extra.append(
            _Candidate([(span.start, span.end)], "direct", True, cue, mention, span.paragraph, sentence_index, "continuation")
        )
    return extra


LOOSE_FRAME = re.compile(
    r"[ ,]*(?:(?P<subject>he|she|they|(?:the )?[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}) (?P<verb>[a-z]+ed)\b"
    r"|(?P<inverted_verb>[a-z]+ed) (?P<object>(?:the )?[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}))"
)


def _loose_frame(document: Document, span: _Span) -> tuple[tuple[int, int], Mention] | None:
    """``“This is fantastic!” beamed Donald Hartley`` / ``“…,” he quipped``: a verb out of the lexicon in a
    trailing frame right after the closing mark. Returns the cue span and the speaker mention."""
    if span.close_mark is None:
        return None
    text = document.text
    match = LOOSE_FRAME.match(text, span.close_mark + 1, min(len(text), span.close_mark + 80))
    if match is None:
        return None
    group = "subject" if match.group("subject") else "object"
    verb = "verb" if group == "subject" else "inverted_verb"
    return (match.start(verb), match.end(verb)), Mention(match.group(group), match.start(group), match.end(group))


def _introducer(document: Document, span: _Span) -> Mention | None:
    """The subject of a sentence ending in a colon just before a paragraph opening with this quote
    (``Cruz called them on it:``)."""
    if span.paragraph == 0 or span.open_mark != document.paragraphs[span.paragraph].start:
        return None
    previous = document.paragraphs[span.paragraph - 1]
    if not previous.text.rstrip().endswith(":"):
        return None
    return _sentence_subject(document, previous.last_sentence - 1)


def _partial_quote(
    document: Document, span: _Span, spans: _Marks, finite_verbs: dict[int, int | None]
) -> _Candidate | None:
    """A few quoted words in the predicate of a sentence whose subject is a person (``Gibbs derided “the
    professional left”``): a mixed quote of the subject, whose verb (outside the cue lexicon) is the cue.
    ``finite_verbs`` memoises each sentence's first finite verb (a sentence may hold thousands of spans)."""
    index = document.sentence_at(span.start)
    if index is None:
        return None
    sentence = document.sentences[index]
    tokens = sentence.tokens
    words = document.token_texts[index]
    # The first finite-looking verb before the quoted words, and its subject.
    if index not in finite_verbs:
        finite_verbs[index] = next((i for i, word in enumerate(words) if FINITE_VERB.fullmatch(word)), None)
    verb = finite_verbs[index]
    if verb is None or tokens[verb].start >= span.open_mark or verb == 0 or words[verb] in COPULAS or tokens[verb + 1].start > span.open_mark:
        return None
    before = verb - 1
    while before >= 0 and words[before].lower() in AUXILIARIES:
        before -= 1
    subject_range = _mention_backward(document, index, before)
    if subject_range is None:
        return None
    subject = _mention(document, index, subject_range)
    if not _is_person_like(subject.text):
        return None
    content_start = tokens[verb + 1].start
    content_end = _clause_end(document, index, verb + 1, _content_end(document.text, sentence.start, sentence.end), direct=False)
    if content_end < span.end:
        return None
    for inner in spans.within(span.paragraph, content_start, content_end):
        inner.used = True
    cue = (tokens[verb].start, tokens[verb].end)
    return _Candidate([(content_start, content_end)], "mixed", True, cue, subject, span.paragraph, index, "front")


def _is_person_like(mention: str) -> bool:
    """``he``/``she`` or a name of two or more capitalised words after any title (``spokesman Robert Gibbs``)."""
    if mention.lower() in ("he", "she"):
        return True
    name = split_title(mention.split())[1]
    return len(name) >= 2 and all(NAME_WORD.match(word) for word in name) and not mention.isupper()


def _inside_any(span: _Span, candidates: list[_Candidate]) -> bool:
    return any(start <= span.start and span.end <= end for c in candidates for start, end in c.parts)


def _opens_sentence(document: Document, span: _Span) -> bool:
    index = document.sentence_at(span.open_mark)
    return index is not None and document.sentences[index].start >= span.open_mark - 1


def _host_quote(document: Document, by_paragraph: dict[int, list[_Candidate]], span: _Span) -> _Candidate | None:
    """The direct quote an unattributed marked span continues: in the same paragraph, or in the previous
    paragraph when this one continues an unclosed quote or opens with a mark."""
    same = [c for c in by_paragraph.get(span.paragraph, ()) if c.type == "direct" and c.marks]
    if same:
        return min(same, key=lambda c: abs(c.parts[0][0] - span.start))
    if span.open_mark != document.paragraphs[span.paragraph].start:
        return None
    previous = [c for c in by_paragraph.get(span.paragraph - 1, ()) if c.marks]
    if previous:
        return previous[-1]
    return None


def _continue_markless(document: Document, candidates: list[_Candidate]) -> None:
    """Mark-less direct quotes take in the sentences around them that have no frame of their own; a lone
    third-person sentence attributed with a trailing frame and nothing around it is a paraphrase (indirect)."""
    text = document.text
    framed = {c.sentence for c in candidates}
    for candidate in candidates:
        if candidate.type not in ("direct", "direct?") or candidate.marks:
            continue
        sentence = document.sentences[candidate.sentence]
        paragraph = document.paragraphs[sentence.paragraph]
        added: list[tuple[int, int]] = []
        # The words that name the speaker ("senator" of "the senator"; not "the" or "of", which any sentence holds).
        mention_words = candidate.mention.text.split() if candidate.mention else []
        speaker_words = {w for w in mention_words if w.lower() not in DETERMINERS | PREPOSITIONS | {"of", "and"}}
        narrative = _narrative_start(candidate.mention.text if candidate.mention else "")
        for step in (-1, 1):
            other = candidate.sentence + step
            while paragraph.first_sentence <= other < paragraph.last_sentence and other not in framed:
                own = document.sentences[other]
                if narrative.match(own.text) or speaker_words & set(own.text.split()):
                    break
                if not any(start <= own.start < end for start, end in candidate.parts):
                    added.append((own.start, _content_end(text, own.start, own.end)))
                other += step
        if candidate.frame in ("trailing", "colon"):
            # The next paragraph continues the quote when it has no frame and speaks in the first or second person.
            following = sentence.paragraph + 1
            while following < len(document.paragraphs):
                block = document.paragraphs[following]
                indices = list(block.sentence_indices())
                if any(i in framed for i in indices) or not FIRST_SECOND_PERSON.search(block.text) or THIRD_PERSON_START.match(block.text):
                    break
                added.extend((document.sentences[i].start, _content_end(text, document.sentences[i].start, document.sentences[i].end)) for i in indices)
                framed.update(indices)
                following += 1
        if candidate.type == "direct?":
            candidate.type = "direct" if added else "indirect"
        if candidate.type == "direct":
            candidate.parts.extend(added)
            framed.update(document.sentence_at(start) for start, _ in added)


def _narrative_start(mention: str) -> re.Pattern:
    """Sentence openings that speak of the speaker in the third person: the narrator's, not the speaker's.
    ``he said`` → ``He``/``His``/``Him``; a name (gender unknown) → any third-person singular pronoun."""
    pronoun = mention.lower()
    if pronoun == "he":
        return re.compile(r"^(He|His|Him)\b")
    if pronoun == "she":
        return re.compile(r"^(She|Her)\b")
    if pronoun == "they":
        return re.compile(r"^(They|Their|Them)\b")
    return THIRD_PERSON_START


def _dedupe(candidates: list[_Candidate]) -> list[_Candidate]:
    """One candidate per stretch of text: a later frame whose parts lie inside an earlier quote is dropped,
    unless it is nested in that quote's content (a stance, a relative clause: ``_end_before_next_frame``)."""
    kept: list[_Candidate] = []
    for candidate in sorted(candidates, key=lambda c: (c.parts[0][0], -(c.parts[-1][1] - c.parts[0][0]))):
        recent = kept[-DEDUPE_WINDOW:]  # sorted by start: only recent quotes can contain this one
        inside = any(all(any(ks <= s and e <= ke for ks, ke in other.parts) for s, e in candidate.parts) for other in recent)
        if inside and not candidate.nested:
            continue
        kept.append(candidate)
    return kept


def _known_names(document: Document) -> list[str]:
    """Capitalised multi-word names of the body with their offsets (a stand-in for the entities analysis)."""
    text = document.text
    names = []
    pattern = re.compile(r"\b(?:[A-Z][a-z]+(?:[ -](?:[A-Z][a-z]+))+)")
    titles = title_words()
    for match in pattern.finditer(text, document.body_start):
        words = match.group().split()
        while words and (words[0].lower() in titles | OPENERS | STOP_WORDS | TIME_WORDS or words[0].lower() in _cue_lexicon()):
            words = words[1:]
        if len(words) >= 2:
            names.append(" ".join(words))
    return names
