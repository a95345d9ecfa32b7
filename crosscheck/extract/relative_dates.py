"""Dates counted from the publication day: "Friday", "yesterday", "last week", "two years ago".

Each form is one `RelativeForm` of `RELATIVE_FORMS`, in the shape `datetext` uses for calendar
dates: a core pattern, an optional lead matched backwards, and a builder from named groups to a
value. Forms marked `tense` also get the tense of the words around the match ("will meet on
Friday" looks ahead, "met on Friday" looks back) as the group `tense`.

With a publication date, an expression resolves to a day, ISO week, month or year. Without one,
it keeps what it knows (the weekday of "last Friday") or else only its direction in time as a
TimeML reference: PAST_REF for "yesterday" or "last week", PRESENT_REF for "today" or "this
month", FUTURE_REF for "tomorrow". References are compatible with every date, so an expression
that cannot be placed never causes a conflict.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from crosscheck.text import prefix_alternation
from crosscheck.values import DateValue

Groups = Mapping[str, str | None]
Builder = Callable[[Groups, dt.date | None], DateValue | None]

# Whitespace inside one expression: at least one character and at most one line break (a wrapped
# line, never a paragraph break). Possessive quantifiers keep long runs from backtracking.
SP = r"(?=\s)[^\S\n]*+\n?[^\S\n]*+"

PAST, FUTURE = "past", "future"
PAST_REF, PRESENT_REF, FUTURE_REF = "PAST_REF", "PRESENT_REF", "FUTURE_REF"


@dataclass(frozen=True, slots=True)
class RelativeForm:
    """A pattern for one kind of relative expression and how to resolve it."""

    core: str
    build: Builder
    lead: str | None = None
    tense: bool = False
    # The phrases a match of the core starts with (see `datetext`, which tries the core only where
    # one stands); with `after`, the word the core starts one space after.
    starts: tuple[str, ...] | None = None
    after: bool = False


# --- the tense around an expression --------------------------------------------------------

# Words that place the sentence after or before the publication day. "planned", "scheduled" and
# "expected" end in -ed but look ahead, so the future alternatives are tried first. Present-tense
# "is"/"are" look ahead too ("the vote is on Friday"); a weekday with no cue at all is read as
# past, as news mostly reports the past.
_FUTURE_CUES = (
    r"(?:is|are|was|were|be|been)\s+(?:planning|going|expected|scheduled|due|set|slated|to)"
    r"|will|shall|wo(?=n['’]t)|['’]ll|would|may|might|going(?=\s+to\b)"
    r"|(?:plan(?:s|ned)?|planning|intends?|hopes?|expects?)(?=\s+to\b)"
    r"|scheduled?|slated|set(?=\s+(?:to|for)\b)|expected|upcoming|coming|until"
    r"|(?<=as\s)(?:soon|early)(?=\s+as\b)|is|are|am"
)
_PAST_CUES = (
    r"said|says(?=\s+it\s+was)|told|was|were|had|did|could(?=\s+not|n['’]t)|ago|earlier"
    r"|took|gave|went|came|met|made|held|left|began|won|lost|sent|saw|spoke|wrote|found|got"
    r"|brought|became|ran|fell|rose|led|paid|kept|struck|stood|heard|felt|shot|fled|broke|chose"
    r"|flew|drove|sought|fought|caught|bought|sold|built|spent|sat|threw|swore|drew|grew|knew"
    r"|withdrew|stole|tore|woke|[a-z]+[^\We](?<!hundr)ed"
)
# A cue is made of word characters, whitespace and apostrophes, and looks at no other character
# around it: `TenseIndex` counts on it to search only the sentences it needs.
_CUES = re.compile(rf"\b(?:(?P<future>{_FUTURE_CUES})|(?P<past>{_PAST_CUES}))\b")
# Words whose final period ends no sentence: "U.S. officials", "Dr. Slepian", "Jan. 3 meeting".
_ABBREVIATIONS = (
    "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Capt", "Sgt", "St", "Mt",
    "Jr", "Sr", "Prof", "Rev", "Inc", "Corp", "Co", "Ltd", "No", "Jan", "Feb", "Mar", "Apr",
    "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "a.m", "p.m", "vs",
)  # fmt: skip
_NOT_AN_ABBREVIATION = r"(?<!\b[A-Z]\.)" + "".join(
    rf"(?<!\b{re.escape(word)}\.)" for word in _ABBREVIATIONS
)
# A sentence ends at . ! or ? before a capital, a digit or an opening quote; or at a blank line.
# A semicolon ends a clause with a tense of its own ("He met her Monday; they meet again Friday").
# Each alternative starts with its own character, so that the regex engine skips ahead fast.
_BREAK_SPACE = r"""['"”’)\]]*+\s++(?=['"“‘(\[]?[A-Z0-9])"""
_BREAK = re.compile(
    rf"!{_BREAK_SPACE}|\?{_BREAK_SPACE}|\.{_NOT_AN_ABBREVIATION}{_BREAK_SPACE}"
    r"|;\s|\n[^\S\n]*+\n"
)


class TenseIndex:
    """The sentence breaks of a text, found on first use, and the tense cues of its sentences.

    Cues are searched for only around the sentences asked about: in the text between the
    punctuation of the breaks before and after, which no cue spans or looks at, so that the
    search finds the very cues a search of the whole text would.
    """

    def __init__(self, text: str, start: int, stop: int) -> None:
        """Index text[start:stop]; nothing is searched until `around` is first called."""
        self._text, self._start, self._stop = text, start, stop
        self._breaks: list[int] = []
        # where the punctuation of a break stands (not that of a blank line)
        self._stops: list[int] = []
        self._cues: dict[tuple[int, int], _Cues] = {}
        self._ready = False

    def _index(self) -> None:
        for found in _BREAK.finditer(self._text, self._start, self._stop):
            self._breaks.append(found.end())
            if self._text[found.start()] != "\n":
                self._stops.append(found.start())
        self._ready = True

    def _cues_of(self, sentence_start: int) -> _Cues:
        """The cues between the punctuation of the breaks before and after a sentence start.

        They are all the cues of the sentence: none starts in the quotes and spaces after its
        final punctuation.
        """
        index = bisect.bisect_left(self._stops, sentence_start)
        low = self._stops[index - 1] + 1 if index else self._start
        high = self._stops[index] if index < len(self._stops) else self._stop
        if (low, high) not in self._cues:
            found = list(_CUES.finditer(self._text, low, high))
            self._cues[low, high] = _Cues(
                starts=[cue.start() for cue in found],
                ends=[cue.end() for cue in found],
                tenses=[FUTURE if cue["future"] else PAST for cue in found],
            )
        return self._cues[low, high]

    def around(self, start: int, end: int) -> str | None:
        """The tense of the cue nearest to text[start:end] in its sentence, if there is one."""
        if not self._ready:
            self._index()
        index = bisect.bisect_right(self._breaks, start)
        sentence_start = self._breaks[index - 1] if index else self._start
        sentence_end = self._breaks[index] if index < len(self._breaks) else self._stop
        cues = self._cues_of(sentence_start)
        before = bisect.bisect_right(cues.ends, start) - 1
        after = bisect.bisect_left(cues.starts, end)
        best: tuple[int, str] | None = None
        if before >= 0 and cues.starts[before] >= sentence_start:
            best = (start - cues.ends[before], cues.tenses[before])
        if after < len(cues.starts) and cues.starts[after] < sentence_end:
            distance = cues.starts[after] - end
            if best is None or distance < best[0]:
                best = (distance, cues.tenses[after])
        return None if best is None else best[1]


@dataclass(frozen=True, slots=True, kw_only=True)
class _Cues:
    """Tense cues in text order: where each starts and ends, and its tense."""

    starts: list[int]
    ends: list[int]
    tenses: list[str]


# --- arithmetic from the publication day ---------------------------------------------------

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_COUNTS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "a hundred": 100,
}  # fmt: skip
_VAGUE_COUNTS = ("a few", "a couple of", "several", "some", "many")


