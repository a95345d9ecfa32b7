"""Benchmark the number reader against Recognizers-Text's English specs (numbers_dev.jsonl).

Usage, from the repository root: python bench/number_values.py [PATH]
PATH defaults to ../shared/bench/numbers_dev.jsonl, resolved from the repository root.

`find_numbers` runs with the shipped lexicon (rules/lexicon/*.toml: hedges and tolerances).
Scoring, per kind of case and in total:
- an expected number is *found* when an extracted number overlaps its span;
- it is *right* when one of those has its value: for a single number the stated value, equal
  within 1e-6 relative; for a range (the `range` cases, which include one-sided bounds such as
  "more than 30") its two ends. The specs' inclusive/exclusive flags are ignored, as the data's
  README asks, and a lower end of 0 counts as an open one: the reader gives "less than 3000" the
  floor 0 (counts are never negative) where the specs leave it open;
- ages ("five years old") are the age extractor's job: here the number inside the span ("five")
  is what is scored;
- false positives: numbers extracted in the `negative` cases ("one" as a pronoun); and, apart,
  extra numbers that overlap no expected span in the other cases (mostly real numbers the specs do
  not annotate, such as years, "27 %" next to a currency amount).
"""

from __future__ import annotations

import json
import math
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# This file's folder comes first on sys.path when run as a script, and this file's name would
# hide the standard library's `numbers` (which `decimal` imports): put the repository there.
sys.path[0] = str(ROOT)

from crosscheck.numbers import NumberMatch, find_numbers  # noqa: E402
from crosscheck.pipeline import load_setup  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "bench" / "numbers_dev.jsonl"
KINDS = ("cardinal", "decimal", "fraction", "large", "range", "age", "percent", "currency")


@dataclass(frozen=True, slots=True, kw_only=True)
class Expected:
    """One expected number: its span in the case's input and its gold value."""

    text: str
    start: int
    end: int
    value: Any  # a number, or {"min", "max", ...} for a range


@dataclass(frozen=True, slots=True, kw_only=True)
class Case:
    """One sentence of the specs and the numbers it holds (none for a negative case)."""

    id: str
    kind: str
    input: str
    expected: tuple[Expected, ...]


def read_cases(path: Path) -> list[Case]:
    """The cases of a numbers JSON Lines file."""
    cases = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            row = json.loads(line)
            expected = tuple(
                Expected(text=e["text"], start=e["start"], end=e["end"], value=e["value"])
                for e in row["expected"]
            )
            cases.append(
                Case(id=row["id"], kind=row["kind"], input=row["input"], expected=expected)
            )
    return cases


def same(mine: float | None, gold: float | None, *, lower: bool = False) -> bool:
    """Equal within 1e-6 relative; None on both sides is equal (and 0 vs an open lower end)."""
    if gold is None:
        return mine is None or (lower and mine == 0)
    return mine is not None and math.isclose(mine, gold, rel_tol=1e-6, abs_tol=1e-9)


def right(match: NumberMatch, gold: Any) -> bool:
    """Whether an extracted number has the gold value (a number, or a range's two ends)."""
    value = match.value
    if isinstance(gold, dict):
        return same(value.min, gold["min"], lower=True) and same(value.max, gold["max"])
    return same(value.value, float(gold))


def describe(match: NumberMatch, text: str) -> str:
    """How an extracted number prints in the lists of misses."""
    value = match.value
    shown = value.describe() if value.value is None else f"{value.value:g}"
    return f"{text[match.start : match.end]!r} {match.kind} {shown} {value.unit}".rstrip()


@dataclass(slots=True)
class Tally:
    """One kind: cases, expected numbers found and right, false positives and extras."""

    cases: int = 0
    expected: int = 0
    found: int = 0
    right: int = 0
    false_positives: int = 0
    extra: int = 0


def main(argv: list[str]) -> int:
    """Print found and right shares per kind, false positives, and the misses."""
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT
    cases = read_cases(path)
    lexicon = load_setup().lexicon
    began = time.perf_counter()
    extracted = {case.id: find_numbers(case.input, lexicon=lexicon) for case in cases}
    elapsed = time.perf_counter() - began

    tallies = {kind: Tally() for kind in (*KINDS, "negative")}
    missed: list[str] = []
    wrong: list[str] = []
    spurious: list[str] = []
    for case in cases:
        tally = tallies.setdefault(case.kind, Tally())
        tally.cases += 1
        matches = extracted[case.id]
        for gold in case.expected:
            hits = [m for m in matches if m.start < gold.end and gold.start < m.end]
            tally.expected += 1
            tally.found += bool(hits)
            tally.right += any(right(m, gold.value) for m in hits)
            if not hits:
                missed.append(f"{case.id}: {gold.text!r}")
            elif not any(right(m, gold.value) for m in hits):
                found = "; ".join(describe(m, case.input) for m in hits)
                wrong.append(f"{case.id}: {gold.text!r} gold {gold.value} -> {found}")
        for match in matches:
            if any(match.start < g.end and g.start < match.end for g in case.expected):
                continue
            if case.kind == "negative":
                tally.false_positives += 1
            else:
                tally.extra += 1
            spurious.append(f"{case.id} ({case.kind}): {describe(match, case.input)}")

    total = Tally()
    header = (
        f"{'kind':10} {'cases':>5} {'exp.':>5} {'found':>12} {'right':>12} {'FP':>4} {'extra':>5}"
    )
    print(f"{path.name}: {len(cases)} cases; extraction {elapsed * 1000:.0f} ms\n\n{header}")
    for kind, tally in tallies.items():
        for field in ("cases", "expected", "found", "right", "false_positives", "extra"):
            setattr(total, field, getattr(total, field) + getattr(tally, field))
        print(row(kind, tally))
    print(row("total", total))
    for title, lines in (
        ("missed", missed),
        ("found with another value", wrong),
        ("numbers outside every expected span (false positives on negative cases)", spurious),
    ):
        print(f"\n{title}: {len(lines)}")
        for line in lines:
            print(f"  {line}")
    print("\nextra numbers by text:", dict(Counter(s.split(": ", 1)[1] for s in spurious)))
    return 0


def row(kind: str, tally: Tally) -> str:
    """One line of the table: counts and shares."""

    def share(part: int) -> str:
        return f"{part:3d} {part / tally.expected:6.1%}" if tally.expected else f"{part:3d}    —  "

    return (
        f"{kind:10} {tally.cases:5d} {tally.expected:5d} {share(tally.found):>12}"
        f" {share(tally.right):>12} {tally.false_positives:4d} {tally.extra:5d}"
    )


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
