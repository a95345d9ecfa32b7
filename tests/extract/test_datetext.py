"""The calendar dates `find_dates` reads in English news text, and what it leaves alone."""

from __future__ import annotations

import datetime as dt
import itertools
import time

import pytest

from crosscheck.extract.datetext import DateMatch, find_dates

NOV_18 = dt.date(2025, 11, 18)

Expected = list[tuple[str, str]]


def found(text: str, published: dt.date | None) -> Expected:
    """Each match as (the text it spans, its TIMEX3 value)."""
    return [(text[m.start : m.end], m.value.timex()) for m in find_dates(text, published=published)]


DAY_MONTH_YEAR = [
    pytest.param(
        "Mamdani will be sworn in as New York City's 111th mayor on 1 January 2026.",
        NOV_18,
        [("1 January 2026", "2026-01-01")],
        id="day-month-year",
    ),
    pytest.param(
        "The inauguration is set for 1st January, 2026, at City Hall.",
        None,
        [("1st January, 2026", "2026-01-01")],
        id="ordinal-day-month-comma-year",
    ),
    pytest.param(
        "The talks ended on 21 Nov 2025 without a deal.",
        None,
        [("21 Nov 2025", "2025-11-21")],
        id="day-abbreviated-month-year",
    ),
    pytest.param(
        "Polls closed at 9pm on 4\u00a0November\u00a02025.",
        None,
        [("4\u00a0November\u00a02025", "2025-11-04")],
        id="no-break-spaces",
    ),
    pytest.param(
        "The ceasefire began on 10\nOctober 2025 at noon.",
        None,
        [("10\nOctober 2025", "2025-10-10")],
        id="wrapped-line",
    ),
    pytest.param(
        "The council meets on 3 March.",
        NOV_18,
        [("3 March", "2025-03-03")],
        id="day-month-resolved-to-past",
    ),
    pytest.param(
        "The council meets on 3 March.",
        None,
        [("3 March", "XXXX-03-03")],
        id="day-month-without-publication-date",
    ),
]

MONTH_DAY_YEAR = [
    pytest.param(
        "He takes office on January 1, 2026, after winning the Nov. 4 election.",
        NOV_18,
        [("January 1, 2026", "2026-01-01"), ("Nov. 4", "2025-11-04")],
        id="month-day-year-and-abbreviation",
    ),
    pytest.param(
        "Mamdani said he would take office on January 1st.",
        NOV_18,
        [("January 1st", "2026-01-01")],
        id="yearless-date-soon-after-publication-is-next-year",
    ),
    pytest.param(
        "Mamdani said he would take office on January 1st.",
        None,
        [("January 1st", "XXXX-01-01")],
        id="yearless-date-without-publication-date",
    ),
    pytest.param(
        "The deadline falls on Jan. 1 and the vote on Nov 21.",
        NOV_18,
        [("Jan. 1", "2026-01-01"), ("Nov 21", "2025-11-21")],
        id="abbreviations-with-and-without-dot",
    ),
    pytest.param(
        "The primary was held March 3, well before the general election.",
        NOV_18,
        [("March 3", "2025-03-03")],
        id="yearless-date-months-away-is-this-year",
    ),
    pytest.param(
        "The treaty was signed Sept. 3, 1998, in Geneva.",
        NOV_18,
        [("Sept. 3, 1998", "1998-09-03")],
        id="sept-abbreviation",
    ),
    pytest.param(
        "The vote held November 5, 2025 drew record turnout.",
        NOV_18,
        [("November 5, 2025", "2025-11-05")],
        id="comma-year-is-one-date",
    ),
    pytest.param(
        "Officials expect a decision by November the 21st.",
        NOV_18,
        [("November the 21st", "2025-11-21")],
        id="month-the-ordinal",
    ),
    pytest.param(
        "The bombing took place last Oct. 23, police said.",
        dt.date(1999, 4, 19),
        [("last Oct. 23", "1998-10-23")],
        id="last-before-a-date-looks-back",
    ),
    pytest.param(
        "The court set a hearing for February 29.",
        NOV_18,
        [("February 29", "2024-02-29")],
        id="leap-day-takes-the-nearest-leap-year",
    ),
]

WEEKDAY_DATE = [
    pytest.param(
        "Trump and Mamdani will meet at the White House on Friday, November 21st.",
        NOV_18,
        [("Friday, November 21st", "2025-11-21")],
        id="weekday-month-ordinal",
    ),
    pytest.param(
        "The meeting is scheduled for Fri 21 November in the Oval Office.",
        None,
        [("Fri 21 November", "XXXX-11-21")],
        id="abbreviated-weekday-day-month",
    ),
    pytest.param(
        "The Times said in an editorial on Monday, Oct. 26, 1998, that the law failed.",
        None,
        [("Monday, Oct. 26, 1998", "1998-10-26")],
        id="weekday-full-date",
    ),
    pytest.param(
        "Friday the 21st of November will mark the first meeting.",
        NOV_18,
        [("Friday the 21st of November", "2025-11-21")],
        id="weekday-the-ordinal-of-month",
    ),
    pytest.param(
        "Sources said the talks would resume on the 21st of November.",
        NOV_18,
        [("the 21st of November", "2025-11-21")],
        id="the-ordinal-of-month",
    ),
]

