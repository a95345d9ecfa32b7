"""Rules as data: loading the TOML rule files of rules/ (and of --rules folders) into Rule records.

One file per rule, its stem the rule id (kebab-case). A rule names the kind of assertion it
judges, a comparator from the closed set in `compare.py`, its severity, a message template, and
may carry `[[example]]` cases that the test suite runs. Unknown keys, bad values and duplicate
ids are errors that name the file and line.
"""

from __future__ import annotations

import datetime as dt
import re
import string
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from crosscheck.compare import COMPARATOR_KINDS, COMPARATORS
from crosscheck.errors import CrosscheckError
from crosscheck.model import Kind, Severity, Status
from crosscheck.tomlfile import TomlFile, check_keys, did_you_mean, read_toml, string_list

_RULE_KEYS = (
    "doc",
    "kind",
    "comparator",
    "severity",
    "message",
    "attributes",
    "tolerance",
    "min_confidence",
    "example",
)
_EXAMPLE_KEYS = ("articles", "published", "status", "note")
_MESSAGE_FIELDS = frozenset(
    {"subject", "attribute", "kind", "status", "values", "verdict", "difference"}
)
_RULE_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DEFAULT_MESSAGE = "{subject} · {attribute}: {values}"


@dataclass(frozen=True, slots=True, kw_only=True)
class Example:
    """A short case a rule documents: article texts and the status the rule should give them."""

    articles: tuple[str, ...]
    published: dt.date | None
    status: Status | None
    note: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Rule:
    """One rule: which claims it judges and how it compares their values."""

    id: str
    path: str
    doc: str
    kind: Kind
    comparator: str
    severity: Severity
    message: str = DEFAULT_MESSAGE
    attributes: tuple[str, ...] = ()
    tolerance: float = 0.0
    min_confidence: float = 0.0
    examples: tuple[Example, ...] = ()

    def applies_to(self, kind: Kind, attribute: str) -> bool:
        """Whether claims of this kind and attribute are this rule's to judge."""
        return kind == self.kind and (not self.attributes or attribute in self.attributes)


def default_rules_dir() -> Path:
    """The rules shipped with crosscheck: inside the installed package, or the repository's."""
    packaged = Path(str(resources.files("crosscheck"))) / "rules"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "rules"


def rule_dirs(extra: Iterable[Path] = ()) -> tuple[Path, ...]:
    """The default rules folder followed by the user's, each checked to exist."""
    folders = (default_rules_dir(), *extra)
    for folder in folders:
        if not folder.is_dir():
            raise CrosscheckError(f"{folder}: rules folder not found")
    return folders


def load_rules(folders: Iterable[Path]) -> tuple[Rule, ...]:
    """Every rule file (`*.toml` directly inside each folder), sorted by id."""
    rules: dict[str, Rule] = {}
    for folder in folders:
        for path in sorted(folder.glob("*.toml")):
            rule = parse_rule(read_toml(path))
            if rule.id in rules:
                raise CrosscheckError(
                    f"{path}: duplicate rule id '{rule.id}' (also defined in"
                    f" {rules[rule.id].path}); rename one of the files"
                )
            rules[rule.id] = rule
    return tuple(rules[rule_id] for rule_id in sorted(rules))


def parse_rule(file: TomlFile) -> Rule:
    """One rule from its parsed file, every value checked."""
    data = file.data
    for key in data:
        check_keys({key: None}, _RULE_KEYS, file.where(key))
    rule_id = file.path.stem
    if not _RULE_ID.match(rule_id):
        raise CrosscheckError(
            f"{file.path}: rule ids are kebab-case file names, like 'age-mismatch'"
        )
    kind = _choice(file, "kind", Kind, required=True)
    assert kind is not None  # required=True never returns None
    comparator = _text(file, "comparator", required=True)
    if comparator not in COMPARATORS:
        raise CrosscheckError(
            f"{file.where('comparator')}: unknown comparator '{comparator}'"
            f"{did_you_mean(comparator, COMPARATORS)}"
        )
    if kind not in COMPARATOR_KINDS[comparator]:
        kinds = ", ".join(sorted(COMPARATOR_KINDS[comparator]))
        raise CrosscheckError(
            f"{file.where('comparator')}: comparator '{comparator}' cannot judge '{kind}'"
            f" assertions (it judges: {kinds})"
        )
    return Rule(
        id=rule_id,
        path=str(file.path),
        doc=_text(file, "doc", required=True),
        kind=kind,
        comparator=comparator,
        severity=_choice(file, "severity", Severity) or Severity.WARNING,
        message=_message(file),
        attributes=string_list(data, "attributes", file.where("attributes")),
        tolerance=_fraction(file, "tolerance", upper=10.0),
        min_confidence=_fraction(file, "min_confidence", upper=1.0),
        examples=tuple(_example(file, index, raw) for index, raw in enumerate(_examples(file))),
    )


def _text(file: TomlFile, key: str, *, required: bool = False) -> str:
    value = file.data.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or not value.strip():
        raise CrosscheckError(f"{file.where(key)}: '{key}' must be a non-empty string")
    return value.strip()


_E = TypeVar("_E", Kind, Severity)


def _choice(file: TomlFile, key: str, enum: type[_E], *, required: bool = False) -> _E | None:
    if key not in file.data and not required:
        return None
    value = _text(file, key, required=True)
    try:
        return enum(value)
    except ValueError:
        choices = [member.value for member in enum]
        raise CrosscheckError(
            f"{file.where(key)}: unknown {key} '{value}'{did_you_mean(value, choices)}"
        ) from None


def _fraction(file: TomlFile, key: str, *, upper: float) -> float:
    value = file.data.get(key, 0.0)
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= upper:
        raise CrosscheckError(f"{file.where(key)}: '{key}' must be a number from 0 to {upper:g}")
    return float(value)


def _message(file: TomlFile) -> str:
    template = _text(file, "message") or DEFAULT_MESSAGE
    try:
        fields = {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}
    except ValueError as exc:
        raise CrosscheckError(f"{file.where('message')}: bad message template ({exc})") from None
    for name in sorted(fields - _MESSAGE_FIELDS):
        raise CrosscheckError(
            f"{file.where('message')}: unknown placeholder '{{{name}}}'"
            f"{did_you_mean(name, _MESSAGE_FIELDS)}"
        )
    return template


def _examples(file: TomlFile) -> list[dict[str, Any]]:
    raw = file.data.get("example", [])
    if not isinstance(raw, list) or not all(isinstance(item, dict) for item in raw):
        raise CrosscheckError(f"{file.where('example')}: examples are [[example]] tables")
    return raw


def _example(file: TomlFile, index: int, raw: dict[str, Any]) -> Example:
    where = f"{file.where('example')} (example {index + 1})"
    check_keys(raw, _EXAMPLE_KEYS, where)
    articles = string_list(raw, "articles", where)
    if not articles:
        raise CrosscheckError(f"{where}: 'articles' must list at least one article text")
    published = raw.get("published")
    if published is not None and not isinstance(published, dt.date):
        raise CrosscheckError(f"{where}: 'published' must be a TOML date like 2025-11-18")
    status = raw.get("status", "none")
    if status != "none" and status not in {s.value for s in Status}:
        raise CrosscheckError(
            f"{where}: unknown status '{status}'"
            f"{did_you_mean(str(status), [*(s.value for s in Status), 'none'])}"
        )
    return Example(
        articles=articles,
        published=published,
        status=None if status == "none" else Status(status),
        note=str(raw.get("note", "")),
    )
