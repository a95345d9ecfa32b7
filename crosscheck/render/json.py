"""JSON output following DESIGN.md contract 1: deterministic, one object per run.

Findings and assertions, hundreds of thousands in a large report, are written field by field as
text (`Written`): building each as a dict for the generic writer to walk takes a third longer.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import partial
from json.encoder import encode_basestring as _string
from typing import Any

from crosscheck.model import Article, Assertion, Finding, Status
from crosscheck.pipeline import Report
from crosscheck.render.jsontext import Written, json_text, pretty_json_chunks

FORMAT_VERSION = 1


def article_json(article: Article) -> dict[str, Any]:
    """An article's metadata as the contract gives it."""
    return {
        "id": article.id,
        "path": article.path,
        "title": article.title,
        "outlet": article.outlet,
        "url": article.url,
        "published": None if article.published is None else article.published.isoformat(),
    }


def finding_text(finding: Finding, newline: str) -> str:
    """A finding with its evidence, side after side (and for a misquote, the word diff)."""
    inner = newline + "  "
    evidence = [assertion_text(a, inner + "  ") for a in finding.assertions]
    fields = [
        f'"id": {_string(finding.id)}',
        f'"rule": {_string(finding.rule)}',
        f'"kind": {_string(finding.kind.value)}',
        f'"subject": {_string(finding.subject)}',
        f'"attribute": {_string(finding.attribute)}',
        f'"status": {_string(finding.status.value)}',
        f'"severity": {_string(finding.severity.value)}',
        f'"message": {_string(finding.message)}',
        f'"assertions": {_array(evidence, inner)}',
    ]
    if finding.difference:
        diff = [{"kind": p.kind, "text": p.text} for p in finding.difference]
        fields.append(f'"difference": {json_text(diff, inner)}')
    return _object(fields, newline)


def assertion_text(assertion: Assertion, newline: str) -> str:
    """An assertion as evidence: where it stands, its exact words and its normalized value."""
    return _object(_evidence_fields(assertion, newline + "  "), newline)


def extracted_text(assertion: Assertion, newline: str) -> str:
    """An assertion as `extract` lists it: its kind, subject and attribute, then as evidence."""
    fields = [
        f'"kind": {_string(assertion.kind.value)}',
        f'"subject": {_string(assertion.subject)}',
        f'"attribute": {_string(assertion.attribute)}',
        *_evidence_fields(assertion, newline + "  "),
    ]
    return _object(fields, newline)


def _evidence_fields(assertion: Assertion, inner: str) -> list[str]:
    span = assertion.span
    return [
        f'"article": {_string(span.article)}',
        f'"text": {_string(assertion.text)}',
        f'"start": {span.start}',
        f'"end": {span.end}',
        f'"line": {span.line}',
        f'"value": {json_text(assertion.value.to_json(), inner)}',
        f'"context": {_string(assertion.context)}',
    ]


def _object(fields: list[str], newline: str) -> str:
    inner = newline + "  "
    return "{" + inner + ("," + inner).join(fields) + newline + "}"


def _array(members: list[str], newline: str) -> str:
    if not members:
        return "[]"
    inner = newline + "  "
    return "[" + inner + ("," + inner).join(members) + newline + "]"


def report_json(report: Report) -> str:
    """The `report --format json` document."""
    return "".join(report_json_chunks(report))


def report_json_chunks(report: Report) -> Iterator[str]:
    """The `report --format json` document in pieces, each finding made as it is written."""
    counts = {status: 0 for status in Status}
    for finding in report.findings:
        counts[finding.status] += 1
    return _chunked(
        {
            "version": FORMAT_VERSION,
            "articles": [article_json(a) for a in report.articles],
            "findings": (Written(partial(finding_text, f)) for f in report.findings),
            "summary": {
                "articles": len(report.articles),
                "assertions": len(report.assertions),
                "agree": counts[Status.AGREE],
                "conflict": counts[Status.CONFLICT],
                "single": counts[Status.SINGLE],
            },
        }
    )


def extract_json_chunks(
    articles: Iterable[Article], assertions: Iterable[Assertion]
) -> Iterator[str]:
    """The `extract --format json` document in pieces, each assertion made as it is written."""
    return _chunked(
        {
            "version": FORMAT_VERSION,
            "articles": [article_json(a) for a in articles],
            "assertions": (Written(partial(extracted_text, a)) for a in assertions),
        }
    )


def _chunked(document: dict[str, Any]) -> Iterator[str]:
    yield from pretty_json_chunks(document)
    yield "\n"