NUMERIC = [
    pytest.param(
        "The filing, dated 2025-11-21, was released on Monday.",
        None,
        [("2025-11-21", "2025-11-21")],
        id="iso",
    ),
    pytest.param(
        "Records updated 2025-11-21T09:30:00Z show the change.",
        None,
        [("2025-11-21", "2025-11-21")],
        id="iso-with-time",
    ),
    pytest.param(
        "The form was signed 11/21/2025 by both parties.",
        None,
        [("11/21/2025", "2025-11-21")],
        id="us-numeric-four-digit-year",
    ),
]

MONTHS = [
    pytest.param(
        "The hotel closed in November 2025 after a fire.",
        None,
        [("November 2025", "2025-11")],
        id="month-year",
    ),
    pytest.param(
        "Sales fell sharply in Nov. 2025, the report said.",
        None,
        [("Nov. 2025", "2025-11")],
        id="abbreviated-month-year",
    ),
    pytest.param(
        "The fare freeze would start in January of 2026.",
        None,
        [("January of 2026", "2026-01")],
        id="month-of-year",
    ),
    pytest.param(
        "Mamdani takes office in January.",
        NOV_18,
        [("January", "2026-01")],
        id="in-month-upcoming",
    ),
    pytest.param(
        "Prices have risen since March, and the plan is due by June.",
        NOV_18,
        [("March", "2025-03"), ("June", "2025-06")],
        id="since-and-by-month",
    ),
    pytest.param(
        "In June, he posted another video.",
        None,
        [("June", "XXXX-06")],
        id="sentence-initial-preposition",
    ),
    pytest.param(
        "The boy was found off the coast of Florida last November.",
        dt.date(2000, 1, 6),
        [("last November", "1999-11")],
        id="last-month-name",
    ),
    pytest.param(
        "He won the primary last June.",
        NOV_18,
        [("last June", "2025-06")],
        id="last-june",
    ),
    pytest.param(
        "Contracts will be signed next March, officials said.",
        NOV_18,
        [("next March", "2026-03")],
        id="next-month-name",
    ),
    pytest.param(
        "The boy was rescued in late November and stayed through mid-December.",
        dt.date(2000, 1, 6),
        [("late November", "1999-11"), ("mid-December", "1999-12")],
        id="early-late-mid",
    ),
    pytest.param(
        "The primary is in May, and results come by May.",
        NOV_18,
        [("May", "2025-05"), ("May", "2025-05")],
        id="may-after-in-and-by",
    ),
    pytest.param(
        "Talks ran from January to March, and again between June and August.",
        None,
        [("January", "XXXX-01"), ("March", "XXXX-03"), ("June", "XXXX-06"), ("August", "XXXX-08")],
        id="month-ranges",
    ),
    pytest.param(
        "The agreement was signed on May 6.",
        None,
        [("May 6", "XXXX-05-06")],
        id="may-with-a-day",
    ),
]

YEARS = [
    pytest.param(
        "The tax would take effect in 2026, officials said.",
        NOV_18,
        [("2026", "2026")],
        id="in-year",
    ),
    pytest.param(
        "He has lived in Queens since 1998.",
        None,
        [("1998", "1998")],
        id="since-year",
    ),
    pytest.param(
        "The rate doubled between 1994 and 1997, and again from 2001 to 2005.",
        None,
        [("1994", "1994"), ("1997", "1997"), ("2001", "2001"), ("2005", "2005")],
        id="year-ranges",
    ),
    pytest.param(
        "In early 1997 the talks collapsed.",
        None,
        [("early 1997", "1997")],
        id="early-year",
    ),
    pytest.param(
        "The project should be finished by the end of 2027.",
        None,
        [("2027", "2027")],
        id="end-of-year",
    ),
]

