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

Speakers are resolved by ``speakers``.

The package, by layer: ``model`` (the result records), ``lexicon`` (word lists and their loaders), ``marks``
(the one quotation-mark scanner, also used by ``check``), ``frames`` (reporting frames, one function per frame
shape, tried in the order of ``frames.TRIGGERS``), ``continuation`` (unattributed marked spans, mark-less
continuation, de-duplication) and ``speakers`` (speaker resolution). ``extract_quotes`` is the public entry.
"""

from __future__ import annotations

import bisect

from ..document import Document
from .continuation import continue_markless, dedupe, unattributed_spans
from .frames import sentence_frames
from .marks import Marks
from .model import QUOTE_TYPES, Candidate, Quote, Quotes, Speaker, SpeakerSummary, build_quote, summarise_speakers
from .people import people_in_text
from .speakers import can_speak, known_names, resolve_speakers

__all__ = ["QUOTE_TYPES", "Quote", "Quotes", "Speaker", "SpeakerSummary", "extract_quotes"]


def extract_quotes(document: Document, *, entities=None) -> Quotes:
    """Find the quotes of ``document`` and resolve their speakers.

    ``entities``: the article's ``newscli.entities.Entities``, when the caller has them: their people become
    candidates for pronouns and surnames even before they speak, and their names the full forms of short ones.
    Without them, the capitalised multi-word names of the text serve as full forms (cheaper: the entities
    analysis costs more than this one).
    """
    text = document.text
    spans = Marks.of(document)
    marked = spans.marked
    candidates: list[Candidate] = []
    for index in range(len(document.sentences)):
        candidates.extend(sentence_frames(document, index, spans, marked))
    candidates.extend(unattributed_spans(document, spans, candidates))
    if not marked:
        continue_markless(document, candidates)
    candidates = dedupe(candidates)
    candidates.sort(key=lambda c: c.parts[0][0])
    if entities is None:
        persons, names = [], known_names(document)
    else:
        persons = [(e.name, m.start) for e in entities.entities if e.type == "PERSON" for m in e.mentions]
        names = [e.name for e in entities.entities]
    mentions = [c.mention if c.mention is not None and can_speak(text, c.mention) else None for c in candidates]
    # A listener named in a cue (``told CNN's anchor Jake Tapper``) is never a speaker: not a pronoun's antecedent.
    cues = sorted(c.cue for c in candidates if c.cue is not None)
    people = [person for person in people_in_text(document, spans.inside) if not _inside_any(cues, person.start)]
    resolved = resolve_speakers(mentions, persons=persons, names=names, people=people)
    quotes = []
    for candidate, speaker in zip(candidates, resolved, strict=False):
        quotes.append(build_quote(text, candidate, speaker))
    return Quotes(tuple(quotes), summarise_speakers(quotes))


def _inside_any(spans: list[tuple[int, int]], offset: int) -> bool:
    """Whether ``offset`` falls in the last of ``spans`` (sorted, not nested: cues) that starts at or before it."""
    at = bisect.bisect_right(spans, (offset, offset)) - 1
    return at >= 0 and spans[at][0] <= offset < spans[at][1]
