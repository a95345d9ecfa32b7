"""The resolve stage: one canonical name per person, so claims group by who they are about.

A short form ("Mamdani", "Mr Mamdani" once its honorific is dropped) becomes the fullest name that
ends in it ("Zohran Mamdani"), first among the names of its own article, then across the corpus;
when two different fuller names end in it ("Donald Trump", "Melania Trump") it stays as written.
Aliases an editor forces (rules/lexicon/aliases.toml) win over all of that.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from crosscheck.lexicon import Lexicon
from crosscheck.model import Assertion


@dataclass(frozen=True, slots=True, kw_only=True)
class Extraction:
    """What extraction found in one article: its assertions and the people it confirms."""

    article: str
    assertions: tuple[Assertion, ...]
    people: tuple[str, ...]


def resolve(extractions: Iterable[Extraction], lexicon: Lexicon) -> tuple[Assertion, ...]:
    """Every assertion of the corpus with its subject replaced by the canonical name.

    A subject that no article confirms as a person's name (no article writes "Mr X", "X said",
    ...) and that no alias names becomes empty: it is shown by `extract` but never compared.
    """
    extractions = tuple(extractions)
    confirmed: dict[str, set[str]] = defaultdict(set)
    for name in (
        *(name for e in extractions for name in e.people),
        *lexicon.aliases,
        *lexicon.aliases.values(),
    ):
        confirmed[_surname(name)].add(name)

    def is_confirmed(subject: str) -> bool:
        # "Haven" and "Jane Haven" are one person's names; "New Haven" and "Jane Haven" are not.
        return any(
            _ends_with(name, subject) or _ends_with(subject, name)
            for name in confirmed.get(_surname(subject), ())
        )

    kept = tuple(
        replace(
            e,
            assertions=tuple(
                a if is_confirmed(a.subject) else replace(a, subject="") for a in e.assertions
            ),
        )
        for e in extractions
    )
    corpus = canonical_names(
        (name for e in kept for name in (*e.people, *(a.subject for a in e.assertions))),
        lexicon.aliases,
    )
    resolved: list[Assertion] = []
    for extraction in kept:
        local = canonical_names(
            (*extraction.people, *(a.subject for a in extraction.assertions)), lexicon.aliases
        )
        for assertion in extraction.assertions:
            subject = corpus.get(local.get(assertion.subject, assertion.subject), assertion.subject)
            resolved.append(replace(assertion, subject=subject))
    return tuple(resolved)


def _surname(name: str) -> str:
    words = name.casefold().split()
    return words[-1] if words else ""


def canonical_names(names: Iterable[str], aliases: Mapping[str, str]) -> dict[str, str]:
    """Map each name to the most used unambiguous fuller name that ends in it (or its alias)."""
    counts = Counter(name for name in names if name)
    canonical: dict[str, str] = {}
    for name in counts:
        if name in aliases:
            canonical[name] = aliases[name]
            continue
        fuller = [other for other in counts if _ends_with(other, name)]
        # A fuller form seen once among others seen often is more likely a headline's run of
        # capitals ("Communist Candidate Jane Roe") than the person's name.
        if any(counts[other] > 1 for other in fuller):
            fuller = [other for other in fuller if counts[other] > 1 or other == name]
        longest = max(fuller, key=lambda other: len(other.split()))
        # Two full names that both end in this one ("Donald Trump", "Melania Trump"): ambiguous.
        if all(_ends_with(longest, other) for other in fuller):
            canonical[name] = aliases.get(longest, longest)
        else:
            canonical[name] = name
    return canonical


def _ends_with(full: str, short: str) -> bool:
    """Whether the words of `short` are the last words of `full` (ignoring case)."""
    full_words = full.casefold().split()
    short_words = short.casefold().split()
    return full_words[-len(short_words) :] == short_words
