"""Every rule, in priority order: between equally long mentions at the same place, the earlier rule wins.

A rule is one record (``model.Rule``) in the module of its kind; adding one touches that module only.
"""

from __future__ import annotations

from . import clock, dates, holidays, relative, spans

RULES = dates.RULES + holidays.RULES + clock.RULES + relative.RULES + spans.RULES
RULES_BY_NAME = {rule.name: rule for rule in RULES}
CLOCK_RULES = frozenset(rule.name for rule in RULES if rule.clock)
