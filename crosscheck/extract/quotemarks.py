"""Direct quotations in news English: where each one opens and closes, in any typography.

Curly and straight, double and single marks are all handled. Straight marks carry no direction
and ' and ’ double as the apostrophe, so every mark is first classified from the characters on
either side of it; a left-to-right scan then pairs openers with closers on a small stack.
Unclosed openers yield nothing and give up whatever quotations were found inside them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

# A quotation that runs on longer than this was opened by a stray mark, not by a speaker.
_MAX_BREAKS = 3
_MAX_LENGTH = 5000

_MARKS = re.compile("[\"'“”‘’\n]")
_DOUBLE = frozenset('"“”')
# What may stand right before an opening mark besides whitespace (and the start of the text).
_OPEN_BEFORE = frozenset("([{<—–-/\"'“‘")
# What may follow an opening single mark besides letters and digits: 'pushing [residents]',
# '...I will', '$5bn', and a nested "quotation" inside a British one.
_SINGLE_OPEN_AFTER = frozenset('([{….$£€"“')
# What follows the leading apostrophe of a clipped word ('em, 'til, rock 'n' roll) or of a year
# or decade ('90s, ’26): never an opening mark, though a quotation that starts "'26 people" is lost.
_CLIPPED = re.compile(r"(?:em|n|til|cause|tis|twas|bout)(?![A-Za-z])|\d\d(?!\d)", re.IGNORECASE)
_ROCK_N_ROLL = frozenset({" 'n'", " ’n’", " ‘n’"})


@dataclass(frozen=True, slots=True, kw_only=True)
class Quoted:
    """One direct quotation: where its marks stand and where the quoted words are."""

    open: int  # offset of the opening mark
    close: int  # offset of the closing mark (text[close] is the mark)
    start: int  # first offset of the quoted words, open + 1
    end: int  # offset just past the quoted words, == close


# What a mark can be, judged from its neighbours alone.
_Kind = Literal[
    "open",
    # A closing glyph where only an opener fits (”…AND SO IT BEGINS!”): opens only if no
    # quotation of its style is open, since inside one it is far likelier to be a typo.
    "open-if-idle",
    "close",
    # s' or s’ before a lowercase word: a plural possessive ("the Democrats’ day") unless no
    # other single mark closes the quotation before the paragraph ends or another one opens;
    # see _settle_weak.
    "weak",
    "break",  # a paragraph break: one or more line breaks
]


# A mark or paragraph break: offset, style ('"', "'" or "" for a break), kind, first on its line.
_Token = tuple[int, str, _Kind, bool]


@dataclass(slots=True, kw_only=True)
class _Frame:
    """An opening mark awaiting its closer; mutable because only the scan ever sees it."""

    style: str  # '"' or "'": curly and straight marks of one style pair with each other
    open: int
    breaks: int = 0  # paragraph breaks since the opening or the latest reopening mark
    inner: list[Quoted] = field(default_factory=list)


def find_quotes(text: str, start: int = 0) -> tuple[Quoted, ...]:
    """Every quotation in text[start:], in text order, outermost only."""
    found: list[Quoted] = []
    stack: list[_Frame] = []  # at most one frame per style, so at most two deep
    for pos, style, kind, line_start in _tokens(text, start):
        if kind == "break":
            for frame in stack:
                frame.breaks += 1
            # Inner frames opened later, so the outermost is always the first to run out.
            while stack and stack[0].breaks > _MAX_BREAKS:
                _drop(stack, 0, found)
            continue
        k = _level(stack, style)
        if kind in ("close", "weak"):
            # A plural possessive is trusted to close only a quotation of its own paragraph.
            if k is None or (kind == "weak" and stack[k].breaks):
                continue
            if pos - stack[k].open > _MAX_LENGTH:
                _drop(stack, k, found)
                continue
            _unwind(stack, k + 1, found)
            frame = stack.pop()
            if pos > frame.open + 1:
                quoted = Quoted(open=frame.open, close=pos, start=frame.open + 1, end=pos)
                (stack[-1].inner if stack else found).append(quoted)
        elif k is not None and line_start and stack[k].breaks:
            # The mark that reopens a quotation running on into a new paragraph.
            _unwind(stack, k + 1, found)
            stack[k].breaks = 0
        elif k is None or kind == "open":
            if k is not None:  # a second opener of one style: the first was never closed
                _unwind(stack, k, found)
            stack.append(_Frame(style=style, open=pos))
    _unwind(stack, 0, found)
    return tuple(found)


def _level(stack: list[_Frame], style: str) -> int | None:
    """Where on the stack the open quotation of this style is, if one is open."""
    for n, frame in enumerate(stack):
        if frame.style == style:
            return n
    return None


def _drop(stack: list[_Frame], n: int, found: list[Quoted]) -> None:
    """Forget the unclosed opener stack[n]; what was quoted inside it moves out a level."""
    frame = stack.pop(n)
    (stack[n - 1].inner if n else found).extend(frame.inner)


def _unwind(stack: list[_Frame], depth: int, found: list[Quoted]) -> None:
    while len(stack) > depth:
        _drop(stack, len(stack) - 1, found)


def _tokens(text: str, start: int) -> list[_Token]:
    """Every mark that can open or close a quotation, and every paragraph break."""
    tokens: list[_Token] = []
    previous = start  # just past the previous mark or line break
    fresh = False  # nothing but whitespace since the latest line break
    for match in _MARKS.finditer(text, start):
        pos = match.start()
        line_start = fresh and not text[previous:pos].strip()
        previous = pos + 1
        if text[pos] == "\n":
            if not line_start:  # blank lines do not add paragraph breaks
                tokens.append((pos, "", "break", False))
            fresh = True
            continue
        fresh = False
        mark = text[pos]
        kind = _classify(text, pos, start, mark)
        if kind is not None:
            tokens.append((pos, '"' if mark in _DOUBLE else "'", kind, line_start))
    return _settle_weak(tokens)


def _classify(text: str, pos: int, start: int, mark: str) -> _Kind | None:
    """What the mark at pos can be from its neighbours alone; None for apostrophes and primes."""
    # The edges of the text count as whitespace: a mark may open at the start, close at the end.
    before = text[pos - 1] if pos > start else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    can_open = before.isspace() or before in _OPEN_BEFORE
    can_close = not before.isspace()
    if mark in _DOUBLE:
        if mark == "“":
            # Some sites print “ at both ends; after a word and before a space it can only close.
            return "close" if can_close and not can_open and after.isspace() else "open"
        if can_open and not after.isspace():
            return "open" if mark == '"' else "open-if-idle"
        return "close" if can_close else None
    # Single marks: ' and ’ are also the apostrophe, which a quotation mark must never be.
    if before.isalnum() and after.isalnum():
        return None  # don't, Mamdani's, 1990's
    if can_open and (after.isalnum() or after in _SINGLE_OPEN_AFTER):
        if _CLIPPED.match(text, pos + 1):
            return None
        return "open-if-idle" if mark == "’" else "open"
    # A closer follows a non-space and precedes a space, punctuation or the end of the text.
    if mark == "‘" or not can_close or after.isalnum():
        return None
    if pos - 3 >= start and text[pos - 3 : pos + 1] in _ROCK_N_ROLL:
        return None
    if before in "sS" and after == " " and text[pos + 2 : pos + 3].islower():
        return "weak"
    return "close"


def _settle_weak(tokens: list[_Token]) -> list[_Token]:
    """Drop each weak mark that a later single mark closes instead; keep the rest as closers.

    Looking right to left, the next single mark in the paragraph decides: a closer ends the
    quotation better ("the Democrats’ day,’ he said"); an opener or the paragraph's end leaves
    the weak mark as the only possible closer ("called them 'the Democrats' on Sunday").
    """
    settled: list[_Token] = []
    following: _Kind | None = None
    for pos, style, kind, line_start in reversed(tokens):
        if kind == "weak":
            if following == "close":
                continue
        elif kind == "break":
            following = None
        elif style == "'":
            following = kind
        settled.append((pos, style, kind, line_start))
    settled.reverse()
    return settled
