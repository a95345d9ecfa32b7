"""The group stage: assertions about the same fact become one claim.

Most kinds group by kind, subject and attribute. Quotations group by speaker and by wording: two
sentences are one claim when they are the same quotation (`crosscheck.wording`), and claims
are the connected sets of such pairs. Pairs are only scored inside a block: the same speaker
and at least one shared rare word, so the cost grows with what is similar, not with all pairs.
A quotation whose speaker is unknown joins a speaker's claim when it matches it closely.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence

from crosscheck.model import Assertion, Claim, Kind
from crosscheck.values import QuoteValue
from crosscheck.wording import Agreement, Comparison, Matching, Passage, compare_units

# Each quotation sentence is looked up by this many of its rarest words.
_RARE_WORDS = 4
# A claim about a quotation is named by its best-attested wording, cut to this many words.
_LABEL_WORDS = 6


def group(assertions: Iterable[Assertion]) -> tuple[Claim, ...]:
    """Claims keyed by kind, subject and attribute; assertions about nothing are left out."""
    buckets: dict[tuple[Kind, str, str], list[Assertion]] = defaultdict(list)
    quotes: list[Assertion] = []
    for assertion in assertions:
        if assertion.kind is Kind.QUOTE and isinstance(assertion.value, QuoteValue):
            quotes.append(assertion)
        elif assertion.subject and assertion.attribute:
            buckets[(assertion.kind, assertion.subject, assertion.attribute)].append(assertion)
    for claim in quote_claims(quotes):
        buckets[(claim.kind, claim.subject, claim.attribute)].extend(claim.assertions)
    return tuple(
        Claim(
            kind=kind,
            subject=subject,
            attribute=attribute,
            assertions=tuple(sorted(members, key=lambda a: (a.span.article, a.span.start))),
        )
        for (kind, subject, attribute), members in sorted(buckets.items())
    )


def quote_claims(quotes: Sequence[Assertion]) -> tuple[Claim, ...]:
    """The quotation claims: per speaker, the connected sets of sentences that match."""
    values = [_value(quote) for quote in quotes]
    by_speaker: dict[str, list[int]] = defaultdict(list)
    unknown: list[int] = []
    for index, quote in enumerate(quotes):
        (by_speaker[quote.subject] if quote.subject else unknown).append(index)
    sets = _Partition(len(quotes))
    sentences = _Sentences(values)
    # One sentence printed word for word by many outlets is one quotation: join those at once
    # and align only one of each wording, so a widely quoted line costs no more.
    representatives: list[int] = []
    # The words each distinct wording is looked up by, read once for the speaker's own block
    # and again for the quotations whose speaker is unknown.
    vocabulary: dict[int, frozenset[str]] = {}
    for members in by_speaker.values():
        wordings = _by_wording(values, members)
        for same in wordings.values():
            sets.join(*same)
        distinct = [same[0] for same in wordings.values()]  # in reading order already
        representatives += distinct
        vocabulary.update((index, _words(values[index])) for index in distinct)
        for first, second in _candidates(vocabulary, distinct, distinct):
            if sentences.related(first, second):
                sets.join(first, second)
    unknown_wordings = _by_wording(values, unknown)
    matches: dict[str, list[int]] = defaultdict(list)
    queries = [same[0] for same in unknown_wordings.values()]
    vocabulary.update((index, _words(values[index])) for index in queries)
    for index, match in _candidates(vocabulary, queries, representatives):
        if sentences.joins(index, match):
            matches[values[index].words].append(match)
    # Joined only when every match is one speaker's: otherwise who said it stays unknown. The
    # speaker may have said it twice, in two claims: the sentence read first decides which.
    joined: list[int] = []
    for words, found in sorted(matches.items()):
        if len({quotes[match].subject for match in found}) == 1:
            sets.join(min(found), *unknown_wordings[words])
            joined += unknown_wordings[words]
    components: dict[int, list[int]] = defaultdict(list)
    for index in [*(i for members in by_speaker.values() for i in members), *joined]:
        components[sets.root(index)].append(index)
    return tuple(
        Claim(
            kind=Kind.QUOTE,
            subject=next(quotes[i].subject for i in members if quotes[i].subject),
            attribute=_label(quotes, values, members),
            assertions=tuple(quotes[i] for i in members),
        )
        for members in components.values()
    )


class _Sentences:
    """The quoted sentences, and how two of them compare: each pair of sentences once.

    Outlets quote one line for many speakers (a statement read out, a slogan), so the same pair
    of sentences meets in many speakers' blocks: numbering each sentence once is cheaper than
    looking every pair up by its passages.
    """

    def __init__(self, values: Sequence[QuoteValue]) -> None:
        self._values = values
        self._numbers: dict[tuple[Passage, tuple[int, int], Matching], int] = {}
        self._number_of: dict[int, int] = {}
        self._known: dict[tuple[int, int], Comparison] = {}

    def related(self, first: int, second: int) -> bool:
        """Whether two sentences are one quotation."""
        return self._compare(first, second).agreement is not Agreement.UNRELATED

    def joins(self, unknown: int, known: int) -> bool:
        """Whether a sentence whose speaker is unknown is, closely enough, a known speaker's."""
        one, two = self._values[unknown], self._values[known]
        if one.fragment or two.fragment:
            return False
        found = self._compare(unknown, known)
        return (
            found.agreement in (Agreement.VERBATIM, Agreement.VARIANT)
            and found.matched >= one.matching.unknown_speaker_words
        )

    def _compare(self, first: int, second: int) -> Comparison:
        key = (self._number(first), self._number(second))
        if key not in self._known:
            one, two = self._values[first], self._values[second]
            self._known[key] = compare_units(
                one.passage, one.unit_range, two.passage, two.unit_range, one.matching
            )
        return self._known[key]

    def _number(self, index: int) -> int:
        if index not in self._number_of:
            value = self._values[index]
            sentence = (value.passage, value.unit, value.matching)
            self._number_of[index] = self._numbers.setdefault(sentence, len(self._numbers))
        return self._number_of[index]


