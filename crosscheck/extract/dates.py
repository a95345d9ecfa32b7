"""Dates as assertions: which event a date belongs to and whose event it is.

The calendar grammar lives in `datetext`; this module ties each date to the nearest event word
of its sentence (rules/lexicon/events.toml) and to the person that event is about, found by a
small grammar: "Jane Roe will be sworn in", "Jane Roe, who …, took office", "Roe's inauguration",
"the inauguration of Jane Roe". A date that dates no event of a named person still becomes an
assertion (shown by `extract`) but with an empty subject or attribute, so it is never compared.
"""

from __future__ import annotations

import re
from functools import cache

from crosscheck.extract.base import Source
from crosscheck.extract.datetext import DateMatch, find_dates
from crosscheck.extract.people import Mention
from crosscheck.lexicon import Lexicon
from crosscheck.model import Assertion, Kind
from crosscheck.text import Sentence

# What may stand between a person and the verb of their event: auxiliaries, adverbs, and at
# most one clause set off by commas ("Jane Roe, who won in June, will be sworn in").
_SUBJECT_GAP = re.compile(
    r"(?:\s*,[^,;:]{1,80},)?"
    r"(?:\s+(?:will|would|shall|should|is|was|are|were|be|been|being|to|has|have|had|not|"
    r"also|soon|officially|formally|expected|set|due|scheduled|finally|then|later|"
    r"reportedly|once|again|just|already|planned|plans|hopes|is set|going))*\s*$",
    re.IGNORECASE,
)
_POSSESSIVE_GAP = re.compile(r"^\s+(?:[a-z-]+\s+){0,2}$")
_OBJECT_GAP = re.compile(r"^\s+(?:of|with|for|between)\s+(?:[a-z-]+\s+){0,3}$")


def extract_dates(source: Source) -> tuple[Assertion, ...]:
    """Every calendar date in the article, with the event and person it dates where known."""
    people = source.people
    found: list[Assertion] = []
    for match in find_dates(
        source.text,
        published=source.article.published,
        start=source.article.body_start,
        holidays=source.lexicon.holidays,
    ):
        sentence = source.sentence(match.start)
        event = _nearest_event(source, sentence, match)
        subject = "" if event is None else _event_subject(source, people, sentence, event)
        found.append(
            source.assertion(
                kind=Kind.DATE,
                subject=subject,
                attribute="" if event is None else event[0],
                value=match.value,
                start=match.start,
                end=match.end,
            )
        )
    return tuple(found)


@cache
def _trigger_pattern(lexicon: Lexicon) -> tuple[re.Pattern[str], dict[str, str]]:
    events = {
        " ".join(word.lower().split()): name
        for name, words in lexicon.events.items()
        for word in words
    }
    words = sorted(events, key=len, reverse=True)
    alternatives = "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in words) or "(?!)"
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE), events


def _nearest_event(
    source: Source, sentence: Sentence, date: DateMatch
) -> tuple[str, int, int] | None:
    """The event word of the sentence closest to the date: (event name, start, end)."""
    pattern, events = _trigger_pattern(source.lexicon)
    best: tuple[int, tuple[str, int, int]] | None = None
    for trigger in pattern.finditer(source.text, sentence.start, sentence.end):
        distance = max(date.start - trigger.end(), trigger.start() - date.end, 0)
        name = events[" ".join(trigger.group().lower().split())]
        if best is None or distance < best[0]:
            best = (distance, (name, trigger.start(), trigger.end()))
    return None if best is None else best[1]


def _event_subject(
    source: Source,
    people: tuple[Mention, ...],
    sentence: Sentence,
    event: tuple[str, int, int],
) -> str:
    """The person whose event it is, when the grammar around the event word says so."""
    _, start, end = event
    text = source.text
    in_sentence = [p for p in people if sentence.start <= p.start and p.end <= sentence.end]
    for person in reversed(in_sentence):
        if person.end > start:
            continue
        gap = text[person.end : start]
        if _SUBJECT_GAP.match(gap) or (person.possessive and _POSSESSIVE_GAP.match(gap)):
            return person.name
        break
    for person in in_sentence:
        if person.start >= end and _OBJECT_GAP.match(text[end : person.start]):
            return person.name
    return ""
