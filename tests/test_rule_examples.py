"""Every `[[example]]` in a shipped rule file is a test: its articles give its status."""

from __future__ import annotations

import pytest

from crosscheck.pipeline import Setup, analyze, load_setup
from crosscheck.rules import Example, Rule
from tests.conftest import make_article

CASES = [
    pytest.param(rule, example, id=f"{rule.id}-{index + 1}")
    for rule in load_setup().rules
    for index, example in enumerate(rule.examples)
]


@pytest.mark.parametrize(("rule", "example"), CASES)
def test_rule_example(rule: Rule, example: Example, setup: Setup) -> None:
    articles = [
        make_article(text, id=f"example-{number}", published=example.published)
        for number, text in enumerate(example.articles, start=1)
    ]
    statuses = {f.status for f in analyze(articles, setup).findings if f.rule == rule.id}
    assert statuses == ({example.status} if example.status else set()), example.note


def test_every_shipped_rule_has_examples() -> None:
    assert load_setup().rules
    assert all(rule.examples for rule in load_setup().rules)
