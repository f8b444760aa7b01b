"""Finding temporal expressions: every rule's pattern over a line, overlaps resolved in favour of the longest."""

from __future__ import annotations

from .model import RuleMatch
from .rules import RULES


def find(text: str, start: int = 0, end: int | None = None) -> list[RuleMatch]:
    """Temporal expressions in ``text[start:end]``, in text order, without overlaps (longest wins). None runs
    across a line break: a headline ending in "until Friday" is not one date with the date line under it."""
    end = len(text) if end is None else end
    mentions: list[RuleMatch] = []
    while (line_end := text.find("\n", start, end)) >= 0:
        mentions += _find_in_line(text, start, line_end)
        start = line_end + 1
    return mentions + _find_in_line(text, start, end)


def _find_in_line(text: str, start: int, end: int) -> list[RuleMatch]:
    candidates: list[tuple[int, int, int, str, dict]] = []
    lowered = text[start:end].lower()
    # Substring tests (faster than one regex alternation per rule), each trigger list tested once: rules share
    # the lists of units, month names and digits.
    triggered: dict[tuple[str, ...], bool] = {}
    for priority, rule in enumerate(RULES):
        triggers = rule.triggers
        if triggers not in triggered:
            triggered[triggers] = any(trigger in lowered for trigger in triggers)
        if not triggered[triggers]:
            continue
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
