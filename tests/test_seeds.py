"""The seed articles as a regression corpus: what a careful reader finds in them."""

from __future__ import annotations

import pytest

from crosscheck.corpus import read_articles
from crosscheck.model import Finding, Kind, Status
from crosscheck.pipeline import Report, Setup, analyze
from tests.conftest import SEEDS


@pytest.fixture(scope="module")
def report(setup: Setup) -> Report:
    return analyze(read_articles([str(SEEDS)]), setup)


def findings(report: Report, kind: Kind, attribute: str) -> list[Finding]:
    return [f for f in report.findings if f.kind is kind and f.attribute == attribute]


def test_the_age_is_one_agreement_with_both_spans(report: Report) -> None:
    (age,) = findings(report, Kind.AGE, "age")
    assert (age.status, age.subject) == (Status.AGREE, "Zohran Mamdani")
    assert [(a.span.article[:3], a.text) for a in age.assertions] == [
        ("002", "34-year-old"),
        ("004", "34-year-old"),
    ]
    texts = {a.id: a.text for a in report.articles}
    assert all(texts[a.span.article][a.span.start : a.span.end] == a.text for a in age.assertions)


def test_the_sworn_in_date_is_one_agreement_of_three_wordings(report: Report) -> None:
    (sworn,) = findings(report, Kind.DATE, "sworn-in")
    assert (sworn.status, sworn.subject) == (Status.AGREE, "Zohran Mamdani")
    # 000 has no publication date, so its New Year's Day keeps an unknown year.
    assert [(a.span.article[:3], a.text, a.value.to_json()) for a in sworn.assertions] == [
        ("000", "New Year’s Day", {"timex": "XXXX-01-01"}),
        ("002", "January 1st", {"timex": "2026-01-01"}),
        ("004", "1 January 2026", {"timex": "2026-01-01"}),
    ]


def test_no_conflict_a_careful_reader_would_dismiss(report: Report) -> None:
    assert [f.message for f in report.findings if f.status is Status.CONFLICT] == []
