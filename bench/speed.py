"""Measure crosscheck end to end on generated corpora of 100, 1,000 and 10,000 articles.

Run from the repository root: `python bench/speed.py [--sizes 100 1000 10000] [--jobs N]`.

For each size it builds a corpus with bench/generate.py (kept under --corpora for reruns), then:
- runs `crosscheck report DIR --format json --no-cache` as a user would, timing the wall clock,
  then once more sampling the memory (PSS) of the whole process tree, workers included, for its
  peak (reading a large process's memory map slows it: 38.8 s became 43.5 s on 10,000);
- reruns the same pipeline in one process with a stopwatch on each stage (load, extract,
  resolve, group, rules, render), set up as the CLI sets it up;
- runs it twice more with a cache (the second run is "warm") and once with --jobs 1, and
  checks that all of them print byte-identical JSON.
It prints a Markdown table for the README, and whether the targets are met: 10,000 articles in
under 20 s and 1.5 GB, and 10,000 taking at most 12 times as long as 1,000.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import os
import platform
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET_SECONDS = 20.0
TARGET_BYTES = 1.5e9
TARGET_GROWTH = 12.0
_SAMPLE_EVERY = 0.02


def tree_memory(pid: int) -> int:
    """Memory in bytes of a process and all its descendants (Linux /proc).

    Proportional set size: a page the parent shares with its forked workers counts once, split
    between them, where resident sizes would count it in each.
    """
    total, pending = 0, [pid]
    while pending:
        current = pending.pop()
        try:
            rollup = Path(f"/proc/{current}/smaps_rollup").read_text()
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue  # it ended between two reads
        for line in rollup.splitlines():
            if line.startswith("Pss:"):
                total += int(line.split()[1]) * 1024
        pending.extend(int(child) for child in children)
    return total


def measure(command: list[str], *, sample: bool = False) -> tuple[float, int, bytes]:
    """Wall seconds, peak tree memory in bytes (0 unless `sample`), and standard output of one
    command."""
    began = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE)
    peak = 0
    output: list[bytes] = []
    reader = threading.Thread(target=lambda: output.append(process.stdout.read()))  # type: ignore[union-attr]
    reader.start()
    while process.poll() is None:
        if sample:
            peak = max(peak, tree_memory(process.pid))
        time.sleep(_SAMPLE_EVERY)
    reader.join()
    elapsed = time.perf_counter() - began
    if process.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed with exit code {process.returncode}")
    return elapsed, peak, output[0]


def stages(folder: str, jobs: int) -> dict[str, float]:
    """Seconds spent in each stage of one in-process run, without a cache.

    Python's cycle collector is off, as the CLI has it while it analyzes.
    """
    gc.disable()
    from crosscheck.corpus import load
    from crosscheck.evaluate import evaluate
    from crosscheck.group import group
    from crosscheck.pipeline import Report, extract_many, load_setup
    from crosscheck.render.json import report_json
    from crosscheck.resolve import resolve

    times: dict[str, float] = {}
    clock = time.perf_counter()

    def lap(stage: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        times[stage] = now - clock
        clock = now

    setup = load_setup()
    articles = load([folder]).articles
    lap("load")
    extractions = extract_many(articles, setup, jobs=jobs)
    lap("extract")
    assertions = resolve(extractions, setup.lexicon)
    lap("resolve")
    claims = group(assertions)
    lap("group")
    findings = evaluate(claims, setup.rules)
    lap("rules")
    report_json(Report(articles=articles, assertions=assertions, findings=findings))
    lap("render")
    return times


def run_size(size: int, corpora: Path, jobs: int, seed: int) -> dict[str, float | str]:
    from generate import generate

    folder = corpora / str(size)
    if len(list(folder.glob("story-*.txt"))) != size:
        generate(size, folder, seed=seed)
    report = [sys.executable, "-m", "crosscheck", "report", str(folder), "--format", "json"]
    wall, _, cold = measure([*report, "--no-cache", "--jobs", str(jobs)])
    _, peak, _ = measure([*report, "--no-cache", "--jobs", str(jobs)], sample=True)
    staged = subprocess.run(
        [sys.executable, __file__, "--stages", str(folder), "--jobs", str(jobs)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    with tempfile.TemporaryDirectory() as scratch:
        cached = [*report, "--cache", str(Path(scratch) / "cache.sqlite"), "--jobs", str(jobs)]
        measure(cached)
        warm_wall, _, warm = measure(cached)
    _, _, single = measure([*report, "--no-cache", "--jobs", "1"])
    identical = len({hashlib.sha256(out).hexdigest() for out in (cold, warm, single)}) == 1
    return {
        "articles": size,
        "wall": wall,
        "peak": peak,
        "warm": warm_wall,
        "identical": "yes" if identical else "NO",
        **json.loads(staged.stdout),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--jobs", type=int, default=len(os.sched_getaffinity(0)))
    parser.add_argument(
        "--corpora", type=Path, default=Path(tempfile.gettempdir()) / "crosscheck-bench"
    )
    parser.add_argument("--seed", type=int, default=8, help="generator seed")
    parser.add_argument("--stages", metavar="DIR", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stages:
        print(json.dumps(stages(args.stages, args.jobs)))
        return 0
    rows = [run_size(size, args.corpora, args.jobs, args.seed) for size in args.sizes]
    print(
        f"Machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores,"
        f" Python {platform.python_version()}, --jobs {args.jobs}"
    )
    names = ("load", "extract", "resolve", "group", "rules", "render")
    print(
        "| articles | wall (s) | articles/s | peak memory (MB) | "
        + " | ".join(f"{n} (s)" for n in names)
        + " | warm cache (s) | same output |"
    )
    print("|---:" * (len(names) + 5) + "|:-:|")
    for row in rows:
        cells = [
            f"{row['articles']:,}",
            f"{row['wall']:.2f}",
            f"{row['articles'] / row['wall']:,.0f}",
            f"{row['peak'] / 1e6:,.0f}",
            *(f"{row[n]:.2f}" for n in names),
            f"{row['warm']:.2f}",
            str(row["identical"]),
        ]
        print("| " + " | ".join(cells) + " |")
    by_size = {row["articles"]: row for row in rows}
    failures = [str(row["articles"]) for row in rows if row["identical"] != "yes"]
    if 10000 in by_size:
        big = by_size[10000]
        print(
            f"10,000 articles: {big['wall']:.1f} s (target < {TARGET_SECONDS:g}),"
            f" {big['peak'] / 1e9:.2f} GB (target < {TARGET_BYTES / 1e9:g})"
        )
        failures += ["time"] if big["wall"] >= TARGET_SECONDS else []
        failures += ["memory"] if big["peak"] >= TARGET_BYTES else []
        if 1000 in by_size:
            growth = big["wall"] / by_size[1000]["wall"]
            print(f"growth 1,000 -> 10,000: {growth:.1f}x (target <= {TARGET_GROWTH:g}x)")
            failures += ["growth"] if growth > TARGET_GROWTH else []
    print("targets met" if not failures else f"missed: {', '.join(failures)}")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
