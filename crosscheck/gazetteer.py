"""Places by name: canonical spelling and the chain of places that contain each one."""

from __future__ import annotations

import re
from functools import cache

from crosscheck.lexicon import Lexicon
from crosscheck.text import alternation
from crosscheck.values import PlaceValue

_THE = re.compile(r"^the\s+", re.IGNORECASE)


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
    alternatives = alternation({*lexicon.places, *lexicon.place_aliases}).replace("'", "['’]")
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")
