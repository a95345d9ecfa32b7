"""How quotations become claims: per speaker, the sentences that are one quotation."""

from __future__ import annotations

import pytest

from crosscheck.model import Kind
from crosscheck.pipeline import Setup, analyze
from tests.conftest import make_article

NEW_BRIDGE = "We will finish the new bridge before the spring floods arrive."
BRIDGE = "We will finish the bridge before the spring floods arrive."
NEW_TUNNEL = "We will finish the new tunnel before the spring floods arrive."


def roe(line: str) -> str:
    return f'Jane Roe said: "{line}"'


def doe(line: str) -> str:
    return f'John Doe said: "{line}"'


def nobody(line: str) -> str:
    return f'The crowd cheered. "{line}" The rain kept falling.'


# Grouping compares each pair of sentences once, however many speakers are quoted with it:
# these rows pin that one speaker's answer is every speaker's, and never joins two speakers.
@pytest.mark.parametrize(
    ("texts", "claims"),
    [
        pytest.param(
            [roe(NEW_BRIDGE), roe(BRIDGE), doe(NEW_BRIDGE), doe(NEW_TUNNEL)],
            {"Jane Roe": "ab", "John Doe": "cd"},
            id="one-line-for-two-speakers",
        ),
        pytest.param(
            [roe(NEW_BRIDGE), roe(BRIDGE), doe(NEW_BRIDGE), doe(NEW_TUNNEL), nobody(BRIDGE)],
            {"Jane Roe": "abe", "John Doe": "cd"},
            id="unknown-speaker-joins-the-only-one-who-said-it",
        ),
        pytest.param(
            [roe(NEW_BRIDGE), roe(BRIDGE), doe(NEW_BRIDGE), doe(NEW_TUNNEL), nobody(NEW_BRIDGE)],
            {"Jane Roe": "ab", "John Doe": "cd"},
            id="unknown-speaker-said-by-two-stays-unknown",
        ),
    ],
)
def test_quotation_claims(texts: list[str], claims: dict[str, str], setup: Setup) -> None:
    articles = [make_article(text, id=chr(ord("a") + n)) for n, text in enumerate(texts)]
    findings = [f for f in analyze(articles, setup).findings if f.kind is Kind.QUOTE]
    found = {f.subject: "".join(sorted({a.span.article for a in f.assertions})) for f in findings}
    assert found == claims
    assert len(findings) == len(claims)
