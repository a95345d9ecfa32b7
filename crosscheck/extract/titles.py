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

import bisect
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache, lru_cache
from typing import NamedTuple

from crosscheck.extract.base import MAX_PER_KIND, Source
from crosscheck.extract.events import grammatical_subject
from crosscheck.extract.people import Mention
from crosscheck.gazetteer import place_value
from crosscheck.lexicon import Lexicon
from crosscheck.model import Assertion, Kind
from crosscheck.text import Sentence, beyond_ascii_or, prefix_alternation
from crosscheck.values import ELECT, THEN, PlaceValue, TitleValue

_ORDINALS = (
    "first", "second", "third", "fourth", "fifth", "sixth",
    "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
)  # fmt: skip
_ORDINAL_WORDS = {word: number for number, word in enumerate(_ORDINALS, start=1)}
# Who may have an office, before 's: "the city's mayor"
_OWNERS = ("city", "state", "country", "nation", "party", "company", "team", "club", "government")
# How sure a role named without a person ("the mayor-elect") is about whom it means.
ROLE_CONFIDENCE = 0.7


class _Patterns(NamedTuple):
    ending: re.Pattern[str]  # a title phrase that ends where a name starts
    starting: re.Pattern[str]  # a title phrase, with "the"/"a" before it
    verbs: re.Pattern[str]  # "sworn in as", "named as"
    office: re.Pattern[str]  # an office word alone, to find candidates fast
    barrier: re.Pattern[str] | None  # the last stretch of a window that no phrase holds
    # `verbs` and `office` minding case, for a lower-cased text (see _lower_case); None if the
    # lexicon's offices and role verbs are not lower-case ASCII
    folded_verbs: re.Pattern[str] | None
    folded_office: re.Pattern[str] | None


@cache
def _patterns(lexicon: Lexicon) -> _Patterns:
    """The regular expressions of title phrases, built from the lexicon once.

    A phrase is tried at many positions, so its word lists are prefix trees (see
    prefix_alternation) and a place is tried only where a capital letter stands.
    """

    # A place does not start with a sentence opener ("For New York's incoming mayor").
    openers = prefix_alternation(lexicon.not_names, ignorecase=False)
    office_words = _office_words(lexicon)
    offices = prefix_alternation(office_words, ignorecase=True, space=r"\s+")
    ranks = prefix_alternation(lexicon.office_ranks, ignorecase=True)
    capital = "(?-i:(?=[A-Z]))"
    # Capitalized words, whatever the flags around them ("New York City's", "US"); no word of
    # them starts an office or is a rank: "British Prime Minister" is a prime minister, not a
    # minister, "Lt. Gov." a lieutenant governor and "Deputy Chief" a deputy chief. (An office
    # may end in a dot, after which \b fails.)
    word = rf"{capital}(?!(?:{offices}|{ranks})(?!\w))(?-i:[A-Z][\w.’'-]{{0,30}}+)"
    place_run = (
        rf"{capital}(?!(?-i:{openers})\b){word}"
        rf"(?:[ \u00a0]+(?:of[ \u00a0]+)?{word}){{0,3}}"
    )
    joined = prefix_alternation(
        (w for w in lexicon.title_status if w.endswith("-")), ignorecase=True
    )
    spaced = prefix_alternation(
        (w for w in lexicon.title_status if not w.endswith("-")), ignorecase=True, space=r"\s+"
    )
    status = rf"(?:(?:{spaced})\s+|(?:{joined}))"
    # No ordinal word starts another, so their order does not matter.
    ordinals = prefix_alternation(_ORDINAL_WORDS, ignorecase=True)
    owners = prefix_alternation(_OWNERS, ignorecase=True)
    phrase = (
        rf"(?:(?:{owners})['’]s\s+)?"
        rf"(?P<status1>{status})?"
        rf"(?:(?P<place>{place_run})\s+)?"
        rf"(?P<status2>{status})?"
        rf"(?:(?P<ordinal>\d{{1,3}}(?:st|nd|rd|th)|{ordinals})\s+)?"
        rf"(?:(?P<rank>{ranks})[\s-]+)?"
        rf"(?P<office>{offices})(?P<elect>-elect)?"
        rf"(?:\s+of\s+(?P<of_place>{place_run}))?"
    )
    flags = re.IGNORECASE
    ending = re.compile(rf"(?<![\w-])(?:{phrase})(?P<gap>\s*,?\s*)\Z", flags)
    det = ("the ", "a ", "an ")
    firsts = _first_two(
        (*det, *office_words, *lexicon.office_ranks, *lexicon.title_status, *_ORDINALS, *_OWNERS)
    )
    starting = re.compile(rf"(?={firsts})(?P<det>the\s+|a\s+|an\s+)?(?:{phrase})(?![\w-])", flags)
    role_verbs = prefix_alternation(lexicon.role_verbs, ignorecase=True, space=r"\s+")
    verbs = re.compile(rf"\b(?:{role_verbs})\s+as\s+", flags)
    office = re.compile(rf"(?<!\w)(?:{offices})(?:-elect)?(?![\w-])", flags)
    folds = all(word.isascii() and word == word.lower() for word in office_words)
    folds = folds and all(word.isascii() and word == word.lower() for word in lexicon.role_verbs)
    return _Patterns(
        ending,
        starting,
        verbs,
        office,
        _barrier(lexicon),
        re.compile(verbs.pattern) if folds else None,
        re.compile(office.pattern) if folds else None,
    )


