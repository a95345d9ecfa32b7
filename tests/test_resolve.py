"""Canonical names: short forms become the fuller name they stand for, when that is clear."""

from __future__ import annotations

import pytest

from crosscheck.model import Kind
from crosscheck.pipeline import Setup, extract_all
from crosscheck.resolve import canonical_names
from tests.conftest import make_article

CASES = [
    pytest.param(
        ["Zohran Mamdani", "Mamdani", "Zohran Mamdani"],
        {},
        {"Zohran Mamdani": "Zohran Mamdani", "Mamdani": "Zohran Mamdani"},
        id="surname-to-full-name",
    ),
    pytest.param(
        ["Donald Trump", "Melania Trump", "Trump"],
        {},
        {"Donald Trump": "Donald Trump", "Melania Trump": "Melania Trump", "Trump": "Trump"},
        id="ambiguous-surname-stays",
    ),
    pytest.param(
        ["Jane Roe", "Jane Roe", "Communist Candidate Jane Roe", "Roe"],
        {},
        {
            "Jane Roe": "Jane Roe",
            "Communist Candidate Jane Roe": "Communist Candidate Jane Roe",
            "Roe": "Jane Roe",
        },
        id="one-off-headline-run-not-canonical",
    ),
    pytest.param(
        ["Tomas Reyes", "Elena Reyes", "Elena Reyes", "Reyes"],
        {},
        {"Tomas Reyes": "Tomas Reyes", "Elena Reyes": "Elena Reyes", "Reyes": "Reyes"},
        id="another-person-named-once-is-no-headline-run",
    ),
    pytest.param(
        ["AOC", "Alexandria Ocasio-Cortez"],
        {"AOC": "Alexandria Ocasio-Cortez"},
        {"AOC": "Alexandria Ocasio-Cortez", "Alexandria Ocasio-Cortez": "Alexandria Ocasio-Cortez"},
        id="editor-alias",
    ),
    pytest.param(
        ["john roe", "Roe"], {}, {"john roe": "john roe", "Roe": "john roe"}, id="case-insensitive"
    ),
]


@pytest.mark.parametrize(("names", "aliases", "expected"), CASES)
def test_canonical_names(
    names: list[str], aliases: dict[str, str], expected: dict[str, str]
) -> None:
    assert canonical_names(names, aliases) == expected


def test_subjects_no_article_confirms_are_not_compared(setup: Setup) -> None:
    named = make_article("Ms Roe will be sworn in on 1 January 2026.", id="a")
    unnamed = make_article("New Haven will be sworn in on 1 January 2026.", id="b")
    other_haven = make_article("Jane Haven said she would come.", id="c")
    assert [a.subject for a in extract_all([named, unnamed], setup)] == ["Roe", ""]
    assert [a.subject for a in extract_all([named, unnamed, other_haven], setup)] == ["Roe", ""]


def test_another_article_can_confirm_a_name(setup: Setup) -> None:
    unconfirmed = make_article("Haven will be sworn in on 1 January 2026.", id="a")
    confirming = make_article("Jane Haven said she would come.", id="b")
    assert [a.subject for a in extract_all([unconfirmed], setup)] == [""]
    assert [a.subject for a in extract_all([unconfirmed, confirming], setup)] == ["Jane Haven"]


QUOTE = '"We will build more homes for everyone here,"'


@pytest.mark.parametrize(
    "texts",
    [
        pytest.param([f"Mayor Jane Roe spoke. {QUOTE} Roe said."], id="surname-made-canonical"),
        pytest.param(
            ["Mayor Jane Roe spoke.", f"{QUOTE} the mayor said."], id="office-given-its-holder"
        ),
    ],
)
def test_a_quotation_names_the_speaker_its_subject_names(setup: Setup, texts: list[str]) -> None:
    articles = [make_article(text, id=f"a{number}") for number, text in enumerate(texts)]
    (quote,) = (a for a in extract_all(articles, setup) if a.kind is Kind.QUOTE)
    # The JSON value carries the speaker: it must not keep the name as the sentence wrote it.
    assert (quote.subject, quote.value.to_json()["speaker"]) == ("Jane Roe", "Jane Roe")
