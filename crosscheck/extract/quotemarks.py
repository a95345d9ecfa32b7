"""Direct quotations in news English: where each one opens and closes, in any typography.

Curly and straight, double and single marks are all handled. Straight marks carry no direction
and ' and ’ double as the apostrophe, so every mark is first classified from the characters on
either side of it; a left-to-right scan then pairs openers with closers on a small stack.
Unclosed openers yield nothing and give up whatever quotations were found inside them, and
marks around no word at all (“—”, '...') quote nothing.
"""

from __future__ import annotations

import re
from typing import Literal, NamedTuple

# A quotation that runs on longer than this was opened by a stray mark, not by a speaker.
_MAX_BREAKS = 3
_MAX_LENGTH = 5000


# A NamedTuple, not a frozen dataclass: text full of quotation marks makes a hundred thousand,
# and a tuple is made three times as fast. Immutable all the same.
class Quoted(NamedTuple):
    """One direct quotation: where its marks stand and where the quoted words are."""

    open: int  # offset of the opening mark
    close: int  # offset of the closing mark (text[close] is the mark)

    @property
    def start(self) -> int:
        """The first offset of the quoted words, just past the opening mark."""
        return self.open + 1

    @property
    def end(self) -> int:
        """The offset just past the quoted words: the closing mark's."""
        return self.close


# What a mark can be, judged from its neighbours alone.
_Kind = Literal[
    "break",  # a paragraph break: a line break with the blank lines and indentation after it
    "open",
    # A closing glyph where only an opener fits (”…AND SO IT BEGINS!”): opens only if no
    # quotation of its style is open, since inside one it is far likelier to be a typo.
    "open-if-idle",
    "close",
    # s' or s’ before a lowercase word: a plural possessive ("the Democrats’ day") unless no
    # other single mark closes the quotation before the paragraph ends or another one opens;
    # see _Possessives.
    "weak",
]


# What may stand right before an opening mark besides whitespace (and the start of the text).
_OPEN_BEFORE = "\\s(\\[{<—–\\-/\"'“‘"
# What may follow an opening single mark besides letters and digits: 'pushing [residents]',
# '...I will', '$5bn', and a nested "quotation" inside a British one.
_SINGLE_OPEN_AFTER = '(\\[{….$£€"“'
# What follows the leading apostrophe of a clipped word ('em, 'til, rock 'n' roll) or of a year
# or decade ('90s, ’26): never an opening mark, though a quotation that starts "'26 people" is lost.
_CLIPPED = r"(?i:(?:em|n|til|cause|tis|twas|bout)(?![A-Za-z])|\d\d(?!\d))"
# A rule is tried just past its mark, so a look-behind two characters wide sees the character
# before the mark. The edges of the text count as whitespace: a mark may open at the start and
# close at the end. [^\W_] is a letter or digit, as str.isalnum() has it.
_CAN_OPEN = f"(?<![^{_OPEN_BEFORE}].)"
_CAN_CLOSE = r"(?<=\S.)"
_SINGLE_OPENS = f"{_CAN_OPEN}(?=[^\\W_]|[{_SINGLE_OPEN_AFTER}])(?!{_CLIPPED})"
_WEAK = r"(?<=[sS].)(?= )"  # and a lowercase word after the space: see _kind

# (kind, style, marks, rule): a mark is what the first rule for it that fits says; a mark that no
# rule fits is an apostrophe or a prime.
_RULES: tuple[tuple[_Kind, str, str, str], ...] = (
    ("break", "", "\n", r"\s*"),
    # Some sites print “ at both ends; after a word and before a space it can only close.
    ("close", '"', "“", f"(?<=[^{_OPEN_BEFORE}].)(?!\\S)"),
    ("open", '"', "“", ""),
    ("open", '"', '"', f"{_CAN_OPEN}(?=\\S)"),
    ("open-if-idle", '"', "”", f"{_CAN_OPEN}(?=\\S)"),
    ("close", '"', '"”', _CAN_CLOSE),
    # Single marks are also the apostrophe: between two letters or digits (don't, Mamdani's,
    # 1990's) no rule fits them, as an opener follows no letter and a closer precedes none.
    ("open", "'", "'‘", _SINGLE_OPENS),
    ("open-if-idle", "'", "’", _SINGLE_OPENS),
    ("weak", "'", "'’", _WEAK),
    # A closer precedes a space, punctuation or the end of the text; rock 'n' roll has none.
    ("close", "'", "'", f"{_CAN_CLOSE}(?<! 'n')(?![^\\W_])"),
    ("close", "'", "’", f"{_CAN_CLOSE}(?<! [’‘]n’)(?![^\\W_])"),
)
# One pass finds and classifies every mark. Each alternative opens with its mark, so re skips
# from one mark to the next without trying any rule in between, and tries only that mark's rules;
# the empty group that ends each alternative tells which rule fitted (match.lastindex).
_ALTERNATIVES = tuple(
    (kind, style, mark, rule) for kind, style, marks, rule in _RULES for mark in marks
)
_TOKEN = re.compile("|".join(f"{re.escape(mark)}{rule}()" for _, _, mark, rule in _ALTERNATIVES))
# By the number of the group that ends each alternative (there is no group 0).
_KINDS = ("break", *(kind for kind, _, _, _ in _ALTERNATIVES))
_STYLES = ("", *(style for _, style, _, _ in _ALTERNATIVES))
# A letter or digit: a quotation has at least one.
_WORD = re.compile(r"[^\W_]")


