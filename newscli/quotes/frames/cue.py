"""The frames of a reporting verb: ``X said …``, ``…, said X``, ``X said: …``, relative and ``as`` clauses.
"""

from __future__ import annotations

import re

from ...document import Document
from ..lexicon import (
    APPOSITION_MARKS,
    AS_IDIOMS,
    ASKED_INTRODUCERS,
    AUXILIARIES,
    CLAIM_LINKS,
    CLAUSE_START,
    DOCUMENT_NOUNS,
    FIRST_SECOND_PERSON,
    GAP_TAGS,
    GO_FORMS,
    MAX_APPOSITION_TOKENS,
    MAX_TRAILING_WORDS,
    MIN_SPEECH_WORDS,
    PARTICIPLE_INTRODUCERS,
    PREPOSITIONS,
    REFLEXIVES,
    RELATIVE_WORDS,
    REPORT_LEMMAS,
    SCARE_QUOTE_WORDS,
    SPEAKING_PERSONS,
    SPEECH_RELATIVES,
    SUBJECT_PRONOUNS,
    TIME_WORDS,
    cue_lexicon,
    participles,
)
from ..marks import QUOTE_TOKENS, Marks, span_opens_sentence, span_words
from ..model import Candidate, MarkSpan
from ..speakers import Mention, title_words
from .mentions import (
    inverted_after_comma,
    mention_backward,
    mention_before_apposition,
    mention_forward,
    mention_of,
    names_speaker,
    skip_adjuncts,
    time_adjunct_start,
)
from .source import source_quote
from .stance import stance_quote
from .text import clause_end, joined_sentence_end, opens_clause, sentence_tags, skip_space, title_before, trim_end, words_end


def _relative_quote(
    document: Document, index: int, relative: int, position: int, verb_class: str, spans: Marks
) -> Candidate | None:
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
    after = skip_adjuncts(words, lowered, position + 1, lemma)
    sentence_end = words_end(text, sentence.start, joined_sentence_end(document, index))
    if after + 1 < len(words) and words[after] == "," and words[after + 1] not in QUOTE_TOKENS:
        content_start = tokens[after + 1].start
        content = (content_start, clause_end(document, index, after + 1, sentence_end, direct=False))
    elif introducer > 0 and words[introducer - 1] == "," and (after >= len(words) or words[after] in (".", "!", "?")):
        content = (sentence.start, trim_end(text, sentence.start, tokens[introducer - 1].start))
    else:
        return None
    cue = (tokens[cue_start].start, tokens[max(position, after - 1)].end)
    return source_quote(document, index, content, cue, mention_of(document, index, mention_range), spans)


