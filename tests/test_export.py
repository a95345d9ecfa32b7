"""CSV and JSON Lines export: one row per assertion, stable columns, safe in a spreadsheet."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json

import pytest

from crosscheck.pipeline import Report, Setup, analyze
from crosscheck.render.csv import neutralize, report_csv, report_jsonl
from crosscheck.render.rows import COLUMNS, finding_rows
from tests.conftest import make_article

AGE_34 = "Jane Roe, 34, said she was ready."
AGE_35 = "Jane Roe, 35, said she was ready."
# A sentence that a spreadsheet would run as a formula, were it written as it is.
FORMULA = '=HYPERLINK("http://x") Jane Roe, 34, said she was ready.'


@pytest.fixture(scope="module")
def conflict(setup: Setup) -> Report:
    """Two articles at odds over an age; the second has its metadata filled in."""
    first = make_article(AGE_34, id="a")
    second = dataclasses.replace(
        make_article(AGE_35, id="b"),
        outlet="Daily",
        url="https://example.com/b",
        published=dt.date(2025, 11, 21),
    )
    return analyze([first, second], setup)


@pytest.fixture(scope="module")
def hostile(setup: Setup) -> Report:
    """One article whose sentence, outlet and title cell start like formulas."""
    article = dataclasses.replace(make_article(FORMULA, id="h"), outlet="@SUM(A1)")
    report = analyze([article], setup)
    (finding,) = report.findings
    (assertion,) = finding.assertions
    # Extractors never start a span with a dash; a hand-made one stands for any odd span.
    odd = dataclasses.replace(assertion, text="-former governor")
    return dataclasses.replace(
        report,
        findings=(dataclasses.replace(finding, sides=((odd,),), message="+1 more"),),
    )


def parse_csv(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text.lstrip("\ufeff"), newline="")))


def by_column(row: list[str]) -> dict[str, str]:
    return dict(zip(COLUMNS, row, strict=True))


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("=1+2", "'=1+2"),
        ("+cmd", "'+cmd"),
        ("-5", "-5"),
        ("+3", "+3"),
        ("-2.5", "-2.5"),
        ("-5\n", "'-5\n"),
        ("-former governor", "'-former governor"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("=", "'="),
        ("plain", "plain"),
        ("a=b", "a=b"),
        ("5", "5"),
        ("", ""),
    ],
)
def test_neutralize(cell: str, expected: str) -> None:
    assert neutralize(cell) == expected


def test_rows_follow_the_findings_side_by_side(conflict: Report) -> None:
    (finding,) = conflict.findings
    rows = finding_rows(conflict)
    assert [list(row) for row in rows] == [list(COLUMNS)] * 2
    assert [(r["side"], r["article"], r["text"], r["value"], r["line"]) for r in rows] == [
        (1, "a", "34", "34", 1),
        (2, "b", "35", "35", 1),
    ]
    assert {(r["finding"], r["status"], r["severity"], r["kind"]) for r in rows} == {
        (finding.id, "conflict", "error", "age")
    }
    assert [(r["outlet"], r["url"], r["published"]) for r in rows] == [
        (None, None, None),
        ("Daily", "https://example.com/b", "2025-11-21"),
    ]
    assert [(r["subject"], r["attribute"], r["sentence"]) for r in rows] == [
        ("Jane Roe", "age", AGE_34),
        ("Jane Roe", "age", AGE_35),
    ]
    assert all(r["message"] == finding.message for r in rows)


def test_an_empty_report_has_no_rows() -> None:
    empty = Report(articles=(), assertions=(), findings=())
    assert finding_rows(empty) == []
    assert report_csv(empty) == "\ufeff" + ",".join(COLUMNS) + "\r\n"
    assert report_jsonl(empty) == ""


def test_csv_round_trip(conflict: Report) -> None:
    text = report_csv(conflict)
    assert text.startswith("\ufeff")
    header, *rows = parse_csv(text)
    assert tuple(header) == COLUMNS
    assert len(rows) == sum(len(f.assertions) for f in conflict.findings) == 2
    cells = [by_column(row) for row in rows]
    assert [(c["side"], c["line"], c["text"], c["published"]) for c in cells] == [
        ("1", "1", "34", ""),
        ("2", "1", "35", "2025-11-21"),
    ]


@pytest.mark.parametrize("bom", [True, False])
def test_csv_lines_end_in_crlf(conflict: Report, bom: bool) -> None:
    text = report_csv(conflict, bom=bom)
    assert text.startswith("\ufeff") is bom
    assert text.endswith("\r\n")
    assert text.count("\r\n") == 3  # header and two rows; no cell holds a line break
    assert "\n" not in text.replace("\r\n", "")


@pytest.mark.parametrize(
    ("column", "expected"),
    [
        ("sentence", "'" + FORMULA),
        ("text", "'-former governor"),
        ("outlet", "'@SUM(A1)"),
        ("message", "'+1 more"),
        ("subject", "Jane Roe"),
        ("side", "1"),
        ("line", "1"),
    ],
)
def test_csv_neutralizes_formula_cells_only(hostile: Report, column: str, expected: str) -> None:
    (row,) = (by_column(row) for row in parse_csv(report_csv(hostile))[1:])
    assert row[column] == expected


def test_csv_leaves_number_cells_as_numbers(hostile: Report) -> None:
    (finding,) = hostile.findings
    (assertion,) = finding.assertions
    negative = dataclasses.replace(assertion, text="-5")
    report = dataclasses.replace(
        hostile, findings=(dataclasses.replace(finding, sides=((negative,),)),)
    )
    (row,) = (by_column(row) for row in parse_csv(report_csv(report))[1:])
    assert (row["text"], row["side"], row["line"]) == ("-5", "1", "1")


def test_jsonl_has_one_object_per_row_keys_in_order(conflict: Report) -> None:
    text = report_jsonl(conflict)
    assert text.endswith("\n")
    records = [json.loads(line) for line in text.splitlines()]
    assert len(records) == len(finding_rows(conflict)) == 2
    assert all(tuple(record) == COLUMNS for record in records)
    assert [record["value"] for record in records] == [
        {"min": 34, "max": 34, "value": 34, "unit": "years"},
        {"min": 35, "max": 35, "value": 35, "unit": "years"},
    ]
    assert [(r["side"], r["line"], r["published"]) for r in records] == [
        (1, 1, None),
        (2, 1, "2025-11-21"),
    ]


def test_jsonl_leaves_text_as_written(hostile: Report) -> None:
    (record,) = (json.loads(line) for line in report_jsonl(hostile).splitlines())
    assert (record["sentence"], record["text"], record["outlet"]) == (
        FORMULA,
        "-former governor",
        "@SUM(A1)",
    )
    assert isinstance(record["value"], dict)


def test_jsonl_keeps_non_ascii(setup: Setup) -> None:
    report = analyze(
        [
            make_article("José Núñez, 34, said so.", id="a"),
            make_article("José Núñez, 35, said so.", id="b"),
        ],
        setup,
    )
    text = report_jsonl(report)
    assert "José Núñez" in text
    assert report_csv(report).count("José Núñez") == 6  # subject, sentence and message of two rows
