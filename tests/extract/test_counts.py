"""What a number counts and whose count it is."""

from __future__ import annotations

import pytest

from crosscheck.extract.counts import extract_counts
from crosscheck.lexicon import Lexicon
from tests.conftest import make_source

INF = None
# (text, [(subject, attribute, span, min, max)])
CASES = [
    pytest.param(
        "Marshall won 12 votes, Marshall said.",
        [("Marshall", "votes", "12 votes", 12, 12)],
        id="a-name-that-starts-like-a-month",
    ),
    pytest.param(
        "Jane Roe received 1,036,051 votes, officials said.",
        [("Jane Roe", "votes", "1,036,051 votes", 1_036_051, 1_036_051)],
        id="person-before-verb",
    ),
    pytest.param(
        "Jane Roe received more than a million votes, officials said.",
        [("Jane Roe", "votes", "more than a million votes", 1_000_000, INF)],
        id="hedged-lower-bound",
    ),
    pytest.param(
        "Her challenger, former governor Tom Reed, received 1,912,004 votes.",
        [("Tom Reed", "votes", "1,912,004 votes", 1_912_004, 1_912_004)],
        id="name-inside-an-aside",
    ),
    pytest.param(
        "Jane Roe’s 1,036,051 votes were counted, officials said.",
        [("Jane Roe", "votes", "1,036,051 votes", 1_036_051, 1_036_051)],
        id="possessive-owner",
    ),
    pytest.param(
        "Mr Roe won 1.04 million popular votes, he said.",
        [("Roe", "votes", "1.04 million popular votes", 1_040_000, 1_040_000)],
        id="adjective-between-number-and-noun",
    ),
    pytest.param(
        "Mr Roe, the mayor, serves the 8.5 million people who call New York City home.",
        [("New York City", "people", "8.5 million people", 8_500_000, 8_500_000)],
        id="people-who-call-a-place-home",
    ),
    pytest.param(
        "Mr Roe praised New York City. He serves the eight-and-a-half million people that call the city their home.",
        [("New York City", "people", "eight-and-a-half million people", 8_500_000, 8_500_000)],
        id="the-city-is-the-last-city-named",
    ),
    pytest.param(
        "The plan received more than a million votes in New York’s recent election.",
        [("New York", "votes", "more than a million votes", 1_000_000, INF)],
        id="votes-in-a-place",
    ),
    pytest.param(
        "A storm killed at least 12 people in Texas over the weekend.",
        [("Texas", "deaths", "at least 12 people", 12, INF)],
        id="killed-people-are-deaths",
    ),
    pytest.param(
        "Mr Roe said 40 people were injured in the crash.",
        [("Roe", "injured", "40 people", 40, 40)],
        id="people-were-injured",
    ),
    pytest.param(
        "Jane Roe received about 8,000 signatures, she said.",
        [("Jane Roe", "signatures", "about 8,000 signatures", 7_200, 8_800)],
        id="about-is-a-band-from-the-lexicon",
    ),
    pytest.param(
        "Jane Roe employs about 18,000 people in Ohio.",
        [("Jane Roe", "people (employs)", "about 18,000 people", 16_200, 19_800)],
        id="people-told-apart-by-the-verb",
    ),
    pytest.param(
        "Jane Roe will hire 2,000 people this year.",
        [("Jane Roe", "people (hire)", "2,000 people", 2_000, 2_000)],
        id="people-hired-are-not-people-employed",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_counts(
    text: str, expected: list[tuple[str, str, str, float, float | None]], lexicon: Lexicon
) -> None:
    found = extract_counts(make_source(text, lexicon))
    assert [
        (a.subject, a.attribute, a.text, a.value.min, a.value.max)  # type: ignore[union-attr]
        for a in found
    ] == expected
    assert all(text[a.span.start : a.span.end] == a.text for a in found)


NONE = [
    pytest.param("The 34 students met on 21 November 2025.", id="no-owner-no-claim"),
    pytest.param("Jane Roe said 2025 was a hard year.", id="year-counts-nothing"),
    pytest.param("Jane Roe became the city’s 111th mayor, she said.", id="ordinal-is-not-a-count"),
    pytest.param(
        "Jane Roe is 34 years old and served 12 years in the Senate.", id="years-are-not-counted"
    ),
    pytest.param("Jane Roe beat Tom Reed by 1,985 votes.", id="a-margin-is-nobodys-total"),
    pytest.param("Jane Roe won the Oct. 12 vote.", id="a-day-of-a-month-counts-nothing"),
    pytest.param("Jane Roe won the September 12 vote.", id="a-day-of-a-month-written-out"),
    pytest.param(
        "Jane Roe recalled the July 2022 flood that killed 45 people.",
        id="a-year-counts-nothing-and-a-clause-is-no-describing-word",
    ),
    pytest.param(
        "Jane Roe won 5.3 per cent and nine seats.", id="a-share-does-not-count-what-follows-and"
    ),
]


# Words matched ignoring case that fold to none of the lexicon's (a long s, a dotless i).
FOLDED = [
    pytest.param("Jane Roe won 5 ſeats.", [], id="noun-with-a-long-s"),
    pytest.param("Jane Roe kılled 5 people.", [("Jane Roe", "people", "5 people")], id="verb"),
    pytest.param(
        "Jane Roe killed 5 people.", [("Jane Roe", "deaths", "5 people")], id="as-written"
    ),
]


@pytest.mark.parametrize(("text", "expected"), FOLDED)
def test_words_that_fold_to_no_word_of_the_lexicon(
    text: str, expected: list[tuple[str, str, str]], lexicon: Lexicon
) -> None:
    found = extract_counts(make_source(text, lexicon))
    assert [(a.subject, a.attribute, a.text) for a in found] == expected


@pytest.mark.parametrize("text", NONE)
def test_no_count_claim(text: str, lexicon: Lexicon) -> None:
    assert [a for a in extract_counts(make_source(text, lexicon)) if a.subject] == []


# Texts long enough that the extractor first looks for a counted noun anywhere.
FILLER = "Jane Roe, 34, met John Doe, 35, and Tom Reed, 36, on Friday. " * 400
LONG = [
    pytest.param(FILLER, [], id="long-text-without-a-counted-noun"),
    pytest.param(
        FILLER + "Jane Roe received 1,036,051 votes.",
        [("Jane Roe", "votes", "1,036,051 votes")],
        id="long-text-with-a-count-at-its-end",
    ),
    pytest.param(
        "Jane Roe received 1,036,051 votes. " + FILLER,
        [("Jane Roe", "votes", "1,036,051 votes")],
        id="long-text-with-a-count-at-its-start",
    ),
]


@pytest.mark.parametrize(("text", "expected"), LONG)
def test_long_texts(text: str, expected: list[tuple[str, str, str]], lexicon: Lexicon) -> None:
    found = extract_counts(make_source(text, lexicon))
    assert [(a.subject, a.attribute, a.text) for a in found] == expected
