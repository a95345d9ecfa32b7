"""The fast indented JSON writer gives the standard library's bytes, with C1 controls escaped."""

from __future__ import annotations

import json
from enum import IntEnum
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crosscheck.model import Kind
from crosscheck.render.controls import inert_json
from crosscheck.render.jsontext import Written, json_text, pretty_json, pretty_json_chunks

SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text()
)
DOCUMENTS = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=30,
)


def stdlib(value: Any) -> str:
    """The standard library's text, with the escapes it leaves out for DEL and the C1 controls."""
    return inert_json(json.dumps(value, ensure_ascii=False, indent=2))


@pytest.mark.parametrize(
    "value",
    [
        {},
        [],
        {"a": []},
        {"a": {}, "b": [1, 2.5, None, True, False]},
        ["“Quoted”, he said\u2028", "tab\tand\nnewline", "\x00\x1f", "é ü 中文 🇺🇸"],
        {"kind": Kind.QUOTE, "nested": [[[]], [{}], {"x": [1]}]},
        (1, (2, 3)),
        {2: "int key", True: "bool key", None: "null key", 1.5: "float key"},
        [float("nan"), float("inf"), -float("inf"), -0.0, 1e300, 10**30],
    ],
)
def test_examples_match_the_standard_library(value: Any) -> None:
    assert pretty_json(value) == stdlib(value)


class Level(IntEnum):
    LOW = 1


@pytest.mark.parametrize(
    "value",
    [
        pytest.param(0, id="zero"),
        pytest.param(-7, id="negative-int"),
        pytest.param(2**64 + 1, id="int-beyond-64-bits"),
        pytest.param(Level.LOW, id="int-enum-as-its-number"),
        pytest.param(True, id="true-not-1"),
        pytest.param(False, id="false-not-0"),
        pytest.param(None, id="null"),
        pytest.param(1.0, id="float-whole"),
        pytest.param(-0.0, id="float-negative-zero"),
        pytest.param(1e-7, id="float-small"),
        pytest.param(float("nan"), id="float-nan"),
        pytest.param(float("inf"), id="float-infinity"),
        pytest.param(-float("inf"), id="float-minus-infinity"),
        pytest.param([], id="empty-list"),
        pytest.param({}, id="empty-object"),
        pytest.param([[], {}, [None, [True, [0]]]], id="nested-lists"),
        pytest.param({"a": {"b": {"c": [1, {"d": None}]}}}, id="nested-objects"),
        pytest.param('say "no"', id="string-quotes"),
        pytest.param("C:\\path\\", id="string-backslashes"),
        pytest.param("a\x7fb", id="string-delete"),
        pytest.param("\x80\x9b\x9f", id="string-c1"),
        pytest.param("naïve 中文 🇺🇸 \u2028", id="string-beyond-ascii"),
        pytest.param({"\x7f": 1, '"': 2, "é": 3}, id="keys-escaped-like-strings"),
        pytest.param({0: "a", -1: "b", Level.LOW: "c"}, id="keys-ints"),
        pytest.param({True: "a", False: "b", None: "c"}, id="keys-bools-and-null"),
    ],
)
def test_edge_values_match_the_standard_library(value: Any) -> None:
    assert pretty_json(value) == stdlib(value)
    assert pretty_json([value, {"in": value}]) == stdlib([value, {"in": value}])


@given(DOCUMENTS, st.integers(min_value=0, max_value=4))
def test_any_document_matches_the_standard_library(value: Any, depth: int) -> None:
    assert pretty_json(value) == stdlib(value)
    assert "".join(pretty_json_chunks(value, depth=depth)) == stdlib(value)


@pytest.mark.parametrize("members", [[], [{"a": 1}], [{"a": [1, 2]}, {"b": {}}, "c"]])
def test_lists_given_as_iterators_are_written_as_lists(members: list[Any]) -> None:
    document = {"head": 1, "rows": iter(members), "tail": {"n": len(members)}}
    expected = stdlib({"head": 1, "rows": members, "tail": {"n": len(members)}})
    assert "".join(pretty_json_chunks(document)) == expected


@pytest.mark.parametrize("depth", [2, 3, 4])
@pytest.mark.parametrize(
    "value",
    [
        pytest.param(None, id="null"),
        pytest.param([], id="empty-list"),
        pytest.param({"a": [1, {"b": "c"}]}, id="nested"),
        pytest.param({"x\x7f": "\x85\x9b é"}, id="delete-and-c1"),
    ],
)
def test_a_written_member_stands_where_its_value_would(value: Any, depth: int) -> None:
    written = Written(lambda newline: json_text(value, newline))

    document = {"rows": iter([written, {"in": [written]}]), "tail": written}
    expected = stdlib({"rows": [value, {"in": [value]}], "tail": value})
    assert "".join(pretty_json_chunks(document, depth=depth)) == expected
    assert pretty_json([written, {"in": written}]) == stdlib([value, {"in": value}])


@pytest.mark.parametrize(
    ("value", "text"),
    [
        pytest.param("\x1b[31m", '"\\u001b[31m"', id="escape-by-the-stdlib"),
        pytest.param("a\x7fb", '"a\\u007fb"', id="delete"),
        pytest.param("\x9b31m", '"\\u009b31m"', id="c1-csi"),
        pytest.param("\x85 \xa0", '"\\u0085 \xa0"', id="c1-next-line-not-nbsp"),
    ],
)
def test_control_characters_are_escaped_and_read_back_the_same(value: str, text: str) -> None:
    assert pretty_json(value) == text
    assert json.loads(pretty_json(value)) == value


def test_what_json_cannot_write_is_refused_the_same_way() -> None:
    with pytest.raises(TypeError):
        pretty_json({"a": {1, 2}})
    with pytest.raises(TypeError):
        pretty_json({(1, 2): "tuple key"})
    with pytest.raises(TypeError):  # only a `Written` writes itself
        pretty_json({"a": str})


# (text, what it becomes): DEL and the C1 controls escaped, everything else as it was.
INERT_CASES = [
    pytest.param("plain text", "plain text", id="ascii"),
    pytest.param("a\x7fb", "a\\u007fb", id="delete"),
    pytest.param("\x9b[31mred", "\\u009b[31mred", id="c1-escape-introducer"),
    pytest.param("line\x85next", "line\\u0085next", id="c1-next-line"),
    pytest.param("“Roe” · £5\xa0net ¿", "“Roe” · £5\xa0net ¿", id="latin-1-that-is-not-control"),
    pytest.param("· \x80 ·", "· \\u0080 ·", id="control-beside-latin-1"),
    pytest.param("\ud800 \x90", "\ud800 \\u0090", id="lone-surrogate"),
]


@pytest.mark.parametrize(("text", "expected"), INERT_CASES)
def test_inert_json(text: str, expected: str) -> None:
    assert inert_json(text) == expected


@given(st.text())
def test_inert_json_escapes_exactly_delete_and_the_c1_controls(text: str) -> None:
    expected = "".join(f"\\u{ord(c):04x}" if "\x7f" <= c <= "\x9f" else c for c in text)
    assert inert_json(text) == expected
