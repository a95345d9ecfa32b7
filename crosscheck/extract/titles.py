"""People's offices and roles, as news English writes them, as assertions about the person.

Handled: a title before a name ("former New York governor Andrew Cuomo", "New York City's
mayor-elect, Zohran Mamdani"), an appositive or relative clause after it ("Zohran Mamdani, the
mayor-elect,", "Cuomo, who is the former governor,"), an office given by a verb ("sworn in as
New York City's 111th mayor"), and a role named without a person ("the mayor-elect said"): the
last gets an empty subject that the resolve stage fills when one person holds that role.

The office is the claim's attribute ("mayor"; "mayor (ordinal)" for "111th mayor"); status
(former, -elect, acting, then-), ordinal and place are the value.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from crosscheck.extract.base import Source
from crosscheck.extract.events import grammatical_subject, people_in
from crosscheck.extract.people import Mention
from crosscheck.gazetteer import place_value
from crosscheck.lexicon import Lexicon
from crosscheck.model import Assertion, Kind
from crosscheck.values import ELECT, PlaceValue, TitleValue

_ORDINALS = (
    "first", "second", "third", "fourth", "fifth", "sixth",
    "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
)  # fmt: skip
_ORDINAL_WORDS = {word: number for number, word in enumerate(_ORDINALS, start=1)}
# How sure a role named without a person ("the mayor-elect") is about whom it means.
ROLE_CONFIDENCE = 0.7


@cache
def _patterns(lexicon: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The title phrase (anchored at its end, at its start) and the role-verb pattern."""

    def alternatives(words: frozenset[str]) -> str:
        ordered = sorted(words, key=len, reverse=True)
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) or "(?!)"

    # A place does not start with a sentence opener ("For New York's incoming mayor").
    openers = "|".join(sorted(map(re.escape, lexicon.not_names), key=len, reverse=True)) or "(?!)"
    offices = alternatives(lexicon.offices)
    # Capitalized words, whatever the flags around them ("New York City's", "US"); no word of
    # them starts an office: "British Prime Minister" is a prime minister, not a minister.
    word = rf"(?!(?:{offices})\b)(?-i:[A-Z][\w.’'-]*)"
    place_run = rf"(?!(?-i:{openers})\b){word}(?:[ \u00a0]+(?:of[ \u00a0]+)?{word}){{0,3}}"
    joined = sorted((w for w in lexicon.title_status if w.endswith("-")), key=len, reverse=True)
    spaced = frozenset(w for w in lexicon.title_status if not w.endswith("-"))
    status = rf"(?:(?:{alternatives(spaced)})\s+|(?:{'|'.join(map(re.escape, joined)) or '(?!)'}))"
    phrase = (
        rf"(?:(?:city|state|country|nation|party|company|team|club|government)['’]s\s+)?"
        rf"(?P<status1>{status})?"
        rf"(?:(?P<place>{place_run})\s+)?"
        rf"(?P<status2>{status})?"
        rf"(?:(?P<ordinal>\d{{1,3}}(?:st|nd|rd|th)|{'|'.join(_ORDINAL_WORDS)})\s+)?"
        rf"(?P<office>{offices})(?P<elect>-elect)?"
        rf"(?:\s+of\s+(?P<of_place>{place_run}))?"
    )
    flags = re.IGNORECASE
    ending = re.compile(rf"(?<![\w-])(?:{phrase})(?P<gap>\s*,?\s*)\Z", flags)
    starting = re.compile(rf"(?P<det>the\s+|a\s+|an\s+)?(?:{phrase})(?![\w-])", flags)
    verbs = re.compile(rf"\b(?:{alternatives(lexicon.role_verbs)})\s+as\s+", flags)
    return ending, starting, verbs


def extract_titles(source: Source) -> tuple[Assertion, ...]:
    """Every office the article gives a person, and every role it names without one."""
    named = {(a.span.start, a.span.end): a for a in _named(source)}
    # A role inside a title already given to a name ("Roe, the former mayor,") is not a second one.
    roles = {
        (a.span.start, a.span.end): a
        for a in _roles(source)
        if not any(start < a.span.end and a.span.start < end for start, end in named)
    }
    found = named | roles
    return tuple(found[key] for key in sorted(found))


