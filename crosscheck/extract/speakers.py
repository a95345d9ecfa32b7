"""Who said each quotation: the speaker a news article gives it, by name or by office.

News English attributes a quotation in a few ways, tried in this order:

- after it: `"…," he said`, `"…," said Trump`, `"…," the president threatened`;
- before it, in its sentence: `Trump said, "…"`, `Mr Roe has since confirmed … "…"`,
  `According to Roe, "…"`, `Roe's victory speech was a jab, "…"`; a verb with no subject of
  its own (`…, calling him "…"`, `… and added "…"`) takes the sentence's first person;
- not at all, when a quotation opens its own sentence: it continues the last quotation's
  speaker, or the person the sentences since then are about.

"He" and "she" are the nearest person named before them in their sentence, else the first
person named in the closest sentence before that names anyone. A speaker given by office ("the
mayor-elect") keeps the office, for resolve to find its holder. Names and pronouns inside
quotations never count: they are the speaker's words, not the attribution.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from operator import attrgetter
from typing import NamedTuple

from crosscheck.extract.base import Source
from crosscheck.extract.quotemarks import Quoted
from crosscheck.lexicon import Lexicon
from crosscheck.records import fast
from crosscheck.text import Sentence, any_case
from crosscheck.values import ELECT, TitleValue

# How far back pronouns look for the person they stand for.
_SENTENCES_BACK = 8
# How far before a quotation its verb may stand, and how near a verb with no subject of its own
# must be to take the sentence's subject: in a long sentence, other people speak in between.
_VERB_REACH = 120
_SUBJECTLESS_REACH = 60
# How much of a sentence before a quotation or pronoun is read: news sentences are shorter, and
# an unpunctuated megabyte must not be read again for every quotation in it.
_SENTENCE_REACH = 600
_LONGEST_VERB = 40
# Between a name and its verb, an age or a description: "Roe, 34, said", "Roe, a Democrat, said".
_ASIDE = r"(?:[ \t]*,[^,;:“”\"\n]{1,40},)?"
# Words that may stand between a speaker and the verb: `Roe has since confirmed`,
# `Roe, who lost the primary, said`.
_BETWEEN = (
    r"has|had|have|also|later|then|again|since|once|just|would|will|even|further|previously"
    r"|recently|repeatedly|[a-z]+ly"
)
_SUBJECT_GAP = re.compile(
    rf"(?:\s|,\s*who\b[^,.;:\"“”]{{0,80}},|\b(?:{_BETWEEN})\b)*", re.IGNORECASE
)
# Between a closing mark and the attribution after it: `”, he said`, `” said Roe`.
_AFTER_GAP = re.compile(r"[ \t]*[,;:]?[ \t]*")
# Words that may be a name nobody knows: "Denise Hall", "O'Neill-Smith", "J. R. Doe".
_CAPITALIZED_RUN = r"(?-i:[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,4})"
# A quotation opens its own sentence when only a dash, bracket or space stands before it.
_OPENING = re.compile(r"[\s\-–—(\[]*")
# \b(?:[Hh]e|[Ss]he)\b, several times faster: re skips straight from one candidate to the next
# only when a pattern opens with a plain character class, so this one opens with the first
# letter and looks back for the word boundary before it. The office pattern does the same.
_PRONOUN = re.compile(r"[HhSs](?<!\w.)(?:(?<=[Hh])|(?<=[Ss])h)e\b")


@fast
@dataclass(frozen=True, slots=True, kw_only=True)
class Speaker:
    """Who a quotation is attributed to: a name as written, an office, or nobody known."""

    name: str = ""
    role: TitleValue | None = None


UNKNOWN = Speaker()


# A NamedTuple, not a frozen dataclass: an article makes dozens of agents, and a tuple is made
# twice as fast. Immutable all the same.
class _Agent(NamedTuple):
    """A person, an office-holder or a pronoun that may be a quotation's speaker."""

    start: int
    end: int
    name: str = ""
    role: TitleValue | None = None
    pronoun: bool = False
    possessive: bool = False


@dataclass(frozen=True, slots=True)
class _Patterns:
    verb: re.Pattern[str]
    verb_then_agent: re.Pattern[str]
    after_agent: re.Pattern[str]
    # A speech verb right after a quotation, or a few words of its clause after it: `said the
    # woman`, `a neighbor who lives nearby said`, `Denise Hall said`
    attribution: re.Pattern[str]
    # A speech verb with somebody named after or before it: `said Denise Hall`, `Denise Hall said`
    said_then_name: re.Pattern[str]
    name_then_said: re.Pattern[str]
    speech_noun: re.Pattern[str]
    role: re.Pattern[str]
    # in_verb: a character that may stand inside a speech verb; restarts: whether a verb scan
    # may start afresh right after any other character (see _Verbs).
    in_verb: re.Pattern[str]
    restarts: bool


