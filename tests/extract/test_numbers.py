"""The numbers `find_numbers` reads in English news text, as intervals, and what it leaves alone."""

from __future__ import annotations

import dataclasses
import itertools
import re

import pytest

from crosscheck.lexicon import Lexicon
from crosscheck.numbers import NumberMatch, find_numbers

INF = None  # an open end
M = 1_000_000
# (matched text, kind, min, max, value, unit)
Row = tuple[str, str, float | None, float | None, float | None, str]


def rounded(number: float | None) -> float | None:
    return None if number is None else round(number, 6)


def rows(text: str, matches: tuple[NumberMatch, ...]) -> list[Row]:
    """Each match as (text, kind, min, max, value, unit), numbers rounded to 6 places."""
    return [
        (
            text[m.start : m.end],
            str(m.kind),
            rounded(m.value.min),
            rounded(m.value.max),
            rounded(m.value.value),
            m.value.unit,
        )
        for m in matches
    ]


def exact(text: str, kind: str, number: float, unit: str = "") -> Row:
    """A number stated exactly: its interval is the number itself."""
    return (text, kind, rounded(number), rounded(number), rounded(number), unit)


DIGITS = [
    pytest.param(
        "Mamdani received 1,036,051 votes.",
        [exact("1,036,051", "cardinal", 1_036_051)],
        id="thousands-separators",
    ),
    pytest.param("He won 50.4 of them.", [exact("50.4", "decimal", 50.4)], id="decimal"),
    pytest.param("4.800", [exact("4.800", "decimal", 4.8)], id="decimal-trailing-zeros"),
    pytest.param(
        "1,674,200.5", [exact("1,674,200.5", "decimal", 1_674_200.5)], id="separators-and-decimals"
    ),
    pytest.param("It fell to -5 degrees.", [exact("-5", "cardinal", -5)], id="negative"),
    pytest.param("It took 2 1/4 hours.", [exact("2 1/4", "fraction", 2.25)], id="mixed-fraction"),
    pytest.param("Only 1/2 came.", [exact("1/2", "fraction", 0.5)], id="slash-fraction"),
]

SCALES = [
    pytest.param(
        "Roe won 1.04 million votes.",
        [exact("1.04 million", "large", 1_040_000)],
        id="decimal-million",
    ),
    pytest.param("2 million", [exact("2 million", "large", 2 * M)], id="million"),
    pytest.param(
        "1,674.5 million",
        [exact("1,674.5 million", "large", 1_674_500_000)],
        id="separators-million",
    ),
    pytest.param("1.5 trillion", [exact("1.5 trillion", "large", 1.5e12)], id="trillion"),
    pytest.param(
        "It drew 1.2m votes.",
        [exact("1.2m", "large", 1_200_000)],
        id="letter-m-before-counted-noun",
    ),
    pytest.param("The wall is 5m tall.", [], id="letter-m-may-be-metres"),
    pytest.param("A 10k run.", [], id="letter-k-without-currency-or-noun"),
    pytest.param(
        "It cost $7k.", [exact("$7k", "currency", 7000, "USD")], id="letter-k-after-currency"
    ),
    pytest.param("Exports of 5bn.", [exact("5bn", "large", 5e9)], id="bn-always-a-scale"),
]

