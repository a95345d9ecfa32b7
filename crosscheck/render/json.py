"""JSON output following DESIGN.md contract 1: deterministic, one object per run."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from crosscheck.model import Article, Assertion, Finding, Status
from crosscheck.pipeline import Report
from crosscheck.render.jsontext import pretty_json_chunks

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


def assertion_json(assertion: Assertion) -> dict[str, Any]:
    """An assertion as evidence: where it stands, its exact words and its normalized value."""
    return {
        "article": assertion.span.article,
        "text": assertion.text,
        "start": assertion.span.start,
        "end": assertion.span.end,
        "line": assertion.span.line,
        "value": assertion.value.to_json(),
        "context": assertion.context,
    }


def finding_json(finding: Finding) -> dict[str, Any]:
    """A finding with its evidence, side after side (and for a misquote, the word diff)."""
    found = {
        "id": finding.id,
        "rule": finding.rule,
        "kind": finding.kind.value,
        "subject": finding.subject,
        "attribute": finding.attribute,
        "status": finding.status.value,
        "severity": finding.severity.value,
        "message": finding.message,
        "assertions": [assertion_json(a) for a in finding.assertions],
    }
    if finding.difference:
        found["difference"] = [{"kind": p.kind, "text": p.text} for p in finding.difference]
    return found


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
            "findings": (finding_json(f) for f in report.findings),
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
            "assertions": (
                {
                    "kind": a.kind.value,
                    "subject": a.subject,
                    "attribute": a.attribute,
                    **assertion_json(a),
                }
                for a in assertions
            ),
        }
    )


def _chunked(document: dict[str, Any]) -> Iterator[str]:
    yield from pretty_json_chunks(document)
    yield "\n"
