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
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from crosscheck.lexicon import Lexicon
from crosscheck.numwords import NUMBER_WORDS
from crosscheck.records import fast
from crosscheck.text import prefix_alternation

_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ"
# One capitalized word: "Mamdani", "Ocasio-Cortez", "O'Rourke", "McCarthy", "DeSantis", "J."
_WORD = (
    rf"(?:(?:O['’])?[{_UPPER}][{_LOWER}]+(?:[{_UPPER}][{_LOWER}]+)?(?:-[{_UPPER}][{_LOWER}]+)*"
    rf"|[{_UPPER}]\.)"
)
_SPACE = r"[ \u00a0]+"
_NICKNAME = rf"[\"'“‘]{_WORD}[\"'”’]"
_LOWER_WORD = re.compile(rf"(?<![\w'’-])[{_LOWER}]+(?![\w'’-])")
_LOWER_RUN = re.compile(rf"[{_LOWER}]+")


@fast
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
    prefixes = lexicon.honorifics | lexicon.titles
    particles = prefix_alternation(lexicon.name_particles, ignorecase=False)
    prefix = prefix_alternation(prefixes, ignorecase=False)
    # The characters a match can start with: a capital, or a title's or honorific's first (a
    # space, if one is empty). Tested first, it fails fast at the many places none stands.
    firsts = {word[:1] or " \u00a0" for word in prefixes}
    first = f"(?=[{_UPPER}{''.join(re.escape(chars) for chars in sorted(firsts))}])"
    return re.compile(
        rf"{first}(?<![\w'’.-])(?:(?P<prefix>(?:{prefix})(?:{_SPACE}(?:{prefix}))?){_SPACE})?"
        rf"(?P<name>{_WORD}(?:{_SPACE}(?:{_NICKNAME}{_SPACE})?(?:(?:{particles}){_SPACE})?{_WORD})*)"
        rf"(?P<poss>['’]s?)?(?![-\w])"
    )


class _Evidence(NamedTuple):
    """Patterns of the words around a name that show it is a person's."""

    after: re.Pattern[str]  # right after the name: ", who", ", 34,", " said"
    # Just before it, with spaces and a comma between: "said", "according to", "mayor-elect,"
    # and how far before the comma and spaces they can start
    verb: re.Pattern[str]
    verb_reach: int
    office: re.Pattern[str]
    office_reach: int
    age: re.Pattern[str]  # "34-year-old" and up to two words, just before the name
    year_old: re.Pattern[str]  # what every match of `age` holds
    # The words, lower case, that `verb` and `office` matches end in ("said", "to", "elect");
    # None if one does not end in ASCII letters
    last_words: frozenset[str] | None


@cache
def _evidence(lexicon: Lexicon) -> _Evidence:
    verbs = prefix_alternation(lexicon.speech_verbs, ignorecase=True)
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
    speech = lexicon.speech_verbs | lexicon.source_phrases
    offices = prefix_alternation(lexicon.offices, ignorecase=True)
    return _Evidence(
        after=after,
        verb=re.compile(
            rf"\b(?:{prefix_alternation(speech, ignorecase=True)})\s*,?\s*$", re.IGNORECASE
        ),
        verb_reach=max(map(len, speech)),
        office=re.compile(rf"\b(?:{offices})(?:-elect)?\s*,?\s*$", re.IGNORECASE),
        office_reach=max(map(len, lexicon.offices), default=0) + len("-elect"),
        age=re.compile(rf"\b{age}-year-old(?:\s+[a-z-]+){{0,2}}\s*$", re.IGNORECASE),
        year_old=re.compile("-year-old", re.IGNORECASE),
        last_words=_last_words({*speech, *lexicon.offices, "elect"}),
    )


def _last_words(phrases: set[str]) -> frozenset[str] | None:
    """The ASCII letters each phrase ends in, lower case; None if one ends otherwise."""
    found = [re.search("[a-z]+$", phrase.lower()) for phrase in phrases]
    if not all(found):
        return None
    return frozenset(letters.group() for letters in found if letters)


# How far back from a name `_evidence_before` looks.
_BEFORE_REACH = 50