WORDS = [
    pytest.param("a million", [exact("a million", "large", M)], id="a-million"),
    pytest.param(
        "eight-and-a-half million people",
        [exact("eight-and-a-half million", "large", 8.5 * M)],
        id="hyphenated-and-a-half-million",
    ),
    pytest.param(
        "five and a half million fishes",
        [exact("five and a half million", "large", 5.5 * M)],
        id="and-a-half-million",
    ),
    pytest.param("half a million", [exact("half a million", "large", M / 2)], id="half-a-million"),
    pytest.param(
        "a quarter million", [exact("a quarter million", "large", M / 4)], id="a-quarter-million"
    ),
    pytest.param(
        "twenty-one trillion",
        [exact("twenty-one trillion", "large", 21e12)],
        id="tens-units-trillion",
    ),
    pytest.param("two dozen", [exact("two dozen", "cardinal", 24)], id="two-dozen"),
    pytest.param("a dozen", [exact("a dozen", "cardinal", 12)], id="a-dozen"),
    pytest.param("half a dozen", [exact("half a dozen", "cardinal", 6)], id="half-a-dozen"),
    pytest.param(
        "three-quarters of voters", [exact("three-quarters", "fraction", 0.75)], id="three-quarters"
    ),
    pytest.param("two thirds", [exact("two thirds", "fraction", 2 / 3)], id="two-thirds"),
    pytest.param("one-eighth", [exact("one-eighth", "fraction", 0.125)], id="hyphenated-fraction"),
    pytest.param("one and a half", [exact("one and a half", "fraction", 1.5)], id="one-and-a-half"),
    pytest.param("a fifth of voters", [exact("a fifth", "fraction", 0.2)], id="a-fifth-of"),
    pytest.param(
        "one hundred and five", [exact("one hundred and five", "cardinal", 105)], id="hundred-and"
    ),
    pytest.param(
        "Three hundred and thirty one",
        [exact("Three hundred and thirty one", "cardinal", 331)],
        id="capitalized-unhyphenated",
    ),
    pytest.param("twenty-one", [exact("twenty-one", "cardinal", 21)], id="twenty-one"),
    pytest.param("two days ago", [exact("two", "cardinal", 2)], id="one-word-then-another"),
    pytest.param("Twenty days", [exact("Twenty", "cardinal", 20)], id="tens-then-another-word"),
    pytest.param("zero votes", [exact("zero", "cardinal", 0)], id="zero-then-another-word"),
    pytest.param("twenty one", [exact("twenty one", "cardinal", 21)], id="tens-then-units"),
    pytest.param("nineteen hundred", [exact("nineteen hundred", "cardinal", 1900)], id="hundred"),
    # Words matched ignoring case that fold to none of the words read (a long s): left unread.
    pytest.param("hundredſ of people", [], id="plural-with-a-long-s"),
    pytest.param("5 thouſand people", [exact("5", "cardinal", 5)], id="scale-with-a-long-s"),
    pytest.param(
        "5 million poundſ", [exact("5 million", "large", 5 * M)], id="money-with-a-long-s"
    ),
    pytest.param("ſome 5 people", [exact("5", "cardinal", 5)], id="hedge-with-a-long-s"),
    pytest.param(
        "two thousand and two hundred",
        [exact("two thousand and two hundred", "cardinal", 2200)],
        id="thousand-and-hundreds",
    ),
    pytest.param(
        "two hundred and two thousand",
        [exact("two hundred and two thousand", "cardinal", 202_000)],
        id="hundreds-thousand",
    ),
    pytest.param(
        "one and two",
        [exact("one", "cardinal", 1), exact("two", "cardinal", 2)],
        id="and-joins-no-numbers",
    ),
]

VAGUE = [
    pytest.param(
        "Hundreds of protesters marched.",
        [("Hundreds", "cardinal", 200, INF, None, "")],
        id="hundreds-of",
    ),
    pytest.param(
        "tens of thousands of people",
        [("tens of thousands", "cardinal", 20_000, INF, None, "")],
        id="tens-of-thousands-of",
    ),
    pytest.param(
        "millions of dollars", [("millions", "large", 2 * M, INF, None, "")], id="millions-of"
    ),
    pytest.param("by the hundreds", [], id="plural-without-of"),
]

PERCENT = [
    pytest.param("50.4%", [exact("50.4%", "percent", 50.4, "%")], id="sign"),
    pytest.param("50.4 per cent", [exact("50.4 per cent", "percent", 50.4, "%")], id="per-cent"),
    pytest.param("50.4 percent", [exact("50.4 percent", "percent", 50.4, "%")], id="percent"),
    pytest.param("fifty percent", [exact("fifty percent", "percent", 50, "%")], id="words"),
    pytest.param("sank 27 % in the quarter", [exact("27 %", "percent", 27, "%")], id="tokenized"),
    pytest.param(
        "3 percentage points", [exact("3", "cardinal", 3)], id="percentage-points-not-percent"
    ),
]

