"""Events a date or place belongs to, and whose events they are.

An event is signalled by a word from rules/lexicon/events.toml ("sworn in", "meeting"). Its
subject is found by a small grammar around that word: the person before its verb ("Jane Roe will
be sworn in", "Jane Roe, who won, took office"), a possessive ("Roe's inauguration") or the
person after it ("the inauguration of Jane Roe"). A joint event (a meeting) belongs to everyone
the sentence names, written "A & B"; "the meeting" with fewer than two names refers back to the
last meeting of the article that had them.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from crosscheck.extract.base import Source
from crosscheck.extract.people import Mention
from crosscheck.lexicon import Lexicon
from crosscheck.model import JOINT
from crosscheck.text import Sentence, alternation, any_case, lookup

# What may stand between a person and the verb of their event: auxiliaries, adverbs, and at
# most one clause set off by commas ("Jane Roe, who won in June, will be sworn in"), or the
# start of a relative clause or appositive ("Roe, who was born", "Roe, a citizen born").
_SUBJECT_GAP = re.compile(
    r"(?:\s*,[^,;:]{1,80},|\s*,\s*(?:who|which)|\s*,\s*(?:a|an|the)\s[^,;:]{1,80})?"
    r"(?:\s+(?:will|would|shall|should|is|was|are|were|be|been|being|to|has|have|had|not|"
    r"also|soon|officially|formally|expected|set|due|scheduled|finally|then|later|"
    r"reportedly|once|again|just|already|planned|plans|hopes|going))*\s*$",
    re.IGNORECASE,
)
_POSSESSIVE_GAP = re.compile(r"^\s+(?:[a-z-]+\s+){0,2}$")
_OBJECT_GAP = re.compile(r"^\s+(?:of|with|for|between)\s+(?:[a-z-]+\s+){0,3}$")
# How far (characters) a date or place may stand from its event word: about one clause.
EVENT_REACH = 80
_LONGEST_TRIGGER = 40
# How far (characters) around its event word a joint event's participants are looked for, and
# how many sentences back "the meeting" may point.
_PARTICIPANT_REACH = 300
_ANAPHORA_SENTENCES = 20
_DEFINITE = re.compile(r"\b(?:the|this|that|their|planned|upcoming|potential)\s+\Z", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Event:
    """An event word found in the text: which event it signals and where it stands."""

    name: str
    start: int
    end: int


@cache
def _trigger_pattern(lexicon: Lexicon) -> tuple[re.Pattern[str], dict[str, str]]:
    events = {
        " ".join(word.lower().split()): name
        for name, words in lexicon.events.items()
        for word in words
    }
    return _whole_words(any_case(events, space=r"\s+")), events


def _whole_words(words: str) -> re.Pattern[str]:
    """A regex of `words` standing as whole words."""
    return re.compile(rf"\b(?:{words})\b")


def events_in(source: Source, start: int, end: int) -> list[Event]:
    """Every event word between two offsets."""
    return [event for event in _matches(source, start, end) if event.name]


def _matches(source: Source, start: int, end: int) -> list[Event]:
    """Every match of the event words between two offsets, as an event with no name if it folds
    to none of them: matched ignoring case, "kılled" (a dotless ı) is no "killed"."""
    pattern, names = _trigger_pattern(source.lexicon)
    return [
        Event(lookup(names, m.group()) or "", m.start(), m.end())
        for m in pattern.finditer(source.text, start, end)
    ]


class EventIndex:
    """The event words of an article, found once per sentence as `nearest_event` asks for them.

    A window of a sentence holds the very events a search of that window would find, unless an
    event of the sentence crosses one of its ends, or its end cuts a word whose start could end
    an event word (a search of the window alone would find "summit" in "summits"): such windows
    are searched as they are. The rest cost a bisection instead of a search, which in a long run
    of dates would read every character once for every date within reach of it. A sentence is
    searched whole only once the windows asked about add up to its length: most sentences hold a
    date or two, whose windows cost less to search than the sentence.
    """

    def __init__(self, source: Source) -> None:
        """Index the event words of `source`; nothing is searched before the first question."""
        self._source = source
        self._last_words = _last_words(source.lexicon)
        self._asked: dict[tuple[int, int], int] = {}
        self._sentences: dict[tuple[int, int], tuple[list[int], list[Event]]] = {}

    def between(self, sentence: Sentence, start: int, end: int) -> list[Event]:
        """`events_in(source, start, end)`, for offsets within the sentence."""
        key = (sentence.start, sentence.end)
        if key not in self._sentences:
            self._asked[key] = asked = self._asked.get(key, 0) + end - start
            if asked < sentence.end - sentence.start:
                return events_in(self._source, start, end)
            events = _matches(self._source, sentence.start, sentence.end)
            self._sentences[key] = ([event.start for event in events], events)
        starts, events = self._sentences[key]
        first = bisect.bisect_left(starts, start)
        last = bisect.bisect_left(starts, end)
        if (
            (first and events[first - 1].end > start)
            or (last and events[last - 1].end > end)
            or self._cuts(sentence, end)
        ):
            return events_in(self._source, start, end)
        return [event for event in events[first:last] if event.name]

    def _cuts(self, sentence: Sentence, end: int) -> bool:
        """Whether a search that stops at `end`, inside a word, might find an event word there."""
        text = self._source.text
        # A word character of a regex is a letter, a digit or an underscore.
        if end >= sentence.end or not (text[end].isalnum() or text[end] == "_"):
            return False
        pattern, longest = self._last_words
        if pattern is None:
            return True
        run = _WORD_RUN.search(text, max(sentence.start, end - longest - 1), end)
        return run is not None and pattern.fullmatch(text, run.start(), end) is not None


_WORD_RUN = re.compile(r"\w+\Z")


@cache
def _last_words(lexicon: Lexicon) -> tuple[re.Pattern[str] | None, int]:
    """The last run of word characters of every event word, in any case, and the longest's length.

    No pattern if an event word ends in another character: then any word cut may matter.
    """
    _, names = _trigger_pattern(lexicon)
    runs = [_WORD_RUN.search(word) for word in names]
    words = {run.group() for run in runs if run is not None}
    if any(run is None for run in runs):
        return None, 0
    longest = max(map(len, words), default=0)
    return re.compile(alternation(words), re.IGNORECASE), longest


def nearest_event(
    source: Source,
    sentence: Sentence,
    start: int,
    end: int,
    *,
    index: EventIndex | None = None,
) -> Event | None:
    """The event word of the sentence closest to the span start:end, if it is in its clause.

    Within its clause means near (EVENT_REACH characters), with no speech verb between (in
    "Speaking on Sunday, Trump said they would meet", Sunday dates the speaking) and no lone
    comma between. An `index` of the source's events saves searching for them again.
    """
    reach = _reach(sentence, start, end)
    found = events_in(source, *reach) if index is None else index.between(sentence, *reach)
    nearest = min(found, key=lambda e: (_gap(e, start, end), e.start), default=None)
    if nearest is None or _gap(nearest, start, end) > EVENT_REACH:
        return None
    if _ANOTHER_BEFORE.search(source.text, max(0, nearest.start - 25), nearest.start) or (
        _AGAIN_AFTER.match(source.text, nearest.end)
    ):
        return None  # "meet again next month", "the next meeting": another occurrence
    between = source.text[min(nearest.end, end) : max(nearest.start, start)]
    # One comma between opens or closes a clause ("Roe, who won in June, will be sworn in");
    # two set off an aside ("meet the mayor-elect, Jane Roe, on Friday"). A "that" opens a
    # clause of its own: in "announced that Roe will take over on April 1" the date is the
    # taking over's, not the announcement's.
    if (
        between.count(",") % 2
        or _speech_verbs(source.lexicon).search(between)
        or _THAT.search(between)
    ):
        return None
    return nearest


def event_word_at(source: Source, sentence: Sentence, offset: int, start: int, end: int) -> bool:
    """Whether `nearest_event(source, sentence, start, end)` might be an event word at `offset`.

    A quick test for a caller that wants only that event: when this is false, it is not.
    """
    pattern, _ = _trigger_pattern(source.lexicon)
    low, high = _reach(sentence, start, end)
    return low <= offset and pattern.match(source.text, offset, high) is not None


def _reach(sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    """Where `nearest_event` looks for the event words near text[start:end]."""
    return _around(sentence, start - EVENT_REACH - _LONGEST_TRIGGER, end + EVENT_REACH)


def _around(sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    """A window of the sentence, so that work per assertion stays bounded in long text."""
    return max(sentence.start, start), min(sentence.end, end)


_ANOTHER_BEFORE = re.compile(
    r"\b(?:another|second|follow-up|next|future|further|new)\s+(?:[a-z-]+\s+)?\Z", re.IGNORECASE
)
_THAT = re.compile(r"\bthat\b", re.IGNORECASE)
_AGAIN_AFTER = re.compile(r"\s+(?:\w+\s+)?again\b", re.IGNORECASE)


def _gap(event: Event, start: int, end: int) -> int:
    return max(start - event.end, event.start - end, 0)


@cache
def _speech_verbs(lexicon: Lexicon) -> re.Pattern[str]:
    return _whole_words(any_case(lexicon.speech_verbs | {"speaking", "telling", "saying"}))


def event_subject(
    source: Source, sentence: Sentence, event: Event, *, index: EventIndex | None = None
) -> str:
    """Whose event it is: one person, or "A & B" for the people of a joint event.

    An `index` of the source's events saves searching for them again.
    """
    window = _around(sentence, event.start - _PARTICIPANT_REACH, event.end + _PARTICIPANT_REACH)
    people = source.people_between(*window)
    if event.name in source.lexicon.joint_events:
        return _participants(source, people, event, index)
    return grammatical_subject(
        source.text, people, event.start, event.end, person_nouns=source.lexicon.person_nouns
    )


def grammatical_subject(
    text: str,
    people: list[Mention],
    start: int,
    end: int,
    *,
    person_nouns: frozenset[str] = frozenset(),
) -> str:
    """The person a verb or noun at start:end is about: its subject, possessor or object.

    Not the possessor of another person: "Brennan's father died" is no death of Brennan's.
    """
    for person in reversed(people):
        if person.end > start:
            continue
        gap = text[person.end : start]
        if _SUBJECT_GAP.match(gap) or (
            person.possessive
            and _POSSESSIVE_GAP.match(gap)
            and not any(word.lower() in person_nouns for word in gap.split())
        ):
            return person.name
        break
    for person in people:
        if person.start >= end and _OBJECT_GAP.match(text[end : person.start]):
            return person.name
    return ""


def _participants(
    source: Source, people: list[Mention], event: Event, index: EventIndex | None
) -> str:
    names = sorted({p.name for p in people})
    confirmed = sorted({p.name for p in people if p.confirmed})
    definite = _DEFINITE.search(source.text, max(0, event.start - 20), event.start) is not None
    if len(confirmed) >= 2 or (len(names) >= 2 and not definite):
        return JOINT.join(names)
    if not definite:
        return ""
    # "the meeting": the last meeting, a few sentences back at most, whose sentence named its
    # people.
    at = bisect.bisect_right(source.sentence_starts, event.start) - 1
    for sentence in reversed(source.sentences[max(0, at - _ANAPHORA_SENTENCES) : max(at, 0)]):
        window = _around(sentence, sentence.start, sentence.start + 2 * _PARTICIPANT_REACH)
        found = events_in(source, *window) if index is None else index.between(sentence, *window)
        if any(e.name == event.name for e in found):
            earlier = sorted({p.name for p in source.people_between(*window) if p.confirmed})
            if len(earlier) >= 2:
                return JOINT.join(earlier)
    return JOINT.join(names) if len(names) >= 2 else ""
