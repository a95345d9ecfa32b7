"""What every assertion carries from its article: the context, a stretch of its sentence."""

from __future__ import annotations

import pytest

from crosscheck.lexicon import Lexicon
from crosscheck.model import Kind
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
        found = source.assertion(
            kind=Kind.COUNT,
            subject="",
            attribute="",
            value=NumberValue.exact(1),
            start=start,
            end=start + 1,
        )
        sentence = source.sentence(start)
        window = text[max(sentence.start, start - 300) : min(sentence.end, start + 1 + 300)]
        assert found.context == " ".join(window.split())