CURRENCY = [
    pytest.param("$2.5bn", [exact("$2.5bn", "currency", 2.5e9, "USD")], id="dollar-bn"),
    pytest.param("£3.4bn", [exact("£3.4bn", "currency", 3.4e9, "GBP")], id="pound-bn"),
    pytest.param("€10 billion", [exact("€10 billion", "currency", 1e10, "EUR")], id="euro-billion"),
    pytest.param("US$5m", [exact("US$5m", "currency", 5 * M, "USD")], id="us-dollar-m"),
    pytest.param("A$5", [exact("A$5", "currency", 5, "AUD")], id="australian-dollar"),
    pytest.param("S$5", [exact("S$5", "currency", 5, "S$")], id="other-dollar-keeps-its-prefix"),
    pytest.param("a $5 bill", [exact("$5", "currency", 5, "USD")], id="article-before-dollar"),
    pytest.param("¥500", [exact("¥500", "currency", 500, "JPY")], id="yen-sign"),
    pytest.param(
        "it raised $ 75 million of bonds",
        [exact("$ 75 million", "currency", 75 * M, "USD")],
        id="tokenized-sign",
    ),
    pytest.param(
        "ranges between c $ 16.4 million",
        [exact("c $ 16.4 million", "currency", 16.4 * M, "CAD")],
        id="tokenized-canadian",
    ),
    pytest.param(
        "a us $ 150 million loan",
        [exact("us $ 150 million", "currency", 150 * M, "USD")],
        id="tokenized-us",
    ),
    pytest.param(
        "361 million pounds",
        [exact("361 million pounds", "currency", 361 * M, "GBP")],
        id="pounds-after-scale",
    ),
    pytest.param("he lost 30 pounds", [exact("30", "cardinal", 30)], id="pounds-of-weight"),
    pytest.param(
        "323 million euros",
        [exact("323 million euros", "currency", 323 * M, "EUR")],
        id="euros-word",
    ),
    pytest.param(
        "five million yen", [exact("five million yen", "currency", 5 * M, "JPY")], id="words-yen"
    ),
    pytest.param(
        "Give me 5 dollars", [exact("5 dollars", "currency", 5, "USD")], id="dollars-word"
    ),
    pytest.param("down 34 cents", [exact("34 cents", "currency", 34, "cents")], id="cents"),
]

ORDINALS = [
    pytest.param(
        "the city's 111th mayor", [exact("111th", "ordinal", 111, "ordinal")], id="digits"
    ),
    pytest.param("the 21st century", [exact("21st", "ordinal", 21, "ordinal")], id="digits-st"),
    pytest.param("his third term", [exact("third", "ordinal", 3, "ordinal")], id="word"),
    pytest.param(
        "the twenty-first century",
        [exact("twenty-first", "ordinal", 21, "ordinal")],
        id="compound-word",
    ),
    pytest.param(
        "won a fifth term", [exact("fifth", "ordinal", 5, "ordinal")], id="a-fifth-before-a-noun"
    ),
    pytest.param(
        "the third quarter",
        [exact("third", "ordinal", 3, "ordinal")],
        id="third-quarter-is-no-fraction",
    ),
]

