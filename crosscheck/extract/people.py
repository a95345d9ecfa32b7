"""Finding the people an article names, so other extractors can say whom a statement is about.

A capitalized run of words is a person's name when an article gives evidence for it somewhere:
an honorific or office before it ("Mr Mamdani", "President Donald Trump", "mayor-elect Zohran
Mamdani"), a speech verb
next to it ("Trump said", "said Leavitt"), or a relative clause or age after it ("Cuomo, who",
"Mamdani, 34,"). Evidence for a surname carries over to every mention that ends in it, so
"Zohran Mamdani" and a bare "Mamdani" are both people once "Mr Mamdani" appears. Runs without
evidence are kept, unconfirmed: another article may confirm them, and the resolve stage drops
subjects that no article confirms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from crosscheck.lexicon import Lexicon
from crosscheck.numwords import NUMBER_WORDS
from crosscheck.text import alternation

_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ"
# One capitalized word: "Mamdani", "Ocasio-Cortez", "O'Rourke", "McCarthy", "DeSantis", "J."
_WORD = (
    rf"(?:(?:O['’])?[{_UPPER}][{_LOWER}]+(?:[{_UPPER}][{_LOWER}]+)?(?:-[{_UPPER}][{_LOWER}]+)*"
    rf"|[{_UPPER}]\.)"
)
_SPACE = r"[ \u00a0]+"
_NICKNAME = rf"[\"'“‘]{_WORD}[\"'”’]"
_POSSESSIVE = re.compile(r"['’]s?$")
_LOWER_WORD = re.compile(rf"(?<![\w'’-])[{_LOWER}]+(?![\w'’-])")


@dataclass(frozen=True, slots=True, kw_only=True)
class Mention:
    """A person's name as written: offsets of the whole run and the bare name inside it."""

    start: int
    end: int
    name: str
    # Where the name proper starts, after a title or honorific written before it
    name_start: int = -1
    possessive: bool = False
    # Whether this article gives evidence the name is a person's; unconfirmed mentions may still
    # be confirmed by another article of the corpus (see resolve).
    confirmed: bool = False

    @property
    def surname(self) -> str:
        """The last word of the name, the part later mentions most often keep."""
        return self.name.split()[-1]


@cache
def _name_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    particles = alternation(lexicon.name_particles)
    prefix = alternation(lexicon.honorifics | lexicon.titles)
    return re.compile(
        rf"(?<![\w'’.-])(?:(?P<prefix>(?:{prefix})(?:{_SPACE}(?:{prefix}))?){_SPACE})?"
        rf"(?P<name>{_WORD}(?:{_SPACE}(?:{_NICKNAME}{_SPACE})?(?:(?:{particles}){_SPACE})?{_WORD})*)"
        rf"(?P<poss>['’]s?)?(?![-\w])"
    )


@cache
def _evidence_patterns(lexicon: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    verbs = alternation(lexicon.speech_verbs)
    age = rf"(?:\d{{1,3}}|{NUMBER_WORDS})"
    after = re.compile(
        rf"\s*(?:,\s*(?:who|whose)\b"
        rf"|,\s*{age}(?:-years?-old)?,"
        rf"|\s+\({age}\)"
        rf"|,\s*(?:a|the|an)\s+{age}-year-old"
        rf"|,\s*aged\s+{age}"
        rf"|\s+(?:is|was|turned|turns)\s+{age}\b"
        rf"|\s+(?:{verbs})\b"
        rf"|\s+(?:has|had|also|then|later)\s+(?:{verbs})\b)",
        re.IGNORECASE,
    )
    offices = alternation(lexicon.offices)
    before = re.compile(
        rf"(?:\b(?:{verbs}|according to)\s*,?|\b{age}-year-old(?:\s+[a-z-]+){{0,2}}"
        rf"|\b(?:{offices})(?:-elect)?\s*,?)\s*$",
        re.IGNORECASE,
    )
    return after, before


def find_people(text: str, lexicon: Lexicon, *, start: int = 0) -> tuple[Mention, ...]:
    """Every capitalized run that may name a person, in text order, marked if confirmed."""
    candidates: list[tuple[Mention, bool]] = []
    after, before = _evidence_patterns(lexicon)
    common = frozenset(_LOWER_WORD.findall(text, start))
    for match in _name_pattern(lexicon).finditer(text, start):
        name, name_start = _clean_name(match, lexicon, common)
        if not name or name in lexicon.places or name in lexicon.place_aliases:
            continue
        end = match.end()
        evidence = (
            match.group("prefix") is not None
            or after.match(text, end) is not None
            or before.search(text, max(0, match.start() - 50), match.start()) is not None
        )
        mention = Mention(
            start=match.start(),
            end=end,
            name=name,
            name_start=name_start,
            possessive=match.group("poss") is not None,
        )
        candidates.append((mention, evidence))
    known = {mention.surname for mention, evidence in candidates if evidence}
    return tuple(replace(mention, confirmed=mention.surname in known) for mention, _ in candidates)


def _clean_name(raw: re.Match[str], lexicon: Lexicon, common: frozenset[str]) -> tuple[str, int]:
    """The name inside a capitalized run, and where it starts: openers, headline words,
    nicknames and 's dropped.

    A word the article also writes in lower case ("Communist Candidate Jane Roe", "Feud With
    Roe") is a common word capitalized by a headline or sentence start, so the name begins
    after the last such word; the final word always stays, as surnames can be common words too.
    """
    words = [
        (m.group(), raw.start("name") + m.start())
        for m in re.finditer(r"\S+", raw.group("name"))
        if m.group()[0] not in "\"'“‘"
    ]
    while words and words[-1][0] in lexicon.not_names:
        words.pop()
    # "the White House", "Communist Mayor": an institution, or a title with no name after it.
    if words and words[-1][0] in lexicon.institution_words | lexicon.titles:
        return "", -1
    for index in range(len(words) - 2, -1, -1):
        word = words[index][0]
        if word.lower() in common and word not in lexicon.name_particles:
            del words[: index + 1]
            break
    # "Texas Governor Greg Abbott": the name starts after the last title or honorific.
    prefixes = lexicon.honorifics | lexicon.titles
    for index in range(len(words) - 2, -1, -1):
        if words[index][0] in prefixes:
            del words[: index + 1]
            break
    openers = lexicon.not_names | prefixes
    first = next(
        (
            i
            for i, (word, _) in enumerate(words)
            if word not in openers and word.rstrip(".") not in openers
        ),
        len(words),
    )
    words = words[first:]
    if not words:
        return "", -1
    names = [word for word, _ in words]
    names[-1] = _POSSESSIVE.sub("", names[-1])
    return " ".join(names), words[0][1]
