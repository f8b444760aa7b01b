"""Quotation marks: the one scanner that pairs opening and closing marks paragraph by paragraph.

An article quotes in one house style: double marks outside (“…”, with ‘…’ for a quote within a quote, US and
most agency copy) or single marks outside (‘…’, with “…” inside: BBC, Guardian, Daily Mail, many Commonwealth
papers). ``house_style`` decides from the article which marks open its quotations; the scanner then pairs the
outer marks of that style. In single style a closing mark is the apostrophe's character, so each mark is read
from its context: an opening mark follows a space or an opening bracket and precedes a word that is not an
elision (``’90s``, ``’em``, ``rock ’n’ roll``); a closing mark follows a word or punctuation and precedes a space
or punctuation; one inside a word (``don’t``, ``Ma’am``) is an apostrophe. After a plural ``s`` and before a
word (``the Joneses’ house``) the mark is a possessive unless no other closing mark follows before the next
opening one.

A paragraph that opens a quotation and does not close it continues only into a next paragraph that itself
opens with a mark (the newspaper convention); otherwise the quotation ends with its paragraph.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..document import Document
from .lexicon import STOP_WORDS
from .model import MarkSpan

OPENING = frozenset({"\u201c", '"', "\u00ab", "\u201e"})
CLOSING = frozenset({"\u201d", '"', "\u00bb"})
DOUBLE_MARKS = frozenset(OPENING) | CLOSING
MARK = re.compile("''|``|[\"\u201c\u201d\u00ab\u00bb\u201e]")
SINGLE_MARK = re.compile("[\u2018\u2019']")
SINGLE_OPENING = "\u2018'"  # ’ never opens: at a word's start it is an elision (’90s, ’em)
SINGLE_CLOSING = "\u2019'"
# What may stand before an opening mark and after a closing one.
BEFORE_OPENING = '([{—–-/\u201c"'
AFTER_CLOSING = '.,;:!?)]}—–-/\u201d"…'
# Words an apostrophe shortens at their start: ’em, ’n’, ’til, ’cause, ’90s.
ELISION = re.compile(r"(?:em|n|tis|twas|til|cause|bout|round|cos|coz|ello|er)\b|\d0s\b|\d\d\b", re.IGNORECASE)
QUOTE_TOKENS = frozenset({'"', "``", "''", "\u201c", "\u201d", "\u00ab", "\u00bb", "\u201e"})


class Marks:
    """The article's mark spans, indexed by paragraph and by start offset (look-ups stay linear overall).
    ``marked``: whether the article's body has quotation marks at all (without them, quotes are found from
    their attributions alone)."""

    def __init__(self, spans: list[MarkSpan], style: str, marked: bool):
        self.spans = spans
        self.style = style
        self.marked = marked
        # In single style the tokens of the marks are apostrophes to the tokenizer: known by their offsets.
        self.single_marks = frozenset(
            offset for span in spans if style == "single" for offset in (span.open_mark, span.close_mark) if offset is not None
        )
        self._starts = [span.start for span in spans]
        self.by_paragraph: dict[int, list[MarkSpan]] = {}
        for span in spans:
            self.by_paragraph.setdefault(span.paragraph, []).append(span)

    def is_quote_token(self, word: str, start: int) -> bool:
        """Whether a token (its text and offset) is a quotation mark."""
        return word in QUOTE_TOKENS or start in self.single_marks

    @classmethod
    def of(cls, document: Document) -> Marks:
        """The quotation spans of the article's body in its house style."""
        body = document.text[document.body_start :]
        style = house_style(body)
        marked = has_marks(body, style)
        other = "double" if style == "single" else "single"
        if not marked and has_marks(body, other):
            style, marked = other, True  # a style with no quotation of its own is not the house style
        return cls(mark_spans(document, style) if marked else [], style, marked)

    def index(self, offset: int) -> int | None:
        """The position in ``spans`` of the span whose content holds ``offset``, or None."""
        index = bisect.bisect_right(self._starts, offset) - 1
        return index if index >= 0 and self.spans[index].start <= offset < self.spans[index].end else None

    def inside(self, offset: int) -> bool:
        return self.index(offset) is not None

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
                gap = text[span.close_mark + 1 : offset].strip(" ,\n\t\xa0")
                premodifiers = titled and LOWER_CASE_PREMODIFIERS.fullmatch(gap) and not STOP_WORDS & set(gap.split())
                return span if not gap or premodifiers else None
        return None


# Up to three lower-case words before a speaker's title: "council", "city council", "former deputy".
LOWER_CASE_PREMODIFIERS = re.compile(r"[a-z][a-z-]*(?: [a-z][a-z-]*){0,2}")


