"""Finding temporal expressions: every rule's pattern over a line, overlaps resolved in favour of the longest."""

from __future__ import annotations

from typing import NamedTuple

from .model import RuleMatch
from .rules import RULES

# The rules' trigger lists (a rule's ``triggers``, with whether they are ``cased``, and its ``also`` list), each once
# (rules share the lists of units, month names and digits), and the number of each rule's lists among them (-1: none).
TRIGGER_LISTS: tuple[tuple[tuple[str, ...], bool], ...] = tuple(
    dict.fromkeys(lists for rule in RULES for lists in ((rule.triggers, rule.cased), (rule.also, False)) if lists[0])
)
RULE_TRIGGER_LIST: tuple[int, ...] = tuple(TRIGGER_LISTS.index((rule.triggers, rule.cased)) for rule in RULES)
RULE_ALSO_LIST: tuple[int, ...] = tuple(TRIGGER_LISTS.index((rule.also, False)) if rule.also else -1 for rule in RULES)


class PresentTriggers(NamedTuple):
    """What of the trigger lists (``TRIGGER_LISTS``) a text holds, worked out once for all its lines."""

    lists: tuple[tuple[str, ...], ...]  # of each list, the triggers the text holds
    held: tuple[tuple[int, tuple[str, ...], bool], ...]  # (list number, its triggers held, cased) of lists with some
    # The rules (by priority) whose lists the text holds: a line can hold no others', so the rest are not looked at.
    rules: tuple[int, ...]


def present_triggers(text: str) -> PresentTriggers:
    """Of each trigger list (``TRIGGER_LISTS``), the triggers that ``text`` holds (lower-cased, unless the list is
    cased). A line of the text can hold no other (lower-casing a line gives a stretch of the lower-cased text), so
    its trigger tests, once per line and list, need only these: most lists have none or one in an article."""
    lowered = text.lower()
    lists = tuple(tuple(trigger for trigger in triggers if trigger in (text if cased else lowered)) for triggers, cased in TRIGGER_LISTS)
    held = tuple((number, found, TRIGGER_LISTS[number][1]) for number, found in enumerate(lists) if found)
    rules = tuple(
        priority
        for priority in range(len(RULES))
        if lists[RULE_TRIGGER_LIST[priority]] and (RULE_ALSO_LIST[priority] < 0 or lists[RULE_ALSO_LIST[priority]])
    )
    return PresentTriggers(lists, held, rules)


def find(text: str, start: int = 0, end: int | None = None, *, triggers: PresentTriggers | None = None) -> list[RuleMatch]:
    """Temporal expressions in ``text[start:end]``, in text order, without overlaps (longest wins). None runs
    across a line break: a headline ending in "until Friday" is not one date with the date line under it.
    ``triggers``: ``present_triggers`` of ``text`` (or of any text holding ``text[start:end]``), for a caller
    that finds in many stretches of one text."""
    end = len(text) if end is None else end
    if triggers is None:
        triggers = present_triggers(text[start:end])
    mentions: list[RuleMatch] = []
    while (line_end := text.find("\n", start, end)) >= 0:
        mentions += _find_in_line(text, start, line_end, triggers)
        start = line_end + 1
    return mentions + _find_in_line(text, start, end, triggers)


def _find_in_line(text: str, start: int, end: int, triggers: PresentTriggers) -> list[RuleMatch]:
    candidates: list[tuple[int, int, int, str, dict]] = []
    line = text[start:end]
    lowered = line.lower()
    # Substring tests (faster than one regex alternation per rule), each trigger list tested once (``map`` of the
    # line's own ``__contains__``: a generator's frame for each trigger cost more than the tests).
    contains = {False: lowered.__contains__, True: line.__contains__}
    triggered = [False] * len(TRIGGER_LISTS)
    for number, present, cased in triggers.held:
        triggered[number] = any(map(contains[cased], present))
    for priority in triggers.rules:
        if not triggered[RULE_TRIGGER_LIST[priority]] or RULE_ALSO_LIST[priority] >= 0 and not triggered[RULE_ALSO_LIST[priority]]:
            continue
        rule = RULES[priority]
        for match in rule.pattern.finditer(text, start, end):
            if match.end() == match.start():
                continue
            groups = {key: value for key, value in match.groupdict().items() if value is not None}
            # A rule may read words around the expression it reports: its "expression" group ("25" in "April
            # 24 and 25", whose month is read from before it).
            first, last = match.span("expression") if "expression" in groups else match.span()
            if rule.plausible is None or rule.plausible(groups, text, start, match):
                candidates.append((first, last, priority, rule.name, groups))
    candidates.sort(key=lambda c: (c[0], -(c[1] - c[0]), c[2]))
    kept: list[tuple[int, int, int, str, dict]] = []
    for candidate in candidates:
        if kept and candidate[0] < kept[-1][1]:
            if candidate[1] - candidate[0] > kept[-1][1] - kept[-1][0]:
                kept[-1] = candidate
            continue
        kept.append(candidate)
    return [_trim(text, RuleMatch(c[0], c[1], c[3], c[4])) for c in kept]


def _trim(text: str, mention: RuleMatch) -> RuleMatch:
    """Drop trailing white space and punctuation a pattern may have taken in."""
    end = mention.end
    while end > mention.start and (text[end - 1].isspace() or text[end - 1] in ",("):
        end -= 1
    return mention._replace(end=end)
