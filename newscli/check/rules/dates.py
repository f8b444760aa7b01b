"""The article's date: present, and not contradicted by dates in the text that lie after it."""

from __future__ import annotations

from ..findings import Hit
from .base import Example, Rule


def missing_date(context, params):
    if context.doc.meta.date is None:
        yield Hit(0, 0, "the article has no date (add a `date YYYY-MM-DD` or `Date:` line, or pass --date)")


RULES = (
    Rule(
        "missing-date",
        "No article date in the header (nor given with --date).",
        missing_date,
        examples=(
            Example("The council approved the budget on Monday.\n", hits=((1, 1, 1, 1),)),
            Example("date 2023-05-10\n\nThe council approved the budget on Monday.\n"),
        ),
    ),
)
