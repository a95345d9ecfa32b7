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
from json.encoder import encode_basestring_ascii as _json

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

_Compatible = Callable[[int, int], bool]
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
    # Outlets repeat each other, and hashing a value is not cheap: each assertion's value is
    # looked up once, and from then on stands as its number among the claim's distinct values.
    numbers: dict[Value, int] = {}
    value_of = [numbers.setdefault(a.value, len(numbers)) for a in evidence]
    values = tuple(numbers)
    if len(values) == 1:
        # Half the claims are one statement, and many more repeat one value: one side, and
        # nothing to compare (a value stands with itself).
        articles = {a.span.article for a in evidence}
        status = Status.SINGLE if len(articles) == 1 else Status.AGREE
        sides: tuple[tuple[Assertion, ...], ...] = (evidence,)
    else:
        compatible = _compatibility(values, rule)
        status = _status(evidence, value_of, compatible)
        positions = _sides(evidence, value_of, compatible)
        sides = tuple(tuple(evidence[i] for i in side) for side in positions)
    difference = _difference(sides) if status is Status.CONFLICT else ()
    return Finding(
        id=_fingerprint(rule.id, claim, evidence, value_of, values),
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
            values=_describe_sides(sides, status),
            verdict=_VERDICTS[status],
            difference=diff_text(difference),
        ),
        sides=sides,
        difference=difference,
    )


def _compatibility(values: tuple[Value, ...], rule: Rule) -> _Compatible:
    """Whether two of the values (by number) can both be true, under the rule's comparator."""
    compare = COMPARATORS[rule.comparator]
    # The same values meet again and again: each distinct pair is compared once.
    known: dict[tuple[int, int], bool] = {}

    def compatible(first: int, second: int) -> bool:
        key = (first, second)
        if key not in known:
            known[key] = compare(values[first], values[second], rule.tolerance)
        return known[key]

    return compatible


def _status(
    evidence: tuple[Assertion, ...], value_of: list[int], compatible: _Compatible
) -> Status:
    """Single, conflict when two articles have no compatible values at all, else agree."""
    by_article: dict[str, set[int]] = defaultdict(set)
    for assertion, value in zip(evidence, value_of, strict=True):
        by_article[assertion.span.article].add(value)
    if len(by_article) == 1:
        return Status.SINGLE
    # Articles that say exactly the same things cannot conflict with each other (a value is
    # compatible with itself): compare one article of each distinct set of values.
    witnesses = list(dict.fromkeys(frozenset(said) for said in by_article.values()))
    if any(
        not any(compatible(a, b) for a in first for b in second)
        for first, second in combinations(witnesses, 2)
    ):
        return Status.CONFLICT
    return Status.AGREE


def _sides(
    evidence: tuple[Assertion, ...], value_of: list[int], compatible: _Compatible
) -> list[list[int]]:
    """Split the evidence into groups (of positions) whose values are all compatible; biggest
    group first."""
    groups: list[list[int]] = []
    side_of: dict[int, int] = {}
    for value in dict.fromkeys(value_of):
        home = next(
            (number for number, g in enumerate(groups) if all(compatible(value, m) for m in g)),
            len(groups),
        )
        if home == len(groups):
            groups.append([])
        groups[home].append(value)
        side_of[value] = home
    sides: list[list[int]] = [[] for _ in groups]
    for position, value in enumerate(value_of):
        sides[side_of[value]].append(position)
    return sorted(
        sides,
        key=lambda side: (
            -len({evidence[i].span.article for i in side}),
            evidence[side[0]].span.article,
        ),
    )


def _describe_sides(sides: tuple[tuple[Assertion, ...], ...], status: Status) -> str:
    parts = []
    for side in sides:
        # Per assertion: equal quotations may be written differently ("If" and "if").
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


def _fingerprint(
    rule_id: str,
    claim: Claim,
    evidence: tuple[Assertion, ...],
    value_of: list[int],
    values: tuple[Value, ...],
) -> str:
    """A stable id from what the finding is about and who says what; never from offsets."""
    written = [_said(value) for value in values]
    said = sorted({(a.span.article, written[v]) for a, v in zip(evidence, value_of, strict=True)})
    payload = id_payload((rule_id, claim.kind.value, claim.subject, claim.attribute), said)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]


def id_payload(about: tuple[str, str, str, str], said: list[tuple[str, str]]) -> str:
    """What a finding id hashes: the text of `json.dumps([*about, said])`, which the ids in
    baselines were made from, written out directly (the generic encoder took a fifth of the
    rules stage)."""
    pairs = ", ".join(f"[{_json(article)}, {_json(text)}]" for article, text in said)
    return "[" + ", ".join(map(_json, about)) + f", [{pairs}]]"


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
