"""The rules stage: each claim judged by the rules that apply to it, giving findings.

Sources are witnesses. A claim is `single` when one article makes it, `conflict` when two
articles say things that cannot both be true (no value of one is compatible with any value of
the other), and `agree` otherwise. Precision first: an article that repeats itself with two
different values is not, on that alone, in conflict with anybody.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from functools import lru_cache
from itertools import combinations

from crosscheck.compare import COMPARATORS
from crosscheck.model import (
    SEVERITY_ORDER,
    STATUS_ORDER,
    Assertion,
    Claim,
    Finding,
    Severity,
    Status,
)
from crosscheck.rules import Rule
from crosscheck.values import QuoteValue, Value
from crosscheck.wording import Agreement, Piece, diff_text

_Compatible = Callable[[Value, Value], bool]
_VERDICTS = {
    Status.CONFLICT: "cannot both be true",
    Status.AGREE: "compatible",
    Status.SINGLE: "one source",
}


def evaluate(claims: Iterable[Claim], rules: Iterable[Rule]) -> tuple[Finding, ...]:
    """Every finding of every rule on every claim it applies to, in report order."""
    rules = tuple(rules)
    findings = [
        finding
        for claim in claims
        for rule in rules
        if rule.applies_to(claim.kind, claim.attribute)
        and (finding := judge(claim, rule)) is not None
    ]
    return tuple(sorted(findings, key=_report_order))


def judge(claim: Claim, rule: Rule) -> Finding | None:
    """One rule's verdict on one claim (None when no assertion is sure enough for the rule)."""
    evidence = tuple(a for a in claim.assertions if a.confidence >= rule.min_confidence)
    if not evidence:
        return None
    compare = COMPARATORS[rule.comparator]
    # Outlets repeat each other: the same values meet again and again, so each distinct pair
    # is compared once.
    known: dict[tuple[Value, Value], bool] = {}

    def compatible(first: Value, second: Value) -> bool:
        key = (first, second)
        if key not in known:
            known[key] = compare(first, second, rule.tolerance)
        return known[key]

    by_article: dict[str, set[Value]] = defaultdict(set)
    for assertion in evidence:
        by_article[assertion.span.article].add(assertion.value)
    # Articles that say exactly the same things cannot conflict with each other (a value is
    # compatible with itself): compare one article of each distinct set of values.
    witnesses = list(dict.fromkeys(frozenset(said) for said in by_article.values()))
    if len(by_article) == 1:
        status = Status.SINGLE
    elif any(
        not any(compatible(a, b) for a in first for b in second)
        for first, second in combinations(witnesses, 2)
    ):
        status = Status.CONFLICT
    else:
        status = Status.AGREE
    sides = _sides(evidence, compatible)
    values = _describe_sides(sides, status)
    difference = _difference(sides) if status is Status.CONFLICT else ()
    return Finding(
        id=fingerprint(rule.id, claim, evidence),
        rule=rule.id,
        kind=claim.kind,
        subject=claim.subject,
        attribute=claim.attribute,
        status=status,
        severity=rule.severity if status is Status.CONFLICT else Severity.INFO,
        message=rule.message.format(
            subject=claim.subject,
            attribute=claim.attribute,
            kind=claim.kind.value,
            status=status.value,
            values=values,
            verdict=_VERDICTS[status],
            difference=diff_text(difference),
        ),
        sides=sides,
        difference=difference,
    )


def _sides(
    evidence: tuple[Assertion, ...], compatible: _Compatible
) -> tuple[tuple[Assertion, ...], ...]:
    """Split the evidence into groups whose values are all compatible; biggest group first."""
    groups: list[list[Value]] = []
    for value in dict.fromkeys(a.value for a in evidence):
        home = next((g for g in groups if all(compatible(value, m) for m in g)), None)
        if home is None:
            groups.append([value])
        else:
            home.append(value)
    side_of = {value: index for index, group in enumerate(groups) for value in group}
    sides: list[list[Assertion]] = [[] for _ in groups]
    for assertion in evidence:
        sides[side_of[assertion.value]].append(assertion)
    ordered = sorted(sides, key=lambda g: (-len({a.span.article for a in g}), g[0].span.article))
    return tuple(tuple(side) for side in ordered)


def _describe_sides(sides: tuple[tuple[Assertion, ...], ...], status: Status) -> str:
    parts = []
    for side in sides:
        values = " / ".join(dict.fromkeys(a.value.describe() for a in side))
        articles = ", ".join(dict.fromkeys(a.span.article for a in side))
        parts.append(f"{values} ({articles})")
    return (" vs " if status is Status.CONFLICT else "; ").join(parts)


def _difference(sides: tuple[tuple[Assertion, ...], ...]) -> tuple[Piece, ...]:
    """The word diff of the first pair of quotations, one from each of the first two sides, that
    render one sentence differently."""
    for first in sides[0]:
        for second in sides[1] if len(sides) > 1 else ():
            one, two = first.value, second.value
            if (
                isinstance(one, QuoteValue)
                and isinstance(two, QuoteValue)
                and one.agreement(two) is Agreement.CONFLICT
            ):
                return one.difference(two)
    return ()


def fingerprint(rule_id: str, claim: Claim, evidence: Iterable[Assertion]) -> str:
    """A stable id from what the finding is about and who says what; never from offsets."""
    said = sorted({(a.span.article, _said(a.value)) for a in evidence})
    payload = json.dumps([rule_id, claim.kind.value, claim.subject, claim.attribute, said])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]


# Outlets repeat each other's values: each distinct value is written out once.
@lru_cache(maxsize=65536)
def _said(value: Value) -> str:
    return json.dumps(value.to_json(), sort_keys=True)


def _report_order(finding: Finding) -> tuple[int, int, str, str, str, str]:
    return (
        STATUS_ORDER[finding.status],
        SEVERITY_ORDER[finding.severity],
        finding.kind.value,
        finding.subject.casefold(),
        finding.attribute,
        finding.id,
    )
