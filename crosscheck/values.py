"""Normalized values (dates, numbers, places, titles, quotations) that print and compare
themselves."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from typing import Any, TypeAlias

from crosscheck.records import fast
from crosscheck.wording import Agreement, Matching, Passage, Piece, compare_units, word_diff

JsonValue: TypeAlias = dict[str, Any]

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@fast
@dataclass(frozen=True, slots=True, kw_only=True)
class DateValue:
    """A date at the granularity the text gives: any of year, month, day, ISO week, weekday.

    `weekday` is ISO (1 = Monday … 7 = Sunday). `ref` holds a TimeML reference such as PAST_REF
    for expressions that name no calendar position at all.
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None
    week: int | None = None
    weekday: int | None = None
    ref: str | None = None

    @property
    def granularity(self) -> str:
        """The finest unit the value pins down: day, week, month, year, weekday or ref."""
        if self.ref is not None:
            return "ref"
        if self.day is not None:
            return "day"
        if self.week is not None:
            return "week"
        if self.month is not None:
            return "month"
        if self.year is not None:
            return "year"
        return "weekday"

    def as_date(self) -> dt.date | None:
        """The calendar day, when year, month and day are all known and valid."""
        if self.year is None or self.month is None or self.day is None:
            return None
        try:
            return dt.date(self.year, self.month, self.day)
        except ValueError:
            return None

    def timex(self) -> str:
        """The TimeML TIMEX3 value string, e.g. 2025-11-21, XXXX-11-21, 2025-W47, XXXX-WXX-5."""
        if self.ref is not None:
            return self.ref
        year = "XXXX" if self.year is None else f"{self.year:04d}"
        if self.day is not None:
            month = "XX" if self.month is None else f"{self.month:02d}"
            return f"{year}-{month}-{self.day:02d}"
        if self.week is not None:
            return f"{year}-W{self.week:02d}"
        if self.month is not None:
            return f"{year}-{self.month:02d}"
        if self.weekday is not None:
            return f"XXXX-WXX-{self.weekday}" if self.year is None else f"{year}-WXX-{self.weekday}"
        return year

    def describe(self) -> str:
        """A short human reading of the value, e.g. "Fri 2025-11-21"."""
        if self.weekday is not None:
            day_name = WEEKDAYS[self.weekday - 1][:3]
            return day_name if self.granularity == "weekday" else f"{day_name} {self.timex()}"
        return self.timex()

    def to_json(self) -> JsonValue:
        """The JSON form of the contract: an object whose `timex` is the TIMEX3 value."""
        return {"timex": self.timex()}

    def compatible(self, other: DateValue) -> bool:
        """Whether both values can describe the same day (coarser values contain finer ones)."""
        if self.ref is not None or other.ref is not None:
            return True
        # An ISO week's year is not the calendar year of its days (2026-W01 holds 2025-12-29).
        years = (None, None) if self.week or other.week else (self.year, other.year)
        for mine, theirs in (
            years,
            (self.month, other.month),
            (self.day, other.day),
            (self.week, other.week),
            (self.weekday, other.weekday),
        ):
            if mine is not None and theirs is not None and mine != theirs:
                return False
        return _weekday_fits(self, other) and _weekday_fits(other, self)


def _weekday_fits(named: DateValue, full: DateValue) -> bool:
    """A weekday or ISO week named on one side must hold for a full date on the other."""
    day = full.as_date()
    if day is None:
        return True
    iso = day.isocalendar()
    if named.weekday is not None and named.weekday != iso.weekday:
        return False
    return named.week is None or (named.week == iso.week and named.year in (None, iso.year))


@fast
@dataclass(frozen=True, slots=True, kw_only=True)
class NumberValue:
    """A number as an interval: `min`/`max` (None where unbounded), `value` if one is stated."""

    min: float | None
    max: float | None
    value: float | None = None
    unit: str = ""
    # Half the rounding step the writing implies ("1.04 million": 5,000); 0 for exact figures.
    precision: float = 0.0

    @classmethod
    def exact(cls, number: float, unit: str = "") -> NumberValue:
        """A single stated number."""
        return cls(min=number, max=number, value=number, unit=unit)

    def to_json(self) -> JsonValue:
        """The JSON form of the contract: `min`, `max`, `value` and `unit`."""
        return {
            "min": _json_number(self.min),
            "max": _json_number(self.max),
            "value": _json_number(self.value),
            "unit": self.unit,
        }

    def describe(self) -> str:
        """A short human reading, e.g. "34", "1,000,000–∞", "≤500"."""
        if self.value is not None and self.min == self.max == self.value:
            return _human(self.value)
        low = "−∞" if self.min is None else _human(self.min)
        high = "∞" if self.max is None else _human(self.max)
        return f"{low}–{high}"

    def overlaps(self, other: NumberValue, *, tolerance: float = 0.0) -> bool:
        """Whether both intervals can be true at once, each widened by its rounding and a relative
        tolerance."""
        low_a, high_a = _widen(self, tolerance)
        low_b, high_b = _widen(other, tolerance)
        return low_a <= high_b and low_b <= high_a


def _widen(number: NumberValue, tolerance: float) -> tuple[float, float]:
    slack = number.precision
    low = -math.inf if number.min is None else number.min - abs(number.min) * tolerance - slack
    high = math.inf if number.max is None else number.max + abs(number.max) * tolerance + slack
    return low, high


def _json_number(number: float | None) -> int | float | None:
    if number is None:
        return None
    return int(number) if float(number).is_integer() else number


