"""The frames of a reporting verb: ``X said …``, ``…, said X``, ``X said: …``, relative and ``as`` clauses."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ...document import Document
from ..lexicon import (
    APPOSITION_MARKS,
    AS_IDIOMS,
    ASKED_INTRODUCERS,
    AUXILIARIES,
    CLAIM_LINKS,
    CLAUSE_START,
    DETERMINERS,
    DOCUMENT_NOUNS,
    FINITE_VERB_TAGS,
    FIRST_SECOND_PERSON,
    GAP_TAGS,
    GO_FORMS,
    MAX_APPOSITION_TOKENS,
    MAX_TRAILING_WORDS,
    MIN_SPEECH_WORDS,
    PARTICIPLE_INTRODUCERS,
    PREPOSITIONS,
    PROGRESSIVE,
    QUANTIFIERS,
    REFLEXIVES,
    RELATIVE_WORDS,
    REPORT_LEMMAS,
    SCARE_QUOTE_WORDS,
    SPEAKING_PERSONS,
    SPEECH_RELATIVES,
    SUBJECT_PRONOUNS,
    TIME_WORDS,
    cue_lexicon,
    is_base_form,
    participles,
)
from ..marks import Marks, span_opens_sentence, span_words
from ..model import Candidate, MarkSpan
from ..speakers import Mention, title_words
from .mentions import (
    inverted_after_comma,
    mention_backward,
    mention_before_apposition,
    mention_forward,
    mention_of,
    named_in_full,
    names_speaker,
    origin_apposition,
    skip_adjuncts,
    time_adjunct_start,
)
from .source import source_quote
from .stance import stance_quote
from .subjects import head_before, head_of_relative
from .text import clause_end, is_headline, joined_sentence_end, opens_clause, sentence_tags, skip_space, title_before, trim_end, words_end


def _relative_quote(document: Document, index: int, relative: int, position: int, verb_class: str, spans: Marks) -> Candidate | None:
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
            gap = tuple(sentence_tags(document, index)[position + 1 : position + 2]) in GAP_TAGS
            if not gap or lowered[relative - 1] in cue_lexicon():
                return None
    sentence_end = words_end(document.text, sentence.start, joined_sentence_end(document, index))
    content_start = tokens[relative].start
    content_end = clause_end(document, index, relative, sentence_end, direct=False)
    if verb_class == "clause":
        comma = document.text.find(",", tokens[position].end, content_end)
        content_end = trim_end(document.text, content_start, comma) if comma >= 0 else content_end  # "…, is another"
    inner = [span for span in spans.within(sentence.paragraph, tokens[position].end, content_end)]
    if not inner and verb_class == "object":
        return None
    subject = mention_backward(document, index, position - 1) or (relative + 1, relative + 1)
    mention = mention_of(document, index, subject)
    if verb_class == "clause" and not names_speaker(document, index, mention, sentence_tags(document, index)):
        return None  # "which helps explain why …": a verb, not a speaker
    for span in inner:
        span.used = True
    cue = (tokens[position].start, tokens[position].end)
    kind = "mixed" if inner else "indirect"
    return Candidate([(content_start, content_end)], kind, bool(inner), cue, mention, sentence.paragraph, index, "front")


def _as_quote(
    document: Document,
    index: int,
    mention_range: tuple[int, int],
    cue_start: int,
    position: int,
    lemma: str,
    spans: Marks,
) -> Candidate | None:
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
    after = skip_adjuncts(words, lowered, position + len(lemma.split()), lemma)  # after "noted", "put it"
    sentence_end = words_end(text, sentence.start, joined_sentence_end(document, index))
    if after + 1 < len(words) and words[after] == "," and not spans.is_quote_token(words[after + 1], tokens[after + 1].start):
        content_start = tokens[after + 1].start
        content = (content_start, clause_end(document, index, after + 1, sentence_end, direct=False))
    elif introducer > 0 and words[introducer - 1] == "," and (after >= len(words) or words[after] in (".", "!", "?")):
        content = (sentence.start, trim_end(text, sentence.start, tokens[introducer - 1].start))
    else:
        return None
    cue = (tokens[cue_start].start, tokens[max(position, after - 1)].end)
    return source_quote(document, index, content, cue, mention_of(document, index, mention_range), spans)


@dataclass
class CueReading:
    """A reporting verb and what surrounds it, as the frame shapes (``CUE_SHAPES``) read it."""

    document: Document
    index: int
    position: int  # the cue verb's token
    length: int  # tokens of the cue (a stance phrase: "made it clear")
    lemma: str
    verb_class: str  # "clause", "object" or "stance" (data/speech_verbs.txt)
    spans: Marks
    marked: bool
    subject: Mention | None  # the sentence's speaker, for a participle cue
    cue_start: int  # first token of the cue (auxiliaries and adverbs included)
    mention: Mention | None
    inverted: bool  # "…, said Hayashi"
    participle: bool  # "…, saying …"
    adjunct_end: int  # token after the cue's adjuncts ("said on Tuesday in a statement")
    cue: tuple[int, int]
    frame_first: int  # first token of the frame (speaker or cue)
    closing: MarkSpan | None  # a quotation closing right before the frame
    next_word: str  # the word after the frame
    sentence_end: int

    @property
    def words(self) -> tuple[str, ...]:
        return self.document.token_texts[self.index]

    @property
    def lowered(self) -> tuple[str, ...]:
        return self.document.lowered_token_texts[self.index]

    @property
    def tokens(self):
        return self.document.sentences[self.index].tokens

    def is_quote(self, token: int) -> bool:
        return token < len(self.tokens) and self.spans.is_quote_token(self.words[token], self.tokens[token].start)

    @property
    def next_is_quote(self) -> bool:
        """Whether the word after the frame is a quotation mark."""
        return self.is_quote(self.adjunct_end)

    @property
    def paragraph(self) -> int:
        return self.document.sentences[self.index].paragraph

    def candidate(self, parts: list[tuple[int, int]], kind: str, marks: bool, frame: str, paragraph: int | None = None) -> Candidate:
        paragraph = self.paragraph if paragraph is None else paragraph
        return Candidate(parts, kind, marks, self.cue, self.mention, paragraph, self.index, frame)


class _NotThisShape:
    """A frame shape's answer when the sentence does not have its shape: the next shape is tried."""


