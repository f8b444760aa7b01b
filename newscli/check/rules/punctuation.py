"""Punctuation that must pair up: quotation marks and brackets, checked paragraph by paragraph.

Quotation marks follow the newsroom convention for a quotation running over several paragraphs: a paragraph
may end inside a quotation without a closing mark when the next paragraph opens with a quotation mark.
Only double quotation marks are checked (``"``, ``“``, ``”``, and the typewriter ``''``/````` pairs): single
curly quotes double as apostrophes. The marks are paired by the quotes analysis' scanner, so ``check`` and
``quotes`` agree on what is quoted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...document import Document
from ..findings import Hit
from .base import Example, Rule

BRACKET = re.compile(r"[()\[\]{}]")
BRACKET_PAIRS = {")": "(", "]": "[", "}": "{"}
# ``1)`` or ``a)`` opening a line is a list item; ``:)`` a smiley.
LIST_ITEM = re.compile(r"[ \t]*(?:\d{1,3}|[A-Za-z])$")
SMILEY_EYES = ":;"


@dataclass(frozen=True)
class QuoteScan:
    """Quoted stretches (``start``, ``end`` including the marks; to the paragraph's end when left open) and
    the marks that do not pair up."""

    spans: tuple[tuple[int, int], ...]
    problems: tuple[Hit, ...]


def scan_quote_marks(doc: Document) -> QuoteScan:
    """The quotes analysis' double-mark scanner (``newscli.quotes.marks``), read as spans and problems."""
    from ...quotes.marks import scan_double_marks

    scan = scan_double_marks(doc, strict=True)
    spans = tuple(
        (pair.open_at, pair.close_at + pair.close_width if pair.close_at is not None else doc.paragraphs[pair.paragraph].end)
        for pair in scan.pairs
    )
    return QuoteScan(spans, tuple(Hit(mark.start, mark.end, mark.problem) for mark in scan.unpaired))


def unbalanced_quotes(context, params):
    return context.quote_marks.problems


def unbalanced_brackets(context, params):
    text = context.doc.text
    for paragraph in context.doc.paragraphs:
        stack: list[int] = []
        for match in BRACKET.finditer(text, paragraph.start, paragraph.end):
            mark, position = match.group(), match.start()
            if mark not in BRACKET_PAIRS:
                stack.append(position)
                continue
            line_start = text.rfind("\n", 0, position) + 1
            if LIST_ITEM.match(text, line_start, position) or (position and text[position - 1] in SMILEY_EYES):
                continue
            opener = BRACKET_PAIRS[mark]
            if not any(text[open_position] == opener for open_position in stack):
                yield Hit(position, position + 1, f"closing bracket {mark} has no opening {opener}")
                continue
            while text[stack[-1]] != opener:
                unclosed = stack.pop()
                yield Hit(unclosed, unclosed + 1, f"bracket {text[unclosed]} is closed by {mark}")
            stack.pop()
        for unclosed in stack:
            yield Hit(unclosed, unclosed + 1, f"bracket {text[unclosed]} is never closed in its paragraph")


RULES = (
    Rule(
        "unbalanced-quotes",
        "A double quotation mark that does not pair up within its paragraph.",
        unbalanced_quotes,
        examples=(
            Example('The minister said "we will win the vote.\n\nShe left after that.\n', hits=((1, 19, 1, 20),)),
            Example("The minister said we will win.” She left.\n", hits=((1, 31, 1, 32),)),
            Example("“We will win,” he said.\n\n“We will fight.\n\n“And we will prevail,” she said.\n"),
            Example('He is 5\'10" tall and "very fit," his coach said.\n'),
        ),
    ),
    Rule(
        "unbalanced-brackets",
        "A bracket ( [ { without its partner in the same paragraph.",
        unbalanced_brackets,
        examples=(
            Example("The office (the first in Asia will open soon.\n", hits=((1, 12, 1, 13),)),
            Example("The office opens soon] officials said.\n", hits=((1, 22, 1, 23),)),
            Example("The office (the first [in Asia) opens.\n", hits=((1, 23, 1, 24),)),
            Example("The office (the first in Asia) opens.\n\nThe steps:\n1) apply\n2) wait\n"),
        ),
    ),
)
