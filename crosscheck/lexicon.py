"""The vocabulary extractors use (titles, event words, holidays, aliases) from rules/lexicon.

Every file under `lexicon/` in a rules folder is a TOML table of lists (or, for `events`,
`aliases` and `holidays`, of name = value pairs). Folders given later add to the lists and
override the pairs, so an editor extends the vocabulary with a file in `--rules DIR/lexicon/`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from crosscheck.errors import CrosscheckError
from crosscheck.holidays import Holiday, parse_holiday
from crosscheck.tomlfile import TomlFile, check_keys, read_toml, string_list

_LIST_KEYS = (
    "honorifics",
    "titles",
    "not_names",
    "institution_words",
    "speech_verbs",
    "name_particles",
)
_TABLE_KEYS = ("events", "aliases", "holidays")


# eq=False: a lexicon is loaded once per run, and identity hashing lets extractors cache the
# patterns they compile from it.
@dataclass(frozen=True, slots=True, kw_only=True, eq=False)
class Lexicon:
    """Words of news English an extractor needs, as editors may extend them."""

    honorifics: frozenset[str] = frozenset()
    titles: frozenset[str] = frozenset()
    not_names: frozenset[str] = frozenset()
    institution_words: frozenset[str] = frozenset()
    speech_verbs: frozenset[str] = frozenset()
    name_particles: frozenset[str] = frozenset()
    # event name -> the words and phrases that signal it ("sworn-in" -> "sworn in", "take office")
    events: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))
    # any spelling of a name -> the canonical name to report it under
    aliases: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # a named day, folded by `holiday_key` -> when it falls
    holidays: Mapping[str, Holiday] = field(default_factory=lambda: MappingProxyType({}))


def holiday_key(name: str) -> str:
    """How holiday names are matched: case and apostrophe style do not matter."""
    return " ".join(name.replace("’", "'").casefold().split())


def load_lexicon(rule_dirs: Iterable[Path]) -> Lexicon:
    """Merge every `lexicon/*.toml` of the given rules folders, in order."""
    lists: dict[str, set[str]] = {key: set() for key in _LIST_KEYS}
    events: dict[str, list[str]] = {}
    aliases: dict[str, str] = {}
    holidays: dict[str, Holiday] = {}
    for folder in rule_dirs:
        for path in sorted((folder / "lexicon").glob("*.toml")):
            _merge_file(path, lists, events, aliases, holidays)
    return Lexicon(
        honorifics=frozenset(lists["honorifics"]),
        titles=frozenset(lists["titles"]),
        not_names=frozenset(lists["not_names"]),
        institution_words=frozenset(lists["institution_words"]),
        speech_verbs=frozenset(lists["speech_verbs"]),
        name_particles=frozenset(lists["name_particles"]),
        events=MappingProxyType({name: tuple(words) for name, words in sorted(events.items())}),
        aliases=MappingProxyType(dict(sorted(aliases.items()))),
        holidays=MappingProxyType(dict(sorted(holidays.items()))),
    )


def _merge_file(
    path: Path,
    lists: dict[str, set[str]],
    events: dict[str, list[str]],
    aliases: dict[str, str],
    holidays: dict[str, Holiday],
) -> None:
    file = read_toml(path)
    data = file.data
    for key in data:
        check_keys({key: None}, (*_LIST_KEYS, *_TABLE_KEYS), file.where(key))
    for key in _LIST_KEYS:
        lists[key].update(string_list(data, key, file.where(key)))
    for name, words in _table(file, "events").items():
        events.setdefault(name, []).extend(string_list({name: words}, name, file.where(name)))
    for alias, canonical in _table(file, "aliases").items():
        if not isinstance(canonical, str) or not canonical.strip():
            raise CrosscheckError(
                f"{file.where(alias)}: alias '{alias}' must name a canonical name"
            )
        aliases[alias] = canonical
    for name, spec in _table(file, "holidays").items():
        if not isinstance(spec, str):
            raise CrosscheckError(
                f"{file.where(name)}: holiday '{name}' needs a rule like \"12-25\""
            )
        holidays[holiday_key(name)] = parse_holiday(spec, file.where(name))


def _table(file: TomlFile, key: str) -> Mapping[str, Any]:
    value = file.data.get(key, {})
    if not isinstance(value, dict):
        raise CrosscheckError(f"{file.where(key)}: '{key}' must be a table ([{key}])")
    return value