@cache
def _patterns(lexicon: Lexicon) -> _Patterns:
    words = lexicon.speech_verbs | lexicon.quote_verbs | lexicon.source_phrases
    verbs = any_case(words)
    said = any_case(lexicon.speech_verbs)
    offices = any_case(lexicon.offices)
    statuses = any_case(lexicon.title_status)
    nouns = any_case(lexicon.speech_nouns)
    # A place word must be followed by a space, so it never gives back a letter (*+): re is
    # spared trying every shorter word after each "the".
    # Any word ("the environment secretary"), but a full stop only in a capitalized one ("the
    # U.S. president"): in "the vote.\n\nGovernor Jane Roe" no role starts at "the".
    word = r"(?:(?-i:[A-Z][\w.]*+\.?)|[A-Z]\w*+)"
    place = rf"{word}(?:\s+{word})?"
    return _Patterns(
        verb=re.compile(rf"\b(?:{verbs})\b", re.IGNORECASE),
        verb_then_agent=re.compile(rf"(?:{verbs})\s+", re.IGNORECASE),
        after_agent=re.compile(_verb_after_name(verbs), re.IGNORECASE),
        attribution=re.compile(
            rf"(?![a-z]+ing\b)(?:[^\s.;:!?“”\"]+[ \t]+){{0,6}}?(?:{said})\b(?!-)"
        ),
        said_then_name=re.compile(rf"(?:{said})[ \t]+(?-i:[A-Z])"),
        name_then_said=re.compile(_CAPITALIZED_RUN + _verb_after_name(said)),
        speech_noun=re.compile(
            rf"\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns})\b",
            re.IGNORECASE,
        ),
        role=re.compile(
            # \b[Tt]he, opening with a plain character class (see _PRONOUN).
            rf"(?-i:[Tt])(?<!\w.)he\s+(?:(?P<status>{statuses})\s+)?(?:{place}\s+)?"
            rf"(?P<office>{offices})(?P<elect>-elect)?\b",
            re.IGNORECASE,
        ),
        # Letters, digits and spaces always count, whatever their case.
        in_verb=re.compile(rf"[\w\s{re.escape(''.join(sorted(set(''.join(words)))))}]", re.I),
        # An empty verb matches between any two words: no scan may skip any.
        restarts="" not in words,
    )


@cache
def speaks_next(lexicon: Lexicon) -> re.Pattern[str]:
    """A speech verb whose subject is the name right before it: ` said`, `, 61, later told`."""
    return re.compile(_verb_after_name(any_case(lexicon.speech_verbs)))


def _verb_after_name(verbs: str) -> str:
    """The pattern of one of `verbs` after a name, past an aside and adverbs between."""
    return rf"{_ASIDE}(?:[ \t]+(?:{_BETWEEN}))*[ \t]+(?:{verbs})\b"


def attribute_speakers(source: Source, quotes: Sequence[Quoted]) -> tuple[Speaker, ...]:
    """The speaker of each quotation, in the order given (text order)."""
    if not quotes:
        return ()
    patterns = _patterns(source.lexicon)
    inside = _inside(quotes)
    agents = _agents(source, inside, patterns)
    if not agents:  # nobody to attribute anything to, nor to continue speaking
        return (UNKNOWN,) * len(quotes)
    starts = [agent.start for agent in agents]
    verbs = _Verbs(source, quotes, patterns, inside)
    antecedents = _Antecedents(source, agents, starts, patterns)
    speakers: list[Speaker] = []
    for index, quote in enumerate(quotes):
        agent = _after(source, quote, agents, starts, patterns)
        sentence = source.sentence(quote.open) if agent is None else None
        if sentence is not None:
            agent = _before(source, quote, sentence, verbs, agents, starts, patterns)
        if agent is not None:
            speakers.append(antecedents.speaker(agent))
        elif (
            sentence is not None
            and _opens_sentence(source, quote, sentence)
            and not _attributed_after(source.text, quote, patterns)
        ):
            previous = (quotes[index - 1], speakers[-1]) if index else None
            speakers.append(_continued(source, quote, previous, agents, starts, antecedents))
        else:
            speakers.append(UNKNOWN)
    return tuple(speakers)


