"""Reading numbers written in English words ("thirty-four", "eight-and-a-half million").

`NUMBER_WORDS` is a regex for numbers below a hundred (ages: "thirty-four-year-old");
`read_number_words` reads any number news English writes in words: scales, dozens, fractions
("two thirds", "one and a half") and ordinals ("twenty-first").
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeAlias

from crosscheck.text import alternation, any_case

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


# A regex alternative for a number below a hundred in words: "thirty-four", "nineteen".
NUMBER_WORDS = (
    rf"(?:(?:{alternation(_TENS)})(?:[- ](?:{alternation(_UNITS)}))?|{alternation(_UNITS)})"
)
# The most characters `NUMBER_WORDS` matches.
NUMBER_WORDS_WIDTH = max(map(len, _TENS)) + 1 + max(map(len, _UNITS))


# Whole numbers, fractions and ordinals in words, read by `read_number_words`.
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_MULTIPLIERS = {**_SCALES, "dozen": 12.0}
_ORDINALS = {
    **{
        word: value
        for value, word in enumerate(
            ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
             "tenth", "eleventh", "twelfth"],
            start=1,
        )
    },
    **{f"{word}th": value for word, value in _UNITS.items() if 13 <= value <= 19},
    **{f"{word[:-1]}ieth": value for word, value in _TENS.items()},
    "hundredth": 100,
}  # fmt: skip
# Words that name parts of a whole: "two thirds", "a quarter", "one and a half".
_DENOMINATORS = {
    "half": 2,
    "halves": 2,
    "quarter": 4,
    "quarters": 4,
    **{word: value for word, value in _ORDINALS.items() if 3 <= value <= 10},
    **{f"{word}s": value for word, value in _ORDINALS.items() if 3 <= value <= 10},
}

# The words that `_read` looks at after a first number word below a hundred.
_CONTINUATIONS = frozenset({"hundred", "and", *_UNITS, *_MULTIPLIERS, *_DENOMINATORS, *_ORDINALS})


# One number word, any case: a regex alternative for finding where numbers in words may start.
NUMBER_WORD = (
    rf"\b(?:{any_case({*_SMALL, *_MULTIPLIERS, *_ORDINALS, *_DENOMINATORS, 'hundred'})})\b"
)
# A reader gets the words one at a time (lower case, "" past the end), so that text can be split
# lazily: reading a number never looks at more than a few words beyond it.
WordAt: TypeAlias = Callable[[int], str]
_FIRST_WORD = re.compile(r"[A-Za-z]++")
_NEXT_WORD = re.compile(r"(?:[ \t\u00a0]?-[ \t\u00a0]?|\s{1,3}+)(?P<word>[A-Za-z]++)")
_MAX_WORDS = 16
_PRONOUN_BEFORE = re.compile(
    r"(?<![\w'’])(?:the|this|that|which|each|every|any|no|another|whichever|what)\s{1,3}+\Z",
    re.IGNORECASE,
)
_PRONOUN_AFTER = re.compile(r"\s{1,3}+(?:another|can|could|should|must|might|would)\b|['’]s\b")
_NOUN_AFTER = re.compile(r"\s{1,3}+(?P<word>[a-z]++)")


@dataclass(frozen=True, slots=True, kw_only=True)
class WordNumber:
    """What a run of number words says: its value and how it is written."""

    value: float
    used: int  # how many words belong to the number
    # The unit of the last written part, multiplier included: "eight and a half million" 500,000.
    step: float
    multiplier: float = 1.0  # the scale word or dozen the number ends with, 1 if none
    fraction: bool = False
    ordinal: bool = False
    words: tuple[str, ...] = ()  # the words read, lower case (`read_number_words_in`)
    end: int = 0  # where they end in the text (`read_number_words_in`)


def read_number_words(words: Sequence[str]) -> WordNumber | None:
    """The number written by the longest readable start of `words`, or None if there is none."""
    lower = [word.lower() for word in words]
    return _read(lambda index: lower[index] if index < len(lower) else "")


def read_number_words_in(text: str, start: int, end: int) -> WordNumber | None:
    """The number written in words from text[start] (a letter) on, with its words and its end.

    In context, "one" as a pronoun is no number ("the one you mentioned", "one another", "one
    can"), nor is "a third" before a noun ("a third term", whose ordinal starts at "third").
    """
    words = _Words(text, start, end)
    reading = _read(words)
    if reading is None:
        return None
    used, stop = tuple(words.words[: reading.used]), words.ends[reading.used - 1]
    if used == ("one",) and (
        _PRONOUN_BEFORE.search(text, max(0, start - 12), start) or _PRONOUN_AFTER.match(text, stop)
    ):
        return None
    if len(used) == 2 and used[0] in ("a", "an") and used[1] in _ORDINALS:
        after = _NOUN_AFTER.match(text, stop, end)
        if after is not None and after["word"] != "of":
            return None
    # As `dataclasses.replace` would, without the cost of looking up the fields each time.
    return WordNumber(
        value=reading.value,
        used=reading.used,
        step=reading.step,
        multiplier=reading.multiplier,
        fraction=reading.fraction,
        ordinal=reading.ordinal,
        words=used,
        end=stop,
    )


class _Words:
    """The words of text[start:end], split one at a time as the reader asks for them."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.stop = text, end
        first = _FIRST_WORD.match(text, start, end)
        self.words = [] if first is None else [first.group().lower()]
        self.ends = [] if first is None else [first.end()]

    def __call__(self, index: int) -> str:
        words = self.words
        if index < len(words):
            return words[index]  # the reader asks for most words more than once
        while words and len(words) <= index < _MAX_WORDS:
            after = _NEXT_WORD.match(self.text, self.ends[-1], self.stop)
            if after is None:
                break
            words.append(after["word"].lower())
            self.ends.append(after.end())
        return words[index] if index < len(words) else ""


def _read(at: WordAt) -> WordNumber | None:
    # Most numbers in words are one word below a hundred that no word of a number follows ("two
    # days"): read them at once, as the loop below would.
    if at(0) in _SMALL and at(1) not in _CONTINUATIONS:
        return WordNumber(value=float(_SMALL[at(0)]), used=1, step=1.0)
    total, last_scale, index = 0.0, math.inf, 0
    best: WordNumber | None = None
    while (group := _group(at, index)) is not None:
        value, after, step, fraction = group
        multiplier = _MULTIPLIERS.get(at(after), 1.0)
        # "two dozen" only on its own; scale words go down: "two million three hundred thousand".
        if 1 < multiplier < last_scale and (multiplier != 12 or index == 0):
            total += value * multiplier
            best = WordNumber(
                value=total, used=after + 1, step=step * multiplier, multiplier=multiplier,
                fraction=fraction,
            )  # fmt: skip
            if fraction or multiplier == 12:
                return best
            last_scale = multiplier
            index = after + 1 + (at(after + 1) == "and")
            continue
        ordinal = None if fraction else _ordinal_tail(at, after, value)
        if ordinal is not None:
            return WordNumber(value=total + ordinal[0], used=ordinal[1], step=1.0, ordinal=True)
        if best is not None and fraction:
            return best
        return WordNumber(value=total + value, used=after, step=step, fraction=fraction)
    if best is None and at(0) in _ORDINALS:
        return WordNumber(value=float(_ORDINALS[at(0)]), used=1, step=1.0, ordinal=True)
    return best


def _below_hundred(at: WordAt, index: int) -> tuple[int, int] | None:
    word = at(index)
    if word in _TENS:
        unit = _UNITS.get(at(index + 1), 0)
        return (_TENS[word] + unit, index + 2) if 0 < unit < 10 else (_TENS[word], index + 1)
    return (_UNITS[word], index + 1) if word in _UNITS else None


def _below_thousand(at: WordAt, index: int) -> tuple[int, int] | None:
    """ "one hundred and five", "ninety five", "a hundred", "nineteen hundred"."""
    if at(index) in ("a", "an") and at(index + 1) == "hundred":
        value, after = 100, index + 2
    else:
        below = _below_hundred(at, index)
        if below is None:
            return None
        value, after = below
        if at(after) != "hundred" or value == 0:
            return below
        value, after = value * 100, after + 1
    rest = _below_hundred(at, after + (at(after) == "and"))
    # "between one hundred and two hundred": the second hundred starts another number
    if rest is None or at(rest[1]) == "hundred":
        return value, after
    return value + rest[0], rest[1]


def _group(at: WordAt, index: int) -> tuple[float, int, float, bool] | None:
    """The number before a scale word, or the whole number: (value, next index, step, fraction)."""
    word, after = at(index), at(index + 1)
    if word == "half":
        # "half a million", "half a dozen", "half million", or just "half"
        skip = after in ("a", "an") and at(index + 2) in _MULTIPLIERS
        return 0.5, index + 1 + skip, 0.5, True
    if word == "quarter":
        return (0.25, index + 1, 0.25, True) if after in _SCALES else None
    if word in ("a", "an"):
        if after in _DENOMINATORS:
            part = 1 / _DENOMINATORS[after]
            return part, index + 2, part, True
        if after in _MULTIPLIERS:
            return 1.0, index + 1, 1.0, False
    small = _below_thousand(at, index)
    if small is None:
        return None
    value, end = small
    if at(end) == "and" and at(end + 1) in ("a", "an", "one") and at(end + 2) in _DENOMINATORS:
        part = 1 / _DENOMINATORS[at(end + 2)]
        return value + part, end + 3, part, True
    # "two thirds", "five eighths": one word counting the parts. "twenty-third" is an ordinal.
    if 0 < value <= 19 and end == index + 1 and at(end) in _DENOMINATORS:
        part = 1 / _DENOMINATORS[at(end)]
        return value * part, end + 1, part, True
    return float(value), end, 1.0, False


def _ordinal_tail(at: WordAt, index: int, value: float) -> tuple[float, int] | None:
    """An ordinal that ends a number: "twenty-first", "one hundred and eleventh", "hundredth"."""
    index += at(index) == "and" and value >= 100
    ordinal = _ORDINALS.get(at(index))
    if ordinal is None or value == 0:
        return None
    if ordinal == 100:
        return (value * 100, index + 1) if value < 100 else None
    fits = value % 10 == 0 if ordinal < 10 else value % 100 == 0
    return (value + ordinal, index + 1) if fits else None
