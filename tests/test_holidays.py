"""Named days: rules for when they fall, and how they are read in text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from crosscheck.errors import CrosscheckError
from crosscheck.extract.datetext import find_dates
from crosscheck.holidays import parse_holiday
from crosscheck.lexicon import Lexicon, load_lexicon

RULES = [
    pytest.param("01-01", 2026, dt.date(2026, 1, 1), id="fixed"),
    pytest.param("11-thu-4", 2025, dt.date(2025, 11, 27), id="thanksgiving"),
    pytest.param("05-mon-last", 2024, dt.date(2024, 5, 27), id="last-monday"),
    pytest.param("11-tue-1@02", 2024, dt.date(2024, 11, 5), id="election-day-2024"),
    pytest.param("11-tue-1@02", 2022, dt.date(2022, 11, 8), id="election-day-after-a-monday-1st"),
    pytest.param("09-mon-1", 2025, dt.date(2025, 9, 1), id="labor-day-on-the-1st"),
]


@pytest.mark.parametrize(("spec", "year", "day"), RULES)
def test_when_a_holiday_falls(spec: str, year: int, day: dt.date) -> None:
    assert parse_holiday(spec, "x").on(year) == day


@pytest.mark.parametrize("spec", ["1-1", "13-01", "11-thursday-4", "11-thu-6", "christmas"])
def test_bad_holiday_rules_are_errors(spec: str) -> None:
    with pytest.raises(CrosscheckError, match=f"x.toml:3: bad holiday rule '{spec}'"):
        parse_holiday(spec, "x.toml:3")


NOV_18 = dt.date(2025, 11, 18)
TEXT = [
    pytest.param(
        "He will be sworn in on New Year’s Day.",
        NOV_18,
        [("New Year’s Day", "2026-01-01")],
        id="curly-apostrophe-next-year",
    ),
    pytest.param(
        "He will be sworn in on New Year's Day.",
        None,
        [("New Year's Day", "XXXX-01-01")],
        id="no-publication-date",
    ),
    pytest.param(
        "They met on Thanksgiving 2025.",
        None,
        [("Thanksgiving 2025", "2025-11-27")],
        id="with-year",
    ),
    pytest.param(
        "Polls open on election day.",
        dt.date(2024, 10, 1),
        [("election day", "2024-11-05")],
        id="lower-case",
    ),
    pytest.param(
        "Dinner on Christmas Eve, not Christmas.",
        NOV_18,
        [("Christmas Eve", "2025-12-24"), ("Christmas", "2025-12-25")],
        id="longest-name-first",
    ),
    pytest.param(
        "They celebrated Thanksgiving together.",
        None,
        [("Thanksgiving", "XXXX-11")],
        id="floating-without-year-is-its-month",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), TEXT)
def test_holidays_in_text(
    text: str, published: dt.date | None, expected: list[tuple[str, str]], lexicon: Lexicon
) -> None:
    found = find_dates(text, published=published, holidays=lexicon.holidays)
    assert [(text[m.start : m.end], m.value.timex()) for m in found] == expected


def test_an_editor_adds_a_holiday(tmp_path: Path) -> None:
    (tmp_path / "lexicon").mkdir()
    (tmp_path / "lexicon" / "mine.toml").write_text('[holidays]\n"Burns Night" = "01-25"\n')
    lexicon = load_lexicon([tmp_path])
    (match,) = find_dates("A supper on Burns Night.", published=None, holidays=lexicon.holidays)
    assert match.value.timex() == "XXXX-01-25"
