"""How news English marks a direct quotation, in every typography, and what is not one."""

from __future__ import annotations

import random
from itertools import pairwise

import pytest

from crosscheck.extract.quotemarks import find_quotes

QUOTED = [
    # Double marks, curly and straight.
    pytest.param("He said “we will win” today.", ["we will win"], id="curly-double"),
    pytest.param('He said "we will win" today.', ["we will win"], id="straight-double"),
    pytest.param('"We will win," he said.', ["We will win,"], id="straight-at-start"),
    pytest.param('He said ("we will win") today.', ["we will win"], id="straight-after-bracket"),
    pytest.param('The aim—"to win"—was clear.', ["to win"], id="straight-after-dash"),
    pytest.param("He said “we will win“ today.", ["we will win"], id="opening-glyph-as-closer"),
    pytest.param(
        'He said "one" and "two" and "three".', ["one", "two", "three"], id="straight-in-a-row"
    ),
    pytest.param('A 6" pipe and a 2" nail.', [], id="inch-marks"),
    # Single marks, where ' and ’ are also the apostrophe.
    pytest.param("He said ‘we will win’ today.", ["we will win"], id="curly-single"),
    pytest.param("He said 'we will win' today.", ["we will win"], id="straight-single"),
    pytest.param(
        "Mamdani's team said 'we will work something out' on Sunday.",
        ["we will work something out"],
        id="apostrophe-before-quote",
    ),
    pytest.param(
        "The Democrats' plan was 'bold', she said.", ["bold"], id="plural-possessive-before"
    ),
    pytest.param("It's Trump's and Mamdani's call.", [], id="apostrophes-only"),
    pytest.param("New Yorkers’ rent and voters’ choice don’t mix.", [], id="curly-apostrophes"),
    pytest.param("The ’90s and the '80s gave way to ’26.", [], id="decades-and-years"),
    pytest.param("He loved rock 'n' roll and rock ’n’ roll.", [], id="rock-n-roll"),
    pytest.param("'I love rock 'n' roll,' he said.", ["I love rock 'n' roll,"], id="n-inside"),
    pytest.param("'We like 'em,' he said.", ["We like 'em,"], id="clipped-word-inside"),
    pytest.param(
        "'I'm here to work for everyone that calls this city home'",
        ["I'm here to work for everyone that calls this city home"],
        id="apostrophe-inside",
    ),
    pytest.param(
        "‘It’s finally happened, the Democrats’ day,’ he said",
        ["It’s finally happened, the Democrats’ day,"],
        id="plural-possessive-inside",
    ),
    pytest.param(
        "He called them 'the Democrats' on Sunday.", ["the Democrats"], id="s-mark-as-closer"
    ),
    pytest.param(
        "He praised 'the workers' and the voters' choice.",
        ["the workers"],
        id="first-of-two-s-marks",
    ),
    pytest.param(
        "He praised 'the workers' and then 'the voters' anyway.",
        ["the workers", "the voters"],
        id="s-mark-before-new-opener",
    ),
    pytest.param(
        "He said 'we will win.\nThe voters' choice is clear.", [], id="s-mark-closes-own-paragraph"
    ),
    pytest.param(
        "'The Democrats' and the Republicans' day,' he said.",
        ["The Democrats' and the Republicans' day,"],
        id="s-marks-in-a-row-inside",
    ),
    pytest.param(
        "He called them 'the Democrats' and the Republicans' rivals.",
        ["the Democrats"],
        id="s-marks-in-a-row-first-closes",
    ),
    pytest.param('"\'Tis the season," he said.', ["'Tis the season,"], id="clipped-word-at-start"),
    # Split, multi-sentence and one-word quotations.
    pytest.param(
        "“We’ll work something out,” he said, “and we will.”",
        ["We’ll work something out,", "and we will."],
        id="split",
    ),
    pytest.param(
        "“We will win. We will govern. You will see,” she said.",
        ["We will win. We will govern. You will see,"],
        id="several-sentences",
    ),
    pytest.param(
        "calling him a “communist lunatic” again", ["communist lunatic"], id="scare-quotes"
    ),
    pytest.param("a “Communist” mayor", ["Communist"], id="one-word"),
    pytest.param('He said "" twice.', [], id="empty"),
    pytest.param("He said “—” and '...' and \"?!\" twice.", [], id="no-words"),
    pytest.param("“—” she said “yes” then", ["yes"], id="no-words-then-words"),
    # Nesting: only the outer quotation.
    pytest.param(
        "“He called it ‘a disgrace,’ she said”",
        ["He called it ‘a disgrace,’ she said"],
        id="nested-us",
    ),
    pytest.param(
        "'He called it \"a disgrace\", she said'",
        ['He called it "a disgrace", she said'],
        id="nested-british",
    ),
    pytest.param("“He said ‘no” and left.", ["He said ‘no"], id="unclosed-inner-inside-outer"),
    # Odd typography seen in scraped text.
    pytest.param(
        "posting ”…AND SO IT BEGINS!” on his site",
        ["…AND SO IT BEGINS!"],
        id="closing-glyph-as-opener",
    ),
    pytest.param("the ’bold’ plan", ["bold"], id="closing-single-glyph-as-opener"),
    pytest.param(
        "Trump and Mamdani to Meet at the White House: “The Communist Asked”",
        ["The Communist Asked"],
        id="headline",
    ),
    # Quotations across line breaks.
    pytest.param(
        "“We’ll work something out.\nWe want everything to go well for New York,” he said.",
        ["We’ll work something out.\nWe want everything to go well for New York,"],
        id="line-break-inside",
    ),
    pytest.param(
        "He said: “We will win.\n\n“We will govern.”\nThen he left.",
        ["We will win.\n\n“We will govern."],
        id="paragraph-continued",
    ),
    pytest.param(
        "'We will win.\n  'We will govern.\n'You will see.'",
        ["We will win.\n  'We will govern.\n'You will see."],
        id="paragraph-continued-twice-british",
    ),
    pytest.param("“Win.\n“Govern.\nNo reopening here.", [], id="continued-never-closed"),
    pytest.param(
        "He said “we will win.\nThe mayor said “no” to that.",
        ["no"],
        id="stray-opener-then-quote",
    ),
    pytest.param(
        "He said “we will win.\nLater she said ‘maybe’ and left.",
        ["maybe"],
        id="stray-opener-keeps-inner",
    ),
    pytest.param("“One.\nb\nc\nd,” he said.", ["One.\nb\nc\nd,"], id="three-breaks-allowed"),
    pytest.param("“One.\nb\nc\nd\ne,” he said.", [], id="four-breaks-too-many"),
    pytest.param(
        "“One.\n\n\nb\n\n\nc\n\n\nd,” he said.",
        ["One.\n\n\nb\n\n\nc\n\n\nd,"],
        id="blank-lines-are-one-break",
    ),
    pytest.param("“" + "word " * 1001 + "end,” he said.", [], id="too-long"),
    # Unbalanced marks.
    pytest.param("Nothing quoted here.", [], id="no-quotes"),
    pytest.param('He said "yes" and then "no', ["yes"], id="unclosed-straight-at-end"),
    pytest.param("He said “yes” and then “no", ["yes"], id="unclosed-curly-at-end"),
    pytest.param("“Unclosed. He said “yes” today.", ["yes"], id="unclosed-then-closed"),
    # Real excerpts.
    pytest.param(
        "Trump said, “The mayor of New York, I will say, would like to meet with us. We’ll work"
        " something out. But he would like to come to Washington,” he said before flying.",
        [
            "The mayor of New York, I will say, would like to meet with us. We’ll work something"
            " out. But he would like to come to Washington,"
        ],
        id="real-trump-said",
    ),
    pytest.param(
        "Speaking to a reporter on Sunday, Trump said Mamdani 'would like to meet with us' and"
        " added 'we'll work something out', showing willingness to engage.",
        ["would like to meet with us", "we'll work something out"],
        id="real-two-british",
    ),
    pytest.param(
        "He explained that the meeting could help tackle urgent issues, which he described as"
        " 'pushing so many [residents] out of the city'.",
        ["pushing so many [residents] out of the city"],
        id="real-brackets",
    ),
    pytest.param(
        "Mamdani emphasised that his goal is pragmatic cooperation, saying, 'I will be proactive"
        " in the work that I do... it is important that you are open to working with anyone, no"
        " matter what disagreements you may have'.",
        [
            "I will be proactive in the work that I do... it is important that you are open to"
            " working with anyone, no matter what disagreements you may have"
        ],
        id="real-ellipsis",
    ),
    pytest.param(
        "“If Communist Candidate Zohran Mamdani wins the Election for Mayor of New York City, it"
        " is highly unlikely that I will be contributing Federal Funds…,” the president"
        " threatened.",
        [
            "If Communist Candidate Zohran Mamdani wins the Election for Mayor of New York City,"
            " it is highly unlikely that I will be contributing Federal Funds…,"
        ],
        id="real-threat",
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED)
def test_quoted_words(text: str, expected: list[str]) -> None:
    assert [text[q.start : q.end] for q in find_quotes(text)] == expected


@pytest.mark.parametrize(("text", "expected"), QUOTED)
def test_offsets_point_at_the_marks(text: str, expected: list[str]) -> None:
    for q in find_quotes(text):
        assert (q.start, q.end) == (q.open + 1, q.close)
        assert text[q.open] in "\"'“”‘’"
        assert text[q.close] in "\"'“”‘’"


START = [
    pytest.param("He said “one.” Then “two.”", "Then", ["two."], id="text-before-ignored"),
    pytest.param("“one” and “two”", "one", ["two"], id="start-inside-a-quotation"),
    pytest.param("x 'a' b", "'a'", ["a"], id="mark-at-start-opens"),
]


@pytest.mark.parametrize(("text", "begin", "expected"), START)
def test_start_offset(text: str, begin: str, expected: list[str]) -> None:
    offset = text.index(begin)
    found = find_quotes(text, offset)
    assert [text[q.start : q.end] for q in found] == expected
    assert all(q.open >= offset for q in found)


def _adversarial(size: int, seed: int) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice("\"'“”‘’\"'“”‘’aAs  \n.,") for _ in range(size))


def test_adversarial_marks_finish() -> None:
    assert isinstance(find_quotes(_adversarial(200_000, seed=0)), tuple)


@pytest.mark.parametrize("seed", range(5))
def test_quotations_never_overlap(seed: int) -> None:
    text = _adversarial(20_000, seed)
    found = find_quotes(text)
    assert all(a.close < b.open for a, b in pairwise(found))