def house_style(body: str) -> str:
    """``"single"`` when more quotations open with a single mark than with a double one (on a tie, when the
    first quotation opens with a single mark: the outer marks come first), else ``"double"``."""
    doubles = sum(body.count(mark) for mark in OPENING if mark != '"') + (body.count('"') + body.count("''")) // 2 + body.count("``")
    single_openings = [match.start() for match in SINGLE_MARK.finditer(body) if _single_opens(body, match.start(), 0, len(body))]
    if len(single_openings) != doubles:
        return "single" if len(single_openings) > doubles else "double"
    first_double = MARK.search(body)
    return "single" if single_openings and first_double and single_openings[0] < first_double.start() else "double"


def has_marks(body: str, style: str = "double") -> bool:
    if style == "single":
        return any(_single_opens(body, match.start(), 0, len(body)) for match in SINGLE_MARK.finditer(body))
    return sum(body.count(mark) for mark in DOUBLE_MARKS) + body.count("''") >= 2


def _single_opens(text: str, position: int, start: int, end: int) -> bool:
    """A single mark opens a quotation: after a space or an opening bracket, before a word that is no elision."""
    if text[position] not in SINGLE_OPENING:
        return False
    before = text[position - 1] if position > start else " "
    after = text[position + 1] if position + 1 < end else " "
    if not (before.isspace() or before in BEFORE_OPENING) or after.isspace() or after in SINGLE_CLOSING:
        return False
    return not ELISION.match(text, position + 1, end)


def _single_closes(text: str, position: int, start: int, end: int) -> str | None:
    """``"closes"`` for a single closing mark, ``"possessive"`` for ``s’`` before a word (a closing mark only
    when no other follows), None for an apostrophe."""
    if text[position] not in SINGLE_CLOSING or position == start:
        return None
    before = text[position - 1]
    after = text[position + 1] if position + 1 < end else " "
    if before.isspace() and position - 2 >= start and text[position - 2] in ",.?!" and (after.isspace() or after in AFTER_CLOSING):
        return "closes"  # "… that advice, ’ he said": a stray space before the closing mark
    if before.isspace() or not (after.isspace() or after in AFTER_CLOSING):
        return None  # "don’t", "Ma’am", "’90s": inside or at the start of a word
    if text[max(start, position - 2) : position].lower() in (" n", "‘n", "’n", "'n"):
        return None  # the second mark of "rock ’n’ roll"
    if before in "sS" and after.isspace() and text[position + 2 : position + 3].isalnum():
        return "possessive"  # "the Joneses’ house"
    return "closes"


def mark_spans(document: Document, style: str = "double") -> list[MarkSpan]:
    """Quotation spans of each paragraph in the article's house style, linear in the text. In double style,
    single quotes are never spans of their own and two apostrophes (``''``, a typewriter convention) count as
    a straight double quote."""
    if style == "single":
        return _single_spans(document)
    text = document.text
    spans: list[MarkSpan] = []
    for pair in scan_double_marks(document).pairs:
        content_end = pair.close_at if pair.close_at is not None else document.paragraphs[pair.paragraph].end
        close_mark = pair.close_at + pair.close_width - 1 if pair.close_at is not None else None
        span = MarkSpan(pair.open_at + pair.open_width, content_end, pair.open_at, close_mark, pair.paragraph, pair.continues)
        span.start, span.end = _trim_content(text, span.start, span.end)
        if span.end > span.start:
            spans.append(span)
    return spans


@dataclass(frozen=True)
class MarkPair:
    """An opening double mark and its closing one (``close_at`` None: left open to the paragraph's end)."""

    open_at: int
    open_width: int
    close_at: int | None
    close_width: int
    paragraph: int
    continues: bool  # opens a paragraph continuing an unclosed quotation of the previous one


@dataclass(frozen=True)
class UnpairedMark:
    """A double mark that does not pair up: ``problem`` says how (for ``check``)."""

    start: int
    end: int
    problem: str


@dataclass(frozen=True)
class MarkScan:
    pairs: tuple[MarkPair, ...]
    unpaired: tuple[UnpairedMark, ...]


