"""Which event a date belongs to, and whose event it is."""

from __future__ import annotations

import datetime as dt

import pytest

from crosscheck.corpus import load
from crosscheck.extract import dates
from crosscheck.extract.base import prepare
from crosscheck.extract.dates import extract_dates, windows
from crosscheck.lexicon import Lexicon
from tests.conftest import SEEDS, make_source

NOV_18 = dt.date(2025, 11, 18)

# (text, publication date, [(date words, subject, event, timex)])
CASES = [
    pytest.param(
        "Mr Mamdani will be sworn in as the city's 111th mayor on January 1st.",
        NOV_18,
        [("January 1st", "Mamdani", "sworn-in", "2026-01-01")],
        id="subject-before-its-verb",
    ),
    pytest.param(
        "Jane Roe announced that John Doe will become chief executive on 1 April 2026.",
        NOV_18,
        [("1 April 2026", "", "", "2026-04-01")],
        id="a-date-in-a-that-clause-is-not-the-announcements",
    ),
    pytest.param(
        "Jane Roe announced on Tuesday that John Doe will become chief executive.",
        NOV_18,
        [("Tuesday", "Jane Roe", "announcement", "2025-11-18")],
        id="a-date-before-that-is-the-announcements",
    ),
    pytest.param(
        "Jane Roe's father died in 1977, she said.",
        NOV_18,
        [("1977", "", "died", "1977")],
        id="a-possessed-person-is-not-the-possessor",
    ),
    pytest.param(
        "Jane Roe's inauguration will be on 1 January 2026.",
        NOV_18,
        [("1 January 2026", "Jane Roe", "sworn-in", "2026-01-01")],
        id="a-possessive-event",
    ),
    pytest.param(
        "Jane Roe will be sworn in tomorrow, her office said.",
        NOV_18,
        [("tomorrow", "Jane Roe", "sworn-in", "2025-11-19")],
        id="a-relative-date-counts-from-publication",
    ),
    pytest.param(
        "Jane Roe said: “I will be sworn in tomorrow.”",
        NOV_18,
        [("tomorrow", "", "", "2025-11-19")],
        id="in-somebodys-words-from-a-day-not-given",
    ),
    pytest.param(
        "Jane Roe said: “I will be sworn in on 1 January 2026.”",
        NOV_18,
        [("1 January 2026", "", "sworn-in", "2026-01-01")],
        id="a-calendar-date-in-somebodys-words-keeps-its-event",
    ),
    pytest.param(
        "Jane Roe, who won in June, will be sworn in on 1 January 2026, she said.",
        None,
        [("June", "", "", "XXXX-06"), ("1 January 2026", "Jane Roe", "sworn-in", "2026-01-01")],
        id="a-date-in-a-relative-clause-is-not-the-main-event",
    ),
    pytest.param(
        "Donald Trump is ready to meet Zohran Mamdani in the Oval Office on Friday, he said.",
        None,
        [("Friday", "Donald Trump & Zohran Mamdani", "meeting", "XXXX-WXX-5")],
        id="joint-event-belongs-to-both",
    ),
    pytest.param(
        "President Jane Roe will meet Governor John Doe soon. The meeting will be on Friday.",
        None,
        [
            ("soon", "", "", "FUTURE_REF"),
            ("Friday", "Jane Roe & John Doe", "meeting", "XXXX-WXX-5"),
        ],
        id="the-meeting-points-back-and-refs-date-nothing",
    ),
    pytest.param(
        "Speaking to a reporter on Sunday, Mr Trump said Mr Doe would like to meet.",
        NOV_18,
        [("Sunday", "", "", "2025-11-16")],
        id="speech-verb-between-date-and-event",
    ),
    pytest.param(
        "Ms Roe and Mr Doe met on Monday and agreed to meet again next month, she said.",
        dt.date(2025, 6, 10),
        [("Monday", "Doe & Roe", "meeting", "2025-06-09"), ("next month", "", "", "2025-07")],
        id="meeting-again-is-another-meeting",
    ),
    pytest.param(
        "The report was published on 1 January 2026, officials said.",
        None,
        [("1 January 2026", "", "", "2026-01-01")],
        id="no-event-no-claim",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_dates_and_their_events(
    text: str,
    published: dt.date | None,
    expected: list[tuple[str, str, str, str]],
    lexicon: Lexicon,
) -> None:
    found = extract_dates(make_source(text, lexicon, published=published))
    assert [(a.text, a.subject, a.attribute, a.value.timex()) for a in found] == expected  # type: ignore[union-attr]


# Three sentences, at 0-14, 15-35 and 36-72; the last has its one space at 66. A window ends
# before the last sentence that starts in it, or after it if it ends in it too; a sentence longer
# than the window is cut at its last space within reach, or else where the reach ends.
THREE = "One two three. Four five six seven. " + "Eight" + "-" * 25 + " nine."
WINDOW_CASES = [
    pytest.param(200, [(0, 72)], id="a-text-within-the-size-is-one-window"),
    pytest.param(35, [(0, 35), (35, 36), (36, 66), (66, 72)], id="cut-between-sentences"),
    pytest.param(25, [(0, 15), (15, 36), (36, 61), (61, 72)], id="no-space-within-reach"),
    pytest.param(
        10,
        [(0, 7), (7, 15), (15, 24), (24, 28), (28, 36), (36, 46), (46, 56), (56, 66), (66, 72)],
        id="sentences-longer-than-the-size-cut-at-spaces",
    ),
]


@pytest.mark.parametrize(("size", "expected"), WINDOW_CASES)
def test_windows(size: int, expected: list[tuple[int, int]], lexicon: Lexicon) -> None:
    assert list(windows(make_source(THREE, lexicon), size)) == expected


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda path: path.stem)
def test_reading_in_windows_finds_the_dates_of_one_reading(
    path: object, lexicon: Lexicon, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cut between sentences, a long text yields the dates it yields read whole."""
    (article,) = load([str(path)]).articles
    whole = tuple(extract_dates(prepare(article, lexicon)))
    monkeypatch.setattr(dates, "WINDOW", 400)
    source = prepare(article, lexicon)
    assert len(list(windows(source, dates.WINDOW))) > 5
    assert tuple(extract_dates(source)) == whole
