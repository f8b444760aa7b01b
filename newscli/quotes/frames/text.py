"""Clause and sentence boundaries for reported content, and part-of-speech tags on demand."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ...document import Document
from ..lexicon import (
    DETERMINERS,
    HEADLINE_SHARE,
    MAX_CONTENT_CHARS,
    NEW_SPEAKER_CLAUSE,
    QUANTIFIERS,
    QUOTED_THEN_CLAUSE,
    SPLIT_TITLE,
    SUBJECT_PRONOUNS,
    participle_clause,
    phrases_by_first_word,
)


def is_headline(words: Sequence[str]) -> bool:
    """Whether a sentence is a title-case headline (most of its words capitalised)."""
    alphabetic = [w for w in words if w.isalpha()]
    return len([w for w in alphabetic if w[0].isupper()]) >= HEADLINE_SHARE * len(alphabetic)


def joined_sentence_end(document: Document, index: int) -> int:
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


def title_before(document: Document, index: int) -> int | None:
    """Offset of an abbreviated title (``Mr.``, ``Sen.``) ending the previous sentence of the same paragraph."""
    if index == 0 or document.sentences[index - 1].paragraph != document.sentences[index].paragraph:
        return None
    previous = document.sentences[index - 1]
    match = SPLIT_TITLE.search(previous.text)
    return previous.start + match.start() if match else None


def opens_clause(word: str) -> bool:
    """Whether reported content can start with ``word`` right after a cue (``that``, a subject)."""
    lower = word.lower()
    return lower == "that" or lower in SUBJECT_PRONOUNS | DETERMINERS | QUANTIFIERS or word[:1].isupper()


def match_phrase(lowered: Sequence[str], position: int, section: str) -> int:
    """Length of the phrase of ``section`` (``speech_phrases.txt``) starting at ``position``, or 0."""
    for phrase in phrases_by_first_word(section).get(lowered[position], ()):
        if tuple(lowered[position : position + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def sentence_tags(document: Document, index: int) -> tuple[str, ...]:
    """Part-of-speech tags of one sentence: the document's when it has them already, else the sentence's
    own (tagging only the few sentences with a stance cue keeps the analysis fast)."""
    if "pos_tags" in document.__dict__:
        return document.pos_tags[index]
    return _tag_words(_SameWords(document.token_texts[index]))


class _SameWords:
    """A sentence's word tuple as a cache key by identity: hashing the tuple itself costs its length at every
    look-up, quadratic on one long sentence with a cue every few words."""

    __slots__ = ("words",)

    def __init__(self, words: tuple[str, ...]):
        self.words = words

    def __hash__(self) -> int:
        return id(self.words)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _SameWords) and other.words is self.words


@lru_cache(maxsize=64)  # the cache keeps the words alive, so their id is not reused while cached
def _tag_words(key: _SameWords) -> tuple[str, ...]:
    from ...tagger import tag

    return tuple(tag(list(key.words)))


def clause_end(document: Document, index: int, first_token: int, sentence_end: int, *, direct: bool = True) -> int:
    """End of reported content starting at ``first_token``: the sentence's end, or before a new reporting
    clause (``, saying …``; in direct speech also ``, and he highlighted …``, the narrator again)."""
    sentence = document.sentences[index]
    text = document.text
    start = sentence.tokens[first_token].start
    segment = text[start : min(sentence_end, start + MAX_CONTENT_CHARS)]
    cut = len(segment)
    match = participle_clause().search(segment)
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
    return trim_end(text, start, start + cut)


@lru_cache(maxsize=64)  # every cue of a sentence asks for its end: counting its quote marks once each is quadratic
def words_end(text: str, start: int, end: int) -> int:
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
        return trim_end(text, start, sentence_end)
    return trim_end(text, start, end)


def trim_end(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-"):
        end -= 1
    return end


def skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position].isspace():
        position += 1
    return position
