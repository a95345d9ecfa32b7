"""What every assertion carries from its article: its context, on one line, cut from its sentence."""

from __future__ import annotations

import pytest

from crosscheck.extract.base import Source
from crosscheck.lexicon import Lexicon
from crosscheck.model import Assertion, Kind
from crosscheck.values import NumberValue
from tests.conftest import make_source

LONG = "word " * 200  # a sentence much longer than a context shows

CONTEXTS = [
    pytest.param("A short sentence.", id="short-sentence"),
    pytest.param("A short  sentence\twith\u00a0odd spaces.", id="short-with-odd-spaces"),
    pytest.param(LONG + "target " + LONG + "end.", id="long-single-spaces"),
    pytest.param(LONG + "target  " + LONG + "end.", id="long-double-space"),
    pytest.param(LONG + "target\t" + LONG + "end.", id="long-tab"),
    pytest.param(
        LONG.replace(" ", "\u00a0") + "target " + LONG + "end.", id="long-no-break-spaces"
    ),
    pytest.param(LONG + "target " + LONG[:-3] + "   end.", id="long-space-run-far-away"),
]


@pytest.mark.parametrize("text", CONTEXTS)
def test_context_is_the_stretch_around_an_assertion_with_single_spaces(
    text: str, lexicon: Lexicon
) -> None:
    source = make_source(text, lexicon)
    for start in (0, text.find("t"), text.find("target"), len(text) - 4):
        found = _count_at(source, start, start + 1)
        sentence = source.sentence(start)
        window = text[max(sentence.start, start - 300) : min(sentence.end, start + 1 + 300)]
        assert found.context == " ".join(window.split())


# (text, the context of an assertion on its word "vote")
ONE_LINE = [
    pytest.param("The vote was held.", "The vote was held.", id="single-spaces"),
    pytest.param("The  vote was\theld.", "The vote was held.", id="runs-and-tabs"),
    pytest.param("The vote\u00a0was held.", "The vote was held.", id="no-break-space"),
    pytest.param("The vote was\u2028held.", "The vote was held.", id="line-separator"),
    pytest.param("The vote was held\u200b.", "The vote was held\u200b.", id="zero-width-space"),
]


@pytest.mark.parametrize(("text", "context"), ONE_LINE)
def test_context_is_one_line(text: str, context: str, lexicon: Lexicon) -> None:
    source = make_source(text, lexicon)
    start = text.index("vote")
    assertion = _count_at(source, start, start + 4)
    assert assertion.context == context
    assert assertion.context == " ".join(text[text.index("The") :].split())


def test_context_of_a_long_sentence_is_cut_around_the_assertion(lexicon: Lexicon) -> None:
    text = "word " * 200 + "vote " + "word " * 200
    source = make_source(text, lexicon)
    start = text.index("vote")
    assertion = _count_at(source, start, start + 4)
    assert assertion.context == " ".join(text[start - 300 : start + 304].split())


def _count_at(source: Source, start: int, end: int) -> Assertion:
    """An assertion over `start:end`, as any extractor would make it."""
    return source.assertion(
        kind=Kind.COUNT, subject="", attribute="", value=NumberValue.exact(1), start=start, end=end
    )


QUOTED = "Roe said “we won” and ‘again’ today."


# (word of QUOTED, whether it stands in a quotation): the marks themselves are not inside.
@pytest.mark.parametrize(
    ("word", "inside"),
    [("Roe", False), ("we", True), ("won", True), ("”", False), ("and", False),
     ("again", True), ("today", False)],
)  # fmt: skip
def test_in_quote(word: str, inside: bool, lexicon: Lexicon) -> None:
    source = make_source(QUOTED, lexicon)
    assert source.in_quote(QUOTED.index(word)) is inside
