"""Find dates in English news text and normalize them to `DateValue`.

Every date form is one entry of `_FORMS`: a compiled pattern and a builder that turns the pattern's
named groups into a value, or rejects the match. Calendar dates are defined here; expressions
counted from the publication day ("Friday", "last week", "two years ago", "now") come from
`relative_dates`, and named days from the holidays of the lexicon.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from crosscheck.extract.relative_dates import RELATIVE_FORMS, SP, Builder, Groups, TenseIndex
from crosscheck.holidays import Holiday
from crosscheck.lexicon import holiday_key
from crosscheck.records import fast
from crosscheck.text import alternation, lookup
from crosscheck.values import DateValue


@fast
@dataclass(frozen=True, slots=True, kw_only=True)
class DateMatch:
    """A date expression: its span in the text searched and its normalized value."""

    start: int
    end: int
    value: DateValue
    # Counted from the publication day ("Friday", "yesterday", "last week"): in somebody's
    # words, from the day they spoke, which the text may not give.
    relative: bool = False


@dataclass(frozen=True, slots=True)
class _Form:
    # The core starts with a digit or a word; the optional lead (weekday, preposition, "early"...)
    # is matched backwards from the core.
    core: re.Pattern[str]
    build: Builder
    lead: re.Pattern[str] | None = None
    # A chained form only counts right after a date of the same granularity, joined by "and",
    # "to", a dash...: "between 1994 and 1997", "from January to March".
    chained: bool = False
    # The builder also gets the tense of the words around the match, as the group "tense".
    tense: bool = False
    # The phrases a match of the core starts with, words of letters: the first word as written or
    # capitalized (in any case at all if `folded`), then the others after any whitespace; or "#"
    # marks, a number of that many digits. With `after`, the core starts one space after the
    # first word. None: the core is searched for everywhere.
    starts: tuple[str, ...] | None = None
    after: bool = False
    folded: bool = False
    relative: bool = False


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
_SHORT_MONTH = r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
# A month's name, in full or short (no dot, no boundaries): for other extractors to tell a date
# from what they read ("the Oct. 12 vote" counts no votes).
MONTH_NAME = rf"(?:{_FULL_MONTH}|{_SHORT_MONTH})"
_MONTH = rf"{_MONTH_START}(?P<mon>(?:{_FULL_MONTH})\b|(?:{_SHORT_MONTH})\b\.?)"
# The words a date may start with (see `_Form.starts`): a day's number, a year's, a month or its
# abbreviation.
_DAY_NUMBER = ("#", "##")
_YEAR_NUMBER = ("####",)
_FULL_MONTHS = tuple(_FULL_MONTH.split("|"))
_MONTH_WORDS = (*_FULL_MONTHS, *_SHORT_MONTH.split("|"))
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
    scanner = _scanner(tuple(sorted(holidays.items())) if holidays else ())
    tenses = TenseIndex(text, start, stop)
    plain: list[DateMatch] = []
    chained: list[DateMatch] = []
    for form, cores in zip(scanner.forms, _cores(scanner, text, start, stop), strict=True):
        matches = (_match(form, core, text, start, published, tenses) for core in cores)
        (chained if form.chained else plain).extend(m for m in matches if m is not None)
    kept = _chained(text, _longest_first(plain, start, stop), chained)
    return tuple(_anchored(text, start, match) for match in kept)


# "three days after 1 January 2026": a count of days or weeks from a date the text gives.
_WAYS = ("after", "before", "later than", "earlier than", "from")
_OFFSET = re.compile(
    r"(?<![\w-])(?P<count>[0-9]{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten)"
    rf"\s+(?P<unit>day|week)s?\s+(?P<way>{alternation(_WAYS)})\s+\Z",
    re.IGNORECASE,
)
_OFFSET_REACH = 40
_WAY_ENDS = frozenset(way[-1] for way in _WAYS)
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
    # An offset ends in its way ("after", "before", "than", "from") and whitespace right before
    # the date: a test that most dates fail, and that costs less than searching for it.
    day = match.value.as_date()
    if day is None or not text[match.start - 1 : match.start].isspace():
        return match
    reach = max(start, match.start - _OFFSET_REACH)
    if text[reach : match.start].rstrip()[-1:].lower() not in _WAY_ENDS:
        return match
    offset = _OFFSET.search(text, reach, match.start)
    if offset is None:
        return match
    written = offset.group("count")
    count = int(written) if written.isdigit() else lookup(_OFFSET_COUNTS, written)
    if count is None:
        return match
    days = count * (7 if offset.group("unit").lower() == "week" else 1)
    if offset.group("way").lower() in ("before", "earlier than"):
        days = -days
    moved = day + dt.timedelta(days=days)
    value = DateValue(year=moved.year, month=moved.month, day=moved.day)
    return DateMatch(start=offset.start(), end=match.end, value=value)


@dataclass(frozen=True, slots=True)
class _Scanner:
    """The forms, and one regex for the words where any of them may start.

    A pattern that starts with a word boundary or a lookahead makes the regex engine try it at
    every character, and twenty of them cost more than all the rest of the date finder. So one
    pass finds the words that start a form, after a non-word character (or at the very start),
    and each form's core is tried only there.
    """

    forms: tuple[_Form, ...]
    # The word after a non-word character, in the group "word"; and the word alone.
    after_gap: re.Pattern[str]
    word: re.Pattern[str]
    # A word as written -> (index of a form, how far after the word's start its core starts);
    # any other word found starts a `folded` form.
    forms_at: Mapping[str, tuple[tuple[int, int], ...]]
    folded_at: tuple[tuple[int, int], ...]


@functools.lru_cache(maxsize=8)
def _scanner(holidays: tuple[tuple[str, Holiday], ...]) -> _Scanner:
    forms = (*_FORMS, _holiday_form(holidays)) if holidays else _FORMS
    follows: dict[str, set[str]] = {}  # a first word as written -> the rests of its phrases
    forms_at: dict[str, list[tuple[int, int]]] = {}
    folded: dict[str, set[str]] = {}
    folded_at: list[tuple[int, int]] = []
    for index, form in enumerate(forms):
        for phrase in form.starts or ():
            first, _, rest = phrase.partition(" ")
            at = (index, len(first) + 1 if form.after else 0)
            if _NUMBER.fullmatch(phrase):
                forms_at.setdefault(phrase, []).append(at)
                continue
            if form.folded:
                # The first word and the next after a space, if any: a name's case, apostrophes
                # and punctuation may vary.
                first, *others = _NOT_A_WORD.split(phrase)
                spaced = phrase[len(first) : len(first) + 1] == " "
                folded.setdefault(first, set()).add(others[0] if spaced else "")
                folded_at.append(at)
                continue
            for word in {first[0].upper() + first[1:], first}:
                follows.setdefault(word, set()).add(rest)
                forms_at.setdefault(word, [])
                if at not in forms_at[word]:
                    forms_at[word].append(at)
    # A word written one way may also be the first word of a folded phrase ("new", "New").
    any_case = re.compile(alternation(folded), re.IGNORECASE)
    for word, starting in forms_at.items():
        if any_case.fullmatch(word):
            starting.extend(at for at in folded_at if at not in starting)
    branches: dict[str, list[str]] = {}  # a first character -> what may follow it
    for word, rests in follows.items():
        branches.setdefault(re.escape(word[0]), []).append(
            re.escape(word[1:]) + _followed(word, rests)
        )
    for word, rests in folded.items():
        # Beside its two ASCII cases, an ASCII letter matches case-insensitively only a few
        # letters beyond ASCII (the Kelvin sign, the long s...), all tried as if they did.
        for first in (word[0].lower(), word[0].upper(), _BEYOND_ASCII):
            branches.setdefault(first, []).append(
                f"(?i:{re.escape(word[1:])}{_followed(word, rests)})"
            )
    # One branch per first character, so that the regex engine tries few of them.
    words = "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in sorted(branches.items()))
    words = words or "(?!)"
    lengths = sorted({len(marks) for marks in forms_at if _NUMBER.fullmatch(marks)}, reverse=True)
    numbers = "|".join(f"[0-9]{{{length}}}(?![0-9])" for length in lengths) or "(?!)"
    either = f"(?P<word>{words})|(?P<number>{numbers})"
    return _Scanner(
        forms=forms,
        # Every word and number starts with a letter or a digit: a test for one before the
        # alternatives moves on at once through runs of spaces and punctuation.
        after_gap=re.compile(rf"\W(?=[^\W_])(?={either})"),
        word=re.compile(either),
        forms_at={word: tuple(starting) for word, starting in forms_at.items()},
        folded_at=tuple(dict.fromkeys(folded_at)),
    )


_BEYOND_ASCII = r"[^\W\x00-\x7f]"  # a letter beyond ASCII
_NOT_A_WORD = re.compile(r"\W")
_NUMBER = re.compile("#+")
# Whitespace that `_SP` matches, and more: how far apart the words of a phrase may stand.
_ANY_SPACE = r"\s+"


def _followed(word: str, rests: set[str]) -> str:
    """What must follow a first word: the rest of one of its phrases, or the end of the word."""
    if "" in rests:
        return r"\b"
    phrases = alternation(rests, space=_ANY_SPACE)
    return rf"(?=\s+(?:{phrases}))"


def _cores(scanner: _Scanner, text: str, start: int, stop: int) -> list[list[re.Match[str]]]:
    """The matches of every form's core in text[start:stop], each as `finditer` would find them."""
    found: list[list[re.Match[str]]] = [[] for _ in scanner.forms]
    free = [start] * len(scanner.forms)
    for at, word in _words(scanner, text, start, stop):
        for index, skip in scanner.forms_at.get(word, scanner.folded_at):
            # Like `finditer`, a match starts where the one before ended, or later.
            if at + skip < free[index]:
                continue
            core = scanner.forms[index].core.match(text, at + skip, stop)
            if core is not None:
                found[index].append(core)
                free[index] = core.end()
    for index, form in enumerate(scanner.forms):
        if form.starts is None:
            found[index] = list(form.core.finditer(text, start, stop))
    return found


