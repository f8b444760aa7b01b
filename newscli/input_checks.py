"""What every input's reading shares, below the reader and the page fetcher and extractor that it calls:
the one-line input error, the size limit and the date form."""

from __future__ import annotations

import re
from datetime import date


class InputError(Exception):
    """An input that cannot be analysed; ``str(error)`` is the one-line message for the user."""

    def __init__(self, name: str, problem: str):
        super().__init__(f"{name}: {problem}")
        self.name = name
        self.problem = problem


def check_size(name: str, size: int, max_bytes: int) -> None:
    if size > max_bytes:
        raise InputError(name, f"larger than the {max_bytes:,}-byte limit (raise it with --max-bytes)")


def read_limited(stream, name: str, max_bytes: int) -> bytes:
    """At most ``max_bytes + 1`` bytes of a stream: one more than the limit says it is too large, without
    reading (and holding) the rest."""
    data = stream.read(max_bytes + 1)
    check_size(name, len(data), max_bytes)
    return data


def parse_iso_date(value: str) -> date:
    """``YYYY-MM-DD`` to a date; ``ValueError`` says which part is wrong (the form, or the day or month)."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        raise ValueError(f"{value!r} is not a date in the form YYYY-MM-DD")
    try:
        return date.fromisoformat(value.strip())
    except ValueError as error:
        raise ValueError(f"{value!r} is not a valid date ({error})") from None
