"""Shared test helpers: the shipped vocabulary and rules, articles from text, a CLI runner."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from crosscheck.cli import main
from crosscheck.extract.base import Source, prepare
from crosscheck.lexicon import Lexicon
from crosscheck.model import Article
from crosscheck.pipeline import Setup, load_setup

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(autouse=True)
def _own_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test's CLI runs get an empty cache of their own, never one in the working tree."""
    folder = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("CROSSCHECK_CACHE", str(folder / "cache.sqlite"))


@pytest.fixture(scope="session")
def setup() -> Setup:
    """The default rules and lexicon, as shipped in rules/."""
    return load_setup()


@pytest.fixture(scope="session")
def lexicon(setup: Setup) -> Lexicon:
    return setup.lexicon


def make_article(text: str, *, id: str = "a", published: dt.date | None = None) -> Article:
    """An article made from a snippet of text."""
    return Article(id=id, path=f"{id}.txt", text=text, published=published)


def make_source(text: str, lexicon: Lexicon, *, published: dt.date | None = None) -> Source:
    """A snippet prepared for extraction, as the pipeline prepares a whole article."""
    return prepare(make_article(text, published=published), lexicon)


def run_cli(
    args: Sequence[str],
    *,
    input: bytes | str | None = None,
    env: dict[str, str | None] | None = None,
) -> Result:
    """Invoke the CLI like a shell would; unexpected exceptions are re-raised, not swallowed."""
    # A fixed, wide terminal without colour, so tables do not wrap the words a test looks for.
    env = {"COLUMNS": "200", "NO_COLOR": "1", "TERM": "dumb", **(env or {})}
    result = CliRunner().invoke(main, list(args), input=input, env=env, catch_exceptions=True)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result
