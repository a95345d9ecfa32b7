"""How two renderings of one quotation compare, word by word.

Outlets quote one speaker in slightly different words. `read_passage` reads a quoted passage as
normalized words (typography, case and contractions do not matter; an editor's [bracketed] words
are marked as such); `compare_units` decides whether a sentence of one passage and a sentence of
another are the same quotation and, if so, whether the wording is verbatim, a minor variant or a
conflict (a misquote); `word_diff` lays the difference out for display.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from itertools import accumulate, chain, compress, groupby, pairwise, repeat
from operator import ne
from typing import TypeVar

from rapidfuzz.distance import Indel, Levenshtein, Opcode

from crosscheck.numwords import read_number_words
from crosscheck.records import fast
from crosscheck.text import sentences

_T = TypeVar("_T")


class Agreement(StrEnum):
    """How two units of quoted text relate."""

    UNRELATED = "unrelated"  # not the same quotation
    VERBATIM = "verbatim"
    VARIANT = "variant"  # only function words / spelling / contraction differences
    CONFLICT = "conflict"  # content words differ


# A quotation or sentence of this many words or fewer ("a “communist”") is a fragment: too short
# to tell a misquote from a different remark, so it may agree but never conflict.
FRAGMENT_WORDS = 2


@fast
@dataclass(frozen=True, slots=True, kw_only=True)
class Matching:
    """Thresholds (they come from a data file; these defaults are what it ships)."""

    # A related unit pair shares at least this many matched words (all of the shorter unit's
    # words when it has fewer) ...
    min_words: int = 3
    # ... and at least this share of the shorter unit's words.
    min_share: float = 0.6
    # Aligning: the cost of each unmatched word between two matched stretches, so that a lone
    # "the" far away does not stretch the region.
    gap_penalty: float = 0.5
    # Two replaced words this similar (rapidfuzz normalized Levenshtein) are one word spelled two
    # ways: "fulfil" / "fulfill", "criticised" / "criticized".
    spelling: float = 0.8
    # A quotation whose speaker is unknown is taken for a known speaker's only when at least this
    # many of its words match: a common phrase is not enough to say who spoke.
    unknown_speaker_words: int = 6


@fast
@dataclass(frozen=True, slots=True, kw_only=True)
class Passage:
    """A quoted text read as words."""

    words: tuple[str, ...]  # normalized; an editor's words keep their brackets ("[residents]")
    # (start, end) of each word in the text as read; the words of an expanded contraction share
    # the span of the word as written
    spans: tuple[tuple[int, int], ...]
    sentence: tuple[int, ...]  # 0, 1, ...: full stops, ellipses and line breaks start a new one
    editorial: tuple[bool, ...]  # inside [square brackets]: an editor's words, not the speaker's
    content: tuple[bool, ...]  # False for function words

    def __hash__(self) -> int:
        # Comparisons are cached by passage: hashing the words alone is enough to tell passages
        # apart, and several times cheaper than hashing every field (equal passages have equal
        # words, so this agrees with ==).
        return hash(self.words)

    def units(self) -> tuple[range, ...]:
        """The word-index range of each sentence, in order."""
        sentence = self.sentence
        bounds = compress(range(1, len(self.words)), map(ne, sentence, sentence[1:]))
        edges = [0, *bounds, len(self.words)] if self.words else []
        return tuple(range(a, b) for a, b in pairwise(edges))


@fast
@dataclass(frozen=True, slots=True, kw_only=True)
class Change:
    """One difference: words of the first passage that the second renders otherwise."""

    first: tuple[str, ...]  # normalized words; empty for an insertion
    second: tuple[str, ...]
    first_at: int  # word index in the first passage where the change starts
    second_at: int
    # whether content words differ, once spelling variants and an editor's words are discounted
    content: bool


@fast
@dataclass(frozen=True, slots=True, kw_only=True)
class Comparison:
    """The verdict on one unit pair and the differences behind it."""

    agreement: Agreement
    matched: int  # matched word pairs inside both units
    changes: tuple[Change, ...]  # the differences that belong to this unit pair


@fast
@dataclass(frozen=True, slots=True, kw_only=True)
class Piece:
    """A stretch of a word diff: "same", "first" (only in the first wording) or "second"."""

    kind: str
    text: str  # words as written, joined by single spaces

    def marked(self) -> str:
        """The piece as plain text: `[-only in the first-]`, `{+only in the second+}`, or as is."""
        opening, closing = _DIFF_MARKS[self.kind]
        return f"{opening}{self.text}{closing}"


# git's --word-diff markers: readable without colour, in a terminal, a CSV or a PR comment.
_DIFF_MARKS = {"same": ("", ""), "first": ("[-", "-]"), "second": ("{+", "+}")}


def diff_text(pieces: Iterable[Piece]) -> str:
    """A word diff as plain text: `same [-first side's words-] {+second side's words+}`."""
    return " ".join(piece.marked() for piece in pieces)


# Every replacement keeps the text's length, so offsets into the cleaned text are offsets into
# the text as written.
_TYPOGRAPHY = (("’", "'"), ("‘", "'"), ("‛", "'"), ("“", '"'), ("”", '"'), ("„", '"'), ("‐", "-"))
# One group around the whole, so split() yields each token between the text around it. Nothing
# can follow a token's tail, so it need never give back (*+), which spares re its bookkeeping.
# "%" is a word of its own ("8%" is "8 percent").
_TOKEN = re.compile(r"((?i:\[\s*sic\s*\])|[\[\]]|%|[^\W_]+(?:['-][^\W_]+|(?<=\d)[.,]\d+)*+)")
_ELLIPSIS = re.compile(r"…|\.(?:\s?\.){2}")
# `sentences` ends a sentence only at one of these; an ellipsis needs one too.
_MAY_BREAK = re.compile(r"[.!?…\n]")
_IRREGULAR = {
    "won't": ("will", "not"),
    "can't": ("can", "not"),
    "cannot": ("can", "not"),
    "shan't": ("shall", "not"),
    "let's": ("let", "us"),
    "ain't": ("ain't",),
}
_SUFFIXES = {"n't": "not", "'ll": "will", "'re": "are", "'ve": "have", "'m": "am", "'d": "would"}
# Only after these is 's "is"; after a name it is a possessive ("Mamdani's").
_IS_AFTER = frozenset(["it", "he", "she", "that", "there", "what", "who", "here", "where"])


def _expand(word: str) -> tuple[str, ...]:
    if word == "%":
        return ("percent",)
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    for suffix, full in _SUFFIXES.items():
        if word.endswith(suffix) and len(word) > len(suffix):
            return (word[: -len(suffix)], full)
    if word.endswith("'s") and word[:-2] in _IS_AFTER:
        return (word[:-2], "is")
    return (word,)


# A few thousand distinct words make up most quotations: each is normalized once, not every time.
@lru_cache(maxsize=16384)
def _normalized(token: str) -> tuple[str, ...]:
    return _expand(token.casefold())


def read_passage(text: str, function_words: frozenset[str]) -> Passage:
    """Read quoted text as normalized words, each with its span, sentence and kind."""
    clean = text
    for mark, plain in _TYPOGRAPHY:  # str.replace is many times faster than str.translate
        clean = clean.replace(mark, plain)
    # Splitting and summing lengths finds every token and its span without a match object each.
    parts = _TOKEN.split(clean)
    offsets = list(accumulate(map(len, parts)))
    tokens = parts[1::2]
    at = offsets[: len(parts) - 1 : 2]
    spans = list(zip(at, offsets[1::2], strict=True))
    editorial = [False] * len(tokens)
    if "[" in clean or "]" in clean:
        tokens, spans, editorial = _unbracketed(tokens, spans)
        at = [start for start, _ in spans]
    sentence = _stretches(clean, at)
    expanded = list(map(_normalized, tokens))
    words = list(chain.from_iterable(expanded))
    if len(words) > len(tokens):  # the words of an expanded contraction share its span
        counts = list(map(len, expanded))
        spans = _repeated(spans, counts)
        sentence = _repeated(sentence, counts)
        editorial = _repeated(editorial, counts)
    content = tuple([word not in function_words for word in words])
    if any(editorial):
        # Brackets keep an editor's word from ever matching a word the speaker said.
        words = [
            f"[{word}]" if bracketed else word
            for word, bracketed in zip(words, editorial, strict=True)
        ]
    return Passage(
        words=tuple(words),
        spans=tuple(spans),
        sentence=tuple(sentence),
        editorial=tuple(editorial),
        content=content,
    )


def _stretches(clean: str, at: list[int]) -> list[int]:
    """The number of the stretch each token starts in (`at`: in text order), counting from 0.

    A stretch runs from one full stop, line break or ellipsis to the next: words left out
    ("...") end a stretch of the speaker's words as a full stop does.
    """
    # Most quotations are one stretch, and say so by having nowhere a sentence could end.
    if not _MAY_BREAK.search(clean):
        return [0] * len(at)
    # A new stretch starts at the first token at or after a sentence's start, and at the first
    # token after an ellipsis starts.
    cuts = {bisect.bisect_left(at, span.start) for span in sentences(clean)}
    # An ellipsis is "…" or three dots: without either, there is no need to look for one.
    if "…" in clean or clean.count(".") >= 3:
        cuts.update(bisect.bisect_right(at, match.start()) for match in _ELLIPSIS.finditer(clean))
    edges = [0, *sorted(cut for cut in cuts if 0 < cut < len(at)), len(at)]
    return list(
        chain.from_iterable(
            repeat(number, stop - start) for number, (start, stop) in enumerate(pairwise(edges))
        )
    )


def _repeated(column: list[_T], counts: list[int]) -> list[_T]:
    """Each entry as many times as its count says."""
    return list(chain.from_iterable(map(repeat, column, counts)))


def _unbracketed(
    tokens: list[str], spans: list[tuple[int, int]]
) -> tuple[list[str], list[tuple[int, int]], list[bool]]:
    """The tokens without the brackets and [sic]s, and whether each stands inside brackets."""
    kept: list[str] = []
    kept_spans: list[tuple[int, int]] = []
    editorial: list[bool] = []
    bracketed = False
    for token, span in zip(tokens, spans, strict=True):
        if token in ("[", "]"):
            bracketed = token == "["
        elif not token.startswith("["):  # [sic] vouches for the words around it
            kept.append(token)
            kept_spans.append(span)
            editorial.append(bracketed)
    return kept, kept_spans, editorial


_Block = tuple[int, int, int]  # first index, second index, length of a run of equal words


def _blocks(opcodes: Iterable[Opcode], n: int, m: int, reverse: bool) -> tuple[_Block, ...]:
    found = [
        (op.src_start, op.dest_start, op.src_end - op.src_start)
        for op in opcodes
        if op.tag == "equal"
    ]
    if reverse:
        found = [(n - i - size, m - j - size, size) for i, j, size in reversed(found)]
    return tuple(found)


def _chain(blocks: tuple[_Block, ...], penalty: float) -> tuple[float, tuple[_Block, ...]]:
    """Kadane over blocks: the best-scoring run of consecutive blocks, and its score."""
    best, best_length, best_run = 0.0, 0, (0, 0)
    score, start = 0.0, 0
    for k, (i, j, size) in enumerate(blocks):
        carried = 0.0
        if k:
            pi, pj, psize = blocks[k - 1]
            carried = score - penalty * max(i - pi - psize, j - pj - psize)
        # Carrying nothing ties with starting afresh, and the shorter region wins ties.
        start, score = (start, carried + size) if carried > 0 else (k, float(size))
        length = i + size - blocks[start][0] + j + size - blocks[start][1]
        if score > best or (score == best and length < best_length):
            best, best_length, best_run = score, length, (start, k + 1)
    return best, blocks[best_run[0] : best_run[1]]


@lru_cache(maxsize=1024)
def _region(first: tuple[str, ...], second: tuple[str, ...], penalty: float) -> tuple[_Block, ...]:
    """The equal blocks of the aligned region of two passages.

    A phrase said twice ("we'll work something out") aligns with either occurrence, and
    rapidfuzz picks one; so the reversed words are aligned too, and the alignment whose region
    scores higher wins (the forward one on a tie).
    """
    n, m = len(first), len(second)
    forward = _chain(_blocks(Indel.opcodes(first, second), n, m, reverse=False), penalty)
    backward = _chain(
        _blocks(Indel.opcodes(first[::-1], second[::-1]), n, m, reverse=True), penalty
    )
    return backward[1] if backward[0] > forward[0] else forward[1]


def _unit_at(passage: Passage, index: int) -> range:
    """The sentence a word stands in: sentence numbers only grow, so two bisections find it."""
    number = passage.sentence[index]
    return range(
        bisect.bisect_left(passage.sentence, number), bisect.bisect_right(passage.sentence, number)
    )


def _change(
    first: Passage, a: int, b: int, second: Passage, c: int, d: int, spelling: float
) -> Change:
    one, two = first.words[a:b], second.words[c:d]
    spelled = (
        len(one) == len(two)
        and all(_spelled_alike(x, y, spelling) for x, y in zip(one, two, strict=True))
    ) or _house_style(one, two)
    content = not spelled and (any(first.content[a:b]) or any(second.content[c:d]))
    return Change(first=one, second=two, first_at=a, second_at=c, content=content)


def _house_style(one: tuple[str, ...], two: tuple[str, ...]) -> bool:
    """Whether two runs of words differ only as outlets' styles do: "second-half" and "second
    half", "per cent" and "percent", "ten" and "10", "1,200" and "one thousand two hundred"."""
    if not one or not two:
        return False
    if "".join(one).replace("-", "") == "".join(two).replace("-", ""):
        return True
    number = _number(one)
    return number is not None and number == _number(two)


