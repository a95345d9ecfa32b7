"""Counts as assertions: what a number counts, and whose count it is.

A number counts something when a counted noun from rules/lexicon/numbers.toml follows it
("more than a million votes", "8.5 million residents"), or a percentage says of what ("50.4% of
the vote"). Whose count it is comes from the grammar around it: the person before its verb
("Roe received 1,036,051 votes"), a possessive ("Roe's 1,036,051 votes"), or the place the count
is of ("8.5 million people who call the city home", "residents of Denver", "votes in Ohio").
Numbers that count nothing known, or belong to no one the article names, are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache

from crosscheck.extract.base import Source
from crosscheck.extract.datetext import MONTH_NAME
from crosscheck.extract.people import Mention
from crosscheck.gazetteer import place_at, place_pattern, place_value
from crosscheck.lexicon import Lexicon
from crosscheck.model import Assertion, Kind
from crosscheck.numbers import NumberMatch, find_numbers
from crosscheck.text import alternation, lookup, prefix_alternation

# Up to two describing words may stand between a number and what it counts ("popular votes");
# a word that starts a clause or joins another phrase is none: "2022 that killed", "5.3 per
# cent and nine seats".
_NOUN_REACH = (
    r"(?:(?!(?:that|which|who|whom|whose|were|was|is|are|be|been|have|has|had|and|or|but|to)"
    r"\b)[a-z-]+\s+){0,2}?"
)
# "the Oct. 12 vote", "July 2022": a day or year of a month, not a count.
_MONTH_BEFORE = re.compile(rf"(?<![\w.]){MONTH_NAME}\.?\s+\Z")
_BY = re.compile(r"\bby\s+\Z", re.IGNORECASE)
# A year as a number: four digits without a comma, from 1800 to 2099.
_YEAR = re.compile(r"(?:18|19|20)\d\d\Z")
# What may stand between a person and their number: a verb and a few words ("has received",
# "won just over"), after an aside in commas or the comma that closes one around the name.
_SUBJECT_GAP = re.compile(r"(?:\s*,[^,;:]{1,80},|\s*,)?\s+(?:[\w'’-]+\s+){1,4}\Z")
# "… people who call the city home", "… residents of Denver", "… votes in New York's election"
_HOME = re.compile(r"\s+(?:who|that)\s+call(?:s|ed)?\s+(?P<the>the\s+city\s+)?")
_HOME_END = re.compile(r"\s*(?:their\s+|its\s+)?home\b")
_IN_PLACE = re.compile(r"\s+(?:of|in|from|across|living\s+in)\s+(?:the\s+)?")
_CITY_WORD = re.compile(r"\bCity\b")
# How far back a person may stand from the number they own, and "the city" from its name.
_OWNER_REACH = 120
_CITY_REACH = 3000
# Characters of body text beyond which a text is long enough to look for counted nouns first.
_LONG = 20_000


@cache
def _verb_patterns(lexicon: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A count verb just before a number, and one after its noun ("were killed")."""
    verbs = alternation(lexicon.count_verbs)
    before = re.compile(rf"\b(?P<verb>{verbs})\s+\Z", re.IGNORECASE)
    after = re.compile(
        rf"\s+(?:were|was|have\s+been|had\s+been|are|being)\s+(?P<verb>{verbs})\b", re.IGNORECASE
    )
    return before, after


@cache
def _noun_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    nouns = alternation(lexicon.count_nouns)
    return re.compile(rf"\s+(?:of\s+(?:the\s+)?)?{_NOUN_REACH}(?P<noun>{nouns})\b", re.IGNORECASE)


@cache
def _any_noun(lexicon: Lexicon) -> re.Pattern[str]:
    """A counted noun after whitespace, as `_noun_pattern` finds one at the end of its match.

    Starting with whitespace lets the regex engine skip to the next space at once, and a test
    for the letter nouns start with, to the next word (not through every space of a long run).
    """
    nouns = prefix_alternation(lexicon.count_nouns, ignorecase=True)
    letter = r"(?=[^\W\d_])" if all(noun[:1].isalpha() for noun in lexicon.count_nouns) else ""
    return re.compile(rf"\s{letter}(?:{nouns})\b", re.IGNORECASE)


def extract_counts(source: Source) -> tuple[Assertion, ...]:
    """Every number the article gives for something counted, with whose count it is."""
    return tuple(_counts(source))


