"""Where things happen: known places tied to the event and the people of their sentence."""

from __future__ import annotations

import pytest

from crosscheck.extract.places import extract_places
from crosscheck.gazetteer import place_value
from crosscheck.lexicon import Lexicon
from crosscheck.values import PlaceValue
from tests.conftest import make_source

# Words of a long sentence, far from any place or event word
FILLER = "and then, as the day wore on, they went on walking without a word " * 3

# (text, [(subject, attribute, span, canonical place)])
CASES = [
    pytest.param(
        "Donald Trump said he wants to meet Zohran Mamdani in Washington.",
        [("Donald Trump & Zohran Mamdani", "place of meeting", "Washington", "Washington")],
        id="meeting-with-both-named",
    ),
    pytest.param(
        "President Jane Roe confirmed a White House meeting with Governor John Doe.",
        [("Jane Roe & John Doe", "place of meeting", "White House", "White House")],
        id="place-before-event-word",
    ),
    pytest.param(
        "President Jane Roe will meet Governor John Doe on Friday. "
        "The meeting will take place in the Oval Office.",
        [("Jane Roe & John Doe", "place of meeting", "Oval Office", "Oval Office")],
        id="the-meeting-refers-back",
    ),
    pytest.param(
        "Mr Doe, who was born in Uganda, said so.",
        [("Doe", "place of birth", "Uganda", "Uganda")],
        id="born-in-relative-clause",
    ),
    pytest.param(
        "They questioned Mr Doe, a naturalised US citizen born in Uganda, about it.",
        [("Doe", "place of birth", "Uganda", "Uganda")],
        id="born-in-appositive",
    ),
    pytest.param(
        "Mr Doe said the talks were held in the UK.",
        [("", "place of meeting", "UK", "United Kingdom")],
        id="alias-to-canonical-no-subject",
    ),
    pytest.param(
        "They stayed in Washington " + FILLER + "and in Uganda " + FILLER + "and then in the UK.",
        [
            ("", "", "Washington", "Washington"),
            ("", "", "Uganda", "Uganda"),
            ("", "", "UK", "United Kingdom"),
        ],
        id="long-sentence-without-event-words",
    ),
    pytest.param(
        "They stayed in Washington " + FILLER * 2 + "and later they met in Uganda, Mr Doe said.",
        [("", "", "Washington", "Washington"), ("", "place of meeting", "Uganda", "Uganda")],
        id="long-sentence-with-an-event-word-far-from-a-place",
    ),
    pytest.param(
        "Mr Doe stayed in Washington " + FILLER * 2 + "and confirmed a White House meeting.",
        [
            ("", "", "Washington", "Washington"),
            ("", "place of meeting", "White House", "White House"),
        ],
        id="long-sentence-place-before-event-word",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_places(text: str, expected: list[tuple[str, str, str, str]], lexicon: Lexicon) -> None:
    found = extract_places(make_source(text, lexicon))
    assert [
        (a.subject, a.attribute, a.text, a.value.name)  # type: ignore[union-attr]
        for a in found
    ] == expected


NONE = [
    pytest.param("Mr Doe is a US citizen, he said.", id="no-preposition"),
    pytest.param("Mr Doe visited Smallville, he said.", id="unknown-place"),
]


@pytest.mark.parametrize("text", NONE)
def test_no_place(text: str, lexicon: Lexicon) -> None:
    assert extract_places(make_source(text, lexicon)) == ()


@pytest.mark.parametrize(
    ("written", "name", "outermost"),
    [
        pytest.param("the Oval Office", "Oval Office", "United States", id="building-in-country"),
        pytest.param("NYC", "New York City", "United States", id="alias"),
        pytest.param("Côte d’Ivoire", "Ivory Coast", None, id="curly-apostrophe"),
    ],
)
def test_gazetteer_lookup(written: str, name: str, outermost: str | None, lexicon: Lexicon) -> None:
    place = place_value(written, lexicon)
    assert place.known and place.name == name
    assert (place.within[-1] if place.within else None) == outermost


COMPATIBLE = [
    pytest.param("Oval Office", "Washington", True, id="room-in-city"),
    pytest.param("White House", "Mar-a-Lago", False, id="two-buildings"),
    pytest.param("Uganda", "Kenya", False, id="two-countries"),
    pytest.param("Brooklyn", "New York", True, id="borough-in-state"),
]


@pytest.mark.parametrize(("first", "second", "compatible"), COMPATIBLE)
def test_containment(first: str, second: str, compatible: bool, lexicon: Lexicon) -> None:
    a, b = place_value(first, lexicon), place_value(second, lexicon)
    assert a.compatible(b) is compatible and b.compatible(a) is compatible


def test_unknown_places_never_conflict() -> None:
    assert PlaceValue(name="Smallville").compatible(PlaceValue(name="Bigtown"))
