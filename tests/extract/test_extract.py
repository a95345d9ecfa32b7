"""The extraction stage as a whole: how much of one kind it reads from a text."""

from __future__ import annotations

from collections import Counter

import pytest

from crosscheck.extract import MAX_PER_KIND, extract
from crosscheck.lexicon import Lexicon
from crosscheck.model import Kind
from tests.conftest import make_article

ONE_AGE = "Jane Roe, 34, said so."

# (text, the kind counted, how many of it are read, the kinds cut)
CASES = [
    pytest.param("now " * MAX_PER_KIND, Kind.DATE, MAX_PER_KIND, (), id="up-to-the-limit-all"),
    pytest.param(
        "now " * (MAX_PER_KIND + 1), Kind.DATE, MAX_PER_KIND, (Kind.DATE,), id="one-date-too-many"
    ),
    pytest.param(
        "a “b” " * (MAX_PER_KIND + 5), Kind.QUOTE, MAX_PER_KIND, (Kind.QUOTE,), id="scare-quotes"
    ),
    pytest.param(
        "the former mayor " * (MAX_PER_KIND + 1),
        Kind.TITLE,
        MAX_PER_KIND,
        (Kind.TITLE,),
        id="roles-named-without-a-person",
    ),
    pytest.param(
        "now " * (MAX_PER_KIND + 1) + ONE_AGE,
        Kind.AGE,
        1,
        (Kind.DATE,),
        id="other-kinds-are-still-read-to-the-end",
    ),
]


@pytest.mark.parametrize(("text", "kind", "read", "cut"), CASES)
def test_a_kind_is_read_up_to_the_limit(
    text: str, kind: Kind, read: int, cut: tuple[Kind, ...], lexicon: Lexicon
) -> None:
    extraction = extract(make_article(text), lexicon)
    assert Counter(a.kind for a in extraction.assertions)[kind] == read
    assert extraction.cut == cut


def test_the_first_ones_are_read(lexicon: Lexicon) -> None:
    text = "now " * (MAX_PER_KIND + 10)
    dates = [a for a in extract(make_article(text), lexicon).assertions if a.kind is Kind.DATE]
    assert dates[-1].span.start == 4 * (MAX_PER_KIND - 1)