def _office_words(lexicon: Lexicon) -> frozenset[str]:
    """Every way an office is written: its name, or a short form of it ("gov.")."""
    return lexicon.offices | frozenset(lexicon.office_abbreviations)


def _first_two(words: Iterable[str]) -> str:
    """A regex, minding case, for where a title phrase may start: a capital (of a place), a
    digit (of an ordinal), a character beyond ASCII (some match an ASCII letter ignoring case),
    or the first two characters of one of `words` in either ASCII case, a space standing for any
    whitespace (one character, of a one-character word). The empty regex, which lets everything
    through, if a word starts with characters beyond ASCII, which ASCII ones may match.

    A title phrase is tried at every position of the stretch before an office word, and trying
    it where it cannot start took about as long as matching it; this fails there at once.
    """
    words = list(words)
    if not all(word and word[:2].isascii() for word in words):
        return ""
    seconds: dict[str, set[str]] = {}
    for word in words:
        second = seconds.setdefault(word[0].lower(), set())
        second.add(word[1:2] or "")
    branches = [beyond_ascii_or("A-Z0-9")]
    for first, chars in sorted(seconds.items()):
        if "" in chars:
            cases = {first.lower(), first.upper()}
            branches.extend(re.escape(case) for case in sorted(cases))
            continue
        allowed = "".join(
            r"\s" if char.isspace() else re.escape(char.lower()) + re.escape(char.upper())
            for char in sorted(chars)
        )
        for case in sorted({first.lower(), first.upper()}):
            branches.append(re.escape(case) + beyond_ascii_or(allowed))
    return f"(?-i:{'|'.join(branches)})"


_ASCII = re.compile(r"[\x00-\x7f]+")
_WORD_CHARACTER = re.compile(r"\w")


def _lower_case(text: str) -> str | None:
    """The text in lower case, if its letters and digits are all ASCII; else None.

    Python's regex engine ignores case one word of an alternation at a time, but minding case it
    skips every word that starts with another letter at once, so the scans of a whole article
    for offices and role verbs (lower-case ASCII words) run on the lower-cased text, minding
    case. Matches are the same: in such a text, lower-casing keeps each character in its place,
    a word character or not, and the characters that match an ASCII letter ignoring case are
    ASCII letters and a few word characters outside ASCII (K, ſ, ı, İ), which it has none of.
    """
    if not text.isascii() and _WORD_CHARACTER.search(_ASCII.sub("", text)):
        return None
    return text.lower()


def _fold(
    pattern: re.Pattern[str], folded: re.Pattern[str] | None, text: str, lowered: str | None
) -> tuple[re.Pattern[str], str]:
    """A pattern and the string to run it on: `folded` and the lower-cased text if there are
    both, which find what `pattern` finds in the text, faster; else `pattern` and the text."""
    if folded is None or lowered is None:
        return pattern, text
    return folded, lowered


