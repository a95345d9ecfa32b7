"""What every extractor receives: one article with its sentences, line index and vocabulary."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from crosscheck.extract.people import Mention, find_people
from crosscheck.extract.quotemarks import Quoted, find_quotes
from crosscheck.lexicon import Lexicon
from crosscheck.model import Article, Assertion, Kind, Span
from crosscheck.text import (
    Sentence,
    embedded_posts,
    line_number,
    line_starts,
    sentences,
)
from crosscheck.values import Value

# How much of a long sentence, each side of an assertion, is kept as its context.
_CONTEXT_REACH = 300

# The most statements of one kind read from one article (see `crosscheck.extract`).
MAX_PER_KIND = 10_000


@dataclass(frozen=True, slots=True, kw_only=True)
class Source:
    """An article prepared for extraction; build it with `prepare`."""

    article: Article
    lexicon: Lexicon
    sentences: tuple[Sentence, ...]
    lines: tuple[int, ...]
    people: tuple[Mention, ...]
    # Where each sentence and each name starts, to bisect without a key function per step
    sentence_starts: tuple[int, ...]
    people_starts: tuple[int, ...]
    # Lines holding embedded social-media posts: somebody else's words, not the article's.
    embeds: tuple[Sentence, ...] = ()
    # The direct quotations, in text order and never nested (only the outer one is kept).
    quotes: tuple[Quoted, ...] = ()
    quote_opens: tuple[int, ...] = ()

    def people_between(self, start: int, end: int) -> list[Mention]:
        """The names that stand wholly between two offsets, in text order."""
        # By index: a slice of the names from the first on would copy all the rest each time.
        people, found = self.people, []
        for index in range(bisect.bisect_left(self.people_starts, start), len(people)):
            person = people[index]
            if person.start >= end:
                break
            if person.end <= end:
                found.append(person)
        return found

    def person_before(self, offset: int, *, limit: int) -> Mention | None:
        """The last name that ends by `offset`, if it ends no more than `limit` characters back."""
        index = bisect.bisect_right(self.people_starts, offset) - 1
        while index >= 0 and self.people[index].end > offset:
            index -= 1
        found = self.people[index] if index >= 0 else None
        return found if found is not None and offset - found.end <= limit else None

    def person_after(self, offset: int) -> Mention | None:
        """The first name that starts at or after `offset`."""
        index = bisect.bisect_left(self.people_starts, offset)
        return self.people[index] if index < len(self.people) else None

    def in_quote(self, offset: int) -> bool:
        """Whether an offset falls among the quoted words of a quotation."""
        index = bisect.bisect_left(self.quote_opens, offset) - 1
        return index >= 0 and offset < self.quotes[index].close

    def in_embed(self, offset: int) -> bool:
        """Whether an offset falls inside an embedded post."""
        return any(embed.start <= offset < embed.end for embed in self.embeds)

    @property
    def text(self) -> str:
        """The article's whole decoded text; all offsets point into it."""
        return self.article.text

    def sentence(self, offset: int) -> Sentence:
        """The sentence around `offset` (a one-character span if it falls between sentences)."""
        index = bisect.bisect_right(self.sentence_starts, offset) - 1
        if index >= 0 and offset < self.sentences[index].end:
            return self.sentences[index]
        return Sentence(offset, offset + 1)

    def assertion(
        self,
        *,
        kind: Kind,
        subject: str,
        attribute: str,
        value: Value,
        start: int,
        end: int,
        confidence: float = 1.0,
    ) -> Assertion:
        """An assertion whose span, text, line and context all come from this article."""
        text = self.article.text
        sentence = self.sentence(start)
        # A "sentence" can be a whole unpunctuated megabyte; the context shows its neighbourhood.
        context_start = max(sentence.start, start - _CONTEXT_REACH)
        context_end = min(max(sentence.end, end), end + _CONTEXT_REACH)
        return Assertion(
            kind=kind,
            subject=subject,
            attribute=attribute,
            value=value,
            span=Span(
                article=self.article.id,
                start=start,
                end=end,
                line=line_number(self.lines, start),
            ),
            text=text[start:end],
            context=_one_line(text[context_start:context_end]),
            confidence=confidence,
        )


def _one_line(text: str) -> str:
    """The text with each run of whitespace made one space, and none at either end."""
    # Most contexts need no more than trimming, and testing that costs a fraction of splitting
    # them into words: besides the space, every whitespace character is unprintable.
    trimmed = text.strip()
    if trimmed.isprintable() and "  " not in trimmed:
        return trimmed
    return " ".join(text.split())


def prepare(article: Article, lexicon: Lexicon) -> Source:
    """Split the body into sentences, index lines and find people, once for all extractors."""
    spans = sentences(article.text, article.body_start)
    people = find_people(article.text, lexicon, start=article.body_start)
    quotes = find_quotes(article.text, article.body_start)
    return Source(
        article=article,
        lexicon=lexicon,
        sentences=spans,
        lines=line_starts(article.text),
        people=people,
        embeds=embedded_posts(article.text, article.body_start),
        sentence_starts=tuple(sentence.start for sentence in spans),
        people_starts=tuple(person.start for person in people),
        quotes=quotes,
        quote_opens=tuple(quote.open for quote in quotes),
    )