NOT_THIS_SHAPE = _NotThisShape()
ShapeResult = Candidate | None | _NotThisShape


def cue_frame(
    document: Document,
    index: int,
    position: int,
    lemma: str,
    verb_class: str,
    spans: Marks,
    marked: bool,
    subject: Mention | None,
    length: int = 1,
) -> Candidate | None:
    """The quote of the cue at token ``position`` (``length`` tokens long for a stance phrase: ``made it
    clear``, ``is critical of``); ``subject`` speaks for a participle cue (``…, saying …``). The speaker is
    searched first (a relative or ``as`` clause is a frame of its own); then the shapes of ``CUE_SHAPES`` are
    tried in order."""
    before, cue_start = _subject_end(document, index, position, length)
    mention_range: tuple[int, int] | None = None
    if before >= 0:
        mention_range, decided, candidate = _speaker_before(document, index, before, position, cue_start, lemma, verb_class, spans)
        if decided:
            return candidate
        if mention_range is not None and _reduced_relative(document, index, mention_range, position, cue_start):
            return None
    reading = _read_cue(document, index, position, length, lemma, verb_class, spans, marked, subject, before, cue_start, mention_range)
    if reading is None:
        return None
    for shape in CUE_SHAPES:
        outcome = shape(reading)
        if not isinstance(outcome, _NotThisShape):
            return outcome
    return None


NAMING_LEMMAS = frozenset({"call", "dub", "label", "nickname", "term", "brand", "title"})


def _reduced_relative(document: Document, index: int, mention_range: tuple[int, int], position: int, cue_start: int) -> bool:
    """``a class called “Perception”``, ``a plan described by critics as …``: a past participle of naming, or
    with its agent after ``by``, right after a common noun modifies it (a passive relative clause); the noun
    did not say anything."""
    words = document.token_texts[index]
    lowered = document.lowered_token_texts[index]
    if cue_start != position or mention_range[1] != position - 1 or not words[position - 1].islower():
        return False
    naming = cue_lexicon().get(lowered[position], ("", ""))[0] in NAMING_LEMMAS
    if not naming and tuple(lowered[position + 1 : position + 2]) != ("by",):
        return False
    return sentence_tags(document, index)[position] == "VBN"


