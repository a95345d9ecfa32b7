"""Direct quotations: each sentence of each quotation, with who said it.

A quotation is read as a passage of words (`crosscheck.wording`) and yields one assertion per
sentence of it, because outlets quote sentences, not whole speeches: one prints a sentence that
another merges with the next. Each sentence keeps its whole passage, so the comparison can still
align across the sentence breaks of either side. A quotation of one or two words ("a
“communist”") is a fragment: it may agree, never conflict.
"""

from __future__ import annotations

from collections.abc import Iterator

from crosscheck.extract.base import Source
from crosscheck.extract.quotemarks import find_quotes
from crosscheck.extract.speakers import attribute_speakers
from crosscheck.model import Assertion, Kind
from crosscheck.values import QuoteValue
from crosscheck.wording import read_passage

# Quotation claims get their attribute when the group stage matches them across articles.
QUOTE = "quote"
_FRAGMENT_WORDS = 2


def extract_quotes(source: Source) -> tuple[Assertion, ...]:
    """One assertion per sentence of every quotation in the article."""
    return tuple(_quotes(source))


def _quotes(source: Source) -> Iterator[Assertion]:
    lexicon = source.lexicon
    quotes = find_quotes(source.text, source.article.body_start)
    for quote, speaker in zip(quotes, attribute_speakers(source, quotes), strict=True):
        quoted = source.text[quote.start : quote.end]
        passage = read_passage(quoted, lexicon.function_words)
        fragment = len(passage.words) <= _FRAGMENT_WORDS
        for unit in passage.units():
            start = quote.start + passage.spans[unit.start][0]
            end = quote.start + passage.spans[unit.stop - 1][1]
            value = QuoteValue(
                words=" ".join(passage.words[unit.start : unit.stop]),
                speaker=speaker.name,
                fragment=fragment,
                role=speaker.role,
                quoted=quoted,
                passage=passage,
                unit=(unit.start, unit.stop),
                matching=lexicon.quote_matching,
            )
            yield source.assertion(
                kind=Kind.QUOTE,
                subject=speaker.name,
                attribute=QUOTE,
                value=value,
                start=start,
                end=end,
            )
