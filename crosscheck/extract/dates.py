"""Dates as assertions: which event a date belongs to and whose event it is.

The calendar grammar lives in `datetext`, events and their subjects in `events`. A date that
dates no event of a named person, or names no calendar position ("now", "recently"), still
becomes an assertion (shown by `extract`) but with an empty attribute, so it is never compared.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from crosscheck.extract.base import Source
from crosscheck.extract.datetext import find_dates
from crosscheck.extract.events import EventIndex, event_subject, nearest_event
from crosscheck.model import Assertion, Kind

# Dates are read in stretches of about this many characters, cut between sentences, so that
# the extraction stage can stop reading a text that states far too many of them. A news
# article fits in one stretch, and then it is read whole.
WINDOW = 100_000


def extract_dates(source: Source) -> Iterator[Assertion]:
    """Every date in the article, in text order, with the event and person it dates where known."""
    events = EventIndex(source)
    for start, end in windows(source, WINDOW):
        for match in find_dates(
            source.text,
            published=source.article.published,
            start=start,
            end=end,
            holidays=source.lexicon.holidays,
        ):
            subject, event = "", None
            # "now", "soon", "recently" fit any date: they would make any two articles agree.
            # In somebody's words, "today" or "on Friday" counts from the day they spoke, which
            # may not be the day the article came out: such a date is shown, never compared.
            if not match.value.ref and not (match.relative and source.in_quote(match.start)):
                sentence = source.sentence(match.start)
                event = nearest_event(source, sentence, match.start, match.end, index=events)
                if event is not None:
                    subject = event_subject(source, sentence, event, index=events)
            yield source.assertion(
                kind=Kind.DATE,
                subject=subject,
                attribute="" if event is None else event.name,
                value=match.value,
                start=match.start,
                end=match.end,
            )


def windows(source: Source, size: int) -> Iterator[tuple[int, int]]:
    """The body as consecutive (start, end) stretches of at most `size` characters, each cut
    between two sentences; a sentence longer than `size` is cut at a space, or else anywhere."""
    text, start, stop = source.text, source.article.body_start, len(source.text)
    while stop - start > size:
        limit = start + size
        # The last sentence that starts by the limit: cut after it if it ends by then, else
        # before it, else (it starts the stretch and runs past the limit) at a space within.
        index = bisect.bisect_right(source.sentence_starts, limit) - 1
        sentence = source.sentences[index] if index >= 0 else None
        if sentence is not None and start < sentence.end <= limit:
            cut = sentence.end
        elif sentence is not None and start < sentence.start:
            cut = sentence.start
        else:
            space = text.rfind(" ", start + 1, limit + 1)
            cut = space if space > start else limit
        yield start, cut
        start = cut
    yield start, stop