def cue_frame(
    document: Document,
    index: int,
    position: int,
    lemma: str,
    verb_class: str,
    spans: list[MarkSpan],
    marked: bool,
    subject: Mention | None,
    length: int = 1,
) -> Candidate | None:
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
        adjunct = time_adjunct_start(lowered, before)  # "Trump on Tuesday said", "A poll last month showed"
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
            mention_range = mention_backward(document, index, before - 2)
        elif lowered[before] == "who" and before >= 1:
            mention_range = mention_backward(document, index, before - 1)  # "voters who favor a tax cut"
        else:
            mention_range = mention_backward(document, index, before)
        if mention_range is None and words[before] in APPOSITION_MARKS:
            if not inverted_after_comma(document, index, before, position):
                mention_range = mention_before_apposition(document, index, before)
        if mention_range and mention_range[0] > 0 and lowered[mention_range[0] - 1] in ("which", "who", "that", "whom"):
            return _relative_quote(document, index, mention_range[0] - 1, position, verb_class, spans)
        if mention_range and mention_range[0] > 0 and lowered[mention_range[0] - 1] == "as":
            candidate = _as_quote(document, index, mention_range, cue_start, position, lemma, spans)
            if candidate is not None:
                return candidate
    participle = lowered[position] in participles() and (
        position == 0 or words[position - 1] in (",", "--", "—", "–") or lowered[position - 1] in PARTICIPLE_INTRODUCERS or before < 0
    )
    if participle:
        mention_range = None
    elif mention_range is None and (position == 0 or words[position - 1] in (",", "?", "!") or words[position - 1] in QUOTE_TOKENS):
        mention_range = mention_forward(document, index, position + 1)
        inverted = mention_range is not None
    coordinated = mention_range is None and not participle and before >= 1 and lowered[before] in ("and", "but")
    if mention_range is None and not participle and not coordinated:
        return None
    after = (mention_range[1] + 1) if inverted else position + length
    adjunct_end = skip_adjuncts(words, lowered, after, lemma)
    cue_end_token = max(position + length - 1, adjunct_end - 1) if adjunct_end > after and not inverted else position + length - 1
    cue = (tokens[cue_start].start, tokens[cue_end_token].end)
    mention = mention_of(document, index, mention_range) if mention_range else None
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
    split_title = title_before(document, index) if frame_first == 0 and mention is not None else None
    if split_title is not None:
        # The sentence splitter broke after "Mr." in “…,” Mr. Earnest said: the title belongs to the mention.
        frame_offset = split_title
        mention = Mention(text[split_title : mention.end], split_title, mention.end)
    titled = mention is not None and mention.text.split()[0].lower() in title_words()
    closing = None if participle else spans.closing_before(paragraph, frame_offset, text, titled=titled)
    if closing is not None and not (
        span_opens_sentence(document, closing)
        or span_words(text, closing) > SCARE_QUOTE_WORDS
        or text[max(0, closing.open_mark - 4) : closing.open_mark].rstrip().endswith((":", ","))
    ):
        closing = None  # chants of “Marco! Marco!,” the senator said …: a few quoted words inside the sentence
    next_word = words[adjunct_end] if adjunct_end < len(words) else ""
    if closing is not None and closing.close_mark < sentence.start and opens_clause(next_word):
        closing = None  # “…” He said that …: a new sentence with its own speech
    sentence_end = words_end(text, sentence.start, joined_sentence_end(document, index))
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
        return stance_quote(document, index, position, cue_start, mention, spans, marked, sentence_end, length)
    if verb_class == "object" or (
        closing is None and not inverted and next_word not in ("", ",", ":", ".") and next_word not in QUOTE_TOKENS
        and next_word.lower() != "that" and next_word.lower() not in CLAUSE_START
    ):
        # "called the plan “a disaster”", "urged them to “give him time”": quoted words in the cue's object.
        if position + 1 >= len(tokens):
            return None
        content_start = tokens[position + 1].start
        content_end = clause_end(document, index, position + 1, sentence_end, direct=False)
        if spans.claim(paragraph, content_start, content_end):
            return Candidate([(content_start, content_end)], "mixed", True, cue, mention, paragraph, index, "front")
        stance = None
        if closing is None and not inverted:
            # "described the plan as a mistake", "…, referring to Trump", "denied the allegations": what the
            # source's words were about.
            stance = stance_quote(document, index, position, cue_start, mention, spans, marked, sentence_end, length)
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
            if next_word in QUOTE_TOKENS and span_words(text, span) <= SCARE_QUOTE_WORDS and text[span.end - 1] not in ".?!":
                # "promises to “end” the Common Core": a few quoted words in the cue's object, a mixed quote.
                content_start = tokens[position + 1].start
                content_end = clause_end(document, index, position + 1, sentence_end, direct=False)
                spans.claim(paragraph, content_start, content_end)
                return Candidate([(content_start, content_end)], "mixed", True, cue, mention, paragraph, index, "front")
            span.used = True
            return Candidate([(span.start, span.end)], "direct", True, cue, mention, paragraph, index, "colon")
        if next_word == ":" and not marked:
            content_start = skip_space(text, content_start)
            return Candidate([(content_start, sentence_end)], "direct", False, cue, mention, paragraph, index, "colon")
        if next_word == ":":
            return None
    after_comma = frame_first > 0 and words[frame_first - 1] == ","
    if closing is None and not marked and not inverted and not after_comma and next_word == "," and adjunct_end + 1 < len(tokens):
        # Mark-less "Clinton said, She was the most popular political figure in America."
        content_start = tokens[adjunct_end + 1].start
        content_end = clause_end(document, index, adjunct_end + 1, sentence_end)
        if len(text[content_start:content_end].split()) >= MIN_SPEECH_WORDS and lowered[adjunct_end + 1] not in RELATIVE_WORDS | participles():
            return Candidate([(content_start, content_end)], "direct", False, cue, mention, paragraph, index, "colon")
    # <speaker> <cue> (that) <clause>: indirect (mixed with marked words inside).
    # "said when asked about …": a question put to the speaker follows the frame, not the speech (asked_frame).
    asked = next_word.lower() in ASKED_INTRODUCERS and lowered[adjunct_end + 1 : adjunct_end + 2] == ("asked",)
    if closing is None and not inverted and not asked and (next_word.lower() == "that" or next_word.lower() in CLAUSE_START or re.match(r"^[A-Z0-9]", next_word)) and next_word != "" and not (next_word[:1].isupper() and next_word.lower() in TIME_WORDS):
        content_token = adjunct_end + (1 if next_word.lower() == "that" else 0)
        if content_token >= len(tokens):
            return None
        content_start = tokens[content_token].start
        content_end = clause_end(document, index, content_token, sentence_end, direct=False)
        if len(text[content_start:content_end].split()) < (MIN_SPEECH_WORDS if next_word.lower() == "that" else 4):
            return stance_quote(document, index, position, cue_start, mention, spans, marked, sentence_end, length)  # an object
        inner = spans.claim(paragraph, content_start, content_end)
        kind = "mixed" if inner else "indirect"
        return Candidate([(content_start, content_end)], kind, bool(inner), cue, mention, paragraph, index, "participle" if participle else "front")
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
        parts.append((exclaimed.start, trim_end(text, exclaimed.start, exclaimed.end)))
        kind, has_marks = "direct", False
    else:
        speech_start = sentence.start
        speech_end = trim_end(text, sentence.start, before_offset)
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
        if second_token < len(tokens) and lowered[second_token] not in participles() | RELATIVE_WORDS:
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
                second_end = clause_end(document, index, second_token, sentence_end)
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
    return Candidate(parts, kind, has_marks, cue, mention, paragraph, index, "trailing")


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
