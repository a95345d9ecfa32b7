"""Indented JSON text: `json.dumps(value, ensure_ascii=False, indent=2)`, control characters inert.

The bytes are the standard library's, except that DEL and the C1 controls, which it leaves raw,
are written as `\\u00NN` escapes (`crosscheck.render.controls`).

The standard library indents with a pure-Python generator per value; a report of ten thousand
articles has millions of values. Writing into one list, with the C string escaper, takes a
little over half the time. `pretty_json_chunks` gives the text in pieces, reading lists given
as iterators as it goes, so a large report never stands whole in memory.

A caller that knows the shape of its records can write them faster than this walk over dicts: a
member may be given as a `Written`, which writes its own text from where it stands.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from json.encoder import encode_basestring  # the C escaper when CPython has it
from typing import Any

from crosscheck.render.controls import inert_json


@dataclass(frozen=True, slots=True)
class Written:
    """A member whose maker writes its JSON text.

    `write` is given the line break and indentation before the member (`"\n    "`) and gives its
    text, with no escapes for DEL and C1: those are made in the whole text, as for everything
    else. The member's own members stand one level (two spaces) deeper.
    """

    write: Callable[[str], str]


def pretty_json(value: Any) -> str:
    """`value` as JSON indented by two spaces, non-ASCII characters kept as they are."""
    return inert_json(json_text(value, "\n"))


def pretty_json_chunks(value: Any, *, depth: int = 2) -> Iterator[str]:
    """`pretty_json(value)` in pieces: one for each member of the outer `depth` levels.

    At those levels a list may be given as an iterator; each member is made when it is written.
    """
    return map(inert_json, _chunks(value, "\n", depth))


def json_text(value: Any, newline: str) -> str:
    """`value`'s JSON text for a `Written`: standing after `newline`, DEL and C1 left raw."""
    parts: list[str] = []
    _write(value, newline, parts)
    return "".join(parts)


def _chunks(value: Any, newline: str, depth: int) -> Iterator[str]:
    inner = newline + "  "
    if depth > 0 and isinstance(value, dict) and value:
        separator = "{" + inner
        for key, member in value.items():
            yield separator + _key(key) + ": "
            yield from _chunks(member, inner, depth - 1)
            separator = "," + inner
        yield newline + "}"
    elif depth > 0 and isinstance(value, list | tuple | Iterator):
        separator = "[" + inner
        for member in value:
            yield separator
            yield from _chunks(member, inner, depth - 1)
            separator = "," + inner
        # Nothing was written when the list was empty.
        yield "[]" if separator.startswith("[") else newline + "]"
    else:
        yield json_text(value, newline)


def _write(value: Any, newline: str, parts: list[str]) -> None:
    if isinstance(value, str):
        parts.append(encode_basestring(value))
    elif isinstance(value, dict):
        if not value:
            parts.append("{}")
            return
        inner = newline + "  "
        separator = "{" + inner
        for key, member in value.items():
            parts.append(separator + _key(key) + ": ")
            _write(member, inner, parts)
            separator = "," + inner
        parts.append(newline + "}")
    elif isinstance(value, list | tuple):
        if not value:
            parts.append("[]")
            return
        inner = newline + "  "
        separator = "[" + inner
        for member in value:
            parts.append(separator)
            _write(member, inner, parts)
            separator = "," + inner
        parts.append(newline + "]")
    elif isinstance(value, Written):
        parts.append(value.write(newline))
    else:
        parts.append(_scalar(value))


def _scalar(value: Any) -> str:
    # A report holds about a hundred numbers and nulls an article, and json.dumps takes several
    # microseconds each; these are the texts it gives them.
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    # Floats (NaN and the infinities have their own spelling) and what JSON cannot hold, refused.
    return json.dumps(value)


def _key(key: Any) -> str:
    if isinstance(key, str):
        return encode_basestring(key)
    if key is None or isinstance(key, int | float):
        # json.dumps writes a number, boolean or null key as a string of its JSON form.
        return encode_basestring(_scalar(key))
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")