class _Partition:
    """Disjoint sets of indexes (union-find): which sentences are one quotation."""

    def __init__(self, size: int) -> None:
        self._parent = list(range(size))

    def root(self, index: int) -> int:
        parent = self._parent
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    def join(self, first: int, *others: int) -> None:
        for other in others:
            self._parent[self.root(other)] = self.root(first)


def _by_wording(values: Sequence[QuoteValue], indexes: Iterable[int]) -> dict[str, list[int]]:
    """The indexes grouped by their sentence's normalized words, in order."""
    found: dict[str, list[int]] = defaultdict(list)
    for index in indexes:
        found[values[index].words].append(index)
    return found


def _candidates(
    vocabulary: Mapping[int, frozenset[str]], queries: Sequence[int], pool: Sequence[int]
) -> Iterator[tuple[int, int]]:
    """Pairs (query, pool member) that share one of the query's rarest words, each pair once."""
    index: dict[str, list[int]] = defaultdict(list)
    for member in pool:
        for word in vocabulary[member]:
            index[word].append(member)
    found: dict[int, set[int]] = {}
    for query in queries:
        words = sorted(vocabulary[query], key=lambda w: (len(index.get(w, ())), w))
        members = {member for word in words[:_RARE_WORDS] for member in index.get(word, ())}
        members.discard(query)
        # A pair met from its other end already is not scored again.
        found[query] = {member for member in members if query not in found.get(member, ())}
        yield from ((query, member) for member in found[query])


def _value(quote: Assertion) -> QuoteValue:
    assert isinstance(quote.value, QuoteValue)  # group() passes only quotations here
    return quote.value


def _words(value: QuoteValue) -> frozenset[str]:
    """The sentence's content words (all its words when it has none)."""
    passage, (start, stop) = value.passage, value.unit
    words = passage.words[start:stop]
    content = [word for word, kept in zip(words, passage.content[start:stop], strict=True) if kept]
    return frozenset(content or words)


def _label(quotes: Sequence[Assertion], values: Sequence[QuoteValue], members: list[int]) -> str:
    """The wording most articles print (then the shortest), as a short quoted label."""
    articles: dict[str, set[str]] = defaultdict(set)
    for index in members:
        articles[values[index].words].add(quotes[index].span.article)
    words = min(articles, key=lambda w: (-len(articles[w]), len(w.split()), w)).split()
    return "“" + " ".join(words[:_LABEL_WORDS]) + ("…" if len(words) > _LABEL_WORDS else "") + "”"
