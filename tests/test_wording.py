"""Two renderings of one quotation: the same words, a minor variant, a misquote, or unrelated."""

from __future__ import annotations

import pytest

from crosscheck.lexicon import Lexicon
from crosscheck.wording import (
    Agreement,
    Change,
    Comparison,
    Matching,
    Passage,
    compare_units,
    read_passage,
    word_diff,
)

# The real list lives in rules/lexicon/quotes.toml; a small one keeps these cases self-contained.
FUNCTION_WORDS = frozenset({
    "a", "an", "the", "to", "of", "and", "or", "but", "in", "on", "at", "for", "with", "that",
    "this", "is", "are", "was", "were", "be", "been", "have", "has", "had", "do", "does", "did",
    "will", "would", "may", "might", "can", "could", "shall", "should", "must", "i", "you", "he",
    "she", "it", "we", "they", "me", "him", "her", "us", "them", "my", "your", "his", "its", "our",
    "their", "not", "so", "if", "as", "by", "from", "just", "very", "all", "any", "there",
})  # fmt: skip

# Real quotations as outlets printed them.
CITY_GAVE_RISE = (
    "If anyone can show a nation betrayed by Donald Trump how to defeat him, it is the city that"
    " gave rise to him"
)
AFTER_ALL = (
    "After all, if anyone can show a nation betrayed by Donald Trump how to defeat him, it is the"
    " city that gave rise to him. And if there is any way to terrify a despot..."
)
CITY_LIFTED = (
    "If anyone can show a nation betrayed by Donald Trump how to defeat him, it is the city that"
    " once lifted him to prominence. In this moment of political darkness, New York will be the"
    " light"
)
AFTER_ALL_DESPOT = (
    "After all, if anyone can show a nation betrayed by Donald Trump how to defeat him, it is the"
    " city that gave rise to him. And if there is any way to terrify a despot, it is by"
    " dismantling the very conditions that allowed him to accumulate power."
)
WORK_OUT = "We'll work something out. We want everything to go well for New York"
TRUMP_LONG = (
    "The mayor of New York, I will say, would like to meet with us, and we'll work something out."
    " But he would like to come to Washington and meet. And we'll work something out. We want to"
    " see everything work out well for New York"
)
TRUMP_SHORT = (
    "The mayor of New York, I will say, would like to meet with us. We'll work something out. But"
    " he would like to come to Washington"
)
COME_TO_WASHINGTON = "He would like to come to Washington and meet, and we'll work something out"
OPEN_TO_ANYONE = (
    "It is important that you are open to working with anyone, no matter what disagreements you"
    " have."
)
EIGHT_MILLION = (
    "And I think that is because of the responsibility that I hold to eight-and-a-half million"
    " people of being their mayor, it is important that you are open to working with anyone, no"
    " matter what disagreements you may have."
)
PROACTIVE = (
    "I will be proactive in the work that I do... it is important that you are open to working"
    " with anyone, no matter what disagreements you may have"
)
RESIDENTS = "pushing so many [residents] out of the city"
OF_THEM = (
    "so long as it would help to address the affordability crisis that is pushing so many of"
    " them out of the city"
)


def passage(text: str) -> Passage:
    return read_passage(text, FUNCTION_WORDS)


def compare(
    first: str, first_unit: int, second: str, second_unit: int, matching: Matching | None = None
) -> Comparison:
    one, two = passage(first), passage(second)
    return compare_units(
        one, one.units()[first_unit], two, two.units()[second_unit], matching or Matching()
    )


def diff(first: str, first_unit: int, second: str, second_unit: int) -> list[tuple[str, str]]:
    one, two = passage(first), passage(second)
    pieces = word_diff(
        first, one, one.units()[first_unit], second, two, two.units()[second_unit], Matching()
    )
    return [(piece.kind, piece.text) for piece in pieces]


# --- Reading a passage -------------------------------------------------------------------------

