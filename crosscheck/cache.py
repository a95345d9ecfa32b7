"""The extraction cache: what each article yielded, kept in SQLite so reruns extract only new text.

An entry is keyed by everything extraction reads: the article (its text and metadata), the
vocabulary (rules/lexicon files) and crosscheck's own code, so a stale entry is never used and the
cache can be deleted at any time without changing a result. Entries written by other code are
dropped when the cache is opened. A cache that cannot be read is rebuilt, with a warning.

Entries are pickled, and read back by an unpickler that only builds crosscheck's own records
(dataclasses and enums), so a planted cache file cannot run code.
"""

from __future__ import annotations

import hashlib
import io
import pickle
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from dataclasses import is_dataclass
from enum import Enum
from functools import cache
from pathlib import Path
from typing import Any

import crosscheck
from crosscheck.model import Article
from crosscheck.resolve import Extraction

# SQLite limits the parameters of one statement; look keys up in batches below that.
_BATCH = 500
# How long to wait for another crosscheck run that is writing the same cache.
_LOCK_TIMEOUT = 10.0
_SCHEMA = "CREATE TABLE IF NOT EXISTS extraction (key TEXT PRIMARY KEY, code TEXT, data BLOB)"


@cache
def code_version() -> str:
    """crosscheck's version and a digest of its source: any change to the code is a new version."""
    digest = hashlib.sha256(crosscheck.__version__.encode())
    package = Path(crosscheck.__file__).parent
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def article_key(article: Article, vocabulary: str) -> str:
    """The cache key of one article read with one vocabulary by this code."""
    fields = (
        article.id,
        article.path,
        article.title,
        article.outlet,
        article.url,
        article.published,
        article.body_start,
        article.text,
    )
    # repr() escapes lone surrogates, so any decoded text has a key.
    identity = repr((code_version(), vocabulary, fields))
    return hashlib.sha256(identity.encode()).hexdigest()


class ExtractionCache:
    """An open cache file; `get` what is known, `put` what was extracted, then `close`."""

    def __init__(self, path: Path, *, warn: Callable[[str], None]) -> None:
        self.path = path
        self._warn = warn
        self._connection: sqlite3.Connection | None = self._open()

    def get(self, keys: Sequence[str]) -> dict[str, Extraction]:
        """The extractions stored under these keys (unreadable entries are left out)."""
        if self._connection is None:
            return {}
        found: dict[str, Extraction] = {}
        damaged = 0
        try:
            for first in range(0, len(keys), _BATCH):
                batch = keys[first : first + _BATCH]
                marks = ",".join("?" * len(batch))
                rows = self._connection.execute(
                    f"SELECT key, data FROM extraction WHERE key IN ({marks})", batch
                )
                for key, data in rows:
                    extraction = unpack(data)
                    if extraction is None:
                        damaged += 1
                    else:
                        found[key] = extraction
        except sqlite3.DatabaseError as exc:
            self._failed(exc)
            return {}
        if damaged:
            self._warn(f"cache {self.path}: {damaged} unreadable entries; extracting those again")
        return found

    def put(self, entries: Mapping[str, bytes]) -> None:
        """Store these extractions (as `pack` wrote them), in one transaction."""
        if self._connection is None or not entries:
            return
        code = code_version()
        rows = ((key, code, data) for key, data in entries.items())
        try:
            with self._connection:
                self._connection.executemany(
                    "INSERT OR REPLACE INTO extraction (key, code, data) VALUES (?, ?, ?)", rows
                )
        except sqlite3.DatabaseError as exc:
            self._failed(exc)

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def _open(self) -> sqlite3.Connection | None:
        try:
            _make_folder(self.path.parent)
            return self._connect()
        except sqlite3.OperationalError as exc:  # locked, read-only, ...: not damage
            self._without(exc)
        except sqlite3.DatabaseError as exc:
            return self._rebuilt(exc)
        except OSError as exc:
            self._without(exc)
        return None

    def _rebuilt(self, problem: Exception) -> sqlite3.Connection | None:
        self._warn(f"cache {self.path} was damaged ({problem}); rebuilding it")
        try:
            remove(self.path)
            return self._connect()
        except (OSError, sqlite3.Error) as exc:
            self._without(exc)
            return None

    def _without(self, problem: Exception) -> None:
        self._warn(f"cache {self.path} cannot be used ({problem}); running without it")

    def _connect(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self.path, timeout=_LOCK_TIMEOUT)
        try:
            with connection:
                connection.execute(_SCHEMA)
                connection.execute("DELETE FROM extraction WHERE code != ?", (code_version(),))
        except sqlite3.Error:
            connection.close()
            raise
        return connection

    def _failed(self, problem: sqlite3.DatabaseError) -> None:
        """A statement failed: rebuild a damaged cache, or go on without a busy one."""
        self.close()
        if isinstance(problem, sqlite3.OperationalError):
            self._without(problem)
        else:
            self._connection = self._rebuilt(problem)


def remove(path: Path) -> bool:
    """Delete a cache file and SQLite's side files; whether there was anything to delete."""
    removed = False
    for suffix in ("", "-journal", "-wal", "-shm"):
        member = path.with_name(path.name + suffix)
        if member.exists():
            member.unlink()
            removed = True
    return removed


def _make_folder(folder: Path) -> None:
    """Create the cache folder, telling git to ignore it (as pytest and ruff do for theirs)."""
    if folder.is_dir():
        return
    folder.mkdir(parents=True)
    (folder / ".gitignore").write_text("# Created by crosscheck: a cache, never commit it.\n*\n")


class _RecordUnpickler(pickle.Unpickler):
    """Builds only crosscheck's dataclasses and enums: nothing that could run code."""

    def find_class(self, module: str, name: str) -> Any:
        if module.split(".")[0] == "crosscheck":
            found = super().find_class(module, name)
            if isinstance(found, type) and (is_dataclass(found) or issubclass(found, Enum)):
                return found
        if (module, name) in (("datetime", "date"), ("builtins", "frozenset")):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not a crosscheck record")


def pack(extraction: Extraction) -> bytes:
    """An extraction as bytes: what the cache stores and worker processes hand back."""
    return pickle.dumps(extraction, protocol=5)


def unpack(data: bytes) -> Extraction | None:
    """The extraction `pack` wrote, or None if the bytes cannot be read as one."""
    try:
        found = _RecordUnpickler(io.BytesIO(data)).load()
    except Exception:  # a damaged entry is a cache miss, whatever broke in it
        return None
    return found if isinstance(found, Extraction) else None
