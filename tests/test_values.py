"""How normalized values print and compare."""

from __future__ import annotations

import pytest

from crosscheck.values import DateValue, NumberValue

FRIDAY = DateValue(weekday=5)
DAY = DateValue(year=2025, month=11, day=21)  # a Friday

TIMEX = [
    pytest.param(DAY, "2025-11-21", id="day"),
    pytest.param(DateValue(month=11, day=21), "XXXX-11-21", id="day-without-year"),
    pytest.param(DateValue(year=2025, month=11), "2025-11", id="month"),
    pytest.param(DateValue(year=2025), "2025", id="year"),
    pytest.param(DateValue(year=2025, week=47), "2025-W47", id="week"),
    pytest.param(FRIDAY, "XXXX-WXX-5", id="bare-weekday"),
    pytest.param(DateValue(ref="PAST_REF"), "PAST_REF", id="reference"),
]


@pytest.mark.parametrize(("value", "timex"), TIMEX)
def test_timex(value: DateValue, timex: str) -> None:
    assert value.timex() == timex
    assert value.to_json() == {"timex": timex}


COMPATIBLE = [
    pytest.param(
        DateValue(year=2026, month=1),
        DateValue(year=2026, month=1, day=1),
        True,
        id="month-contains-day",
    ),
    pytest.param(
        DateValue(month=1, day=1), DateValue(year=2026, month=1, day=1), True, id="unknown-year"
    ),
    pytest.param(FRIDAY, DAY, True, id="friday-fits-friday"),
    pytest.param(FRIDAY, DateValue(year=2025, month=11, day=20), False, id="friday-not-thursday"),
    pytest.param(DAY, DateValue(year=2025, month=11, day=20), False, id="different-days"),
    pytest.param(DateValue(year=2025, week=47), DAY, True, id="week-contains-day"),
    pytest.param(DateValue(year=2025, week=46), DAY, False, id="other-week"),
    pytest.param(
        DateValue(year=2026, week=1),
        DateValue(year=2025, month=12, day=30),
        True,
        id="iso-week-across-new-year",
    ),
    pytest.param(
        DateValue(year=2025, week=1),
        DateValue(year=2025, month=12, day=30),
        False,
        id="iso-week-of-another-year",
    ),
    pytest.param(DateValue(year=2025), DateValue(year=2026, month=1), False, id="other-year"),
    pytest.param(DateValue(ref="PAST_REF"), DAY, True, id="reference-compares-with-nothing"),
]


@pytest.mark.parametrize(("first", "second", "compatible"), COMPATIBLE)
def test_date_compatibility(first: DateValue, second: DateValue, compatible: bool) -> None:
    assert first.compatible(second) is compatible
    assert second.compatible(first) is compatible


OVERLAP = [
    pytest.param(
        NumberValue(min=1e6, max=None), NumberValue.exact(1_036_051), 0.0, True, id="more-than"
    ),
    pytest.param(
        NumberValue(min=1e6, max=None), NumberValue.exact(850_000), 0.0, False, id="below-bound"
    ),
    pytest.param(NumberValue.exact(34), NumberValue.exact(35), 0.0, False, id="exact-differ"),
    pytest.param(
        NumberValue.exact(1_040_000),
        NumberValue.exact(1_036_051),
        0.005,
        True,
        id="rounding-tolerance",
    ),
    pytest.param(NumberValue(min=30, max=39), NumberValue.exact(34), 0.0, True, id="decade"),
]


@pytest.mark.parametrize(("first", "second", "tolerance", "overlap"), OVERLAP)
def test_number_overlap(
    first: NumberValue, second: NumberValue, tolerance: float, overlap: bool
) -> None:
    assert first.overlaps(second, tolerance=tolerance) is overlap
    assert second.overlaps(first, tolerance=tolerance) is overlap


@pytest.mark.parametrize(
    ("value", "text", "json"),
    [
        pytest.param(
            NumberValue.exact(34, unit="years"),
            "34",
            {"min": 34, "max": 34, "value": 34, "unit": "years"},
            id="exact",
        ),
        pytest.param(
            NumberValue(min=1e6, max=None, unit="votes"),
            "1,000,000–∞",
            {"min": 1000000, "max": None, "value": None, "unit": "votes"},
            id="open-interval",
        ),
        pytest.param(
            NumberValue.exact(50.4),
            "50.4",
            {"min": 50.4, "max": 50.4, "value": 50.4, "unit": ""},
            id="decimal",
        ),
    ],
)
def test_number_forms(value: NumberValue, text: str, json: dict[str, object]) -> None:
    assert value.describe() == text
    assert value.to_json() == json