def _words(scanner: _Scanner, text: str, start: int, stop: int) -> Iterator[tuple[int, str]]:
    """Where each word that may start a form begins, and the word (a number as its "#" marks)."""
    first = scanner.word.match(text, start, stop)
    if first is not None:
        yield start, first["word"] or "#" * len(first["number"])
    for gap in scanner.after_gap.finditer(text, start, stop):
        yield gap.end(), gap["word"] or "#" * len(gap["number"])


def _match(
    form: _Form,
    core: re.Match[str],
    text: str,
    start: int,
    published: dt.date | None,
    tenses: TenseIndex,
) -> DateMatch | None:
    """A match of a form's core with its lead, if the form's builder accepts it."""
    first = core.start()
    groups: dict[str, str | None] = {} if form.lead is None else dict.fromkeys(form.lead.groupindex)
    groups |= core.groupdict()
    # Every lead ends in a space or a hyphen: elsewhere there is nothing to look back for.
    if form.lead is not None and first > start and text[first - 1] in _LEAD_ENDS:
        lead = form.lead.search(text, max(start, first - _LEAD_WINDOW), first)
        if lead is not None:
            groups |= lead.groupdict()
            first = lead.start("lead") if lead["lead"] is not None else first
    if form.tense:
        groups["tense"] = tenses.around(first, core.end())
    value = form.build(groups, published)
    if value is None:
        return None
    return DateMatch(start=first, end=core.end(), value=value, relative=form.relative)


