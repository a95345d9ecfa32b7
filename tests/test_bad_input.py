"""The catalogue of bad input: what scrapers, wires, CMS exports and hand-edited rules send us.

Each row is one kind of trouble, run through the command line as a user would meet it. Either
the run stops with exit code 2 and one line on stderr that says what and where, or it recovers
in the documented way: it loads what it can (the ages found say so), and warns one line for
each file or record it had to skip. Never a traceback.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from crosscheck.corpus import MAX_ARTICLE_CHARS
from crosscheck.extract import MAX_PER_KIND
from tests.conftest import run_cli

ARTICLE = "Zoë Roe, 34, said she would run again.\n"
OTHER = "Jane Doe, 51, said she would not.\n"
RULE = 'doc = "Ages."\nkind = "age"\ncomparator = "interval"\n'


@dataclass(frozen=True, slots=True, kw_only=True)
class Case:
    """Files to write under a fresh folder, the arguments after `extract`, and the outcome."""

    files: dict[str, bytes]
    args: tuple[str, ...]
    # A regular expression the one line on stderr must match after "Error: " (exit code 2).
    error: str | None = None
    # Otherwise: one regular expression per warning line, and the ages read, as (subject, text).
    warnings: tuple[str, ...] = ()
    ages: tuple[tuple[str, str], ...] = ()
    links: dict[str, str] = field(default_factory=dict)  # symbolic link -> its target
    unreadable: str | None = None  # a file whose reading fails as permission denied


def text(content: str, encoding: str = "utf-8") -> bytes:
    return content.encode(encoding)


ZOE = (("Zoë Roe", "34"),)
BOTH = (("Zoë Roe", "34"), ("Jane Doe", "51"))
HUGE = b"word " * (MAX_ARTICLE_CHARS // 5 + 1)

CATALOGUE = {
    # Paths
    "missing-path": Case(files={}, args=("gone.txt",), error=r"gone\.txt: no such file or folder$"),
    "folder-without-articles": Case(
        files={"in/notes.pdf": b"%PDF-1.7"},
        args=("in",),
        error=r"in: no \.txt, \.md, \.json and \.jsonl files in this folder$",
    ),
    "unreadable-file": Case(
        files={"a.txt": text(ARTICLE)},
        args=("a.txt",),
        unreadable="a.txt",
        error=r"a\.txt: cannot read \(Permission denied\)$",
    ),
    "unreadable-file-in-a-folder": Case(
        files={"in/a.txt": text(ARTICLE), "in/b.txt": text(OTHER)},
        args=("in",),
        unreadable="b.txt",
        warnings=(r"in/b\.txt: cannot read \(Permission denied\)$",),
        ages=ZOE,
    ),
    "symlink-loop": Case(
        files={},
        args=("a.txt",),
        links={"a.txt": "b.txt", "b.txt": "a.txt"},
        error=r"a\.txt: symbolic link loop; point the link at a file$",
    ),
    "symlink-loop-in-a-folder": Case(
        files={"in/c.txt": text(ARTICLE)},
        args=("in",),
        links={"in/a.txt": "b.txt", "in/b.txt": "a.txt"},
        warnings=(r"in/a\.txt: symbolic link loop", r"in/b\.txt: symbolic link loop"),
        ages=ZOE,
    ),
    "broken-symlink": Case(
        files={}, args=("a.txt",), links={"a.txt": "gone.txt"}, error=r"broken symbolic link"
    ),
    "folder-link-to-itself-is-not-followed": Case(
        files={"in/a.txt": text(ARTICLE)}, args=("in",), links={"in/self": "."}, ages=ZOE
    ),
    # Bytes that are not the text they claim to be
    "binary-file": Case(
        files={"photo.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"},
        args=("photo.txt",),
        error=r"photo\.txt: binary file, not text$",
    ),
    "binary-file-in-a-folder": Case(
        files={"in/photo.txt": b"\x89PNG\r\n\x1a\n\x00\x00", "in/a.txt": text(ARTICLE)},
        args=("in",),
        warnings=(r"in/photo\.txt: binary file, not text$",),
        ages=ZOE,
    ),
    "invalid-utf-8-names-the-byte": Case(
        files={"a.txt": text(ARTICLE, "latin-1")},
        args=("a.txt",),
        error=r"a\.txt: not UTF-8 text \(byte 0xeb at offset 2\); .* pass --encoding$",
    ),
    "encoding-option-reads-it": Case(
        files={"a.txt": text(ARTICLE, "latin-1")}, args=("--encoding", "latin-1", "a.txt"), ages=ZOE
    ),
    "unknown-encoding": Case(
        files={"a.txt": text(ARTICLE)},
        args=("--encoding", "klingon", "a.txt"),
        error=r"unknown encoding 'klingon'$",
    ),
    "utf-16-with-bom": Case(files={"a.txt": text(ARTICLE, "utf-16")}, args=("a.txt",), ages=ZOE),
    "utf-16-big-endian-with-bom": Case(
        files={"a.txt": b"\xfe\xff" + text(ARTICLE, "utf-16-be")}, args=("a.txt",), ages=ZOE
    ),
    "utf-32-with-bom": Case(files={"a.txt": text(ARTICLE, "utf-32")}, args=("a.txt",), ages=ZOE),
    "utf-8-with-bom": Case(files={"a.txt": text(ARTICLE, "utf-8-sig")}, args=("a.txt",), ages=ZOE),
    # Line ends
    "crlf-line-ends": Case(
        files={"a.txt": text("Headline\r\n\r\n" + ARTICLE.replace("\n", "\r\n"))},
        args=("a.txt",),
        ages=ZOE,
    ),
    "lone-cr-line-ends": Case(
        files={"a.txt": text("---\rtitle: T\r---\r" + ARTICLE.replace("\n", "\r"))},
        args=("a.txt",),
        ages=ZOE,
    ),
    # Too little
    "empty-file": Case(files={"a.txt": b""}, args=("a.txt",), error=r"a\.txt: empty article$"),
    "only-whitespace": Case(
        files={"a.txt": b" \r\n\t\n"}, args=("a.txt",), error=r"a\.txt: empty article$"
    ),
    "header-only": Case(
        files={"a.txt": text("---\ntitle: Headline\npublished: 2025-11-18\n---\n\n")},
        args=("a.txt",),
        error=r"a\.txt: empty article \(no text after the header\)$",
    ),
    "empty-stdin": Case(files={}, args=("-",), error=r"<stdin>: empty article$"),
    # Too much
    "fifty-megabyte-article": Case(
        files={"a.txt": b"word " * 10_000_000},
        args=("a.txt",),
        error=r"a\.txt: 50,000,000 characters is too long for one article \(the limit is "
        r"10,000,000\); split it into its articles$",
    ),
    "oversized-article-in-a-folder": Case(
        files={"in/a.txt": text(ARTICLE), "in/b.txt": HUGE},
        args=("in",),
        warnings=(r"in/b\.txt: .* too long for one article",),
        ages=ZOE,
    ),
    "oversized-record-in-json-lines": Case(
        files={
            "feed.jsonl": json.dumps({"text": ARTICLE}).encode()
            + b"\n"
            + json.dumps({"text": HUGE.decode()}).encode()
        },
        args=("feed.jsonl",),
        warnings=(r"feed\.jsonl:2: .* too long for one article",),
        ages=ZOE,
    ),
    "one-megabyte-line": Case(
        files={"a.txt": b"word " * 200_000 + text(ARTICLE)}, args=("a.txt",), ages=ZOE
    ),
    "more-dates-than-prose-states": Case(
        files={"a.txt": b"now " * (MAX_PER_KIND + 1) + text(ARTICLE)},
        args=("a.txt",),
        warnings=(
            rf"a\.txt: states more than {MAX_PER_KIND:,} dates; only the first .* are read$",
        ),
        ages=ZOE,
    ),
    # Headers and records
    "front-matter-never-closed": Case(
        files={"a.txt": text("---\ntitle: T\n" + ARTICLE)},
        args=("a.txt",),
        error=r"a\.txt:1: front matter is never closed; end it with a `---` line$",
    ),
    "front-matter-line-without-key": Case(
        files={"a.txt": text("---\ntitle: T\njust words\n---\n" + ARTICLE)},
        args=("a.txt",),
        error=r"a\.txt:3: front matter line is not `key: value`: 'just words'$",
    ),
    "front-matter-bad-date": Case(
        files={"a.txt": text("---\npublished: 2025-13-45\n---\n" + ARTICLE)},
        args=("a.txt",),
        error=r"a\.txt:2: invalid date '2025-13-45' \(use YYYY-MM-DD\)$",
    ),
    "invalid-json": Case(
        files={"feed.json": b'[{"text": "a",\n  oops}]'},
        args=("feed.json",),
        error=r"feed\.json:2:3: invalid JSON \(Expecting property name",
    ),
    "bad-line-in-json-lines": Case(
        files={
            "feed.jsonl": b"\n".join(
                [
                    json.dumps({"id": "one", "text": ARTICLE}).encode(),
                    b'{"text": "unfinished',
                    json.dumps({"id": "three", "text": OTHER}).encode(),
                ]
            )
        },
        args=("feed.jsonl",),
        warnings=(r"feed\.jsonl:2: invalid JSON \(Unterminated string",),
        ages=BOTH,
    ),
    "bad-record-in-a-json-list": Case(
        files={"feed.json": json.dumps([{"text": ARTICLE}, {"title": "no text"}]).encode()},
        args=("feed.json",),
        warnings=(r'feed\.json: record 2: an article needs a non-empty "text" string$',),
        ages=ZOE,
    ),
    "duplicate-ids": Case(
        files={
            "feed.jsonl": b"\n".join(
                json.dumps({"id": "same", "text": body}).encode() for body in (ARTICLE, OTHER)
            )
        },
        args=("feed.jsonl",),
        error=r"duplicate article id 'same' twice in feed\.jsonl; give each record its own `id`$",
    ),
    "duplicate-ids-across-files": Case(
        files={"a.txt": text(ARTICLE), "b/a.txt": text(OTHER)},
        args=("a.txt", "b/a.txt"),
        error=r"duplicate article id 'a' in a\.txt and b/a\.txt; give one an `id`$",
    ),
    # Rule files, edited by hand
    "rule-toml-error": Case(
        files={"a.txt": text(ARTICLE), "rules/broken.toml": b'doc = "x"\nkind = \n'},
        args=("--rules", "rules", "a.txt"),
        error=r"rules/broken\.toml:2: invalid TOML: ",
    ),
    "rule-unknown-comparator": Case(
        files={
            "a.txt": text(ARTICLE),
            "rules/ages.toml": text(RULE.replace("interval", "intervl")),
        },
        args=("--rules", "rules", "a.txt"),
        error=r"rules/ages\.toml:3: unknown comparator 'intervl' \(did you mean 'interval'\?\)$",
    ),
    "rule-unknown-kind": Case(
        files={"a.txt": text(ARTICLE), "rules/ages.toml": text(RULE.replace('"age"', '"ages"'))},
        args=("--rules", "rules", "a.txt"),
        error=r"rules/ages\.toml:2: unknown kind 'ages' \(did you mean 'age'\?\)$",
    ),
    "rule-comparator-for-another-kind": Case(
        files={"a.txt": text(ARTICLE), "rules/ages.toml": text(RULE.replace('"age"', '"quote"'))},
        args=("--rules", "rules", "a.txt"),
        error=r"rules/ages\.toml:3: comparator 'interval' cannot judge 'quote' assertions",
    ),
    # Rules pick from a closed set of comparators and never take a regular expression, so a
    # pattern in a rule file is refused as a key the format does not have.
    "rule-regular-expression": Case(
        files={"a.txt": text(ARTICLE), "rules/ages.toml": text(RULE + 'pattern = "(unclosed"\n')},
        args=("--rules", "rules", "a.txt"),
        error=r"rules/ages\.toml:4: unknown key 'pattern'",
    ),
    "rule-threshold-out-of-range": Case(
        files={"a.txt": text(ARTICLE), "rules/ages.toml": text(RULE + "tolerance = 42\n")},
        args=("--rules", "rules", "a.txt"),
        error=r"rules/ages\.toml:4: 'tolerance' must be a number from 0 to 10$",
    ),
    "rule-threshold-not-a-number": Case(
        files={"a.txt": text(ARTICLE), "rules/ages.toml": text(RULE + 'min_confidence = "high"\n')},
        args=("--rules", "rules", "a.txt"),
        error=r"rules/ages\.toml:4: 'min_confidence' must be a number from 0 to 1$",
    ),
    "vocabulary-threshold-out-of-range": Case(
        files={
            "a.txt": text(ARTICLE),
            "rules/lexicon/quotes.toml": b"[quote_matching]\nmin_share = 1.5\n",
        },
        args=("--rules", "rules", "a.txt"),
        error=r"rules/lexicon/quotes\.toml:2: \[quote_matching\] 'min_share' must be a number from 0 to 1$",
    ),
    "vocabulary-toml-error": Case(
        files={"a.txt": text(ARTICLE), "rules/lexicon/titles.toml": b"offices = [\n"},
        args=("--rules", "rules", "a.txt"),
        error=r"rules/lexicon/titles\.toml:1: invalid TOML: Invalid value \(at end of document\)$",
    ),
    "rule-file-not-utf-8": Case(
        files={"a.txt": text(ARTICLE), "rules/ages.toml": text(RULE + "# Zoë\n", "latin-1")},
        args=("--rules", "rules", "a.txt"),
        error=r"rules/ages\.toml: not UTF-8 text \(byte 0xeb at offset \d+\)$",
    ),
}


@pytest.mark.parametrize("case", CATALOGUE.values(), ids=CATALOGUE.keys())
def test_bad_input(case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name, content in case.files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(content)
    for name, target in case.links.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        os.symlink(target, tmp_path / name)
    if case.unreadable is not None:
        _deny_reading(monkeypatch, case.unreadable)
    monkeypatch.chdir(tmp_path)

    result = run_cli(["extract", "--format", "json", "--no-cache", *case.args], input=b"")

    lines = result.stderr.splitlines()
    assert "Traceback" not in result.stderr
    if case.error is not None:
        assert (result.exit_code, result.stdout) == (2, "")
        assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
        assert _matches(case.error, lines[0].removeprefix("Error: "))
        return
    assert result.exit_code == 0, result.stderr
    assert len(lines) == len(case.warnings), result.stderr
    for pattern, line in zip(case.warnings, lines, strict=True):
        assert line.startswith("Warning: ") and _matches(pattern, line.removeprefix("Warning: "))
    document = json.loads(result.stdout)
    ages = [(a["subject"], a["text"]) for a in document["assertions"] if a["kind"] == "age"]
    assert ages == list(case.ages)


def test_line_ends_do_not_change_what_is_read(tmp_path: Path) -> None:
    """The same article with LF, CRLF and lone CR line ends: the same claims on the same lines."""
    body = (
        "---\ntitle: Vote\npublished: 2025-11-18\n---\n\nZoë Roe, 34, won.\n\n“We won,” she said.\n"
    )
    for name, end in (("lf", "\n"), ("crlf", "\r\n"), ("cr", "\r")):
        (tmp_path / f"{name}.txt").write_bytes(body.replace("\n", end).encode())
    read = {}
    for name in ("lf", "crlf", "cr"):
        result = run_cli(
            ["extract", "--format", "json", "--no-cache", str(tmp_path / f"{name}.txt")]
        )
        document = json.loads(result.stdout)
        read[name] = (
            document["articles"][0]["published"],
            [(a["kind"], a["subject"], a["line"], a["value"]) for a in document["assertions"]],
        )
    assert read["lf"][1], "the article should yield claims"
    assert read["lf"] == read["crlf"] == read["cr"]


def _matches(pattern: str, line: str) -> bool:
    import re

    return re.search(pattern, line) is not None


def _deny_reading(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Make reading one file fail as it does without permission (tests may run as root)."""
    original = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == name:
            raise PermissionError(13, "Permission denied", str(self))
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
