"""Reporting frames: every cue of a sentence is tried against an ordered table of triggers.
"""

from __future__ import annotations

from ...document import Document
from ..lexicon import EVIDENTIAL_CUES, NEAR_COMMA, PASSIVE_CUES, RELATIVE_WHO, claim_nouns, cue_lexicon
from ..marks import Marks
from ..model import Candidate
from .cue import cue_frame
from .mentions import sentence_subject
from .source import asked_frame, label_frame, source_frame, survey_frame
from .stance import claim_frame, evidential_frame, passive_frame
from .text import is_headline, match_phrase, trim_end


def sentence_frames(document: Document, index: int, spans: Marks, marked: bool) -> list[Candidate]:
    sentence = document.sentences[index]
    tokens = sentence.tokens
    words = document.token_texts[index]
    lowered = document.lowered_token_texts[index]
    lexicon = cue_lexicon()
    text = document.text
    found: list[Candidate] = []
    headline = is_headline(words)
    label = label_frame(document, index, spans)
    if label is not None:
        found.append(label)
    position = 0
    while position < len(tokens):
        word = lowered[position]
        source = match_phrase(lowered, position, "source")
        if source:
            candidate = source_frame(document, index, position, source, spans)
            if candidate:
                found.append(candidate)
                position += source
                continue
        if word == "in" and not spans.inside(tokens[position].start):
            candidate = survey_frame(document, index, position, spans)
            if candidate:
                found.append(candidate)
                position += 1
                continue
        phrase = match_phrase(lowered, position, "stance")
        if phrase and not spans.inside(tokens[position].start):
            subject = next((c.mention for c in reversed(found) if c.mention), None) or sentence_subject(document, index)
            candidate = cue_frame(document, index, position, " ".join(lowered[position : position + phrase]), "stance", spans, marked, subject, phrase)
            if candidate:
                found.append(candidate)
                position += phrase
                continue
        if word in PASSIVE_CUES and not spans.inside(tokens[position].start):
            candidate = passive_frame(document, index, position, spans)
            candidate = candidate or asked_frame(document, index, position, spans)
            if candidate:
                found.append(candidate)
                position += 1
                continue
        if word in EVIDENTIAL_CUES and not spans.inside(tokens[position].start):
            candidate = evidential_frame(document, index, position, spans)
            if candidate:
                found.append(candidate)
                position += 1
                continue
        if word in claim_nouns():
            candidate = claim_frame(document, index, position, spans)
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
        subject = next((c.mention for c in reversed(found) if c.mention), None) or sentence_subject(document, index)
        candidate = cue_frame(document, index, position, lemma, verb_class, spans, marked, subject)
        if candidate is not None:
            found.append(candidate)
        position += 1
    end_before_next_frame(text, found)
    return found


def end_before_next_frame(text: str, found: list[Candidate]) -> None:
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
            cut = trim_end(text, start, comma if frame_start - comma <= NEAR_COMMA else frame_start)
            cut = trim_end(text, start, cut - 4) if text[cut - 4 : cut] in (" and", " but") else cut
            if cut > start:
                earlier.parts[-1] = (start, cut)


def _embedded(text: str, candidate: Candidate) -> bool:
    """Whether a frame inside another's content belongs to that content rather than starting a new clause: a
    stance (``said they're supporting Clinton``) or a relative clause (``said supporters who have suggested
    that …``)."""
    if candidate.stance:
        return True
    return candidate.mention is not None and bool(RELATIVE_WHO.match(text, candidate.mention.end, candidate.cue[0]))