HEDGES = [
    pytest.param(
        "more than a million votes",
        [("more than a million", "large", M, INF, M, "")],
        id="more-than",
    ),
    pytest.param("at least 12", [("at least 12", "cardinal", 12, INF, 12, "")], id="at-least"),
    pytest.param(
        "fewer than 500",
        [("fewer than 500", "cardinal", 0, 500, 500, "")],
        id="fewer-than-counts-from-zero",
    ),
    pytest.param(
        "Fewer than a thousand pandas",
        [("Fewer than a thousand", "cardinal", 0, 1000, 1000, "")],
        id="capitalized-hedge",
    ),
    pytest.param("up to 700 workers", [("up to 700", "cardinal", 0, 700, 700, "")], id="up-to"),
    pytest.param(
        "nearly 1 million", [("nearly 1 million", "large", 900_000, M, M, "")], id="nearly"
    ),
    pytest.param(
        "about 8.5 million people",
        [("about 8.5 million", "large", 7_650_000, 9_350_000, 8.5 * M, "")],
        id="about",
    ),
    pytest.param("some 300 people", [("some 300", "cardinal", 270, 330, 300, "")], id="some"),
    pytest.param(
        "more than $ 247 million",
        [("more than $ 247 million", "currency", 247 * M, INF, 247 * M, "USD")],
        id="hedged-currency",
    ),
    pytest.param("10 or more", [("10 or more", "cardinal", 10, INF, 10, "")], id="or-more"),
    pytest.param(
        "about five hundred or less",
        [("five hundred or less", "cardinal", 0, 500, 500, "")],
        id="or-less-wins",
    ),
    pytest.param("50-plus", [("50-plus", "cardinal", 50, INF, 50, "")], id="plus"),
    pytest.param("20 or so", [("20 or so", "cardinal", 18, 22, 20, "")], id="or-so"),
    pytest.param(
        "more than half people came",
        [("more than half", "fraction", 0.5, INF, 0.5, "")],
        id="more-than-half",
    ),
    pytest.param(
        "More than 1/2 came.",
        [("More than 1/2", "fraction", 0.5, INF, 0.5, "")],
        id="more-than-a-slash-fraction",
    ),
    pytest.param(
        "below -5 degrees", [("below -5", "cardinal", INF, -5, -5, "")], id="negative-upper-bound"
    ),
]

RANGES = [
    pytest.param(
        "between one hundred and two hundred",
        [("between one hundred and two hundred", "range", 100, 200, None, "")],
        id="between-hundreds-in-words",
    ),
    pytest.param(
        "between 20 and 30", [("between 20 and 30", "range", 20, 30, None, "")], id="between"
    ),
    pytest.param("20 to 30 people", [("20 to 30", "range", 20, 30, None, "")], id="to"),
    pytest.param("20-30 people", [("20-30", "range", 20, 30, None, "")], id="dash"),
    pytest.param("1000–5000", [("1000–5000", "range", 1000, 5000, None, "")], id="en-dash"),
    pytest.param(
        "from 200 to 3,000", [("from 200 to 3,000", "range", 200, 3000, None, "")], id="from-to"
    ),
    pytest.param("20 through 100", [("20 through 100", "range", 20, 100, None, "")], id="through"),
    pytest.param("one or two", [("one or two", "range", 1, 2, None, "")], id="or"),
    pytest.param(
        "between 20 and 30 million",
        [("between 20 and 30 million", "range", 20 * M, 30 * M, None, "")],
        id="scale-of-the-upper-end",
    ),
    pytest.param("$2-3bn", [("$2-3bn", "range", 2e9, 3e9, None, "USD")], id="currency-dash-scale"),
    pytest.param(
        "20 to 30%", [("20 to 30%", "range", 20, 30, None, "%")], id="unit-of-the-upper-end"
    ),
    pytest.param(
        "from one thousand to one thousand and five hundred",
        [("from one thousand to one thousand and five hundred", "range", 1000, 1500, None, "")],
        id="words",
    ),
    pytest.param(
        "at least 20 and at most 30",
        [("at least 20 and at most 30", "range", 20, 30, None, "")],
        id="two-bounds",
    ),
    pytest.param(
        "at most 100 and at least 20",
        [("at most 100 and at least 20", "range", 20, 100, None, "")],
        id="two-bounds-reversed",
    ),
    pytest.param(
        "about 20 to 30", [("about 20 to 30", "range", 18, 33, None, "")], id="about-a-range"
    ),
    pytest.param(
        "it fell from 7 to 5",
        [exact("7", "cardinal", 7), exact("5", "cardinal", 5)],
        id="downward-is-no-range",
    ),
    pytest.param(
        "$20 to 30%",
        [exact("$20", "currency", 20, "USD"), exact("30%", "percent", 30, "%")],
        id="different-units",
    ),
]