def _number(words: tuple[str, ...]) -> float | None:
    """The number the words write, in digits or in words, if that is all they write."""
    if len(words) == 1 and words[0][:1].isdigit():
        try:
            return float(words[0].replace(",", ""))
        except ValueError:
            return None
    read = read_number_words(words)
    return read.value if read is not None and read.used == len(words) else None


@lru_cache(maxsize=4096)
def _layout(first: Passage, second: Passage, matching: Matching) -> tuple[_Block | Change, ...]:
    """The aligned region in reading order: its equal blocks and the changes around them."""
    blocks = _region(first.words, second.words, matching.gap_penalty)
    if not blocks:
        return ()
    spelling = matching.spelling
    items: list[_Block | Change] = []
    i, j, _ = blocks[0]
    a, c = _unit_at(first, i).start, _unit_at(second, j).start
    # Both outlets start the sentence differently: a replacement. One starting later only
    # quoted less, and so did one whose first words are the other's last but for spelling
    # ("We will prioritise the" and "prioritize the").
    if a < i and c < j:
        k = _alike_run(first, range(i - 1, a - 1, -1), second, range(j - 1, c - 1, -1), spelling)
        if a < i - k and c < j - k:
            items.append(_change(first, a, i - k, second, c, j - k, spelling))
        if k:
            items.append(_change(first, i - k, i, second, j - k, j, spelling))
    items.append(blocks[0])
    for (pi, pj, psize), block in pairwise(blocks):
        a, c = pi + psize, pj + psize
        if a < block[0] or c < block[1]:
            items.append(_change(first, a, block[0], second, c, block[1], spelling))
        items.append(block)
    i, j, size = blocks[-1]
    b, d = _unit_at(first, i + size - 1).stop, _unit_at(second, j + size - 1).stop
    a, c = i + size, j + size
    if a < b and c < d:
        k = _alike_run(first, range(a, b), second, range(c, d), spelling)
        if k:
            items.append(_change(first, a, a + k, second, c, c + k, spelling))
        if a + k < b and c + k < d:
            items.append(_change(first, a + k, b, second, c + k, d, spelling))
    return tuple(items)


