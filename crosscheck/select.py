"""Choosing findings: the filters of every output format and the levels `check` fails on."""

from __future__ import annotations

from collections.abc import Collection, Iterable

from crosscheck.model import Finding, Kind, Status

# What `check --fail-on` may name, and the statuses that fail at each level: a single-source
# claim is a weaker failure than a conflict, so failing on singles fails on conflicts too.
FAIL_LEVELS: dict[str, frozenset[Status]] = {
    "conflict": frozenset({Status.CONFLICT}),
    "single": frozenset({Status.CONFLICT, Status.SINGLE}),
    "never": frozenset(),
}


def select(
    findings: Iterable[Finding],
    *,
    statuses: Collection[Status] = (),
    kinds: Collection[Kind] = (),
    subjects: Collection[str] = (),
) -> tuple[Finding, ...]:
    """The findings that pass every filter given; an empty filter lets everything through.

    A subject filter matches any part of a finding's subject, ignoring case, so "mamdani" finds
    "Zohran Mamdani" and the meetings he takes part in.
    """
    wanted = [subject.casefold() for subject in subjects]
    return tuple(
        finding
        for finding in findings
        if (not statuses or finding.status in statuses)
        and (not kinds or finding.kind in kinds)
        and (not wanted or any(w in finding.subject.casefold() for w in wanted))
    )


def failing(findings: Iterable[Finding], level: str) -> tuple[Finding, ...]:
    """The findings at or above a `--fail-on` level."""
    return tuple(finding for finding in findings if finding.status in FAIL_LEVELS[level])


def involving(findings: Iterable[Finding], articles: Collection[str]) -> tuple[Finding, ...]:
    """The findings with evidence from at least one of the given articles (`check --new`)."""
    return tuple(
        finding
        for finding in findings
        if any(assertion.span.article in articles for assertion in finding.assertions)
    )