# What a title phrase is made of: words, spaces, and ’ ' . - inside words ("O’Brien's", "ex-").
_PHRASE_CHARACTER = r"[\w\s’'.-]"
_RUN = r"[\w’'.-]"  # a character of a word, as far as a phrase is concerned


def _barrier(lexicon: Lexicon) -> re.Pattern[str] | None:
    """The last character or word of a window that no title phrase can hold or run across.

    A phrase holds only words, spaces and ’ ' . -; its lower-case words are "the", "a", "an",
    "of" and words of the statuses, ordinals and offices, and a phrase may start inside a word
    ("gamma mayor" holds "a mayor"), so a lower-case word none of whose endings is such a word
    ("said", "with") is a barrier too. A phrase before a barrier ends before it, which lets a
    search start after the last one instead of trying the phrase at every position before it.
    Matched with `match(text, start, end)`: it ends where that barrier ends. None if the
    lexicon's words are not plain ASCII words, where that reasoning does not hold.
    """
    words = {*_office_words(lexicon), *lexicon.office_ranks, *lexicon.title_status}
    words |= {*_ORDINALS, *_OWNERS}
    words |= {"the", "a", "an", "of"}
    if not all(word.isascii() and re.fullmatch(r"[\w ’'.-]*", word) for word in words):
        return None
    parts = {part for word in words for part in re.findall("[a-z]+", word.lower())}
    endings = prefix_alternation(parts, ignorecase=False)
    lower_word = rf"(?<!{_RUN})(?![a-z]*(?:{endings})(?!{_RUN}))[a-z]+(?!{_RUN})"
    return re.compile(rf"[\s\S]*(?:(?!{_PHRASE_CHARACTER}).|{lower_word})")


def _phrase_start(patterns: _Patterns, text: str, start: int, end: int) -> int:
    """The first position of text[start:end] where a phrase that runs to `end` or beyond may
    start: after the last barrier (see _barrier)."""
    found = patterns.barrier.match(text, start, end) if patterns.barrier else None
    return start if found is None else found.end()


def extract_titles(source: Source) -> tuple[Assertion, ...]:
    """Every office the article gives a person, and every role it names without one."""
    lowered = _lower_case(source.text)
    offices = _Offices.of(source, lowered)
    named = {(a.span.start, a.span.end): a for a in _named(source, lowered, offices)}
    # A role inside a title already given to a name ("Roe, the former mayor,") is not a second one.
    overlaps = _overlaps(named)
    alone = (a for a in _roles(source, offices) if not overlaps(a.span.start, a.span.end))
    # Roles come in text order: past the first MAX_PER_KIND + 1, none is among the statements
    # the extraction stage keeps, and a text of nothing but roles stops being read there.
    roles = {(a.span.start, a.span.end): a for a in itertools.islice(alone, MAX_PER_KIND + 1)}
    found = named | roles
    return tuple(found[key] for key in sorted(found))


def _overlaps(spans: Iterable[tuple[int, int]]) -> Callable[[int, int], bool]:
    """A test of whether start:end overlaps any of the spans, in time logarithmic in their
    number (comparing each role with each title took time in the product of their numbers)."""
    ordered = sorted(spans)
    starts = [start for start, _ in ordered]
    # The furthest any of the first i spans reaches, for each i
    reach = list(itertools.accumulate((end for _, end in ordered), max))

    def overlaps(start: int, end: int) -> bool:
        before = bisect.bisect_left(starts, end)  # the spans that start before `end`
        return before > 0 and reach[before - 1] > start

    return overlaps


