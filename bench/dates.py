"""Benchmark the date finder against TimeML-annotated news sentences (TempEval-3, AQUAINT).

Usage, from the repository root: python bench/dates.py [PATH]
PATH defaults to ../shared/bench/timex_dev.jsonl, resolved from the repository root.

Scoring, overall and per form of expression:
- a gold expression is *found* when an extracted date overlaps it, and *right* when one of the
  extracted dates overlapping it has its value;
- an extracted date is *right* when one of the gold expressions it overlaps has its value, and
  wrong otherwise, spurious ones (overlapping no gold expression) included;
- precision = right extracted / extracted, recall = right gold / gold, F1 their harmonic mean.
Noisy gold values are left out on both sides: their expressions do not count as gold, and an
extracted date that overlaps only such expressions counts neither as right nor as wrong.
Week numbers are compared without their leading zero: the gold data writes 2000-W7 for the
2000-W07 that crosscheck prints (the same TIMEX3 value).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crosscheck.extract.datetext import DateMatch, find_dates  # noqa: E402
from crosscheck.lexicon import load_lexicon  # noqa: E402
from crosscheck.rules import default_rules_dir  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "bench" / "timex_dev.jsonl"
# Gold values the data's README calls noisy: durations typed as dates (P1W) and unknown digits
# (1968-XX, 1998-10-XX). Decades (199X) and times of day (2000-01-05TEV) stay in.
NOISY = re.compile(r"^P[0-9]|-XX")
MONTH = r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
WEEKDAY = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# The shape of an expression (gold or extracted), to report figures per form.
FORMS = (
    ("calendar: month + day", re.compile(rf"\b(?:{MONTH})[a-z]*\.? [0-9]|[0-9] (?:{MONTH})")),
    ("calendar: month (+ year)", re.compile(rf"\b(?:{MONTH})")),
    ("calendar: year", re.compile(r"\b(?:1[0-9]|20)[0-9]{2}\b")),
    ("weekday", re.compile(rf"(?i)\b(?:{WEEKDAY})\b")),
    (
        "relative: day word",
        re.compile(r"(?i)\b(?:today|tonight|yesterday|tomorrow|(?:last|this) (?:night|morning))"),
    ),
    ("relative: this/last/next unit", re.compile(r"(?i)\b(?:this|last|next) (?:week|month|year)")),
    ("relative: weekend", re.compile(r"(?i)\bweekend\b")),
    ("relative: ago, from now", re.compile(r"(?i)\b(?:ago|from now)\b")),
    (
        "reference: now, future, past",
        re.compile(r"(?i)\b(?:now|current(?:ly)?|future|past|recently|previously|soon)\b"),
    ),
    ("other (anaphoric, durations)", re.compile("")),
)
WEEK_ZERO = re.compile(r"-W0([0-9])")


@dataclass(frozen=True, slots=True, kw_only=True)
class Case:
    """One gold date expression with its sentence and the document's creation date."""

    sentence: str
    text: str
    value: str
    start: int
    dct: dt.date

    @property
    def end(self) -> int:
        """Where the gold expression ends in the sentence."""
        return self.start + len(self.text)

    @property
    def noisy(self) -> bool:
        """Whether the gold value is one of the noisy kinds left out of the scores."""
        return NOISY.search(self.value) is not None


@dataclass(slots=True)
class Tally:
    """One form: gold expressions found and right, extracted dates and how many are right."""

    gold: int = 0
    found: int = 0
    right: int = 0
    extracted: int = 0
    extracted_right: int = 0
    missed: Counter[str] = field(default_factory=Counter)

    def scores(self) -> tuple[float, float, float]:
        """Precision, recall and F1 of values."""
        precision = self.extracted_right / max(self.extracted, 1)
        recall = self.right / max(self.gold, 1)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


def read_cases(path: Path) -> list[Case]:
    """The gold cases of a timex JSON Lines file."""
    with path.open(encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines if line.strip()]
    return [
        Case(
            sentence=row["sentence"],
            text=row["text"],
            value=row["value"],
            start=row["char_start"],
            dct=dt.date.fromisoformat(row["dct"]),
        )
        for row in rows
    ]


def form_of(text: str) -> str:
    """The first form in FORMS whose pattern the text contains."""
    return next(name for name, pattern in FORMS if pattern.search(text))


