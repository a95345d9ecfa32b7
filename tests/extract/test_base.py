"""What every assertion carries from its article: its context on one line."""

from __future__ import annotations

import pytest

from crosscheck.lexicon import Lexicon
from crosscheck.model import Kind
from crosscheck.values import NumberValue
from tests.conftest import make_source

# (text, the context of an assertion on its word "vote")
CONTEXTS = [
    pytest.param("The vote was held.", "The vote was held.", id="single-spaces"),
    pytest.param("The  vote was\theld.", "The vote was held.", id="runs-and-tabs"),
    pytest.param("The vote\u00a0was held.", "The vote was held.", id="no-break-space"),
    pytest.param("The vote was\u2028held.", "The vote was held.", id="line-separator"),
    pytest.param("The vote was held\u200b.", "The vote was held\u200b.", id="zero-width-space"),
]


@pytest.mark.parametrize(("text", "context"), CONTEXTS)
def test_context_is_one_line(text: str, context: str, lexicon: Lexicon) -> None:
    source = make_source(text, lexicon)
    start = text.index("vote")
    assertion = source.assertion(
        kind=Kind.COUNT,
        subject="",
        attribute="",
        value=NumberValue.exact(1),
        start=start,
        end=start + 4,
    )
    assert assertion.context == context
    assert assertion.context == " ".join(text[text.index("The") :].split())


def test_context_of_a_long_sentence_is_cut_around_the_assertion(lexicon: Lexicon) -> None:
    text = "word " * 200 + "vote " + "word " * 200
    source = make_source(text, lexicon)
    start = text.index("vote")
    assertion = source.assertion(
        kind=Kind.COUNT,
        subject="",
        attribute="",
        value=NumberValue.exact(1),
        start=start,
        end=start + 4,
    )
    assert assertion.context == " ".join(text[start - 300 : start + 304].split())