class _Offices(NamedTuple):
    """The office words of an article (`office` searched for in the text it runs on), found
    once for all the stretches that are looked at for one."""

    office: re.Pattern[str]
    text: str
    starts: list[int]
    ends: list[int]

    @classmethod
    def of(cls, source: Source, lowered: str | None) -> _Offices:
        """The office words of the article's body."""
        patterns = _patterns(source.lexicon)
        office, text = _fold(patterns.office, patterns.folded_office, source.text, lowered)
        starts, ends = [], []
        for found in office.finditer(text, source.article.body_start):
            starts.append(found.start())
            ends.append(found.end())
        return cls(office, text, starts, ends)

    def within(self, begin: int, end: int) -> bool:
        """Whether `office.search(text, begin, end)` finds an office word (begin is in the body).

        Searched for before every name, 100 characters back, the office words of a long run of
        names were searched for many times over. Those found in the whole text answer, unless
        one runs across `begin` or `end` (the search could find a shorter one, or one that
        starts inside it) or `end` follows a word character (the search could find a word cut
        short there); then the search does.
        """
        index = bisect.bisect_right(self.ends, begin)  # the first that ends after `begin`
        if index < len(self.ends) and self.starts[index] < end:
            if self.starts[index] >= begin and self.ends[index] <= end:
                return True
        elif not _WORD_CHARACTER.match(self.text, max(end - 1, 0), end):
            return False
        return self.office.search(self.text, begin, end) is not None


def _named(source: Source, lowered: str | None, offices: _Offices) -> Iterator[Assertion]:
    patterns = _patterns(source.lexicon)
    text = source.text
    for person in source.people:
        sentence = source.sentence(person.start)
        name_start = person.name_start if person.name_start >= 0 else person.start
        begin = max(sentence.start, name_start - _PHRASE_REACH)
        # The office word is the cheap test; the whole phrase is matched only around one.
        if offices.within(begin, name_start):
            # The phrase ends in spaces and a comma before the name, and starts after the last
            # barrier (see _barrier) before them.
            head = text[begin:name_start].rstrip().removesuffix(",").rstrip()
            begin = _phrase_start(patterns, text, begin, begin + len(head))
            before = patterns.ending.search(text, begin, name_start)
            if before is not None:
                # "As mayor, Roe oversaw…" tells of a time in office, as "served as" does; the
                # comma tells it from "…, as press secretary Roe confirmed".
                during = "," in text[before.start() : name_start] and (
                    text[max(0, before.start() - 3) : before.start()].lower() == "as "
                )
                yield _title(source, person.name, before, status=THEN if during else None)
        yield from _appositive(source, person, patterns)
    verbs, verbs_text = _fold(patterns.verbs, patterns.folded_verbs, text, lowered)
    for verb in verbs.finditer(verbs_text, source.article.body_start):
        title = patterns.starting.match(text, verb.end())
        if title is None:
            continue
        sentence = source.sentence(verb.start())
        nearby = source.people_between(
            max(sentence.start, verb.start() - _PHRASE_REACH), min(sentence.end, verb.end())
        )
        subject = grammatical_subject(
            text, nearby, verb.start(), verb.end(), person_nouns=source.lexicon.person_nouns
        )
        if subject:
            said = " ".join(text[verb.start() : verb.end()].lower().split()[:-1])  # without "as"
            past = said in source.lexicon.past_role_verbs
            yield _title(source, subject, title, status=THEN if past else None)


# After a name: ", the mayor-elect," / ", who is the former governor" — up to the clause's end.
_APPOSITIVE = re.compile(
    r",\s+(?:who\s+(?:is|was)\s+)?(?:the|a|an)\s+(?P<phrase>[^,;.()“”\"\n]{1,160}?)"
    r"(?=\s*(?:[,;.()“”\"\n]|\bwho\b|\bwhich\b|\bthat\b|\Z))"
)


def _appositive(source: Source, person: Mention, patterns: _Patterns) -> Iterator[Assertion]:
    found = _APPOSITIVE.match(source.text, person.end)
    if found is None:
        return
    start, end = found.span("phrase")
    text = source.text
    for office in patterns.office.finditer(text, start, end):
        title = _phrase(patterns, text, office, start, end)
        if title is None or text.startswith(("'s", "’s"), title.end()):
            continue
        # The office heads the appositive, not a phrase inside it ("a Republican with no tie to
        # the senator"), and the appositive ends with it or goes on with a preposition: ", the
        # former chief defended his record." is a new subject and its verb.
        if _PREPOSITION.search(text, start, title.start()):
            continue
        rest = text[title.end() : end]
        if rest.strip() and not _FOLLOWS_AN_OFFICE.match(rest):
            continue
        yield _title(source, person.name, title)


