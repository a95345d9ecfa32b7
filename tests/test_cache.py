"""The extraction cache and parallel extraction: faster reruns, never a different result."""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import os
import pickle
import sqlite3
from pathlib import Path

import pytest

import crosscheck.cache
import crosscheck.pipeline
from crosscheck.cache import ExtractionCache, article_key, pack
from crosscheck.corpus import read_articles
from crosscheck.lexicon import Lexicon
from crosscheck.model import Article
from crosscheck.pipeline import Setup, extract_many
from crosscheck.resolve import Extraction
from tests.conftest import SEEDS, make_article, run_cli

ARTICLE = make_article("Jane Roe, 34, was sworn in as mayor on Monday.", id="roe")


@pytest.fixture
def seeds() -> tuple[Article, ...]:
    return read_articles([str(SEEDS)])


@pytest.fixture
def warnings() -> list[str]:
    return []


@pytest.fixture
def cache_path(tmp_path: Path) -> Path:
    return tmp_path / "cache" / "cache.sqlite"


def open_cache(path: Path, warnings: list[str]) -> ExtractionCache:
    return ExtractionCache(path, warn=warnings.append)


@pytest.mark.parametrize(
    "change",
    [
        {"text": ARTICLE.text + " More."},
        {"id": "other"},
        {"path": "elsewhere/roe.txt"},
        {"published": dt.date(2025, 1, 1)},
        {"body_start": 5},
    ],
    ids=["text", "id", "path", "published", "body start"],
)
def test_the_key_changes_with_anything_extraction_reads(change: dict[str, object]) -> None:
    changed = dataclasses.replace(ARTICLE, **change)  # type: ignore[arg-type]
    assert article_key(changed, "v") != article_key(ARTICLE, "v")


def test_the_key_changes_with_the_vocabulary_and_is_stable() -> None:
    assert article_key(ARTICLE, "v1") == article_key(make_article(ARTICLE.text, id="roe"), "v1")
    assert article_key(ARTICLE, "v1") != article_key(ARTICLE, "v2")


def test_a_cached_extraction_comes_back_equal(
    seeds: tuple[Article, ...], setup: Setup, cache_path: Path, warnings: list[str]
) -> None:
    fresh = extract_many(seeds, setup)
    keys = [article_key(a, setup.vocabulary) for a in seeds]
    cache = open_cache(cache_path, warnings)
    cache.put({key: pack(e) for key, e in zip(keys, fresh, strict=True)})
    cache.close()
    again = open_cache(cache_path, warnings)
    assert [again.get(keys)[key] for key in keys] == list(fresh)
    assert warnings == []
    assert (cache_path.parent / ".gitignore").read_text().splitlines()[-1] == "*"