def _longest_first(found: list[DateMatch], start: int, stop: int) -> list[DateMatch]:
    """The matches that overlap no longer one (nor an earlier one as long), sorted by start."""
    # One flag per character of text[start:stop] taken by a match kept: testing and taking a
    # match's characters costs as much as it is long, however many matches are kept.
    taken = bytearray(max(0, stop - start))
    kept: list[DateMatch] = []
    for match in sorted(found, key=lambda m: (m.start - m.end, m.start)):
        low, high = match.start - start, match.end - start
        if taken.find(1, low, high) < 0:
            taken[low:high] = b"\x01" * (high - low)
            kept.append(match)
    kept.sort(key=lambda m: m.start)
    return kept


def _chained(text: str, kept: list[DateMatch], chained: list[DateMatch]) -> list[DateMatch]:
    """The kept matches (sorted by start) and each chained match that overlaps none of them and
    follows one of its granularity, chained or not, across a gap like "and" or "to"."""
    out: list[DateMatch] = []
    index = 0
    for match in sorted(chained, key=lambda m: m.start):
        while index < len(kept) and kept[index].start <= match.start:
            out.append(kept[index])
            index += 1
        before = out[-1] if out else None
        if (
            before is not None
            and before.end <= match.start
            and (index == len(kept) or kept[index].start >= match.end)
            and before.value.granularity == match.value.granularity
            and _chain_gap(text[before.end : match.start], match.value)
        ):
            out.append(match)
    out.extend(kept[index:])
    return out


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
    starts: tuple[str, ...] | None = None,
    after: bool = False,
    folded: bool = False,
    relative: bool = False,
) -> _Form:
    # A lead starts a word and ends where the core starts; the leading check lets the backward
    # search skip the inside of words at once.
    lead_pattern = None if lead is None else re.compile(rf"(?<!\w){lead}\Z")
    return _Form(
        re.compile(core), build, lead_pattern, chained, tense, starts, after, folded, relative
    )


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
        starts=_DAY_NUMBER,
    ),
    # "January 1, 2026", "Jan. 1", "Friday, November 21st", "last Oct. 23"
    _form(
        rf"{_MONTH}{_SP}(?:[Tt]he{_SP})?{_DAY}(?:{_YEAR_SEP}{_YEAR})?",
        _day,
        rf"(?P<lead>(?:{_REL})?(?:{_WEEKDAY})?)",
        starts=_MONTH_WORDS,
    ),
    # ISO "2025-11-21" and US "11/21/2025" (only with a four-digit year)
    _form(
        rf"(?P<year>[12](?<!{_NOT_AFTER}.)[0-9]{{3}})-(?P<mon>[01][0-9])-(?P<day>[0-3][0-9])"
        + _NUMERIC_END,
        _day,
        starts=_YEAR_NUMBER,
    ),
    _form(
        rf"(?P<mon>[0-9](?<!{_NOT_AFTER}.)[0-9]?)/(?P<day>[0-9]{{1,2}})/(?P<year>[12][0-9]{{3}})"
        + _NUMERIC_END,
        _day,
        starts=_DAY_NUMBER,
    ),
    # "November 2025", "late Nov. 2025", "January of 2026"; only modern years, since a count
    # can follow a month too: "in January 1500 people".
    _form(
        rf"{_MONTH}(?:{_SP}of)?{_SP}(?P<year>1[89][0-9]{{2}}|20[0-9]{{2}}){_END}",
        _month,
        rf"(?P<lead>{_MOD})?",
        starts=_MONTH_WORDS,
    ),
    # "in January", "since March", "last June", "late November", "by May"
    _form(
        rf"{_MONTH_START}(?P<mon>{_FULL_MONTH})\b",
        _cued_month,
        rf"(?:\b(?P<prep>(?i:{_MONTH_CUES})){_SP})?(?P<lead>{_REL}|{_MOD})?",
        starts=_FULL_MONTHS,
    ),
    # "in 2026", "since 1998", "in early 1997"
    _form(
        _BARE_YEAR,
        _cued_year,
        rf"(?:\b(?P<prep>(?i:{_YEAR_CUES})){_SP})?(?P<lead>{_MOD})?",
        starts=_YEAR_NUMBER,
    ),
    # "April next year", "early October this year"
    _form(
        rf"{_MONTH},?{_SP}(?P<yrel>[Tt]his|[Nn]ext|[Ll]ast){_SP}year\b",
        _month_of_year,
        rf"(?P<lead>{_MOD})?",
        starts=_MONTH_WORDS,
    ),
    # "the 1996 Olympic bombing", "a 1996 law" (a singular noun after it: not "the 1992 votes")
    _form(
        rf"{_BARE_YEAR}(?={_SP}(?!(?:{_COUNTED})\b)[A-Za-z]++(?<!s)\b)",
        _year_before_noun,
        rf"(?P<det>\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Tt]his|[Tt]hat)){_SP}(?P<lead>)",
        starts=_YEAR_NUMBER,
    ),
    # the second of "from January to March", "between 1994 and 1997"
    _form(rf"{_MONTH_START}(?P<mon>{_FULL_MONTH})\b", _month, chained=True, starts=_FULL_MONTHS),
    _form(_BARE_YEAR, _year, chained=True, starts=_YEAR_NUMBER),
    *(
        _form(f.core, f.build, f.lead, tense=f.tense, starts=f.starts, after=f.after, relative=True)
        for f in RELATIVE_FORMS
    ),
)


