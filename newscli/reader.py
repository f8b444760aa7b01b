"""Turn what the user named (paths, ``-``) into decoded article texts, or one-line input errors.

Nothing here touches the user's files beyond reading them.
"""

from __future__ import annotations

import codecs
import re
import sys
from dataclasses import dataclass
from pathlib import Path

DEFAULT_MAX_BYTES = 20_000_000
# What bytes that are not UTF-8 are read as; text in it never holds C0 controls other than white space.
LEGACY_ENCODING = "cp1252"
BINARY_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
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
    """Decode article bytes: UTF-8 (BOM optional), UTF-16 with a BOM, else Windows-1252; refuse binary and
    undecodable data."""
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
            text = _legacy_text(name, data, error.start)
    return check_text(name, text)


def check_text(name: str, text: str) -> str:
    """Refuse decoded text that is binary or has nothing in it; the checks every input's text gets."""
    if "\x00" in text:
        raise InputError(name, "binary data (NUL characters), not text")
    if not text.strip():
        raise InputError(name, "empty or whitespace-only text")
    return text


def check_size(name: str, size: int, max_bytes: int) -> None:
    if size > max_bytes:
        raise InputError(name, f"larger than the {max_bytes:,}-byte limit (raise it with --max-bytes)")


def _legacy_text(name: str, data: bytes, offset: int) -> str:
    """Bytes that are not UTF-8: Windows-1252 (CMS exports, old Word files), unless they are binary."""
    try:
        text = data.decode(LEGACY_ENCODING)
    except UnicodeDecodeError:
        raise InputError(name, f"neither UTF-8 nor Windows-1252 text (undecodable byte at offset {offset})") from None
    if BINARY_CONTROLS.search(text):
        raise InputError(name, "binary data (control characters), not text")
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
    check_size(name, len(data), max_bytes)
    return Source(name, decode(name, data))