def _alike_run(
    first: Passage, first_at: range, second: Passage, second_at: range, spelling: float
) -> int:
    """How many words, pair by pair from the start of both ranges, are one word but for
    spelling."""
    count = 0
    for one, two in zip(first_at, second_at, strict=False):  # the shorter run ends it
        if not _spelled_alike(first.words[one], second.words[two], spelling):
            break
        count += 1
    return count


def _spelled_alike(one: str, two: str, spelling: float) -> bool:
    """Whether two words are one word spelled two ways ("prioritise", "prioritize")."""
    return Levenshtein.normalized_similarity(one, two) >= spelling


def _pairs(block: _Block, first_unit: range, second_unit: range) -> range:
    """The offsets into a block whose two words lie in the two units."""
    i, j, size = block
    low = max(0, first_unit.start - i, second_unit.start - j)
    return range(low, max(low, min(size, first_unit.stop - i, second_unit.stop - j)))


def _belongs(change: Change, first_unit: range, second_unit: range) -> bool:
    """Each side lies inside its unit; an empty side, where it stands (the unit's end counts)."""
    sides = (
        (change.first_at, change.first, first_unit),
        (change.second_at, change.second, second_unit),
    )
    return all(unit.start <= at and at + len(words) <= unit.stop for at, words, unit in sides)


