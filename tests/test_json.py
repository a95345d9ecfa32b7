"""The JSON documents, written field by field, are DESIGN.md contract 1 in the standard library's
bytes: each object below is the contract, spelled out as the dict json.dumps would be given."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import pytest

from crosscheck.corpus import read_articles
from crosscheck.model import Article, Assertion, Finding, Status
from crosscheck.pipeline import Report, Setup, analyze
from crosscheck.render.json import extract_json_chunks, report_json
from tests.conftest import SEEDS
from tests.test_jsontext import stdlib

# Quotes, a backslash, an escape sequence, DEL, C1 controls, non-ASCII and a line separator.
HOSTILE = 'say "no" C:\\ \x1b[31m \x7f \x85\x9b é 中文 🇺🇸 \u2028'


def article_object(article: Article) -> dict[str, Any]:
    published = None if article.published is None else article.published.isoformat()
    return {
        "id": article.id,
        "path": article.path,
        "title": article.title,
        "outlet": article.outlet,
        "url": article.url,
        "published": published,
    }


def evidence_object(assertion: Assertion) -> dict[str, Any]:
    return {
        "article": assertion.span.article,
        "text": assertion.text,
        "start": assertion.span.start,
        "end": assertion.span.end,
        "line": assertion.span.line,
        "value": assertion.value.to_json(),
        "context": assertion.context,
    }


def finding_object(finding: Finding) -> dict[str, Any]:
    found: dict[str, Any] = {
        "id": finding.id,
        "rule": finding.rule,
        "kind": finding.kind.value,
        "subject": finding.subject,
        "attribute": finding.attribute,
        "status": finding.status.value,
        "severity": finding.severity.value,
        "message": finding.message,
        "assertions": [evidence_object(a) for a in finding.assertions],
    }
    if finding.difference:
        found["difference"] = [{"kind": p.kind, "text": p.text} for p in finding.difference]
    return found


def report_object(report: Report) -> dict[str, Any]:
    statuses = [f.status for f in report.findings]
    return {
        "version": 1,
        "articles": [article_object(a) for a in report.articles],
        "findings": [finding_object(f) for f in report.findings],
        "summary": {
            "articles": len(report.articles),
            "assertions": len(report.assertions),
            "agree": statuses.count(Status.AGREE),
            "conflict": statuses.count(Status.CONFLICT),
            "single": statuses.count(Status.SINGLE),
        },
    }


def extract_object(report: Report) -> dict[str, Any]:
    return {
        "version": 1,
        "articles": [article_object(a) for a in report.articles],
        "assertions": [
            {"kind": a.kind.value, "subject": a.subject, "attribute": a.attribute}
            | evidence_object(a)
            for a in report.assertions
        ],
    }


def as_written(report: Report) -> Report:
    return report


def hostile(report: Report) -> Report:
    """Every text field a writer escapes, in each finding and in the first of its assertions."""

    def odd(assertion: Assertion) -> Assertion:
        span = dataclasses.replace(assertion.span, article=HOSTILE)
        return dataclasses.replace(assertion, span=span, text=HOSTILE, context=HOSTILE)

    findings = tuple(
        dataclasses.replace(
            f,
            subject=HOSTILE,
            attribute=HOSTILE,
            message=HOSTILE,
            sides=((odd(f.sides[0][0]), *f.sides[0][1:]), *f.sides[1:]),
        )
        for f in report.findings
    )
    assertions = tuple(
        dataclasses.replace(odd(a), subject=HOSTILE, attribute=HOSTILE) for a in report.assertions
    )
    return dataclasses.replace(report, findings=findings, assertions=assertions)


def without_evidence(report: Report) -> Report:
    findings = tuple(dataclasses.replace(f, sides=(), difference=()) for f in report.findings)
    return dataclasses.replace(report, findings=findings)


def empty(report: Report) -> Report:
    return Report(articles=(), assertions=(), findings=())


VARIANTS = [
    pytest.param(as_written, id="seeds-every-kind-and-misquotes"),
    pytest.param(hostile, id="hostile-text"),
    pytest.param(without_evidence, id="no-evidence"),
    pytest.param(empty, id="empty"),
]


@pytest.fixture(scope="module")
def seeds(setup: Setup) -> Report:
    return analyze(read_articles([str(SEEDS)]), setup)


def test_the_seeds_have_what_the_variants_need(seeds: Report) -> None:
    assert {a.kind for a in seeds.assertions} == {f.kind for f in seeds.findings}
    assert len({a.kind for a in seeds.assertions}) >= 5
    assert any(f.difference for f in seeds.findings)


@pytest.mark.parametrize("variant", VARIANTS)
def test_report_is_the_contract_as_the_standard_library_writes_it(
    seeds: Report, variant: Callable[[Report], Report]
) -> None:
    report = variant(seeds)
    assert report_json(report) == stdlib(report_object(report)) + "\n"


@pytest.mark.parametrize("variant", VARIANTS)
def test_extract_is_the_contract_as_the_standard_library_writes_it(
    seeds: Report, variant: Callable[[Report], Report]
) -> None:
    report = variant(seeds)
    text = "".join(extract_json_chunks(report.articles, iter(report.assertions)))
    assert text == stdlib(extract_object(report)) + "\n"
