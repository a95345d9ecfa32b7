"""The fast indented JSON writer gives the standard library's bytes, with C1 controls escaped."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crosscheck.model import Kind
from crosscheck.render.controls import inert_json
from crosscheck.render.jsontext import pretty_json, pretty_json_chunks

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


@given(DOCUMENTS, st.integers(min_value=0, max_value=4))
def test_any_document_matches_the_standard_library(value: Any, depth: int) -> None:
    assert pretty_json(value) == stdlib(value)
    assert "".join(pretty_json_chunks(value, depth=depth)) == stdlib(value)


@pytest.mark.parametrize("members", [[], [{"a": 1}], [{"a": [1, 2]}, {"b": {}}, "c"]])
def test_lists_given_as_iterators_are_written_as_lists(members: list[Any]) -> None:
    document = {"head": 1, "rows": iter(members), "tail": {"n": len(members)}}
    expected = stdlib({"head": 1, "rows": members, "tail": {"n": len(members)}})
    assert "".join(pretty_json_chunks(document)) == expected


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
