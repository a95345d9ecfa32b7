"""Loading articles: files, folders and stdin in; `Article` records out (the pipeline's input edge).

Pure parsers (`parse_article`, `parse_json`, `parse_jsonl`) turn bytes into articles; `load` is the
thin I/O layer that finds the files, reads them and decides which problems stop the run.
"""

from __future__ import annotations

import codecs
import datetime as dt
import errno
import json
import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any, BinaryIO

from crosscheck.errors import CrosscheckError
from crosscheck.model import Article

SUFFIXES = (".txt", ".md", ".json", ".jsonl")
_SUPPORTED = ".txt, .md, .json and .jsonl"
_BINARY_SNIFF = 8192
# A news article is tens of kilobytes; a longer "article" is a dump, an archive or a mistake, and
# reading one would take minutes. Longer texts are refused, never cut: half an article would
# silently lose its facts.
MAX_ARTICLE_CHARS = 10_000_000
_LONE_CR = re.compile(r"\r(?!\n)")
# A byte-order mark names the encoding more surely than --encoding can (UTF-32 before UTF-16:
# the UTF-32 LE mark starts with the UTF-16 LE one).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# The lead-in two seed articles carry: " date 2025-11-18 " before the first word of the body.
_DATE_MARKER = re.compile(r" date (\d{4}-\d{2}-\d{2})(?:\s+|\Z)")
_ISO_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})([T ].+)?")
_FIELD = re.compile(r"\s*([A-Za-z][\w-]*)\s*:(.*)")
_FRONT_KEYS = frozenset({"id", "title", "outlet", "url"})
_HEADLINE_WORDS = 20
_HEADLINE_CHARS = 150


@dataclass(frozen=True, slots=True, kw_only=True)
class Loaded:
    """Articles read from the inputs, plus one line for every record or file that was skipped."""

    articles: tuple[Article, ...] = ()
    problems: tuple[str, ...] = ()


def decode(raw: bytes, *, path: str, encoding: str = "utf-8") -> str:
    """Decode a file's bytes (line ends kept), without a BOM; reject binary and empty.

    A byte-order mark overrides `encoding`. A lone carriage return, the line end of classic Mac
    OS text, becomes a line feed: one character for one, so every offset stays the file's, and
    the header, paragraphs and quotations are found as in any other text.
    """
    encoding = next((name for bom, name in _BOMS if raw.startswith(bom)), encoding)
    codec = codecs.lookup(encoding).name
    if b"\x00" in raw[:_BINARY_SNIFF] and not codec.startswith(("utf-16", "utf-32")):
        raise CrosscheckError(f"{_label(path)}: binary file, not text")
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        name = "UTF-8" if codec == "utf-8" else encoding
        raise CrosscheckError(
            f"{_label(path)}: not {name} text (byte 0x{raw[exc.start]:02x} at offset"
            f" {exc.start}); if it is another encoding, pass --encoding"
        ) from None
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise CrosscheckError(f"{_label(path)}: empty article")
    return _LONE_CR.sub("\n", text) if "\r" in text else text


def check_length(text: str, where: str) -> None:
    """Refuse an article longer than `MAX_ARTICLE_CHARS`, saying what to do instead."""
    if len(text) > MAX_ARTICLE_CHARS:
        raise CrosscheckError(
            f"{where}: {len(text):,} characters is too long for one article (the limit is"
            f" {MAX_ARTICLE_CHARS:,}); split it into its articles"
        )


def parse_article(raw: bytes, *, path: str, article_id: str, encoding: str = "utf-8") -> Article:
    """Read one plain-text (.txt/.md) article: date marker or front matter, then the body."""
    text = decode(raw, path=path, encoding=encoding)
    check_length(text, _label(path))
    fields: dict[str, str] = {}
    published: dt.date | None = None
    body_start = 0
    if (marker := _DATE_MARKER.match(text)) is not None:
        published, body_start = _date(marker.group(1), f"{_label(path)}:1"), marker.end()
    elif text.split("\n", 1)[0].rstrip() == "---":
        fields, published, body_start = _front_matter(text, _label(path))
    body = text[body_start:]
    if not body.strip():
        raise CrosscheckError(f"{_label(path)}: empty article (no text after the header)")
    return Article(
        id=fields.get("id", article_id),
        path=path,
        title=fields["title"] if "title" in fields else _headline(body),
        outlet=fields.get("outlet"),
        url=fields.get("url"),
        published=published,
        text=text,
        body_start=body_start,
    )


