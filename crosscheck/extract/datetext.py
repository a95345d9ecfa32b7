"""Find dates in English news text and normalize them to `DateValue`.

Every date form is one entry of `_FORMS`: a compiled pattern and a builder that turns the pattern's
named groups into a value, or rejects the match. Calendar dates are defined here; expressions
counted from the publication day ("Friday", "last week", "two years ago", "now") come from
`relative_dates`, and named days from the holidays of the lexicon.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from crosscheck.extract.relative_dates import RELATIVE_FORMS, SP, Builder, Groups, TenseIndex
from crosscheck.holidays import Holiday
from crosscheck.lexicon import holiday_key
from crosscheck.text import alternation
from crosscheck.values import DateValue


@dataclass(frozen=True, slots=True, kw_only=True)
class DateMatch:
    """A date expression: its span in the text searched and its normalized value."""

    start: int
    end: int
    value: DateValue


@dataclass(frozen=True, slots=True)
class _Form:
    # The core starts with a digit, a month name or a lookahead naming its first letters, so that
    # the regex engine skips ahead fast; the optional lead (weekday, preposition, "early"...) is
    # matched backwards from the core.
    core: re.Pattern[str]
    build: Builder
    lead: re.Pattern[str] | None = None
    # A chained form only counts right after a date of the same granularity, joined by "and",
    # "to", a dash...: "between 1994 and 1997", "from January to March".
    chained: bool = False
    # The builder also gets the tense of the words around the match, as the group "tense".
    tense: bool = False


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_LEAD_WINDOW = 24
_LEAD_ENDS = frozenset(" \t\n\r\u00a0\u2009\u202f-")
_FUTURE_WEIGHT = 3

# Whitespace inside one expression; defined with the relative forms, which share it.
_SP = SP
# The lookahead lets the regex engine reject most positions before trying the word boundary.
_MONTH_START = r"(?=[ADFJMNOS])\b"
_FULL_MONTH = (
    r"January|February|March|April|May|June|July|August|September|October|November|December"
)
_MONTH = (
    rf"{_MONTH_START}(?P<mon>(?:{_FULL_MONTH})\b"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)"
)
# A number that starts a date does not continue a word, an amount or a longer number: "$2026",
# "1.21", "3/21". The check sits after the first digit so that the engine can skip to digits fast.
_NOT_AFTER = r"[\w$£€¥.,/-]"
# A day is not followed by more digits: "January 2,000 people" holds no date.
_DAY = rf"(?P<day>[0-9](?<!{_NOT_AFTER}.)[0-9]?)(?:st|nd|rd|th)?(?![0-9]|[,.:/][0-9]|\w)"
_END = r"(?![0-9]|[,./][0-9]|[\w%])"
_YEAR = rf"(?P<year>[12][0-9]{{3}}){_END}"
_YEAR_SEP = rf"(?:,(?:{_SP})?|{_SP})"
_WEEKDAY = (
    r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    rf"|Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\b\.?,?{_SP}"
)
_REL = rf"\b(?P<rel>[Ll]ast|[Nn]ext|[Tt]his){_SP}"
_MOD = rf"\b(?P<mod>[Ee]arly|[Ll]ate|[Mm]id)(?:-|{_SP})"
_MONTH_CUES = r"in|since|by|until|till|before|after|from|between|during|through|throughout|of|for"
_YEAR_CUES = (
    r"in|since|by|until|till|before|after|from|between|during|through|throughout|circa"
    r"|(?:end|start|beginning|middle|spring|summer|autumn|fall|winter) of"
)
# "May" is also a verb and a surname: as a bare month it needs one of these in front of it.
_MAY_CUES = frozenset({"in", "since", "by", "until", "till"})
_CHAIN_GAP = re.compile(r",?\s+(?:and|or|to|through|until|till)\s+|\s*[-\u2013]\s*|,\s*")


def find_dates(
    text: str,
    *,
    published: dt.date | None,
    start: int = 0,
    end: int | None = None,
    holidays: Mapping[str, Holiday] | None = None,
) -> tuple[DateMatch, ...]:
    """The dates in text[start:end], longest first where they overlap, sorted by start.

    Relative expressions ("Friday", "last week") resolve against `published`; without it they
    keep the weekday or only their direction in time (PAST_REF...). `holidays` maps named days
    (folded by `holiday_key`) to when they fall.
    """
    if isinstance(published, dt.datetime):
        published = published.date()
    stop = len(text) if end is None else end
    plain: list[DateMatch] = []
    chained: list[DateMatch] = []
    forms = _FORMS if not holidays else (*_FORMS, _holiday_form(tuple(sorted(holidays.items()))))
    tenses = TenseIndex(text, start, stop)
    for form in forms:
        matches = _matches(form, text, start, stop, published, tenses)
        (chained if form.chained else plain).extend(matches)
    kept: list[DateMatch] = []
    starts: list[int] = []
    for found in sorted(plain, key=lambda m: (m.start - m.end, m.start)):
        _keep_if_free(kept, starts, found)
    for found in sorted(chained, key=lambda m: m.start):
        index = bisect.bisect_right(starts, found.start)
        before = kept[index - 1] if index else None
        if (
            before is not None
            and before.value.granularity == found.value.granularity
            and _chain_gap(text[before.end : found.start], found.value)
        ):
            _keep_if_free(kept, starts, found)
    return tuple(_anchored(text, start, match) for match in kept)


# "three days after 1 January 2026": a count of days or weeks from a date the text gives.
_OFFSET = re.compile(
    r"(?<![\w-])(?P<count>[0-9]{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"\s+(?P<unit>day|week)s?\s+(?P<way>after|before|later than|earlier than|from)\s+\Z",
    re.IGNORECASE,
)
_OFFSET_COUNTS = {
    word: number
    for number, words in enumerate(
        (("one", "a", "an"), ("two",), ("three",), ("four",), ("five",), ("six",), ("seven",),
         ("eight",), ("nine",), ("ten",)),
        start=1,
    )
    for word in words
}  # fmt: skip


def _anchored(text: str, start: int, match: DateMatch) -> DateMatch:
    """The date counted from a full date ("two days after 1 May 2025"), or the match as it is."""
    day = match.value.as_date()
    offset = _OFFSET.search(text, max(start, match.start - 40), match.start)
    if day is None or offset is None:
        return match
    written = offset.group("count").lower()
    count = int(written) if written.isdigit() else _OFFSET_COUNTS[written]
    days = count * (7 if offset.group("unit").lower() == "week" else 1)
    if offset.group("way").lower() in ("before", "earlier than"):
        days = -days
    moved = day + dt.timedelta(days=days)
    value = DateValue(year=moved.year, month=moved.month, day=moved.day)
    return DateMatch(start=offset.start(), end=match.end, value=value)


def _matches(
    form: _Form, text: str, start: int, stop: int, published: dt.date | None, tenses: TenseIndex
) -> Iterator[DateMatch]:
    """Every match of one form, its lead included, that the form's builder accepts."""
    lead_groups: dict[str, str | None] = (
        {} if form.lead is None else dict.fromkeys(form.lead.groupindex)
    )
    for core in form.core.finditer(text, start, stop):
        first = core.start()
        groups = lead_groups | core.groupdict()
        # Every lead ends in a space or a hyphen: elsewhere there is nothing to look back for.
        if form.lead is not None and first > start and text[first - 1] in _LEAD_ENDS:
            lead = form.lead.search(text, max(start, first - _LEAD_WINDOW), first)
            if lead is not None:
                groups |= lead.groupdict()
                first = lead.start("lead") if lead["lead"] is not None else first
        if form.tense:
            groups["tense"] = tenses.around(first, core.end())
        value = form.build(groups, published)
        if value is not None:
            yield DateMatch(start=first, end=core.end(), value=value)