TRAPS = [
    pytest.param("The one you mentioned is invalid", [], id="pronoun-the-one"),
    pytest.param("Which one do you prefer?", [], id="pronoun-which-one"),
    pytest.param("That one is really good", [], id="pronoun-that-one"),
    pytest.param("One can see why.", [], id="pronoun-one-can"),
    pytest.param("They helped one another.", [], id="pronoun-one-another"),
    pytest.param("one of them", [exact("one", "cardinal", 1)], id="one-of-them-is-a-count"),
    pytest.param("I was a current student; a next of kin; a last resort", [], id="a-is-no-number"),
    pytest.param(
        "November 21, 2025",
        [exact("21", "cardinal", 21), exact("2025", "cardinal", 2025)],
        id="date-parts-are-cardinals",
    ),
    pytest.param("Polls closed at 9pm or 9 p.m. or 3:30", [], id="times"),
    pytest.param("Call 212-555-1234 or (212) 555-1234 or 1-800-273-8255.", [], id="phone-numbers"),
    pytest.param("COVID-19, G20, i7, 2.0.1, 24/7, 9/11", [], id="codes"),
    pytest.param("the 1990s", [], id="decade"),
    pytest.param("a 3-1 win", [], id="score"),
    pytest.param("the 2020-21 season", [], id="season"),
    pytest.param("the Boeing 737 crashed", [], id="model-name"),
    pytest.param("he lives at No. 10", [], id="no-10"),
    pytest.param(
        "She's 60 years old.", [exact("60", "cardinal", 60)], id="capital-at-sentence-start"
    ),
    pytest.param(
        "on Friday 500 people marched", [exact("500", "cardinal", 500)], id="after-a-weekday"
    ),
    pytest.param(
        "Storm Kills 12 In Texas", [exact("12", "cardinal", 12)], id="title-case-headline"
    ),
    pytest.param(
        "the second half of the year", [exact("second", "ordinal", 2, "ordinal")], id="second-half"
    ),
    pytest.param("half of the votes", [exact("half", "fraction", 0.5)], id="half-of"),
    pytest.param("the half-time show", [], id="half-in-a-compound"),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [*DIGITS, *SCALES, *WORDS, *VAGUE, *PERCENT, *CURRENCY, *ORDINALS, *HEDGES, *RANGES, *TRAPS],
)
def test_numbers(text: str, expected: list[Row], lexicon: Lexicon) -> None:
    assert rows(text, find_numbers(text, lexicon=lexicon)) == [
        (t, k, rounded(lo), rounded(hi), rounded(v), u) for t, k, lo, hi, v, u in expected
    ]


WITHOUT_LEXICON = [
    pytest.param("more than a million votes", [exact("a million", "large", M)], id="no-hedge"),
    pytest.param("10 or more", [exact("10", "cardinal", 10)], id="no-postfix-hedge"),
    pytest.param(
        "between 20 and 30",
        [("between 20 and 30", "range", 20, 30, None, "")],
        id="ranges-still-read",
    ),
]


@pytest.mark.parametrize(("text", "expected"), WITHOUT_LEXICON)
def test_without_a_lexicon_numbers_are_read_as_written(text: str, expected: list[Row]) -> None:
    assert rows(text, find_numbers(text)) == expected


PRECISION = [
    pytest.param("1.04 million", 5_000, id="decimal-million"),
    pytest.param("8.5 million", 50_000, id="one-decimal-million"),
    pytest.param("eight-and-a-half million", 250_000, id="half-a-million-step"),
    pytest.param("a million", 500_000, id="a-million"),
    pytest.param("two hundred and two thousand", 500, id="thousand"),
    pytest.param("$2.5bn", 50_000_000, id="bn"),
    pytest.param("50.4%", 0.05, id="decimal"),
    pytest.param("1,036,051", 0, id="whole-number-is-exact"),
    pytest.param("twenty-one", 0, id="words-are-exact"),
    pytest.param("two dozen", 0, id="dozen-is-exact"),
    pytest.param("two thirds", 0, id="fraction-is-exact"),
    pytest.param("more than a million", 0, id="bound-is-stated"),
    pytest.param("about 8.5 million", 0, id="tolerance-replaces-rounding"),
    pytest.param("between 1 and 2 million", 0, id="range"),
]


@pytest.mark.parametrize(("text", "precision"), PRECISION)
def test_precision(text: str, precision: float, lexicon: Lexicon) -> None:
    (match,) = find_numbers(text, lexicon=lexicon)
    assert match.precision == pytest.approx(precision)
    assert match.value.precision == match.precision