_PREPOSITIONS = (
    "of|to|with|for|at|by|from|in|on|about|against|under|than|like|near|over|after|before"
)
_PREPOSITION = re.compile(rf"\b(?:{_PREPOSITIONS})\b", re.IGNORECASE)
# What may follow an office in an appositive: "of Acme", "since 2019", "and a lawyer"
_FOLLOWS_AN_OFFICE = re.compile(
    rf"\s+(?:{_PREPOSITIONS}|since|until|and|or|there|here|himself|herself)\b", re.IGNORECASE
)


def _phrase(
    patterns: _Patterns, text: str, office: re.Match[str], start: int, end: int
) -> re.Match[str] | None:
    """The whole title phrase around an office word, within start:end."""
    begin = _phrase_start(
        patterns, text, max(start, office.start() - _PHRASE_REACH), office.start()
    )
    return _phrase_from(patterns, text, office, begin, end)


def _phrase_from(
    patterns: _Patterns, text: str, office: re.Match[str], begin: int, end: int
) -> re.Match[str] | None:
    """The title phrase around an office word, searched for from `begin`, the last barrier
    (see _barrier) before it: phrases that end before the office do not matter, and none runs
    across a barrier, so the phrases before it need not be found."""
    for title in patterns.starting.finditer(text, begin, min(end, office.end() + _PHRASE_REACH)):
        if title.start("office") >= office.start():
            return title if title.start("office") == office.start() else None
    return None


_NAME_GAP = re.compile(r"\s*,?\s*")
# What a phrase that points at one role-holder holds before its office ("the", "New York's")
_DEFINITE = re.compile(r"the|['’]s", re.IGNORECASE)
# How far before its office word a title phrase may start ("the state's former New York ...").
_PHRASE_REACH = 100
# Up to how many characters between the phrases found and an office word are tried place by
# place rather than searched for a barrier first (see _Phrases.reach): about three words.
_SHORT_GAP = 24


def _roles(source: Source, offices: _Offices) -> Iterator[Assertion]:
    """Roles named without a person ("the mayor-elect"), for resolve to attribute."""
    patterns = _patterns(source.lexicon)
    text = source.text
    starts = {p.start for p in source.people}
    phrases: _Phrases | None = None
    for at in offices.starts:
        sentence = source.sentence(at)
        if phrases is None or not phrases.reach(sentence, at):
            phrases = _Phrases.before(patterns, text, sentence, at)
            if phrases is None:
                continue
        # (A phrase that starts after where `before` looked for "the" or 's holds one if it
        # passes the tests below, so a phrase taken from the chain needs no such search.)
        title = phrases.around(at)
        if title is not None and title.start() < at - _PHRASE_REACH:
            # Longer than a title phrase should be: found afresh from where one may start
            fresh = _Phrases.before(patterns, text, sentence, at)
            office = offices.office.match(offices.text, at)  # the office word found there
            title = None
            if fresh is not None and office is not None:
                title = _phrase_from(patterns, text, office, fresh.begin, sentence.end)
        if title is None:
            continue
        definite = (title.group("det") or "").strip().lower() == "the"
        if not (definite or (title.group("place") or "").endswith(("'s", "’s"))):
            continue
        gap = _NAME_GAP.match(text, title.end())
        if (gap and gap.end() in starts) or text.startswith(("'s", "’s"), title.end()):
            continue  # a title before a name, or "the president's son"
        yield _title(source, "", title, confidence=ROLE_CONFIDENCE)


