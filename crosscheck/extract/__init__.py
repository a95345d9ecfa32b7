"""The extraction stage: every registered extractor run over one article.

What an embedded social-media post says is left out: those are somebody else's words.

Each extractor is a pure function from a prepared `Source` to the assertions it finds, in text
order; add a kind of statement by writing one module and registering its function here.

Prose states a few hundred things of one kind at most. A text that states more than
`MAX_PER_KIND` (a table, a generated list, hostile input) is read up to there for that kind: the
rest would cost time and memory and give an editor nothing to check. The extraction says which
kinds were cut, so that the user is told.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from itertools import islice
from operator import attrgetter
from types import MappingProxyType

from crosscheck.extract.ages import extract_ages
from crosscheck.extract.base import MAX_PER_KIND, Source, prepare
from crosscheck.extract.counts import extract_counts
from crosscheck.extract.dates import extract_dates
from crosscheck.extract.places import extract_places
from crosscheck.extract.quotes import extract_quotes
from crosscheck.extract.titles import extract_titles
from crosscheck.lexicon import Lexicon
from crosscheck.model import Article, Assertion, Kind
from crosscheck.resolve import Extraction

# An extractor that yields lazily stops working where the cut falls.
Extractor = Callable[[Source], Iterable[Assertion]]

__all__ = ["EXTRACTORS", "MAX_PER_KIND", "Extractor", "extract", "statements"]

# Where an assertion stands in the text, and its kind to order two at one place
_TEXT_ORDER = attrgetter("span.start", "span.end", "kind")

EXTRACTORS: Mapping[Kind, Extractor] = MappingProxyType(
    {
        Kind.DATE: extract_dates,
        Kind.AGE: extract_ages,
        Kind.TITLE: extract_titles,
        Kind.PLACE: extract_places,
        Kind.COUNT: extract_counts,
        Kind.QUOTE: extract_quotes,
    }
)


def extract(article: Article, lexicon: Lexicon) -> Extraction:
    """All assertions of one article in text order, and the people it names."""
    source = prepare(article, lexicon)
    found: list[Assertion] = []
    cut: list[Kind] = []
    for kind, extractor in EXTRACTORS.items():
        assertions, more = statements(extractor, source)
        found.extend(assertions)
        if more:
            cut.append(kind)
    if source.embeds:  # most articles embed no post, and need no test of each assertion
        found = [assertion for assertion in found if not source.in_embed(assertion.span.start)]
    return Extraction(
        article=article.id,
        assertions=tuple(sorted(found, key=_TEXT_ORDER)),
        people=tuple(mention.name for mention in source.people if mention.confirmed),
        cut=tuple(cut),
    )


def statements(extractor: Extractor, source: Source) -> tuple[tuple[Assertion, ...], bool]:
    """The first `MAX_PER_KIND` assertions an extractor finds, and whether it found more."""
    found = tuple(islice(extractor(source), MAX_PER_KIND + 1))
    return found[:MAX_PER_KIND], len(found) > MAX_PER_KIND
