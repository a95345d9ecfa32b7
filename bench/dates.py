"""Benchmark the date finder against TimeML-annotated news sentences (TempEval-3, AQUAINT).

Usage, from the repository root: python bench/dates.py [PATH]
PATH defaults to ../shared/bench/timex_dev.jsonl, resolved from the repository root.
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
# The shape of a gold expression, to tell misses in scope (calendar dates) from those out of it.
FORMS = (
    ("calendar: month + day", re.compile(rf"\b(?:{MONTH})[a-z]*\.? [0-9]|[0-9] (?:{MONTH})")),
    ("calendar: month (+ year)", re.compile(rf"\b(?:{MONTH})")),
    ("calendar: year", re.compile(r"\b(?:1[0-9]|20)[0-9]{2}\b")),
    ("weekday (out of scope)", re.compile(rf"(?i)\b(?:{WEEKDAY})\b")),
    ("other relative (out of scope)", re.compile("")),
)


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


@dataclass(slots=True)
class Tally:
    """Gold expressions of one form: how many, how many found, how many with the right value."""

    gold: int = 0
    found: int = 0
    right: int = 0
    missed: Counter[str] = field(default_factory=Counter)


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
    """The first form in FORMS whose pattern the gold text contains."""
    return next(name for name, pattern in FORMS if pattern.search(text))


def overlaps(match: DateMatch, start: int, end: int) -> bool:
    """Whether an extracted date shares at least one character with a gold span."""
    return match.start < end and start < match.end


def main(argv: list[str]) -> int:
    """Print found share, value accuracy, spurious dates and the most common misses."""
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

    scored = [case for case in cases if not NOISY.search(case.value)]
    tallies = {name: Tally() for name, _ in FORMS}
    wrong: list[str] = []
    for case in scored:
        tally = tallies[form_of(case.text)]
        tally.gold += 1
        hits = [
            m for m in extracted[(case.sentence, case.dct)] if overlaps(m, case.start, case.end)
        ]
        if not hits:
            tally.missed[case.text] += 1
            continue
        tally.found += 1
        if hits[0].value.timex() == case.value:
            tally.right += 1
        else:
            text = case.sentence[hits[0].start : hits[0].end]
            wrong.append(f"{text!r} -> {hits[0].value.timex()} (gold {case.text!r} {case.value})")
    spurious = [
        key[0][m.start : m.end]
        for key, matches in extracted.items()
        for m in matches
        if not any(overlaps(m, c.start, c.end) for c in by_sentence[key])
    ]

    found = sum(t.found for t in tallies.values())
    right = sum(t.right for t in tallies.values())
    missed = sum((t.missed for t in tallies.values()), Counter[str]())
    print(f"{path.name}: {len(cases)} gold expressions in {len(by_sentence)} sentences")
    print(f"left out as noisy gold values (P1W, 1968-XX): {len(cases) - len(scored)}")
    print(f"found: {found}/{len(scored)} = {found / len(scored):.1%}")
    print(f"value accuracy among found: {right}/{found} = {right / max(found, 1):.1%}")
    print(f"extracted dates overlapping no gold expression: {len(spurious)}")
    print(f"extraction time: {elapsed * 1000:.0f} ms")
    print(f"\n{'form of the gold expression':32} {'gold':>5} {'found':>6} {'right value':>12}")
    for name, tally in tallies.items():
        print(f"{name:32} {tally.gold:5d} {tally.found:6d} {tally.right:12d}")
    print("\nmost common missed gold texts:")
    for text, count in missed.most_common(15):
        print(f"  {count:3d}  {text}")
    print("\nmissed calendar expressions (in scope):")
    for name, tally in tallies.items():
        if name.startswith("calendar"):
            for text, count in tally.missed.most_common():
                print(f"  {count:3d}  {text}")
    print("\nfound with a different value:")
    for line in wrong:
        print(f"  {line}")
    print("\nextracted dates overlapping no gold expression:")
    for text in spurious:
        print(f"  {text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
