"""The whole analysis as one pure function: articles in, assertions and findings out."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from crosscheck.evaluate import evaluate
from crosscheck.extract import extract
from crosscheck.group import group
from crosscheck.lexicon import Lexicon, load_lexicon
from crosscheck.model import Article, Assertion, Finding
from crosscheck.resolve import Extraction, resolve
from crosscheck.rules import Rule, load_rules, rule_dirs


@dataclass(frozen=True, slots=True, kw_only=True)
class Setup:
    """The vocabulary and rules one run works with."""

    lexicon: Lexicon
    rules: tuple[Rule, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Report:
    """Everything a renderer needs: the articles, what they assert and what the rules found."""

    articles: tuple[Article, ...]
    assertions: tuple[Assertion, ...]
    findings: tuple[Finding, ...]


def load_setup(extra_rule_dirs: Iterable[Path] = ()) -> Setup:
    """Read the default rules folder and the user's (rule files and lexicon)."""
    folders = rule_dirs(extra_rule_dirs)
    return Setup(lexicon=load_lexicon(folders), rules=load_rules(folders))


def extract_all(
    articles: Iterable[Article], setup: Setup, *, done: Callable[[Article], None] | None = None
) -> tuple[Assertion, ...]:
    """Extract and resolve: every assertion of the corpus, subjects made canonical.

    `done` is told of each article once it is extracted (for a progress bar).
    """

    def each() -> Iterator[Extraction]:
        for article in articles:
            found = extract(article, setup.lexicon)
            if done is not None:
                done(article)
            yield found

    return resolve(each(), setup.lexicon)


def analyze(
    articles: Iterable[Article], setup: Setup, *, done: Callable[[Article], None] | None = None
) -> Report:
    """Run extract → resolve → group → evaluate over a corpus."""
    articles = tuple(articles)
    assertions = extract_all(articles, setup, done=done)
    return Report(
        articles=articles,
        assertions=assertions,
        findings=evaluate(group(assertions), setup.rules),
    )
