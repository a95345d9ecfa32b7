"""Run the property tests of tests/test_properties.py for a time budget: a deeper search than CI's.

Run from the repository root: `python bench/fuzz.py [--minutes M] [--seed S]`. Each round runs
every property test with many more examples than the suite does, from a fresh random seed,
until the budget is spent. A failure prints hypothesis's smallest falsifying example and the
seed to rerun it with, and exits 1. Not part of CI: how long it runs is the point.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hypothesis import seed, settings  # noqa: E402

EXAMPLES = 2_000
# The tests' own settings inherit from the profile loaded when they are defined, so the profile
# must be loaded before the module is imported.
settings.register_profile("fuzz", max_examples=EXAMPLES, database=None, print_blob=True)
settings.load_profile("fuzz")

from tests import test_properties  # noqa: E402


def property_tests() -> dict[str, Callable[[], None]]:
    """The module's hypothesis tests by name."""
    return {
        name: test
        for name, test in vars(test_properties).items()
        if name.startswith("test_") and hasattr(test, "hypothesis")
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0, help="time budget (default 10)")
    parser.add_argument("--seed", type=int, help="the first round's seed, to rerun a failure")
    options = parser.parse_args()
    stop = time.monotonic() + options.minutes * 60
    tests = property_tests()
    runs: dict[str, int] = dict.fromkeys(tests, 0)
    began = time.monotonic()
    while time.monotonic() < stop:
        first = options.seed is not None and not any(runs.values())
        round_seed = options.seed if first else random.randrange(2**32)
        for name, test in tests.items():
            if time.monotonic() >= stop:
                break
            seeded: Any = seed(round_seed)(test)
            try:
                seeded()
            except Exception:
                print(f"FAILED {name}; rerun with --seed {round_seed}", flush=True)
                raise
            runs[name] += 1
            print(
                f"{time.monotonic() - began:7.0f} s  {name}: round {runs[name]} passed", flush=True
            )
    examples = sum(runs.values()) * EXAMPLES
    print(f"no failure in {time.monotonic() - began:.0f} s: about {examples:,} examples")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
