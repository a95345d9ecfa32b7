"""Reading the TOML data files under rules/: parse errors and unknown keys as user errors."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rapidfuzz import process

from crosscheck.errors import CrosscheckError


@dataclass(frozen=True, slots=True, kw_only=True)
class TomlFile:
    """A parsed TOML file that can say on which line a key stands, for error messages."""

    path: Path
    data: dict[str, Any]
    text: str

    def where(self, key: str | None = None) -> str:
        """`path:line` of the first line that sets `key` (just the path if it cannot tell)."""
        if key is not None:
            pattern = re.compile(rf"^\s*(?:\[+\s*)?[\"']?{re.escape(key)}[\"']?\s*(?:=|\])", re.M)
            found = pattern.search(self.text)
            if found:
                return f"{self.path}:{self.text.count(chr(10), 0, found.start()) + 1}"
        return str(self.path)


def read_toml(path: Path) -> TomlFile:
    """Parse one TOML file; any problem becomes a CrosscheckError naming the file and line."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CrosscheckError(f"{path}: cannot read ({exc.strerror or exc})") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CrosscheckError(
            f"{path}: not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {exc.start})"
        ) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        line = re.search(r"at line (\d+)", message)
        if line is not None:
            where = f"{path}:{line.group(1)}"
        else:  # "at end of document": the last line, where the unfinished value stands
            where = f"{path}:{max(len(text.splitlines()), 1)}"
        raise CrosscheckError(f"{where}: invalid TOML: {message}") from None
    return TomlFile(path=path, data=data, text=text)


def check_keys(table: Mapping[str, Any], allowed: Iterable[str], where: str) -> None:
    """Reject keys a file may not use, suggesting the nearest allowed one."""
    choices = sorted(allowed)
    for key in table:
        if key not in choices:
            raise CrosscheckError(f"{where}: unknown key '{key}'{did_you_mean(key, choices)}")


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """A hint naming the closest choice, or the list of choices when none is close."""
    options = sorted(choices)
    guess = process.extractOne(word, options, score_cutoff=60)
    if guess:
        return f" (did you mean '{guess[0]}'?)"
    return f" (expected one of: {', '.join(options)})"


def string_list(table: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    """A key whose value must be a list of strings (missing means empty)."""
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise CrosscheckError(f"{where}: '{key}' must be a list of strings")
    return tuple(value)
