"""Quotation marks: the one scanner that pairs opening and closing marks paragraph by paragraph."""

from __future__ import annotations

import bisect
import re

from ..document import Document
from .lexicon import STOP_WORDS
from .model import MarkSpan

OPENING = frozenset({"\u201c", '"', "\u00ab", "\u201e"})


CLOSING = frozenset({"\u201d", '"', "\u00bb"})


DOUBLE_MARKS = frozenset(OPENING) | CLOSING


MARK = re.compile("''|``|[\"\u201c\u201d\u00ab\u00bb\u201e]")


QUOTE_TOKENS = frozenset({'"', "``", "''", "\u201c", "\u201d", "\u00ab", "\u00bb", "\u201e"})


class Marks:
    """The article's mark spans, indexed by paragraph and by start offset (look-ups stay linear overall)."""

    def __init__(self, spans: list[MarkSpan]):
        self.spans = spans
        self._starts = [span.start for span in spans]
        self.by_paragraph: dict[int, list[MarkSpan]] = {}
        for span in spans:
            self.by_paragraph.setdefault(span.paragraph, []).append(span)

    def inside(self, offset: int) -> bool:
        index = bisect.bisect_right(self._starts, offset) - 1
        return index >= 0 and self.spans[index].start <= offset < self.spans[index].end

    def within(self, paragraph: int, start: int, end: int) -> list[MarkSpan]:
        """Spans of ``paragraph`` whose content lies within [start, end]."""
        return [span for span in self.by_paragraph.get(paragraph, ()) if span.start >= start and span.end <= end + 1]

    def claim(self, paragraph: int, start: int, end: int) -> list[MarkSpan]:
        """The spans ``within`` [start, end], marked as used by the quote that holds them."""
        inner = self.within(paragraph, start, end)
        for span in inner:
            span.used = True
        return inner

    def closing_before(self, paragraph: int, offset: int, text: str, *, titled: bool = False) -> MarkSpan | None:
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


def has_marks(body: str) -> bool:
    return sum(body.count(mark) for mark in DOUBLE_MARKS) + body.count("''") >= 2


def mark_spans(document: Document) -> list[MarkSpan]:
    """Double-quote spans of each paragraph, linear in the text. Single quotes are never spans of their own;
    two apostrophes (``''``, a typewriter convention) count as a straight double quote."""
    text = document.text
    spans: list[MarkSpan] = []
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
                spans.append(MarkSpan(open_at + open_width, position, open_at, position + width - 1, index, continues))
                carry = False
                open_at = None
        if open_at is not None:
            continues = carry and open_at == paragraph.start
            spans.append(MarkSpan(open_at + open_width, paragraph.end, open_at, None, index, continues))
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


def span_words(text: str, span: MarkSpan) -> int:
    return len(text[span.start : span.end].split())


def span_opens_sentence(document: Document, span: MarkSpan) -> bool:
    index = document.sentence_at(span.open_mark)
    return index is not None and document.sentences[index].start >= span.open_mark - 1
