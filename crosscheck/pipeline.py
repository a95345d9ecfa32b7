"""The whole analysis as one function: articles in, assertions and findings out.

Extraction, the costly stage, reads each article on its own: it can run in several processes
and be remembered in a cache (any object with `get` and `put`, such as `ExtractionCache`), and
the result is the same either way.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import signal
from collections.abc import Callable, Generator, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from crosscheck.evaluate import evaluate
from crosscheck.extract import extract
from crosscheck.group import group
from crosscheck.lexicon import Lexicon, lexicon_files, load_lexicon
from crosscheck.model import Article, Assertion, Finding
from crosscheck.resolve import Extraction, resolve
from crosscheck.rules import Rule, load_rules, rule_dirs


@dataclass(frozen=True, slots=True, kw_only=True)
class Setup:
    """The vocabulary and rules one run works with."""

    lexicon: Lexicon
    rules: tuple[Rule, ...]
    # A digest of the vocabulary files the lexicon was read from: part of every cache key.
    vocabulary: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Report:
    """Everything a renderer needs: the articles, what they assert and what the rules found."""

    articles: tuple[Article, ...]
    assertions: tuple[Assertion, ...]
    findings: tuple[Finding, ...]


class Cache(Protocol):
    """Where extractions are remembered between runs, by key."""

    def get(self, keys: Sequence[str]) -> Mapping[str, Extraction]: ...

    def put(self, entries: Mapping[str, bytes]) -> None: ...


# Fewer articles than this are extracted in this process: starting workers would cost more.
_PARALLEL_FROM = 40
# Work is handed out in this many chunks per process, so a slow chunk cannot leave one idle.
_CHUNKS_PER_JOB = 4
# Workers are forked, so they share the parent's lexicon; elsewhere extraction runs in-process.
_CAN_FORK = "fork" in multiprocessing.get_all_start_methods()


def load_setup(extra_rule_dirs: Iterable[Path] = ()) -> Setup:
    """Read the default rules folder and the user's (rule files and lexicon)."""
    folders = rule_dirs(extra_rule_dirs)
    digest = hashlib.sha256()
    for path in lexicon_files(folders):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return Setup(
        lexicon=load_lexicon(folders), rules=load_rules(folders), vocabulary=digest.hexdigest()
    )


def extract_many(
    articles: Sequence[Article],
    setup: Setup,
    *,
    jobs: int = 1,
    cache: Cache | None = None,
    done: Callable[[Article, Extraction], None] | None = None,
) -> tuple[Extraction, ...]:
    """What every article yields, in order: from the cache where it has it, else extracted.

    The articles the cache lacks are extracted in up to `jobs` processes and then stored.
    `done` is told of each article and its extraction once known (for a progress bar, and to
    warn of the kinds of statement it had too many of to read all).
    """
    from crosscheck.cache import article_key, pack

    if cache is None:
        keys = [str(index) for index in range(len(articles))]  # no need to hash the texts
        known: dict[str, Extraction] = {}
    else:
        keys = [article_key(article, setup.vocabulary) for article in articles]
        known = dict(cache.get(keys))
    missing = [article for article, key in zip(articles, keys, strict=True) if key not in known]
    fresh = _extracted(missing, setup.lexicon, jobs)
    packed: dict[str, bytes] = {}
    result = []
    for article, key in zip(articles, keys, strict=True):
        extraction = known.get(key)
        if extraction is None:  # the next of `missing`: they come back in order
            extraction, data = next(fresh)
            if cache is not None:
                packed[key] = data or pack(extraction)
        result.append(extraction)
        if done is not None:
            done(article, extraction)
    fresh.close()  # every article is in: let the worker processes go now
    if cache is not None:
        cache.put(packed)
    return tuple(result)


def _extracted(
    articles: Sequence[Article], lexicon: Lexicon, jobs: int
) -> Generator[tuple[Extraction, bytes], None, None]:
    """Each article's extraction in order, with its packed bytes when a worker process made it
    (empty when made here: it is packed only if it is to be cached)."""
    if jobs < 2 or len(articles) < _PARALLEL_FROM or not _CAN_FORK:
        yield from ((extract(article, lexicon), b"") for article in articles)
        return
    from crosscheck.cache import unpack

    # Forked workers inherit the lexicon instead of receiving a pickled copy.
    context = multiprocessing.get_context("fork")
    chunk = max(1, len(articles) // (jobs * _CHUNKS_PER_JOB))
    with context.Pool(jobs, initializer=_start_worker, initargs=(lexicon,)) as pool:
        # Workers hand back packed bytes, which the cache stores as they are: the parent, which
        # has the rest of the run to do alone, never packs an extraction again.
        for data in pool.imap(_extract_in_worker, articles, chunksize=chunk):
            extraction = unpack(data)
            assert extraction is not None, "a worker sent back something else"
            yield extraction, data


_worker_lexicon: Lexicon | None = None


def _start_worker(lexicon: Lexicon) -> None:
    global _worker_lexicon
    _worker_lexicon = lexicon
    # Ctrl-C is the parent's to handle: it stops the workers, without a traceback from each.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _extract_in_worker(article: Article) -> bytes:
    from crosscheck.cache import pack

    assert _worker_lexicon is not None, "worker started without its lexicon"
    return pack(extract(article, _worker_lexicon))


def extract_all(
    articles: Iterable[Article],
    setup: Setup,
    *,
    jobs: int = 1,
    cache: Cache | None = None,
    done: Callable[[Article, Extraction], None] | None = None,
) -> tuple[Assertion, ...]:
    """Extract and resolve: every assertion of the corpus, subjects made canonical."""
    extractions = extract_many(tuple(articles), setup, jobs=jobs, cache=cache, done=done)
    return resolve(extractions, setup.lexicon)


def analyze(
    articles: Iterable[Article],
    setup: Setup,
    *,
    jobs: int = 1,
    cache: Cache | None = None,
    done: Callable[[Article, Extraction], None] | None = None,
) -> Report:
    """Run extract → resolve → group → evaluate over a corpus."""
    articles = tuple(articles)
    assertions = extract_all(articles, setup, jobs=jobs, cache=cache, done=done)
    return Report(
        articles=articles,
        assertions=assertions,
        findings=evaluate(group(assertions), setup.rules),
    )
