"""Named days ("New Year's Day", "Thanksgiving") as calendar rules an editor can write in TOML.

A rule is either a fixed day, `MM-DD` ("01-01"), or the Nth weekday of a month, `MM-WDY-N`
("11-thu-4": the fourth Thursday of November; "05-mon-last"), optionally counted from a day of
the month with `@DD` ("11-tue-1@02": the first Tuesday on or after November 2, US Election Day).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from crosscheck.errors import CrosscheckError
from crosscheck.values import DateValue

_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_SPEC = re.compile(
    r"(?P<month>0[1-9]|1[0-2])-(?:(?P<day>0[1-9]|[12][0-9]|3[01])"
    rf"|(?P<weekday>{'|'.join(_WEEKDAYS)})-(?P<nth>[1-5]|last)(?:@(?P<start>0[1-9]|[12][0-9]|3[01]))?)"
)


@dataclass(frozen=True, slots=True)
class Holiday:
    """When a named day falls: a fixed day, or the `nth` (-1: last) weekday from `start`."""

    month: int
    day: int | None = None
    weekday: int | None = None  # ISO: 1 = Monday
    nth: int = 1
    start: int = 1

    def on(self, year: int) -> dt.date:
        """The day it falls on in `year`."""
        if self.day is not None:
            return dt.date(
                year, self.month, min(self.day, calendar.monthrange(year, self.month)[1])
            )
        assert self.weekday is not None
        if self.nth == -1:
            last = dt.date(year, self.month, calendar.monthrange(year, self.month)[1])
            return last - dt.timedelta(days=(last.isoweekday() - self.weekday) % 7)
        first = dt.date(year, self.month, self.start)
        offset = (self.weekday - first.isoweekday()) % 7
        return first + dt.timedelta(days=offset + 7 * (self.nth - 1))

    def without_year(self) -> DateValue:
        """What is known when the year is not: the fixed day, or the month and weekday."""
        if self.day is not None:
            return DateValue(month=self.month, day=self.day)
        return DateValue(month=self.month, weekday=self.weekday)


def parse_holiday(spec: str, where: str) -> Holiday:
    """Read a rule like "01-01" or "11-thu-4"; a bad one is an error naming `where`."""
    match = _SPEC.fullmatch(spec.strip().lower())
    if match is None:
        raise CrosscheckError(
            f"{where}: bad holiday rule '{spec}'; write MM-DD (\"12-25\") or MM-WEEKDAY-N"
            ' ("11-thu-4", "05-mon-last", "11-tue-1@02")'
        )
    month = int(match["month"])
    if match["day"]:
        return Holiday(month=month, day=int(match["day"]))
    return Holiday(
        month=month,
        weekday=_WEEKDAYS.index(match["weekday"]) + 1,
        nth=-1 if match["nth"] == "last" else int(match["nth"]),
        start=int(match["start"] or 1),
    )
