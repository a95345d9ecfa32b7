"""Event words: an index of a sentence's events answers as a search of each window would."""

from __future__ import annotations

import pytest

from crosscheck.extract.events import EventIndex, events_in
from crosscheck.lexicon import Lexicon
from tests.conftest import make_source

# Sentences whose windows end inside words, or cut event words and phrases in two.
SENTENCES = [
    pytest.param("The summits were held after the summit.", id="a-word-that-starts-with-an-event"),
    pytest.param("Roe was sworn into office, then sworn in.", id="a-phrase-whose-last-word-is-cut"),
    pytest.param("He stepped   down and took\noffice; polls closed.", id="phrases-over-spaces"),
    pytest.param("Voters voted; the vote met meetings.", id="events-inside-longer-words"),
    pytest.param("The sit-down talks, the swearing-in and a sworn-in mayor.", id="hyphens"),
    pytest.param("MEETING Meeting meeting ARRESTED arrest", id="any-case"),
    pytest.param("No event at all in this one.", id="none"),
]


@pytest.mark.parametrize("text", SENTENCES)
def test_index_finds_what_a_search_of_each_window_finds(text: str, lexicon: Lexicon) -> None:
    source = make_source(text, lexicon)
    index = EventIndex(source)
    for sentence in source.sentences:
        for start in range(sentence.start, sentence.end):
            for end in range(start, sentence.end + 1):
                expected = events_in(source, start, end)
                assert index.between(sentence, start, end) == expected, text[start:end]
