"""Where things happen: places the gazetteer knows, tied to an event and whose event it is.

A place counts when a preposition puts something there ("meet in Washington", "born in Uganda",
"at the White House") or it stands before an event word ("a White House meeting"). The event is
the nearest event word of the sentence; the subject is found as for dates (see `events`).
"""

from __future__ import annotations

import re
from functools import cache

from crosscheck.extract.base import Source
from crosscheck.extract.events import EVENT_REACH, event_subject, event_word_at, nearest_event
from crosscheck.gazetteer import place_pattern, place_value
from crosscheck.lexicon import Lexicon
from crosscheck.model import Assertion, Kind
from crosscheck.text import Sentence, any_case

_LOCATIVE = re.compile(
    r"\b(?:in|at|inside|outside|near|into|to|from|within)\s+(?:the\s+)?\Z", re.IGNORECASE
)
_BEFORE_EVENT = re.compile(r"\s+")
# Longer than the stretches around two places that their events are looked for in
_LONG_SENTENCE = 4 * EVENT_REACH


def extract_places(source: Source) -> tuple[Assertion, ...]:
    """Every known place the article puts an event at, with that event and its subject."""
    text = source.text
    found: list[Assertion] = []
    # Whether each long sentence may hold an event word (see _event_starts): the event of a
    # place is looked for around it, so a long sentence of places and no event words had each
    # stretch of it searched many times over. A short one is searched as a whole for each place
    # anyway, and most places need no search.
    eventful: dict[Sentence, bool] = {}
    starts = _event_starts(source.lexicon)
    for match in place_pattern(source.lexicon, text).finditer(text, source.article.body_start):
        sentence = source.sentence(match.start())
        locative = _LOCATIVE.search(text, max(sentence.start, match.start() - 12), match.start())
        # Without a preposition, the place counts only right before its event word; most places
        # have neither, and need no search for their event.
        if locative is None:
            gap = _BEFORE_EVENT.match(text, match.end())
            if gap is None or not event_word_at(source, sentence, gap.end(), *match.span()):
                continue
        if starts is not None and sentence.end - sentence.start > _LONG_SENTENCE:
            if sentence not in eventful:
                eventful[sentence] = bool(starts.search(text, sentence.start, sentence.end))
            event = None
            if eventful[sentence]:
                event = nearest_event(source, sentence, match.start(), match.end())
        else:
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


@cache
def _event_starts(lexicon: Lexicon) -> re.Pattern[str] | None:
    """Where an event word may start: the letters it starts with, in any case, at the start of
    a word. Every event word that `events` finds in a stretch of a sentence starts so (its last
    letters may be cut off by the stretch's end), so a sentence where none does holds none for
    `nearest_event` or `event_word_at` to find. None if an event word starts otherwise."""
    starts = set()
    for words in lexicon.events.values():
        for word in words:
            letters = re.match("[a-z]+", word.lower())
            if letters is None:
                return None
            starts.add(letters.group())
    return re.compile(rf"\b(?:{any_case(starts)})")
