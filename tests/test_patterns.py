"""The pattern builders behind the fast extractors match exactly what plain alternations match.

Prefix trees (`text.prefix_alternation`) and first-letter branches (`text.any_case`) exist
only for speed; these tests hold them to the simple alternation they stand for, and pin the
Unicode facts the lower-cased scans of titles rest on.
"""

from __future__ import annotations

import dataclasses
import re
import sys
from types import MappingProxyType

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crosscheck.gazetteer import place_at, place_pattern
from crosscheck.lexicon import Lexicon
from crosscheck.text import alternation, any_case, beyond_ascii_or, prefix_alternation

LETTERS = "aAbBeEkKsSıİſK -."
WORDS = st.lists(st.text(alphabet=LETTERS, min_size=1, max_size=6), max_size=8)
TEXTS = st.text(alphabet=LETTERS + "xyz", max_size=40)


def matches(pattern: str, text: str, flags: re.RegexFlag) -> list[tuple[int, int]]:
    """Where the pattern matches when tried at each offset (the way extractors anchor it)."""
    compiled = re.compile(pattern, flags)
    found = []
    for start in range(len(text) + 1):
        match = compiled.match(text, start)
        found.append((start, match.end()) if match else (start, -1))
    return found


def assert_tree_matches_alternation(words: list[str], text: str, ignorecase: bool) -> None:
    flags = re.IGNORECASE if ignorecase else re.NOFLAG
    tree = prefix_alternation(words, ignorecase=ignorecase)
    assert matches(tree, text, flags) == matches(alternation(words), text, flags)


@pytest.mark.parametrize(
    ("words", "text", "ignorecase"),
    [
        (["mayor", "mayor-elect", "mayoral"], "the Mayor-elect and the mayoral race", True),
        (["seven", "seventeen"], "seventeen or seven", False),
        (["press secretary", "press"], "the press secretary", True),
        ([], "anything", False),
        ([""], "anything", False),
        (["Mr", "Mrs", "Ms"], "Mrs Roe and Mr Doe", False),
    ],
)
def test_prefix_trees_match_what_alternations_match(
    words: list[str], text: str, ignorecase: bool
) -> None:
    assert_tree_matches_alternation(words, text, ignorecase)


@given(WORDS, TEXTS, st.booleans())
def test_any_prefix_tree_matches_what_its_alternation_matches(
    words: list[str], text: str, ignorecase: bool
) -> None:
    assert_tree_matches_alternation(words, text, ignorecase)


@given(st.lists(st.text(alphabet="abeks", min_size=1, max_size=6), max_size=6), TEXTS)
def test_number_words_in_any_case_match_what_an_ignorecase_alternation_matches(
    words: list[str], text: str
) -> None:
    expected = matches(alternation(words), text, re.IGNORECASE)
    assert matches(any_case(words), text, re.NOFLAG) == expected
    # Speech verbs sit in patterns that ignore case: the first letters still mind it.
    assert matches(any_case(words), text, re.IGNORECASE) == expected


@given(WORDS, TEXTS)
def test_phrases_in_any_case_match_what_an_ignorecase_alternation_matches(
    words: list[str], text: str
) -> None:
    # Event words and speech verbs: phrases, capitals, and words that start with no letter; what
    # follows each (`then`) keeps its own case.
    then = "(?![a-z])"
    expected = rf"(?:(?i:{alternation(words)}){then})"
    assert matches(any_case(words, then=then), text, re.NOFLAG) == matches(
        expected, text, re.NOFLAG
    )


def test_lowering_text_without_word_characters_beyond_ascii_changes_no_match() -> None:
    # The title scans search text.lower() for ASCII offices when every character beyond ASCII
    # is a non-word character. That is exact only if lowering such a character keeps it one
    # non-word character that matches no ASCII letter ("Ⓐ" becomes "ⓐ": both are symbols).
    word = re.compile(r"\w")
    ascii_letter = re.compile("[a-z]", re.IGNORECASE)
    for point in range(0x80, sys.maxunicode + 1):
        char = chr(point)
        if word.match(char):
            continue
        lowered = char.lower()
        assert len(lowered) == 1, hex(point)
        assert not word.match(lowered), hex(point)
        assert not ascii_letter.match(char) and not ascii_letter.match(lowered), hex(point)


# Characters beyond ASCII at the edges of the ranges the regex compiler treats apart, and some
# that match an ASCII letter ignoring case.
BEYOND = "\x80\xff\u0100\u017f\u0131\u0130\u212a\uffff\U00010000\U0010ffff"


@pytest.mark.parametrize("members", ["yY", "A-Z0-9", r"\saA", r"hH\-", "\x00-\x7f"])
def test_a_class_beyond_ascii_matches_what_its_range_would(members: str) -> None:
    fast = re.compile(beyond_ascii_or(members))
    plain = re.compile(f"[{members}\\x80-\\U0010ffff]")
    for char in [*map(chr, range(0x80)), *BEYOND]:
        assert bool(fast.match(char)) == bool(plain.match(char)), hex(ord(char))


# Names as a gazetteer writes them, with ' for an apostrophe; text with either.
PLACE_LETTERS = "aAB '-."


@given(
    st.lists(st.text(alphabet=PLACE_LETTERS, min_size=1, max_size=5), max_size=7),
    st.text(alphabet=PLACE_LETTERS + "’x", max_size=30),
)
def test_place_names_match_what_an_alternation_of_them_matches(
    lexicon: Lexicon, names: list[str], text: str
) -> None:
    # The gazetteer's pattern is a prefix tree with the check before a name moved after its
    # first character; it stands for this plain alternation, either apostrophe for '.
    places = MappingProxyType({name: name for name in names})
    known = dataclasses.replace(lexicon, places=places, place_aliases=MappingProxyType({}))
    plain = alternation(names).replace("'", "['’]")
    expected = rf"(?<![\w-])(?:{plain})(?![\w-])"
    assert [m.span() for m in place_pattern(known, text).finditer(text)] == [
        m.span() for m in re.finditer(expected, text)
    ]
    at = [place_at(known, text, pos) for pos in range(len(text) + 1)]
    assert [m and m.span() for m in at] == [
        m and m.span() for m in map(re.compile(expected).match, [text] * len(at), range(len(at)))
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("Flights from mainland China resumed.", ["mainland China"], id="lower-case"),
        pytest.param("Flights from China resumed.", ["China"], id="without-the-lower-case-start"),
        pytest.param("On the mainland, China", ["China"], id="start-written-elsewhere"),
        pytest.param("He left 10 Downing Street.", ["10 Downing Street"], id="digit-first"),
        pytest.param("Prayers at al-Aqsa Mosque", ["al-Aqsa Mosque"], id="hyphenated-particle"),
    ],
)
def test_names_that_start_without_a_capital_are_found_in_the_texts_that_hold_them(
    lexicon: Lexicon, text: str, names: list[str]
) -> None:
    # The pattern leaves these names out for a text that does not hold their start.
    found = [match.group() for match in place_pattern(lexicon, text).finditer(text)]
    assert found == names
    at = [place_at(lexicon, text, text.index(name)) for name in names]
    assert [match and match.group() for match in at] == names
