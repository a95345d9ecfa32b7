"""Who said a quotation: the attribution patterns of news English."""

from __future__ import annotations

from dataclasses import replace

import pytest

from crosscheck.extract.quotemarks import find_quotes
from crosscheck.extract.speakers import attribute_speakers
from crosscheck.lexicon import Lexicon
from tests.conftest import make_source

# (text, [speaker of each quotation in text order: a name, "office:<name>", or ""])
CASES = [
    pytest.param("“We will win,” Jane Roe said.", ["Jane Roe"], id="name-said-after"),
    pytest.param("“We will win,” said Jane Roe.", ["Jane Roe"], id="said-name-after"),
    pytest.param(
        "“We will win,” Mr Roe told reporters on Monday.", ["Roe"], id="honorific-told-after"
    ),
    pytest.param(
        "“We will win,” Mr Roe would later say.", ["Roe"], id="auxiliary-between-name-and-verb"
    ),
    pytest.param("Jane Roe said, “We will win.”", ["Jane Roe"], id="name-said-before"),
    pytest.param("Jane Roe said: 'We will win.'", ["Jane Roe"], id="colon-single-quotes"),
    pytest.param(
        "Jane Roe has since confirmed her team reached out “to fulfil a promise”.",
        ["Jane Roe"],
        id="auxiliary-and-adverb-before-verb",
    ),
    pytest.param(
        "Roe, who lost the primary, said she was “ready to serve”.",
        ["Roe"],
        id="relative-clause-between-subject-and-verb",
    ),
    pytest.param("According to Jane Roe, “the vote was fair”.", ["Jane Roe"], id="according-to"),
    pytest.param(
        "In the words of Jane Roe, “the vote was fair”.", ["Jane Roe"], id="in-the-words-of"
    ),
    pytest.param(
        "John Doe said: “We deserved a draw.” Jane Roe said she would not criticise him.",
        ["John Doe"],
        id="a-quotation-that-ends-its-sentence-is-not-the-next-ones",
    ),
    pytest.param("“Why now?” Jane Roe asked.", ["Jane Roe"], id="a-question-then-its-speaker"),
    pytest.param("“We will win,” Jane Roe, 34, told reporters.", ["Jane Roe"], id="age-aside"),
    pytest.param(
        "“We will win,” Jane Roe, a Democrat, said.", ["Jane Roe"], id="description-aside"
    ),
    pytest.param(
        "“We won,” Jane Roe said after the vote.\n\nGovernor John Doe has said he will sign it."
        " In a statement, he called it “a promise kept.”",
        ["Jane Roe", "John Doe"],
        id="a-name-after-a-paragraph-break-is-no-role",
    ),
    pytest.param(
        "Jane Roe said, “We will win.” “The sky was orange,” said Denise Hall, 71.",
        ["Jane Roe", ""],
        id="said-somebody-unnamed-is-not-the-last-speaker",
    ),
    pytest.param(
        "Jane Roe said, “We will win.” “The sky was orange,” Carnegie Hall said.",
        ["Jane Roe", ""],
        id="somebody-unnamed-said-is-not-the-last-speaker",
    ),
    pytest.param(
        "Jane Roe said, “We will win.” “It sounded like an explosion,” said the woman, who"
        " declined to give her name.",
        ["Jane Roe", ""],
        id="said-the-woman-is-not-the-last-speaker",
    ),
    pytest.param(
        "Jane Roe said, “We will win.” “We saw the water rise,” a neighbor who lives nearby said.",
        ["Jane Roe", ""],
        id="a-neighbor-said-is-not-the-last-speaker",
    ),
    pytest.param(
        "Jane Roe said, “We will win.” “There is no overlap,” analyst Hannah Moss said.",
        ["Jane Roe", "Hannah Moss"],
        id="a-description-before-the-name-after",
    ),
    pytest.param(
        "Jane Roe said, “We will win.” “There is no overlap,” said analyst Hannah Moss.",
        ["Jane Roe", "Hannah Moss"],
        id="said-a-description-and-a-name",
    ),
    pytest.param(
        "Jane Roe said, “We will win.” “There is no overlap,” adding that she was sure.",
        ["Jane Roe", "Jane Roe"],
        id="a-participle-continues-the-last-speaker",
    ),
    pytest.param(
        "Jane Roe said, “We will win.” “There is no overlap,” adding that Tom Reed said so.",
        ["Jane Roe", "Jane Roe"],
        id="a-name-in-the-participles-clause-is-not-the-speaker",
    ),
    pytest.param(
        "Jane Roe said, “We will win.” “There is no overlap.” The coach said it too.",
        ["Jane Roe", "Jane Roe"],
        id="a-new-sentence-after-a-full-stop-is-no-attribution",
    ),
    pytest.param(
        "Jane Roe said, “We will win.” “They will lose,” adding that it would be close.",
        ["Jane Roe", "Jane Roe"],
        id="a-participle-after-a-quotation-names-nobody-new",
    ),
    pytest.param(
        "Jane Roe said, “We will win.” “We always do.” She smiled.",
        ["Jane Roe", "Jane Roe"],
        id="an-unattributed-quotation-continues-the-last-speaker",
    ),
    pytest.param("Jane Roe wrote on X, “The vote was fair.”", ["Jane Roe"], id="wrote-on-platform"),
    pytest.param(
        "“The vote was fair,” Jane Roe said in an interview with the Herald.",
        ["Jane Roe"],
        id="said-in-an-interview",
    ),
    pytest.param(
        "Jane Roe spoke on Monday. “We will win,” he said.",
        ["Jane Roe"],
        id="pronoun-after-to-last-sentence-subject",
    ),
    pytest.param(
        "Jane Roe beat John Doe. Later in the speech, she said: “We will win.”",
        ["Jane Roe"],
        id="pronoun-takes-the-subject-not-the-object",
    ),
    pytest.param(
        "Asked what he would tell Mr Doe, Mr Roe said he would say: “I am ready.”",
        ["Roe"],
        id="pronoun-nearest-name-in-sentence",
    ),
    pytest.param(
        "President John Doe spoke. “We will talk,” the president said.",
        ["office:president"],
        id="office-after",
    ),
    pytest.param(
        "On Wednesday, the President wrote on his site, “We have agreed.”",
        ["office:president"],
        id="office-before",
    ),
    pytest.param(
        "Jane Roe attacked John Doe, calling him “a liar” and “a cheat”.",
        ["Jane Roe", "Jane Roe"],
        id="participle-takes-sentence-subject",
    ),
    pytest.param(
        "Jane Roe said Doe 'would like to meet' and added 'we will work it out'.",
        ["Jane Roe", "Jane Roe"],
        id="speaker-not-the-person-the-quote-is-about",
    ),
    pytest.param(
        "Jane Roe's victory speech was a jab at Doe, “It is the city that made him.”",
        ["Jane Roe"],
        id="possessive-speech-noun",
    ),
    pytest.param(
        "“I will be ready,” Ms Roe said. “And I will win.”",
        ["Roe", "Roe"],
        id="unattributed-sentence-continues-speaker",
    ),
    pytest.param(
        "“We will win,” Jane Roe said.\n\n“We will win big.”",
        ["Jane Roe", "Jane Roe"],
        id="unattributed-paragraph-continues-speaker",
    ),
    pytest.param(
        "“We will win,” Jane Roe said. John Doe disagreed with that.\n\n“She is wrong.”",
        ["Jane Roe", "John Doe"],
        id="unattributed-after-another-person",
    ),
    pytest.param("Roe and Doe to meet: “The Rival Asked”", [""], id="headline-quote-unknown"),
    pytest.param(
        'Local council leader Tom Harris was less convinced. "Frankly, it was slow," he said.',
        ["Tom Harris"],
        id="a-capitalized-first-word-is-not-the-subject",
    ),
    pytest.param(
        "“If John Doe wins, we lose,” Jane Roe said.",
        ["Jane Roe"],
        id="names-inside-the-quote-never-speak",
    ),
    pytest.param(
        "“We will win.\nWe will win big,” he said. Then Jane Roe left.",
        [""],
        id="pronoun-with-no-one-before-is-unknown",
    ),
    pytest.param(
        "Jane Roe spoke." + " “We will win,” he said." * 9,
        ["Jane Roe"] * 8 + [""],
        id="pronouns-look-back-eight-sentences-past-other-pronouns",
    ),
    pytest.param(
        "Jane Roe spoke." + " It rained." * 7 + " “We will win,” he said.",
        ["Jane Roe"],
        id="pronoun-reaches-eight-sentences-back",
    ),
    pytest.param(
        "Jane Roe spoke." + " It rained." * 8 + " “We will win,” he said.",
        [""],
        id="pronoun-reaches-no-further",
    ),
    pytest.param(
        "Although the president agreed to meet with Jane Roe, he continued to call her a “liar”.",
        ["office:president"],
        id="pronoun-takes-the-subject-of-its-sentence",
    ),
    pytest.param(
        "Doe threatened to cut funds from the city if she won, and even suggested stripping Roe, "
        "who was born abroad, of her citizenship, a threat that Roe's allies saw as a “betrayal”.",
        [""],
        id="a-verb-far-from-the-quote-gives-no-speaker",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_speakers(text: str, expected: list[str], lexicon: Lexicon) -> None:
    source = make_source(text, lexicon)
    quotes = find_quotes(text)
    speakers = attribute_speakers(source, quotes)
    found = [f"office:{s.role.name}" if s.role is not None else s.name for s in speakers]
    assert found == expected


def test_an_editor_adds_a_source_phrase(lexicon: Lexicon) -> None:
    """`source_phrases` in rules/lexicon/quotes.toml: the source is named after the phrase."""
    text = "In the view of Jane Roe, “the vote was fair”."
    extended = replace(lexicon, source_phrases=lexicon.source_phrases | {"in the view of"})
    before = attribute_speakers(make_source(text, lexicon), find_quotes(text))
    after = attribute_speakers(make_source(text, extended), find_quotes(text))
    assert [s.name for s in before] == [""]
    assert [s.name for s in after] == ["Jane Roe"]
