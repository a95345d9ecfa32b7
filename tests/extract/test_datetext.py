"""The calendar dates `find_dates` reads in English news text, and what it leaves alone."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from crosscheck.extract.datetext import DateMatch, find_dates
from crosscheck.lexicon import Lexicon

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
        [("2025-11-21", "2025-11-21"), ("Monday", "XXXX-WXX-1")],
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
    pytest.param(
        "Shops open on November 31 this year.",
        NOV_18,
        [("this year", "2025")],
        id="invalid-day-30-day-month",
    ),
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


# Relative dates, counted from the publication day. NOV_18 is a Tuesday, in ISO week 2025-W47.
# A bare weekday is the nearest such day that the tense of its sentence points to (past when
# nothing says otherwise); without a publication date it keeps only the weekday. Other relative
# expressions without one keep only their direction: PAST_REF, PRESENT_REF or FUTURE_REF.
WEEKDAYS = [
    pytest.param(
        "Trump will meet Mamdani on Friday.",
        NOV_18,
        [("Friday", "2025-11-21")],
        id="future-tense-looks-ahead",
    ),
    pytest.param(
        "Trump met Mamdani on Friday.",
        NOV_18,
        [("Friday", "2025-11-14")],
        id="past-tense-looks-back",
    ),
    pytest.param(
        "Friday’s meeting drew crowds.", NOV_18, [("Friday", "2025-11-14")], id="possessive"
    ),
    pytest.param(
        "The two spoke by phone Tuesday.",
        NOV_18,
        [("Tuesday", "2025-11-18")],
        id="publication-weekday-is-that-day",
    ),
    pytest.param(
        "The vote is on Thursday.",
        NOV_18,
        [("Thursday", "2025-11-20")],
        id="present-tense-looks-ahead",
    ),
    pytest.param(
        "The boy arrived on Sunday.", NOV_18, [("Sunday", "2025-11-16")], id="irregular-past"
    ),
    pytest.param(
        "Speaking to a reporter on Sunday, Trump said Mamdani would like to meet.",
        NOV_18,
        [("Sunday", "2025-11-16")],
        id="nearest-cue-wins",
    ),
    pytest.param(
        "The team planned to leave Nairobi on Thursday.",
        NOV_18,
        [("Thursday", "2025-11-20")],
        id="planned-to-looks-ahead",
    ),
    pytest.param(
        "Protesters were planning to march on Saturday.",
        NOV_18,
        [("Saturday", "2025-11-22")],
        id="were-planning-looks-ahead",
    ),
    pytest.param(
        "“We’ll meet Friday,” Trump said.", NOV_18, [("Friday", "2025-11-21")], id="quoted-future"
    ),
    pytest.param(
        "A message was read Wednesday night.",
        NOV_18,
        [("Wednesday night", "2025-11-12")],
        id="part-of-day-keeps-the-day",
    ),
    pytest.param(
        "The council met on Monday; it meets again this Friday.",
        NOV_18,
        [("Monday", "2025-11-17"), ("this Friday", "2025-11-21")],
        id="this-weekday-in-the-publication-week",
    ),
    pytest.param(
        "It happened last Tuesday.",
        NOV_18,
        [("last Tuesday", "2025-11-11")],
        id="last-weekday-on-that-weekday",
    ),
    pytest.param(
        "It happens next Tuesday.",
        NOV_18,
        [("next Tuesday", "2025-11-25")],
        id="next-weekday-on-that-weekday",
    ),
    pytest.param(
        "He left this past Sunday and returns this coming Monday.",
        NOV_18,
        [("this past Sunday", "2025-11-16"), ("this coming Monday", "2025-11-24")],
        id="this-past-this-coming",
    ),
    pytest.param(
        "Trump will meet Mamdani on Friday.",
        None,
        [("Friday", "XXXX-WXX-5")],
        id="weekday-without-publication-date",
    ),
    pytest.param(
        "It happened last Tuesday.",
        None,
        [("last Tuesday", "XXXX-WXX-2")],
        id="last-weekday-without-publication-date",
    ),
]

NOT_WEEKDAYS = [
    pytest.param(
        "Sun readers were told on Wed. that the Fri edition moves.",
        NOV_18,
        [],
        id="abbreviations-alone",
    ),
    pytest.param(
        "Shops were busy on Good Friday and Black Friday.", NOV_18, [], id="named-fridays"
    ),
    pytest.param("He goes to church every Sunday and on Sundays.", NOV_18, [], id="habits"),
    pytest.param("The Sunday Times and the Mail on Sunday ran it.", NOV_18, [], id="newspapers"),
    pytest.param("Thousands attended Friday prayers.", NOV_18, [], id="friday-prayers"),
    pytest.param("They met on a Friday in June.", NOV_18, [("June", "2025-06")], id="a-friday"),
    pytest.param(
        "The Friday before the vote, he left.", NOV_18, [], id="the-friday-before-an-event"
    ),
]

DAY_WORDS = [
    pytest.param(
        "Officials said today that talks resume.", NOV_18, [("today", "2025-11-18")], id="today"
    ),
    pytest.param("The vote is tomorrow.", NOV_18, [("tomorrow", "2025-11-19")], id="tomorrow"),
    pytest.param(
        "He left yesterday morning.",
        NOV_18,
        [("yesterday morning", "2025-11-17")],
        id="yesterday-morning",
    ),
    pytest.param("Rallies are planned tonight.", NOV_18, [("tonight", "2025-11-18")], id="tonight"),
    pytest.param(
        "Shots were fired last night.", NOV_18, [("last night", "2025-11-17")], id="last-night"
    ),
    pytest.param(
        "It ends the day after tomorrow.",
        NOV_18,
        [("the day after tomorrow", "2025-11-20")],
        id="day-after-tomorrow",
    ),
    pytest.param(
        "Officials said today that talks resume.",
        None,
        [("today", "PRESENT_REF")],
        id="today-without-publication-date",
    ),
    pytest.param(
        "He left yesterday.",
        None,
        [("yesterday", "PAST_REF")],
        id="yesterday-without-publication-date",
    ),
    pytest.param(
        "The vote is tomorrow.",
        None,
        [("tomorrow", "FUTURE_REF")],
        id="tomorrow-without-publication-date",
    ),
    pytest.param("USA Today reported it.", NOV_18, [], id="usa-today"),
    pytest.param("He appeared on the Today show.", NOV_18, [], id="today-show"),
]

NEW_YEAR = dt.date(2026, 1, 2)  # a Friday in ISO week 2026-W01, which began on 29 December 2025

UNITS = [
    pytest.param("Talks began last week.", NOV_18, [("last week", "2025-W46")], id="last-week"),
    pytest.param(
        "He said earlier this week that he would go.",
        NOV_18,
        [("earlier this week", "2025-W47")],
        id="earlier-this-week",
    ),
    pytest.param("The vote is next week.", NOV_18, [("next week", "2025-W48")], id="next-week"),
    pytest.param("Prices rose last month.", NOV_18, [("last month", "2025-10")], id="last-month"),
    pytest.param(
        "He won the election earlier this month.",
        NOV_18,
        [("earlier this month", "2025-11")],
        id="earlier-this-month",
    ),
    pytest.param(
        "The plan starts next month.", NOV_18, [("next month", "2025-12")], id="next-month"
    ),
    pytest.param(
        "Sales fell last year and rose this year.",
        NOV_18,
        [("last year", "2024"), ("this year", "2025")],
        id="last-and-this-year",
    ),
    pytest.param(
        "Work starts late next year.", NOV_18, [("late next year", "2026")], id="late-next-year"
    ),
    pytest.param(
        "Talks began last week and last month.",
        NEW_YEAR,
        [("last week", "2025-W52"), ("last month", "2025-12")],
        id="across-new-year",
    ),
    pytest.param(
        "Talks continue this week.", NEW_YEAR, [("this week", "2026-W01")], id="iso-week-year"
    ),
    pytest.param(
        "They marched last weekend and march again this weekend.",
        NOV_18,
        [("last weekend", "2025-W46"), ("this weekend", "2025-W47")],
        id="weekend-as-its-week",
    ),
    pytest.param(
        "Over the weekend, the president said he would meet him.",
        NOV_18,
        [("the weekend", "2025-W46")],
        id="over-the-weekend-past",
    ),
    pytest.param(
        "They will meet over the weekend.",
        NOV_18,
        [("the weekend", "2025-W47")],
        id="over-the-weekend-future",
    ),
    pytest.param(
        "Talks began last week.",
        None,
        [("last week", "PAST_REF")],
        id="last-week-without-publication-date",
    ),
    pytest.param(
        "He won earlier this month.",
        None,
        [("earlier this month", "PRESENT_REF")],
        id="this-month-without-publication-date",
    ),
    pytest.param(
        "The law takes effect next year.",
        None,
        [("next year", "FUTURE_REF")],
        id="next-year-without-publication-date",
    ),
    pytest.param("Prices rose over the past week.", NOV_18, [], id="the-past-week-is-a-duration"),
    pytest.param(
        "Rates will hold for the next year.", NOV_18, [], id="the-next-year-is-a-duration"
    ),
    pytest.param("They meet once a week.", NOV_18, [], id="a-week"),
]

COUNTED = [
    pytest.param(
        "He arrived two days ago.", NOV_18, [("two days ago", "2025-11-16")], id="days-ago"
    ),
    pytest.param("It began 11 days ago.", NOV_18, [("11 days ago", "2025-11-07")], id="digits-ago"),
    pytest.param(
        "It began three weeks ago.", NOV_18, [("three weeks ago", "2025-W44")], id="weeks-ago"
    ),
    pytest.param(
        "It began two months ago.", NOV_18, [("two months ago", "2025-09")], id="months-ago"
    ),
    pytest.param("It began a year ago.", NOV_18, [("a year ago", "2024")], id="a-year-ago"),
    pytest.param(
        "The war ended almost four years ago.",
        NOV_18,
        [("almost four years ago", "2021")],
        id="almost-years-ago",
    ),
    pytest.param(
        "A decade ago, it was different.", NOV_18, [("A decade ago", "2015")], id="a-decade-ago"
    ),
    pytest.param(
        "It began a few days ago.",
        NOV_18,
        [("a few days ago", "PAST_REF")],
        id="vague-count-is-only-past",
    ),
    pytest.param(
        "It began more than two years ago.",
        NOV_18,
        [("more than two years ago", "PAST_REF")],
        id="bound-is-only-past",
    ),
    pytest.param(
        "It ends three days from now.",
        NOV_18,
        [("three days from now", "2025-11-21")],
        id="from-now",
    ),
    pytest.param(
        "It ends in two weeks' time.", NOV_18, [("two weeks' time", "2025-W49")], id="in-weeks-time"
    ),
    pytest.param(
        "The verdict will come in two weeks.",
        NOV_18,
        [("two weeks", "2025-W49")],
        id="in-weeks-looking-ahead",
    ),
    pytest.param(
        "He arrived two days ago.",
        None,
        [("two days ago", "PAST_REF")],
        id="ago-without-publication-date",
    ),
    pytest.param(
        "It ends in two weeks' time.",
        None,
        [("two weeks' time", "FUTURE_REF")],
        id="in-time-without-publication-date",
    ),
    pytest.param("The work was finished in two weeks.", NOV_18, [], id="in-weeks-as-a-duration"),
    pytest.param("He served two years in prison.", NOV_18, [], id="a-duration"),
]

REFERENCES = [
    pytest.param(
        "The embassy is now operating from a hotel.", NOV_18, [("now", "PRESENT_REF")], id="now"
    ),
    pytest.param(
        "Right now, my evidence is scant.", NOV_18, [("Right now", "PRESENT_REF")], id="right-now"
    ),
    pytest.param(
        "He currently lives in Queens.", None, [("currently", "PRESENT_REF")], id="currently"
    ),
    pytest.param(
        "Castro said he would travel with his current wife.",
        NOV_18,
        [("current", "PRESENT_REF")],
        id="current-before-a-noun",
    ),
    pytest.param("The two had recently met.", NOV_18, [("recently", "PAST_REF")], id="recently"),
    pytest.param(
        "Such raids happened in the past.", NOV_18, [("the past", "PAST_REF")], id="in-the-past"
    ),
    pytest.param(
        "Kenya must prepare for the future.",
        NOV_18,
        [("the future", "FUTURE_REF")],
        id="the-future",
    ),
    pytest.param(
        "A deal is likely in the near future.",
        NOV_18,
        [("the near future", "FUTURE_REF")],
        id="the-near-future",
    ),
    pytest.param("Trump may soon meet Mamdani.", NOV_18, [("soon", "FUTURE_REF")], id="soon"),
    pytest.param(
        "He could leave as soon as Wednesday.",
        NOV_18,
        [("Wednesday", "2025-11-19")],
        id="as-soon-as",
    ),
    pytest.param("He was soon released.", NOV_18, [], id="soon-in-a-past-story"),
    pytest.param("He resigned soon after the vote.", NOV_18, [], id="soon-after"),
    pytest.param("Oil futures rose.", NOV_18, [], id="futures"),
    pytest.param("An electric current ran through the wire.", NOV_18, [], id="electric-current"),
    pytest.param("The current account deficit grew.", NOV_18, [], id="current-account"),
]

MONTH_OF_RELATIVE_YEAR = [
    pytest.param(
        "NATO meets in April next year.",
        NOV_18,
        [("April next year", "2026-04")],
        id="month-next-year",
    ),
    pytest.param(
        "It was approved in early October this year.",
        NOV_18,
        [("early October this year", "2025-10")],
        id="month-this-year",
    ),
    pytest.param(
        "NATO meets in April next year.",
        None,
        [("April next year", "XXXX-04")],
        id="month-next-year-without-publication-date",
    ),
]

YEAR_BEFORE_NOUN = [
    pytest.param(
        "He is charged in the 1996 Olympic bombing.", NOV_18, [("1996", "1996")], id="the-year-noun"
    ),
    pytest.param(
        "A 1996 law named for him took effect.", NOV_18, [("1996", "1996")], id="a-year-noun"
    ),
    pytest.param("The 2000 people who marched were arrested.", NOV_18, [], id="count-of-people"),
    pytest.param("The 1992 votes were recounted.", NOV_18, [], id="plural-noun-may-be-counted"),
]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    WEEKDAYS
    + NOT_WEEKDAYS
    + DAY_WORDS
    + UNITS
    + COUNTED
    + REFERENCES
    + MONTH_OF_RELATIVE_YEAR
    + YEAR_BEFORE_NOUN,
)
def test_relative_dates(text: str, published: dt.date | None, expected: Expected) -> None:
    assert found(text, published) == expected


def test_a_resolved_weekday_keeps_its_weekday() -> None:
    (match,) = find_dates("Trump will meet Mamdani on Friday.", published=NOV_18)
    assert match.value.weekday == 5
    assert match.value.describe() == "Fri 2025-11-21"


def test_unresolved_relative_dates_conflict_with_nothing() -> None:
    text = "He left yesterday, last week, two days ago, and will return tomorrow."
    day = find_dates("on 3 March 2024", published=None)[0].value
    values = [m.value for m in find_dates(text, published=None)]
    assert [v.timex() for v in values] == ["PAST_REF", "PAST_REF", "PAST_REF", "FUTURE_REF"]
    assert all(v.compatible(day) and day.compatible(v) for v in values)


ANCHORED = [
    pytest.param(
        "The vote came three days after 1 January 2026.",
        None,
        [("three days after 1 January 2026", "2026-01-04")],
        id="days-after",
    ),
    pytest.param(
        "He left two weeks before Christmas Day 2025.",
        None,
        [("two weeks before Christmas Day 2025", "2025-12-11")],
        id="weeks-before-a-holiday",
    ),
    pytest.param(
        "It was a day after November 18, 2025, officials said.",
        None,
        [("a day after November 18, 2025", "2025-11-19")],
        id="a-day-after",
    ),
    pytest.param(
        "It came three days after Jan. 30.",
        NOV_18,
        [("three days after Jan. 30", "2026-02-02")],
        id="across-a-month-with-publication-year",
    ),
    pytest.param(
        "The confirmation comes three days after Trump acknowledged it.",
        NOV_18,
        [],
        id="anchored-on-an-event-not-resolved",
    ),
    pytest.param(
        "Three days after January, it snowed.",
        None,
        [("January", "XXXX-01")],
        id="month-is-not-an-anchor",
    ),
    pytest.param(
        "It ended six days later than 1 May 2025.",
        None,
        [("six days later than 1 May 2025", "2025-05-07")],
        id="later-than",
    ),
    pytest.param(
        "Ten days from\n1 May 2025, it ended.",
        None,
        [("Ten days from\n1 May 2025", "2025-05-11")],
        id="from-across-a-line",
    ),
    pytest.param(
        "Three days after, on 1 May 2025, it ended.",
        None,
        [("1 May 2025", "2025-05-01")],
        id="a-comma-between-is-no-anchor",
    ),
    pytest.param(
        "It came ſix days after 1 May 2025.",
        None,
        [("1 May 2025", "2025-05-01")],
        id="a-count-that-folds-to-no-number",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), ANCHORED)
def test_dates_counted_from_a_date(
    text: str, published: dt.date | None, expected: list[tuple[str, str]], lexicon: Lexicon
) -> None:
    found = find_dates(text, published=published, holidays=lexicon.holidays)
    assert [(text[m.start : m.end], m.value.timex()) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the parade on Independence Day", [("Independence Day", "2025-07-04")]),
        ("the parade on INDEPENDENCE DAY", [("INDEPENDENCE DAY", "2025-07-04")]),
        # "İ" matches "i" ignoring case but casefolds to "i̇": no holiday is known by that name.
        ("the parade on İndependence Day", []),
    ],
)
def test_holidays_are_read_in_any_case_and_never_guessed(
    text: str, expected: list[tuple[str, str]], lexicon: Lexicon
) -> None:
    found = find_dates(text, published=dt.date(2025, 6, 1), holidays=lexicon.holidays)
    assert [(text[m.start : m.end], m.value.timex()) for m in found] == expected