TOLERANCES = [
    pytest.param("about 8.5 million", 0.2, 0.1, (6_800_000, 10_200_000), id="about"),
    pytest.param("nearly 1 million", 0.1, 0.05, (950_000, M), id="almost"),
    pytest.param("about 8.5 million", 0.0, 0.0, (8.5 * M, 8.5 * M), id="no-tolerance"),
]


@pytest.mark.parametrize(("text", "about", "almost", "bounds"), TOLERANCES)
def test_tolerances_come_from_the_lexicon(
    text: str, about: float, almost: float, bounds: tuple[float, float], lexicon: Lexicon
) -> None:
    changed = dataclasses.replace(lexicon, about_tolerance=about, almost_tolerance=almost)
    (match,) = find_numbers(text, lexicon=changed)
    assert (match.value.min, match.value.max) == pytest.approx(bounds)


ARTICLE = (
    "NEW YORK (Nov 21, 2025) - Zohran Mamdani received 1,036,051 votes, or 50.4 per cent, more "
    "than a million in all. About 8.5 million people - eight-and-a-half million - call the city "
    "home; between 20 and 30 of them wrote in. The $2.5bn plan, a 3-1 vote and COVID-19 aside, "
    "drew two thirds of the council and 111th place.\n"
)


def test_spans_slice_to_their_text_sorted_and_apart(lexicon: Lexicon) -> None:
    found = find_numbers(ARTICLE, lexicon=lexicon)
    assert [ARTICLE[m.start : m.end] for m in found] == [
        "21",
        "2025",
        "1,036,051",
        "50.4 per cent",
        "more than a million",
        "About 8.5 million",
        "eight-and-a-half million",
        "between 20 and 30",
        "$2.5bn",
        "two thirds",
        "111th",
    ]
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


def test_start_and_end_limit_the_search(lexicon: Lexicon) -> None:
    text = "12 apples, then more than 30 pears, then 45 plums"
    start, end = text.index("30") - 2, text.index("45") + 2
    assert rows(text, find_numbers(text, start=start, end=end, lexicon=lexicon)) == [
        exact("30", "cardinal", 30),
        exact("45", "cardinal", 45),
    ]


# (text, what must follow a number, the numbers kept)
FOLLOWED = [
    pytest.param("12 apples, 30 pears", r"\s+pears", ["30"], id="one-of-two"),
    pytest.param("more than 30 pears", r"\s+pears", ["more than 30"], id="hedge-kept"),
    pytest.param("between 20 and 30 pears", r"\s+pears", ["between 20 and 30"], id="range-kept"),
    pytest.param("20 pears and 30 plums", r"\s+p", ["20", "30"], id="every-match"),
    pytest.param("20 pears", r"pears", [], id="right-after-the-number"),
]


@pytest.mark.parametrize(("text", "after", "expected"), FOLLOWED)
def test_followed_by_keeps_the_numbers_it_matches_after(
    text: str, after: str, expected: list[str], lexicon: Lexicon
) -> None:
    found = find_numbers(text, lexicon=lexicon, followed_by=re.compile(after))
    assert [text[m.start : m.end] for m in found] == expected
    assert set(found) <= set(find_numbers(text, lexicon=lexicon))


HUGE = [
    pytest.param("1" * 10_000, id="long-digit-run"),
    pytest.param("1," * 10_000, id="digits-and-commas"),
    pytest.param("1,000" * 2_000, id="separator-groups"),
    pytest.param("one " * 5_000, id="number-words"),
]


@pytest.mark.parametrize("text", HUGE)
def test_runs_of_digits_and_words_are_read_without_error(text: str, lexicon: Lexicon) -> None:
    for match in find_numbers(text, lexicon=lexicon):
        assert match.end - match.start < 100


def test_hedges_come_from_the_lexicon(lexicon: Lexicon) -> None:
    text = "The bid was north of 4,565"
    assert rows(text, find_numbers(text, lexicon=lexicon)) == [exact("4,565", "cardinal", 4565)]
    hedges = {**lexicon.hedges, "north of": "above"}
    extended = dataclasses.replace(lexicon, hedges=hedges)
    assert rows(text, find_numbers(text, lexicon=extended)) == [
        ("north of 4,565", "cardinal", 4565, INF, 4565, "")
    ]