WORDS = [
    pytest.param("It’s “fine”", ["it", "is", "fine"], id="curly-quotes-are-punctuation"),
    pytest.param("Fine—really – yes", ["fine", "really", "yes"], id="dashes-are-not-words"),
    pytest.param("a work-related rise", ["a", "work-related", "rise"], id="hyphen-inside-a-word"),
    pytest.param("a 100% Communist", ["a", "100", "percent", "communist"], id="percent-sign-is-a-word"),
    pytest.param("3.5 million, 2,000 towns", ["3.5", "million", "2,000", "towns"], id="numbers"),
    pytest.param("we'll, we’re, I've, I'm, I'd", ["we", "will", "we", "are", "i", "have", "i", "am", "i", "would"], id="contractions"),
    pytest.param("don't, won't, can't, cannot", ["do", "not", "will", "not", "can", "not", "can", "not"], id="negations"),
    pytest.param("it's that's there's let's", ["it", "is", "that", "is", "there", "is", "let", "us"], id="pronoun-s-is-is"),
    pytest.param("Mamdani's plan", ["mamdani's", "plan"], id="possessive-s-stays"),
    pytest.param("their [sic] going", ["their", "going"], id="sic-dropped"),
    pytest.param("so many [residents] out", ["so", "many", "[residents]", "out"], id="editorial-bracketed"),
    pytest.param("she said “we ‘won’”", ["she", "said", "we", "won"], id="nested-quotes-are-punctuation"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "words"), WORDS)
def test_words_are_normalized(text: str, words: list[str]) -> None:
    assert list(passage(text).words) == words


SENTENCES = [
    pytest.param("We won. We will win again", [0, 0, 1, 1, 1, 1], id="full-stop"),
    pytest.param("Win? Yes! Now", [0, 1, 2], id="question-and-exclamation"),
    pytest.param("“We won.” They left", [0, 0, 1, 1], id="stop-before-closing-quote"),
    pytest.param("I do... it is", [0, 0, 1, 1], id="three-dots"),
    pytest.param("I do…it is", [0, 0, 1, 1], id="ellipsis-character"),
    pytest.param("I do . . . it is", [0, 0, 1, 1], id="spaced-dots"),
    pytest.param("one line\nnext line", [0, 0, 1, 1], id="line-break"),
    pytest.param("... it is", [0, 0], id="leading-ellipsis-numbers-from-zero"),
    pytest.param("Mr. Trump won", [0, 0, 0], id="abbreviation-is-no-stop"),
]


@pytest.mark.parametrize(("text", "numbers"), SENTENCES)
def test_sentences(text: str, numbers: list[int]) -> None:
    assert list(passage(text).sentence) == numbers


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("We won. We will win again", [range(0, 2), range(2, 6)]),
        (PROACTIVE, [range(0, 10), range(10, 28)]),
        ("", []),
        ("…", []),
    ],
)
def test_units_are_the_sentences_word_ranges(text: str, units: list[range]) -> None:
    assert list(passage(text).units()) == units


@pytest.mark.parametrize(
    ("text", "editorial"),
    [
        ("so many [residents] out", [False, False, True, False]),
        ("[He] said [we would] go", [True, False, True, True, False]),
        ("their [sic] going", [False, False]),
    ],
)
def test_bracketed_words_are_the_editors(text: str, editorial: list[bool]) -> None:
    assert list(passage(text).editorial) == editorial


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("We’ll see — it’s “fine”…", ["We’ll", "We’ll", "see", "it’s", "it’s", "fine"]),
        ("their [sic] going [home]", ["their", "going", "home"]),
        ("a 100% Communist Lunatic", ["a", "100", "%", "Communist", "Lunatic"]),
    ],
)
def test_spans_point_at_the_written_word(text: str, written: list[str]) -> None:
    assert [text[start:end] for start, end in passage(text).spans] == written


@pytest.mark.parametrize(
    ("curly", "straight"),
    [
        ("We’ll work something out", "We'll work something out"),
        ("“It’s fine,” ‘she’ said", "\"It's fine,\" 'she' said"),
        ("don’t", "don't"),
    ],
)
def test_curly_and_straight_apostrophes_read_alike(curly: str, straight: str) -> None:
    assert passage(curly).words == passage(straight).words


def test_function_words_are_not_content() -> None:
    assert passage("We want everything").content == (False, True, True)


# --- Comparing two units -----------------------------------------------------------------------

