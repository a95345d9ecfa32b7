"""SARIF 2.1.0 output, for GitHub code scanning and other static-analysis dashboards.

One result per finding, with one location per assertion: a conflict is one problem seen in
several articles. The document is deterministic (same findings, same bytes) so it can be
committed or diffed; `partialFingerprints` carries the finding's stable id so dashboards
track a finding across runs even when its lines move.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path, PurePath
from typing import Any
from urllib.parse import quote

from crosscheck.model import STDIN_PATH, Article, Assertion, Finding, Severity
from crosscheck.render.jsontext import pretty_json
from crosscheck.rules import Rule

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_VERSION = "2.1.0"
INFORMATION_URI = "https://github.com/crosscheck/crosscheck"
FINGERPRINT_KEY = "crosscheckFinding/v1"
STDIN_URI = "stdin"

_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
# A sentence ends at . ! or ? followed by a space and a capital or an opening quote or
# bracket, so "e.g. the mayor" or "(sworn in, meeting, ...)" do not cut a rule's summary short.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“‘'(\[])")


def report_sarif(
    findings: Sequence[Finding],
    articles: Sequence[Article],
    rules: Sequence[Rule],
    *,
    version: str,
    base: Path | None = None,
) -> str:
    """The SARIF log of one run; paths relative to `base` (the working directory by default)."""
    root = Path.cwd() if base is None else base
    uris = {article.id: artifact_uri(article.path, root) for article in articles}
    index = {rule.id: position for position, rule in enumerate(rules)}
    document = {
        "$schema": SCHEMA_URI,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "crosscheck",
                        "version": version,
                        "informationUri": INFORMATION_URI,
                        "rules": [rule_descriptor(rule) for rule in rules],
                    }
                },
                # Span offsets index Python strings: Unicode code points, not UTF-16 units.
                "columnKind": "unicodeCodePoints",
                "results": [result(finding, uris, index) for finding in findings],
            }
        ],
    }
    return pretty_json(document) + "\n"


def rule_descriptor(rule: Rule) -> dict[str, Any]:
    """A rule as SARIF's reportingDescriptor: its id, summary, documentation and level."""
    doc = " ".join(rule.doc.split())
    return {
        "id": rule.id,
        "name": rule.id,
        "shortDescription": {"text": first_sentence(doc)},
        "fullDescription": {"text": doc},
        "defaultConfiguration": {"level": _LEVELS[rule.severity]},
    }


def result(finding: Finding, uris: Mapping[str, str], index: Mapping[str, int]) -> dict[str, Any]:
    """One finding as a SARIF result, each assertion a location tagged with its side."""
    found: dict[str, Any] = {"ruleId": finding.rule}
    # A finding of a rule the caller did not list still gets reported, just unindexed.
    if finding.rule in index:
        found["ruleIndex"] = index[finding.rule]
    found.update(
        {
            "level": _LEVELS[finding.severity],
            "message": {"text": finding.message},
            "locations": [location(assertion, side, uris) for side, assertion in finding.by_side()],
            "partialFingerprints": {FINGERPRINT_KEY: finding.id},
            "properties": {
                "status": finding.status.value,
                "kind": finding.kind.value,
                "subject": finding.subject,
                "attribute": finding.attribute,
            },
        }
    )
    return found


def location(assertion: Assertion, side: int, uris: Mapping[str, str]) -> dict[str, Any]:
    """Where one assertion stands: its article, line, offsets and exact words."""
    span = assertion.span
    return {
        "physicalLocation": {
            "artifactLocation": {"uri": uris.get(span.article, STDIN_URI)},
            "region": {
                "startLine": span.line,
                "charOffset": span.start,
                "charLength": span.end - span.start,
                "snippet": {"text": assertion.text},
            },
        },
        "properties": {"article": span.article, "side": side},
    }


def artifact_uri(path: str, base: Path) -> str:
    """An article's path as a URI: relative to `base` with forward slashes when it can be."""
    if path == STDIN_PATH:
        return STDIN_URI
    given = PurePath(path)
    if given.is_absolute():
        try:
            given = given.relative_to(base)
        except ValueError:
            # Outside the working directory: an absolute file URI is the only honest answer.
            return Path(path).as_uri()
    # Percent-encode what a URI cannot hold (spaces, `#`, `%`, non-ASCII), keep the slashes.
    return quote(given.as_posix(), safe="/")


def first_sentence(text: str) -> str:
    """The first sentence of whitespace-collapsed text (all of it when there is one)."""
    return _SENTENCE_END.split(text, maxsplit=1)[0]