def _on(day: dt.date, *, weekday: bool = False) -> DateValue:
    return DateValue(
        year=day.year,
        month=day.month,
        day=day.day,
        weekday=day.isoweekday() if weekday else None,
    )


def _week_of(day: dt.date) -> DateValue:
    iso = day.isocalendar()
    return DateValue(year=iso.year, week=iso.week)


@functools.lru_cache(maxsize=1024)
def _shift(published: dt.date, unit: str, count: int) -> DateValue:
    """The day, ISO week, month or year `count` units after (before, if negative) `published`."""
    if unit == "day":
        return _on(published + dt.timedelta(days=count))
    if unit == "week":
        return _week_of(published + dt.timedelta(weeks=count))
    if unit == "month":
        months = published.year * 12 + published.month - 1 + count
        return DateValue(year=months // 12, month=months % 12 + 1)
    if unit == "decade":
        return DateValue(year=published.year + 10 * count)
    return DateValue(year=published.year + count)


def _direction(count: int) -> DateValue:
    """What is known of an expression without a publication date: its direction in time."""
    return DateValue(ref=PAST_REF if count < 0 else FUTURE_REF if count > 0 else PRESENT_REF)


def _word(groups: Groups, name: str) -> str:
    word = (groups.get(name) or "").lower()
    return word if word.isalnum() else " ".join(word.split())  # one word needs no joining


# --- builders ------------------------------------------------------------------------------


def _weekday(groups: Groups, published: dt.date | None) -> DateValue | None:
    """ "Friday", "last Tuesday", "this Friday": the nearest such day the tense points to."""
    # "the Friday before the vote" counts from another event, not from the publication day.
    if groups.get("veto") or (groups.get("the") and groups.get("anaphoric")):
        return None
    weekday = _WEEKDAYS.index(_word(groups, "wd")) + 1
    if published is None:
        return DateValue(weekday=weekday)
    return _nearest(published, weekday, _word(groups, "rel"), groups.get("tense"))


@functools.lru_cache(maxsize=1024)
def _nearest(published: dt.date, weekday: int, rel: str, tense: str | None) -> DateValue:
    """The day of `weekday` that "last", "next", "this" or the tense pick around `published`."""
    ahead = (weekday - published.isoweekday()) % 7
    if rel in ("next", "this coming", "coming"):
        days = ahead or 7
    elif rel in ("last", "this past", "past"):
        days = ahead - 7
    elif ahead == 0:
        days = 0
    elif rel == "this" and tense is None:
        # "this Friday": the one of the publication's week (Monday to Sunday).
        days = ahead if published.isoweekday() + ahead <= 7 else ahead - 7
    else:
        days = ahead if tense == FUTURE else ahead - 7
    return _on(published + dt.timedelta(days=days), weekday=True)


# "yesterday", "last night", "the day after tomorrow": days from the publication day.
_DAY_WORDS = {
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
    "yesterday": -1,
    "last night": -1,
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "tomorrow": 1,
}


def _day_word(groups: Groups, published: dt.date | None) -> DateValue | None:
    """ "today", "yesterday morning", "tomorrow": a day counted from the publication day."""
    if groups.get("veto"):
        return None
    days = _DAY_WORDS[_word(groups, "dayword")]
    return _direction(days) if published is None else _on(published + dt.timedelta(days=days))


_REL_STEPS = {
    "last": -1,
    "this past": -1,
    "past": -1,
    "this": 0,
    "next": 1,
    "this coming": 1,
    "coming": 1,
}


def _unit(groups: Groups, published: dt.date | None) -> DateValue | None:
    """ "last week", "earlier this month", "next year": the unit before, of or after publication."""
    if groups.get("veto"):
        return None
    step = _REL_STEPS[_word(groups, "rel")]
    if published is None:
        return _direction(step)
    unit = _word(groups, "unit")
    return _shift(published, "week" if unit == "weekend" else unit, step)


def _the_weekend(groups: Groups, published: dt.date | None) -> DateValue | None:
    """ "over the weekend": the last weekend, or the next one in future tense (as its ISO week)."""
    if not groups.get("prep"):
        return None
    future = groups.get("tense") == FUTURE
    if published is None:
        return DateValue(ref=FUTURE_REF if future else PAST_REF)
    if future or published.isoweekday() >= 6:
        return _week_of(published)
    return _week_of(published - dt.timedelta(weeks=1))


def _counted(groups: Groups, published: dt.date | None) -> DateValue | None:
    """ "two days ago", "almost four years ago", "three days from now", "in two weeks' time".

    "in two weeks" counts only when the sentence looks ahead ("finished in two weeks" is a
    duration); "a few days ago" and "more than a year ago" are only known to be past.
    """
    written = _word(groups, "count")
    ahead = not groups.get("ago")
    if not written or not (
        groups.get("ago")
        or groups.get("from_now")
        or groups.get("time")
        or groups.get("tense") == FUTURE
    ):
        return None
    count = int(written) if written.isdigit() else _COUNTS.get(written)
    if published is None or count is None or groups.get("bound"):
        return DateValue(ref=FUTURE_REF if ahead else PAST_REF)
    return _shift(published, _word(groups, "unit"), count if ahead else -count)


# Words that point at the present, the past or the future without a calendar position.
_REFS = {
    "now": PRESENT_REF,
    "right now": PRESENT_REF,
    "currently": PRESENT_REF,
    "nowadays": PRESENT_REF,
    "these days": PRESENT_REF,
    "at present": PRESENT_REF,
    "current": PRESENT_REF,
    "recently": PAST_REF,
    "lately": PAST_REF,
    "previously": PAST_REF,
    "the past": PAST_REF,
    "future": FUTURE_REF,
    "the future": FUTURE_REF,
    "the near future": FUTURE_REF,
    "the distant future": FUTURE_REF,
    "the foreseeable future": FUTURE_REF,
    "soon": FUTURE_REF,
}


_REF_VALUES = {word: DateValue(ref=ref) for word, ref in _REFS.items()}


def _ref(groups: Groups, published: dt.date | None) -> DateValue | None:
    """ "now", "recently", "in the past", "the future": a TimeML reference, past, present or
    future."""
    # "He was soon released" tells a past story; only a "soon" that looks ahead is FUTURE_REF.
    if groups.get("tense") == PAST:
        return None
    return _REF_VALUES[_word(groups, "ref")]


# --- the forms -----------------------------------------------------------------------------


def _alternatives(phrases: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first, either case for each one's first letter.

    As a prefix tree: the regex engine compares each character once instead of trying every
    phrase in turn, which matters where a lead is tried at every word of its window.
    """
    cased = {phrase[0].upper() + phrase[1:] for phrase in phrases} | set(phrases)
    return prefix_alternation(cased, ignorecase=False, space=SP)


def _starts(phrases: Iterable[str]) -> str:
    """A lookahead for the first letters of phrases, so that the regex engine skips ahead fast."""
    letters = sorted({c for phrase in phrases for c in (phrase[0].lower(), phrase[0].upper())})
    return f"(?=[{''.join(letters)}])"


_UNITS = ("day", "week", "month", "year", "decade")
_PART = rf"(?:{SP}(?P<part>morning|afternoon|evening|night)\b)?"
_COUNT = rf"(?P<count>(?<![0-9.,])[0-9]{{1,3}}|{_alternatives((*_COUNTS, *_VAGUE_COUNTS))})"
# Names, papers and habits that hold a weekday but name no day: "Good Friday", "every Sunday",
# "the Sunday Times", "Friday prayers".
_NOT_A_DAY_BEFORE = (
    r"Good|Black|Super|Ash|Bloody|Palm|Easter|Cyber|Holy|Maundy|Shrove|Giving|Mail on"
    r"|[Ee]very|[Ee]ach|[Aa]n?|[Oo]ne|[Ss]ome|[Aa]ny"
)
_NOT_A_DAY_AFTER = (
    r"Times|Telegraph|Mirror|Express|Herald|Post|Mail|Independent|Star|Sport|Tribune|Observer"
    r"|Night|Edition|Magazine|papers?|newspapers?|editions?|supplement|magazine|schools?"
    r"|prayers?|services?|mass|sermons?|worship"
)


def _not_after(words: Iterable[str]) -> str:
    """Lookbehinds for words just before (one space apart); fixed width, so one per word."""
    return "".join(rf"(?<!\b[{w[0].upper()}{w[0]}]{w[1:]}\s)" for w in words)


# A reference word reads as a date only with these guards: not "an electric current" or "the
# current account", not "as soon as" or "soon after" (counted from another event), and "the
# past" only in "in the past" (not "the past week", a duration). A word is only read alone:
# "futures" (a market) or "soonest" are no references.
_REF_GUARDS = {
    "current": (
        _not_after(("electric", "electrical", "alternating", "direct", "ocean", "tidal")),
        rf"(?={SP}[a-z])(?!{SP}(?:account|accounts|affairs|events)\b)",
    ),
    "soon": (
        _not_after(("as", "so", "too", "how")),
        rf"(?!{SP}(?:after|afterwards?|thereafter|enough|as)\b)",
    ),
    "the past": (
        r"(?<=\b[Ii]n\s)",
        rf"(?!{SP}(?:[0-9]|{_alternatives(_COUNTS)}|few|several|couple|dozen|decades?"
        r"|century|centuries|years?|months?|weeks?|days?|hours?|weekend|fortnight)\b)",
    ),
}


def _guarded(word: str) -> str:
    before, after = _REF_GUARDS.get(word, ("", ""))
    return rf"{before}(?:{_alternatives([word])})\b{after}"


_REF_WORDS = "|".join(_guarded(w) for w in sorted(_REFS, key=len, reverse=True) if w != "soon")
_BOUND = rf"(?:\b(?P<bound>(?i:more{SP}than|over|at{SP}least|less{SP}than|under)){SP})?"
_ABOUT = rf"(?:\b(?i:almost|nearly|about|around|roughly|some|just|only|exactly|barely){SP})?"

RELATIVE_FORMS: tuple[RelativeForm, ...] = (
    # "Friday", "on Wednesday night", "last Tuesday", "this Friday", "next Monday's vote"
    RelativeForm(
        rf"(?=[FMSTW])\b(?P<wd>{'|'.join(w.title() for w in _WEEKDAYS)})\b{_PART}"
        rf"(?!{SP}(?:{_NOT_A_DAY_AFTER})\b)(?:(?=(?P<anaphoric>{SP}(?:before|after)\b))|)",
        _weekday,
        rf"(?:(?P<veto>\b(?:{_NOT_A_DAY_BEFORE}){SP})"
        rf"|(?P<the>\b[Tt]he{SP})|(?P<lead>\b(?P<rel>{_alternatives(_REL_STEPS)}){SP}))?",
        tense=True,
        starts=_WEEKDAYS,
    ),
    # "today", "yesterday morning", "tonight", "last night", "the day after tomorrow"
    RelativeForm(
        rf"{_starts(_DAY_WORDS)}\b(?P<dayword>{_alternatives(_DAY_WORDS)})\b{_PART}"
        rf"(?!{SP}(?i:show|programme|program)\b)",
        _day_word,
        rf"(?P<veto>\bUSA{SP})?(?P<lead>)",
        starts=tuple(_DAY_WORDS),
    ),
    # "last week", "earlier this month", "next year", "this weekend", "late last year"
    RelativeForm(
        rf"{_starts(('early', 'late', 'mid', *_REL_STEPS))}"
        rf"(?:\b(?P<mod>[Ee]arl(?:y|ier)|[Ll]ater?|[Mm]id)(?:-|{SP}))?"
        rf"\b(?P<rel>{_alternatives(_REL_STEPS)}){SP}(?P<unit>week|month|year|weekend)\b",
        _unit,
        rf"(?P<veto>\b(?:[Tt]he|[Aa]){SP})?(?P<lead>)",
        starts=("early", "earlier", "late", "later", "mid", *_REL_STEPS),
    ),
    # "over the weekend", "during the weekend"
    RelativeForm(
        rf"(?=[Tt])\b[Tt]he{SP}weekend\b",
        _the_weekend,
        rf"(?:\b(?P<prep>(?i:over|during|on|at|through|throughout)){SP})?(?P<lead>)",
        tense=True,
        starts=("the weekend",),
    ),
    # "two days ago", "almost four years ago", "three days from now"; the core starts at the
    # unit and its ending, rarer than the count ("a", "one") in front of them.
    RelativeForm(
        rf"(?=[dwmy])\b(?P<unit>day|week|month|year|decade)s?"
        rf"{SP}(?:(?P<ago>ago)|(?P<from_now>from{SP}now))\b",
        _counted,
        rf"(?P<lead>{_BOUND}{_ABOUT}\b{_COUNT}{SP})",
        starts=tuple(unit + plural for unit in _UNITS for plural in ("", "s")),
    ),
    # "in two weeks' time", "in two weeks" (when the sentence looks ahead): one space after "in".
    RelativeForm(
        rf"(?<=\b[Ii]n\s){_BOUND}{_ABOUT}{_COUNT}{SP}(?P<unit>day|week|month|year|decade)s?\b"
        rf"(?P<time>['’]?{SP}time\b)?",
        _counted,
        tense=True,
        starts=("in",),
        after=True,
    ),
    # "now", "currently", "recently", "in the past", "the future", "the current talks"
    RelativeForm(
        rf"{_starts(_REFS)}\b(?P<ref>{_REF_WORDS})",
        _ref,
        starts=tuple(word for word in _REFS if word != "soon"),
    ),
    # "soon", only where the sentence does not tell the past
    RelativeForm(rf"(?=[Ss])\b(?P<ref>{_guarded('soon')})", _ref, tense=True, starts=("soon",)),
)
