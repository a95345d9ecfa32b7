"""Find numbers in English news text and read each one as an interval (`NumberValue`).

Read: digits ("1,036,051", "2 1/4"), words ("eight-and-a-half million"), scales ("$2.5bn"), "50.4
per cent", money ("£3.4bn", "420 million euros"), ordinals ("111th", "third"), "hundreds of",
hedges ("more than a million", "10 or more") and ranges ("between 20 and 30", "20-30").

Rules:
- Precision is half the unit of the last written digit or part, scale included: "1.04 million"
  5,000, "8.5 million" 50,000, "eight-and-a-half million" 250,000, "a million" 500,000, "50.4%"
  0.05. Whole numbers without a scale word ("1,036,051", "twenty-one", "two dozen") and fractions
  are exact (0). Hedged numbers and range ends have 0: a bound is stated, not rounded, and a
  tolerance ("about") already says how loose a number is.
- Intervals are closed: "more than 500" is [500, ∞). Counts are never negative, so "fewer than
  500" is [0, 500]; a negative upper bound leaves the lower end open.
- Scale letters: "bn", "mn", "tn" always; "m", "k", "b" only after a currency sign ("$5m") or
  before a counted noun of the lexicon ("1.2m votes"): "5m" alone may be five metres.
- Vague plurals ("dozens of", "hundreds of thousands of") are at least two of their unit, with no
  upper end and no stated value.
- Not numbers: digits in words and codes ("COVID-19", "G20", "2.0.1", "24/7", "1990s", "9pm",
  "3:30", "3-1", phone numbers), a bare integer after a capitalized word in mid-sentence ("the
  Boeing 737", "at No. 10"), "one" as a pronoun ("the one you mentioned"), a bare "half" unless
  hedged or before "of", "the"... Years are cardinals: callers skip numbers inside dates.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import NamedTuple

from crosscheck.lexicon import Lexicon
from crosscheck.numwords import NUMBER_WORD, read_number_words_in
from crosscheck.records import fast
from crosscheck.text import alternation, any_case, lookup
from crosscheck.values import NumberValue


class NumberKind(StrEnum):
    """How a number is written."""

    CARDINAL = "cardinal"
    DECIMAL = "decimal"
    FRACTION = "fraction"
    LARGE = "large"
    PERCENT = "percent"
    CURRENCY = "currency"
    ORDINAL = "ordinal"
    RANGE = "range"


@fast
@dataclass(frozen=True, slots=True, kw_only=True)
class NumberMatch:
    """A number expression: its span (hedge and unit included), its interval and its rounding."""

    start: int
    end: int
    value: NumberValue
    kind: NumberKind
    precision: float


class _Read(NamedTuple):
    """A number as written, with its currency or unit, before hedges and ranges are made of it."""

    start: int
    end: int
    number: float
    base: float  # the number before its scale word: 20 of "20 million"
    scale: float = 1.0
    kind: NumberKind = NumberKind.CARDINAL
    precision: float = 0.0
    unit: str = ""
    plain: bool = False  # bare digits: may be part of a name ("Boeing 737")
    digits: bool = False  # written in digits: may open a dash range ("20-30")
    loose: bool = False  # a bare "half": a number only when hedged or before "of"
    vague: bool = False  # "hundreds of": a lower bound only
    way: str | None = None  # the hedge read with it: above, from, below, to, about, almost
    top: float | None = None  # the upper end of a range


_GAP = r"\s{1,3}+"
_SIGNS = {"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR"}
_DOLLARS = {"us": "USD", "a": "AUD", "au": "AUD", "c": "CAD", "hk": "HKD", "nz": "NZD"}
# Currency names after a number. "Pounds" may weigh: it is money after a scale ("361 million
# pounds") or as "pounds sterling".
_MONEY_WORDS = {
    "us dollars": "USD", "u.s. dollars": "USD", "dollars": "USD", "dollar": "USD", "usd": "USD",
    "canadian dollars": "CAD", "australian dollars": "AUD", "hong kong dollars": "HKD",
    "new zealand dollars": "NZD", "pounds sterling": "GBP", "sterling": "GBP", "pounds": "GBP",
    "gbp": "GBP", "euros": "EUR", "euro": "EUR", "eur": "EUR", "yen": "JPY", "yuan": "CNY",
    "renminbi": "CNY", "rupees": "INR", "roubles": "RUB", "rubles": "RUB", "swiss francs": "CHF",
    "francs": "francs", "pesetas": "ESP", "dutch guilders": "NLG", "guilders": "NLG",
    "finnish markka": "FIM", "markka": "FIM", "cents": "cents", "pence": "pence", "penny": "pence",
}  # fmt: skip
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "k": 1e3, "m": 1e6}
_SCALES |= {"mn": 1e6, "b": 1e9, "bn": 1e9, "tn": 1e12, "trn": 1e12}
_PLURALS = {"tens": 10, "dozens": 12, "hundreds": 100, "thousands": 10**3, "millions": 10**6}
_PLURALS |= {"billions": 10**9}
_SLASH_PARTS = frozenset({2, 3, 4, 8})  # not a date or a rate: "9/11", "24/7"
_LOWER_WAYS, _UPPER_WAYS = frozenset({"above", "from"}), frozenset({"below", "to"})
_POSTFIX_WAYS = {"so": "about", **dict.fromkeys(("less", "fewer", "lower", "below", "under"), "to")}
# Capitalized words after which a bare integer is no name's: words that start a clause, and
# (by their first three letters) months and weekdays: "on Friday 500 people", "November 21".
_NOT_NAMES = frozenset(
    ("a", "an", "the", "in", "on", "at", "to", "of", "by", "for", "from", "with", "and", "or",
     "but", "than", "over", "under", "about", "nearly", "almost", "some", "only", "just", "all",
     "up", "since", "until", "after", "before", "between")
)  # fmt: skip
_CALENDAR = frozenset(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "mon",
     "tue", "wed", "thu", "fri", "sat", "sun")
)  # fmt: skip

# Where a number may start: not inside a word, a code or a longer number. Words in any case are
# written with `any_case`, which the regex engine tries faster at every word.
_DOLLAR_PREFIX = any_case(("us", "au", "c", "hk", "nz"), then=r"\s?(?=\$)")
_A_NUMBER = any_case(("a", "an"), then=rf"{_GAP}(?={NUMBER_WORD})")
_VAGUE_PLURAL = any_case(_PLURALS, then=r"\b")
_CANDIDATE = re.compile(
    rf"(?<![\w.,:/#@'’\-−])(?:[0-9]|(?:{_DOLLAR_PREFIX}|[A-Z]{{1,3}}(?=\$)|[-−$£€¥₹])"
    rf"(?=[$£€¥₹]?[ \u00a0]?[0-9])|{NUMBER_WORD}|{_A_NUMBER}|{_VAGUE_PLURAL})"
)
_CURRENCY = re.compile(
    r"(?:(?P<cc>(?i:us|au|c|hk|nz))[ \u00a0]?(?=\$)|(?P<up>[A-Z]{1,3})(?=\$))?"
    r"(?P<sign>[$£€¥₹])[ \u00a0]?"
)
# Bounded, possessive repeats: a megabyte of digits and commas is rejected in linear time.
_DIGITS = re.compile(
    r"(?P<neg>[-−])?(?P<int>[0-9]{1,3}(?:,[0-9]{3}){1,5}+|[0-9]{1,15}+)(?:\.(?P<dec>[0-9]{1,12}+))?"
    r"(?![0-9]|[.,:/][0-9])(?P<ord>(?:st|nd|rd|th)(?![A-Za-z]))?"
)
_SLASH = re.compile(
    r"(?:(?P<whole>[0-9]{1,3})[ \u00a0])?(?P<num>[0-9]{1,2})/(?P<den>[0-9]{1,2})"
    r"(?![0-9A-Za-z]|[/.,][0-9])"
)
_SCALE = re.compile(
    r"\s?(?P<word>thousand|million|billion|trillion)\b|(?P<letter>bn|mn|trn|tn|k|m|b)(?!\w)", re.I
)
_NEXT_WORD = re.compile(r"\s{1,3}+(?P<word>[a-z]++)")
_VAGUE = re.compile(
    rf"(?:(?P<outer>tens|dozens|hundreds){_GAP}of{_GAP})?"
    rf"(?P<inner>dozens|hundreds|thousands|millions|billions)(?={_GAP}of\b)",
    re.IGNORECASE,
)
_PERCENT = re.compile(rf"\s?%|{_GAP}per\s?cent\b|{_GAP}percent\b", re.IGNORECASE)
_MONEY = re.compile(
    rf"{_GAP}(?P<word>"
    + "|".join(re.escape(w).replace(r"\ ", _GAP) for w in sorted(_MONEY_WORDS, key=len)[::-1])
    + r")\b",
    re.IGNORECASE,
)
_CLOCK = re.compile(r"\s?(?:[ap]\.?m\b\.?|o['’]clock\b)", re.IGNORECASE)
_PHONE = re.compile(r"(?:\(?[0-9]{3}\)?[ .-]?)?[0-9]{3}-[0-9]{4}(?![0-9])")
_DASH = re.compile(r"[ \u00a0]?[-–—][ \u00a0]?(?=[$£€¥₹0-9])")
_CODE_TAIL = re.compile(r"(?:[-–—./][0-9]{1,15}+)*+")
_NAME_BEFORE = re.compile(r"(?<![\w'’.-])(?P<word>[A-Z][\w'’.-]{0,30}+)[ \u00a0]\Z")
_NAME_ENDS = frozenset("_'’.-")  # besides letters and digits
_SENTENCE_START = re.compile(r"(?:\A|[.!?:;\n\"“‘(])\s{0,3}+\Z")
_HALF_OF = re.compile(rf"{_GAP}(?:of|the|a|an|all|its|their|his|her|our|those|these)\b", re.I)
_HALF_AFTER = re.compile(
    r"(?<![\w'’])(?:the|a|an|first|second|other|one|each|final|last|latter|former)\s{1,3}+\Z",
    re.IGNORECASE,
)
_POSTFIX = re.compile(
    rf"(?:{_GAP}(?:or|and){_GAP}(?P<way>more|greater|higher|above|over|up|less|fewer|lower|below"
    r"|under|so)\b|[-‑]plus\b|\+(?!\w))"
    # "above 1000 and below 1500": a bound of the next number, not of this one
    rf"(?!{_GAP}(?:[0-9$£€¥₹]|{NUMBER_WORD}))",
    re.IGNORECASE,
)
_AND = re.compile(rf"{_GAP}and{_GAP}", re.IGNORECASE)
_TO = re.compile(rf"{_GAP}(?:to|through|thru|or){_GAP}", re.IGNORECASE)
_BETWEEN = re.compile(rf"(?<![\w-])between{_GAP}\Z", re.IGNORECASE)
_FROM = re.compile(rf"(?<![\w-])from{_GAP}\Z", re.IGNORECASE)
_HEDGE_REACH = 40  # characters before a number that a hedge may take ("a maximum of ")


@dataclass(frozen=True, slots=True)
class _Setup:
    """What a lexicon says about numbers, compiled once per lexicon."""

    hedge: re.Pattern[str] | None = None
    hedges: Mapping[str, str] | None = None
    # The last character of any hedge, in any case (see `_hedge_before`).
    hedge_ends: re.Pattern[str] | None = None
    nouns: frozenset[str] = frozenset()
    about: float = 0.0
    almost: float = 0.0


@functools.lru_cache(maxsize=8)
def _setup(lexicon: Lexicon | None) -> _Setup:
    if lexicon is None:
        return _Setup()
    alternatives = alternation(lexicon.hedges, space=_GAP)
    return _Setup(
        re.compile(rf"(?<![\w'’-])(?P<hedge>{alternatives}){_GAP}\Z", re.IGNORECASE),
        lexicon.hedges,
        re.compile(alternation({hedge[-1] for hedge in lexicon.hedges}), re.IGNORECASE),
        frozenset(lexicon.count_nouns),
        lexicon.about_tolerance,
        lexicon.almost_tolerance,
    )


def find_numbers(
    text: str,
    *,
    start: int = 0,
    end: int | None = None,
    lexicon: Lexicon | None = None,
    followed_by: re.Pattern[str] | None = None,
) -> tuple[NumberMatch, ...]:
    """The numbers in text[start:end] as intervals, sorted by start and not overlapping.

    `lexicon` supplies the hedges ("more than", "about") and their tolerances; without it
    numbers are read exactly as written. With `followed_by`, only the numbers where it matches
    right after them are returned (a caller that wants counted nouns saves making the rest).
    """
    stop = len(text) if end is None else end
    setup = _setup(lexicon)
    reads = _joined(text, _hedged(text, _scan(text, start, stop, setup), start, stop, setup), start)
    if followed_by is not None:
        reads = [read for read in reads if followed_by.match(text, read.end)]
    return tuple(_match(read, setup) for read in reads)


def _scan(text: str, start: int, stop: int, setup: _Setup) -> list[_Read]:
    """Every number as written, left to right; dash ranges ("20-30") are read here."""
    reads: list[_Read] = []
    pos = start
    while (found := _CANDIDATE.search(text, pos, stop)) is not None:
        at = found.start()
        phone = _PHONE.match(text, at, stop) if text[at].isdigit() else None
        read = None if phone else _read(text, at, stop, setup)
        if read is None:
            pos = phone.end() if phone else at + 1
            continue
        pos = read.end
        dash = _DASH.match(text, pos, stop) if read.digits else None
        if dash is not None:
            upper = _read(text, dash.end(), stop, setup)
            ranged = None
            if upper is not None and upper.digits and not _DASH.match(text, upper.end, stop):
                ranged = _range(read, upper, read.start, upper.end)
            if ranged is None:  # a score, a season or a code: "3-1", "2020-21", "1-800-273-8255"
                tail = _CODE_TAIL.match(text, dash.end() - 1, stop)
                pos = max(tail.end() if tail else 0, dash.end())
                continue
            read, pos = ranged, ranged.end
        reads.append(read)
    return reads


def _read(text: str, pos: int, stop: int, setup: _Setup) -> _Read | None:
    """The number written at `pos` with its currency, scale and unit, if one starts there."""
    if text[pos].isalpha() and (vague := _VAGUE.match(text, pos, stop)):
        outer = lookup(_PLURALS, vague["outer"]) if vague["outer"] else 1
        inner = lookup(_PLURALS, vague["inner"])
        if outer is None or inner is None:
            return None
        least = 2.0 * outer * inner
        kind = NumberKind.LARGE if least >= 1e6 else NumberKind.CARDINAL
        return _Read(pos, vague.end(), least, least, kind=kind, vague=True)
    sign = None if text[pos].isdigit() else _CURRENCY.match(text, pos, stop)
    at = pos if sign is None else sign.end()
    read: _Read | None
    if at < stop and text[at].isalpha():
        read = _words(text, at, stop)
    elif "/" in text[at : at + 8] and (fraction := _slash(text, at, stop)):
        read = fraction
    else:
        read = _digits(text, at, stop, setup, currency=sign is not None)
    if read is None or read.kind is NumberKind.ORDINAL:
        return None if sign else read
    unit, end = "", read.end
    # A percent sign or whitespace starts every unit after a number: most numbers need no search.
    after = text[end] if end < stop else ""
    spaced = after.isspace()
    if sign is not None:
        prefix = sign["cc"] or sign["up"] or ""  # "US$", "C$", "HK$"; "S$" stays "S$"
        unit = _DOLLARS.get(prefix.lower(), f"{prefix.upper()}$" if prefix else "USD")
        unit = unit if sign["sign"] == "$" else _SIGNS[sign["sign"]]
    elif (spaced or after == "%") and (percent := _PERCENT.match(text, end, stop)):
        unit, end = "%", percent.end()
    elif spaced and (money := _MONEY.match(text, end, stop)) is not None:
        currency = lookup(_MONEY_WORDS, money["word"])
        if currency is not None and (money["word"].lower() != "pounds" or read.scale > 1):
            unit, end = currency, money.end()
    if read.plain and not unit and _after_name(text, pos):
        return None
    if (pos, end, unit) == (read.start, read.end, read.unit) and not unit:
        return read  # most numbers: nothing to change, and no copy to make
    kind = NumberKind.PERCENT if unit == "%" else NumberKind.CURRENCY if unit else read.kind
    return read._replace(start=pos, end=end, kind=kind, unit=unit)


def _slash(text: str, at: int, stop: int) -> _Read | None:
    """ "1/2", "2 1/4": a fraction with a small denominator."""
    found = _SLASH.match(text, at, stop)
    if found is None:
        return None
    part, whole = int(found["num"]), int(found["den"])
    if whole not in _SLASH_PARTS or not 0 < part < whole:
        return None
    value = int(found["whole"] or 0) + part / whole
    return _Read(at, found.end(), value, value, kind=NumberKind.FRACTION)


def _digits(text: str, at: int, stop: int, setup: _Setup, *, currency: bool) -> _Read | None:
    """ "1,036,051", "50.4", "-5", "111th", "1.04 million", "$2.5bn"."""
    found = _DIGITS.match(text, at, stop)
    if found is None:
        return None
    digits, decimals, sign, ordinal_ending = found.group("int", "dec", "neg", "ord")
    whole, decimals = digits.replace(",", ""), decimals or ""
    written = f"{whole}.{decimals}" if decimals else whole
    base = -float(written) if sign else float(written)
    if ordinal_ending:
        ordinal = _Read(at, found.end(), base, base, kind=NumberKind.ORDINAL, unit="ordinal")
        return None if decimals or sign else ordinal._replace(digits=True)
    end, scale = found.end(), 1
    # A scale and a clock time start with a letter or whitespace; most numbers end otherwise.
    after = text[end] if end < stop else ""
    size = _SCALE.match(text, end, stop) if after.isalpha() or after.isspace() else None
    if size is not None:
        letter = (size["letter"] or "").lower()
        named = lookup(_SCALES, size["word"] or letter)
        noun = _NEXT_WORD.match(text, size.end(), stop)
        counted = noun is not None and noun["word"] in setup.nouns  # "1.2m votes"
        if named is not None and (
            size["word"] or letter not in ("m", "k", "b") or currency or counted
        ):
            end, scale = size.end(), int(named)
    if end < stop and text[end].isalpha():
        return None  # "9pm", "1990s", "5kg", "4G", and "5m" that may be five metres
    plain = not (decimals or sign or currency or scale > 1 or "," in digits)
    if plain and text[end : end + 1].isspace() and _CLOCK.match(text, end, stop):
        return None
    kind = NumberKind.LARGE if scale >= 1e6 else NumberKind.DECIMAL if decimals else None
    precision = 10.0 ** -len(decimals) * scale / 2 if decimals or scale >= 1e3 else 0.0
    # Decimal arithmetic: "16.4 million" is 16,400,000, not 16,399,999.999999998.
    number = float(Decimal(written) * scale) * (-1 if sign else 1) if decimals else base * scale
    kind = kind or NumberKind.CARDINAL
    return _Read(at, end, number, base, scale, kind, precision, plain=plain, digits=True)


def _words(text: str, at: int, stop: int) -> _Read | None:
    """ "eight-and-a-half million", "two thirds", "a dozen", "twenty-first"."""
    reading = read_number_words_in(text, at, stop)
    if reading is None:
        return None
    scale = reading.multiplier if reading.multiplier >= 1e3 else 1.0
    kind = NumberKind.LARGE if scale >= 1e6 else NumberKind.CARDINAL
    if reading.ordinal:
        kind = NumberKind.ORDINAL
    elif reading.fraction and reading.multiplier == 1:
        kind = NumberKind.FRACTION
    value, unit = reading.value, "ordinal" if reading.ordinal else ""
    precision = reading.step / 2 if scale > 1 else 0.0
    loose = reading.words == ("half",)
    return _Read(at, reading.end, value, value / scale, scale, kind, precision, unit, loose=loose)


def _after_name(text: str, pos: int) -> bool:
    """Whether a bare integer follows a capitalized word in mid-sentence: "the Boeing 737"."""
    spaced = text[pos - 1 : pos] in (" ", "\u00a0")
    # A name ends in a word character, an apostrophe, a full stop or a hyphen: most numbers
    # follow something else ("Roe, 34"), and need no search.
    last = text[pos - 2 : pos - 1]
    named = spaced and (last.isalnum() or last in _NAME_ENDS)
    name = _NAME_BEFORE.search(text, max(0, pos - 40), pos) if named else None
    if name is None or _not_name(name["word"]):
        return False
    # A capital that starts a sentence says nothing ("She's 60"); nor does one in a run of
    # capitalized words, more likely a headline in Title Case ("Storm Kills 12").
    if _SENTENCE_START.search(text, max(0, name.start() - 4), name.start()):
        return False
    before = _NAME_BEFORE.search(text, max(0, name.start() - 40), name.start())
    return before is None or _not_name(before["word"])


def _not_name(word: str) -> bool:
    lower = word.rstrip(".").lower()
    return lower in _NOT_NAMES or lower[:3] in _CALENDAR


def _hedged(text: str, reads: list[_Read], start: int, stop: int, setup: _Setup) -> list[_Read]:
    """The reads with the hedges around them ("more than", "or more"); loose halves settled."""
    out: list[_Read] = []
    floor = start
    for read in reads:
        if setup.hedge is not None and not read.vague and read.kind is not NumberKind.ORDINAL:
            read = _hedge(text, read, floor, stop, setup)
        if read.loose and not read.way and not _half_of(text, read, stop):
            continue
        out.append(read)
        floor = read.end
    return out


def _half_of(text: str, read: _Read, stop: int) -> bool:
    """ "half of the votes", "half the city", but not "the second half of"."""
    before = _HALF_AFTER.search(text, max(0, read.start - 12), read.start)
    return before is None and _HALF_OF.match(text, read.end, stop) is not None


def _hedge(text: str, read: _Read, floor: int, stop: int, setup: _Setup) -> _Read:
    post = _POSTFIX.match(text, read.end, stop) if read.top is None else None
    if post is not None:
        way = _POSTFIX_WAYS.get((post["way"] or "").lower(), "from")
        return read._replace(end=post.end(), way=way)
    lead = _hedge_before(text, read.start, floor, setup)
    if lead is None:
        return read
    assert setup.hedges is not None
    hedge = lookup(setup.hedges, lead["hedge"])
    if hedge is None:
        return read
    if read.top is not None and hedge != "about":
        return read  # "up to 20-30" says no more than the range itself
    return read._replace(start=lead.start(), way=hedge)


def _hedge_before(text: str, start: int, floor: int, setup: _Setup) -> re.Match[str] | None:
    """The hedge that ends right before a number at `start`, after `floor`, if there is one."""
    assert setup.hedge is not None and setup.hedge_ends is not None
    reach = max(floor, start - _HEDGE_REACH)
    # A hedge ends in a character of its own and one to three whitespace characters: a test
    # that most numbers fail ("Roe, 34"), and that costs less than the search.
    before = text[max(reach, start - 4) : start]
    trimmed = before.rstrip()
    if not 1 <= len(before) - len(trimmed) <= 3 or not setup.hedge_ends.fullmatch(trimmed[-1:]):
        return None
    return setup.hedge.search(text, reach, start)


def _joined(text: str, reads: list[_Read], start: int) -> list[_Read]:
    """Neighbouring reads made into ranges: "between 20 and 30", "at least 20 and at most 30"."""
    out: list[_Read] = []
    index = 0
    while index < len(reads):
        low = reads[index]
        high = reads[index + 1] if index + 1 < len(reads) else None
        joined = None if high is None else _pair(text, low, high, out[-1].end if out else start)
        out.append(joined or low)
        index += 2 if joined else 1
    return out


def _pair(text: str, low: _Read, high: _Read, floor: int) -> _Read | None:
    # Every joining word stands after whitespace: "20 and 30", "20 to 30".
    if high.start - low.end > 16 or not text[low.end : low.end + 1].isspace():
        return None
    gap, reach, ways = text[low.end : high.start], max(floor, low.start - 12), (low.way, high.way)
    if ways == (None, None) and _AND.fullmatch(gap):
        lead = _BETWEEN.search(text, reach, low.start)
        return None if lead is None else _range(low, high, lead.start(), high.end)
    if ways in ((None, None), ("about", None)) and _TO.fullmatch(gap):
        lead = _FROM.search(text, reach, low.start) if low.way is None else None
        return _range(low, high, lead.start() if lead else low.start, high.end, low.way)
    bottom, top = (low, high) if low.way in _LOWER_WAYS else (high, low)
    if _AND.fullmatch(gap) and bottom.way in _LOWER_WAYS and top.way in _UPPER_WAYS:
        return _range(bottom, top, low.start, high.end)  # "at most 100 and at least 20"
    return None


def _range(low: _Read, high: _Read, start: int, end: int, way: str | None = None) -> _Read | None:
    """A range of two reads, if they go up and measure the same thing: "2-3bn", "20 to 30%"."""
    if {low.kind, high.kind} & {NumberKind.ORDINAL, NumberKind.RANGE}:
        return None
    if low.vague or high.vague or low.loose or high.loose:
        return None
    if low.unit and high.unit and low.unit != high.unit:
        return None  # "$20 to 30%"
    bottom = low.number
    if low.scale == 1 and high.scale > 1 and low.base < high.base:
        bottom = low.base * high.scale  # "between 20 and 30 million"
    if not bottom < high.number:
        return None
    kind, unit = NumberKind.RANGE, low.unit or high.unit
    return _Read(start, end, bottom, bottom, kind=kind, unit=unit, way=way, top=high.number)


def _match(read: _Read, setup: _Setup) -> NumberMatch:
    """The interval a read stands for, its hedge applied."""
    number, way = read.number, read.way
    low: float | None = number
    high: float | None = number if read.top is None else read.top
    precision = read.precision if way is None and read.top is None else 0.0
    if read.vague or way in _LOWER_WAYS:
        high = None
    elif way in _UPPER_WAYS:
        low = 0.0 if number >= 0 else None
    elif way in ("about", "almost"):
        tolerance = setup.about if way == "about" else setup.almost
        low = number - abs(number) * tolerance
        if way == "about" and high is not None:
            high += abs(high) * tolerance
    stated = None if read.vague or read.top is not None else number
    value = NumberValue(min=low, max=high, value=stated, unit=read.unit, precision=precision)
    return NumberMatch(
        start=read.start, end=read.end, value=value, kind=read.kind, precision=precision
    )
