"""Places by name: canonical spelling and the chain of places that contain each one."""

from __future__ import annotations

import re
from functools import cache, lru_cache

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


@cache
def place_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    """A regex for every place name and alias the gazetteer knows, longest first."""
    # Over a thousand names, tried one after the other wherever a word starts, made this the
    # slowest pattern of all. As a prefix tree (see `prefix_alternation`) whose first level puts
    # the check of what stands before a name after its first character, they let the regex
    # engine skip from one possible first character to the next and try one branch there. The
    # branches keep the order of `alternation` (longest first: with either apostrophe, two
    # first characters may match at one place), so the same name wins.
    groups: dict[str, list[str]] = {}
    names = {*lexicon.places, *lexicon.place_aliases}
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