def _evidence_before(evidence: _Evidence, text: str, start: int) -> bool:
    """Whether the text just before `start` is a speech verb, an office or an age."""
    begin = max(0, start - _BEFORE_REACH)
    # A verb or office ends where the spaces and comma before the name begin, so it starts
    # no further back than its length: the patterns need not be tried before that.
    head = text[begin:start].rstrip().removesuffix(",").rstrip()
    gap = begin + len(head)
    return (
        _may_end_verb_or_office(evidence, head)
        and (
            evidence.verb.search(text, max(begin, gap - evidence.verb_reach), start) is not None
            or evidence.office.search(text, max(begin, gap - evidence.office_reach), start)
            is not None
        )
    ) or (
        evidence.year_old.search(text, begin, start) is not None
        and evidence.age.search(text, begin, start) is not None
    )


def _may_end_verb_or_office(evidence: _Evidence, head: str) -> bool:
    """Whether `head` may end in a speech verb or an office, by its last letters.

    Most names have neither before them, and the word they have is found faster than the
    patterns are tried. The letters a verb or office ends in are preceded by a space, a hyphen
    or nothing that is a word character (the patterns start with a word boundary), so they are
    all the letters the text ends in, in any case; letters beyond ASCII may match ASCII ones
    ignoring case, so those leave the patterns to answer.
    """
    if evidence.last_words is None:
        return True
    letters = len(head)
    while letters and head[letters - 1].isalpha():
        letters -= 1
    word = head[letters:]
    return not word.isascii() or word.lower() in evidence.last_words


class _Words(NamedTuple):
    """Unions of the lexicon's word lists that `_clean_name` tests every word against."""

    prefixes: frozenset[str]  # honorifics and titles
    not_last: frozenset[str]  # institution words and titles: no name ends in one
    openers: frozenset[str]  # words a name does not start with: not_names and prefixes


@cache
def _words(lexicon: Lexicon) -> _Words:
    prefixes = lexicon.honorifics | lexicon.titles
    return _Words(
        prefixes=prefixes,
        not_last=lexicon.institution_words | lexicon.titles,
        openers=lexicon.not_names | prefixes,
    )


def find_people(text: str, lexicon: Lexicon, *, start: int = 0) -> tuple[Mention, ...]:
    """Every capitalized run that may name a person, in text order, marked if confirmed."""
    evidence = _evidence(lexicon)
    matches = list(_name_pattern(lexicon).finditer(text, start))
    # Each run, and whether an honorific or title stands before it ("Mayor", "Mr.")
    runs = [(match.group("name"), match.group("prefix") is not None) for match in matches]
    # An article writes the same names many times over: each is cleaned once.
    distinct = set(runs)
    # Only words of runs of two or more words are ever looked up in lower case.
    common = _written_in_lower_case(
        text, start, {word.lower() for run, _ in distinct for word in run.split()[:-1]}
    )
    # Each run as written -> its name, where that starts in the run, and its surname
    cleaned = {run: _cleaned(*run, lexicon, common) for run in distinct}
    # "Park said", once the article has named "Mayor Steven Park": the surname alone is his.
    surnames = {surname for _, _, surname in cleaned.values()} & lexicon.institution_surnames
    for run, titled in distinct:
        if run in surnames and not cleaned[run, titled][0]:
            cleaned[run, titled] = (run, 0, run)
    found: list[tuple[re.Match[str], str, int, str]] = []
    known: set[str] = set()  # surnames the article gives evidence for
    unsure: list[tuple[int, str]] = []
    for match, run in zip(matches, runs, strict=True):
        name, offset, surname = cleaned[run]
        if not name:
            continue
        found.append((match, name, match.start("name") + offset, surname))
        # Evidence for a surname confirms every mention of it, so it is looked for only until
        # some is found.
        if surname in known:
            continue
        if match.group("prefix") is not None or evidence.after.match(text, match.end()):
            known.add(surname)
        else:
            unsure.append((match.start(), surname))
    # The look back, the dearest test, is left to the end, for surnames still unconfirmed.
    for begin, surname in unsure:
        if surname not in known and _evidence_before(evidence, text, begin):
            known.add(surname)
    return tuple(
        Mention(
            start=match.start(),
            end=match.end(),
            name=name,
            name_start=name_start,
            possessive=match.group("poss") is not None,
            confirmed=surname in known,
        )
        for match, name, name_start, surname in found
    )


def _cleaned(
    run: str, titled: bool, lexicon: Lexicon, common: frozenset[str]
) -> tuple[str, int, str]:
    """The name in a run (see `_clean_name`), where it starts in the run, and its surname;
    ("", -1, "") for no name, or one of a place."""
    name, offset = _clean_name(run, lexicon, common, titled=titled)
    if not name or name in lexicon.places or name in lexicon.place_aliases:
        return "", -1, ""
    return name, offset, name.split()[-1]