def parse_json(raw: bytes, *, path: str, encoding: str = "utf-8") -> Loaded:
    """Read a .json file holding one article object or a list of them."""
    text = decode(raw, path=path, encoding=encoding)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CrosscheckError(
            f"{path}:{exc.lineno}:{exc.colno}: invalid JSON ({exc.msg})"
        ) from None
    stem = PurePath(path).stem
    if isinstance(data, dict):
        return Loaded(articles=(_record(data, path=path, default_id=stem, where=path),))
    if not isinstance(data, list) or not data:
        raise CrosscheckError(f"{path}: expected an article object or a non-empty list of them")
    articles: list[Article] = []
    problems: list[str] = []
    for number, item in enumerate(data, 1):
        where = f"{path}: record {number}"
        try:
            articles.append(_record(item, path=path, default_id=f"{stem}:{number}", where=where))
        except CrosscheckError as exc:
            problems.append(str(exc))
    return Loaded(articles=tuple(articles), problems=tuple(problems))


def parse_jsonl(raw: bytes, *, path: str, encoding: str = "utf-8") -> Loaded:
    """Read a .jsonl file, one article object a line; a bad line is a problem, not a failure."""
    text = decode(raw, path=path, encoding=encoding)
    stem = PurePath(path).stem
    articles: list[Article] = []
    problems: list[str] = []
    records = [(number, line) for number, _, line in _lines(text) if line.strip()]
    for count, (number, line) in enumerate(records, 1):
        where = f"{path}:{number}"
        try:
            item = json.loads(line)
            articles.append(_record(item, path=path, default_id=f"{stem}:{count}", where=where))
        except json.JSONDecodeError as exc:
            problems.append(f"{where}: invalid JSON ({exc.msg} at column {exc.colno})")
        except CrosscheckError as exc:
            problems.append(str(exc))
    return Loaded(articles=tuple(articles), problems=tuple(problems))


def load(paths: Sequence[str], *, stdin: BinaryIO | None = None, encoding: str = "utf-8") -> Loaded:
    """Load every article the paths name: files, folders (recursively) and `-` for stdin."""
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise CrosscheckError(f"unknown encoding '{encoding}'") from None
    articles: list[Article] = []
    problems: list[str] = []
    seen: set[tuple[int, int] | str] = set()  # files, so "seeds seeds/x.txt" reads x.txt once
    for given in paths:
        if given == "-":
            raw = (stdin if stdin is not None else sys.stdin.buffer).read()
            articles.append(parse_article(raw, path="-", article_id="stdin", encoding=encoding))
            continue
        explicit = not os.path.isdir(given)
        for path in [_check_file(given)] if explicit else _folder_members(given):
            if _first_time(path, seen):
                try:
                    loaded = _load_file(path, encoding)
                except CrosscheckError as exc:
                    if explicit:  # the user named this file: fail loudly
                        raise
                    problems.append(str(exc))  # one bad file in a folder must not stop the rest
                    continue
                articles.extend(loaded.articles)
                problems.extend(loaded.problems)
    _check_unique(articles)
    if not articles:
        raise CrosscheckError(problems[0] if problems else f"no articles in {' '.join(paths)}")
    return Loaded(articles=tuple(articles), problems=tuple(problems))


def read_articles(
    paths: Sequence[str], *, stdin: BinaryIO | None = None, encoding: str = "utf-8"
) -> tuple[Article, ...]:
    """The articles `load` finds, without its problem list (use `load` to report those)."""
    return load(paths, stdin=stdin, encoding=encoding).articles