AGREEMENTS = [
    pytest.param(CITY_GAVE_RISE, 0, AFTER_ALL, 0, Agreement.VERBATIM, id="one-outlet-starts-earlier"),
    pytest.param(CITY_LIFTED, 0, AFTER_ALL_DESPOT, 0, Agreement.CONFLICT, id="sentence-ends-in-other-words"),
    pytest.param(CITY_LIFTED, 1, AFTER_ALL_DESPOT, 1, Agreement.UNRELATED, id="next-sentences-differ"),
    pytest.param(WORK_OUT, 1, TRUMP_LONG, 3, Agreement.CONFLICT, id="misquote-of-a-repeated-remark"),
    pytest.param(WORK_OUT, 0, TRUMP_LONG, 2, Agreement.VERBATIM, id="repeated-remark-said-again"),
    pytest.param(WORK_OUT, 0, TRUMP_SHORT, 1, Agreement.VERBATIM, id="same-sentence-different-next"),
    pytest.param(WORK_OUT, 1, TRUMP_SHORT, 0, Agreement.UNRELATED, id="next-sentence-vs-first"),
    pytest.param(WORK_OUT, 1, TRUMP_SHORT, 1, Agreement.UNRELATED, id="next-sentence-vs-second"),
    pytest.param(WORK_OUT, 1, TRUMP_SHORT, 2, Agreement.UNRELATED, id="next-sentence-vs-third"),
    pytest.param(COME_TO_WASHINGTON, 0, TRUMP_LONG, 1, Agreement.VERBATIM, id="one-sentence-split-in-two"),
    pytest.param(COME_TO_WASHINGTON, 0, TRUMP_LONG, 0, Agreement.UNRELATED, id="words-taken-by-a-better-match"),
    pytest.param(OPEN_TO_ANYONE, 0, EIGHT_MILLION, 0, Agreement.VARIANT, id="function-word-inserted"),
    pytest.param(RESIDENTS, 0, OF_THEM, 0, Agreement.VERBATIM, id="editor-brackets-first"),
    pytest.param(OF_THEM, 0, RESIDENTS, 0, Agreement.VERBATIM, id="editor-brackets-second"),
    pytest.param(PROACTIVE, 0, "I will be proactive in the work that I do,", 0, Agreement.VERBATIM, id="before-an-ellipsis"),
    pytest.param(PROACTIVE, 1, EIGHT_MILLION, 0, Agreement.VERBATIM, id="after-an-ellipsis"),
    pytest.param("to fulfil a commitment I made", 0, "to fulfill a commitment I made", 0, Agreement.VARIANT, id="spelling-fulfil"),
    pytest.param("they criticised the plan", 0, "they criticized the plan", 0, Agreement.VARIANT, id="spelling-criticised"),
    pytest.param("We will prioritise the customers who stood by us", 0, "prioritize the customers who stood by us", 0, Agreement.VARIANT, id="quoted-from-a-word-spelled-otherwise"),
    pytest.param("we will support the customers who stood by us", 0, "we will support the customers who stood by us and sympathise", 0, Agreement.VERBATIM, id="quoted-on-further"),
    pytest.param("we support the customers who stood by us and sympathize", 0, "we support the customers who stood by us and sympathise with them", 0, Agreement.VARIANT, id="quoted-on-from-a-word-spelled-otherwise"),
    pytest.param("Managers prioritise the customers who stood by us", 0, "Owners prioritize the customers who stood by us", 0, Agreement.CONFLICT, id="a-word-before-the-spelled-one-differs"),
    pytest.param("we'll work something out", 0, "we will work something out", 0, Agreement.VERBATIM, id="contraction"),
    pytest.param("We’ll work something out", 0, "we'll work something out", 0, Agreement.VERBATIM, id="typography-and-case"),
    pytest.param("their [sic] going to win", 0, "their going to win", 0, Agreement.VERBATIM, id="sic"),
    pytest.param("I have spent ten years learning from her", 0, "I have spent 10 years learning from her", 0, Agreement.VARIANT, id="number-in-words-or-digits"),
    pytest.param("we cut costs by 1,200 jobs this year", 0, "we cut costs by one thousand two hundred jobs this year", 0, Agreement.VARIANT, id="large-number-in-words"),
    pytest.param("Revenue grew 8 percent in the quarter", 0, "Revenue grew 8% in the quarter", 0, Agreement.VERBATIM, id="percent-sign"),
    pytest.param("Revenue grew 8 per cent in the quarter", 0, "Revenue grew 8 percent in the quarter", 0, Agreement.VARIANT, id="per-cent"),
    pytest.param("we dominated the second-half of the match", 0, "we dominated the second half of the match", 0, Agreement.VARIANT, id="hyphen-or-space"),
    pytest.param("Revenue grew 8 percent in the quarter", 0, "Revenue grew 9 percent in the quarter", 0, Agreement.CONFLICT, id="another-number"),
    pytest.param("I have spent ten years learning from her", 0, "I have spent 12 years learning from her", 0, Agreement.CONFLICT, id="another-number-in-words"),
    pytest.param("we will fix the subway", 0, "we will fix the tunnel", 0, Agreement.CONFLICT, id="content-word-replaced"),
    pytest.param("communist lunatic", 0, "Zohran Mamdani, a 100% Communist Lunatic, has just won", 0, Agreement.VERBATIM, id="fragment-inside"),
    pytest.param("communist lunatic", 0, "a communist, total lunatic", 0, Agreement.VERBATIM, id="fragment-never-conflicts"),
    pytest.param("communist lunatic", 0, "a communist maniac", 0, Agreement.UNRELATED, id="fragment-half-there"),
    pytest.param("communist", 0, "a hater of Jews", 0, Agreement.UNRELATED, id="one-word-fragment"),
    pytest.param("I want to just speak plainly to the president", 0, "We are seeing his actions", 0, Agreement.UNRELATED, id="different-remarks"),
]  # fmt: skip