def _subject_end(document: Document, index: int, position: int, length: int) -> tuple[int, int]:
    """(last token of the subject before the cue, first token of the cue): auxiliaries, adverbs, ``went on
    to`` and time adjuncts (``Trump on Tuesday also said``) lie between them. An auxiliary's word capitalised
    inside a sentence (not a title-case headline) is a name or a month (``Theresa May said``, ``Will Smith said``);
    so is a capitalised ``-ly`` word, no adverb (``Megyn Kelly said``), unless it opens the sentence and the article
    never gives it as a surname (``Locally referred to as …``; but ``Kelly said`` after ``Megyn Kelly``)."""
    words, lowered = document.token_texts[index], document.lowered_token_texts[index]
    before = position - 1
    progressive = lowered[position].endswith("ing") or length > 1  # "is critical of", "is making the case"
    after_adjunct = 0  # the cue starts after a time adjunct before it: "Trump on Tuesday also said" → "also said"
    while True:
        while before >= 0 and (
            lowered[before] in AUXILIARIES | REFLEXIVES
            and (before == 0 or not words[before][:1].isupper() or is_headline(words))
            or (lowered[before].endswith("ly") and lowered[before] != "only" and _adverb(document, words, before))
            or (progressive and lowered[before] in ("is", "are", "was", "were", "been", "'s"))
        ):
            before -= 1
        if before >= 2 and lowered[before] == "to" and lowered[before - 1] == "on" and lowered[before - 2] in GO_FORMS:
            before -= 3  # "He went on to say": part of the cue, like an auxiliary
            continue
        adjunct = time_adjunct_start(lowered, before)  # "Trump on Tuesday said", "A poll last month showed"
        if adjunct is None:
            break
        after_adjunct = max(after_adjunct, before + 1)
        before = adjunct - 1
    cue_start = position
    if before < position - 1:
        cue_start = max(before + 1, after_adjunct)
        while lowered[cue_start] in REFLEXIVES:
            cue_start += 1  # "Obama himself said": the cue is "said"
    return before, cue_start


def _adverb(document: Document, words: Sequence[str], position: int) -> bool:
    """Whether the ``-ly`` word at ``position`` is an adverb rather than a name (see ``_subject_end``)."""
    word = words[position]
    return word.islower() or is_headline(words) or position == 0 and not named_in_full(document.text, word)


DISTRIBUTIVES = frozenset({"every", "each"})
CAUSATIVE_VERBS = frozenset({"make", "makes", "made", "making", "let", "lets", "letting"})
# Verbs of aspect take a gerund whose doer is their own subject ("kept denying", "began saying").
ASPECT_VERBS = frozenset(
    {"keep", "keeps", "kept", "start", "starts", "started", "begin", "begins", "began", "continue", "continues", "continued",
     "resume", "resumes", "resumed"}
)  # fmt: skip


def _speaker_before(
    document: Document, index: int, before: int, position: int, cue_start: int, lemma: str, verb_class: str, spans: Marks
) -> tuple[tuple[int, int] | None, bool, Candidate | None]:
    """The speaker's token range ending at token ``before``; ``decided`` when the cue is in a relative or
    ``as`` clause, which is a frame of its own (its candidate, or None, is the answer)."""
    words = document.token_texts[index]
    lowered = document.lowered_token_texts[index]
    relative = before >= 1 and lowered[before - 1] in ("which", "who", "whom", "that") and lowered[before] in SUBJECT_PRONOUNS
    after_preposition = relative and before >= 2 and lowered[before - 2] in PREPOSITIONS | CLAIM_LINKS
    following = lowered[position + 1] if position + 1 < len(lowered) else ""
    if after_preposition and verb_class != "stance" and following not in CLAUSE_START | {",", ":", "that", "for", "on", "about"}:
        return None, True, None  # "the house in which he said goodbye": no speech
    if relative and not after_preposition:
        # "which he argued …", "which he called “a cartel”": the relative clause is the quote; after a
        # preposition ("an ad in which he declares, “…”") the clause is the frame of its own speech.
        return None, True, _relative_quote(document, index, before - 1, position, verb_class, spans)
    if (
        before >= 0
        and lowered[position].endswith("ing")
        and words[before].islower()
        and lowered[before] not in AUXILIARIES | PROGRESSIVE
        and sentence_tags(document, index)[before] in FINITE_VERB_TAGS
    ):
        # A gerund is the object of the finite verb before it: "the mayor keeps saying …" (an aspect verb: its
        # subject speaks), "it means admitting …" (no speaker); neither verb is part of a mention.
        if lowered[before] not in ASPECT_VERBS:
            return None, True, None
        before -= 1
    if lowered[before] == "who" and before >= 2 and words[before - 1] == ",":
        # "Beck, who said there were …": the speaker is who's antecedent.
        mention_range = mention_backward(document, index, before - 2)
    elif lowered[before] == "who" and before >= 1:
        mention_range = mention_backward(document, index, before - 1)  # "voters who favor a tax cut"
    else:
        mention_range = origin_apposition(document, index, mention_backward(document, index, before))
    if mention_range is None and lowered[before] not in SUBJECT_PRONOUNS:
        mention_range = head_of_relative(document, index, before)  # "some who advocate free speech argue"
    apposition = mention_range is None and words[before] in APPOSITION_MARKS
    if apposition and not inverted_after_comma(document, index, before, position):
        mention_range = mention_before_apposition(document, index, before)
    if (
        mention_range
        and mention_range[0] > 0
        and lowered[mention_range[0] - 1] in ("which", "who", "that", "whom")
        and not after_preposition
    ):
        return None, True, _relative_quote(document, index, mention_range[0] - 1, position, verb_class, spans)
    if mention_range and mention_range[0] > 0 and lowered[mention_range[0] - 1] == "as":
        candidate = _as_quote(document, index, mention_range, cue_start, position, lemma, spans)
        if candidate is not None:
            return None, True, candidate
    if mention_range and is_base_form(lowered[position]) and _caused(lowered, mention_range):
        return None, True, None  # "to make every American feel that …": a bare infinitive after a causative verb
    return mention_range, False, None


