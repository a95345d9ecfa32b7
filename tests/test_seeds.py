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


def quote_findings(report: Report, words: str) -> list[Finding]:
    """The quotation findings with an assertion whose normalized words contain `words`."""
    return [
        f
        for f in report.findings
        if f.kind is Kind.QUOTE and any(words in a.value.words for a in f.assertions)  # type: ignore[union-attr]
    ]


def sides(finding: Finding) -> list[set[str]]:
    return [{a.span.article[:3] for a in side} for side in finding.sides]


def test_the_only_conflicts_are_the_two_misquotes(report: Report) -> None:
    conflicts = [f for f in report.findings if f.status is Status.CONFLICT]
    assert sorted((f.kind, f.subject) for f in conflicts) == [
        (Kind.QUOTE, "Donald Trump"),
        (Kind.QUOTE, "Zohran Mamdani"),
    ]


def test_gave_rise_to_him_is_a_conflict_with_003_alone(report: Report) -> None:
    (speech,) = quote_findings(report, "once lifted him to prominence")
    assert (speech.status, speech.subject) == (Status.CONFLICT, "Zohran Mamdani")
    assert sides(speech) == [{"000", "002", "004"}, {"003"}]
    changed = {p.kind: p.text for p in speech.difference if p.kind != "same"}
    assert changed == {"first": "gave rise to him", "second": "once lifted him to prominence"}


def test_we_want_everything_to_go_well_is_a_conflict(report: Report) -> None:
    (line,) = quote_findings(report, "we want everything to go well for new york")
    assert (line.status, line.subject) == (Status.CONFLICT, "Donald Trump")
    assert sides(line) == [{"001", "002"}, {"003"}]
    changed = {p.kind: p.text for p in line.difference if p.kind != "same"}
    assert changed == {"first": "to see everything work out", "second": "everything to go"}


@pytest.mark.parametrize(
    ("words", "speaker", "articles"),
    [
        ("would like to meet with us", "Donald Trump", {"000", "001", "002", "004"}),
        ("we will work something out", "Donald Trump", {"000", "001", "002", "003", "004"}),
        ("pushing so many [residents] out of the city", "Zohran Mamdani", {"002", "004"}),
        ("no matter what disagreements you may have", "Zohran Mamdani", {"001", "002", "004"}),
        ("i will be proactive in the work that i do", "Zohran Mamdani", {"002", "004"}),
    ],
)
def test_quotes_printed_alike_agree(
    report: Report, words: str, speaker: str, articles: set[str]
) -> None:
    (quote,) = quote_findings(report, words)
    assert (quote.status, quote.subject) == (Status.AGREE, speaker)
    assert articles <= {a.span.article[:3] for a in quote.assertions}


def test_one_canonical_name_per_person(report: Report) -> None:
    subjects = {part for f in report.findings for part in f.subject.split(" & ")}
    assert {"Zohran Mamdani", "Donald Trump", "Andrew Cuomo", "Karoline Leavitt"} <= subjects
    surnames = [name.split()[-1] for name in subjects]
    assert len(surnames) == len(set(surnames)), subjects


def test_mayor_elect_agrees_across_the_four_articles_that_use_it(report: Report) -> None:
    (mayor,) = findings(report, Kind.TITLE, "mayor")
    assert (mayor.status, mayor.subject) == (Status.AGREE, "Zohran Mamdani")
    elect = {a.span.article[:3] for a in mayor.assertions if a.value.status == "elect"}  # type: ignore[union-attr]
    assert elect == {"001", "002", "003", "004"}


def test_the_111th_mayor_agrees(report: Report) -> None:
    (ordinal,) = findings(report, Kind.TITLE, "mayor (ordinal)")
    assert ordinal.status is Status.AGREE
    assert {(a.span.article[:3], a.value.ordinal) for a in ordinal.assertions} == {  # type: ignore[union-attr]
        ("002", 111),
        ("004", 111),
    }


@pytest.mark.parametrize(
    ("subject", "attribute", "words"),
    [
        ("Karoline Leavitt", "press secretary", "White House press secretary"),
        ("Zohran Mamdani", "state assembly member", "former state assembly member"),
    ],
)
def test_titles_one_outlet_gives_are_single(
    report: Report, subject: str, attribute: str, words: str
) -> None:
    (title,) = findings(report, Kind.TITLE, attribute)
    assert (title.status, title.subject, [a.text for a in title.assertions]) == (
        Status.SINGLE,
        subject,
        [words],
    )


def test_the_meeting_place_is_not_a_conflict(report: Report) -> None:
    (place,) = findings(report, Kind.PLACE, "place of meeting")
    assert place.status is Status.AGREE
    assert {a.value.name for a in place.assertions} == {"Oval Office", "White House", "Washington"}  # type: ignore[union-attr]


def test_born_in_uganda_agrees(report: Report) -> None:
    (born,) = findings(report, Kind.PLACE, "place of birth")
    assert (born.status, born.subject) == (Status.AGREE, "Zohran Mamdani")
    assert {(a.span.article[:3], a.text) for a in born.assertions} == {
        ("002", "Uganda"),
        ("004", "Uganda"),
    }


def test_the_friday_meeting_agrees_in_the_two_articles_that_give_it(report: Report) -> None:
    (meeting,) = findings(report, Kind.DATE, "meeting")
    assert (meeting.status, meeting.subject) == (Status.AGREE, "Donald Trump & Zohran Mamdani")
    fridays = {a.span.article[:3] for a in meeting.assertions if a.value.weekday == 5}  # type: ignore[union-attr]
    assert fridays == {"001", "003"}


@pytest.mark.parametrize(
    ("attribute", "words", "low", "high"),
    [
        ("votes", "more than a million votes", 1_000_000, None),
        ("people", "eight-and-a-half million people", 8_500_000, 8_500_000),
    ],
)
def test_counts_one_outlet_gives_are_single_intervals(
    report: Report, attribute: str, words: str, low: int, high: int | None
) -> None:
    (count,) = findings(report, Kind.COUNT, attribute)
    (said,) = count.assertions
    assert (count.status, said.text) == (Status.SINGLE, words)
    assert (said.value.min, said.value.max) == (low, high)  # type: ignore[union-attr]