@pytest.mark.parametrize(("first", "first_unit", "second", "second_unit", "agreement"), AGREEMENTS)
def test_agreement(
    first: str, first_unit: int, second: str, second_unit: int, agreement: Agreement
) -> None:
    assert compare(first, first_unit, second, second_unit).agreement is agreement


@pytest.mark.parametrize(("first", "first_unit", "second", "second_unit", "agreement"), AGREEMENTS)
def test_agreement_is_symmetric(
    first: str, first_unit: int, second: str, second_unit: int, agreement: Agreement
) -> None:
    assert compare(second, second_unit, first, first_unit).agreement is agreement


# Each change as (first words, second words, whether content words differ).
CHANGES = [
    pytest.param(CITY_LIFTED, 0, AFTER_ALL_DESPOT, 0, [("once lifted him to prominence", "gave rise to him", True)], id="both-continue-the-sentence-differently"),
    pytest.param(OPEN_TO_ANYONE, 0, EIGHT_MILLION, 0, [("", "may", False)], id="function-word-inserted"),
    pytest.param("to fulfil a commitment I made", 0, "to fulfill a commitment I made", 0, [("fulfil", "fulfill", False)], id="spelling-variant"),
    pytest.param("we will fix the subway", 0, "we will fix the tunnel", 0, [("subway", "tunnel", True)], id="content-word"),
    pytest.param(RESIDENTS, 0, OF_THEM, 0, [], id="editorial-change-ignored"),
    pytest.param(CITY_GAVE_RISE, 0, AFTER_ALL, 0, [], id="one-outlet-quoted-more"),
    pytest.param(CITY_LIFTED, 1, AFTER_ALL_DESPOT, 1, [], id="unrelated-has-no-changes"),
    pytest.param("communist lunatic", 0, "a communist, total lunatic", 0, [], id="fragment-has-no-changes"),
]  # fmt: skip


@pytest.mark.parametrize(("first", "first_unit", "second", "second_unit", "changes"), CHANGES)
def test_changes(
    first: str,
    first_unit: int,
    second: str,
    second_unit: int,
    changes: list[tuple[str, str, bool]],
) -> None:
    found = compare(first, first_unit, second, second_unit).changes
    assert [(" ".join(c.first), " ".join(c.second), c.content) for c in found] == changes


def test_a_change_says_where_it_starts_on_each_side() -> None:
    (change,) = compare(CITY_LIFTED, 0, AFTER_ALL_DESPOT, 0).changes
    assert change == Change(
        first=("once", "lifted", "him", "to", "prominence"),
        second=("gave", "rise", "to", "him"),
        first_at=19,
        second_at=21,
        content=True,
    )
    assert passage(CITY_LIFTED).words[19] == "once"
    assert passage(AFTER_ALL_DESPOT).words[21] == "gave"


@pytest.mark.parametrize(
    ("first", "first_unit", "second", "second_unit", "matched"),
    [
        pytest.param(CITY_GAVE_RISE, 0, AFTER_ALL, 0, 23, id="all-of-the-shorter"),
        pytest.param(COME_TO_WASHINGTON, 0, TRUMP_LONG, 1, 9, id="only-pairs-inside-both-units"),
        pytest.param(COME_TO_WASHINGTON, 0, TRUMP_LONG, 2, 6, id="the-rest-in-the-next-unit"),
        pytest.param(COME_TO_WASHINGTON, 0, TRUMP_LONG, 0, 0, id="none-outside-the-region"),
    ],
)
def test_matched_counts_pairs_inside_both_units(
    first: str, first_unit: int, second: str, second_unit: int, matched: int
) -> None:
    assert compare(first, first_unit, second, second_unit).matched == matched


