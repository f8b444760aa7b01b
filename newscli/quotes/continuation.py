"""After the frames: marked spans no frame claimed, mark-less continuation and de-duplication."""

from __future__ import annotations

import re

from ..document import Document
from .frames.mentions import mention_backward, mention_of, sentence_subject
from .frames.text import clause_end, words_end
from .lexicon import (
    AUXILIARIES,
    COPULAS,
    DEDUPE_WINDOW,
    DETERMINERS,
    FINITE_VERB,
    FIRST_SECOND_PERSON,
    NAME_WORD,
    PREPOSITIONS,
    SCARE_QUOTE_WORDS,
    SUBJECT_PRONOUNS,
    THIRD_PERSON_START,
)
from .marks import Marks, span_opens_sentence, span_words
from .model import Candidate, MarkSpan
from .speakers import Mention, split_title


def unattributed_spans(document: Document, spans: Marks, candidates: list[Candidate]) -> list[Candidate]:
    """Marked spans no frame claimed: parts of a neighbouring direct quote, new quotes of the last speaker, or
    scare quotes (a few words, not a sentence) that are no quotes at all."""
    text = document.text
    by_paragraph: dict[int, list[Candidate]] = {}
    for candidate in candidates:
        by_paragraph.setdefault(candidate.paragraph, []).append(candidate)
    extra: list[Candidate] = []
    finite_verbs: dict[int, int | None] = {}  # sentence index → its first finite verb, found once
    for span in spans.spans:
        if span.used or _inside_any(span, by_paragraph.get(span.paragraph, [])):
            continue
        ends_sentence = text[span.end - 1 : span.end] in ".?!"
        opens_sentence = span_opens_sentence(document, span)
        introduced = text[max(0, span.open_mark - 4) : span.open_mark].rstrip().endswith((":", ","))
        if span_words(text, span) > SCARE_QUOTE_WORDS:
            long_sentence = ends_sentence and span_words(text, span) >= 8
            sentence_like = opens_sentence or span.continues or introduced or long_sentence
        else:
            sentence_like = ends_sentence and (opens_sentence or introduced) and span_words(text, span) > 1
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
        mention: Mention | None
        if frame is not None:
            cue, mention = frame
        else:
            cue, mention = None, _introducer(document, span)
        if mention is None:
            # Most likely the last speaker of this or the previous paragraph.
            recent = [c for p in (span.paragraph, span.paragraph - 1) for c in by_paragraph.get(p, ()) if c.mention]
            recent = [c for c in recent if c.parts[0][0] < span.start]
            mention = max(recent, key=lambda c: c.parts[0][0]).mention if recent else None
        extra.append(Candidate([(span.start, span.end)], "direct", True, cue, mention, span.paragraph, sentence_index, "continuation"))
    return extra


LOOSE_FRAME = re.compile(
    r"[ ,]*(?:(?P<subject>he|she|they|(?:the )?[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}) (?P<verb>[a-z]+ed)\b"
    r"|(?P<inverted_verb>[a-z]+ed) (?P<object>(?:the )?[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}))"
)


def _loose_frame(document: Document, span: MarkSpan) -> tuple[tuple[int, int], Mention] | None:
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


def _introducer(document: Document, span: MarkSpan) -> Mention | None:
    """The subject of a sentence ending in a colon just before a paragraph opening with this quote
    (``Cruz called them on it:``)."""
    if span.paragraph == 0 or span.open_mark != document.paragraphs[span.paragraph].start:
        return None
    previous = document.paragraphs[span.paragraph - 1]
    if not previous.text.rstrip().endswith(":"):
        return None
    return sentence_subject(document, previous.last_sentence - 1)


def _partial_quote(document: Document, span: MarkSpan, spans: Marks, finite_verbs: dict[int, int | None]) -> Candidate | None:
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
    if (
        verb is None
        or tokens[verb].start >= span.open_mark
        or verb == 0
        or words[verb] in COPULAS
        or tokens[verb + 1].start > span.open_mark
    ):
        return None
    before = verb - 1
    while before >= 0 and words[before].lower() in AUXILIARIES:
        before -= 1
    subject_range = mention_backward(document, index, before)
    if subject_range is None:
        return None
    subject = mention_of(document, index, subject_range)
    if not _is_person_like(subject.text):
        return None
    content_start = tokens[verb + 1].start
    content_end = clause_end(document, index, verb + 1, words_end(document.text, sentence.start, sentence.end), direct=False)
    if content_end < span.end:
        return None
    for inner in spans.within(span.paragraph, content_start, content_end):
        inner.used = True
    cue = (tokens[verb].start, tokens[verb].end)
    return Candidate([(content_start, content_end)], "mixed", True, cue, subject, span.paragraph, index, "front")


def _is_person_like(mention: str) -> bool:
    """``he``/``she`` or a name of two or more capitalised words after any title (``spokesman Robert Gibbs``)."""
    if mention.lower() in ("he", "she"):
        return True
    name = split_title(mention.split())[1]
    return len(name) >= 2 and all(NAME_WORD.match(word) for word in name) and not mention.isupper()