def _counts(source: Source) -> Iterator[Assertion]:
    lexicon = source.lexicon
    text = source.text
    start = source.article.body_start
    nouns = _noun_pattern(lexicon)
    # Without a counted noun no number counts anything. Looking for one first pays only in long
    # texts: in an article of a few pages it costs more than the numbers it might spare reading.
    if len(text) - start > _LONG and _any_noun(lexicon).search(text, start) is None:
        return
    for number in find_numbers(text, start=start, lexicon=lexicon, followed_by=nouns):
        if number.kind in ("ordinal",):
            continue
        counted = nouns.match(text, number.end)
        noun = None if counted is None else lookup(lexicon.count_nouns, counted["noun"])
        if counted is None or noun is None or _dated(text, number, counted):
            continue
        thing = _what_happened(source, number.start, counted.end()) or noun
        if thing in lexicon.verb_told_counts:
            verb = _word_before(source, number.start)
            thing = f"{thing} ({verb})" if verb else thing
        attribute = f"{thing} (%)" if number.value.unit == "%" else thing
        if number.value.unit and number.value.unit != "%":
            attribute = f"{thing} ({number.value.unit})"
        # "beat Feld by 1,985 votes" is a margin: neither Feld's votes nor, as written, anybody's.
        margin = _BY.search(text, max(start, number.start - 4), number.start) is not None
        subject = "" if margin else _owner(source, number, counted.end())
        yield source.assertion(
            kind=Kind.COUNT,
            subject=subject,
            attribute=attribute if subject else "",
            value=replace(number.value, precision=number.precision),
            start=number.start,
            end=counted.end(),
        )


def _dated(text: str, number: NumberMatch, counted: re.Match[str]) -> bool:
    """Whether the number is a day or year of a date ("Oct. 12 vote", "the 2022 flood that
    killed"), not a count: after a month's name, or a year with words before its noun."""
    if _MONTH_BEFORE.search(text, max(0, number.start - 13), number.start):
        return True
    written = text[number.start : number.end]
    return bool(_YEAR.fullmatch(written)) and counted.start("noun") > number.end + 1


def _what_happened(source: Source, start: int, end: int) -> str:
    """What a count verb makes of the people counted: "killed 12 people" counts deaths."""
    before, after = _verb_patterns(source.lexicon)
    found = before.search(source.text, max(0, start - 30), start) or after.match(source.text, end)
    return "" if found is None else lookup(source.lexicon.count_verbs, found["verb"]) or ""


_WORD_BEFORE = re.compile(r"(?<!\w)([a-z]+)[ \t]+\Z")


def _word_before(source: Source, start: int) -> str:
    """The word right before a count (its hedge included), unless it is a function word."""
    found = _WORD_BEFORE.search(source.text, max(source.article.body_start, start - 24), start)
    word = "" if found is None else found.group(1)
    return "" if word in source.lexicon.function_words else word


def _owner(source: Source, number: NumberMatch, end: int) -> str:
    """Whose count it is: the place people call home, the person the clause is about, or the
    place the count is of."""
    home = _called_home(source, end)
    if home:
        return home
    sentence = source.sentence(number.start)
    nearby = source.people_between(max(sentence.start, number.start - _OWNER_REACH), number.start)
    return _person_before(source.text, nearby, number.start) or _place_of(source, end)


def _person_before(text: str, people: list[Mention], start: int) -> str:
    if not people:
        return ""
    person = people[-1]
    gap = text[person.end : start]
    if (person.possessive and not gap.strip()) or _SUBJECT_GAP.match(gap):
        return person.name
    return ""


def _called_home(source: Source, end: int) -> str:
    """The place in "people who call the city home" or "who call Denver home", if known."""
    text = source.text
    home = _HOME.match(text, end)
    if home is None:
        return ""
    if home.group("the"):
        return _last_city(source, end) if _HOME_END.match(text, home.end()) else ""
    place = place_at(source.lexicon, text, home.end())
    if place is None or not _HOME_END.match(text, place.end()):
        return ""
    return place_value(place.group(), source.lexicon).name


def _place_of(source: Source, end: int) -> str:
    """The place in "residents of Denver" or "votes in New York's election", if known."""
    where = _IN_PLACE.match(source.text, end)
    place = None if where is None else place_at(source.lexicon, source.text, where.end())
    return "" if place is None else place_value(place.group(), source.lexicon).name


def _last_city(source: Source, before: int) -> str:
    """The last place named as a city before `before` ("New York City", "Mexico City")."""
    found = ""
    window = max(source.article.body_start, before - _CITY_REACH)
    places = place_pattern(source.lexicon, source.text[window:before])
    for match in places.finditer(source.text, window, before):
        if _CITY_WORD.search(match.group()) or source.text.startswith(" city", match.end()):
            found = place_value(match.group(), source.lexicon).name
    return found
