"""Baselines: findings an editor has accepted, so a CI check fails only on new ones.

A baseline is a JSON file of finding fingerprints with a human summary of each and an optional
reason. Fingerprints come from what a finding is about and who says what, never from offsets,
so editing an article around a known finding does not make it new; changing what a source
says does, and the old entry turns stale. Reading and writing files is the CLI's business.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from crosscheck.errors import CrosscheckError
from crosscheck.model import Finding
from crosscheck.render.jsontext import pretty_json

BASELINE_VERSION = 1
# Every field an entry is written with; only "reason" may be left out by a hand-written one.
_FIELDS = ("id", "rule", "status", "subject", "attribute", "summary", "reason")
_OPTIONAL = frozenset({"reason"})


@dataclass(frozen=True, slots=True, kw_only=True)
class Entry:
    """One accepted finding: its fingerprint, what it is about, and why it is accepted."""

    id: str
    rule: str
    status: str
    subject: str
    attribute: str
    summary: str
    reason: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Baseline:
    """The accepted findings, as recorded."""

    entries: tuple[Entry, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Comparison:
    """Current findings measured against a baseline."""

    new: tuple[Finding, ...]  # not in the baseline, in the order given
    known: tuple[Finding, ...]  # in the baseline, in the order given
    stale: tuple[Entry, ...]  # recorded, but no current finding has the id (fixed, or changed)


def baseline_from(findings: Sequence[Finding], previous: Baseline | None = None) -> Baseline:
    """A baseline of the findings, sorted by id, keeping the reasons `previous` gives them."""
    reasons = {} if previous is None else {entry.id: entry.reason for entry in previous.entries}
    entries = {
        finding.id: Entry(
            id=finding.id,
            rule=finding.rule,
            status=finding.status.value,
            subject=finding.subject,
            attribute=finding.attribute,
            summary=finding.message,
            reason=reasons.get(finding.id, ""),
        )
        for finding in reversed(findings)  # reversed: the first of repeated ids wins
    }
    # Sorted by id so that re-recording an unchanged corpus rewrites the same bytes, and a
    # new finding shows up in a diff as one inserted block.
    return Baseline(entries=tuple(entries[key] for key in sorted(entries)))


def baseline_json(baseline: Baseline) -> str:
    """The baseline file's text."""
    document = {
        "version": BASELINE_VERSION,
        "findings": [
            {field: getattr(entry, field) for field in _FIELDS} for entry in baseline.entries
        ],
    }
    return pretty_json(document) + "\n"


def parse_baseline(text: str, *, source: str) -> Baseline:
    """A baseline file's text, checked; problems are errors that start with `source`."""
    try:
        # A byte-order mark is what some Windows editors put in front of hand-edited JSON.
        document = json.loads(text.removeprefix("\ufeff"))
    except json.JSONDecodeError as exc:
        raise CrosscheckError(
            f"{source}: not valid JSON at line {exc.lineno}, column {exc.colno} ({exc.msg});"
            " fix the file or record it again with `crosscheck baseline`"
        ) from None
    if not isinstance(document, dict):
        raise CrosscheckError(
            f"{source}: a baseline is a JSON object like"
            f' {{"version": {BASELINE_VERSION}, "findings": [...]}}, not {_describe(document)};'
            " record one with `crosscheck baseline`"
        )
    if "version" not in document:
        raise CrosscheckError(
            f'{source}: "version" is missing (expected {BASELINE_VERSION});'
            " record the baseline again with `crosscheck baseline`"
        )
    version = document["version"]
    # bool is an int in Python, and `true == 1`: check the type, not just the value.
    if type(version) is not int or version != BASELINE_VERSION:
        raise CrosscheckError(
            f"{source}: unsupported baseline version {json.dumps(version)} (this crosscheck"
            f" reads version {BASELINE_VERSION}); record it again with `crosscheck baseline`"
        )
    if "findings" not in document:
        raise CrosscheckError(f'{source}: "findings" is missing (a list of entries)')
    if not isinstance(document["findings"], list):
        raise CrosscheckError(
            f'{source}: "findings" must be a list of entries, not {_describe(document["findings"])}'
        )
    entries: list[Entry] = []
    first_of: dict[str, int] = {}
    for number, raw in enumerate(document["findings"], start=1):
        entry = _entry(raw, f"{source}: findings entry {number}")
        if entry.id in first_of:
            raise CrosscheckError(
                f"{source}: findings entry {number} repeats the id {entry.id} of entry"
                f" {first_of[entry.id]}; delete one of them"
            )
        first_of[entry.id] = number
        entries.append(entry)
    return Baseline(entries=tuple(entries))


def _entry(raw: Any, where: str) -> Entry:
    if not isinstance(raw, dict):
        raise CrosscheckError(f"{where}: must be a JSON object, not {_describe(raw)}")
    values: dict[str, str] = {}
    for field in _FIELDS:
        if field not in raw:
            if field in _OPTIONAL:
                continue
            raise CrosscheckError(f'{where}: "{field}" is missing')
        value = raw[field]
        if not isinstance(value, str):
            raise CrosscheckError(f'{where}: "{field}" must be a string, not {_describe(value)}')
        values[field] = value
    if not values["id"]:
        raise CrosscheckError(f'{where}: "id" is empty')
    # Keys this version does not know (an editor's notes, a newer crosscheck's) are ignored.
    return Entry(**values)


def _describe(value: Any) -> str:
    """What sort of JSON value this is, for error messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    return "an object"


def compare(findings: Sequence[Finding], baseline: Baseline) -> Comparison:
    """Which findings are new, which are accepted, and which accepted ones are gone."""
    accepted = {entry.id for entry in baseline.entries}
    current = {finding.id for finding in findings}
    return Comparison(
        new=tuple(f for f in findings if f.id not in accepted),
        known=tuple(f for f in findings if f.id in accepted),
        stale=tuple(entry for entry in baseline.entries if entry.id not in current),
    )