NOTHING = [
    pytest.param("You may want to read this.", NOV_18, [], id="may-the-verb"),
    pytest.param("Theresa May spoke to reporters.", NOV_18, [], id="may-the-name"),
    pytest.param("May I ask a question?", NOV_18, [], id="may-sentence-initial"),
    pytest.param("For May, the vote was a defeat.", NOV_18, [], id="may-after-weak-preposition"),
    pytest.param("Thousands will march on City Hall.", NOV_18, [], id="march-the-verb"),
    pytest.param("The March on Washington drew crowds.", NOV_18, [], id="march-the-noun"),
    pytest.param("He flew to his Mar-a-Lago residence.", NOV_18, [], id="mar-a-lago"),
    pytest.param("The court ruled on February 30.", NOV_18, [], id="invalid-day"),
    pytest.param("Shops open on November 31 this year.", NOV_18, [], id="invalid-day-30-day-month"),
    pytest.param("The form was filed 2025-13-01.", NOV_18, [], id="invalid-iso-month"),
    pytest.param("The plan costs $2026 per family.", NOV_18, [], id="amount-is-no-year"),
    pytest.param("The index stood at 2026.5 in trading.", NOV_18, [], id="decimal-is-no-year"),
    pytest.param("Growth was 2026.5 points in 2026.5 days.", NOV_18, [], id="in-decimal-no-year"),
    pytest.param("The game ended 11/21 after overtime.", NOV_18, [], id="numeric-without-year"),
    pytest.param("Call 11/21/25 for details.", NOV_18, [], id="two-digit-year"),
    pytest.param("Mamdani won 1998 votes in the district.", NOV_18, [], id="year-without-cue"),
    pytest.param("Prices in the 1990s were lower.", NOV_18, [], id="decade"),
    pytest.param("Revenue rose in 20265 markets.", NOV_18, [], id="five-digit-number"),
    pytest.param("Jan said the plan would work.", NOV_18, [], id="jan-the-name"),
    pytest.param("Read the rest in our 21\n\nNovember issue.", None, [], id="paragraph-break"),
    pytest.param("", NOV_18, [], id="empty"),
]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    DAY_MONTH_YEAR + MONTH_DAY_YEAR + WEEKDAY_DATE + NUMERIC + MONTHS + YEARS + NOTHING,
)
def test_find_dates(text: str, published: dt.date | None, expected: Expected) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param(
            "In January 2,000 people marched on City Hall.",
            NOV_18,
            [("January", "2026-01")],
            id="count-after-month-is-no-day",
        ),
        pytest.param(
            "On December 25, 1,000 volunteers served meals.",
            NOV_18,
            [("December 25", "2025-12-25")],
            id="count-after-date-is-no-year",
        ),
        pytest.param(
            "In 2025, 2000 people signed up.",
            NOV_18,
            [("2025", "2025")],
            id="comma-does-not-chain-years",
        ),
        pytest.param(
            "It rained on Jan. 3. 5 people were hurt.",
            NOV_18,
            [("Jan. 3", "2026-01-03")],
            id="sentence-end-after-date",
        ),
    ],
)
def test_numbers_next_to_dates(text: str, published: dt.date | None, expected: Expected) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(
    ("text", "weekday"),
    [
        pytest.param("on Friday, November 21, 2025", 5, id="weekday-agrees"),
        pytest.param("on Tuesday, November 21, 2025", None, id="weekday-contradicts-date"),
        pytest.param("on Fri 21 November", 5, id="weekday-kept-without-year"),
    ],
)
def test_weekday_is_kept_only_when_it_fits(text: str, weekday: int | None) -> None:
    (match,) = find_dates(text, published=None)
    assert match.value.weekday == weekday
    assert match.value.day == 21


def test_spans_slice_to_the_expression() -> None:
    text = (
        "\u201cWe\u2019ll meet Friday, November 21st,\u201d Trump said on Nov. 17. Mamdani, "
        "elected November 5, 2025, takes office in January \u2014 on 1 January 2026 \u2014 "
        "and the budget (2025-11-21) covers 2026 through 2027 \u2705 since 1998."
    )
    matches = find_dates(text, published=NOV_18)
    assert [text[m.start : m.end] for m in matches] == [
        "Friday, November 21st",
        "Nov. 17",
        "November 5, 2025",
        "January",
        "1 January 2026",
        "2025-11-21",
        "2027",
        "1998",
    ]
    assert all(a.end <= b.start for a, b in itertools.pairwise(matches))


def test_start_and_end_limit_the_search() -> None:
    text = "On 1 January 2026 he took office; on 4 July 2026 he spoke."
    middle = text.index("; on")
    matches = find_dates(text, published=None, start=middle)
    assert matches == (
        DateMatch(start=text.index("4 July"), end=text.index(" he spoke"), value=matches[0].value),
    )
    assert [m.value.timex() for m in find_dates(text, published=None, end=middle)] == ["2026-01-01"]


def test_longest_match_wins() -> None:
    text = "Polls opened on Tuesday, November 4, 2025 in New York."
    assert found(text, None) == [("Tuesday, November 4, 2025", "2025-11-04")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("1" * 1_000_000, id="digits"),
        pytest.param("A" * 1_000_000, id="capitals"),
        pytest.param(".,;:-/" * 170_000, id="punctuation"),
        pytest.param("12/12/12-12- " * 80_000, id="digit-separators"),
        pytest.param("January" + " " * 1_000_000 + "x", id="whitespace-run"),
        pytest.param("MAY JANUARY THE " * 65_000, id="capital-words"),
    ],
)
def test_no_catastrophic_backtracking(text: str) -> None:
    began = time.perf_counter()
    find_dates(text, published=NOV_18)
    assert time.perf_counter() - began < 2.0
