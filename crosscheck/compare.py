"""The closed set of comparators a rule may pick: whether two values can both be true.

A comparator answers one question for two values of one claim: are they compatible? Rules name
a comparator by key; no rule file carries code.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType

from crosscheck.model import Kind
from crosscheck.values import DateValue, NumberValue, PlaceValue, QuoteValue, TitleValue, Value
from crosscheck.wording import Agreement

Comparator = Callable[[Value, Value, float], bool]


def equal(first: Value, second: Value, tolerance: float) -> bool:
    """Compatible only when the normalized values are identical."""
    return first == second


def interval(first: Value, second: Value, tolerance: float) -> bool:
    """Numbers are compatible when their intervals overlap once widened by the tolerance."""
    if not isinstance(first, NumberValue) or not isinstance(second, NumberValue):
        return first == second
    return first.overlaps(second, tolerance=tolerance)


def date(first: Value, second: Value, tolerance: float) -> bool:
    """Dates are compatible when one can describe the same day as the other."""
    if not isinstance(first, DateValue) or not isinstance(second, DateValue):
        return first == second
    return first.compatible(second)


def title(first: Value, second: Value, tolerance: float) -> bool:
    """Titles are compatible unless their ordinals differ or one says "former" of a held office."""
    if not isinstance(first, TitleValue) or not isinstance(second, TitleValue):
        return first == second
    return first.compatible(second)


def contains(first: Value, second: Value, tolerance: float) -> bool:
    """Places are compatible when they are one place or one contains the other."""
    if not isinstance(first, PlaceValue) or not isinstance(second, PlaceValue):
        return first == second
    return first.compatible(second)


def wording(first: Value, second: Value, tolerance: float) -> bool:
    """Quotations are compatible unless they render one sentence with different content words.

    Sentences that are not the same quotation are compatible: neither says the other is wrong.
    """
    if not isinstance(first, QuoteValue) or not isinstance(second, QuoteValue):
        return first == second
    return first.agreement(second) is not Agreement.CONFLICT


COMPARATORS: Mapping[str, Comparator] = MappingProxyType(
    {
        "equal": equal,
        "interval": interval,
        "date": date,
        "title": title,
        "contains": contains,
        "wording": wording,
    }
)

# Which kinds of assertion each comparator can judge; the rule loader checks this.
COMPARATOR_KINDS: Mapping[str, frozenset[Kind]] = MappingProxyType(
    {
        "equal": frozenset(Kind),
        "interval": frozenset({Kind.AGE, Kind.COUNT}),
        "date": frozenset({Kind.DATE}),
        "title": frozenset({Kind.TITLE}),
        "contains": frozenset({Kind.PLACE}),
        "wording": frozenset({Kind.QUOTE}),
    }
)
