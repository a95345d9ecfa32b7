"""Dates as assertions: which event a date belongs to and whose event it is.

The calendar grammar lives in `datetext`, events and their subjects in `events`. A date that
dates no event of a named person, or names no calendar position ("now", "recently"), still
becomes an assertion (shown by `extract`) but with an empty attribute, so it is never compared.
"""

from __future__ import annotations

from crosscheck.extract.base import Source
from crosscheck.extract.datetext import find_dates
from crosscheck.extract.events import EventIndex, event_subject, nearest_event
from crosscheck.model import Assertion, Kind


def extract_dates(source: Source) -> tuple[Assertion, ...]:
    """Every date in the article, with the event and person it dates where known."""
    found: list[Assertion] = []
    events = EventIndex(source)
    for match in find_dates(
        source.text,
        published=source.article.published,
        start=source.article.body_start,
        holidays=source.lexicon.holidays,
    ):
        subject, event = "", None
        # "now", "soon", "recently" fit any date: they would make any two articles agree.
        if not match.value.ref:
            sentence = source.sentence(match.start)
            event = nearest_event(source, sentence, match.start, match.end, index=events)
            if event is not None:
                subject = event_subject(source, sentence, event, index=events)
        found.append(
            source.assertion(
                kind=Kind.DATE,
                subject=subject,
                attribute="" if event is None else event.name,
                value=match.value,
                start=match.start,
                end=match.end,
            )
        )
    return tuple(found)
