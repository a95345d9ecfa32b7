"""Sentences, line numbers and embedded social-media posts in article text."""

from __future__ import annotations

import re

import pytest

from crosscheck.pipeline import Setup, extract_all
from crosscheck.text import embedded_posts, line_number, line_starts, lookup, sentences
from tests.conftest import make_article

SENTENCES = [
    pytest.param(
        "Mr. Roe said so. Then he left.", ["Mr. Roe said so.", "Then he left."], id="honorific-dot"
    ),
    pytest.param(
        "It was Jan. 1 in the U.S. capital. Snow fell.",
        ["It was Jan. 1 in the U.S. capital.", "Snow fell."],
        id="abbreviations",
    ),
    pytest.param("“We won.” She smiled.", ["“We won.”", "She smiled."], id="closing-quote"),
    pytest.param(
        "A headline\nThe body starts.", ["A headline", "The body starts."], id="line-break-ends-one"
    ),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_sentences(text: str, expected: list[str]) -> None:
    assert [text[s.start : s.end] for s in sentences(text)] == expected


@pytest.mark.parametrize(
    ("text", "offset", "line"),
    [
        ("a\nb\r\nc\rd", 0, 1),
        ("a\nb\r\nc\rd", 2, 2),
        ("a\nb\r\nc\rd", 5, 3),
        ("a\nb\r\nc\rd", 7, 4),
        # Without a carriage return, lines are split on line feeds alone.
        ("a\n\nbc\n", 1, 1),
        ("a\n\nbc\n", 2, 2),
        ("a\n\nbc\n", 3, 3),
        ("a\n\nbc\n", 5, 3),
        ("a\n\nbc\n", 6, 4),
        ("\n", 1, 2),
        ("", 0, 1),
    ],
)
def test_line_numbers_count_every_line_ending(text: str, offset: int, line: int) -> None:
    assert line_number(line_starts(text), offset) == line
    assert line_starts(text) == (0, *(m.end() for m in re.finditer(r"\r\n|\r|\n", text)))


EMBED = (
    "Jane Roe will be sworn in on 1 January 2026, her office said.\n\n"
    "Roe wins! Sworn in January 2, 2026 pic.twitter.com/abc123 — Fan (@fan) November 17, 2025\n"
)


def test_embedded_posts_are_found_by_their_sign_off() -> None:
    (post,) = embedded_posts(EMBED)
    assert EMBED[post.start : post.end].startswith("Roe wins!")


def test_what_an_embedded_post_says_is_not_extracted(setup: Setup) -> None:
    found = extract_all([make_article(EMBED)], setup)
    assert [a.text for a in found] == ["1 January 2026"]


# (words a case-insensitive regex matched, their entry in a table keyed in lower case)
LOOKUPS = [
    pytest.param("killed", "deaths", id="as-keyed"),
    pytest.param("KILLED", "deaths", id="capitals"),
    pytest.param("more  than", "at least", id="a-run-of-spaces"),
    pytest.param("more\nthan", "at least", id="a-line-break"),
    pytest.param("kılled", None, id="dotless-i"),
    pytest.param("ſeats", None, id="long-s"),
    pytest.param("\u212aILLED", "deaths", id="kelvin-sign-folds-back"),
]


@pytest.mark.parametrize(("written", "entry"), LOOKUPS)
def test_lookup_reads_words_matched_ignoring_case(written: str, entry: str | None) -> None:
    table = {"killed": "deaths", "more than": "at least", "seats": "seats"}
    assert lookup(table, written) == entry
