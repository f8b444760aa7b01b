"""What a rule is: an id, typed parameters, a check over a ``Context``, and examples that must and must not trigger it.

Default severities and parameter values are not here: they live in the default configuration
(``newscli/data/check.toml``), the one file ``--init`` copies and ``--list-rules`` shows.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from ...document import Document
from ..findings import Hit


@dataclass(frozen=True)
class Kind:
    """A parameter type: what the user is told it must be, and the test a value must pass."""

    description: str
    accepts: Callable[[Any], bool]


def _is_number(value: Any) -> bool:
    return type(value) in (int, float)


def _is_string_list(value: Any) -> bool:
    return isinstance(value, (list, tuple)) and all(isinstance(item, str) for item in value)


def _compiles(pattern: str) -> bool:
    try:
        re.compile(pattern)
    except re.error:
        return False
    return True


COUNT = Kind("a whole number (0 or more)", lambda value: type(value) is int and value >= 0)
NUMBER = Kind("a number", _is_number)
SHARE = Kind("a number from 0 to 1", lambda value: _is_number(value) and 0 <= value <= 1)
BOOLEAN = Kind("true or false", lambda value: type(value) is bool)
STRINGS = Kind("a list of strings", _is_string_list)
PATTERNS = Kind(
    "a list of valid regular expressions", lambda value: _is_string_list(value) and all(map(_compiles, value))
)
SUGGESTIONS = Kind(
    'a table of "phrase" = "suggestion" strings',
    lambda value: isinstance(value, Mapping) and all(isinstance(item, str) for item in value.values()),
)


@dataclass(frozen=True)
class Param:
    name: str
    kind: Kind
    help: str


@dataclass(frozen=True)
class Example:
    """An article text and where the rule must report in it: (line, column, end_line, end_column) per finding,
    none when the text must not trigger the rule. ``params`` override the defaults for this example."""

    text: str
    hits: tuple[tuple[int, int, int, int], ...] = ()
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Rule:
    id: str
    summary: str
    check: Callable[[Context, Mapping[str, Any]], Iterable[Hit]]
    params: tuple[Param, ...] = ()
    examples: tuple[Example, ...] = ()

    def param(self, name: str) -> Param | None:
        return next((param for param in self.params if param.name == name), None)


class Context:
    """One document and the analyses rules share, each computed on first use."""

    def __init__(self, doc: Document):
        self.doc = doc

    @cached_property
    def stats(self):
        from ...stats import compute_stats

        return compute_stats(self.doc)

    @cached_property
    def quote_marks(self):
        from .punctuation import scan_quote_marks

        return scan_quote_marks(self.doc)

    @cached_property
    def quotes(self):
        from ...quotes import extract_quotes

        return extract_quotes(self.doc)

    @cached_property
    def sources(self):
        from ...sources import sources_of

        return sources_of(self.doc)

    @cached_property
    def timeline(self):
        from ...timeline import build_timeline

        return build_timeline(self.doc)

    @cached_property
    def _quoted_starts(self) -> list[int]:
        return [start for start, _ in self.quote_marks.spans]

    def in_quotation(self, offset: int) -> bool:
        """Whether ``offset`` lies inside quotation marks (then the words are the speaker's, not ours to edit)."""
        index = bisect.bisect_right(self._quoted_starts, offset) - 1
        return index >= 0 and offset < self.quote_marks.spans[index][1]

    def sentence_hit(self, index: int, message: str) -> Hit:
        sentence = self.doc.sentences[index]
        return Hit(sentence.start, sentence.end, message)