def _load_file(path: str, encoding: str) -> Loaded:
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise CrosscheckError(f"{path}: {_unreadable(path, exc)}") from None
    return _PARSERS[_suffix(path)](raw, path, encoding)


def _check_file(path: str) -> str:
    try:
        os.stat(path)
    except OSError as exc:
        raise CrosscheckError(f"{path}: {_unreadable(path, exc)}") from None
    suffix = _suffix(path)
    if suffix not in SUFFIXES:
        kind = suffix or "no extension"
        raise CrosscheckError(
            f"{path}: unsupported file type ({kind}); crosscheck reads {_SUPPORTED}"
        )
    return path


def _unreadable(path: str, exc: OSError) -> str:
    """Why a path cannot be read, in the words a user needs to fix it."""
    if exc.errno == errno.ELOOP:
        return "symbolic link loop; point the link at a file"
    if exc.errno == errno.ENOENT:
        if os.path.islink(path):
            return f"broken symbolic link (to {os.readlink(path)})"
        return "no such file or folder"
    return f"cannot read ({exc.strerror or exc})"


def _parse_plain(raw: bytes, path: str, encoding: str) -> Loaded:
    article = parse_article(raw, path=path, article_id=_stem_and_suffix(path)[0], encoding=encoding)
    return Loaded(articles=(article,))


_PARSERS: dict[str, Callable[[bytes, str, str], Loaded]] = {
    ".txt": _parse_plain,
    ".md": _parse_plain,
    ".json": lambda raw, path, encoding: parse_json(raw, path=path, encoding=encoding),
    ".jsonl": lambda raw, path, encoding: parse_jsonl(raw, path=path, encoding=encoding),
}


def _folder_members(folder: str) -> list[str]:
    """Article files under a folder, hidden files and folders skipped, sorted by relative path."""

    def unreadable(exc: OSError) -> None:
        raise CrosscheckError(f"{exc.filename}: cannot read folder ({exc.strerror or exc})")

    found: list[tuple[tuple[str, ...], str]] = []
    for root, dirs, files in os.walk(folder, onerror=unreadable):
        dirs[:] = [name for name in dirs if not name.startswith(".")]
        rel = PurePath(os.path.relpath(root, folder)).parts
        rel = () if rel == (".",) else rel
        for name in files:
            if not name.startswith(".") and _suffix(name) in SUFFIXES:
                found.append(((*rel, name), os.path.join(folder, *rel, name)))
    if not found:
        raise CrosscheckError(f"{folder}: no {_SUPPORTED} files in this folder")
    return [path for _, path in sorted(found)]


def _stem_and_suffix(path: str) -> tuple[str, str]:
    """The file name without its extension, and the extension, as `PurePath` splits them
    (".hidden" has none)."""
    # A PurePath per file took a tenth of the time to load ten thousand articles.
    name = os.path.basename(path)
    dot = name.rfind(".")
    return (name[:dot], name[dot:]) if 0 < dot < len(name) - 1 else (name, "")


def _suffix(path: str) -> str:
    return _stem_and_suffix(path)[1].lower()


def _first_time(path: str, seen: set[tuple[int, int] | str]) -> bool:
    """Whether the file has not been read yet, under this name or another (a link, "a/../b")."""
    # The device and inode name the file itself, for one stat where a real path takes several.
    try:
        status = os.stat(path)
    except OSError:
        return True  # reading it will say what is wrong
    # Some file systems (FAT, some network shares) give every file inode 0: there the path is
    # made real instead.
    identity = (status.st_dev, status.st_ino) if status.st_ino else os.path.realpath(path)
    if identity in seen:
        return False
    seen.add(identity)
    return True


def _check_unique(articles: Sequence[Article]) -> None:
    first: dict[str, Article] = {}
    for article in articles:
        other = first.setdefault(article.id, article)
        if other is article:
            continue
        if other.path == article.path:
            raise CrosscheckError(
                f"duplicate article id '{article.id}' twice in {article.path}; "
                "give each record its own `id`"
            )
        raise CrosscheckError(
            f"duplicate article id '{article.id}' in {_label(other.path)} and "
            f"{_label(article.path)}; give one an `id`"
        )


