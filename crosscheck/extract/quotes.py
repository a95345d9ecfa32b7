"""Direct quotations: each sentence of each quotation, with who said it.

A quotation is read as a passage of words (`crosscheck.wording`) and yields one assertion per
sentence of it, because outlets quote sentences, not whole speeches: one prints a sentence that
another merges with the next. Each sentence keeps its whole passage, so the comparison can still
align across the sentence breaks of either side. A quotation of one or two words ("a
“communist”") is a fragment: it may agree, never conflict.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from crosscheck.extract.base import Source
from crosscheck.extract.speakers import Speaker, attribute_speakers
from crosscheck.lexicon import Lexicon
from crosscheck.model import Assertion, Kind
from crosscheck.values import QuoteValue
from crosscheck.wording import FRAGMENT_WORDS, Passage, read_passage

# Quotation claims get their attribute when the group stage matches them across articles.
QUOTE = "quote"


def extract_quotes(source: Source) -> Iterator[Assertion]:
    """One assertion per sentence of every quotation in the article, in text order."""
    quotes = source.quotes
    # An article that repeats a quotation (a slogan, a scare-quoted word) by one speaker
    # repeats its values too: each is made once.
    values: dict[tuple[str, Speaker], tuple[QuoteValue, ...]] = {}
    for quote, speaker in zip(quotes, attribute_speakers(source, quotes), strict=True):
        quoted = source.text[quote.start : quote.end]
        known = values.get((quoted, speaker))
        if known is None:
            known = values[quoted, speaker] = _values(quoted, speaker, source.lexicon)
        for value in known:
            passage, (first, stop) = value.passage, value.unit
            start = quote.start + passage.spans[first][0]
            end = quote.start + passage.spans[stop - 1][1]
            yield source.assertion(
                kind=Kind.QUOTE,
                subject=speaker.name,
                attribute=QUOTE,
                value=value,
                start=start,
                end=end,
            )


def _values(quoted: str, speaker: Speaker, lexicon: Lexicon) -> tuple[QuoteValue, ...]:
    """The value of each sentence of a quotation."""
    passage, units = _read(quoted, lexicon.function_words)
    fragment = len(passage.words) <= FRAGMENT_WORDS
    return tuple(
        QuoteValue(
            words=words,
            speaker=speaker.name,
            fragment=fragment,
            role=speaker.role,
            quoted=quoted,
            passage=passage,
            unit=unit,
            matching=lexicon.quote_matching,
        )
        for unit, words in units
    )


# Outlets print the same quotation word for word (a wire story, a speech everyone quotes), so
# each distinct quotation is read once, with its sentences and their words.
@lru_cache(maxsize=4096)
def _read(
    quoted: str, function_words: frozenset[str]
) -> tuple[Passage, tuple[tuple[tuple[int, int], str], ...]]:
    passage = read_passage(quoted, function_words)
    return passage, tuple(
        ((unit.start, unit.stop), " ".join(passage.words[unit.start : unit.stop]))
        for unit in passage.units()
    )