def _named(source: Source) -> Iterator[Assertion]:
    ending, starting, verbs = _patterns(source.lexicon)
    text = source.text
    for person in source.people:
        sentence = source.sentence(person.start)
        name_start = person.name_start if person.name_start >= 0 else person.start
        before = ending.search(text, max(sentence.start, name_start - 120), name_start)
        if before is not None:
            yield _title(source, person.name, before)
        yield from _appositive(source, person, starting)
    for verb in verbs.finditer(text, source.article.body_start):
        title = starting.match(text, verb.end())
        if title is None:
            continue
        sentence = source.sentence(verb.start())
        subject = grammatical_subject(text, people_in(source, sentence), verb.start(), verb.end())
        if subject:
            yield _title(source, subject, title)


# After a name: ", the mayor-elect," / ", who is the former governor" — up to the clause's end.
_APPOSITIVE = re.compile(
    r",\s+(?:who\s+(?:is|was)\s+)?(?:the|a|an)\s+(?P<phrase>[^,;.()“”\"\n]{1,160}?)"
    r"(?=\s*(?:[,;.()“”\"\n]|\bwho\b|\bwhich\b|\bthat\b|\Z))"
)


def _appositive(source: Source, person: Mention, starting: re.Pattern[str]) -> Iterator[Assertion]:
    found = _APPOSITIVE.match(source.text, person.end)
    if found is None:
        return
    start, end = found.span("phrase")
    position = start
    while position < end:
        title = starting.search(source.text, position, end)
        if title is None:
            return
        if not source.text.startswith(("'s", "’s"), title.end()):
            yield _title(source, person.name, title)
        position = title.end()


def _roles(source: Source) -> Iterator[Assertion]:
    """Roles named without a person ("the mayor-elect"), for resolve to attribute."""
    _, starting, _ = _patterns(source.lexicon)
    text = source.text
    starts = {p.start for p in source.people}
    for title in starting.finditer(text, source.article.body_start):
        # Only "the" or a place's possessive points at one role-holder; "a mayor" is anybody.
        definite = (title.group("det") or "").strip().lower() == "the"
        if not (definite or (title.group("place") or "").endswith(("'s", "’s"))):
            continue
        after = re.match(r"\s*,?\s*", text[title.end() :])
        follows = title.end() + (after.end() if after else 0)
        if follows in starts or text.startswith(("'s", "’s"), title.end()):
            continue  # a title before a name, or "the president's son"
        yield _title(source, "", title, confidence=ROLE_CONFIDENCE)


def _title(
    source: Source, subject: str, match: re.Match[str], *, confidence: float = 1.0
) -> Assertion:
    lexicon = source.lexicon
    office = " ".join(match.group("office").lower().split())
    status_word = (match.group("status1") or match.group("status2") or "").strip().lower()
    status = ELECT if match.group("elect") else lexicon.title_status.get(status_word, "")
    ordinal = _ordinal(match.group("ordinal"))
    elect = len(match.group("elect") or "")
    value = TitleValue(
        name=office,
        status=status,
        ordinal=ordinal,
        place=_place(match.group("of_place"), lexicon) or _place(match.group("place"), lexicon),
    )
    return source.assertion(
        kind=Kind.TITLE,
        subject=subject,
        attribute=office if ordinal is None else f"{office} (ordinal)",
        value=value,
        start=match.start(),
        end=match.end("of_place") if match.group("of_place") else match.end("office") + elect,
        confidence=confidence,
    )


def _place(written: str | None, lexicon: Lexicon) -> PlaceValue | None:
    """A place the gazetteer knows; other capitalized words before an office are not places."""
    if not written:
        return None
    place = place_value(written, lexicon)
    return place if place.known else None


def _ordinal(written: str | None) -> int | None:
    if not written:
        return None
    word = written.lower()
    return _ORDINAL_WORDS.get(word) or int(re.sub(r"\D", "", word))