def _editorial(change: Change) -> bool:
    """Whether one side is all an editor's words: a gloss, not a different quotation."""
    sides = (change.first, change.second)
    return any(side and all(word.startswith("[") for word in side) for side in sides)


def _omission(change: Change, first: Passage, second: Passage) -> bool:
    """Words one outlet has where the other breaks a sentence or puts an ellipsis: left out."""
    sides = ((change.first, change.first_at, first), (change.second, change.second_at, second))
    return any(
        not words
        and 0 < at < len(passage.words)
        and passage.sentence[at - 1] != passage.sentence[at]
        for words, at, passage in sides
    )


# Grouping and judging ask about one unit pair several times (is it one quotation? do the two
# agree? how do they differ?), and about every unit pair of two passages: each unit pair is
# compared once, each passage pair laid out once. Judging comes after grouping has compared a
# whole corpus, so the cache holds a large corpus's pairs (ten thousand articles: 26,000).
@lru_cache(maxsize=65536)
def compare_units(
    first: Passage, first_unit: range, second: Passage, second_unit: range, matching: Matching
) -> Comparison:
    """Whether two units are one quotation, and how their wording differs."""
    layout = _layout(first, second, matching)
    matched = sum(
        len(_pairs(item, first_unit, second_unit))
        for item in layout
        if not isinstance(item, Change)
    )
    shorter = min(len(first_unit), len(second_unit))
    enough = max(min(matching.min_words, shorter), matching.min_share * shorter)
    if shorter == 0 or matched < enough:
        return Comparison(agreement=Agreement.UNRELATED, matched=matched, changes=())
    if shorter <= FRAGMENT_WORDS:
        # A fragment: all there, or not this one.
        agreement = Agreement.VERBATIM if matched == shorter else Agreement.UNRELATED
        return Comparison(agreement=agreement, matched=matched, changes=())
    changes = tuple(
        item
        for item in layout
        if isinstance(item, Change)
        and _belongs(item, first_unit, second_unit)
        and not _editorial(item)
        and not _omission(item, first, second)
    )
    agreement = Agreement.VARIANT if changes else Agreement.VERBATIM
    if any(change.content for change in changes):
        agreement = Agreement.CONFLICT
    return Comparison(agreement=agreement, matched=matched, changes=changes)


