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
from .frames.mentions import sentence_subject
from .frames.text import sentence_tags
from .marks import Marks
from .model import QUOTE_TYPES, Candidate, Quote, Quotes, Speaker, SpeakerSummary, build_quote, summarise_speakers
from .people import people_in_text, person_nouns
from .speakers import Mention, can_speak, known_names, resolve_speakers

SALIENT_PRONOUNS = frozenset({"he", "she", "they"})

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
    # Nor is a person named inside a quotation: someone else's words, not the narration's antecedents.
    persons = [(name, start) for name, start in persons if not spans.inside(start) and not _inside_any(cues, start)]
    people = [person for person in people_in_text(document, spans.inside) if not _inside_any(cues, person.start)]
    named = sorted([*(start for _, start in persons), *(person.start for person in people)])
    by_sentence: dict[int, list[tuple[Candidate, Mention]]] = {}
    for candidate, mention in zip(candidates, mentions, strict=True):
        if mention is not None:
            by_sentence.setdefault(candidate.sentence, []).append((candidate, mention))
    antecedents = [_previous_subject(document, c, m, by_sentence, named) for c, m in zip(candidates, mentions, strict=True)]
    resolved = resolve_speakers(mentions, persons=persons, names=names, people=people, antecedents=antecedents)
    quotes = []
    for candidate, speaker in zip(candidates, resolved, strict=False):
        quotes.append(build_quote(text, candidate, speaker))
    return Quotes(tuple(quotes), summarise_speakers(quotes))


def _previous_subject(
    document: Document,
    candidate: Candidate,
    mention: Mention | None,
    by_sentence: dict[int, list[tuple[Candidate, Mention]]],
    named: list[int],
) -> Mention | None:
    """For a subject pronoun that opens its sentence's speech (no one named in the sentence before it), the
    subject of the sentence before: the speaker of its first frame, else its grammatical subject.
    ``by_sentence``: the frames with a speaker mention, by sentence; ``named``: offsets of the people named."""
    if mention is None or mention.text.lower() not in SALIENT_PRONOUNS:
        return None
    first = min(mention.start, candidate.parts[0][0])
    sentence = document.sentence_at(first)
    if not sentence:
        return None
    opening = document.sentences[sentence].start
    if bisect.bisect_left(named, opening) < bisect.bisect_left(named, mention.start):
        return None  # "When Smith arrived, he said …": the sentence's own name comes first
    if any(other.start < mention.start for _, other in by_sentence.get(sentence, ())):
        return None
    own = sentence_subject(document, sentence)
    if own is not None and own.start < mention.start and _names_someone(own.text):
        return None  # "Fallon fired back: “…,” he wrote": the sentence names its subject ("The documents show, he said": not)
    previous = sentence - 1
    speakers = [other for frame, other in by_sentence.get(previous, ()) if not frame.nested]
    if speakers:
        return min(speakers, key=lambda m: m.start)
    subject = sentence_subject(document, previous)
    if subject is None:
        return None
    # A capitalised run before a common noun premodifies it ("Obama consultant Cornell Belcher"): not the subject.
    words, tokens = document.token_texts[previous], document.sentences[previous].tokens
    following = next((i for i, token in enumerate(tokens) if token.start >= subject.end), len(words))
    premodifies = following < len(words) and words[following].isalpha() and words[following].islower()
    if premodifies and sentence_tags(document, previous)[following].startswith(("NN", "JJ")):
        return None
    return subject


def _names_someone(text: str) -> bool:
    """A name (its last word capitalised) or a description headed by a person noun (``the spokeswoman``)."""
    last = text.split()[-1]
    return last[:1].isupper() or last.lower() in person_nouns()


def _inside_any(spans: list[tuple[int, int]], offset: int) -> bool:
    """Whether ``offset`` falls in the last of ``spans`` (sorted, not nested: cues) that starts at or before it."""
    at = bisect.bisect_right(spans, (offset, offset)) - 1
    return at >= 0 and spans[at][0] <= offset < spans[at][1]