@pytest.mark.parametrize(
    ("matching", "agreement"),
    [
        pytest.param(Matching(), Agreement.VARIANT, id="defaults"),
        pytest.param(Matching(spelling=0.9), Agreement.CONFLICT, id="stricter-spelling"),
        pytest.param(Matching(min_share=1.0), Agreement.UNRELATED, id="every-word-must-match"),
        pytest.param(Matching(min_words=6), Agreement.UNRELATED, id="more-words-than-shared"),
    ],
)
def test_thresholds_come_from_matching(matching: Matching, agreement: Agreement) -> None:
    first, second = "to fulfil a commitment I made", "to fulfill a commitment I made"
    assert compare(first, 0, second, 0, matching).agreement is agreement


@pytest.mark.parametrize(
    ("gap_penalty", "agreement"),
    [
        pytest.param(0.5, Agreement.VERBATIM, id="two-word-gap-bridged"),
        pytest.param(2.0, Agreement.UNRELATED, id="costly-gap-splits-the-region"),
    ],
)
def test_gap_penalty_decides_how_far_a_region_stretches(
    gap_penalty: float, agreement: Agreement
) -> None:
    matching = Matching(gap_penalty=gap_penalty)
    assert compare(RESIDENTS, 0, OF_THEM, 0, matching).agreement is agreement


def test_the_defaults_are_what_the_data_file_ships(lexicon: Lexicon) -> None:
    assert lexicon.quote_matching == Matching()


# --- Word diff ---------------------------------------------------------------------------------

DIFFS = [
    pytest.param(
        CITY_LIFTED, 0, AFTER_ALL_DESPOT, 0,
        [
            ("same", "If anyone can show a nation betrayed by Donald Trump how to defeat him it is the city that"),
            ("first", "once lifted him to prominence"),
            ("second", "gave rise to him"),
        ],
        id="conflict",
    ),
    pytest.param(
        CITY_GAVE_RISE, 0, AFTER_ALL, 0,
        [("same", "If anyone can show a nation betrayed by Donald Trump how to defeat him it is the city that gave rise to him")],
        id="verbatim-is-one-piece",
    ),
    pytest.param(
        OPEN_TO_ANYONE, 0, EIGHT_MILLION, 0,
        [
            ("same", "It is important that you are open to working with anyone no matter what disagreements you"),
            ("second", "may"),
            ("same", "have"),
        ],
        id="insertion",
    ),
    pytest.param(
        "to fulfil a commitment I made", 0, "to fulfill a commitment I made", 0,
        [("same", "to"), ("first", "fulfil"), ("second", "fulfill"), ("same", "a commitment I made")],
        id="spelling",
    ),
    pytest.param("We’ll work something out", 0, "we will work something out", 0, [("same", "We’ll work something out")], id="contraction-written-once"),
    pytest.param(RESIDENTS, 0, OF_THEM, 0, [("same", "pushing so many [residents] out of the city")], id="editor-words-in-brackets"),
    pytest.param(COME_TO_WASHINGTON, 0, TRUMP_LONG, 1, [("same", "He would like to come to Washington and meet")], id="clipped-to-the-units"),
    pytest.param(CITY_LIFTED, 1, AFTER_ALL_DESPOT, 1, [], id="unrelated-is-empty"),
]  # fmt: skip


@pytest.mark.parametrize(("first", "first_unit", "second", "second_unit", "pieces"), DIFFS)
def test_word_diff(
    first: str, first_unit: int, second: str, second_unit: int, pieces: list[tuple[str, str]]
) -> None:
    assert diff(first, first_unit, second, second_unit) == pieces


@pytest.mark.parametrize(
    ("shorter", "longer", "expected"),
    [
        pytest.param(
            "Wherever there is a possibility for working together... I'm ready, and I will fight it",
            "and wherever there is a possibility for working together towards that end, I'm ready, and I will fight it.",
            Agreement.VERBATIM,
            id="words-left-out-at-an-ellipsis",
        ),
        pytest.param(
            "We will fix the subway. We will freeze the rent.",
            "We will fix the subway. And we will do it fast. We will freeze the rent.",
            Agreement.VERBATIM,
            id="a-sentence-left-out-between-sentences",
        ),
        pytest.param(
            "We will fix the subway and freeze the rent.",
            "We will fix the subway quickly and freeze the rent.",
            Agreement.CONFLICT,
            id="words-added-inside-a-sentence-still-count",
        ),
    ],
)
def test_omissions(shorter: str, longer: str, expected: Agreement) -> None:
    first, second = passage(shorter), passage(longer)
    found = {
        compare_units(first, unit, second, other, Matching()).agreement
        for unit in first.units()
        for other in second.units()
    } - {Agreement.UNRELATED}
    assert found == {expected}