def overlaps(match: DateMatch, start: int, end: int) -> bool:
    """Whether an extracted date shares at least one character with a gold span."""
    return match.start < end and start < match.end


def same_value(match: DateMatch, gold: str) -> bool:
    """Whether an extracted value is the gold TIMEX3 value (week numbers without a zero)."""
    return WEEK_ZERO.sub(r"-W\1", match.value.timex()) == WEEK_ZERO.sub(r"-W\1", gold)


def main(argv: list[str]) -> int:
    """Print found share, value accuracy, precision, recall and F1, per form and overall."""
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT
    cases = read_cases(path)
    by_sentence: dict[tuple[str, dt.date], list[Case]] = {}
    for case in cases:
        by_sentence.setdefault((case.sentence, case.dct), []).append(case)
    began = time.perf_counter()
    holidays = load_lexicon([default_rules_dir()]).holidays
    extracted = {
        key: find_dates(key[0], published=key[1], holidays=holidays) for key in by_sentence
    }
    elapsed = time.perf_counter() - began

    tallies = {name: Tally() for name, _ in FORMS}
    total = Tally()
    wrong: list[str] = []
    for case in cases:
        if case.noisy:
            continue
        tally = tallies[form_of(case.text)]
        hits = [
            m for m in extracted[(case.sentence, case.dct)] if overlaps(m, case.start, case.end)
        ]
        for counts in (tally, total):
            counts.gold += 1
            counts.found += bool(hits)
            counts.right += any(same_value(m, case.value) for m in hits)
        if not hits:
            tally.missed[case.text] += 1
        elif not any(same_value(m, case.value) for m in hits):
            text = case.sentence[hits[0].start : hits[0].end]
            wrong.append(f"{text!r} -> {hits[0].value.timex()} (gold {case.text!r} {case.value})")

    spurious: list[str] = []
    only_noisy = 0
    for key, matches in extracted.items():
        for match in matches:
            golds = [c for c in by_sentence[key] if overlaps(match, c.start, c.end)]
            scored = [c for c in golds if not c.noisy]
            if golds and not scored:
                only_noisy += 1
                continue
            text = key[0][match.start : match.end]
            tally = tallies[form_of(text)]
            right = any(same_value(match, c.value) for c in scored)
            for counts in (tally, total):
                counts.extracted += 1
                counts.extracted_right += right
            if not scored:
                spurious.append(f"{text!r} -> {match.value.timex()}")

    noisy = sum(case.noisy for case in cases)
    precision, recall, f1 = total.scores()
    print(f"{path.name}: {len(cases)} gold expressions in {len(by_sentence)} sentences")
    print(f"left out as noisy gold values (P1W, 1968-XX): {noisy}")
    print(f"found: {total.found}/{total.gold} = {total.found / total.gold:.1%}")
    print(
        f"value accuracy among found: {total.right}/{total.found}"
        f" = {total.right / max(total.found, 1):.1%}"
    )
    print(f"extracted dates overlapping no gold expression: {len(spurious)}")
    print(f"extracted dates overlapping only noisy gold (not scored): {only_noisy}")
    print(
        f"values: precision {total.extracted_right}/{total.extracted} = {precision:.3f}, "
        f"recall {total.right}/{total.gold} = {recall:.3f}, F1 = {f1:.3f}"
    )
    print(f"extraction time: {elapsed * 1000:.0f} ms")
    header = f"{'form':32} {'gold':>5} {'found':>6} {'right':>6} {'extr.':>6} {'right':>6}"
    print(f"\n{header} {'P':>6} {'R':>6} {'F1':>6}")
    for name, tally in tallies.items():
        p, r, f = tally.scores()
        print(
            f"{name:32} {tally.gold:5d} {tally.found:6d} {tally.right:6d}"
            f" {tally.extracted:6d} {tally.extracted_right:6d} {p:6.3f} {r:6.3f} {f:6.3f}"
        )
    print("\nmost common missed gold texts:")
    missed = sum((t.missed for t in tallies.values()), Counter[str]())
    for text, count in missed.most_common(25):
        print(f"  {count:3d}  {text}")
    print("\nfound with a different value:")
    for line in wrong:
        print(f"  {line}")
    print("\nextracted dates overlapping no gold expression:")
    for line in spurious:
        print(f"  {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
