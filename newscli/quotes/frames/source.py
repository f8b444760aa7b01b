"""Source frames: ``according to``, surveys, ``Name:`` labels and questions put to a source."""

from __future__ import annotations

import bisect

from ...document import Document
from ..lexicon import (
    ASKED_INTRODUCERS,
    ASKED_LINKS,
    HEADLINE_LABELS,
    MAX_INTRODUCTION_TOKENS,
    MAX_LABEL_WORDS,
    MAX_MENTION_TOKENS,
    MIN_SPEECH_WORDS,
    NAME_WORD,
    STOP_WORDS,
    SURVEY_NAME_WORD,
    SURVEY_NOUNS,
    TIME_WORDS,
)
from ..marks import OPENING, Marks, span_opens_sentence
from ..model import Candidate
from ..speakers import Mention
from .mentions import mention_forward, mention_of
from .subjects import POSTMODIFIER_PREPOSITIONS
from .text import clause_end, joined_sentence_end, match_phrase, trim_end, words_end

# The longest postmodifier skipped after an ``according to`` source before its comma.
MAX_POSTMODIFIER_TOKENS = 12


def survey_frame(document: Document, index: int, position: int, spans: Marks) -> Candidate | None:
    """``In a Des Moines Register poll last month, <clause>`` and ``<clause> in the same poll``: a survey is
    the source of the clause, like ``according to``."""
    sentence = document.sentences[index]
    tokens = sentence.tokens
    words = document.token_texts[index]
    lowered = document.lowered_token_texts[index]
    head = next((i for i in range(position + 1, min(len(words), position + MAX_MENTION_TOKENS)) if lowered[i] in SURVEY_NOUNS), None)
    if head is None or not all(SURVEY_NAME_WORD.fullmatch(w) for w in words[position + 1 : head]):
        return None
    if lowered[position + 1 : head] == ("the",) and lowered[head].endswith("s"):
        return None  # "his rise in the polls": the race's standing, not a survey cited as a source
    text = document.text
    sentence_end = words_end(text, sentence.start, joined_sentence_end(document, index))
    after = head + 1
    while after < len(words) and (lowered[after] in TIME_WORDS or lowered[after] in ("released", "conducted", "published")):
        after += 1  # "last month", "released Sunday"
    if position == 0 and after < len(words) and words[after] == ",":
        content = (tokens[after + 1].start, sentence_end) if after + 1 < len(tokens) else None
    elif position > 0 and (after >= len(words) or words[after] in (".", "!", "?")):
        content = (sentence.start, trim_end(text, sentence.start, tokens[position].start))
    else:
        return None
    if content is None:
        return None
    cue = (tokens[position].start, tokens[position].end)
    return source_quote(document, index, content, cue, mention_of(document, index, (position + 1, head)), spans)


def source_quote(
    document: Document, index: int, content: tuple[int, int], cue: tuple[int, int], mention: Mention, spans: Marks
) -> Candidate | None:
    """The indirect quote (mixed with quoted words) of a source frame (``according to``, a survey, an ``as``
    clause) over ``content``, unless it is too short to be speech."""
    if len(document.text[content[0] : content[1]].split()) < MIN_SPEECH_WORDS:
        return None
    paragraph = document.sentences[index].paragraph
    inner = spans.claim(paragraph, *content)
    return Candidate([content], "mixed" if inner else "indirect", bool(inner), cue, mention, paragraph, index, "source")


PARENTHESIS_WORDS = 3  # "(", "R-S.C.", ")"


