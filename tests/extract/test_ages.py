"""How news English gives a person's age, and whom the age is about."""

from __future__ import annotations

import pytest

from crosscheck.extract.ages import extract_ages
from crosscheck.lexicon import Lexicon
from crosscheck.values import NumberValue
from tests.conftest import make_source

EXACT = [
    pytest.param("Jane Roe, 34, said she would run.", "Jane Roe", 34, "34", id="appositive-digits"),
    pytest.param("Mr Mamdani, 34, won the race.", "Mamdani", 34, "34", id="honorific-appositive"),
    pytest.param("Jane Roe (34) said she would run.", "Jane Roe", 34, "34", id="british-brackets"),
    pytest.param(
        "The 34-year-old Jane Roe said she would run.",
        "Jane Roe",
        34,
        "34-year-old",
        id="premodifier",
    ),
    pytest.param(
        "Voters backed 34-year-old mayor-elect Jane Roe on Tuesday.",
        "Jane Roe",
        34,
        "34-year-old",
        id="premodifier-with-role",
    ),
    pytest.param(
        "Officials said Jane Roe, a 34-year-old nurse, was released.",
        "Jane Roe",
        34,
        "34-year-old",
        id="appositive-a-year-old",
    ),
    pytest.param(
        "He was referring to Mr Roe, the 34-year-old democratic socialist who won.",
        "Roe",
        34,
        "34-year-old",
        id="appositive-the-year-old",
    ),
    pytest.param(
        "Trump said Roe would like to meet, showing willingness to engage with the "
        "34-year-old democratic socialist.",
        "Roe",
        34,
        "34-year-old",
        id="the-year-old-refers-back",
    ),
    pytest.param("Jane Roe, aged 34, was released.", "Jane Roe", 34, "aged 34", id="aged"),
    pytest.param(
        "Jane Roe is 34 years old, her lawyer said.",
        "Jane Roe",
        34,
        "34 years old",
        id="is-years-old",
    ),
    pytest.param("Jane Roe, who is 34, said no.", "Jane Roe", 34, "34", id="who-is"),
    pytest.param(
        "He died on Saturday. Jane Roe was 81.", "Jane Roe", 81, "81", id="was-ending-a-sentence"
    ),
    pytest.param("Jane Roe was 27 when she was elected.", "Jane Roe", 27, "27", id="was-when"),
    pytest.param("Jane Roe turned 70 on Sunday, she said.", "Jane Roe", 70, "70", id="turned"),
    pytest.param(
        "The thirty-four-year-old Jane Roe said no.",
        "Jane Roe",
        34,
        "thirty-four-year-old",
        id="words-hyphenated",
    ),
    pytest.param(
        "Jane Roe, 34-years-old, said no.", "Jane Roe", 34, "34-years-old", id="appositive-loose"
    ),
    pytest.param(
        "Judge Jane Roe, 61, said the 54-year-old had lied.",
        "Jane Roe",
        61,
        "61",
        id="the-year-old-the-speaker-speaks-of-is-not-the-speaker",
    ),
    pytest.param("Jane Roe died Saturday at 81.", "Jane Roe", 81, "at 81", id="died-at"),
    pytest.param(
        "Jane Roe, the former mayor, died at 81 after a long illness.",
        "Jane Roe",
        81,
        "at 81",
        id="died-at-after-an-appositive",
    ),
    pytest.param(
        "Jane Roe, who died aged 70, was a poet.", "Jane Roe", 70, "aged 70", id="who-died-aged"
    ),
    pytest.param(
        "Jane Roe died in 2019 at the age of 64.",
        "Jane Roe",
        64,
        "at the age of 64",
        id="died-at-the-age-of",
    ),
    pytest.param(
        "Jane Roe died Friday at age 90, her family said.",
        "Jane Roe",
        90,
        "at age 90",
        id="died-at-age",
    ),
    pytest.param(
        "Jane Roe dies at eighty-one in her sleep.",
        "Jane Roe",
        81,
        "at eighty-one",
        id="dies-at-words",
    ),
]


@pytest.mark.parametrize(("text", "subject", "age", "span"), EXACT)
def test_exact_ages(text: str, subject: str, age: int, span: str, lexicon: Lexicon) -> None:
    found = extract_ages(make_source(text, lexicon))
    assert [(a.subject, a.value, a.text) for a in found] == [
        (subject, NumberValue.exact(age, unit="years"), span)
    ]
    assert all(text[a.span.start : a.span.end] == a.text for a in found)


DECADES = [
    pytest.param("Jane Roe said no. She is in her 30s.", 30, 39, id="decade-digits"),
    pytest.param("Jane Roe said no. She is in her early 30s.", 30, 33, id="early"),
    pytest.param("Jane Roe said no. She is in her mid-thirties.", 34, 36, id="mid-words"),
    pytest.param("John Doe said no; he is in his late 60s.", 67, 69, id="late"),
]


@pytest.mark.parametrize(("text", "low", "high"), DECADES)
def test_decades_are_intervals(text: str, low: int, high: int, lexicon: Lexicon) -> None:
    (found,) = extract_ages(make_source(text, lexicon))
    assert (found.value.min, found.value.max) == (low, high)  # type: ignore[union-attr]


NONE = [
    pytest.param("A 34-year-old man was arrested on Friday.", id="new-person-with-a"),
    pytest.param("The 100-year-old bridge was closed.", id="no-person-around"),
    pytest.param("Jane Roe, 2025, said.", id="implausible-age"),
    pytest.param("Turnout rose to 34, officials said.", id="number-not-age"),
    pytest.param("Jane Roe is 34 points ahead in the polls.", id="is-number-not-age"),
    pytest.param("Jane Roe won 34% of the vote.", id="percentage"),
    pytest.param("Jane Roe was 34 points ahead.", id="was-number-not-age"),
    pytest.param("The lead of Jane Roe was 3.5.", id="was-a-decimal-not-age"),
    pytest.param(
        "Jurors convicted the 34-year-old Aurora man of murder.",
        id="a-place-before-a-person-noun-names-nobody",
    ),
    pytest.param(
        "Jailing him, Judge Jane Roe said the 54-year-old had betrayed his clients.",
        id="the-year-old-a-speaker-speaks-of-is-somebody-else",
    ),
    pytest.param(
        "Jane Roe later told reporters the 54-year-old would appeal.",
        id="the-year-old-after-told-is-somebody-else",
    ),
    pytest.param("Jane Roe died at 3 a.m. on Sunday.", id="died-at-a-time"),
    pytest.param("Jane Roe died at 10 Downing Street.", id="died-at-an-address"),
    pytest.param("Jane Roe died at 81st Street and Broadway.", id="died-at-a-street"),
    pytest.param("Jane Roe's husband died at 81.", id="a-relative-died"),
    pytest.param("Jane Roe said the gunman died at 34.", id="somebody-else-died"),
    pytest.param("Jane Roe died at least 3 times on stage.", id="died-at-least"),
]


@pytest.mark.parametrize("text", NONE)
def test_no_age(text: str, lexicon: Lexicon) -> None:
    assert extract_ages(make_source(text, lexicon)) == ()