def _caused(lowered: Sequence[str], mention_range: tuple[int, int]) -> bool:
    """Whether a causative verb (``make``, ``let``) governs the noun phrase read as the mention, inside it
    (``the results make voters``) or right before it past its determiners (``make every American``)."""
    start = mention_range[0] - 1
    while start >= 0 and lowered[start] in DETERMINERS | QUANTIFIERS | DISTRIBUTIVES:
        start -= 1
    return any(lowered[i] in CAUSATIVE_VERBS for i in range(max(start, 0), mention_range[1] + 1))


def _read_cue(
    document: Document,
    index: int,
    position: int,
    length: int,
    lemma: str,
    verb_class: str,
    spans: Marks,
    marked: bool,
    subject: Mention | None,
    before: int,
    cue_start: int,
    mention_range: tuple[int, int] | None,
) -> CueReading | None:
    """Speaker, cue extent, adjuncts and the quotation closing before the frame; None when the cue has no
    speaker (and is no participle or coordinated verb) or is first-person words inside someone's speech."""
    sentence = document.sentences[index]
    tokens = sentence.tokens
    words = document.token_texts[index]
    lowered = document.lowered_token_texts[index]
    text = document.text
    inverted = False
    participle = lowered[position] in participles() and (
        position == 0 or words[position - 1] in (",", "--", "—", "–") or lowered[position - 1] in PARTICIPLE_INTRODUCERS or before < 0
    )
    if participle:
        mention_range = None
    elif mention_range is None and _may_invert(document, index, position, verb_class, spans):
        mention_range = mention_forward(document, index, position + 1)
        inverted = mention_range is not None
    coordinated = (
        mention_range is None
        and not participle
        and before >= 1
        and (lowered[before] in ("and", "but") or words[before] == "," and _coordinated_over_adjunct(lowered, before))
    )
    # "Graham slams Trump, praises Clinton as …": verbs that take an object, coordinated by a comma alone.
    coordinated = coordinated or mention_range is None and verb_class == "object" and before >= 1 and words[before] == ","

    if mention_range is None and not participle and not coordinated:
        return None
    after = (mention_range[1] + 1) if inverted and mention_range else position + length
    # "declined to comment on the report": after a stance verb, "to" before a verb opens its infinitive, not an
    # adjunct ("speaking to CNN", "pointed to Russia")
    infinitive = (
        verb_class == "stance" and after + 1 < len(words) and lowered[after] == "to" and sentence_tags(document, index)[after + 1] == "VB"
    )
    adjunct_end = after if infinitive else skip_adjuncts(words, lowered, after, lemma)
    cue_end_token = max(position + length - 1, adjunct_end - 1) if adjunct_end > after and not inverted else position + length - 1
    mention = mention_of(document, index, mention_range) if mention_range else None
    if coordinated:
        mention = subject
    if mention is not None and lowered[position].endswith("ing") and mention.text.split()[-1].lower() in DOCUMENT_NOUNS:
        mention = subject  # "Rubio's campaign sent out a press release saying …": the document's author speaks
    if not marked and mention is not None and mention.text.lower() in SPEAKING_PERSONS:
        return None  # "I think …", "you will say …" without marks: words inside someone's speech
    if participle:
        mention = subject
    frame_first = mention_range[0] if mention_range and not inverted else cue_start
    if mention_range and not inverted and (head := head_before(document, index, mention_range[0])) is not None:
        frame_first = head[0]  # "…, people familiar with the matter said": the frame opens at the subject's head
    frame_offset = tokens[frame_first].start
    split_title = title_before(document, index) if frame_first == 0 and mention is not None else None
    if split_title is not None and mention is not None:
        # The sentence splitter broke after "Mr." in “…,” Mr. Earnest said: the title belongs to the mention.
        frame_offset = split_title
        mention = Mention(text[split_title : mention.end], split_title, mention.end)
    closing = None if participle else _closing_before(document, index, spans, frame_offset, mention)
    next_word = words[adjunct_end] if adjunct_end < len(words) else ""
    if closing is not None and closing.close_mark is not None and closing.close_mark < sentence.start and opens_clause(next_word):
        closing = None  # “…” He said that …: a new sentence with its own speech
    if next_word == "," and not inverted and closing is None:
        adjunct_end, next_word = _after_comma_adjunct(words, lowered, adjunct_end, spans, tokens)
    cue = (tokens[cue_start].start, tokens[cue_end_token].end)
    sentence_end = words_end(text, sentence.start, joined_sentence_end(document, index))
    return CueReading(document, index, position, length, lemma, verb_class, spans, marked, subject, cue_start, mention,
                      inverted, participle, adjunct_end, cue, frame_first, closing, next_word, sentence_end)  # fmt: skip


