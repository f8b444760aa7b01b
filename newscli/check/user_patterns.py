"""Regular expressions from the user's configuration (``placeholder.patterns``), run with a time limit.

A pattern such as ``(a+)+$`` backtracks exponentially in Python's ``re`` on a long run of ``a``: one article
could hang a CI job. User patterns run on the ``regex`` engine (the same syntax for every pattern ``re``
accepts) with a timeout; a pattern that runs out of time is an error for that article, naming the pattern.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

USER_PATTERN_SECONDS = 2.0


class PatternTimeoutError(TimeoutError):
    """A user pattern ran out of time on one article; ``str(error)`` is the one-line message."""


def user_pattern_matches(pattern: str, text: str) -> Iterator[regex.Match]:
    try:
        yield from regex.finditer(pattern, text, timeout=USER_PATTERN_SECONDS)
    except TimeoutError:
        raise PatternTimeoutError(
            f"the check pattern {pattern!r} took over {USER_PATTERN_SECONDS:g} s on this article "
            "(it backtracks too much: make it simpler)"
        ) from None
