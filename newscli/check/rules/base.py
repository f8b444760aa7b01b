"""What a rule is: an id, typed parameters, a check over the article, and examples that must and must not trigger it.

Default severities and parameter values are not here: they live in the default configuration
(``newscli/data/check.toml``), the one file ``--init`` copies and ``--list-rules`` shows.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

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
    # Takes the engine's ``CheckedArticle`` (the document and the analyses rules share) and the parameters.
    check: Callable[[Any, Mapping[str, Any]], Iterable[Hit]]
    params: tuple[Param, ...] = ()
    examples: tuple[Example, ...] = ()

    def param(self, name: str) -> Param | None:
        return next((param for param in self.params if param.name == name), None)