def _may_invert(document: Document, index: int, position: int, verb_class: str, spans: Marks) -> bool:
    """Whether the cue may come before its speaker (``…, said Hayashi``): at the start of the sentence or
    after a comma, a question or an exclamation; a verb that takes an object (``praise``, ``slam``) only right
    after a quotation (``“A disgrace,” slammed one reader``): after a clause, the name that follows it is
    its object (``Graham slams Trump, praises Clinton as …``)."""
    words = document.token_texts[index]
    tokens = document.sentences[index].tokens
    if position == 0:
        return True
    quotation = spans.is_quote_token(words[position - 1], tokens[position - 1].start)
    if verb_class == "object":
        after_comma = position > 1 and words[position - 1] == ","
        return quotation or after_comma and spans.is_quote_token(words[position - 2], tokens[position - 2].start)
    return quotation or words[position - 1] in (",", "?", "!")


def _coordinated_over_adjunct(lowered: Sequence[str], comma: int) -> bool:
    """``he backed Paul and, in Republican contests, has supported Cruz``: a verb coordinated over an adjunct
    set off by commas."""
    opening = next((i for i in range(comma - 1, max(-1, comma - MAX_APPOSITION_TOKENS), -1) if lowered[i] == ","), None)
    return opening is not None and opening > 0 and lowered[opening - 1] in ("and", "but")


def _closing_before(document: Document, index: int, spans: Marks, frame_offset: int, mention: Mention | None) -> MarkSpan | None:
    """The quotation closing right before a frame, when it is speech rather than a few quoted words inside
    the sentence (chants of “Marco! Marco!,” the senator said …)."""
    text = document.text
    titled = mention is not None and mention.text.split()[0].lower() in title_words()
    closing = spans.closing_before(document.sentences[index].paragraph, frame_offset, text, titled=titled)
    if closing is not None and not (
        span_opens_sentence(document, closing)
        or span_words(text, closing) > SCARE_QUOTE_WORDS
        or text[max(0, closing.open_mark - 4) : closing.open_mark].rstrip().endswith((":", ","))
    ):
        return None
    return closing


def _after_comma_adjunct(words: Sequence[str], lowered: Sequence[str], adjunct_end: int, spans: Marks, tokens) -> tuple[int, str]:
    """ "X said, per a translator, that …": an adjunct set off by commas before the clause is skipped."""
    for later in range(adjunct_end + 1, min(len(words) - 1, adjunct_end + MAX_APPOSITION_TOKENS)):
        if spans.is_quote_token(words[later], tokens[later].start) or words[later] in (".", ";", ":"):
            break
        if words[later] == "," and lowered[later + 1] == "that":
            return later + 1, "that"
    return adjunct_end, words[adjunct_end] if adjunct_end < len(words) else ""


def _stance_shape(r: CueReading) -> ShapeResult:
    """``<speaker> <stance verb> <what>``: ``Cruz endorsed Fiorina``."""
    if r.verb_class != "stance":
        return NOT_THIS_SHAPE
    if r.closing is not None or r.inverted or r.next_word in ("", ",", ".", ":"):
        return None
    return _stance(r)


