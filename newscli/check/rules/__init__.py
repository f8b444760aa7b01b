"""Every rule ``newscli check`` knows, by id, in the order ``--list-rules`` shows them.

Each family module holds its rules with examples that must and must not trigger them
(tests/test_check_rules.py runs every example).
"""

from __future__ import annotations

from . import dates, punctuation, readability, sources, wording
from .base import Example, Kind, Param, Rule

RULES: dict[str, Rule] = {
    rule.id: rule for family in (readability, wording, punctuation, sources, dates) for rule in family.RULES
}

__all__ = ["RULES", "Example", "Kind", "Param", "Rule"]