def _record(item: Any, *, path: str, default_id: str, where: str) -> Article:
    """One JSON article object; any bad field is a CrosscheckError naming `where`."""
    if not isinstance(item, dict):
        raise CrosscheckError(f"{where}: expected an article object, got {type(item).__name__}")
    text = item.get("text")
    if not isinstance(text, str) or not text.strip():
        raise CrosscheckError(f'{where}: an article needs a non-empty "text" string')
    check_length(text, where)
    fields: dict[str, str | None] = {}
    for key in ("id", "title", "outlet", "url"):
        value = item.get(key)
        if value is not None and not isinstance(value, str):
            raise CrosscheckError(f'{where}: "{key}" must be a string or null')
        fields[key] = (value.strip() or None) if isinstance(value, str) else None
    published = item["published"] if "published" in item else item.get("date")
    if published is not None and not isinstance(published, str):
        raise CrosscheckError(f'{where}: "published" must be an ISO date string or null')
    return Article(
        id=fields["id"] or default_id,
        path=path,
        title=fields["title"],
        outlet=fields["outlet"],
        url=fields["url"],
        published=_date(published, where) if published else None,
        text=text,
    )


def _front_matter(text: str, where: str) -> tuple[dict[str, str], dt.date | None, int]:
    """Fields, publication date and body offset of a `---` block at the start of `text`."""
    lines: list[tuple[int, int, str]] = []
    # Only the header is read line by line: a long article's body is never split.
    for numbered in _lines(text):
        lines.append(numbered)
        if len(lines) > 1 and numbered[2].strip() == "---":
            break
    else:
        raise CrosscheckError(f"{where}:1: front matter is never closed; end it with a `---` line")
    close = len(lines) - 1
    fields: dict[str, str] = {}
    published: dt.date | None = None
    for number, _, line in lines[1:close]:
        if not line.strip():
            continue
        match = _FIELD.fullmatch(line)
        if match is None:
            raise CrosscheckError(
                f"{where}:{number}: front matter line is not `key: value`: {line.strip()[:60]!r}"
            )
        key, value = match.group(1).lower(), _unquote(match.group(2).strip())
        if key in ("published", "date"):
            published = _date(value, f"{where}:{number}") if value else None
        elif key in _FRONT_KEYS and value:
            fields[key] = value
    return fields, published, lines[close][1]


def _headline(body: str) -> str | None:
    """The body's first line if it reads like a headline and more text follows it."""
    lines = (line.strip() for _, _, line in _lines(body) if line.strip())
    first, more = next(lines, None), next(lines, None)
    if first is None or more is None:
        return None
    first = first.lstrip("#").strip()  # a Markdown heading is a headline too
    if len(first.split()) > _HEADLINE_WORDS or len(first) > _HEADLINE_CHARS:
        return None
    return None if not first or first.endswith((".", ",", ";", ":")) else first


def _date(value: str, where: str) -> dt.date:
    """An ISO date, or an ISO datetime whose date part is kept."""
    match = _ISO_DATE.fullmatch(value.strip())
    try:
        if match is None:
            raise ValueError(value)
        if match.group(2):
            dt.datetime.fromisoformat(value.strip())
        return dt.date.fromisoformat(match.group(1))
    except ValueError:
        raise CrosscheckError(f"{where}: invalid date '{value}' (use YYYY-MM-DD)") from None


def _lines(text: str) -> Iterator[tuple[int, int, str]]:
    """(line number, offset after the line's newline, line without \\r\\n) for each line."""
    # Split on "\n" only: str.splitlines also breaks on \x0c, \x1c and \u2028, which news text has.
    # Lines are found one at a time, so a reader that stops early never splits the rest.
    start, number = 0, 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        number += 1
        yield number, min(end + 1, len(text)), text[start:end].rstrip("\r")
        start = end + 1


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def _label(path: str) -> str:
    return "<stdin>" if path == "-" else path