def label_frame(document: Document, index: int, spans: Marks) -> Candidate | None:
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
    reach = first + MAX_LABEL_WORDS + 1 + PARENTHESIS_WORDS  # a label may end with "(R-S.C.)"
    colon = next((i for i in range(first, min(len(words), reach)) if words[i] == ":"), None)
    if colon is None or colon == first or len(words) - colon - 1 < MIN_SPEECH_WORDS:
        return None
    name = words[first:colon]
    if len(name) > 3 and name[-1] == ")" and "(" in name[1:]:
        name = name[: name.index("(")]  # "Rep. Trey Gowdy (R-S.C.):": party and state are no part of the name
    if len(name) > MAX_LABEL_WORDS:
        return None
    if not all(NAME_WORD.match(w) or w.isupper() or w in ("'s",) for w in name) or name[0].lower() in HEADLINE_LABELS:
        return None
    if any(w.lower() in TIME_WORDS | STOP_WORDS for w in name):
        return None
    content_start = tokens[colon + 1].start
    content_end = words_end(document.text, content_start, joined_sentence_end(document, index))
    if len(document.text[content_start:content_end].split()) < MIN_SPEECH_WORDS:
        return None  # "TAPPER: Do" cut short by the sentence splitter, "Twitter: @Milbank"
    inner = spans.claim(sentence.paragraph, content_start, content_end)
    transcript = all(w.isupper() for w in name if w.isalpha())
    kind = "direct" if transcript else ("mixed" if inner else "indirect")
    if len(inner) == 1 and inner[0].open_mark == content_start and inner[0].end >= trim_end(document.text, content_start, content_end) - 1:
        kind, (content_start, content_end) = "direct", (inner[0].start, inner[0].end)  # 'Gowdy: "I have …"': the quotation
    cue = (tokens[colon].start, tokens[colon].end)
    mention = mention_of(document, index, (first, first + len(name) - 1))
    return Candidate(
        [(content_start, content_end)],
        kind,
        bool(inner) or document.text[content_start] in OPENING,
        cue,
        mention,
        sentence.paragraph,
        index,
        "colon",
    )


def asked_frame(document: Document, index: int, position: int, spans: Marks) -> Candidate | None:
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
        asker = mention_forward(document, index, link + 1)
        if asker is None:
            return None
        mention = mention_of(document, index, asker)
        link = asker[1] + 1
    while link < len(words) and lowered[link] in TIME_WORDS:
        link += 1  # "Asked later whether"
    if link >= len(words) or lowered[link] not in ASKED_LINKS:
        return None
    first = link + 1 if lowered[link] in ("about", "for") else link  # the question's topic, not its preposition
    if first >= len(words):
        return None
    text = document.text
    sentence_end = words_end(text, sentence.start, joined_sentence_end(document, index))
    content_end = clause_end(document, index, first, sentence_end, direct=False)
    comma = text.find(",", tokens[first].start, content_end)
    content = (tokens[first].start, trim_end(text, tokens[first].start, comma) if comma >= 0 else content_end)
    if content[1] <= content[0]:
        return None
    inner = spans.claim(sentence.paragraph, *content)
    cue = (tokens[position].start, tokens[first - 1 if link == position + 1 else position].end)  # "asked about"
    kind = "mixed" if inner else "indirect"
    return Candidate([content], kind, bool(inner), cue, mention, sentence.paragraph, index, "question")


def source_frame(document: Document, index: int, position: int, length: int, spans: Marks) -> Candidate | None:
    """``according to <speaker>, <clause>`` and ``<clause>, according to <speaker>``."""
    sentence = document.sentences[index]
    tokens = sentence.tokens
    words = document.token_texts[index]
    mention_range = mention_forward(document, index, position + length, bare=True)
    if mention_range is None:
        return None
    text = document.text
    cue = (tokens[position].start, tokens[position + length - 1].end)
    mention = mention_of(document, index, mention_range)
    sentence_end = words_end(text, sentence.start, joined_sentence_end(document, index))
    after = _after_postmodifier(document.lowered_token_texts[index], mention_range[1] + 1)
    # "But according to X, …", "In addition, according to X, …": only an introduction comes before the phrase.
    introduced = position <= 3 and all(not w.isalpha() or w[0].isupper() for w in words[:position])
    introduced = introduced or position <= MAX_INTRODUCTION_TOKENS and words[position - 1] == ","
    if position == 0 or introduced:
        if after < len(words) and words[after] == "," and after + 1 < len(tokens):
            content = (tokens[after + 1].start, sentence_end)
        else:
            return None
    else:
        comma = position - 1 if words[position - 1] == "," else _comma_inside_marks(words, sentence.tokens, position - 1, spans)
        if comma is None:
            return None
        quotation = _quotation_before_source(document, index, position, cue, mention, spans)
        if quotation is not None:
            return quotation
        content = (sentence.start, trim_end(text, sentence.start, tokens[comma].start))
    return source_quote(document, index, content, cue, mention, spans)


