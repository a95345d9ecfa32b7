"""Places by name: canonical spelling and the chain of places that contain each one."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import NamedTuple

from crosscheck.lexicon import Lexicon
from crosscheck.text import alternation, prefix_alternation
from crosscheck.values import PlaceValue

_THE = re.compile(r"^the\s+", re.IGNORECASE)


# An article names few places, many times over: each spelling is worked out once.
@lru_cache(maxsize=4096)
def place_value(name: str, lexicon: Lexicon) -> PlaceValue:
    """The place a name stands for, known to the gazetteer or not ("the" and 's dropped)."""
    written = _THE.sub("", " ".join(name.replace("’", "'").split())).removesuffix("'s")
    canonical = lexicon.place_aliases.get(written, written)
    if canonical not in lexicon.places:
        return PlaceValue(name=written)
    within: list[str] = []
    parent = lexicon.places[canonical]
    while parent:
        within.append(parent)
        parent = lexicon.places[parent]
    return PlaceValue(name=canonical, within=tuple(within), known=True)


def place_pattern(lexicon: Lexicon, text: str) -> re.Pattern[str]:
    """A regex for every place name and alias the gazetteer knows that may stand in `text`,
    longest first, to search it with."""
    names = _names(lexicon)
    if any(start in text for start in names.starts):
        return _every_name(lexicon)
    return names.capitalized


def place_at(lexicon: Lexicon, text: str, pos: int) -> re.Match[str] | None:
    """The place name or alias the gazetteer knows that starts at `pos`, longest first."""
    names = _names(lexicon)
    # What a name starts with tells the two patterns apart: no match of either hides the other's.
    return names.capitalized.match(text, pos) or names.uncapitalized.match(text, pos)


class _Names(NamedTuple):
    """The gazetteer's names as regexes: those that start with a capital and those that start
    otherwise ("mainland China", "al-Aqsa Mosque", "10 Downing Street").

    A search skips to the next character that may start a name; names starting with "a", "m",
    "o" or "s" stop it at most letters of a text, which nearly tripled its time. Such a name
    matches only where its start (up to an apostrophe, which the regex lets be either) is
    written as is, so a text without any of these starts is searched for the capitalized names
    alone, and the same are found. Checking that reads the text a few times, which a search
    repays and a match at one place does not.
    """

    capitalized: re.Pattern[str]
    uncapitalized: re.Pattern[str]
    starts: frozenset[str]  # of the uncapitalized names, each up to its first apostrophe


@cache
def _names(lexicon: Lexicon) -> _Names:
    names = {*lexicon.places, *lexicon.place_aliases}
    capitalized = {name for name in names if name[0].isupper()}
    return _Names(
        capitalized=_names_pattern(capitalized),
        uncapitalized=_names_pattern(names - capitalized),
        starts=frozenset(name.partition("'")[0] for name in names - capitalized),
    )


# Compiled only for a text that holds the start of an uncapitalized name: compiling all the
# names again takes some 60 ms, what searching without them saves on a thousand articles.
@cache
def _every_name(lexicon: Lexicon) -> re.Pattern[str]:
    return _names_pattern({*lexicon.places, *lexicon.place_aliases})


def _names_pattern(names: set[str]) -> re.Pattern[str]:
    """A regex for the names, longest first."""
    # Over a thousand names, tried one after the other wherever a word starts, made this the
    # slowest pattern of all. As a prefix tree (see `prefix_alternation`) whose first level puts
    # the check of what stands before a name after its first character, they let the regex
    # engine skip from one possible first character to the next and try one branch there. The
    # branches keep the order of `alternation` (longest first: with either apostrophe, two
    # first characters may match at one place), so the same name wins.
    groups: dict[str, list[str]] = {}
    for name in sorted(names, key=lambda name: (-len(name), name)):
        groups.setdefault(name[0], []).append(name[1:])
    alternatives = "|".join(
        rf"{re.escape(first)}(?<![\w-].){_rests(rests)}" for first, rests in groups.items()
    ).replace("'", "['’]")  # either apostrophe
    return re.compile(rf"(?:{alternatives or '(?!)'})(?![\w-])")


def _rests(rests: list[str]) -> str:
    """What may follow the first character of names: the rest of one of them."""
    if not any(rests):
        return ""  # a one-character name (a prefix tree of "" alone matches nothing)
    if any("’" in rest for rest in rests):
        # Made to match either apostrophe, a ' branch of a tree would also take a ’ branch's
        # place, out of the longest-first order.
        return f"(?:{alternation(rests)})"
    return f"(?:{prefix_alternation(rests, ignorecase=False)})"
