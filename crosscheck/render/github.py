"""GitHub Actions workflow commands: one annotation per piece of evidence of each failing finding.

A finding is about several articles at once, so each assertion gets its own line: the pull
request then shows the disagreement next to every sentence involved, each saying which side
it is on. Everything an article contributes is escaped, so its text can neither end the
command early nor start a new one.
"""

# No `from __future__ import annotations` here: it would bind the name `annotations`, which
# is this module's entry point. Every annotation below is valid at runtime on Python 3.11.
from collections.abc import Mapping, Sequence

from crosscheck.model import SEVERITY_ORDER, STDIN_PATH, Article, Assertion, Finding, Severity
from crosscheck.render.controls import visible

_COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}

# `%` first: the escapes below introduce new percent signs that must not be escaped again.
_DATA_ESCAPES = (("%", "%25"), ("\r", "%0D"), ("\n", "%0A"))
# A property value ends at `,` (next property) or `::` (start of the message), hence the extras.
_PROPERTY_ESCAPES = (*_DATA_ESCAPES, (":", "%3A"), (",", "%2C"))


def annotations(findings: Sequence[Finding], articles: Sequence[Article]) -> str:
    """One workflow command per assertion of each finding, most severe findings first."""
    paths = {article.id: article.path for article in articles}
    # sorted() is stable: findings of one severity keep the report order they came in.
    ordered = sorted(findings, key=lambda finding: SEVERITY_ORDER[finding.severity])
    return "".join(
        annotation(finding, assertion, side, paths)
        for finding in ordered
        for side, assertion in finding.by_side()
    )


def annotation(finding: Finding, assertion: Assertion, side: int, paths: Mapping[str, str]) -> str:
    """The workflow command, with its newline, for one assertion on side `side` (from 1)."""
    properties: list[tuple[str, str]] = []
    # An assertion of an article the caller did not pass is annotated without a location
    # rather than dropped: the check still fails on it and the message still says what.
    path = paths.get(assertion.span.article, STDIN_PATH)
    if path != STDIN_PATH:
        properties += [("file", path), ("line", str(assertion.span.line))]
    title = f"crosscheck {finding.rule}: {finding.subject} · {finding.attribute} ({finding.status})"
    properties.append(("title", title))
    message = f"{finding.message} — this source says: {assertion.text} [side {side}]"
    listed = ",".join(f"{name}={escape_property(value)}" for name, value in properties)
    return f"::{_COMMANDS[finding.severity]} {listed}::{escape_data(message)}\n"


def escape_data(text: str) -> str:
    """A workflow command's message, escaped as the runner expects."""
    return _escape(text, _DATA_ESCAPES)


def escape_property(text: str) -> str:
    """A workflow command's property value, escaped as the runner expects."""
    return _escape(text, _PROPERTY_ESCAPES)


def _escape(text: str, escapes: Sequence[tuple[str, str]]) -> str:
    for plain, escaped in escapes:
        text = text.replace(plain, escaped)
    # The runner echoes annotations into its log, which a terminal may show.
    return visible(text)