def _comma_inside_marks(words, tokens, last: int, spans: Marks) -> int | None:
    """The comma before the closing marks that end at token ``last`` (``…,” according to``), if any."""
    marks = last
    while marks > 0 and spans.is_quote_token(words[marks], tokens[marks].start):
        marks -= 1
    return marks if marks < last and words[marks] == "," else None


def _quotation_before_source(
    document: Document, index: int, position: int, cue: tuple[int, int], mention: Mention, spans: Marks
) -> Candidate | None:
    """``“…,” according to Judicial Watch.``: a quotation that opens the sentence and closes right before the
    source phrase is the source's direct speech."""
    sentence = document.sentences[index]
    closing = spans.closing_before(sentence.paragraph, sentence.tokens[position].start, document.text)
    if closing is None or closing.close_mark is None:
        return None
    if closing.used or not span_opens_sentence(document, closing):
        return None
    closing.used = True
    return Candidate([(closing.start, closing.end)], "direct", True, cue, mention, sentence.paragraph, index, "trailing")


def _after_postmodifier(lowered, after: int) -> int:
    """The token after a source's postmodifier, up to its comma (``according to two people briefed on the
    talks, …``, ``according to officials at the Treasury, …``); ``after`` itself when none follows."""
    if after >= len(lowered) or lowered[after] not in POSTMODIFIER_PREPOSITIONS | {"who", "to"}:
        return after
    for position in range(after + 1, min(len(lowered), after + MAX_POSTMODIFIER_TOKENS)):
        if lowered[position] == ",":
            return position
        if not lowered[position][:1].isalnum() and lowered[position] not in ("'s", "-"):
            return after
    return after


def source_behind_speaker(document: Document, index: int, found: list[Candidate]) -> list[Candidate]:
    """``“…,” the judge said, according to the Post.``: an ``according to`` phrase closing the sentence of a
    trailing frame scopes over the whole report, the judge's saying included; the quotation is attributed
    to the source the article relies on (the outermost source, as in PolNeAR), and the phrase is no frame
    of its own. Returns ``found`` without the phrase's own candidates."""
    tokens = document.sentences[index].tokens
    words = document.token_texts[index]
    lowered = document.lowered_token_texts[index]
    # Token offsets only for a sentence with a trailing frame (few): most have none.
    starts = [token.start for token in tokens] if any(candidate.frame == "trailing" for candidate in found) else []
    absorbed: set[int] = set()
    for candidate in found:
        if candidate.frame != "trailing" or candidate.cue is None or candidate.mention is None:
            continue
        cue_first, cue_last = bisect.bisect_left(starts, candidate.cue[0]), bisect.bisect_left(starts, candidate.cue[1]) - 1
        phrase = next((p for p in range(cue_first + 1, min(len(words), cue_last + 3)) if match_phrase(lowered, p, "source")), None)
        if phrase is None or phrase > cue_last + 1 and words[phrase - 1] != ",":
            continue
        length = match_phrase(lowered, phrase, "source")
        mention_range = mention_forward(document, index, phrase + length, bare=True)
        if mention_range is None or not _closes_sentence(lowered, mention_range[1] + 1):
            continue
        candidate.mention = mention_of(document, index, mention_range)
        candidate.cue = (candidate.cue[0], tokens[phrase + length - 1].end)
        absorbed.add(tokens[phrase].start)
    return [c for c in found if not (c.frame == "source" and c.cue is not None and c.cue[0] in absorbed)]


def _closes_sentence(lowered, after: int) -> bool:
    """Whether only the end of the sentence, or a short postmodifier of the source before it (``according
    to a transcript of the interview.``), follows token ``after``."""
    rest = [w for w in lowered[after:] if w not in (".", "!", "?", '"', "”", "’", "'")]
    if not rest:
        return True
    return rest[0] in POSTMODIFIER_PREPOSITIONS and len(rest) <= MAX_POSTMODIFIER_TOKENS and "," not in rest
