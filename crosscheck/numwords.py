"""Reading whole numbers written in English words ("thirty-four", "one hundred and five")."""

from __future__ import annotations

import re

_UNITS = {
    word: value
    for value, word in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ]
    )
}
_TENS = {
    word: 10 * (index + 2)
    for index, word in enumerate(
        ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    )
}
_SMALL = {**_UNITS, **_TENS}


def _alternatives(words: dict[str, int]) -> str:
    # Longest first, so that "seventeen" is not read as "seven".
    return "|".join(sorted(words, key=len, reverse=True))


# A regex alternative for a number below a hundred in words: "thirty-four", "nineteen".
NUMBER_WORDS = (
    rf"(?:(?:{_alternatives(_TENS)})(?:[- ](?:{_alternatives(_UNITS)}))?|{_alternatives(_UNITS)})"
)


def parse_number_words(words: str) -> int | None:
    """The value of a number below a thousand written in words, or None if it is not one."""
    total = 0
    current = 0
    seen = False
    for token in re.split(r"[\s-]+", words.lower().strip()):
        if token == "and" and seen:
            continue
        if token in _SMALL:
            current += _SMALL[token]
        elif token == "hundred" and seen and 0 < current < 10:
            current *= 100
        else:
            return None
        seen = True
    total += current
    return total if seen else None
