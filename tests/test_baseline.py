"""Baselines: recording accepted findings, comparing against them, and reading the file back."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from crosscheck.baseline import (
    BASELINE_VERSION,
    Baseline,
    Entry,
    baseline_from,
    baseline_json,
    compare,
    parse_baseline,
)
from crosscheck.errors import CrosscheckError
from crosscheck.model import Finding
from crosscheck.pipeline import Setup, analyze
from tests.conftest import make_article

AGE_A = "Jane Roe, 34, said she was ready."
AGE_B = "Jane Roe, 35, said she was ready."
TITLE_A = "Mayor John Smith spoke."
TITLE_B = "Former mayor John Smith spoke."


def conflicts(setup: Setup, first: str, second: str) -> tuple[Finding, ...]:
    articles = [make_article(first, id="a"), make_article(second, id="b")]
    return analyze(articles, setup).findings


@pytest.fixture(scope="module")
def both(setup: Setup) -> tuple[Finding, ...]:
    """An age conflict (error) and a title conflict (warning), in report order."""
    found = conflicts(setup, f"{AGE_A}\n{TITLE_A}", f"{AGE_B}\n{TITLE_B}")
    assert [f.rule for f in found] == ["age-mismatch", "title-mismatch"]
    return found


def test_record_then_compare_is_clean(both: tuple[Finding, ...]) -> None:
    comparison = compare(both, baseline_from(both))
    assert comparison.new == ()
    assert comparison.known == both
    assert comparison.stale == ()


def test_entries_describe_the_findings_sorted_by_id(both: tuple[Finding, ...]) -> None:
    recorded = baseline_from(both)
    assert [e.id for e in recorded.entries] == sorted(f.id for f in both)
    age = next(e for e in recorded.entries if e.rule == "age-mismatch")
    assert age == Entry(
        id=both[0].id,
        rule="age-mismatch",
        status="conflict",
        subject="Jane Roe",
        attribute="age",
        summary="Jane Roe's age: 34 (a) vs 35 (b)",
        reason="",
    )


def test_a_repeated_id_is_recorded_once_as_first_given(both: tuple[Finding, ...]) -> None:
    copy = replace(both[0], message="a later finding with the same id")
    (entry,) = baseline_from((both[0], copy)).entries
    assert entry.summary == "Jane Roe's age: 34 (a) vs 35 (b)"


def test_a_finding_not_recorded_is_new(setup: Setup, both: tuple[Finding, ...]) -> None:
    age_only = conflicts(setup, AGE_A, AGE_B)
    comparison = compare(both, baseline_from(age_only))
    assert [f.rule for f in comparison.new] == ["title-mismatch"]
    assert [f.rule for f in comparison.known] == ["age-mismatch"]
    assert comparison.stale == ()


def test_a_recorded_finding_that_disappeared_is_stale(
    setup: Setup, both: tuple[Finding, ...]
) -> None:
    age_only = conflicts(setup, AGE_A, AGE_B)
    comparison = compare(age_only, baseline_from(both))
    assert comparison.new == ()
    assert comparison.known == age_only
    assert [e.rule for e in comparison.stale] == ["title-mismatch"]


def test_a_changed_value_is_new_and_its_old_entry_stale(setup: Setup) -> None:
    before = conflicts(setup, AGE_A, AGE_B)
    after = conflicts(setup, AGE_A, AGE_B.replace("35", "36"))
    comparison = compare(after, baseline_from(before))
    assert comparison.new == after
    assert [e.id for e in comparison.stale] == [f.id for f in before]


def test_moving_a_finding_within_its_article_keeps_it_known(setup: Setup) -> None:
    before = conflicts(setup, AGE_A, AGE_B)
    after = conflicts(setup, AGE_A, f"An extra first line.\n\n{AGE_B}")
    comparison = compare(after, baseline_from(before))
    assert (comparison.new, comparison.stale) == ((), ())


def test_reasons_survive_recording_again(both: tuple[Finding, ...]) -> None:
    first = baseline_from(both)
    edited = Baseline(
        entries=tuple(
            replace(e, reason="Confirmed with the desk.") if e.rule == "age-mismatch" else e
            for e in first.entries
        )
    )
    again = baseline_from(both, edited)
    assert {e.rule: e.reason for e in again.entries} == {
        "age-mismatch": "Confirmed with the desk.",
        "title-mismatch": "",
    }
    # A reason of a finding that is gone goes with it.
    assert baseline_from(both[1:], edited).entries == (
        next(e for e in first.entries if e.rule == "title-mismatch"),
    )


def test_json_shape_and_round_trip(both: tuple[Finding, ...]) -> None:
    recorded = baseline_from(both)
    recorded = Baseline(
        entries=(replace(recorded.entries[0], reason="Ça va · “ok”"), *recorded.entries[1:])
    )
    text = baseline_json(recorded)
    assert text.endswith("}\n") and "Ça va · “ok”" in text
    document = json.loads(text)
    assert document["version"] == BASELINE_VERSION == 1
    assert [list(entry) for entry in document["findings"]] == [
        ["id", "rule", "status", "subject", "attribute", "summary", "reason"]
    ] * len(both)
    assert parse_baseline(text, source="b.json") == recorded
    assert baseline_json(parse_baseline(text, source="b.json")) == text


def test_empty_baseline_round_trips() -> None:
    empty = baseline_from([])
    assert empty == Baseline(entries=())
    assert parse_baseline(baseline_json(empty), source="b.json") == empty


ENTRY = {
    "id": "abc",
    "rule": "r",
    "status": "conflict",
    "subject": "s",
    "attribute": "a",
    "summary": "m",
}


def doc(*entries: object, version: object = 1) -> str:
    return json.dumps({"version": version, "findings": list(entries)})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(doc(ENTRY), Entry(**ENTRY), id="reason-optional"),
        pytest.param(
            doc({**ENTRY, "reason": "ok", "note": 3}),
            Entry(**ENTRY, reason="ok"),
            id="unknown-keys-ignored",
        ),
        pytest.param("\ufeff" + doc(ENTRY), Entry(**ENTRY), id="byte-order-mark"),
    ],
)
def test_parse_accepts(text: str, expected: Entry) -> None:
    assert parse_baseline(text, source="b.json") == Baseline(entries=(expected,))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param(
            '{"version": 1,\n  "findings": [}',
            "b.json: not valid JSON at line 2, column 16",
            id="bad-json-line-column",
        ),
        pytest.param("", "b.json: not valid JSON at line 1, column 1", id="empty-file"),
        pytest.param(
            "[]",
            'b.json: a baseline is a JSON object like {"version": 1, "findings": [...]}, not a list',
            id="list-not-object",
        ),
        pytest.param('"x"', "not a string", id="string-not-object"),
        pytest.param(
            doc(version=2),
            "b.json: unsupported baseline version 2 (this crosscheck reads version 1)",
            id="version-2",
        ),
        pytest.param(doc(version="1"), 'unsupported baseline version "1"', id="version-as-string"),
        pytest.param(
            doc(version=True), "unsupported baseline version true", id="version-as-boolean"
        ),
        pytest.param('{"findings": []}', 'b.json: "version" is missing', id="version-missing"),
        pytest.param('{"version": 1}', 'b.json: "findings" is missing', id="findings-missing"),
        pytest.param(
            '{"version": 1, "findings": {}}',
            'b.json: "findings" must be a list of entries, not an object',
            id="findings-not-list",
        ),
        pytest.param(
            doc(ENTRY, {k: v for k, v in ENTRY.items() if k != "id"}),
            'b.json: findings entry 2: "id" is missing',
            id="entry-without-id",
        ),
        pytest.param(
            doc({**ENTRY, "id": ""}), 'b.json: findings entry 1: "id" is empty', id="entry-empty-id"
        ),
        pytest.param(
            doc({**ENTRY, "id": 7}),
            'b.json: findings entry 1: "id" must be a string, not a number',
            id="id-not-string",
        ),
        pytest.param(
            doc({**ENTRY, "reason": None}),
            'findings entry 1: "reason" must be a string, not null',
            id="reason-null",
        ),
        pytest.param(
            doc({**ENTRY, "summary": ["m"]}),
            '"summary" must be a string, not a list',
            id="summary-not-string",
        ),
        pytest.param(
            doc({k: v for k, v in ENTRY.items() if k != "rule"}),
            'findings entry 1: "rule" is missing',
            id="entry-without-rule",
        ),
        pytest.param(
            doc("abc"),
            "b.json: findings entry 1: must be a JSON object, not a string",
            id="entry-not-object",
        ),
        pytest.param(
            doc(ENTRY, {**ENTRY, "id": "x"}, ENTRY),
            "b.json: findings entry 3 repeats the id abc of entry 1",
            id="duplicate-id",
        ),
    ],
)
def test_parse_errors(text: str, message: str) -> None:
    with pytest.raises(CrosscheckError) as caught:
        parse_baseline(text, source="b.json")
    assert message in str(caught.value)
    assert str(caught.value).startswith("b.json: ")
    assert "\n" not in str(caught.value)