def _stance(r: CueReading) -> Candidate | None:
    return stance_quote(r.document, r.index, r.position, r.cue_start, r.mention, r.spans, r.marked, r.sentence_end, r.length)


def _object_shape(r: CueReading) -> ShapeResult:
    """``called the plan “a disaster”``, ``urged them to “give him time”``: quoted words in the cue's object
    (mixed); else, without a closing quotation, what the source's words were about (``described the plan as
    a mistake``, ``denied the allegations``)."""
    next_word = r.next_word
    if not (r.verb_class == "object" or (
        r.closing is None and not r.inverted and next_word not in ("", ",", ":", ".") and not r.next_is_quote
        and next_word.lower() != "that" and next_word.lower() not in CLAUSE_START
    )):  # fmt: skip
        return NOT_THIS_SHAPE
    if r.position + 1 >= len(r.tokens):
        return None
    content_start = r.tokens[r.position + 1].start
    content_end = clause_end(r.document, r.index, r.position + 1, r.sentence_end, direct=False)
    if r.spans.claim(r.paragraph, content_start, content_end):
        return r.candidate([(content_start, content_end)], "mixed", True, "front")
    stance = _stance(r) if r.closing is None and not r.inverted else None
    if stance is not None or r.verb_class == "object":
        return stance
    return NOT_THIS_SHAPE


def _colon_shape(r: CueReading) -> ShapeResult:
    """``<speaker> <cue>: <speech>`` and ``<speaker> <cue>, “<speech>”``."""
    words, tokens, text, next_word = r.words, r.tokens, r.document.text, r.next_word
    opens_quote = next_word == "," and r.adjunct_end + 1 < len(words) and r.is_quote(r.adjunct_end + 1)
    if r.closing is not None or not (next_word == ":" or opens_quote or r.next_is_quote):
        return NOT_THIS_SHAPE
    start_token = r.adjunct_end + (0 if r.next_is_quote else 1)
    paragraph = r.document.paragraphs[r.paragraph]
    if start_token >= len(tokens):
        if next_word == ":" and r.document.sentences[r.index].end == paragraph.end:
            return _next_paragraph_speech(r.document, r.paragraph, r.spans, r.marked, r.cue, r.mention, r.index)
        return None
    content_start = tokens[start_token].start
    inner = r.spans.within(r.paragraph, content_start, paragraph.end)
    if inner and inner[0].open_mark <= content_start + 1:
        span = inner[0]
        if r.next_is_quote and span_words(text, span) <= SCARE_QUOTE_WORDS and text[span.end - 1] not in ".?!":
            # "promises to “end” the Common Core": a few quoted words in the cue's object, a mixed quote.
            content_start = tokens[r.position + 1].start
            content_end = clause_end(r.document, r.index, r.position + 1, r.sentence_end, direct=False)
            r.spans.claim(r.paragraph, content_start, content_end)
            return r.candidate([(content_start, content_end)], "mixed", True, "front")
        span.used = True
        return r.candidate([(span.start, span.end)], "direct", True, "colon")
    if next_word == ":" and not r.marked:
        return r.candidate([(skip_space(text, content_start), r.sentence_end)], "direct", False, "colon")
    if next_word == ":":
        return None
    return NOT_THIS_SHAPE


def _markless_comma_shape(r: CueReading) -> ShapeResult:
    """Mark-less ``Clinton said, She was the most popular political figure in America.``"""
    words, tokens, text = r.words, r.tokens, r.document.text
    after_comma = r.frame_first > 0 and words[r.frame_first - 1] == ","
    if r.closing is not None or r.marked or r.inverted or after_comma or r.next_word != "," or r.adjunct_end + 1 >= len(tokens):
        return NOT_THIS_SHAPE
    content_start = tokens[r.adjunct_end + 1].start
    content_end = clause_end(r.document, r.index, r.adjunct_end + 1, r.sentence_end)
    long_enough = len(text[content_start:content_end].split()) >= MIN_SPEECH_WORDS
    if long_enough and r.lowered[r.adjunct_end + 1] not in RELATIVE_WORDS | participles():
        return r.candidate([(content_start, content_end)], "direct", False, "colon")
    return NOT_THIS_SHAPE