def test_a_rerun_extracts_only_new_articles(
    seeds: tuple[Article, ...],
    setup: Setup,
    cache_path: Path,
    warnings: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    extracted: list[str] = []
    from crosscheck.extract import extract as real

    def counting(article: Article, lexicon: Lexicon) -> Extraction:
        extracted.append(article.id)
        return real(article, lexicon)

    monkeypatch.setattr(crosscheck.pipeline, "extract", counting)
    first = extract_many(seeds, setup, cache=open_cache(cache_path, warnings))
    assert len(extracted) == len(seeds)
    extracted.clear()
    again = extract_many((*seeds, ARTICLE), setup, cache=open_cache(cache_path, warnings))
    assert extracted == ["roe"]
    assert again[: len(seeds)] == first


def test_a_damaged_cache_file_is_rebuilt_with_a_warning(
    seeds: tuple[Article, ...], setup: Setup, cache_path: Path, warnings: list[str]
) -> None:
    cache_path.parent.mkdir()
    cache_path.write_bytes(b"this is not a database" * 100)
    cache = open_cache(cache_path, warnings)
    assert len(warnings) == 1 and "damaged" in warnings[0] and "rebuilding" in warnings[0]
    assert extract_many(seeds, setup, cache=cache) == extract_many(seeds, setup)
    assert len(open_cache(cache_path, warnings).get([article_key(seeds[0], setup.vocabulary)]))


def test_a_damaged_entry_is_extracted_again(
    setup: Setup, cache_path: Path, warnings: list[str]
) -> None:
    key = article_key(ARTICLE, setup.vocabulary)
    cache = open_cache(cache_path, warnings)
    cache.put({key: pack(extract_many([ARTICLE], setup)[0])})
    cache.close()
    with sqlite3.connect(cache_path) as connection:
        connection.execute("UPDATE extraction SET data = ?", (b"\x80\x05garbage",))
    cache = open_cache(cache_path, warnings)
    assert cache.get([key]) == {}
    assert warnings and "1 unreadable entries" in warnings[0]


class _Planted:
    """What a hostile cache file could hold: unpickling it would create a file."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, ...]:
        return (os.mkdir, (str(self.marker),))


def test_a_planted_entry_cannot_run_code(
    setup: Setup, cache_path: Path, tmp_path: Path, warnings: list[str]
) -> None:
    key = article_key(ARTICLE, setup.vocabulary)
    open_cache(cache_path, warnings).close()
    marker = tmp_path / "planted"
    with sqlite3.connect(cache_path) as connection:
        code = connection.execute("SELECT ?", (crosscheck.cache.code_version(),)).fetchone()[0]
        connection.execute(
            "INSERT INTO extraction VALUES (?, ?, ?)", (key, code, pickle.dumps(_Planted(marker)))
        )
    assert open_cache(cache_path, warnings).get([key]) == {}
    assert not marker.exists()


def test_entries_of_other_code_are_dropped_on_opening(
    cache_path: Path, warnings: list[str]
) -> None:
    open_cache(cache_path, warnings).close()
    with sqlite3.connect(cache_path) as connection:
        connection.execute("INSERT INTO extraction VALUES ('k', 'old code', x'00')")
    open_cache(cache_path, warnings).close()
    with sqlite3.connect(cache_path) as connection:
        assert connection.execute("SELECT count(*) FROM extraction").fetchone() == (0,)


def test_a_cache_that_cannot_be_created_is_skipped_with_a_warning(
    seeds: tuple[Article, ...], setup: Setup, tmp_path: Path, warnings: list[str]
) -> None:
    (tmp_path / "blocked").write_text("a file where the cache folder should be")
    cache = open_cache(tmp_path / "blocked" / "cache.sqlite", warnings)
    assert len(warnings) == 1 and "running without it" in warnings[0]
    assert extract_many(seeds, setup, cache=cache) == extract_many(seeds, setup)


def test_several_processes_extract_the_same_as_one(
    seeds: tuple[Article, ...],
    setup: Setup,
    cache_path: Path,
    warnings: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(crosscheck.pipeline, "_PARALLEL_FROM", 2)
    # Only a worker process packs what it extracts: were the pool skipped, every other assertion
    # here would still hold.
    assert all(data for _, data in crosscheck.pipeline._extracted(seeds, setup.lexicon, 2))
    alone = extract_many(seeds, setup, jobs=1)
    assert extract_many(seeds, setup, jobs=2) == alone
    # What the workers hand back is what the cache keeps.
    assert extract_many(seeds, setup, jobs=2, cache=open_cache(cache_path, warnings)) == alone
    assert extract_many(seeds, setup, cache=open_cache(cache_path, warnings)) == alone
    assert warnings == []


def test_report_is_byte_identical_with_jobs_and_a_warm_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(crosscheck.pipeline, "_PARALLEL_FROM", 2)
    cache = str(tmp_path / "c.sqlite")
    outputs = [
        run_cli(["report", str(SEEDS), "--format", "json", *args]).stdout
        for args in (
            ["--no-cache", "--jobs", "1"],
            ["--no-cache", "--jobs", "2"],
            ["--cache", cache],
            ["--cache", cache],
        )
    ]
    assert outputs[0] and len(set(outputs)) == 1
    assert Path(cache).is_file()


def test_no_cache_writes_nothing(tmp_path: Path) -> None:
    cache = tmp_path / "never" / "cache.sqlite"
    result = run_cli(["report", str(SEEDS), "--no-cache", "--cache", str(cache)])
    assert result.exit_code == 0
    assert not cache.parent.exists()


def test_the_cache_file_can_come_from_the_environment(tmp_path: Path) -> None:
    cache = tmp_path / "env" / "cache.sqlite"
    result = run_cli(
        ["extract", str(SEEDS), "--format", "json"], env={"CROSSCHECK_CACHE": str(cache)}
    )
    assert result.exit_code == 0
    assert cache.is_file()


def test_a_damaged_cache_warns_and_changes_nothing(tmp_path: Path) -> None:
    cache = tmp_path / "cache.sqlite"
    clean = run_cli(["report", str(SEEDS), "--format", "json", "--no-cache"]).stdout
    cache.write_bytes(b"\x00garbage" * 64)
    result = run_cli(["report", str(SEEDS), "--format", "json", "--cache", str(cache)])
    assert result.exit_code == 0
    assert result.stdout == clean
    assert result.stderr.startswith("Warning: cache ") and "rebuilding it" in result.stderr


def test_cache_clear_removes_the_file(tmp_path: Path) -> None:
    cache = tmp_path / "cache.sqlite"
    run_cli(["report", str(SEEDS), "--cache", str(cache)])
    assert cache.is_file()
    removed = run_cli(["cache", "clear", "--cache", str(cache)])
    assert removed.exit_code == 0 and removed.stdout == f"Removed {cache}\n"
    assert not cache.exists()
    again = run_cli(["cache", "clear", "--cache", str(cache)])
    assert again.exit_code == 0 and again.stdout == f"No cache at {cache}\n"


@pytest.mark.parametrize("jobs", ["0", "-1", "many"])
def test_jobs_must_be_a_positive_number(jobs: str) -> None:
    result = run_cli(["report", str(SEEDS), "--jobs", jobs])
    assert result.exit_code == 2
    assert "--jobs" in result.stderr


def test_the_cycle_collector_is_back_on_after_a_command() -> None:
    # Commands switch it off while they analyze; a caller of the CLI must get it back.
    assert gc.isenabled()
    assert run_cli(["report", str(SEEDS), "--format", "json"]).exit_code == 0
    assert gc.isenabled()