@functools.lru_cache(maxsize=8)
def _holiday_form(table: tuple[tuple[str, Holiday], ...]) -> _Form:
    """A form for the named days of a lexicon: "New Year's Day", "Thanksgiving 2025"."""
    days = dict(table)
    # Any apostrophe and any run of spaces, whatever the case: the keys are folded the same way.
    alternatives = alternation(days, space=_SP).replace("'", "['’]")

    def build(groups: Groups, published: dt.date | None) -> DateValue | None:
        holiday = days.get(holiday_key(groups["holiday"] or ""))
        if holiday is None:
            # Matched ignoring case, yet folded otherwise: "İndependence Day" casefolds to a
            # dotted i no key has. Say nothing rather than guess.
            return None
        written = groups.get("year")
        if written:
            return _on(holiday, int(written))
        if published is None:
            return holiday.without_year()
        years = range(published.year - 1, published.year + 2)
        positions = {y: holiday.on(y).toordinal() for y in years}
        year = _pick_year(positions, published.toordinal(), None)
        return holiday.without_year() if year is None else _on(holiday, year)

    # The scanner finds a name by its first word, which needs to start with an ASCII letter.
    ascii_first = all(name[:1].isascii() and name[:1].isalpha() for name in days)
    return _form(
        rf"(?i:\b(?P<holiday>{alternatives})\b)(?:{_YEAR_SEP}{_YEAR})?",
        build,
        starts=tuple(days) if ascii_first else None,
        folded=True,
    )


def _on(holiday: Holiday, year: int) -> DateValue:
    day = holiday.on(year)
    return DateValue(year=day.year, month=day.month, day=day.day)