def _clause_shape(r: CueReading) -> ShapeResult:
    """``<speaker> <cue> (that) <clause>``: indirect (mixed with marked words inside). ``said when asked about
    …``: a question put to the speaker follows the frame, not the speech (``asked_frame``)."""
    next_word, lower = r.next_word, r.next_word.lower()
    asked = lower in ASKED_INTRODUCERS and tuple(r.lowered[r.adjunct_end + 1 : r.adjunct_end + 2]) == ("asked",)
    opens = lower == "that" or lower in CLAUSE_START or re.match(r"^[A-Z0-9]", next_word)
    if r.closing is not None or r.inverted or asked or not opens or not next_word or (next_word[:1].isupper() and lower in TIME_WORDS):
        return NOT_THIS_SHAPE
    content_token = r.adjunct_end + (1 if lower == "that" else 0)
    if content_token >= len(r.tokens):
        return None
    content_start = r.tokens[content_token].start
    content_end = clause_end(r.document, r.index, content_token, r.sentence_end, direct=False)
    if len(r.document.text[content_start:content_end].split()) < (MIN_SPEECH_WORDS if lower == "that" else 4):
        return _stance(r)  # an object
    inner = r.spans.claim(r.paragraph, content_start, content_end)
    return r.candidate(
        [(content_start, content_end)], "mixed" if inner else "indirect", bool(inner), "participle" if r.participle else "front"
    )


SUBORDINATORS = frozenset({"as", "what", "which", "that", "how", "if", "whether", "because", "than", "when", "where"})


def _trailing_shape(r: CueReading) -> ShapeResult:
    """``<speech>, <speaker> <cue> [adjuncts][, <speech>].``, with marks (“…,” he said) or without."""
    if r.participle:
        return None
    words, tokens, text, paragraph = r.words, r.tokens, r.document.text, r.paragraph
    sentence = r.document.sentences[r.index]
    rest = r.adjunct_end
    exclaimed = None
    if r.closing is None and r.frame_first == 0 and not r.marked and r.next_word in ("", ".") and r.index > 0:
        # "Sometimes us ex-diplomats need our fix! Clinton said." : the speech is the sentence before.
        previous = r.document.sentences[r.index - 1]
        if previous.paragraph == paragraph and previous.text.rstrip().endswith(("?", "!")):
            exclaimed = previous
    # "A pathetic figure! he wrote.": a question or exclamation the sentence splitter left before the frame.
    exclamation = r.frame_first > 0 and words[r.frame_first - 1] in ("?", "!")
    before_offset = 0
    if r.closing is None and exclaimed is None:
        comma = _comma_before(r, r.frame_first - 1)
        if comma is None and not exclamation:
            # Not a frame inside a subordinate clause: "… as it claims. ‘…’", "… about what the abdication indicated."
            subordinate = r.frame_first > 0 and r.lowered[r.frame_first - 1] in SUBORDINATORS
            return None if subordinate else _quotation_after_frame(r)
        # Nothing but adjuncts, a participle or a new speech part may follow a mark-less trailing frame.
        trailing = not r.inverted and rest < len(words) and words[rest] not in (",", ".", "!", "?", ";", ":") and not r.is_quote(rest)
        if trailing and len([w for w in words[rest:] if w.isalnum()]) > MAX_TRAILING_WORDS:
            return None
        # After a question mark, or after the closing marks of ",”", the content ends with them.
        after_marks = exclamation or comma is None or comma < r.frame_first - 1
        before_offset = tokens[r.frame_first - 1].end if after_marks else tokens[comma].start
    parts: list[tuple[int, int]] = []
    if r.closing is not None:
        r.closing.used = True
        parts.append((r.closing.start, r.closing.end))
        kind, has_marks = "direct", True
    elif exclaimed is not None:
        parts.append((exclaimed.start, trim_end(text, exclaimed.start, exclaimed.end)))
        kind, has_marks = "direct", False
    else:
        speech_start: int | None = sentence.start
        speech_end = trim_end(text, sentence.start, before_offset)
        if len(text[sentence.start : speech_end].split()) < MIN_SPEECH_WORDS:
            speech_start = None
        if speech_start is not None and not r.spans.inside(speech_start):
            inner = r.spans.claim(paragraph, speech_start, speech_end)
            kind = ("mixed" if inner else "indirect") if r.marked else "indirect" if r.lemma in REPORT_LEMMAS else "direct"
            has_marks = bool(inner)
            parts.append((speech_start, speech_end))
        else:
            kind, has_marks = "direct", r.marked
    medial, kind, has_marks = _second_part(r, parts, kind, has_marks)
    if not parts:
        return _quotation_after_frame(r)
    lone = not (medial or exclaimed or exclamation or r.marked)
    if kind == "direct" and lone and not FIRST_SECOND_PERSON.search(text[parts[0][0] : parts[0][1]]):
        kind = "direct?"  # decided by continuation: a lone third-person sentence is a paraphrase
    return r.candidate(parts, kind, has_marks, "trailing")