def _kind(match: re.Match[str], text: str) -> _Kind:
    """What the mark a match found is (see _RULES)."""
    kind = _KINDS[match.lastindex or 0]
    # A weak mark needs a lowercase word after its space ("the Democrats' day"); else it closes.
    if kind == "weak" and not text[match.end() + 1 : match.end() + 2].islower():
        return "close"
    return kind


# An opening mark awaiting its closer: its style ('"' or "'": curly and straight marks of one
# style pair with each other), its offset, how many paragraph breaks the scan had passed when it
# opened or last reopened, and the (open, close) of the quotations found inside it, which count
# only if it is never closed. A plain tuple, as text full of marks opens half a million.
_Frame = tuple[str, int, int, list[tuple[int, int]] | None]


def find_quotes(text: str, start: int = 0) -> tuple[Quoted, ...]:
    """Every quotation in text[start:], in text order, outermost only."""
    # The rules read the characters around each mark: nothing before `start` may count.
    body = text[start:] if start else text
    found: list[tuple[int, int]] = []  # (open, close) in `body`
    stack: list[_Frame] = []  # at most one frame per style, so at most two deep
    breaks = 0  # paragraph breaks passed while a quotation was open
    line_start = -1  # where the latest of them ends: a mark there starts its line
    possessives = _Possessives(body)
    # Adversarial text has a million marks: the loop keeps to plain operations, and calls out
    # only to take frames off the stack.
    for match in _TOKEN.finditer(body):
        rule = match.lastindex or 0
        kind = _KINDS[rule]
        if kind == "weak":
            kind = _kind(match, body)
        elif kind == "break":
            if stack:
                breaks += 1
                line_start = match.end()
                # Inner frames opened later, so the outermost is always the first to run out.
                while stack and breaks - stack[0][2] > _MAX_BREAKS:
                    _drop(stack, 0, found)
            continue
        style = _STYLES[rule]
        # Where on the stack the open quotation of this style is, or -1.
        if stack and stack[0][0] == style:
            k = 0
        elif len(stack) == 2 and stack[1][0] == style:
            k = 1
        else:
            k = -1
        if kind == "close" or kind == "weak":
            if k < 0:
                continue
            opened, since = stack[k][1], stack[k][2]
            pos = match.start()
            # A plural possessive closes only a quotation of its own paragraph, and only if no
            # other single mark there closes it instead.
            if kind == "weak" and (breaks > since or possessives.dropped(pos)):
                continue
            if pos - opened > _MAX_LENGTH:
                _drop(stack, k, found)
                continue
            # A quotation closes whole: what was quoted or left open inside it is forgotten.
            del stack[k:]
            if _WORD.search(body, opened + 1, pos):
                _holder(stack, found).append((opened, pos))
        elif k < 0:
            stack.append((style, match.start(), breaks, None))
        elif breaks > stack[k][2] and match.start() == line_start:
            # The mark that reopens a quotation running on into a new paragraph.
            _unwind(stack, k + 1, found)
            _, opened, _, inner = stack[k]
            stack[k] = (style, opened, breaks, inner)
        elif kind == "open":  # a second opener of one style: the first was never closed
            _unwind(stack, k, found)
            stack.append((style, match.start(), breaks, None))
    _unwind(stack, 0, found)
    return tuple(Quoted(start + opened, start + pos) for opened, pos in found)


class _Possessives:
    """Which weak marks a later single mark closes instead; asked in text order.

    The next single mark in the paragraph decides: a closer ends the quotation better ("the
    Democrats’ day,’ he said"); an opener or the paragraph's end leaves the weak mark as the
    only possible closer ("called them 'the Democrats' on Sunday"). Every weak mark before the
    deciding one shares its decision, so a run of them is looked through once.
    """

    def __init__(self, text: str):
        self._text = text
        self._until = -1  # the weak marks before this offset are decided ...
        self._dropped = False  # ... and this is the decision

    def dropped(self, pos: int) -> bool:
        """Whether the weak mark at pos gives way to a closer later in its paragraph."""
        if pos >= self._until:
            self._until, self._dropped = len(self._text), False
            for match in _TOKEN.finditer(self._text, pos + 1):
                kind = _kind(match, self._text)
                if kind == "break" or (kind != "weak" and _STYLES[match.lastindex or 0] == "'"):
                    self._until, self._dropped = match.start(), kind == "close"
                    break
        return self._dropped


def _holder(stack: list[_Frame], found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where a quotation closed now belongs: inside the innermost open one, else found."""
    if not stack:
        return found
    style, opened, since, inner = stack[-1]
    if inner is None:
        inner = []
        stack[-1] = (style, opened, since, inner)
    return inner


def _drop(stack: list[_Frame], n: int, found: list[tuple[int, int]]) -> None:
    """Forget the unclosed opener stack[n]; what was quoted inside it moves out a level."""
    inner = stack.pop(n)[3]
    if inner:
        # One level out is the frame below, as the stack is at most two deep, or found.
        (_holder(stack, found) if n else found).extend(inner)


def _unwind(stack: list[_Frame], depth: int, found: list[tuple[int, int]]) -> None:
    while len(stack) > depth:
        _drop(stack, len(stack) - 1, found)
