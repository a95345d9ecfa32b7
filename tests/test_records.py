"""`records.fast`: a frozen slotted dataclass built and pickled faster, and otherwise the same."""

from __future__ import annotations

import copy
import dataclasses
import inspect
import pickle
from dataclasses import dataclass, field
from typing import Any

import pytest

from crosscheck.model import Assertion, Kind, Span
from crosscheck.records import fast, replace
from crosscheck.values import DateValue, QuoteValue, TitleValue
from crosscheck.wording import read_passage


def _empty() -> list[str]:
    return []


@dataclass(frozen=True, slots=True, kw_only=True)
class _Plain:
    name: str
    count: int = 0
    tags: list[str] = field(default_factory=_empty, compare=False)
    note: str = field(default="", compare=False)


@fast
@dataclass(frozen=True, slots=True, kw_only=True)
class _Fast:
    name: str
    count: int = 0
    tags: list[str] = field(default_factory=_empty, compare=False)
    note: str = field(default="", compare=False)


@fast
@dataclass(frozen=True, slots=True)
class _Positional:
    start: int
    end: int = 1


@fast
@dataclass(frozen=True, slots=True)
class _Single:
    only: str


def _parameters(function: Any) -> list[tuple[str, Any, Any]]:
    # The dataclass shows a default factory as `<factory>`: compare only that there is one.
    return [
        (p.name, p.kind, p.default if p.name != "tags" else p.default is inspect.Parameter.empty)
        for p in inspect.signature(function).parameters.values()
    ]


def test_same_parameters_as_the_dataclass_init() -> None:
    assert _parameters(_Fast.__init__) == _parameters(_Plain.__init__)


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        ({"name": "a"}, ("a", 0, [], "")),
        ({"name": "a", "count": 3}, ("a", 3, [], "")),
        ({"name": "a", "tags": ["x"], "note": "n"}, ("a", 0, ["x"], "n")),
    ],
)
def test_fields_as_the_dataclass_sets_them(
    arguments: dict[str, Any], expected: tuple[Any, ...]
) -> None:
    made = _Fast(**arguments)
    assert (made.name, made.count, made.tags, made.note) == expected
    plain = _Plain(**arguments)
    assert dataclasses.astuple(made) == dataclasses.astuple(plain)


def test_each_default_factory_call_makes_a_new_value() -> None:
    assert _Fast(name="a").tags is not _Fast(name="b").tags


@pytest.mark.parametrize(
    "call",
    [
        lambda: _Fast(),  # type: ignore[call-arg]
        lambda: _Fast("a"),  # type: ignore[call-arg]
        lambda: _Fast(name="a", colour="red"),  # type: ignore[call-arg]
        lambda: _Positional(),  # type: ignore[call-arg]
        lambda: _Positional(1, 2, 3),  # type: ignore[call-arg]
    ],
)
def test_wrong_arguments_fail_as_they_would(call: Any) -> None:
    with pytest.raises(TypeError):
        call()


def test_positional_fields_keep_their_order_and_defaults() -> None:
    assert _Positional(4) == _Positional(start=4, end=1)
    assert (_Positional(4, 9).start, _Positional(4, 9).end) == (4, 9)


def test_still_frozen() -> None:
    made = _Fast(name="a")
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.name = "b"  # type: ignore[misc]


def test_equality_and_hash_still_skip_fields_left_out_of_comparison() -> None:
    assert _Fast(name="a", note="x") == _Fast(name="a", note="y", tags=["t"])
    assert _Fast(name="a") != _Fast(name="a", count=1)
    assert hash(_Fast(name="a", count=1, note="x")) == hash(_Fast(name="a", count=1))


_ASSERTION = Assertion(
    kind=Kind.QUOTE,
    subject="Jane Roe",
    attribute="",
    value=QuoteValue(
        words="we will win",
        speaker="Jane Roe",
        role=TitleValue(name="mayor"),
        quoted="We will win",
        passage=read_passage("We will win", frozenset()),
        unit=(0, 3),
    ),
    span=Span(article="a", start=3, end=14, line=2),
    text="We will win",
    context="She said: We will win.",
    confidence=0.8,
)


@pytest.mark.parametrize(
    "record",
    [
        _Fast(name="a", count=2, tags=["t"], note="n"),
        _Positional(3),
        _Single("x"),
        DateValue(year=2025, month=11),
        _ASSERTION,
    ],
)
def test_pickle_and_copy_give_an_equal_record(record: Any) -> None:
    for protocol in (2, pickle.HIGHEST_PROTOCOL):
        again = pickle.loads(pickle.dumps(record, protocol=protocol))
        assert again == record
        assert dataclasses.astuple(again) == dataclasses.astuple(record)
    assert copy.copy(record) == record
    assert copy.deepcopy(record) == record


def test_state_in_the_dataclass_layout_still_loads() -> None:
    # Slotted dataclasses pickle their fields as a list in field order: cached pickles hold that.
    made = object.__new__(_Fast)
    made.__setstate__(["a", 2, ["t"], "n"])  # type: ignore[attr-defined]
    assert made == _Fast(name="a", count=2, tags=["t"])
    assert made.note == "n"
    state = _Fast(name="a", count=2, tags=["t"], note="n").__getstate__()
    assert state == ("a", 2, ["t"], "n")


@pytest.mark.parametrize(
    ("record", "changes"),
    [
        (_ASSERTION, {"subject": "John Doe"}),
        (_ASSERTION, {"subject": "John Doe", "confidence": 0.5}),
        (_ASSERTION, {}),
        (_Fast(name="a", tags=["t"], note="n"), {"count": 4}),
        (_Positional(3), {"end": 7}),
        (_Single("x"), {"only": "y"}),
    ],
)
def test_replace_makes_what_dataclasses_replace_makes(record: Any, changes: dict[str, Any]) -> None:
    made = replace(record, **changes)
    expected = dataclasses.replace(record, **changes)
    assert type(made) is type(expected)
    assert dataclasses.astuple(made) == dataclasses.astuple(expected)
    for kept in dataclasses.fields(record):
        if kept.name not in changes:  # kept as they are, not copied
            assert getattr(made, kept.name) is getattr(record, kept.name)


def test_replace_refuses_a_field_the_record_lacks() -> None:
    with pytest.raises(TypeError, match="Assertion has no field colour"):
        replace(_ASSERTION, subject="John Doe", colour="red")


class _NotADataclass:
    pass


@dataclass(frozen=True)
class _NoSlots:
    name: str


@dataclass(slots=True)
class _NotFrozen:
    name: str


@dataclass(frozen=True, slots=True)
class _PostInit:
    name: str

    def __post_init__(self) -> None:
        pass


@pytest.mark.parametrize(
    ("cls", "problem"),
    [
        (_NotADataclass, "not a frozen dataclass with slots"),
        (_NoSlots, "not a frozen dataclass with slots"),
        (_NotFrozen, "not a frozen dataclass with slots"),
        (_PostInit, "__post_init__"),
    ],
)
def test_refuses_classes_it_would_change(cls: type, problem: str) -> None:
    with pytest.raises(TypeError, match=problem):
        fast(cls)