def _keep_if_free(kept: list[DateMatch], starts: list[int], found: DateMatch) -> None:
    """Insert `found` into `kept` (sorted by `starts`) unless it overlaps a match kept already."""
    index = bisect.bisect_right(starts, found.start)
    if index and kept[index - 1].end > found.start:
        return
    if index < len(kept) and kept[index].start < found.end:
        return
    kept.insert(index, found)
    starts.insert(index, found.start)


def _chain_gap(gap: str, value: DateValue) -> bool:
    # A bare comma chains neither years nor May: "in 2025, 2000 people", "in April, May said".
    return _CHAIN_GAP.fullmatch(gap) is not None and not (
        gap.strip() == "," and (value.granularity == "year" or value.month == 5)
    )


def _month_number(name: str) -> int:
    return int(name) if name.isdigit() else _MONTHS.index(name[:3].lower()) + 1


def _days_in(year: int | None, month: int) -> int:
    # Without a year, February 29 is allowed: some year has it.
    return calendar.monthrange(2000 if year is None else year, month)[1]


def _pick_year(positions: Mapping[int, int], now: int, rel: str | None) -> int | None:
    """The year placed closest to `now` (only before it for "last", only after it for "next")."""
    if rel == "last":
        positions = {year: at for year, at in positions.items() if at < now}
    elif rel == "next":
        positions = {year: at for year, at in positions.items() if at > now}
    if not positions:
        return None
    return min(positions, key=lambda year: (_distance(positions[year] - now), positions[year]))


