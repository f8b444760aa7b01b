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
    assert timex.present_triggers("Prices may rise.")[months] == ()
    assert timex.present_triggers("Prices rose in May.")[months] == ("May",)



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
