"""The same articles give the same bytes: across runs, process counts, hash seeds and the cache.

Each run is a fresh interpreter, because string hashing (PYTHONHASHSEED) is fixed when one
starts, and set iteration order with it. The corpus is large enough for `--jobs 2` to really
fork workers.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = 48  # above the count from which extraction runs in worker processes


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    generate = [sys.executable, str(ROOT / "bench" / "generate.py"), str(ARTICLES), str(folder)]
    subprocess.run([*generate, "--seed", "3"], check=True, capture_output=True, cwd=ROOT)
    return folder


def crosscheck(args: list[str], *, hash_seed: str, cache: Path | None = None) -> bytes:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed, "NO_COLOR": "1", "COLUMNS": "120"}
    if cache is None:
        env["CROSSCHECK_NO_CACHE"] = "1"
    else:
        env["CROSSCHECK_CACHE"] = str(cache)
    done = subprocess.run(
        [sys.executable, "-m", "crosscheck", *args], capture_output=True, env=env, cwd=ROOT
    )
    assert done.returncode in (0, 1), done.stderr.decode()
    return done.stdout


def test_report_bytes_do_not_depend_on_jobs_hash_seed_or_cache(
    corpus: Path, tmp_path: Path
) -> None:
    command = ["report", "--format", "json", str(corpus)]
    reference = crosscheck([*command, "--jobs", "1"], hash_seed="0")
    assert b'"conflict"' in reference
    cache = tmp_path / "cache.sqlite"
    runs = {
        "jobs 2, another hash seed": crosscheck([*command, "--jobs", "2"], hash_seed="1"),
        "cold cache": crosscheck([*command, "--jobs", "2"], hash_seed="2", cache=cache),
        "warm cache": crosscheck([*command, "--jobs", "1"], hash_seed="3", cache=cache),
    }
    for name, output in runs.items():
        assert output == reference, name