def _distance(offset: int) -> int:
    # News mostly reports the past: a date ahead counts three times as far, so a yearless date is
    # read as upcoming only within about a quarter of a year ("Jan. 1" on November 18 is next
    # year's, "March 3" is this year's). On a tie the earlier year wins.
    return offset * _FUTURE_WEIGHT if offset > 0 else -offset


@functools.lru_cache(maxsize=4096)
def _day_year(month: int, day: int, published: dt.date | None, rel: str | None) -> int | None:
    if published is None:
        return None
    if rel == "this":
        return published.year if day <= _days_in(published.year, month) else None
    years = range(published.year - 4, published.year + 5)
    positions = {y: dt.date(y, month, day).toordinal() for y in years if day <= _days_in(y, month)}
    return _pick_year(positions, published.toordinal(), rel)


@functools.lru_cache(maxsize=4096)
def _month_year(month: int, published: dt.date | None, rel: str | None) -> int | None:
    if published is None:
        return None
    if rel == "this":
        return published.year
    positions = {y: y * 12 + month for y in range(published.year - 1, published.year + 2)}
    return _pick_year(positions, published.year * 12 + published.month, rel)


def _day(groups: Groups, published: dt.date | None) -> DateValue | None:
    """A day date; the weekday named with it is kept only if the calendar agrees."""
    month = _month_number(groups["mon"] or "")
    day = int(groups["day"] or "0")
    written = groups.get("year")
    year = int(written) if written else None
    if not 1 <= month <= 12 or not 1 <= day <= _days_in(year, month):
        return None
    rel = (groups.get("rel") or "").lower() or None
    if year is None:
        year = _day_year(month, day, published, rel)
    named = groups.get("wd")
    weekday = _WEEKDAYS.index(named[:3].lower()) + 1 if named else None
    value = DateValue(year=year, month=month, day=day, weekday=weekday)
    on = value.as_date()
    if on is not None and weekday is not None and on.isoweekday() != weekday:
        return DateValue(year=year, month=month, day=day)
    return value


def _month(groups: Groups, published: dt.date | None) -> DateValue:
    """A month, with its year as written or as the publication date suggests."""
    month = _month_number(groups["mon"] or "")
    if groups.get("year"):
        return DateValue(year=int(groups["year"] or ""), month=month)
    rel = (groups.get("rel") or "").lower() or None
    return DateValue(year=_month_year(month, published, rel), month=month)


def _cued_month(groups: Groups, published: dt.date | None) -> DateValue | None:
    """A bare month name, only where a word in front makes it clearly a month."""
    cue = (groups.get("prep") or "").lower()
    qualified = bool(groups.get("rel") or groups.get("mod"))
    if not (cue or qualified) or (
        groups["mon"] == "May" and not qualified and cue not in _MAY_CUES
    ):
        return None
    return _month(groups, published)


def _year(groups: Groups, published: dt.date | None) -> DateValue:
    """A year on its own."""
    return DateValue(year=int(groups["year"] or ""))


def _cued_year(groups: Groups, published: dt.date | None) -> DateValue | None:
    """A year on its own, only after a preposition or early/late/mid."""
    return _year(groups, published) if groups.get("prep") or groups.get("mod") else None


def _month_of_year(groups: Groups, published: dt.date | None) -> DateValue:
    """ "April next year", "early October this year": a month of a year counted from publication."""
    month = _month_number(groups["mon"] or "")
    if published is None:
        return DateValue(month=month)
    step = {"last": -1, "this": 0, "next": 1}[(groups["yrel"] or "").lower()]
    return DateValue(year=published.year + step, month=month)


def _year_before_noun(groups: Groups, published: dt.date | None) -> DateValue | None:
    """A year between a determiner and a noun: "the 1996 Olympic bombing", "a 1996 law"."""
    return _year(groups, published) if groups.get("det") else None


def _form(
    core: str,
    build: Builder,
    lead: str | None = None,
    *,
    chained: bool = False,
    tense: bool = False,
) -> _Form:
    # A lead starts a word and ends where the core starts; the leading check lets the backward
    # search skip the inside of words at once.
    lead_pattern = None if lead is None else re.compile(rf"(?<!\w){lead}\Z")
    return _Form(re.compile(core), build, lead_pattern, chained, tense)


_NUMERIC_END = r"(?![0-9]|[-./][0-9])"
_BARE_YEAR = rf"(?P<year>(?:19|20)[0-9]{{2}})(?<!{_NOT_AFTER}....){_END}"
# What follows a count rather than a year, even after "the": "the 2000 people", "the 1500 in".
_COUNTED = (
    r"people|men|women|children|police|staff|personnel|feet|foot|head|cattle|sheep|fish|deer"
    r"|strong|percent|per|of|to|and|or|in|on|at|for|with|from|by|than|more|less|who|which|that"
)