def _quotation_after_frame(r: CueReading) -> Candidate | None:
    """``Sam Lau, the party's spokesman, said in a statement. “There are no ballots to recount.”``: a sentence
    that is a frame alone (speaker, cue, adjuncts, a full stop where a colon belongs) introduces the quotation
    opening right after it in its paragraph."""
    if not r.marked or r.closing is not None or r.inverted or r.participle or r.adjunct_end != len(r.words) - 1 or r.next_word != ".":
        return None
    following = skip_space(r.document.text, r.tokens[-1].end)
    span = next((s for s in r.spans.by_paragraph.get(r.paragraph, ()) if s.open_mark == following), None)
    if span is None or span.used:
        return None
    span.used = True
    return r.candidate([(span.start, span.end)], "direct", True, "colon")


def _comma_before(r: CueReading, last: int) -> int | None:
    """The comma ending at token ``last``, or right before the closing marks that end there: American
    punctuation (``… “influence peddling,” the Post reported``) frames the sentence as the comma outside the
    marks (British) or no marks at all do."""
    comma = last
    while comma > 0 and r.is_quote(comma):
        comma -= 1
    return comma if comma >= 0 and r.words[comma] == "," else None


def _second_part(r: CueReading, parts: list[tuple[int, int]], kind: str, has_marks: bool) -> tuple[bool, str, bool]:
    """A second part after a trailing frame: "<speech>, he said, <speech>" / “…,” he said, “…”. Appends it to
    ``parts``; returns (whether it is a mark-less medial part, kind, has_marks)."""
    words, tokens, lowered, text = r.words, r.tokens, r.lowered, r.document.text
    rest = r.adjunct_end
    if r.inverted or rest >= len(words) or words[rest] not in (",", ":"):  # after "said Smith," comes an apposition
        return False, kind, has_marks
    second_token = rest + 1
    if second_token >= len(tokens) or lowered[second_token] in participles() | RELATIVE_WORDS:
        return False, kind, has_marks
    second_start = tokens[second_token].start
    opening = [span for span in r.spans.by_paragraph.get(r.paragraph, ()) if tokens[rest].start <= span.open_mark <= second_start + 1]
    if opening:
        opening[0].used = True
        parts.append((opening[0].start, opening[0].end))
        return False, "direct", True
    if r.closing is not None:
        return False, kind, has_marks
    second_end = clause_end(r.document, r.index, second_token, r.sentence_end)
    if len(text[second_start:second_end].split()) < MIN_SPEECH_WORDS:
        return False, kind, has_marks
    parts[:] = [part for part in parts if len(text[part[0] : part[1]].split()) >= MIN_SPEECH_WORDS + 1]
    parts.append((second_start, second_end))
    if r.marked:  # "<clause>, Devine said, <clause>": a paraphrase, mixed if it holds marks
        inner = r.spans.claim(r.paragraph, parts[0][0], second_end)
        return True, ("mixed" if inner else "indirect"), bool(inner)
    return True, "direct", has_marks


# Tried in order once the cue's speaker is known; the first shape that fits the sentence gives the quote.
CUE_SHAPES: tuple[Callable[[CueReading], ShapeResult], ...] = (
    _stance_shape,
    _object_shape,
    _colon_shape,
    _markless_comma_shape,
    _clause_shape,
    _trailing_shape,
)


def _next_paragraph_speech(
    document: Document,
    paragraph: int,
    spans: Marks,
    marked: bool,
    cue: tuple[int, int],
    mention: Mention | None,
    index: int,
) -> Candidate | None:
    """``He said:`` ending a paragraph: the speech is the next paragraph (its marked span, when marked)."""
    if paragraph + 1 >= len(document.paragraphs):
        return None
    following = document.paragraphs[paragraph + 1]
    if marked:
        opening = [span for span in spans.by_paragraph.get(paragraph + 1, ()) if span.open_mark == following.start]
        if not opening:
            return None
        opening[0].used = True
        return Candidate([(opening[0].start, opening[0].end)], "direct", True, cue, mention, paragraph + 1, index, "colon")
    end = words_end(document.text, following.start, following.end)
    return Candidate([(following.start, end)], "direct", False, cue, mention, paragraph + 1, index, "colon")