def _attributed_after(text: str, quote: Quoted, patterns: _Patterns) -> bool:
    """Whether the quotation is said to be somebody's right after it, though no person was found
    there (`"…," said the woman`, `"…," a neighbor said`, `"…," said Denise Hall` when "Hall"
    reads as a building): it is then not the last speaker's. A participle ("…," adding that)
    names nobody new."""
    gap = _AFTER_GAP.match(text, quote.close + 1)
    at = gap.end() if gap else quote.close + 1
    if _ends_sentence(text, quote, at):
        # `"…." The coach said…` is the next sentence; a name and a verb may still be an
        # attribution, as in `"…." Denise Hall said.`
        return bool(
            patterns.said_then_name.match(text, at) or patterns.name_then_said.match(text, at)
        )
    return bool(patterns.attribution.match(text, at))


def _ends_sentence(text: str, quote: Quoted, after: int) -> bool:
    """Whether a full stop closes the quotation, with no comma between it and `after`."""
    return text[quote.close - 1 : quote.close] == "." and "," not in text[quote.close + 1 : after]


def _inside(quotes: Sequence[Quoted]) -> Callable[[int], bool]:
    """Whether an offset falls inside one of the quotations (marks included)."""
    opens = [quote.open for quote in quotes]

    def inside(offset: int) -> bool:
        index = bisect.bisect_right(opens, offset) - 1
        return index >= 0 and offset <= quotes[index].close

    return inside


class _Verbs:
    """The speech verbs outside the quotations, read from the text only where asked for.

    Only the stretch just before a quotation is ever asked about, a small part of an article.
    What is found must still be what one scan from the body's start finds, as the matches of
    one scan never overlap, so a scan starts and stops only where no match can run across:
    right after a character no speech verb has, such as a quotation mark or the full stop that
    ends a sentence. Mutable, like a file being read; stretches are asked for in text order.
    """

    def __init__(
        self,
        source: Source,
        quotes: Sequence[Quoted],
        patterns: _Patterns,
        inside: Callable[[int], bool],
    ):
        self._source = source
        self._quotes = quotes
        self._patterns = patterns
        self._inside = inside
        self._start(source.article.body_start)

    @cached_property
    def _stops(self) -> list[int]:
        """Where a scan may start and stop, in text order; worked out when first needed."""
        if not self._patterns.restarts:
            return []
        text, body = self._source.text, self._source.article.body_start
        marks = (offset + 1 for quote in self._quotes for offset in (quote.open, quote.close))
        ends = (sentence.end for sentence in self._source.sentences)
        return sorted(
            offset
            for offset in {*marks, *ends}
            if offset > body and not self._patterns.in_verb.match(text, offset - 1)
        )

    def _start(self, offset: int) -> None:
        self._found: list[re.Match[str]] = []  # outside the quotations, from `_from` on
        self._starts: list[int] = []
        self._from = self._read = offset  # the text from `_from` to `_read` has been read

    def between(self, begin: int, end: int) -> list[re.Match[str]]:
        """The verbs that start at or after `begin` and before `end`, in text order."""
        if begin < self._from:  # asked out of order: read again from the start
            self._start(self._source.article.body_start)
        if self._read < end:
            stops = self._stops
            skip = bisect.bisect_right(stops, begin) - 1
            if skip >= 0 and stops[skip] > self._read:
                self._start(stops[skip])  # nothing before `begin` is asked about again
            stop = bisect.bisect_left(stops, end)
            until = stops[stop] if stop < len(stops) else len(self._source.text)
            for match in self._patterns.verb.finditer(self._source.text, self._read, until):
                if not self._inside(match.start()):
                    self._found.append(match)
                    self._starts.append(match.start())
            self._read = until
        return self._found[
            bisect.bisect_left(self._starts, begin) : bisect.bisect_left(self._starts, end)
        ]


def _agents(source: Source, inside: Callable[[int], bool], patterns: _Patterns) -> list[_Agent]:
    """Every possible speaker outside the quotations, in text order."""
    text, body = source.text, source.article.body_start
    # Only what stands outside the quotations is made an agent at all.
    found = [
        _Agent(
            start=mention.start,
            end=mention.end,
            name=mention.name,
            possessive=mention.possessive,
        )
        for mention in source.people
        # One unconfirmed capitalized word is more often a sentence's first word ("Local
        # council leader Jane Roe") than a name.
        if (mention.confirmed or " " in mention.name)
        and mention.start >= body
        and not inside(mention.start)
    ]
    found += [
        _Agent(start=m.start(), end=m.end(), role=_role(m, source.lexicon))
        for m in patterns.role.finditer(text, body)
        if not inside(m.start())
    ]
    found += [
        _Agent(start=m.start(), end=m.end(), pronoun=True)
        for m in _PRONOUN.finditer(text, body)
        if not inside(m.start())
    ]
    kept: list[_Agent] = []
    for agent in sorted(found, key=attrgetter("start")):
        if kept and kept[-1].end > agent.start:
            # A role that overlaps a name ("the president" in "the president Donald Trump")
            # yields to it, whichever starts first.
            if kept[-1].role is not None and agent.name:
                kept[-1] = agent
            continue
        kept.append(agent)
    return kept


