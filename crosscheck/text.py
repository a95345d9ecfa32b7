"""Plain-text helpers every extractor shares: sentences and line numbers."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import accumulate
from operator import add
from typing import TypeVar

from crosscheck.records import fast

_V = TypeVar("_V")

# Abbreviations after which a full stop does not end a sentence in news English.
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "mx",
        "dr",
        "prof",
        "sir",
        "st",
        "mt",
        "ft",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "cmdr",
        "adm",
        "gov",
        "sen",
        "rep",
        "rev",
        "hon",
        "pres",
        "supt",
        "insp",
        "jr",
        "sr",
        "inc",
        "ltd",
        "co",
        "corp",
        "bros",
        "no",
        "vs",
        "etc",
        "approx",
        "dept",
        "est",
        "fig",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
    ]
)

# Closing punctuation with space after it, or a line break. Written to start with one set of
# characters, so the regex engine skips straight to the next of them rather than trying the
# pattern at every position.
_SENTENCE_END = re.compile(r"""[.!?…\n](?:(?<=\n)|[.!?…]*["'”’)\]]*(?=\s))""")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")


@fast
@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence as a span of the text it came from."""

    start: int
    end: int


def sentences(text: str, start: int = 0) -> tuple[Sentence, ...]:
    """Split text (from `start`) into sentences; line breaks always end one."""
    found: list[Sentence] = []
    begin = start
    for match in _SENTENCE_END.finditer(text, start):
        at, end = match.span()
        if text[at] == "." and _is_abbreviation(text, at):
            continue
        _append_trimmed(found, text, begin, end)
        begin = end
    _append_trimmed(found, text, begin, len(text))
    return tuple(found)


def _is_abbreviation(text: str, dot: int) -> bool:
    before = _WORD_BEFORE.search(text, max(0, dot - 12), dot + 1)
    if before is None:
        return False
    word = before.group(1)
    # Initials ("J. K.", "U.S.") and known abbreviations do not end a sentence.
    return len(word) == 1 or "." in word or word.lower() in _ABBREVIATIONS


def _append_trimmed(found: list[Sentence], text: str, begin: int, end: int) -> None:
    chunk = text[begin:end].lstrip()
    if chunk:
        first = end - len(chunk)
        found.append(Sentence(first, first + len(chunk.rstrip())))


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def line_starts(text: str) -> tuple[int, ...]:
    """Offsets at which each line of the text starts (line 1 starts at 0)."""
    if "\r" in text:
        return (0, *(m.end() for m in _LINE_BREAK.finditer(text)))
    # Most texts end lines with line feeds alone: adding up the lengths of the lines (and one
    # for each feed) takes a quarter of the time of making a match for each line break.
    lengths = map(len, text.split("\n"))
    return tuple(map(add, accumulate(lengths, initial=0), range(text.count("\n") + 1)))


def line_number(starts: tuple[int, ...], offset: int) -> int:
    """The 1-based line of `offset`, given `line_starts(text)`."""
    return bisect.bisect_right(starts, offset)


# An embedded social-media post as pasted into article text: a link to a picture, or a
# sign-off like "— Luna (@LunaForTruth) November 17, 2025". Its words are somebody else's.
_EMBED_MARK = re.compile(
    r"pic\.twitter\.com/\w+|—\s*[^\n—]{1,80}\(@\w{1,30}\)\s+[A-Z][a-z]+\.? \d{1,2}, \d{4}"
)


def embedded_posts(text: str, start: int = 0) -> tuple[Sentence, ...]:
    """The lines of the text that hold an embedded social-media post."""
    found: list[Sentence] = []
    for mark in _EMBED_MARK.finditer(text, start):
        begin = text.rfind("\n", start, mark.start()) + 1 or start
        end = text.find("\n", mark.end())
        line = Sentence(max(begin, start), len(text) if end < 0 else end)
        if not found or found[-1] != line:
            found.append(line)
    return tuple(found)


def alternation(words: Iterable[str], *, space: str = r"\ ") -> str:
    """A regex alternative of literal words or phrases that never matches when there are none.

    Longest first, so no word hides a longer one that starts the same ("seven", "seventeen");
    `space` is the regex put where a phrase has a space (r"\\s+" to allow line breaks).
    """
    ordered = sorted(set(words), key=lambda word: (-len(word), word))
    return "|".join(re.escape(word).replace(r"\ ", space) for word in ordered) or "(?!)"


def beyond_ascii_or(members: str) -> str:
    r"""A regex character class: what the class `[members]` matches in ASCII, and every
    character beyond ASCII.

    It is written as the ASCII characters it leaves out ("[^\x00-\x58\x5a-\x78\x7a-\x7f]" for
    "yY"): the regex compiler lays out a class with a range past \xff, such as
    "[yY\x80-\U0010ffff]", character by character, some 5 ms for each at every start.
    """
    inside = re.compile(f"[{members}]")
    ranges: list[list[int]] = []
    for code in range(0x80):
        if inside.match(chr(code)):
            continue
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    body = "".join(
        rf"\x{low:02x}" + (rf"-\x{high:02x}" if high > low else "") for low, high in ranges
    )
    return f"[^{body}]" if body else r"[\s\S]"


def lookup(table: Mapping[str, _V], written: str) -> _V | None:
    """The entry of `table` (keyed in lower case, one space between words) for words that a
    case-insensitive regex matched; None if they fold to no key.

    Ignoring case, the regex engine takes "ſ" (long s) for "s" and "ı" or "İ" for "i", which
    lower() does not fold back: "kılled", "ſeats" or "hundredſ" match a pattern built from the
    table yet name none of its words, and are read as nothing rather than guessed.
    """
    return table.get(" ".join(written.lower().split()))


def prefix_alternation(words: Iterable[str], *, ignorecase: bool, space: str = r"\ ") -> str:
    """`alternation`, with the words that start alike sharing their start ("mayor(?:-elect)?").

    Python's regex engine tries an alternation's words one by one at every position, which
    for a hundred offices under IGNORECASE is most of a pattern's time; as a prefix tree it
    compares each character once. The words that can match at one place all lie on one path of
    the tree, tried longest first, so it matches what `alternation` matches, in the same order
    of preference. That needs a space to be one space between words, and, for a pattern that
    ignores case, no two words to differ only in case at one place (the tree could try them in
    another order); otherwise this is plain `alternation`.
    """
    ordered = sorted(set(words), key=lambda word: (-len(word), word))
    tree = None
    if all(word.split() == word.split(" ") for word in ordered):
        tree = _prefix_tree(ordered, space, re.IGNORECASE if ignorecase else re.NOFLAG)
    return alternation(ordered, space=space) if tree is None else tree or "(?!)"


def any_case(words: Iterable[str], *, then: str = "", space: str = r"\ ") -> str:
    """`(?i:alternation(words))`, each word followed by `then`, but faster to search.

    Case-insensitive letters keep the regex engine from skipping the alternatives that cannot
    start where it stands; so the words are grouped by first letter, behind that letter in each
    ASCII case, and, for the few other characters that match a letter in another case (the Kelvin
    sign, the long s...), behind any character beyond ASCII. Each group's rests are a prefix tree
    (see `prefix_alternation`), so the same word wins. Words that do not start with an ASCII
    letter keep the plain alternation; no words never match. The first letters mind case even
    inside a pattern that ignores it, where the engine would otherwise enter the groups one by
    one again.
    """
    ordered = set(words)
    if not ordered:
        return "(?!)"
    if not all(word[:1].isascii() and word[:1].isalpha() for word in ordered):
        return f"(?:(?i:{alternation(ordered, space=space)}){then})"
    groups: dict[str, list[str]] = {}
    for word in ordered:
        groups.setdefault(word[0].lower(), []).append(word[1:])
    rests = {first: _rest(group, space) for first, group in sorted(groups.items())}
    cased = "|".join(
        f"{first}{rest}{then}|{first.upper()}{rest}{then}" for first, rest in rests.items()
    )
    beyond = "|".join(f"(?<=(?i:{first})){rest}{then}" for first, rest in rests.items())
    return rf"(?-i:{cased}|[^\x00-\x7f](?:{beyond}))"


def _rest(rests: list[str], space: str) -> str:
    """What may follow a first letter in `any_case`: one of the rests, in any case ("" for none)."""
    longer = [rest for rest in rests if rest]
    if not longer:
        return ""
    tree = f"(?i:{prefix_alternation(longer, ignorecase=True, space=space)})"
    return f"{tree}?" if "" in rests else tree


def _prefix_tree(suffixes: list[str], space: str, flags: re.RegexFlag) -> str | None:
    """The regex of the words (longest first) as a prefix tree; None if two branches clash."""
    branches: dict[str, list[str]] = {}
    for suffix in suffixes:
        branches.setdefault(suffix[:1], []).append(suffix[1:])
    ends = branches.pop("", None) is not None
    firsts = list(branches)
    if any(re.fullmatch(re.escape(a), b, flags) for a in firsts for b in firsts if a != b):
        return None
    parts = []
    for first, rest in branches.items():
        after = _prefix_tree(rest, space, flags)
        if after is None:
            return None
        parts.append((space if first == " " else re.escape(first)) + after)
    if not parts:
        return ""
    body = "|".join(parts)
    if len(parts) > 1 or (ends and len(parts[0]) > 1):
        body = f"(?:{body})"
    return f"{body}?" if ends else body
