"""Canonical names: short forms become the fuller name they stand for, when that is clear."""

from __future__ import annotations

import pytest

from crosscheck.resolve import canonical_names

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