def _role(match: re.Match[str], lexicon: Lexicon) -> TitleValue:
    status = lexicon.title_status.get((match.group("status") or "").lower(), "")
    return TitleValue(
        name=" ".join(match.group("office").lower().split()),
        status=ELECT if match.group("elect") else status,
    )


def _after(
    source: Source,
    quote: Quoted,
    agents: list[_Agent],
    starts: list[int],
    patterns: _Patterns,
) -> _Agent | None:
    """`"…," he said` or `"…," said Trump`: a speaker right after the closing mark."""
    if starts[-1] <= quote.close:  # nobody is named after it (attribute_speakers has someone)
        return None
    text = source.text
    gap = _AFTER_GAP.match(text, quote.close + 1)
    at = gap.end() if gap else quote.close + 1
    if _ends_sentence(text, quote, at):
        # `Doe said: "We deserved a draw." Roe said…`: a full stop ends the sentence, and
        # the next one's speaker is not this quotation's ("?" and "!" may still be followed
        # by their speaker: `"Why now?" Roe asked`).
        return None
    verb = patterns.verb_then_agent.match(text, at)
    if verb is not None:
        agent = _described_agent_at(text, agents, starts, verb.end())  # `said analyst Moss`
        if agent is not None:
            return agent
    agent = _described_agent_at(text, agents, starts, at)  # `analyst Hannah Moss said`
    if agent is not None and patterns.after_agent.match(text, agent.end):
        return agent
    return None


def _described_agent_at(
    text: str, agents: list[_Agent], starts: list[int], offset: int
) -> _Agent | None:
    """The agent at `offset`, or right after one or two words that describe them."""
    agent = _agent_at(agents, starts, offset)
    if agent is None and (described := _DESCRIPTION.match(text, offset)) is not None:
        agent = _agent_at(agents, starts, described.end())
    return agent


# What may describe a speaker named right after it: "analyst", "the younger", "union leader";
# not a participle or a word that starts a clause (`"…," adding that Roe said` is not Roe's).
_DESCRIPTION = re.compile(
    r"(?:(?!(?:[a-z]+ing|that|and|but|as|while|when|because|if|which|who|whom|whose|where|then"
    r"|so)\b)[a-z][\w'’-]*[ \t]+){1,2}"
)


def _before(
    source: Source,
    quote: Quoted,
    quote_sentence: Sentence,
    verbs: _Verbs,
    agents: list[_Agent],
    starts: list[int],
    patterns: _Patterns,
) -> _Agent | None:
    """A speech verb or speech noun earlier in the quotation's sentence, and its subject."""
    text = source.text
    sentence = max(quote_sentence.start, quote.open - _SENTENCE_REACH)
    # Whoever this finds is named in the sentence before the quotation.
    first = bisect.bisect_left(starts, sentence)
    if first == len(starts) or starts[first] >= quote.open:
        return None
    # A verb further back than its reach cannot attribute this quotation: read only that far.
    begin = max(sentence, quote.open - _VERB_REACH - _LONGEST_VERB)
    found = verbs.between(begin, quote.open)
    near = agents[bisect.bisect_left(starts, begin) : bisect.bisect_left(starts, quote.open)]
    owner = next(
        (
            a
            for a in reversed(near)
            if a.possessive
            and (not found or a.start > found[-1].start())
            and patterns.speech_noun.match(text, a.end)
        ),
        None,
    )
    if owner is not None:
        return owner
    if not found:
        return None
    verb = found[-1]
    if quote.open - verb.end() > _VERB_REACH:
        return None
    if " ".join(verb.group().lower().split()) in source.lexicon.source_phrases:
        return _agent_at(agents, starts, _skip_space(text, verb.end()))
    before = bisect.bisect_right(starts, verb.start()) - 1
    while before >= 0 and agents[before].end > verb.start():
        before -= 1
    if before >= 0 and agents[before].start >= sentence:
        agent = agents[before]
        gap = _SUBJECT_GAP.match(text, agent.end, verb.start())
        if gap is not None and gap.end() == verb.start() and not agent.possessive:
            return agent
    # No subject of its own ("…, calling him", "and added"): the sentence's subject.
    if quote.open - verb.end() > _SUBJECTLESS_REACH:
        return None
    return next((a for a in agents[first : before + 1] if not a.possessive), None)