def word_diff(
    first_text: str,
    first: Passage,
    first_unit: range,
    second_text: str,
    second: Passage,
    second_unit: range,
    matching: Matching,
) -> tuple[Piece, ...]:
    """The two units as pieces that read left to right: shared words and each side's own."""
    comparison = compare_units(first, first_unit, second, second_unit, matching)
    if comparison.agreement is Agreement.UNRELATED:
        return ()  # a word or two in common is no alignment worth showing
    shown = set(comparison.changes)
    entries: list[tuple[str, int]] = []  # kind, word index on that kind's side
    for item in _layout(first, second, matching):
        if not isinstance(item, Change):
            entries += [("same", item[0] + k) for k in _pairs(item, first_unit, second_unit)]
        elif item in shown:
            entries += [("first", item.first_at + k) for k in range(len(item.first))]
            entries += [("second", item.second_at + k) for k in range(len(item.second))]
        elif _editorial(item) and _belongs(item, first_unit, second_unit):
            # The first outlet's words stand; the other's gloss is no difference.
            entries += [("same", item.first_at + k) for k in range(len(item.first))]
    # An expanded contraction is several words written once: show each written word once.
    seen: set[tuple[bool, tuple[int, int]]] = set()
    kept: list[tuple[str, int]] = []
    for kind, index in entries:
        spot = (kind == "second", (second if kind == "second" else first).spans[index])
        if spot not in seen:
            seen.add(spot)
            kept.append((kind, index))
    pieces = []
    for kind, group in groupby(kept, key=lambda entry: entry[0]):
        text, passage = (second_text, second) if kind == "second" else (first_text, first)
        pieces.append(Piece(kind=kind, text=_written(text, passage, (k for _, k in group))))
    return _readable(pieces)


