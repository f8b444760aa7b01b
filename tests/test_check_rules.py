"""Every rule's examples: the texts that must trigger it (at the exact lines and columns) and those that must not."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newscli.check import check_document, default_config
from newscli.check.config import RuleSettings
from newscli.check.findings import Severity
from newscli.check.rules import RULES
from newscli.document import build_document

EXAMPLES = [
    pytest.param(rule, example, id=f"{rule.id}-{number}")
    for rule in RULES.values()
    for number, example in enumerate(rule.examples)
]


def only(rule_id: str, params: dict):
    """The default configuration with every rule off but ``rule_id`` (an error, with ``params`` applied)."""
    config = default_config()
    rules = {name: replace(settings, severity=Severity.OFF) for name, settings in config.rules.items()}
    settings = config.rules[rule_id]
    rules[rule_id] = RuleSettings(Severity.ERROR, {**settings.params, **params})
    return replace(config, rules=rules)


@pytest.mark.parametrize(("rule", "example"), EXAMPLES)
def test_rule_example(rule, example):
    result = check_document(build_document(example.text), config=only(rule.id, dict(example.params)))
    positions = [(f.line, f.column, f.end_line, f.end_column) for f in result.findings]
    assert positions == list(example.hits)
    assert all(finding.rule == rule.id and finding.message for finding in result.findings)


@pytest.mark.parametrize("rule", RULES.values(), ids=lambda rule: rule.id)
def test_every_rule_has_a_triggering_and_a_quiet_example(rule):
    assert any(example.hits for example in rule.examples)
    assert any(not example.hits for example in rule.examples)


def test_every_rule_is_documented():
    from pathlib import Path

    docs = (Path(__file__).resolve().parent.parent / "docs" / "check.md").read_text(encoding="utf-8")
    for rule_id in RULES:
        assert f"| `{rule_id}` |" in docs, rule_id
