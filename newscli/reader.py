"""Turn what the user named (paths, ``-``) into decoded article texts, or one-line input errors.

Nothing here touches the user's files beyond reading them.
"""

from __future__ import annotations

import codecs
import sys
from dataclasses import dataclass
from pathlib import Path

DEFAULT_MAX_BYTES = 20_000_000
STDIN_NAME = "-"


class InputError(Exception):
    """An input that cannot be analysed; ``str(error)`` is the one-line message for the user."""

    def __init__(self, name: str, problem: str):
        super().__init__(f"{name}: {problem}")
        self.name = name
        self.problem = problem


@dataclass(frozen=True)
class Source:
    """One article as read: its name (path or ``-``) and its text, decoded, without a byte-order mark."""

    name: str
    text: str


def decode(name: str, data: bytes) -> str:
    """Decode article bytes: UTF-8 (BOM optional) or UTF-16 with a BOM; refuse binary and undecodable data."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise InputError(name, f"not valid UTF-16 text (byte {error.start})") from None
    else:
        if b"\x00" in data:
            raise InputError(name, "binary data (NUL bytes), not text")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise InputError(name, f"not UTF-8 text (undecodable byte at offset {error.start})") from None
    if "\x00" in text:
        raise InputError(name, "binary data (NUL characters), not text")
    if not text.strip():
        raise InputError(name, "empty or whitespace-only text")
    return text


def read_source(name: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Source:
    """Read one named input; ``-`` is standard input."""
    if name == STDIN_NAME:
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        path = Path(name)
        if path.is_dir():
            raise InputError(name, "is a directory, not a file")
        if not path.exists():
            raise InputError(name, "no such file")
        try:
            with path.open("rb") as handle:
                data = handle.read(max_bytes + 1)
        except OSError as error:
            raise InputError(name, f"cannot be read ({error.strerror or error})") from None
    if len(data) > max_bytes:
        raise InputError(name, f"larger than the {max_bytes:,}-byte limit (raise it with --max-bytes)")
    return Source(name, decode(name, data))