class _Phrases:
    """The title phrases of a sentence, as `finditer` finds them from a barrier (see _barrier)
    or from _PHRASE_REACH characters before an office word, taken as office words need them.

    Searched for afresh before each office word, the phrases of a long sentence full of them
    ("the former mayor the former mayor ...") were found again and again. An office word within
    _PHRASE_REACH characters after the phrases found so far takes its phrase from where they
    end: as no phrase runs across a barrier, that is the phrase a search from the last barrier
    before it would find, and a search from _PHRASE_REACH characters before it too, unless
    those characters hold no barrier and the search starts inside a phrase. The phrases are
    searched for up to the sentence's end, not just past the office word, so that they hold
    for the next one; only a place name longer than _PHRASE_REACH could tell the two apart.
    """

    __slots__ = ("_end", "_found", "_patterns", "_phrase", "_sentence", "_text", "begin")

    def __init__(self, patterns: _Patterns, text: str, sentence: Sentence, begin: int) -> None:
        self._patterns = patterns
        self._text = text
        self._sentence = sentence
        self.begin = begin
        self._found = patterns.starting.finditer(text, begin, sentence.end)
        self._phrase: re.Match[str] | None = None  # the last phrase found
        self._end = begin  # where the search for the next phrase starts

    @classmethod
    def before(
        cls, patterns: _Patterns, text: str, sentence: Sentence, office_at: int
    ) -> _Phrases | None:
        """The phrases from the last barrier before the office word at `office_at`, at most
        _PHRASE_REACH characters before it; None if no "the" or 's stands between, which a
        phrase that names a role without a person holds."""
        begin = max(sentence.start, office_at - _PHRASE_REACH)
        begin = _phrase_start(patterns, text, begin, office_at)
        # Only "the" or a place's possessive points at one role-holder ("a mayor" is anybody).
        if _DEFINITE.search(text, begin, office_at) is None:
            return None
        return cls(patterns, text, sentence, begin)

    def reach(self, sentence: Sentence, office_at: int) -> bool:
        """Whether the phrases found so far lead on to the office word's at `office_at`: they
        are near it, and, if what stands between is more than a few words, it holds no
        barrier. Either way the phrase found is the same; in prose a fresh search from the
        barrier, which is usually just before the office, has fewer places to try."""
        if sentence is not self._sentence:
            return False
        if self._phrase is not None and self._phrase.start("office") >= office_at:
            return True
        if self._end < office_at - _PHRASE_REACH:
            return False
        barrier = self._patterns.barrier
        if barrier is None or office_at - self._end < _SHORT_GAP:
            return True
        return barrier.match(self._text, self._end, office_at) is None

    def around(self, office_at: int) -> re.Match[str] | None:
        """The first phrase whose office does not start before the office word at `office_at`,
        if it is that word's own."""
        phrase = self._phrase
        while phrase is None or phrase.start("office") < office_at:
            phrase = self._phrase = next(self._found, None)
            if phrase is None:
                self._end = self._sentence.end
                return None
            self._end = phrase.end()
        return phrase if phrase.start("office") == office_at else None


def _title(
    source: Source,
    subject: str,
    match: re.Match[str],
    *,
    confidence: float = 1.0,
    status: str | None = None,
) -> Assertion:
    lexicon = source.lexicon
    written, rank, status1, status2, elect, ordinal, place, of_place = match.group(
        "office", "rank", "status1", "status2", "elect", "ordinal", "place", "of_place"
    )
    office = " ".join(written.lower().split())
    office = lexicon.office_abbreviations.get(office, office)
    if rank:
        office = f"{rank.lower()} {office}"
    if status is None:
        status_word = (status1 or status2 or "").strip().lower()
        status = ELECT if elect else lexicon.title_status.get(status_word, "")
    number = _ordinal(ordinal)
    known = _place(of_place, lexicon) or _place(place, lexicon)
    body = "" if known is not None or not place else " ".join(place.casefold().split())
    value = _value(office, status, number, known, body)
    return source.assertion(
        kind=Kind.TITLE,
        subject=subject,
        attribute=office if number is None else f"{office} (ordinal)",
        value=value,
        start=match.start(),
        end=match.end("of_place") if of_place else match.end("office") + len(elect or ""),
        confidence=confidence,
    )


# An article gives the same few offices over and over: each value is made once.
@lru_cache(maxsize=1024)
def _value(
    office: str, status: str, ordinal: int | None, place: PlaceValue | None, body: str
) -> TitleValue:
    return TitleValue(name=office, status=status, ordinal=ordinal, place=place, body=body)


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
