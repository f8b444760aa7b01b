"""Every timex rule's own examples, run as tests: the record says what it must and must not find."""

from __future__ import annotations

import pytest

from newscli import timex
from newscli.timex.model import EXAMPLE_DATE

CASES = [(rule.name, example) for rule in timex.RULES for example in rule.examples]


def test_every_rule_has_examples():
    assert all(rule.examples for rule in timex.RULES)
    assert len(timex.RULES_BY_NAME) == len(timex.RULES)  # names are unique


@pytest.mark.parametrize(("name", "example"), CASES, ids=[f"{name}:{example.sentence}" for name, example in CASES])
def test_rule_example(name, example):
    found = [mention for mention in timex.find(example.sentence) if mention.rule == name]
    context = timex.Context(EXAMPLE_DATE)
    if example.expression is None:  # nothing found, or nothing temporal
        assert all(timex.normalise(mention, example.sentence, context) is None for mention in found)
        return
    assert [example.sentence[mention.start : mention.end] for mention in found] == [example.expression]
    normalised = timex.normalise(found[0], example.sentence, context)
    assert normalised is not None and normalised.value == example.value


def test_clock_rules_are_the_times_of_day():
    assert {"time", "clock_time", "military_time", "hour_of_part", "noon"} == timex.CLOCK_RULES


def test_finding_with_the_whole_texts_triggers_finds_the_same():
    """A caller may hand ``find`` the triggers of the whole text: each line finds what it finds alone."""
    text = "Talks resume on Monday.\nThe deal, signed in March 2019, ran for two years.\nNo date here."
    triggers = timex.present_triggers(text)
    for start, end in [(0, 23), (24, 73), (74, len(text)), (0, len(text))]:
        assert timex.find(text, start, end, triggers=triggers) == timex.find(text, start, end)
    assert [text[m.start : m.end] for m in timex.find(text, triggers=triggers)] == ["Monday", "March 2019", "two years"]


def test_cased_triggers_are_looked_for_as_written():
    """The month rules need a capitalised name: the verb "may" does not make them run, the month "May" does."""
    from newscli.timex.finder import TRIGGER_LISTS
    from newscli.timex.patterns import MONTH_STEMS

    months = TRIGGER_LISTS.index((MONTH_STEMS, True))
    assert timex.present_triggers("Prices may rise.").lists[months] == ()
    assert timex.present_triggers("Prices rose in May.").lists[months] == ("May",)



def test_patterns_compile_when_first_used():
    """A rule's pattern compiles the first time it is tried, to what ``re.compile`` gives for its source."""
    import re

    from newscli.timex.patterns import compiled

    pattern = compiled(r"\bnext\s+(?P<unit>week)\b")
    assert pattern._compiled is None
    assert [match.group("unit") for match in pattern.finditer("See you NEXT week.", 0, 18)] == ["week"]
    assert pattern.compiled is pattern._compiled == re.compile(pattern.source, re.VERBOSE | re.IGNORECASE)
    for rule in timex.RULES:  # none has a syntax error waiting for its first use
        assert isinstance(rule.pattern.compiled, re.Pattern)


def _first_characters(items) -> tuple[set[str], bool] | None:
    """The characters a match of parsed pattern ``items`` can start with (``\\d`` for any digit) and whether it can
    match nothing; None for a construct not worked out here (a group that changes flags, a negated class)."""
    try:
        from re import _constants as sre  # type: ignore[attr-defined]
    except ImportError:  # Python 3.10
        import sre_constants as sre

    characters: set[str] = set()
    for op, argument in items:
        if op is sre.LITERAL:
            return characters | {chr(argument)}, False
        if op is sre.IN:
            for kind, value in argument:
                if kind is sre.LITERAL:
                    characters.add(chr(value))
                elif kind is sre.RANGE:
                    characters.update(chr(code) for code in range(value[0], value[1] + 1))
                elif kind is sre.CATEGORY and value is sre.CATEGORY_DIGIT:
                    characters.add(r"\d")
                else:
                    return None
            return characters, False
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):  # zero-width
            continue
        if op is sre.SUBPATTERN:
            result = None if argument[1] or argument[2] else _first_characters(argument[3])
        elif op is sre.BRANCH:
            results = [_first_characters(branch) for branch in argument[1]]
            result = None if None in results else (
                set().union(*(r[0] for r in results if r)), any(r[1] for r in results if r)
            )
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            result = _first_characters(argument[2])
            result = result and (result[0], result[1] or argument[0] == 0)
        else:
            return None
        if result is None:
            return None
        characters |= result[0]
        if not result[1]:
            return characters, False
    return characters, True


@pytest.mark.parametrize("rule", timex.RULES, ids=[rule.name for rule in timex.RULES])
def test_starts_hold_every_character_a_match_can_start_with(rule):
    """A rule's ``starts`` may leave out no character its pattern can start a match with (Python's parse of the
    pattern says which); read with the pattern's flags, a letter matches its other case where the pattern's does."""
    import re

    try:
        from re import _parser  # type: ignore[attr-defined]
    except ImportError:  # Python 3.10
        import sre_parse as _parser

    if not rule.pattern.starts:
        return
    first = _first_characters(_parser.parse(rule.pattern.source, rule.pattern.flags))
    assert first is not None and not first[1]
    starts = re.compile(f"[{rule.pattern.starts}]", rule.pattern.flags)
    for character in first[0]:
        if character == r"\d":
            assert r"\d" in rule.pattern.starts
        else:
            assert starts.fullmatch(character), character  # and, ignoring case, what the pattern's letter matches


def test_a_guarded_pattern_finds_what_its_pattern_finds():
    import re

    for rule in timex.RULES:
        plain = re.compile(rule.pattern.source, rule.pattern.flags)
        for example in rule.examples:
            text = example.sentence
            assert [m.span() for m in rule.pattern.finditer(text, 0, len(text))] == [m.span() for m in plain.finditer(text)]