def _human(number: float) -> str:
    if float(number).is_integer():
        return f"{int(number):,}"
    return f"{number:,}"


@fast
@dataclass(frozen=True, slots=True, kw_only=True)
class PlaceValue:
    """A place by canonical name, with the places that contain it (innermost first).

    `known` says the gazetteer (rules/lexicon/places.toml) knows it; an unknown place can only
    be compared by name, so it is never said to conflict with a differently named one.
    """

    name: str
    within: tuple[str, ...] = ()
    known: bool = False

    def to_json(self) -> JsonValue:
        """The JSON form: canonical `name` and the places containing it."""
        return {"name": self.name, "within": list(self.within)}

    def describe(self) -> str:
        """The canonical name."""
        return self.name

    def compatible(self, other: PlaceValue) -> bool:
        """Whether both can be right: the same place, one inside the other, or not known."""
        if self.name == other.name or self.name in other.within or other.name in self.within:
            return True
        return not (self.known and other.known)


# Status qualifiers of a title. "then" (then-governor) speaks of another time, so it is
# compatible with every status.
FORMER, ELECT, ACTING, THEN = "former", "elect", "acting", "then"


@fast
@dataclass(frozen=True, slots=True, kw_only=True)
class TitleValue:
    """An office a person holds: its name, status qualifier, ordinal and where it is held."""

    name: str
    status: str = ""
    ordinal: int | None = None
    place: PlaceValue | None = None
    # Words before the office that name no known place, folded: the body whose office it is
    # ("board" of "Board President", "pta" of "a former PTA president").
    body: str = ""

    def to_json(self) -> JsonValue:
        """The JSON form: canonical `name`, `qualifiers`, `ordinal` and `place`."""
        return {
            "name": self.name,
            "qualifiers": [self.status] if self.status else [],
            "ordinal": self.ordinal,
            "place": None if self.place is None else self.place.name,
        }

    def describe(self) -> str:
        """How an editor would write it: "former New York governor", "111th mayor"."""
        name = f"{self.name}-elect" if self.status == ELECT else self.name
        if self.ordinal is not None:
            name = f"{_ordinal(self.ordinal)} {name}"
        words = [w for w in (self.place.name if self.place else "", name) if w]
        if self.status and self.status != ELECT:
            words.insert(0, self.status)
        return " ".join(words)

    def compatible(self, other: TitleValue) -> bool:
        """Whether both can be true of one person at one time."""
        if (
            self.place is not None
            and other.place is not None
            and not self.place.compatible(other.place)
        ):
            return True  # the same office in two places: two facts, not a contradiction
        if self.body != other.body:
            # "Board President" and "former PTA president" may be two offices; so may "the
            # president" and "the PTA president": not sure, so not a contradiction.
            return True
        if self.ordinal is not None and other.ordinal is not None and self.ordinal != other.ordinal:
            return False
        # "former governor" and "governor" cannot both be true at once; -elect, acting and
        # then- can stand beside a plain title (timing, or loose usage).
        return {self.status, other.status} != {FORMER, ""}


def _ordinal(number: int) -> str:
    suffix = (
        "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    )
    return f"{number}{suffix}"


# How much of a quotation `describe` shows before cutting it short.
_SHOWN_WORDS = 6


@fast
@dataclass(frozen=True, slots=True, kw_only=True)
class QuoteValue:
    """One sentence of a quotation (a unit), read inside the whole quoted passage.

    `words` (normalized), `speaker` and the passage with this sentence's place in it are the
    value: two quotations are aligned as wholes, because one outlet's sentence may be split in
    two by another. The text as written and the matching thresholds travel along.
    """

    words: str
    speaker: str = ""
    fragment: bool = False
    # The speaker's office when the article names it instead of the person ("the president").
    role: TitleValue | None = field(default=None, compare=False)
    quoted: str = field(default="", compare=False)  # the whole quotation as written
    # Part of the value: how a sentence compares depends on the passage around it.
    passage: Passage
    unit: tuple[int, int]  # word range of this sentence in the passage
    matching: Matching = field(default=Matching(), compare=False)

    @property
    def unit_range(self) -> range:
        """The word indexes of this sentence in its passage."""
        return range(*self.unit)

    def to_json(self) -> JsonValue:
        """The JSON form: the normalized `words`, the `speaker`, and whether it is a fragment."""
        return {"words": self.words, "speaker": self.speaker, "fragment": self.fragment}

    def describe(self) -> str:
        """The words as written, in quotation marks, cut short after six words."""
        start, end = self.passage.spans[self.unit[0]][0], self.passage.spans[self.unit[1] - 1][1]
        words = self.quoted[start:end].split()
        shown = " ".join(words[:_SHOWN_WORDS]) + (" …" if len(words) > _SHOWN_WORDS else "")
        return f"“{shown}”"

    def agreement(self, other: QuoteValue) -> Agreement:
        """How this sentence and another stand: unrelated, verbatim, a variant or a conflict."""
        return compare_units(
            self.passage, self.unit_range, other.passage, other.unit_range, self.matching
        ).agreement

    def difference(self, other: QuoteValue) -> tuple[Piece, ...]:
        """This sentence and another as a word diff: shared words, then each one's own."""
        return word_diff(
            self.quoted,
            self.passage,
            self.unit_range,
            other.quoted,
            other.passage,
            other.unit_range,
            self.matching,
        )


Value: TypeAlias = DateValue | NumberValue | PlaceValue | TitleValue | QuoteValue
