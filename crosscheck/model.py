"""The records that flow through the pipeline: articles, assertions, claims and findings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

from crosscheck.records import fast
from crosscheck.values import Value
from crosscheck.wording import Piece


class Kind(StrEnum):
    """What sort of statement an assertion is."""

    DATE = "date"
    AGE = "age"
    TITLE = "title"
    COUNT = "count"
    QUOTE = "quote"
    PLACE = "place"


class Status(StrEnum):
    """How the sources stand on one claim; declared in report order (conflicts first)."""

    CONFLICT = "conflict"
    AGREE = "agree"
    SINGLE = "single"


class Severity(StrEnum):
    """How much a finding matters to an editor; declared from most to least severe."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


# The participants of a joint event (a meeting) form one subject: their names, sorted, joined.
JOINT = " & "

STATUS_ORDER = {status: rank for rank, status in enumerate(Status)}
SEVERITY_ORDER = {severity: rank for rank, severity in enumerate(Severity)}
# The path of an article read from standard input: no file an output could point at.
STDIN_PATH = "-"


@fast
@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """One news article: its metadata and its decoded text, exactly as read."""

    id: str
    path: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None
    text: str
    body_start: int = 0

    @property
    def body(self) -> str:
        """The text after any front matter or date marker."""
        return self.text[self.body_start :]


@fast
@dataclass(frozen=True, slots=True, kw_only=True)
class Span:
    """Where an assertion stands: character offsets into the article's text and the line."""

    article: str
    start: int
    end: int
    line: int


@fast
@dataclass(frozen=True, slots=True, kw_only=True)
class Assertion:
    """One normalized statement an article makes, with the exact words it was read from."""

    kind: Kind
    subject: str
    attribute: str
    value: Value
    span: Span
    text: str
    context: str
    confidence: float = 1.0


@fast
@dataclass(frozen=True, slots=True, kw_only=True)
class Claim:
    """The assertions, from one or more articles, that speak about the same fact."""

    kind: Kind
    subject: str
    attribute: str
    assertions: tuple[Assertion, ...]


@fast
@dataclass(frozen=True, slots=True, kw_only=True)
class Finding:
    """One claim judged by one rule, with its evidence split into the sides that disagree."""

    id: str
    rule: str
    kind: Kind
    subject: str
    attribute: str
    status: Status
    severity: Severity
    message: str
    sides: tuple[tuple[Assertion, ...], ...]
    # How the first two sides' wordings differ, word by word (quotations in conflict only).
    difference: tuple[Piece, ...] = ()

    @property
    def assertions(self) -> tuple[Assertion, ...]:
        """All evidence, side after side."""
        return tuple(a for side in self.sides for a in side)

    def by_side(self) -> Iterator[tuple[int, Assertion]]:
        """All evidence, side after side, each with the number of its side (from 1)."""
        for number, side in enumerate(self.sides, start=1):
            for assertion in side:
                yield number, assertion
