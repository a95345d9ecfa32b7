"""Ages of people, in the ways news English writes them, with the person each one describes.

Handled: "Jane Roe, 34," and "Jane Roe (34)"; "34-year-old Jane Roe", "Jane Roe, a 34-year-old
nurse,", and "the 34-year-old nurse" referring back to the person just named; "Jane Roe, aged
34,", "Jane Roe is 34 years old", "Jane Roe, who is 34,", "Jane Roe turned 34"; an age at death
("Jane Roe died Friday at 81", "who died aged 81"); "in her early 30s" as an interval.
Numbers may be digits or words ("thirty-four-year-old").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from crosscheck.extract.base import Source
from crosscheck.extract.people import Mention
from crosscheck.extract.speakers import speaks_next
from crosscheck.lexicon import Lexicon
from crosscheck.model import Assertion, Kind
from crosscheck.numwords import NUMBER_WORDS, NUMBER_WORDS_WIDTH, read_number_words
from crosscheck.text import any_case, beyond_ascii_or
from crosscheck.values import NumberValue

_AGE = rf"(?P<age>\d{{1,3}}|{NUMBER_WORDS})"
_YEAR_OLD = rf"{_AGE}[- ]years?[- ]old"
# What may follow a bare "at 81" after "died": the clause's end, or how or where it happened.
_CLAUSE_GOES_ON = r"(?:\s*(?:[,.;)]|$)|\s+(?:after|of|from|following|surrounded|at|in)\b)"

# Patterns whose age directly follows the name it describes, tried right after each mention;
# the group `expr` is the span shown to the editor.
_AFTER_NAME = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        rf",\s*(?P<expr>{_AGE})\s*,",
        rf",\s*(?P<expr>{_YEAR_OLD})\s*,",
        rf"\s*\((?P<expr>{_AGE})\)",
        rf",\s*(?:a|an|the)\s+(?P<expr>{_YEAR_OLD})\b",
        rf",\s*(?P<expr>aged\s+{_AGE})\b",
        rf",\s*who\s+(?:is|was|turned|turns)\s+(?P<expr>{_AGE}(?:\s+years?\s+old)?)\b",
        rf"\s+(?:is|was|turned|turns|has\s+turned)\s+(?P<expr>{_AGE}\s+years?\s+old)\b",
        rf"\s+(?:turned|turns|has\s+turned)\s+(?P<expr>{_AGE})\b(?!\s*(?:%|per\b|percent))",
        # "Mr. Brennan was 81." / "Reyes was 27 when he was shot": a bare number ending the
        # clause; "was 34 points ahead" goes on, and is no age.
        rf"\s+(?:is|was)\s+(?P<expr>{_AGE})(?=\s*[.;](?!\d)|\s+when\b)",
        # The age at death: "Roe, the former mayor, died Saturday at 81", "Roe, who died aged
        # 70,", "died at the age of 64". A bare "at 8" must end the clause or lead on to how or
        # where, so that "died at 3 a.m." is a time, not an age.
        rf"(?:\s*,[^,;:.()“”\"\n]{{1,80}},\s*|\s*,\s*who\s+|\s+)(?:has\s+|had\s+)?"
        rf"(?:died|dies)\b[^,.;:()“”\"\n]{{0,40}}?\s"
        rf"(?P<expr>(?:at\s+the\s+age\s+of|at\s+age|aged|at(?=\s+[\w-]+{_CLAUSE_GOES_ON}))"
        rf"\s+{_AGE})\b",
    )
)
# Any of them, to skip at once the many names that none follows (without their group names,
# which a regex holds once).
_GROUP_NAME = re.compile(r"\(\?P<\w+>")
_ANY_AFTER_NAME = re.compile(
    "|".join(_GROUP_NAME.sub("(?:", pattern.pattern) for pattern in _AFTER_NAME), re.IGNORECASE
)
# "34-year-old" anywhere; who it describes is worked out from what stands around it.
_YEAR_OLD_ANYWHERE = re.compile(rf"(?<![\w-]){_YEAR_OLD}(?![\w-])", re.IGNORECASE)
_DECADE = re.compile(
    r"\bin\s+(?:his|her|their)\s+(?:(?P<part>early|mid|late)[- ])?"
    r"(?P<decade>[2-9]0s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b",
    re.IGNORECASE,
)


# A letter beyond ASCII: the few that match an ASCII letter case-insensitively (the Kelvin sign,
# the long s...) are among them.
_BEYOND_ASCII = r"[^\W\x00-\x7f]"


def _loosely(word: str) -> str:
    """A regex for at least `word` in any case: each letter in either ASCII case, or as a letter
    beyond ASCII."""
    return "".join(f"(?:[{letter.lower()}{letter.upper()}]|{_BEYOND_ASCII})" for letter in word)


def _anchor(word: str, then: str = "") -> re.Pattern[str]:
    """Where `word`, in any case, may start (then `then`), found fast.

    Its first letter is matched as one of a set of characters, which the regex engine skips
    to, then checked again; only that character is consumed, so that no other place is hidden.
    """
    first = word[0]
    return re.compile(
        rf"{beyond_ascii_or(first.lower() + first.upper())}(?<={_loosely(first)})"
        rf"(?={_loosely(word[1:])}{then})"
    )


# Case-insensitive patterns that start with a lookbehind or a word boundary make the regex engine
# try them at every character; these anchors find fast where they may match: the "year" of
# "34-year-old", at most `_AGE_REACH` characters after its start, and the "in " that starts "in
# her 30s".
_YEAR = _anchor("year")
_AGE_REACH = max(3, NUMBER_WORDS_WIDTH) + 1
_IN = _anchor("in", then=r"\s")
_DECADE_WORDS = {
    "twenties": 20,
    "thirties": 30,
    "forties": 40,
    "fifties": 50,
    "sixties": 60,
    "seventies": 70,
    "eighties": 80,
    "nineties": 90,
}
_DECADE_PARTS = {None: (0, 9), "early": (0, 3), "mid": (4, 6), "late": (7, 9)}
# Words that may stand between "34-year-old" and the name it modifies ("34-year-old mayor-elect").
_MODIFIER_GAP = re.compile(r"^[\s\w'’.-]{0,60}$")
# How far back (characters) a "the 34-year-old …" may look for the person it refers to.
_ANAPHORA_REACH = 200


def extract_ages(source: Source) -> tuple[Assertion, ...]:
    """Every age the article gives for a person it names."""
    people = source.people
    found: dict[int, Assertion] = {}
    # One value for each age stated, however many people are that old
    values: dict[int, NumberValue] = {}
    for mention, start, end, age in _ages(source, people):
        if 0 < age < 130 and start not in found:
            if age not in values:
                values[age] = NumberValue.exact(age, unit="years")
            found[start] = source.assertion(
                kind=Kind.AGE,
                subject=mention.name,
                attribute="age",
                value=values[age],
                start=start,
                end=end,
            )
    for assertion in _decades(source):
        found.setdefault(assertion.span.start, assertion)
    return tuple(found[start] for start in sorted(found))


def _ages(source: Source, people: tuple[Mention, ...]) -> Iterator[tuple[Mention, int, int, int]]:
    text = source.text
    claimed: set[int] = set()
    for mention in people:
        if not _ANY_AFTER_NAME.match(text, mention.end):
            continue
        for pattern in _AFTER_NAME:
            match = pattern.match(text, mention.end)
            if match and (age := _number(match.group("age"))) is not None:
                claimed.add(match.start("expr"))
                yield mention, match.start("expr"), match.end("expr"), age
                break
    body = source.article.body_start
    for match in _found_near(_YEAR_OLD_ANYWHERE, _YEAR, _AGE_REACH, text, body):
        start = match.start()
        age = _number(match.group("age"))
        if start in claimed or age is None:
            continue
        described = _described_by_year_old(source, match)
        if described is not None:
            yield described, start, match.end(), age


def _described_by_year_old(source: Source, match: re.Match[str]) -> Mention | None:
    """The person a free-standing "34-year-old" describes, or None when it is not clear."""
    sentence = source.sentence(match.start())
    following = source.person_after(match.end())
    if (
        following is not None
        and following.start < sentence.end
        and _MODIFIER_GAP.match(source.text[match.end() : following.start])
    ):
        # "a 34-year-old Aurora man": a place or group word before a person, naming nobody.
        if _person_noun(source.lexicon).match(source.text, following.end):
            return None
        return following
    before = source.text[max(sentence.start, match.start() - 4) : match.start()].lower()
    if not before.endswith("the "):
        # "a 34-year-old nurse" introduces somebody new; only "the" points back.
        return None
    previous = source.person_before(match.start(), limit=_ANAPHORA_REACH)
    if previous is None or previous.start < sentence.start:
        return None
    # "Judge Roe said the 54-year-old had lied": whom a speaker speaks of is somebody else.
    if speaks_next(source.lexicon).match(source.text, previous.end, match.start()):
        return None
    return previous


@cache
def _person_noun(lexicon: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{any_case(lexicon.person_nouns)})\b")


def _decades(source: Source) -> Iterator[Assertion]:
    text = source.text
    for match in _found_near(_DECADE, _IN, 0, text, source.article.body_start):
        previous = source.person_before(match.start(), limit=_ANAPHORA_REACH)
        if previous is None:
            continue
        decade_text = match.group("decade").lower()
        decade = _DECADE_WORDS.get(decade_text) or int(decade_text[:2])
        low, high = _DECADE_PARTS[match.group("part") and match.group("part").lower()]
        yield source.assertion(
            kind=Kind.AGE,
            subject=previous.name,
            attribute="age",
            value=NumberValue(min=decade + low, max=decade + high, unit="years"),
            start=match.start(),
            end=match.end(),
            confidence=0.8,
        )


def _found_near(
    pattern: re.Pattern[str], near: re.Pattern[str], reach: int, text: str, start: int
) -> Iterator[re.Match[str]]:
    """The matches of `pattern` in text[start:], as `finditer` finds them, given that each
    holds a match of `near` that starts at most `reach` characters after its own start."""
    free = start
    for anchor in near.finditer(text, start):
        for at in range(max(free, anchor.start() - reach), anchor.start() + 1):
            match = pattern.match(text, at)
            if match is not None:
                yield match
                free = match.end()
                break


def _number(written: str) -> int | None:
    if written.isdigit():
        return int(written)
    words = re.split(r"[\s-]+", written.strip())
    read = read_number_words(words)
    if read is None or read.used != len(words) or not read.value.is_integer():
        return None
    return int(read.value)