def _inside_any(span: MarkSpan, candidates: list[Candidate]) -> bool:
    return any(start <= span.start and span.end <= end for c in candidates for start, end in c.parts)


def _host_quote(document: Document, by_paragraph: dict[int, list[Candidate]], span: MarkSpan) -> Candidate | None:
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


def continue_markless(document: Document, candidates: list[Candidate]) -> None:
    """Mark-less direct quotes take in the sentences around them that have no frame of their own; a lone
    third-person sentence attributed with a trailing frame and nothing around it is a paraphrase (indirect)."""
    text = document.text
    framed = {c.sentence for c in candidates}
    for candidate in candidates:
        if candidate.type not in ("direct", "direct?") or candidate.marks:
            continue
        sentence = document.sentences[candidate.sentence]
        added = _neighbours(document, candidate, framed, -1, given_over=False)
        added.extend(_neighbours(document, candidate, framed, 1, given_over=_opens_paragraph(document, candidate)))
        if candidate.frame in ("trailing", "colon"):
            # The next paragraph continues the quote when it has no frame and speaks in the first or second person.
            following = sentence.paragraph + 1
            while following < len(document.paragraphs):
                block = document.paragraphs[following]
                indices = list(block.sentence_indices())
                if any(i in framed for i in indices) or not FIRST_SECOND_PERSON.search(block.text) or THIRD_PERSON_START.match(block.text):
                    break
                added.extend(
                    (document.sentences[i].start, words_end(text, document.sentences[i].start, document.sentences[i].end)) for i in indices
                )
                framed.update(indices)
                following += 1
        if candidate.type == "direct?":
            candidate.type = "direct" if added else "indirect"
        if candidate.type == "direct":
            candidate.parts.extend(added)
            framed.update(found for start, _ in added if (found := document.sentence_at(start)) is not None)


def _neighbours(document: Document, candidate: Candidate, framed: set[int], step: int, *, given_over: bool) -> list[tuple[int, int]]:
    """The sentences of the quote's paragraph before (``step`` -1) or after (1) its frame sentence that continue
    its speech: up to a sentence with a frame of its own, one naming the speaker, or (unless the paragraph is
    ``given_over`` to the speech) one opening with a third-person pronoun, the narrator's. In a paragraph given
    over to one speaker's speech, a pronoun is someone the speaker speaks of (``The mayor has lost my vote, she
    said. He broke every promise he made.``)."""
    text = document.text
    sentence = document.sentences[candidate.sentence]
    paragraph = document.paragraphs[sentence.paragraph]
    # The words that name the speaker ("senator" of "the senator"; not "the" or "of", which any sentence holds).
    mention = candidate.mention.text if candidate.mention else ""
    ignored = DETERMINERS | PREPOSITIONS | {"of", "and"} | (SUBJECT_PRONOUNS if given_over else frozenset())
    speaker_words = {w for w in mention.split() if w.lower() not in ignored}
    narrative = None if given_over else _narrative_start(mention)
    added: list[tuple[int, int]] = []
    other = candidate.sentence + step
    while paragraph.first_sentence <= other < paragraph.last_sentence and other not in framed:
        own = document.sentences[other]
        if (narrative is not None and narrative.match(own.text)) or speaker_words & set(own.text.split()):
            break
        end = words_end(text, own.start, own.end)
        if end > own.start and not any(start <= own.start < stop for start, stop in candidate.parts):
            added.append((own.start, end))  # (a sentence of punctuation alone, "…" or ".", adds nothing)
        other += step
    return added


def _opens_paragraph(document: Document, candidate: Candidate) -> bool:
    """Whether the quote's paragraph is given over to its speech: the speech opens the paragraph and its frame
    follows (``<speech>, <speaker> <cue>. <speech>``), or the frame opens it and introduces the speech with a
    colon or comma (``<speaker> <cue>: <speech>``). The style guides' multi-sentence quotation: attributed once,
    after its first sentence or before it, it runs on to the end of its paragraph."""
    sentence = document.sentences[candidate.sentence]
    if document.paragraphs[sentence.paragraph].first_sentence != candidate.sentence:
        return False
    return candidate.frame == "colon" or candidate.frame == "trailing" and candidate.parts[0][0] == sentence.start


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


def dedupe(candidates: list[Candidate]) -> list[Candidate]:
    """One candidate per stretch of text: a later frame whose parts lie inside an earlier quote is dropped,
    unless it is nested in that quote's content (a stance, a relative clause: ``end_before_next_frame``)."""
    kept: list[Candidate] = []
    for candidate in sorted(candidates, key=lambda c: (c.parts[0][0], -(c.parts[-1][1] - c.parts[0][0]))):
        recent = kept[-DEDUPE_WINDOW:]  # sorted by start: only recent quotes can contain this one
        inside = any(all(any(ks <= s and e <= ke for ks, ke in other.parts) for s, e in candidate.parts) for other in recent)
        if inside and not candidate.nested:
            continue
        kept.append(candidate)
    return kept