_FORMS: tuple[_Form, ...] = (
    # "1 January 2026", "Fri 21 November", "the 21st of November, 2025"
    _form(
        rf"{_DAY}{_SP}(?:of{_SP})?{_MONTH}(?:{_YEAR_SEP}{_YEAR})?",
        _day,
        rf"(?P<lead>{_WEEKDAY}(?:[Tt]he{_SP})?|\b[Tt]he{_SP})?",
    ),
    # "January 1, 2026", "Jan. 1", "Friday, November 21st", "last Oct. 23"
    _form(
        rf"{_MONTH}{_SP}(?:[Tt]he{_SP})?{_DAY}(?:{_YEAR_SEP}{_YEAR})?",
        _day,
        rf"(?P<lead>(?:{_REL})?(?:{_WEEKDAY})?)",
    ),
    # ISO "2025-11-21" and US "11/21/2025" (only with a four-digit year)
    _form(
        rf"(?P<year>[12](?<!{_NOT_AFTER}.)[0-9]{{3}})-(?P<mon>[01][0-9])-(?P<day>[0-3][0-9])"
        + _NUMERIC_END,
        _day,
    ),
    _form(
        rf"(?P<mon>[0-9](?<!{_NOT_AFTER}.)[0-9]?)/(?P<day>[0-9]{{1,2}})/(?P<year>[12][0-9]{{3}})"
        + _NUMERIC_END,
        _day,
    ),
    # "November 2025", "late Nov. 2025", "January of 2026"; only modern years, since a count
    # can follow a month too: "in January 1500 people".
    _form(
        rf"{_MONTH}(?:{_SP}of)?{_SP}(?P<year>1[89][0-9]{{2}}|20[0-9]{{2}}){_END}",
        _month,
        rf"(?P<lead>{_MOD})?",
    ),
    # "in January", "since March", "last June", "late November", "by May"
    _form(
        rf"{_MONTH_START}(?P<mon>{_FULL_MONTH})\b",
        _cued_month,
        rf"(?:\b(?P<prep>(?i:{_MONTH_CUES})){_SP})?(?P<lead>{_REL}|{_MOD})?",
    ),
    # "in 2026", "since 1998", "in early 1997"
    _form(_BARE_YEAR, _cued_year, rf"(?:\b(?P<prep>(?i:{_YEAR_CUES})){_SP})?(?P<lead>{_MOD})?"),
    # "April next year", "early October this year"
    _form(
        rf"{_MONTH},?{_SP}(?P<yrel>[Tt]his|[Nn]ext|[Ll]ast){_SP}year\b",
        _month_of_year,
        rf"(?P<lead>{_MOD})?",
    ),
    # "the 1996 Olympic bombing", "a 1996 law" (a singular noun after it: not "the 1992 votes")
    _form(
        rf"{_BARE_YEAR}(?={_SP}(?!(?:{_COUNTED})\b)[A-Za-z]++(?<!s)\b)",
        _year_before_noun,
        rf"(?P<det>\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Tt]his|[Tt]hat)){_SP}(?P<lead>)",
    ),
    # the second of "from January to March", "between 1994 and 1997"
    _form(rf"{_MONTH_START}(?P<mon>{_FULL_MONTH})\b", _month, chained=True),
    _form(_BARE_YEAR, _year, chained=True),
    *(_form(f.core, f.build, f.lead, tense=f.tense) for f in RELATIVE_FORMS),
)


@functools.lru_cache(maxsize=8)
def _holiday_form(table: tuple[tuple[str, Holiday], ...]) -> _Form:
    """A form for the named days of a lexicon: "New Year's Day", "Thanksgiving 2025"."""
    days = dict(table)
    # Any apostrophe and any run of spaces, whatever the case: the keys are folded the same way.
    alternatives = alternation(days, space=_SP).replace("'", "['’]")

    def build(groups: Groups, published: dt.date | None) -> DateValue | None:
        holiday = days[holiday_key(groups["holiday"] or "")]
        written = groups.get("year")
        if written:
            return _on(holiday, int(written))
        if published is None:
            return holiday.without_year()
        years = range(published.year - 1, published.year + 2)
        positions = {y: holiday.on(y).toordinal() for y in years}
        year = _pick_year(positions, published.toordinal(), None)
        return holiday.without_year() if year is None else _on(holiday, year)

    return _form(
        rf"(?i:\b(?P<holiday>{alternatives})\b)(?:{_YEAR_SEP}{_YEAR})?",
        build,
    )


def _on(holiday: Holiday, year: int) -> DateValue:
    day = holiday.on(year)
    return DateValue(year=day.year, month=day.month, day=day.day)
