"""What a rule reports (``Hit``, in character offsets) and what the user sees (``Finding``, in lines and columns)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from enum import Enum


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    OFF = "off"


@dataclass(frozen=True)
class Hit:
    """One problem a rule found: ``text[start:end]`` of the document (``start == end`` for a whole-article finding)."""

    start: int
    end: int
    message: str


@dataclass(frozen=True)
class Finding:
    """A located problem. Lines and columns are 1-based and count characters of the original text;
    ``end_line``/``end_column`` point just past the offending text."""

    rule: str
    severity: Severity
    line: int
    column: int
    end_line: int
    end_column: int
    message: str
    text: str
    start: int
    end: int

    def to_json(self) -> dict:
        return {
            "rule": self.rule,
            "severity": self.severity.value,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "message": self.message,
            "text": self.text,
        }


class LineIndex:
    """Character offset → (line, column), both 1-based. Lines end at ``\\n``, so a CRLF file's ``\\r`` is the last
    character of its line and columns are those an editor shows."""

    def __init__(self, text: str):
        self._line_starts = [0] + [match.end() for match in re.finditer("\n", text)]

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1


def locate(text: str, lines: LineIndex, rule: str, severity: Severity, hit: Hit) -> Finding:
    line, column = lines.position(hit.start)
    end_line, end_column = lines.position(hit.end)
    return Finding(rule, severity, line, column, end_line, end_column, hit.message, text[hit.start : hit.end], hit.start, hit.end)
