"""The group stage: assertions about the same fact become one claim."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from crosscheck.model import Assertion, Claim, Kind


def group(assertions: Iterable[Assertion]) -> tuple[Claim, ...]:
    """Claims keyed by kind, subject and attribute; assertions about nothing are left out."""
    buckets: dict[tuple[Kind, str, str], list[Assertion]] = defaultdict(list)
    for assertion in assertions:
        if assertion.subject and assertion.attribute:
            buckets[(assertion.kind, assertion.subject, assertion.attribute)].append(assertion)
    return tuple(
        Claim(
            kind=kind,
            subject=subject,
            attribute=attribute,
            assertions=tuple(sorted(members, key=lambda a: (a.span.article, a.span.start))),
        )
        for (kind, subject, attribute), members in sorted(buckets.items())
    )
