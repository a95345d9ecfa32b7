"""How a rule judges a claim: single, agree or conflict, with the evidence split into sides."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crosscheck.evaluate import id_payload, judge
from crosscheck.model import Assertion, Claim, Kind, Severity, Span, Status
from crosscheck.pipeline import Setup, analyze
from crosscheck.rules import Rule
from crosscheck.values import DateValue, NumberValue, Value
from tests.conftest import make_article

AGE_RULE = Rule(
    id="age",
    path="age.toml",
    doc="d",
    kind=Kind.AGE,
    comparator="interval",
    severity=Severity.ERROR,
)
DATE_RULE = Rule(
    id="date", path="date.toml", doc="d", kind=Kind.DATE, comparator="date", severity=Severity.ERROR
)


def said(article: str, value: Value, start: int = 0, confidence: float = 1.0) -> Assertion:
    return Assertion(
        kind=Kind.AGE if isinstance(value, NumberValue) else Kind.DATE,
        subject="Jane Roe",
        attribute="x",
        value=value,
        span=Span(article=article, start=start, end=start + 2, line=1),
        text="xx",
        context="xx",
        confidence=confidence,
    )


def claim(*assertions: Assertion) -> Claim:
    return Claim(kind=assertions[0].kind, subject="Jane Roe", attribute="x", assertions=assertions)


AGE = NumberValue.exact
CASES = [
    pytest.param(AGE_RULE, [said("a", AGE(34))], Status.SINGLE, 1, id="one-article-is-single"),
    pytest.param(
        AGE_RULE,
        [said("a", AGE(34)), said("a", AGE(35), 9)],
        Status.SINGLE,
        2,
        id="one-article-twice-still-single",
    ),
    pytest.param(
        AGE_RULE, [said("a", AGE(34)), said("b", AGE(34))], Status.AGREE, 1, id="same-value-agrees"
    ),
    pytest.param(
        AGE_RULE,
        [said("a", AGE(34)), said("b", AGE(35))],
        Status.CONFLICT,
        2,
        id="different-values-conflict",
    ),
    pytest.param(
        AGE_RULE,
        [said("a", AGE(34)), said("b", NumberValue(min=30, max=39))],
        Status.AGREE,
        1,
        id="interval-contains",
    ),
    pytest.param(
        AGE_RULE,
        [said("a", AGE(34)), said("a", AGE(43), 9), said("b", AGE(43))],
        Status.AGREE,
        2,
        id="shared-value-means-no-conflict",
    ),
    pytest.param(
        DATE_RULE,
        [said("a", DateValue(weekday=5)), said("b", DateValue(year=2025, month=11, day=21))],
        Status.AGREE,
        1,
        id="friday-and-a-friday",
    ),
    pytest.param(
        DATE_RULE,
        [
            said("a", DateValue(year=2026, month=1, day=1)),
            said("b", DateValue(year=2026, month=1, day=1)),
            said("c", DateValue(year=2026, month=1, day=2)),
        ],
        Status.CONFLICT,
        2,
        id="majority-side-first",
    ),
]


@pytest.mark.parametrize(("rule", "evidence", "status", "sides"), CASES)
def test_judge(rule: Rule, evidence: list[Assertion], status: Status, sides: int) -> None:
    finding = judge(claim(*evidence), rule)
    assert finding is not None
    assert finding.status is status
    assert len(finding.sides) == sides
    assert finding.severity is (Severity.ERROR if status is Status.CONFLICT else Severity.INFO)
    assert sorted(finding.assertions, key=id) == sorted(evidence, key=id)


def test_conflict_message_names_both_sides() -> None:
    finding = judge(claim(said("a", AGE(34)), said("b", AGE(35))), AGE_RULE)
    assert finding is not None
    assert finding.message == "Jane Roe · x: 34 (a) vs 35 (b)"


def test_the_fingerprint_ignores_offsets_but_not_values() -> None:
    first = judge(claim(said("a", AGE(34)), said("b", AGE(34))), AGE_RULE)
    moved = judge(claim(said("a", AGE(34), 50), said("b", AGE(34), 70)), AGE_RULE)
    changed = judge(claim(said("a", AGE(34)), said("b", AGE(35))), AGE_RULE)
    assert first is not None and moved is not None and changed is not None
    assert first.id == moved.id != changed.id


def test_unsure_assertions_are_left_to_rules_that_accept_them() -> None:
    strict = Rule(
        id="s",
        path="s.toml",
        doc="d",
        kind=Kind.AGE,
        comparator="interval",
        severity=Severity.ERROR,
        min_confidence=0.9,
    )
    assert judge(claim(said("a", AGE(34), confidence=0.5)), strict) is None


def test_equal_quotations_are_shown_as_each_article_writes_them(setup: Setup) -> None:
    # Judging looks each distinct value up once; the message still shows every writing of it.
    articles = [
        make_article(
            'Jane Roe, the mayor, said: "We will build the new bridge by spring."', id="a"
        ),
        make_article(
            'The mayor, Jane Roe, said that "we will build the new bridge by spring."', id="b"
        ),
    ]
    (finding,) = [f for f in analyze(articles, setup).findings if f.kind is Kind.QUOTE]
    assert finding.status is Status.AGREE
    assert finding.message == (
        "Jane Roe · “we will build the new bridge…”: "
        "“We will build the new bridge …” / “we will build the new bridge …” (a, b): compatible"
    )


@given(
    st.tuples(st.text(), st.text(), st.text(), st.text()),
    st.lists(st.tuples(st.text(), st.text())),
)
def test_finding_ids_hash_what_json_writes(
    about: tuple[str, str, str, str], said: list[tuple[str, str]]
) -> None:
    """Ids in baselines were made from json.dumps; the direct writing must give the same text."""
    assert id_payload(about, said) == json.dumps([*about, said])
