"""The junk filter: word runs that look like names but are not (a lone title, a capitalised common word opening a
sentence, a weekday)."""

from __future__ import annotations

from collections.abc import Sequence

from .. import names
from ..ner import gazetteer, lexicons
from .model import CAMEL_CASE_PRODUCT


def is_name(words: Sequence[str], start: int, end: int, lowered: frozenset[str], *, opens_line: bool) -> bool:
    """Not a name: no capitalised word, or only weekdays/months/pronouns, or one common word opening a sentence
    or a line (``opens_line``: a headline's, a table's ``Women's 100 metres``) or one that the article
    (``lowered``: its lower-case words) also writes in lower case (``Rally``, ``Office``), unless a gazetteer
    knows it."""
    lex = lexicons()
    span_words = words[start:end]
    if not any(word[:1].isupper() or CAMEL_CASE_PRODUCT.fullmatch(word) for word in span_words):
        return False
    if all(word in lex["notent"] or word.lower() in lex["common"] and opens_line for word in span_words):
        return False
    if span_words[-1] not in lex["orghead"] and all(
        word.lower() in names.title_words() or word.lower() in names.honorifics() for word in span_words
    ):
        return False  # a title alone (``Foreign Minister``), but ``Labour Party`` is a name
    lone_common_word = len(span_words) == 1 and span_words[0].lower() in lex["common"] and span_words[0] not in gazetteer()
    return not (
        lone_common_word
        and (opens_line or span_words[0].lower() in names.title_words() or _also_lower_case(span_words[0], lowered))
    )


def _also_lower_case(word: str, lowered: frozenset[str]) -> bool:
    """A capitalised word (not an acronym: ``WHO``) the article also writes in lower case."""
    return word[1:].islower() and word.lower() in lowered
