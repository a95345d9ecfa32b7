"""How news English gives people's offices: before the name, after it, by a verb, or alone."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crosscheck.extract.titles import (
    ROLE_CONFIDENCE,
    _first_two,
    _lower_case,
    _Offices,
    extract_titles,
)
from crosscheck.lexicon import Lexicon
from crosscheck.text import alternation
from crosscheck.values import TitleValue
from tests.conftest import make_source

# (text, [(subject, attribute, span text, describe())])
CASES = [
    pytest.param(
        "White House press secretary Karoline Leavitt said no date was set.",
        [
            (
                "Karoline Leavitt",
                "press secretary",
                "White House press secretary",
                "White House press secretary",
            )
        ],
        id="premodifier-with-organisation",
    ),
    pytest.param(
        "Mr Trump endorsed former New York governor Andrew Cuomo, who said thanks.",
        [("Andrew Cuomo", "governor", "former New York governor", "former New York governor")],
        id="premodifier-former-place",
    ),
    pytest.param(
        "He met New York City’s mayor-elect, Zohran Mamdani, on Friday, Mamdani said.",
        [("Zohran Mamdani", "mayor", "New York City’s mayor-elect", "New York City mayor-elect")],
        id="premodifier-possessive-place-comma",
    ),
    pytest.param(
        "US President Donald Trump said so.",
        [("Donald Trump", "president", "US President", "United States president")],
        id="title-written-as-prefix",
    ),
    pytest.param(
        "Zohran Mamdani, the mayor-elect, said he was ready.",
        [("Zohran Mamdani", "mayor", "mayor-elect", "mayor-elect")],
        id="appositive",
    ),
    pytest.param(
        "Mr Mamdani, the 34-year-old democratic socialist and former state assembly member who won, said so.",
        [
            (
                "Mamdani",
                "state assembly member",
                "former state assembly member",
                "former state assembly member",
            )
        ],
        id="appositive-inside-a-longer-phrase",
    ),
    pytest.param(
        "Andrew Cuomo, who is the former governor of New York, said so.",
        [("Andrew Cuomo", "governor", "former governor of New York", "former New York governor")],
        id="who-is-with-of-place",
    ),
    pytest.param(
        "Mr Mamdani will be sworn in as New York City's 111th mayor on 1 January.",
        [
            (
                "Mamdani",
                "mayor (ordinal)",
                "New York City's 111th mayor",
                "New York City 111th mayor",
            )
        ],
        id="role-verb-ordinal",
    ),
    pytest.param(
        "Ms Roe was elected as the city's third mayor, she said.",
        [("Roe", "mayor (ordinal)", "the city's third mayor", "3rd mayor")],
        id="role-verb-ordinal-word",
    ),
    pytest.param(
        "Acting police chief Jane Roe said the road was closed.",
        [("Jane Roe", "police chief", "Acting police chief", "acting police chief")],
        id="acting",
    ),
    pytest.param(
        "British Prime Minister Keir Starmer said so.",
        [("Keir Starmer", "prime minister", "British Prime Minister", "prime minister")],
        id="multiword-office-after-unknown-adjective",
    ),
    pytest.param(
        "Boris Johnson, the former prime minister, praised it.",
        [("Boris Johnson", "prime minister", "former prime minister", "former prime minister")],
        id="appositive-is-not-also-a-role",
    ),
    pytest.param(
        "Reed, who served as governor from 2015 to 2023, said so.",
        [("Reed", "governor", "governor", "then governor")],
        id="past-role-verb-speaks-of-that-time",
    ),
    pytest.param(
        "Fire Chief Marcus Reyes said so.",
        [("Marcus Reyes", "fire chief", "Fire Chief", "fire chief")],
        id="fire-chief",
    ),
    pytest.param(
        "Teachers union chief Jane Roe said so.",
        [("Jane Roe", "chief", "chief", "chief")],
        id="a-bare-chief",
    ),
    pytest.param(
        "As mayor, John Doe oversaw the ballpark.",
        [("John Doe", "mayor", "mayor", "then mayor")],
        id="as-office-tells-of-a-time-in-office",
    ),
    pytest.param(
        "The talks stalled, as press secretary John Doe confirmed.",
        [("John Doe", "press secretary", "press secretary", "press secretary")],
        id="as-a-conjunction-is-no-time-in-office",
    ),
    pytest.param(
        "Then-governor John Doe said so.",
        [("John Doe", "governor", "Then-governor", "then governor")],
        id="then-hyphen",
    ),
    pytest.param(
        "Gov. Jane Whitcomb signed the budget.",
        [("Jane Whitcomb", "governor", "Gov.", "governor")],
        id="wire-abbreviation",
    ),
    pytest.param(
        "The bill's sponsor, state Sen. Tom Alvarez, R-Erie, said so.",
        [("Tom Alvarez", "state senator", "state Sen.", "state senator")],
        id="wire-abbreviation-state",
    ),
    pytest.param(
        "Lt. Gov. Mary Oyelaran praised it.",
        [("Mary Oyelaran", "lieutenant governor", "Lt. Gov.", "lieutenant governor")],
        id="wire-abbreviation-two-words-no-place",
    ),
    pytest.param(
        "Former Gov. Ed Rendell, 81, attended.",
        [("Ed Rendell", "governor", "Former Gov.", "former governor")],
        id="wire-abbreviation-former",
    ),
    pytest.param(
        "U.S. Rep. Dana Cole, D-Pa., voted no.",
        [("Dana Cole", "representative", "U.S. Rep.", "United States representative")],
        id="wire-abbreviation-place",
    ),
    pytest.param(
        "Deputy Chief Lorraine Ortega said so.",
        [("Lorraine Ortega", "deputy chief", "Deputy Chief", "deputy chief")],
        id="a-rank-makes-another-office",
    ),
    pytest.param(
        "Assistant District Attorney Michael Strand said no.",
        [
            (
                "Michael Strand",
                "assistant district attorney",
                "Assistant District Attorney",
                "assistant district attorney",
            )
        ],
        id="a-rank-before-a-two-word-office",
    ),
    pytest.param(
        "The city's deputy police chief, Tom Poe, said no.",
        [("Tom Poe", "deputy police chief", "city's deputy police chief", "deputy police chief")],
        id="a-rank-lower-case",
    ),
    pytest.param(
        "State Treasurer Carla Nguyen said no.",
        [("Carla Nguyen", "state treasurer", "State Treasurer", "state treasurer")],
        id="treasurer",
    ),
    pytest.param(
        "In a statement released by his attorney, Kevin Draper, the former chief defended it.",
        [("", "chief", "the former chief", "former chief")],
        id="a-new-subject-after-a-name-is-no-appositive",
    ),
    pytest.param(
        "Sen. Tom Roe, a Republican with no tie to the governor, said no.",
        [("Tom Roe", "senator", "Sen.", "senator"), ("", "governor", "the governor", "governor")],
        id="an-office-inside-a-phrase-of-the-appositive-is-somebody-else",
    ),
    pytest.param(
        "Jane Roe, the mayor since 2019, said so.",
        [("Jane Roe", "mayor", "mayor", "mayor")],
        id="appositive-goes-on-with-a-preposition",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_named_titles(
    text: str, expected: list[tuple[str, str, str, str]], lexicon: Lexicon
) -> None:
    found = list(extract_titles(make_source(text, lexicon)))
    assert [(a.subject, a.attribute, a.text, a.value.describe()) for a in found] == expected
    assert all(text[a.span.start : a.span.end] == a.text for a in found)


ROLES = [
    pytest.param("The mayor-elect said she was ready.", "mayor", "The mayor-elect", id="the-role"),
    pytest.param(
        "Trump wants to work with the city’s mayor-elect.",
        "mayor",
        "the city’s mayor-elect",
        id="the-citys-role",
    ),
    pytest.param(
        "For New York’s incoming mayor, it is a chance.",
        "mayor",
        "New York’s incoming mayor",
        id="possessive-place-role",
    ),
    pytest.param("The US president said so.", "president", "The US president", id="the-place-role"),
]


@pytest.mark.parametrize(("text", "attribute", "span"), ROLES)
def test_roles_without_a_person(text: str, attribute: str, span: str, lexicon: Lexicon) -> None:
    (found,) = extract_titles(make_source(text, lexicon))
    assert (found.subject, found.attribute, found.text, found.confidence) == (
        "",
        attribute,
        span,
        ROLE_CONFIDENCE,
    )


NONE = [
    pytest.param("A mayor from Ohio said so.", id="indefinite-role-is-anybody"),
    pytest.param("The president's son said so.", id="possessive-office-is-not-a-role"),
    pytest.param("Jane Roe, a democratic socialist, said so.", id="appositive-without-office"),
    pytest.param("Jane Roe, who is a native New Yorker, said so.", id="who-is-without-office"),
]


@pytest.mark.parametrize("text", NONE)
def test_no_title(text: str, lexicon: Lexicon) -> None:
    assert extract_titles(make_source(text, lexicon)) == ()


SEVERAL = [
    pytest.param(
        "the former mayor " * 8 + "said so.",
        [("", "the former mayor")] * 8,
        id="a-long-run-of-roles",
    ),
    pytest.param(
        "The mayor met the governor, and the former mayor said so.",
        [("", "The mayor"), ("", "the governor"), ("", "the former mayor")],
        id="roles-within-reach-of-each-other",
    ),
    pytest.param(
        "The mayor said on Tuesday that after a long night of counting, which took until dawn in"
        " most of the boroughs, the governor would speak.",
        [("", "The mayor"), ("", "the governor")],
        id="roles-far-apart",
    ),
    # Pins today's output, which misses a role a reader sees, "The Incoming President": in
    # capitals the phrase takes "Met The Incoming" for a place before the office, leaving it no
    # "the" of its own. So it was before 4e1be57; a known gap, not a spec.
    pytest.param(
        "The Former Mayor And The Acting Governor Met The Incoming President And The City's New"
        " Mayor-Elect On Friday.",
        [("", "The Former Mayor"), ("", "The Acting Governor"), ("", "The City's New Mayor-Elect")],
        id="headline-capitals",
    ),
    pytest.param(
        "The city's mayor-elect and the state's governor and the party's chairman met.",
        [
            ("", "The city's mayor-elect"),
            ("", "the state's governor"),
            ("", "the party's chairman"),
        ],
        id="owners-in-a-row",
    ),
    pytest.param(
        "Jane Roe, the former mayor, met the governor.",
        [("Jane Roe", "former mayor"), ("", "the governor")],
        id="title-and-role",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SEVERAL)
def test_several_titles_in_a_sentence(
    text: str, expected: list[tuple[str, str]], lexicon: Lexicon
) -> None:
    found = extract_titles(make_source(text, lexicon))
    assert [(a.subject, a.text) for a in found] == expected


WORD_LETTERS = "aAeEkKsS -'1"
TEXT_LETTERS = WORD_LETTERS + "ıİſKxyzXYZ\t\u00a0"


@given(
    st.lists(st.text(alphabet=WORD_LETTERS, min_size=1, max_size=5), min_size=1, max_size=6),
    st.text(alphabet=TEXT_LETTERS, max_size=30),
)
def test_a_phrase_starts_only_where_the_quick_test_lets_it(words: list[str], text: str) -> None:
    # The test before a title phrase must let through every place where one of the words, in
    # any case, a capital or a digit starts.
    starts = re.compile(rf"(?i:{alternation(words)})|(?-i:[A-Z])|\d")
    quick = re.compile(_first_two(words))
    for offset in range(len(text)):
        if starts.match(text, offset):
            assert quick.match(text, offset), offset


@pytest.mark.parametrize("word", ["ſtate", "ıt", "İ", "\u212aelvin"])
def test_no_quick_test_for_words_beyond_ascii(word: str) -> None:
    assert _first_two(["mayor", word]) == ""


OFFICE_TEXTS = [
    pytest.param("The former mayor-elect met the vice president.", id="offices"),
    pytest.param("A mayoral race, a governorship and a chief of staff.", id="office-inside-words"),
    pytest.param("Prime Minister Keir Starmer and ex-president Roe.", id="capitals-and-prefixes"),
]


@pytest.mark.parametrize("text", OFFICE_TEXTS)
def test_office_words_found_once_answer_as_a_search_would(text: str, lexicon: Lexicon) -> None:
    source = make_source(text, lexicon)
    offices = _Offices.of(source, _lower_case(text))
    for begin in range(len(text) + 1):
        for end in range(begin, len(text) + 1):
            expected = offices.office.search(offices.text, begin, end) is not None
            assert offices.within(begin, end) == expected, (begin, end)


# (text, the body of the office): words before it that name no place the gazetteer knows.
BODIES = [
    pytest.param("Board President Jane Roe said so.", "board", id="capitalized-body"),
    pytest.param("Jane Roe, a former PTA president, said so.", "pta", id="acronym-body"),
    pytest.param("Former New York governor John Doe said so.", "", id="a-place-is-no-body"),
    pytest.param("Governor John Doe said so.", "", id="no-words-before"),
]


@pytest.mark.parametrize(("text", "body"), BODIES)
def test_the_body_of_an_office(text: str, body: str, lexicon: Lexicon) -> None:
    (found,) = extract_titles(make_source(text, lexicon))
    assert isinstance(found.value, TitleValue) and found.value.body == body