# Searches for a word, hits that are part of a longer word included, before it is cheaper to
# list every lower-case word of the text.
_SEARCHES = 64


def _written_in_lower_case(text: str, start: int, words: set[str]) -> frozenset[str]:
    """Those of `words` that the text, from `start`, writes on their own all in lower case.

    A name's few words are found faster by searching for each than by listing every lower-case
    word of the article; if there are many, or many hits inside longer words, the list it is.
    """
    found: set[str] = set()
    searches = 0
    for word in words:
        if not _LOWER_RUN.fullmatch(word):
            continue
        at = text.find(word, start)
        while at >= 0 and searches < _SEARCHES:
            searches += 1
            end = at + len(word)
            before = text[at - 1] if at else " "
            after = text[end] if end < len(text) else " "
            if not _in_word(before) and not _in_word(after):
                found.add(word)
                break
            at = text.find(word, at + 1)
        if searches >= _SEARCHES:
            return frozenset(_LOWER_WORD.findall(text, start)) & words
    return frozenset(found)


def _in_word(char: str) -> bool:
    """Whether a character is one of _LOWER_WORD's word characters: [\\w'’-]."""
    return char.isalnum() or char in "_'’-"


_QUOTES = "\"'“‘"


def _clean_name(
    run: str, lexicon: Lexicon, common: frozenset[str], *, titled: bool = False
) -> tuple[str, int]:
    """The name inside a capitalized run, and where in the run it starts: openers, headline
    words and nicknames dropped (a run ends in a letter or full stop: 's is matched after it).
    `titled`: an honorific or title stands before the run.

    A word the article also writes in lower case ("Communist Candidate Jane Roe", "Feud With
    Roe") is a common word capitalized by a headline or sentence start, so the name begins
    after the last such word; the final word always stays, as surnames can be common words too.
    """
    sets = _words(lexicon)
    if " " not in run and "\u00a0" not in run:
        # One word, as most runs are ("The", "Washington"): the steps below come to this.
        if run in sets.openers or run.rstrip(".") in sets.openers:
            return "", -1
        if run in sets.not_last and not _titled_surname([run], lexicon, titled=titled):
            return "", -1
        return run, 0
    # The words (nicknames left out) as strings; the name is words[begin:end].
    words = [word for word in run.split() if word[0] not in _QUOTES]
    end = len(words)
    while end and words[end - 1] in lexicon.not_names:
        end -= 1
    # "the White House", "Communist Mayor": an institution, or a title with no name after it;
    # but "Mayor Steven Park" and "Mr. Hall" are people, whose surnames are such words.
    last_is_no_name = end and words[end - 1] in sets.not_last
    if last_is_no_name and not _titled_surname(words[:end], lexicon, titled=titled):
        return "", -1
    begin = 0
    for index in range(end - 2, -1, -1):
        word = words[index]
        if word.lower() in common and word not in lexicon.name_particles:
            begin = index + 1
            break
    # "Texas Governor Greg Abbott": the name starts after the last title or honorific.
    for index in range(end - 2, begin - 1, -1):
        if words[index] in sets.prefixes:
            begin = index + 1
            break
    openers = sets.openers
    begin = next(
        (
            index
            for index in range(begin, end)
            if words[index] not in openers and words[index].rstrip(".") not in openers
        ),
        end,
    )
    if begin == end:
        return "", -1
    return " ".join(words[begin:end]), _word_offset(run, begin)


def _titled_surname(words: list[str], lexicon: Lexicon, *, titled: bool) -> bool:
    """Whether a run's last word, an institution word, is the surname of a person whose
    honorific or title stands before the run or in it ("Mayor Steven Park", "Texas Governor
    Jane Hall"); the name is at most two words after that."""
    if words[-1] not in lexicon.institution_surnames:
        return False
    prefixes = _words(lexicon).prefixes
    if titled and len(words) <= 2:
        return True
    return any(word in prefixes or word.rstrip(".") in prefixes for word in words[-3:-1])


def _word_offset(run: str, index: int) -> int:
    """Where the index-th word of a run, nicknames not counted, starts in it."""
    if index == 0:
        return 0  # a run starts with a capitalized word, never a nickname
    kept = (word for word in re.finditer(r"\S+", run) if word.group()[0] not in _QUOTES)
    return next(word for i, word in enumerate(kept) if i == index).start()