def _opens_sentence(source: Source, quote: Quoted, sentence: Sentence) -> bool:
    gap = _OPENING.match(source.text, sentence.start, quote.open)
    return gap is not None and gap.end() == quote.open


def _continued(
    source: Source,
    quote: Quoted,
    previous: tuple[Quoted, Speaker] | None,
    agents: list[_Agent],
    starts: list[int],
    antecedents: _Antecedents,
) -> Speaker:
    """An unattributed quotation that opens its sentence: whoever the text is about now."""
    since = previous[0].close if previous else source.article.body_start
    between = agents[bisect.bisect_right(starts, since) : bisect.bisect_left(starts, quote.open)]
    if not between:
        return previous[1] if previous else UNKNOWN
    last = source.sentence(between[-1].start)
    first = next(a for a in between if a.start >= last.start)
    return antecedents.speaker(first)


class _Antecedents:
    """The speaker an agent names, a "he" or "she" standing for a person named before it.

    Mutable: what the sentences before each sentence name is remembered, as a run of
    quotations each attributed to "he" asks about one sentence after another.
    """

    def __init__(
        self, source: Source, agents: list[_Agent], starts: list[int], patterns: _Patterns
    ):
        self._source = source
        self._agents = agents
        self._starts = starts
        self._patterns = patterns
        # sentence number -> the person the sentences before it name, and that one's sentence
        self._named: dict[int, tuple[int, _Agent] | None] = {}

    def speaker(self, agent: _Agent) -> Speaker:
        """Who the agent is: the person or office it names, or whom its pronoun stands for."""
        if agent.pronoun:
            found = self._antecedent(agent)
            if found is None:
                return UNKNOWN
            agent = found
        return Speaker(name=agent.name, role=agent.role)

    def _antecedent(self, pronoun: _Agent) -> _Agent | None:
        """The person a "he" or "she" stands for (see the module docstring)."""
        source, agents, starts = self._source, self._agents, self._starts
        sentence = source.sentence(pronoun.start)
        index = bisect.bisect_left(starts, pronoun.start)
        begin = max(sentence.start, pronoun.start - _SENTENCE_REACH)
        earlier = [
            agent
            for agent in agents[bisect.bisect_left(starts, begin) : index]
            if not agent.pronoun and not agent.possessive
        ]
        # In its own sentence, a pronoun stands for someone who speaks there ("Asked what he
        # would tell Doe, Roe said he would say"), else for the sentence's subject, named first
        # ("Although the president agreed to meet Roe, he continued").
        speaking = [a for a in earlier if self._patterns.after_agent.match(source.text, a.end)]
        if speaking:
            return speaking[-1]
        if earlier:
            return earlier[0]
        found = self._named_before(bisect.bisect_right(source.sentence_starts, sentence.start) - 1)
        return found[1] if found else None

    def _named_before(self, number: int) -> tuple[int, _Agent] | None:
        """The closest of the few sentences before sentence `number` that opens with a person.

        With that person and the sentence's number; a sentence that opens with a pronoun is
        passed over.
        """
        if number <= 0:
            return None
        if number in self._named:
            return self._named[number]
        oldest = max(0, number - _SENTENCES_BACK)
        if number - 1 in self._named:
            # What the sentence before looked back over is all of this but one sentence.
            found = self._named[number - 1]
            if found is not None and found[0] < oldest:
                found = None
            person = self._opening_person(number - 1)
            if person is not None:
                found = (number - 1, person)
        else:
            found = next(
                (
                    (before, person)
                    for before in range(number - 1, oldest - 1, -1)
                    if (person := self._opening_person(before)) is not None
                ),
                None,
            )
        self._named[number] = found
        return found

    def _opening_person(self, number: int) -> _Agent | None:
        """The sentence's first agent if that is a person (not a pronoun)."""
        sentence = self._source.sentences[number]
        index = bisect.bisect_left(self._starts, sentence.start)
        if index < len(self._agents):
            first = self._agents[index]
            if first.start < sentence.end and not first.pronoun:
                return first
        return None


def _agent_at(agents: list[_Agent], starts: list[int], offset: int) -> _Agent | None:
    index = bisect.bisect_left(starts, offset)
    if index < len(agents) and agents[index].start == offset:
        return agents[index]
    return None


def _skip_space(text: str, offset: int) -> int:
    while offset < len(text) and text[offset] in " \t,":
        offset += 1
    return offset
