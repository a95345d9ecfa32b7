"""The resolve stage: one canonical name per person, so claims group by who they are about.

A short form ("Mamdani", "Mr Mamdani" once its honorific is dropped) becomes the fullest name that
ends in it ("Zohran Mamdani"), first among the names of its own article, then across the corpus;
when two different fuller names end in it ("Donald Trump", "Melania Trump") it stays as written.
Aliases an editor forces (rules/lexicon/aliases.toml) win over all of that. A role named without
a person ("the mayor-elect") goes to the one person who holds it, if there is exactly one.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from crosscheck.lexicon import Lexicon
from crosscheck.model import JOINT, Assertion, Kind
from crosscheck.records import fast, replace
from crosscheck.values import ACTING, ELECT, QuoteValue, TitleValue, Value


@fast
@dataclass(frozen=True, slots=True, kw_only=True)
class Extraction:
    """What extraction found in one article: its assertions, the people it confirms, and the
    kinds it stated too many of to read them all (see `crosscheck.extract.MAX_PER_KIND`)."""

    article: str
    assertions: tuple[Assertion, ...]
    people: tuple[str, ...]
    cut: tuple[Kind, ...] = ()


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
        if subject in lexicon.places:
            return True  # a place the gazetteer knows ("8.5 million people" of New York City)
        # "Haven" and "Jane Haven" are one person's names; "New Haven" and "Jane Haven" are not.
        return any(
            _ends_with(name, subject) or _ends_with(subject, name)
            for name in confirmed.get(_surname(subject), ())
        )

    checked: dict[str, str] = {}  # a corpus names the same people again and again

    def confirmed_subject(subject: str) -> str:
        if subject not in checked:
            parts = [part for part in subject.split(JOINT) if is_confirmed(part)]
            checked[subject] = "" if JOINT in subject and len(parts) < 2 else JOINT.join(parts)
        return checked[subject]

    # Each article's subjects once confirmed; assertions are copied only once, at the end.
    kept = [[confirmed_subject(a.subject) for a in e.assertions] for e in extractions]
    corpus = canonical_names(
        (
            name
            for e, subjects in zip(extractions, kept, strict=True)
            for name in (*e.people, *_parts(subjects))
        ),
        lexicon.aliases,
    )
    resolved: list[Assertion] = []
    for extraction, subjects in zip(extractions, kept, strict=True):
        local = canonical_names((*extraction.people, *_parts(subjects)), lexicon.aliases)
        # An article names its few people again and again: each subject is resolved once.
        named: dict[str, str] = {}
        for assertion, subject in zip(extraction.assertions, subjects, strict=True):
            if subject not in named:
                parts = {corpus.get(local.get(part, part), part) for part in subject.split(JOINT)}
                named[subject] = JOINT.join(sorted(parts))
            resolved.append(_about(assertion, named[subject]))
    return attribute_roles(resolved)


def attribute_roles(assertions: Iterable[Assertion]) -> tuple[Assertion, ...]:
    """Give a role named without a person ("the mayor-elect") to the one person who holds it.

    The same goes for a quotation whose speaker is named by office ("the president said"). The
    holder is looked for in the same article first, then in the whole corpus; when no one or
    several people hold the role, it stays without a subject and is not compared.
    """
    assertions = tuple(assertions)
    # Who is said to hold each office, in the corpus and in each article: looked up, not scanned.
    corpus: dict[str, list[Assertion]] = defaultdict(list)
    local: dict[tuple[str, str], list[Assertion]] = defaultdict(list)
    for a in assertions:
        if a.kind is Kind.TITLE and a.subject:
            corpus[_office(a)].append(a)
            local[a.span.article, _office(a)].append(a)

    # A corpus may name thousands of presidents: the corpus-wide answer is worked out once a role.
    corpus_holders: dict[TitleValue, set[str]] = {}

    result: list[Assertion] = []
    for assertion in assertions:
        role = _role(assertion)
        if role is not None and not assertion.subject:
            found = _holders(role, local.get((assertion.span.article, role.name), ()))
            if not found:
                if role not in corpus_holders:
                    corpus_holders[role] = _holders(role, corpus.get(role.name, ()))
                found = set(corpus_holders[role])
            if len(found) == 1:
                assertion = _about(assertion, found.pop())
        result.append(_with_speaker(assertion))
    return tuple(result)


def _about(assertion: Assertion, subject: str) -> Assertion:
    """The assertion made about `subject` (itself when that is its subject already)."""
    return assertion if assertion.subject == subject else replace(assertion, subject=subject)


def _holders(role: TitleValue, pool: Iterable[Assertion]) -> set[str]:
    """Who in the pool may hold the role: no one, the one person, or two of several."""
    found: set[str] = set()
    for held in pool:
        if held.subject not in found and _may_refer_to(role, held.value):
            found.add(held.subject)
            if len(found) == 2:  # enough to know it is ambiguous
                break
    return found


def _role(assertion: Assertion) -> TitleValue | None:
    """The office an assertion names instead of a person, if any."""
    if assertion.kind is Kind.TITLE and isinstance(assertion.value, TitleValue):
        return assertion.value
    if assertion.kind is Kind.QUOTE and isinstance(assertion.value, QuoteValue):
        return assertion.value.role
    return None


def _office(assertion: Assertion) -> str:
    return assertion.value.name if isinstance(assertion.value, TitleValue) else ""


def _with_speaker(assertion: Assertion) -> Assertion:
    """A quotation's value names the speaker its subject now names."""
    value = assertion.value
    if isinstance(value, QuoteValue) and value.speaker != assertion.subject:
        return replace(assertion, value=replace(value, speaker=assertion.subject))
    return assertion


def _may_refer_to(role: TitleValue, held: Value) -> bool:
    """Whether "the mayor" can mean a person said to be "mayor-elect" (yes) or "former mayor"."""
    if not isinstance(held, TitleValue):
        return False
    if role.status and role.status != held.status:
        return False
    if not role.status and held.status not in ("", ELECT, ACTING):
        return False
    return role.place is None or held.place is None or role.place.compatible(held.place)


def _parts(subjects: Iterable[str]) -> Iterator[str]:
    """The names in subjects, a joint subject giving each of its names."""
    for subject in subjects:
        yield from subject.split(JOINT)


def _surname(name: str) -> str:
    words = name.casefold().split()
    return words[-1] if words else ""


def canonical_names(names: Iterable[str], aliases: Mapping[str, str]) -> dict[str, str]:
    """Map each name to the most used unambiguous fuller name that ends in it (or its alias)."""
    counts = Counter(name for name in names if name)
    # Only names with the same last word can end in one another: compare within those.
    by_surname: dict[str, list[str]] = defaultdict(list)
    for name in counts:
        by_surname[_surname(name)].append(name)
    canonical: dict[str, str] = {}
    for name in counts:
        if name in aliases:
            canonical[name] = aliases[name]
            continue
        fuller = [other for other in by_surname[_surname(name)] if _ends_with(other, name)]
        # A fuller form seen once that only adds words before a full name seen often is more
        # likely a headline's run of capitals ("Communist Candidate Jane Roe" beside "Jane
        # Roe") than the person's name. Another name seen once ("Tomas Reyes" beside "Elena
        # Reyes") is another person, and makes the short form ambiguous.
        often = [other for other in fuller if counts[other] > 1 and " " in other.strip()]
        fuller = [
            other
            for other in fuller
            if counts[other] > 1 or other == name or not any(_ends_with(other, o) for o in often)
        ]
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
