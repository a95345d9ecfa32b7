"""Where things happen: places the gazetteer knows, tied to an event and whose event it is.

A place counts when a preposition puts something there ("meet in Washington", "born in Uganda",
"at the White House") or it stands before an event word ("a White House meeting"). The event is
the nearest event word of the sentence; the subject is found as for dates (see `events`).
"""

from __future__ import annotations

import re

from crosscheck.extract.base import Source
from crosscheck.extract.events import event_subject, event_word_at, nearest_event
from crosscheck.gazetteer import place_pattern, place_value
from crosscheck.model import Assertion, Kind

_LOCATIVE = re.compile(
    r"\b(?:in|at|inside|outside|near|into|to|from|within)\s+(?:the\s+)?\Z", re.IGNORECASE
)
_BEFORE_EVENT = re.compile(r"\s+")


def extract_places(source: Source) -> tuple[Assertion, ...]:
    """Every known place the article puts an event at, with that event and its subject."""
    text = source.text
    found: list[Assertion] = []
    for match in place_pattern(source.lexicon).finditer(text, source.article.body_start):
        sentence = source.sentence(match.start())
        locative = _LOCATIVE.search(text, max(sentence.start, match.start() - 12), match.start())
        # Without a preposition, the place counts only right before its event word; most places
        # have neither, and need no search for their event.
        gap = _BEFORE_EVENT.match(text, match.end())
        if locative is None and (
            gap is None or not event_word_at(source, sentence, gap.end(), *match.span())
        ):
            continue
        event = nearest_event(source, sentence, match.start(), match.end())
        premodifier = (
            event is not None
            and event.start > match.end()
            and _BEFORE_EVENT.fullmatch(text, match.end(), event.start) is not None
        )
        if locative is None and not premodifier:
            continue
        found.append(
            source.assertion(
                kind=Kind.PLACE,
                subject="" if event is None else event_subject(source, sentence, event),
                attribute="" if event is None else f"place of {event.name}",
                value=place_value(match.group(), source.lexicon),
                start=match.start(),
                end=match.end(),
            )
        )
    return tuple(found)
