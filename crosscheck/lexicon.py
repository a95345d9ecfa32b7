"""The vocabulary extractors use (titles, offices, event words, places, holidays, aliases).

Every file under `lexicon/` in a rules folder is a TOML file of lists and tables. Folders given
later add to the lists and override the tables' entries, so an editor extends the vocabulary
with a file in `--rules DIR/lexicon/`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any

from crosscheck.errors import CrosscheckError
from crosscheck.holidays import Holiday, parse_holiday
from crosscheck.tomlfile import TomlFile, check_keys, read_toml, string_list
from crosscheck.values import ACTING, ELECT, FORMER, THEN
from crosscheck.wording import Matching

_LIST_KEYS = (
    "honorifics",
    "titles",
    "not_names",
    "institution_words",
    "institution_surnames",
    "speech_verbs",
    "name_particles",
    "offices",
    "office_ranks",
    "role_verbs",
    "past_role_verbs",
    "joint_events",
    "function_words",
    "verb_told_counts",
    "person_nouns",
    "quote_verbs",
    "source_phrases",
    "speech_nouns",
)
# Tables of name = text; for places the text may be empty (a place inside nothing).
_TEXT_TABLES = (
    "aliases",
    "title_status",
    "office_abbreviations",
    "places",
    "place_aliases",
    "hedges",
    "count_nouns",
    "count_verbs",
)
_HEDGES = ("above", "from", "below", "to", "about", "almost")
# Settings that are one number each; a later file overrides an earlier one.
_NUMBER_KEYS = ("about_tolerance", "almost_tolerance")
_DEFAULT_TOLERANCE = 0.1
_TABLE_KEYS = ("events", "holidays", "quote_matching", *_TEXT_TABLES, *_NUMBER_KEYS)
_STATUSES = (FORMER, ELECT, ACTING, THEN)


def _empty() -> Mapping[str, Any]:
    return MappingProxyType({})


# eq=False: a lexicon is loaded once per run, and identity hashing lets extractors cache the
# patterns they compile from it.
@dataclass(frozen=True, slots=True, kw_only=True, eq=False)
class Lexicon:
    """Words of news English an extractor needs, as editors may extend them."""

    honorifics: frozenset[str] = frozenset()
    titles: frozenset[str] = frozenset()
    not_names: frozenset[str] = frozenset()
    institution_words: frozenset[str] = frozenset()
    # institution words that are common surnames too: after a title, a person's ("Mayor Jo Park")
    institution_surnames: frozenset[str] = frozenset()
    speech_verbs: frozenset[str] = frozenset()
    name_particles: frozenset[str] = frozenset()
    # office names, lower case ("mayor", "press secretary") and verbs that give one ("sworn in")
    offices: frozenset[str] = frozenset()
    # words before an office that make another office of it ("deputy chief", "assistant
    # district attorney"), lower case
    office_ranks: frozenset[str] = frozenset()
    role_verbs: frozenset[str] = frozenset()
    # role verbs that speak of a past time ("served as governor"): the office is "then" held
    past_role_verbs: frozenset[str] = frozenset()
    # a short form of an office before a name -> the office ("gov." -> governor)
    office_abbreviations: Mapping[str, str] = field(default_factory=_empty)
    # a word before an office -> its status ("former" -> former, "incoming" -> elect)
    title_status: Mapping[str, str] = field(default_factory=_empty)
    # event name -> the words and phrases that signal it ("sworn-in" -> "sworn in", "take office")
    events: Mapping[str, tuple[str, ...]] = field(default_factory=_empty)
    # events that belong to everyone taking part ("meeting"), not to one person
    joint_events: frozenset[str] = frozenset()
    # any spelling of a name -> the canonical name to report it under
    aliases: Mapping[str, str] = field(default_factory=_empty)
    # a named day, folded by `holiday_key` -> when it falls
    holidays: Mapping[str, Holiday] = field(default_factory=_empty)
    # place -> the place that directly contains it ("" for none); other spellings -> place
    places: Mapping[str, str] = field(default_factory=_empty)
    place_aliases: Mapping[str, str] = field(default_factory=_empty)
    # a word before a number -> the interval it makes ("more than" -> above); see numbers.toml
    hedges: Mapping[str, str] = field(default_factory=_empty)
    about_tolerance: float = _DEFAULT_TOLERANCE
    almost_tolerance: float = _DEFAULT_TOLERANCE
    # a noun after a number -> the thing it counts ("residents" -> people)
    count_nouns: Mapping[str, str] = field(default_factory=_empty)
    # a verb said of the people counted -> the thing it makes them ("killed" -> deaths)
    count_verbs: Mapping[str, str] = field(default_factory=_empty)
    # things counted that say nothing of what happened: the word before the number tells two
    # counts apart ("employs 18,000 people", "will hire 2,000 people")
    verb_told_counts: frozenset[str] = frozenset()
    # nouns for a person that a place or group word stands before ("a 34-year-old Aurora man")
    person_nouns: frozenset[str] = frozenset()
    # words that carry grammar, not meaning: a quotation that differs only in these is a variant
    function_words: frozenset[str] = frozenset()
    # verbs and phrases, beside the speech verbs, that give somebody's words ("calling him '…'")
    quote_verbs: frozenset[str] = frozenset()
    # phrases that name the source of somebody's words after them ("according to Roe, '…'")
    source_phrases: frozenset[str] = frozenset()
    # the occasion of somebody's words ("speech", "interview"), for "Roe's speech … '…'"
    speech_nouns: frozenset[str] = frozenset()
    quote_matching: Matching = field(default_factory=Matching)


def holiday_key(name: str) -> str:
    """How holiday names are matched: case and apostrophe style do not matter."""
    return " ".join(name.replace("’", "'").casefold().split())


def lexicon_files(rule_dirs: Iterable[Path]) -> list[Path]:
    """The vocabulary files of the given rules folders, in the order they are merged."""
    return [path for folder in rule_dirs for path in sorted((folder / "lexicon").glob("*.toml"))]


def load_lexicon(rule_dirs: Iterable[Path]) -> Lexicon:
    """Merge every `lexicon/*.toml` of the given rules folders, in order."""
    lists: dict[str, set[str]] = {key: set() for key in _LIST_KEYS}
    tables: dict[str, dict[str, str]] = {key: {} for key in _TEXT_TABLES}
    events: dict[str, list[str]] = {}
    holidays: dict[str, Holiday] = {}
    settings: dict[str, float] = {}
    matching: dict[str, Any] = {}  # Matching field -> value, typed by _quote_matching
    origin: dict[str, TomlFile] = {}  # place or alias -> the file that set it last
    for path in lexicon_files(rule_dirs):
        file = read_toml(path)
        _merge_file(file, lists, tables, events, holidays)
        settings.update(_settings(file))
        matching.update(_quote_matching(file))
        for key in ("places", "place_aliases"):
            origin.update(dict.fromkeys(_table(file, key), file))
    _check_places(tables["places"], tables["place_aliases"], origin)

    def frozen(table: dict[str, str]) -> Mapping[str, str]:
        return MappingProxyType(dict(sorted(table.items())))

    return Lexicon(
        honorifics=frozenset(lists["honorifics"]),
        titles=frozenset(lists["titles"]),
        not_names=frozenset(lists["not_names"]),
        institution_words=frozenset(lists["institution_words"]),
        institution_surnames=frozenset(lists["institution_surnames"]),
        speech_verbs=frozenset(lists["speech_verbs"]),
        name_particles=frozenset(lists["name_particles"]),
        offices=frozenset(office.lower() for office in lists["offices"]),
        office_ranks=frozenset(rank.lower() for rank in lists["office_ranks"]),
        role_verbs=frozenset(verb.lower() for verb in lists["role_verbs"]),
        past_role_verbs=frozenset(verb.lower() for verb in lists["past_role_verbs"]),
        joint_events=frozenset(lists["joint_events"]),
        title_status=MappingProxyType(
            {word.lower(): status for word, status in sorted(tables["title_status"].items())}
        ),
        office_abbreviations=MappingProxyType(
            {
                " ".join(short.lower().split()): " ".join(office.lower().split())
                for short, office in sorted(tables["office_abbreviations"].items())
            }
        ),
        events=MappingProxyType({name: tuple(words) for name, words in sorted(events.items())}),
        aliases=frozen(tables["aliases"]),
        holidays=MappingProxyType(dict(sorted(holidays.items()))),
        places=frozen(tables["places"]),
        place_aliases=frozen(tables["place_aliases"]),
        hedges=MappingProxyType(
            {" ".join(w.lower().split()): kind for w, kind in sorted(tables["hedges"].items())}
        ),
        count_nouns=MappingProxyType(
            {w.lower(): thing for w, thing in sorted(tables["count_nouns"].items())}
        ),
        count_verbs=MappingProxyType(
            {w.lower(): thing for w, thing in sorted(tables["count_verbs"].items())}
        ),
        verb_told_counts=frozenset(lists["verb_told_counts"]),
        person_nouns=frozenset(noun.lower() for noun in lists["person_nouns"]),
        function_words=frozenset(word.casefold() for word in lists["function_words"]),
        quote_verbs=frozenset(lists["quote_verbs"]),
        source_phrases=frozenset(" ".join(p.lower().split()) for p in lists["source_phrases"]),
        speech_nouns=frozenset(lists["speech_nouns"]),
        quote_matching=replace(Matching(), **matching),
        about_tolerance=settings.get("about_tolerance", _DEFAULT_TOLERANCE),
        almost_tolerance=settings.get("almost_tolerance", _DEFAULT_TOLERANCE),
    )


def _merge_file(
    file: TomlFile,
    lists: dict[str, set[str]],
    tables: dict[str, dict[str, str]],
    events: dict[str, list[str]],
    holidays: dict[str, Holiday],
) -> None:
    data = file.data
    for key in data:
        check_keys({key: None}, (*_LIST_KEYS, *_TABLE_KEYS), file.where(key))
    for key in _LIST_KEYS:
        lists[key].update(string_list(data, key, file.where(key)))
    for key, table in tables.items():
        for name, text in _table(file, key).items():
            if not isinstance(text, str) or (key != "places" and not text.strip()):
                raise CrosscheckError(f"{file.where(name)}: [{key}] '{name}' needs a name")
            if key == "hedges" and text not in _HEDGES:
                raise CrosscheckError(
                    f"{file.where(name)}: [hedges] '{name}' must be one of: " + ", ".join(_HEDGES)
                )
            if key == "title_status" and text not in _STATUSES:
                raise CrosscheckError(
                    f"{file.where(name)}: [title_status] '{name}' must be one of: "
                    + ", ".join(_STATUSES)
                )
            table[name] = text
    for name, words in _table(file, "events").items():
        events.setdefault(name, []).extend(string_list({name: words}, name, file.where(name)))
    for name, spec in _table(file, "holidays").items():
        if not isinstance(spec, str):
            raise CrosscheckError(
                f"{file.where(name)}: holiday '{name}' needs a rule like \"12-25\""
            )
        holidays[holiday_key(name)] = parse_holiday(spec, file.where(name))


def _settings(file: TomlFile) -> dict[str, float]:
    """The one-number settings of a file, each a fraction from 0 to 1."""
    found: dict[str, float] = {}
    for key in _NUMBER_KEYS:
        if key not in file.data:
            continue
        value = file.data[key]
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
            raise CrosscheckError(f"{file.where(key)}: '{key}' must be a number from 0 to 1")
        found[key] = float(value)
    return found


# [quote_matching] keys, the names of the `Matching` fields they set -> the largest value each
# may take (all are at least 0).
_MATCHING_LIMITS = {
    "min_words": 50.0,
    "min_share": 1.0,
    "gap_penalty": 10.0,
    "spelling": 1.0,
    "unknown_speaker_words": 50.0,
}
# The settings that count words.
_WHOLE_NUMBERS = ("min_words", "unknown_speaker_words")


def _quote_matching(file: TomlFile) -> dict[str, Any]:
    """The [quote_matching] settings of a file, each checked against its range and typed as
    the `Matching` field it sets."""
    table = _table(file, "quote_matching")
    check_keys(table, _MATCHING_LIMITS, file.where("quote_matching"))
    found: dict[str, Any] = {}
    for key, value in table.items():
        limit = _MATCHING_LIMITS[key]
        number_ok = not isinstance(value, bool) and isinstance(value, int | float)
        if (
            not number_ok
            or not 0 <= value <= limit
            or (key in _WHOLE_NUMBERS and value != int(value))
        ):
            kind = "a whole number" if key in _WHOLE_NUMBERS else "a number"
            raise CrosscheckError(
                f"{file.where(key)}: [quote_matching] '{key}' must be {kind} from 0 to {limit:g}"
            )
        found[key] = int(value) if key in _WHOLE_NUMBERS else float(value)
    return found


def _check_places(
    places: Mapping[str, str], aliases: Mapping[str, str], origin: Mapping[str, TomlFile]
) -> None:
    """Every place's container and every alias's target is a known place; no place is in itself."""
    for name, parent in places.items():
        if parent and parent not in places:
            raise CrosscheckError(
                f"{origin[name].where(name)}: '{name}' is in '{parent}', which is not a place"
            )
        seen = {name}
        while parent:
            if parent in seen:
                raise CrosscheckError(f"{origin[name].where(name)}: '{name}' ends up inside itself")
            seen.add(parent)
            parent = places[parent]
    for alias, target in aliases.items():
        if target not in places:
            raise CrosscheckError(
                f"{origin[alias].where(alias)}: alias '{alias}' names '{target}',"
                " which is not a place"
            )


def _table(file: TomlFile, key: str) -> Mapping[str, Any]:
    value = file.data.get(key, {})
    if not isinstance(value, dict):
        raise CrosscheckError(f"{file.where(key)}: '{key}' must be a table ([{key}])")
    return value
