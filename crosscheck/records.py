"""Frozen records that are cheap to build, copy and pickle: `@fast` on a frozen slotted dataclass.

The pipeline makes hundreds of thousands of assertions, spans and values, and worker processes
and the cache pickle every one of them. A frozen dataclass's `__init__` sets each field through
`object.__setattr__`, looked up anew for every field; a slotted one pickles through
`dataclasses.fields()`, walked for every object. `fast` gives the class an `__init__` that sets
each slot through its descriptor, `__getstate__`/`__setstate__` that do the same with one
tuple, and `__replace__` (what `replace` here and Python 3.13's `copy.replace` call), which
`dataclasses.replace` would do through `fields()` again. The behaviour is the same: the same
parameters and defaults, still frozen afterwards, and a state that lists the fields in order, as
the dataclass's own does (so older pickles still load).
"""

from __future__ import annotations

import dataclasses
from operator import attrgetter
from typing import Any, TypeVar

_Record = TypeVar("_Record", bound=type)
_T = TypeVar("_T")


def replace(record: _T, /, **changes: Any) -> _T:
    """A copy of a `fast` record with some fields changed, as `dataclasses.replace` makes it."""
    copied: _T = record.__replace__(**changes)  # type: ignore[attr-defined]
    return copied


def fast(cls: _Record) -> _Record:
    """Give a frozen, slotted dataclass a faster `__init__`, pickled state and `__replace__`;
    returns `cls`."""
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not params.frozen or "__slots__" not in cls.__dict__:
        raise TypeError(f"{cls.__name__} is not a frozen dataclass with slots")
    if hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__} has __post_init__, which fast does not call")
    fields = dataclasses.fields(cls)
    scope: dict[str, Any] = {}
    positional: list[str] = []
    keyword: list[str] = []
    lines: list[str] = []
    for index, field in enumerate(fields):
        scope[f"_set{index}"] = cls.__dict__[field.name].__set__  # the slot's own descriptor
        parameter = field.name
        if field.default is not dataclasses.MISSING:
            scope[f"_default{index}"] = field.default
            parameter += f"=_default{index}"
        elif field.default_factory is not dataclasses.MISSING:
            scope["_MISSING"] = dataclasses.MISSING
            scope[f"_factory{index}"] = field.default_factory
            parameter += "=_MISSING"
            lines.append(f"    if {field.name} is _MISSING: {field.name} = _factory{index}()")
        (keyword if field.kw_only else positional).append(parameter)
        lines.append(f"    _set{index}(self, {field.name})")
    signature = ", ".join(["self", *positional, *(["*", *keyword] if keyword else [])])
    # Generated like the dataclass's own `__init__`: a loop over the fields would cost as much as
    # the per-field lookups it replaces.
    source = f"def __init__({signature}):\n" + "\n".join(lines or ["    pass"]) + "\n"
    source += "def __setstate__(self, state):\n" + "".join(
        f"    _set{index}(self, state[{index}])\n" for index in range(len(fields))
    )
    # `replace`: the fields not named keep this record's values.
    scope["_cls"], scope["_names"] = cls, frozenset(field.name for field in fields)
    kept = ", ".join(f"{f.name}=changes.get({f.name!r}, self.{f.name})" for f in fields)
    source += (
        "def __replace__(self, /, **changes):\n"
        "    if not changes.keys() <= _names:\n"
        "        unknown = sorted(changes.keys() - _names)\n"
        f"        raise TypeError(f'{cls.__name__} has no field {{unknown[0]}}')\n"
        f"    return _cls({kept})\n"
    )
    exec(source, scope)
    values = attrgetter(*(field.name for field in fields))

    def __getstate__(self: Any) -> tuple[Any, ...]:
        found = values(self)
        return found if len(fields) > 1 else (found,)

    for name, function in (
        ("__init__", scope["__init__"]),
        ("__getstate__", __getstate__),
        ("__setstate__", scope["__setstate__"]),
        ("__replace__", scope["__replace__"]),
    ):
        function.__qualname__ = f"{cls.__qualname__}.{name}"
        function.__module__ = cls.__module__
        setattr(cls, name, function)
    return cls