def scan_double_marks(document: Document, *, strict: bool = False) -> MarkScan:
    """The one double-quotation-mark scanner (quotes, and ``check``'s ``unbalanced-quotes`` rule), paragraph by
    paragraph; a straight quote after a digit with nothing open is an inch mark. Two readings of a mark that
    could open or close:

    - lenient (quotes): a straight quote, or a typewriter pair, closes an open quotation and opens one
      otherwise; an opening mark inside an open quotation is a quote within it;
    - ``strict`` (check): a straight quote opens after a space or an opening bracket and before a word,
      closes after a word and before a space or punctuation, else toggles; an opening mark inside an open
      quotation starts a new one and the earlier is reported as never closed, unless a sentence ends just
      before it (a quotation running on over a lost paragraph break).
    """
    text = document.text
    pairs: list[MarkPair] = []
    unpaired: list[UnpairedMark] = []
    carry = False  # the previous paragraph left a quotation open
    for number, paragraph in enumerate(document.paragraphs):
        open_at: int | None = None
        open_width = 1
        for match in MARK.finditer(text, paragraph.start, paragraph.end):
            position, width = match.start(), len(match.group())
            mark = '"' if width == 2 else match.group()
            if mark == '"' and width == 1:
                if open_at is None and _is_inch_mark(text, position):
                    continue  # 5'10"
                opens = open_at is None
                if strict:
                    opens = _straight_quote_opens(text, position, paragraph.start, paragraph.end, opens)
            elif width == 2:
                opens = match.group() == "``" if strict and open_at is not None else open_at is None
            else:
                opens = mark in OPENING
            if opens:
                if open_at is not None:
                    if not strict or _sentence_ends_before(text, paragraph.start, position):
                        continue
                    unpaired.append(UnpairedMark(open_at, open_at + open_width, f"opening quotation mark {text[open_at]} is never closed"))
                open_at, open_width = position, width
            elif open_at is None:
                unpaired.append(UnpairedMark(position, position + width, f"closing quotation mark {match.group()} has no opening mark"))
            else:
                pairs.append(MarkPair(open_at, open_width, position, width, number, carry and open_at == paragraph.start))
                carry = False
                open_at = None
        following = document.paragraphs[number + 1] if number + 1 < len(document.paragraphs) else None
        continued = following is not None and (text[following.start] in OPENING or text.startswith(("''", "``"), following.start))
        if open_at is not None:
            pairs.append(MarkPair(open_at, open_width, None, 0, number, carry and open_at == paragraph.start))
            if not continued:
                problem = "is not closed in its paragraph, and the next paragraph does not continue the quotation"
                unpaired.append(UnpairedMark(open_at, open_at + open_width, f"opening quotation mark {text[open_at]} {problem}"))
        carry = open_at is not None and continued
    return MarkScan(tuple(pairs), tuple(unpaired))


SENTENCE_ENDS = frozenset(".?!…")
OPENS_BEFORE = "([{—–-/"
CLOSES_BEFORE = ".,;:!?)]}—–-"


def _sentence_ends_before(text: str, start: int, position: int) -> bool:
    """A sentence end, then white space, right before ``position`` (and after ``start``); looks back over the
    white space only."""
    before = position
    while before > start and text[before - 1].isspace():
        before -= 1
    return start < before < position and text[before - 1] in SENTENCE_ENDS


def _straight_quote_opens(text: str, position: int, start: int, end: int, default: bool) -> bool:
    """A straight quote opens after a space or an opening bracket and before a word; it closes after a word and
    before a space or punctuation; otherwise it toggles (``default``: whether no quotation is open)."""
    before = text[position - 1] if position > start else " "
    after = text[position + 1] if position + 1 < end else " "
    if (before.isspace() or before in OPENS_BEFORE) and not after.isspace():
        return True
    if not before.isspace() and (after.isspace() or after in CLOSES_BEFORE):
        return False
    return default


def _single_spans(document: Document) -> list[MarkSpan]:
    text = document.text
    spans: list[MarkSpan] = []
    carry = False  # the previous paragraph left a quote open
    for index, paragraph in enumerate(document.paragraphs):
        marks = []  # (offset, "opens" | "closes" | "possessive")
        for match in SINGLE_MARK.finditer(text, paragraph.start, paragraph.end):
            position = match.start()
            if _single_opens(text, position, paragraph.start, paragraph.end):
                marks.append((position, "opens"))
            else:
                role = _single_closes(text, position, paragraph.start, paragraph.end)
                if role:
                    marks.append((position, role))
        open_at: int | None = None
        for number, (position, role) in enumerate(marks):
            if open_at is None:
                if role == "opens":
                    open_at = position
                continue
            if role == "opens":
                continue
            if role == "possessive" and _closing_follows(marks, number):
                continue
            continues = carry and open_at == paragraph.start
            spans.append(MarkSpan(open_at + 1, position, open_at, position, index, continues))
            carry = False
            open_at = None
        if open_at is not None:
            continues = carry and open_at == paragraph.start
            spans.append(MarkSpan(open_at + 1, paragraph.end, open_at, None, index, continues))
        following = document.paragraphs[index + 1] if index + 1 < len(document.paragraphs) else None
        carry = open_at is not None and following is not None and _single_opens(text, following.start, following.start, following.end)
    for span in spans:
        span.start, span.end = _trim_content(text, span.start, span.end)
    return [span for span in spans if span.end > span.start]


def _closing_follows(marks: list[tuple[int, str]], number: int) -> bool:
    """Whether another closing mark follows mark ``number`` before the next opening one."""
    for _, role in marks[number + 1 :]:
        if role == "opens":
            return False
        if role in ("closes", "possessive"):
            return True
    return False


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
