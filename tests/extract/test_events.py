"""Event words: an index of a sentence's events answers as a search of each window would."""

from __future__ import annotations

import dataclasses
from types import MappingProxyType

import pytest

from crosscheck.extract.events import EventIndex, events_in
from crosscheck.lexicon import Lexicon
from tests.conftest import make_source

# Event words of a made-up lexicon: one ends a phrase that is another, one ends in a full stop.
ODD_EVENTS = {"talks": ("peace talks", "talks"), "vote": ("vote", "yes vote."), "met": ("met",)}

# (sentences, the events of the lexicon or None for the shipped ones); the windows tried end
# inside words, and cut event words and phrases in two.
CASES = [
    pytest.param("The summits were held after the summit.", None, id="a-word-starts-with-an-event"),
    pytest.param(
        "Roe was sworn into office, then sworn in.", None, id="a-phrase-ends-in-a-cut-word"
    ),
    pytest.param(
        "He stepped   down and took\noffice; polls closed.", None, id="phrases-over-spaces"
    ),
    pytest.param("Voters voted; the vote met meetings.", None, id="events-inside-longer-words"),
    pytest.param("The sit-down talks, the swearing-in, a sworn-in mayor.", None, id="hyphens"),
    pytest.param("MEETING Meeting meeting ARRESTED arrest", None, id="any-case"),
    pytest.param("No event at all in this one.", None, id="none"),
    pytest.param("The peace talks and the talks.", ODD_EVENTS, id="an-event-ends-a-longer-one"),
    pytest.param("A yes vote.Then a vote, they met.", ODD_EVENTS, id="an-event-ends-in-a-stop"),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Roe was kılled; the İnauguration.", [], id="dotless-and-dotted-i"),
        pytest.param("Roe was killed.", ["killed"], id="as-written"),
    ],
)
def test_words_that_fold_to_no_event_word(text: str, expected: list[str], lexicon: Lexicon) -> None:
    source = make_source(text, lexicon)
    found = events_in(source, 0, len(text))
    assert [text[event.start : event.end] for event in found] == expected
    index = EventIndex(source)
    assert [index.between(s, s.start, s.end) for s in source.sentences] == [
        events_in(source, s.start, s.end) for s in source.sentences
    ]


@pytest.mark.parametrize(("text", "events"), CASES)
def test_index_finds_what_a_search_of_each_window_finds(
    text: str, events: dict[str, tuple[str, ...]] | None, lexicon: Lexicon
) -> None:
    if events is not None:
        lexicon = dataclasses.replace(lexicon, events=MappingProxyType(events))
    source = make_source(text, lexicon)
    index = EventIndex(source)
    for sentence in source.sentences:
        for start in range(sentence.start, sentence.end):
            for end in range(start, sentence.end + 1):
                expected = events_in(source, start, end)
                assert index.between(sentence, start, end) == expected, text[start:end]