# A shared stretch this short between two changes reads better inside them: "[-gave rise to
# me-]{+once lifted me to prominence+}", not "[-gave rise-]{+once lifted me+} to [-me-]…".
_ISLAND_WORDS = 2


def _readable(pieces: list[Piece]) -> tuple[Piece, ...]:
    """Pieces as alternating shared stretches and changes, short shared islands folded in."""
    runs: list[tuple[str, str, str]] = []  # ("same", text, "") or ("change", first, second)
    for piece in pieces:
        if piece.kind == "same":
            runs.append(("same", piece.text, ""))
            continue
        if not runs or runs[-1][0] != "change":
            runs.append(("change", "", ""))
        _, one, two = runs[-1]
        if piece.kind == "first":
            runs[-1] = ("change", f"{one} {piece.text}".strip(), two)
        else:
            runs[-1] = ("change", one, f"{two} {piece.text}".strip())
    merged: list[tuple[str, str, str]] = []
    for run in runs:
        if (
            run[0] == "change"
            and len(merged) >= 2
            and merged[-1][0] == "same"
            and len(merged[-1][1].split()) <= _ISLAND_WORDS
            and merged[-2][0] == "change"
        ):
            island = merged.pop()[1]
            _, one, two = merged.pop()
            run = (
                "change",
                " ".join(w for w in (one, island, run[1]) if w),
                " ".join(w for w in (two, island, run[2]) if w),
            )
        merged.append(run)
    flat: list[Piece] = []
    for kind, one, two in merged:
        if kind == "same":
            flat.append(Piece(kind="same", text=one))
            continue
        flat += [Piece(kind="first", text=one)] if one else []
        flat += [Piece(kind="second", text=two)] if two else []
    return tuple(flat)


def _written(text: str, passage: Passage, indices: Iterable[int]) -> str:
    """Words as written, an editor's words back in their brackets."""
    parts = []
    for bracketed, run in groupby(indices, key=lambda k: passage.editorial[k]):
        words = " ".join(text[slice(*passage.spans[k])] for k in run)
        parts.append(f"[{words}]" if bracketed else words)
    return " ".join(parts)
