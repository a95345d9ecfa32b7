"""Which capitalized words are people's names, and how the name is cleaned."""

from __future__ import annotations

import pytest

from crosscheck.extract.people import find_people
from crosscheck.lexicon import Lexicon

CASES = [
    pytest.param("Mr Mamdani arrived.", ["Mamdani"], id="honorific"),
    pytest.param("Dr. Jane Roe arrived.", ["Jane Roe"], id="honorific-with-dot"),
    pytest.param("President Donald Trump arrived.", ["Donald Trump"], id="title-prefix"),
    pytest.param("“We will win,” said Jane Roe.", ["Jane Roe"], id="said-before"),
    pytest.param("Jane Roe told reporters she would win.", ["Jane Roe"], id="speech-verb-after"),
    pytest.param("Jane Roe later confirmed the plan.", ["Jane Roe"], id="adverb-then-verb"),
    pytest.param(
        "It will host New York mayor-elect Zohran Mamdani.",
        ["Zohran Mamdani"],
        id="after-an-office",
    ),
    pytest.param("Andrew Cuomo, who ran as an independent, lost.", ["Andrew Cuomo"], id="who"),
    pytest.param(
        "Jane Roe said so. Jane Roe’s aides agreed.",
        ["Jane Roe", "Jane Roe"],
        id="possessive-dropped",
    ),
    pytest.param(
        "Zohran ‘Kwame’ Mamdani said yes. Mamdani said no.",
        ["Zohran Mamdani", "Mamdani"],
        id="nickname-dropped-surname-carries",
    ),
    pytest.param(
        "Alexandria Ocasio-Cortez said no.", ["Alexandria Ocasio-Cortez"], id="hyphenated"
    ),
    pytest.param("Kevin McCarthy said no.", ["Kevin McCarthy"], id="mc-surname"),
    pytest.param("Charles de Gaulle said no.", ["Charles de Gaulle"], id="particle"),
    pytest.param("Meanwhile Jane Roe said no.", ["Jane Roe"], id="sentence-opener-dropped"),
    pytest.param(
        "Texas Governor Greg Abbott said no.", ["Greg Abbott"], id="place-and-title-dropped"
    ),
    pytest.param(
        "US President Donald Trump said no.", ["Donald Trump"], id="acronym-and-title-dropped"
    ),
    pytest.param(
        "Communist Candidate Jane Roe said no.", ["Jane Roe"], id="capitalized-candidate-dropped"
    ),
    pytest.param("Democratic Nominee Jane Roe said no.", ["Jane Roe"], id="nominee-dropped"),
    pytest.param("Fire Chief Marcus Reyes said no.", ["Marcus Reyes"], id="fire-chief-dropped"),
    pytest.param(
        "Hartwell Chief Executive Richard Ashdown said no.",
        ["Richard Ashdown"],
        id="company-and-two-word-title-dropped",
    ),
    pytest.param(
        "School Superintendent Jane Roe said no.", ["Jane Roe"], id="superintendent-dropped"
    ),
    pytest.param(
        "Political Feud With Roe\nJane Roe said the feud with him was over.",
        ["Roe", "Jane Roe"],
        id="headline-words-dropped",
    ),
    pytest.param("The White House said no.", [], id="institution-speaks"),
    pytest.param(
        "Mayor Steven Park said no. Park left.",
        ["Steven Park", "Park"],
        id="a-surname-that-is-an-institution-word-after-a-title",
    ),
    pytest.param("Mr. Hall said no.", ["Hall"], id="such-a-surname-after-an-honorific"),
    pytest.param(
        "Texas Governor Jane House said no.",
        ["Jane House"],
        id="such-a-surname-after-a-place-and-title",
    ),
    pytest.param("Town Hall said no. Central Park agreed.", [], id="untitled-institutions-speak"),
    pytest.param("King Street said no.", [], id="a-title-before-a-street"),
    pytest.param("The Labour Party said no.", [], id="party-speaks"),
    pytest.param(
        "The city hall was empty, and New York was quiet.", [], id="no-evidence-no-person"
    ),
    pytest.param("On Friday, officials met in New York.", [], id="days-and-places"),
    pytest.param("He backed Trump-backed candidates.", [], id="hyphen-compound-not-a-name"),
    pytest.param("“We won,” according to Jane Roe.", ["Jane Roe"], id="phrase-before"),
    pytest.param("“We won,” SAID Jane Roe.", ["Jane Roe"], id="verb-before-in-capitals"),
    pytest.param("“We won,” ſaid Jane Roe.", ["Jane Roe"], id="verb-before-with-long-s"),
    pytest.param("“We won,” unsaid Jane Roe.", [], id="verb-inside-a-word-before"),
    pytest.param("It met the Jane Roe.", [], id="article-before-is-no-evidence"),
    pytest.param("It met a 34-year-old Jane Roe.", ["Jane Roe"], id="age-before"),
    pytest.param(
        "Jane Roe, the Jane Roe, the Jane Roe said.",
        ["Jane Roe", "Jane Roe", "Jane Roe"],
        id="a-name-written-again-and-again",
    ),
]


@pytest.mark.parametrize(("text", "names"), CASES)
def test_people(text: str, names: list[str], lexicon: Lexicon) -> None:
    assert [m.name for m in find_people(text, lexicon) if m.confirmed] == names
