"""Time every extractor on 1 MB adversarial inputs, to catch catastrophic regex backtracking.

Run from the repository root: `python bench/adversarial.py [--budget SECONDS]`. Prints the
time per input and per extractor, as the extraction stage runs it (up to `MAX_PER_KIND`
statements), and exits 1 if any extractor needs more than the budget (default 1 s) on any
input. This is a benchmark, not a test: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crosscheck.extract import EXTRACTORS, statements  # noqa: E402
from crosscheck.extract.base import prepare  # noqa: E402
from crosscheck.model import Article  # noqa: E402
from crosscheck.pipeline import load_setup  # noqa: E402

MEGABYTE = 1_000_000

# Long runs of what the patterns look for, where a careless pattern backtracks.
INPUTS = {
    "digits": "1" * MEGABYTE,
    "capitals": "A" * MEGABYTE,
    "capital-words": "Jane Roe Smith " * (MEGABYTE // 15),
    "punctuation": ".,;:-/" * (MEGABYTE // 6),
    "digit-separators": "12/12/12-12- " * (MEGABYTE // 13),
    "whitespace-run": "January" + " " * MEGABYTE + "x",
    "quotes": "“'\"‘’”" * (MEGABYTE // 6),
    "month-words": "MAY JANUARY THE " * (MEGABYTE // 16),
    "count-words": "in a " * (MEGABYTE // 5),
    "the": "the " * (MEGABYTE // 4),
    "abbreviations": "U.S. Mr. Dr. " * (MEGABYTE // 13),
    "tense-cue-run": "Friday " + "ed" * (MEGABYTE // 2),
    "sentence-breaks": "Friday " + "A. " * (MEGABYTE // 3),
    "attributed-quotes": "Jane Roe said, “We will win it all.” " * (MEGABYTE // 37),
    "pronoun-quotes": "“We will win,” he said. " * (MEGABYTE // 24),
    "scare-quotes": "a “b” " * (MEGABYTE // 6),
    "ages": "Jane Roe, 34, " * (MEGABYTE // 14),
    "titles": "the former mayor " * (MEGABYTE // 17),
    "appositives": "Jane Roe, the " * (MEGABYTE // 14),
    "places": "in Washington " * (MEGABYTE // 14),
    "dates": "said Friday will " * (MEGABYTE // 17),
    "relative": "two days ago " * (MEGABYTE // 13),
    "references": "now " * (MEGABYTE // 4),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--budget", type=float, default=1.0, help="seconds per extractor and input")
    budget = parser.parse_args().budget
    lexicon = load_setup().lexicon
    slow = 0
    print(f"{'input':18} {'prepare':>8} " + " ".join(f"{kind.value:>8}" for kind in EXTRACTORS))
    for name, text in INPUTS.items():
        article = Article(id=name, path=name, text=text, published=dt.date(2025, 11, 18))
        began = time.perf_counter()
        source = prepare(article, lexicon)
        times = [time.perf_counter() - began]
        for extractor in EXTRACTORS.values():
            began = time.perf_counter()
            statements(extractor, source)
            times.append(time.perf_counter() - began)
        slow += sum(t > budget for t in times)
        print(f"{name:18} " + " ".join(f"{t:8.2f}" for t in times), flush=True)
    print(f"{slow} over the budget of {budget:g} s" if slow else f"all under {budget:g} s")
    return 1 if slow else 0


if __name__ == "__main__":
    raise SystemExit(main())
