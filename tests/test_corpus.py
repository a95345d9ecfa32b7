"""Loading articles: plain text with date marker or front matter, JSON, JSONL, folders, stdin."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
from pathlib import Path
from typing import Any

import pytest

from crosscheck.corpus import Loaded, decode, load, parse_article, parse_json, parse_jsonl
from crosscheck.errors import CrosscheckError
from crosscheck.model import Article

SEEDS = Path(__file__).parent.parent / "seeds"
BODY = "Donald Trump met Zohran Mamdani.\n\nThey talked for an hour.\n"


def text_article(text: str, path: str = "a.txt") -> Article:
    return parse_article(text.encode(), path=path, article_id="a")


def write(folder: Path, relative: str, content: str | bytes) -> Path:
    path = folder / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8", newline="")
    else:
        path.write_bytes(content)
    return path


# --- plain text: date marker ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "body"),
    [
        pytest.param(
            " date 2025-11-18 Trump said.", dt.date(2025, 11, 18), "Trump said.", id="seed"
        ),
        pytest.param(
            " date 2025-11-18\n\nTrump said.", dt.date(2025, 11, 18), "Trump said.", id="nl"
        ),
        pytest.param(
            "date 2025-11-18 Trump said.", None, "date 2025-11-18 Trump said.", id="no-sp"
        ),
        pytest.param(" date 2025-11-18x Trump.", None, " date 2025-11-18x Trump.", id="no-gap"),
        pytest.param("Trump said on 2025-11-18.", None, "Trump said on 2025-11-18.", id="none"),
    ],
)
def test_date_marker(text: str, published: dt.date | None, body: str) -> None:
    article = text_article(text)
    assert article.published == published
    assert article.body == body
    assert article.text == text


def test_date_marker_with_impossible_date_names_the_line() -> None:
    with pytest.raises(CrosscheckError, match=r"^a\.txt:1: invalid date '2025-13-40'"):
        text_article(" date 2025-13-40 Trump said.")


# --- plain text: front matter ---------------------------------------------------------------

FRONT = """---
title: "Trump and Mamdani: the meeting"
outlet: 'The Daily'
url: https://example.com/a?b=c
published: 2025-11-18T09:30:00Z
colour: blue
---
"""


def test_front_matter_all_keys() -> None:
    article = text_article(FRONT + BODY)
    assert article.title == "Trump and Mamdani: the meeting"
    assert article.outlet == "The Daily"
    assert article.url == "https://example.com/a?b=c"
    assert article.published == dt.date(2025, 11, 18)
    assert article.body_start == len(FRONT)
    assert article.body == BODY
    assert article.id == "a"


@pytest.mark.parametrize(
    ("header", "field", "value"),
    [
        pytest.param("date: 2025-11-17", "published", dt.date(2025, 11, 17), id="date-key"),
        pytest.param("published: '2025-11-17'", "published", dt.date(2025, 11, 17), id="quoted"),
        pytest.param("published:", "published", None, id="empty-date"),
        pytest.param("Title: Plain title", "title", "Plain title", id="key-case"),
        pytest.param("id: trump-mamdani", "id", "trump-mamdani", id="id-key"),
        pytest.param('outlet: "O\'Brien Weekly"', "outlet", "O'Brien Weekly", id="inner-quote"),
    ],
)
def test_front_matter_values(header: str, field: str, value: object) -> None:
    assert getattr(text_article(f"---\n{header}\n---\n{BODY}"), field) == value


def test_front_matter_keeps_crlf_offsets() -> None:
    text = "---\r\ntitle: T\r\n---\r\nBody line.\r\nMore.\r\n"
    article = text_article(text)
    assert article.title == "T"
    assert article.text == text
    assert article.body == "Body line.\r\nMore.\r\n"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param(
            "---\ntitle: T\n" + BODY, r"^a\.txt:1: front matter is never closed", id="no-close"
        ),
        pytest.param(
            "---\ntitle: T\njust words\n---\n" + BODY, r"^a\.txt:3: .*not `key: value`", id="no-key"
        ),
        pytest.param(
            "---\ntitle: T\n\npublished: 18 Nov 2025\n---\n" + BODY,
            r"^a\.txt:4: invalid date '18 Nov 2025'",
            id="bad-date",
        ),
        pytest.param("---\ntitle: T\n---\n  \n", r"^a\.txt: empty article", id="no-body"),
    ],
)
def test_front_matter_errors(text: str, message: str) -> None:
    with pytest.raises(CrosscheckError, match=message):
        text_article(text)


# --- plain text: title heuristic ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "Trump to meet Mamdani\nThe president said.", "Trump to meet Mamdani", id="yes"
        ),
        pytest.param("\n  Trump to meet Mamdani  \n\nBody.", "Trump to meet Mamdani", id="blanks"),
        pytest.param("Who won?\nBody.", "Who won?", id="question"),
        pytest.param("# Markdown heading\n\nBody.", "Markdown heading", id="md-heading"),
        pytest.param("Trump met Mamdani.\nBody.", None, id="full-stop"),
        pytest.param("Trump said:\nBody.", None, id="colon"),
        pytest.param("Trump, Mamdani,\nBody.", None, id="comma"),
        pytest.param("Trump and Mamdani to meet", None, id="only-line"),
        pytest.param(" ".join(["word"] * 21) + "\nBody.", None, id="21-words"),
        pytest.param(" ".join(["word"] * 20) + "\nBody.", " ".join(["word"] * 20), id="20-words"),
        pytest.param("x" * 151 + "\nBody.", None, id="151-chars"),
        pytest.param(" date 2025-11-18 Trump meets\nBody.", "Trump meets", id="after-marker"),
    ],
)
def test_title_heuristic(text: str, title: str | None) -> None:
    assert text_article(text).title == title


# --- JSON and JSON Lines --------------------------------------------------------------------


def test_json_single_object_uses_stem_for_missing_id() -> None:
    record = {"title": "T", "outlet": "O", "url": "u", "published": "2025-11-18", "text": BODY}
    loaded = parse_json(json.dumps(record).encode(), path="in/feed.json")
    assert loaded == Loaded(
        articles=(
            Article(
                id="feed",
                path="in/feed.json",
                title="T",
                outlet="O",
                url="u",
                published=dt.date(2025, 11, 18),
                text=BODY,
            ),
        )
    )


def test_json_list_numbers_missing_ids_and_reports_bad_records() -> None:
    records = [
        {"id": "first", "text": "One.", "date": "2025-11-17"},
        {"text": "Two.", "published": None},
        {"title": "no text"},
        {"text": "Four.", "published": 20251118},
        {"text": "Five."},
    ]
    loaded = parse_json(json.dumps(records).encode(), path="feed.json")
    assert [(a.id, a.text, a.published) for a in loaded.articles] == [
        ("first", "One.", dt.date(2025, 11, 17)),
        ("feed:2", "Two.", None),
        ("feed:5", "Five.", None),
    ]
    assert loaded.problems == (
        'feed.json: record 3: an article needs a non-empty "text" string',
        'feed.json: record 4: "published" must be an ISO date string or null',
    )


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        pytest.param(
            '{"text": "a",\n  oops}', r"^f\.json:2:3: invalid JSON \(Expecting", id="syntax"
        ),
        pytest.param('"just a string"', r"^f\.json: expected an article object", id="scalar"),
        pytest.param("[]", r"^f\.json: expected an article object", id="empty-list"),
        pytest.param(
            '{"title": "T"}', r'^f\.json: an article needs a non-empty "text"', id="no-text"
        ),
        pytest.param('{"text": "a", "title": 3}', r'^f\.json: "title" must be a string', id="type"),
    ],
)
def test_json_whole_file_errors(raw: str, message: str) -> None:
    with pytest.raises(CrosscheckError, match=message):
        parse_json(raw.encode(), path="f.json")


def test_jsonl_bad_line_is_a_problem_and_other_records_load() -> None:
    raw = (
        '{"id": "a", "text": "Alpha."}\n'
        "\n"
        "{not json\n"
        '{"title": "no text"}\n'
        '{"text": "Delta.", "outlet": "Wire"}\n'
        "[1, 2]\n"
    )
    loaded = parse_jsonl(raw.encode(), path="feed.jsonl")
    assert [(a.id, a.text, a.outlet) for a in loaded.articles] == [
        ("a", "Alpha.", None),
        ("feed:4", "Delta.", "Wire"),
    ]
    assert loaded.problems == (
        "feed.jsonl:3: invalid JSON "
        "(Expecting property name enclosed in double quotes at column 2)",
        'feed.jsonl:4: an article needs a non-empty "text" string',
        "feed.jsonl:6: expected an article object, got list",
    )


def test_jsonl_problems_reach_load_and_good_records_still_load(tmp_path: Path) -> None:
    write(tmp_path, "feed.jsonl", '{"text": "One."}\n{"text": \n{"text": "Three."}\n')
    loaded = load([str(tmp_path / "feed.jsonl")])
    assert [a.id for a in loaded.articles] == ["feed:1", "feed:3"]
    assert loaded.problems == (
        f"{tmp_path}/feed.jsonl:2: invalid JSON (Expecting value at column 10)",
    )


def test_jsonl_with_no_good_record_fails_with_the_first_problem(tmp_path: Path) -> None:
    write(tmp_path, "feed.jsonl", '{"title": "x"}\n{oops\n')
    with pytest.raises(CrosscheckError, match=r"feed\.jsonl:1: an article needs"):
        load([str(tmp_path / "feed.jsonl")])


# --- ids ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("files", "message"),
    [
        pytest.param(
            {"a/x.txt": BODY, "b/x.md": BODY},
            r"duplicate article id 'x' in .*a/x\.txt and .*b/x\.md; give one an `id`",
            id="two-files",
        ),
        pytest.param(
            {"a/x.txt": BODY, "b/feed.jsonl": '{"id": "x", "text": "t"}\n'},
            r"duplicate article id 'x' in .*a/x\.txt and .*b/feed\.jsonl",
            id="stem-and-record",
        ),
        pytest.param(
            {"feed.jsonl": '{"id": "x", "text": "t"}\n{"id": "x", "text": "u"}\n'},
            r"duplicate article id 'x' twice in .*feed\.jsonl",
            id="same-file",
        ),
    ],
)
def test_duplicate_ids(tmp_path: Path, files: dict[str, str], message: str) -> None:
    for relative, content in files.items():
        write(tmp_path, relative, content)
    with pytest.raises(CrosscheckError, match=message):
        load([str(tmp_path)])


def test_front_matter_id_resolves_a_duplicate(tmp_path: Path) -> None:
    write(tmp_path, "a/x.txt", BODY)
    write(tmp_path, "b/x.md", "---\nid: x-from-b\n---\n" + BODY)
    assert [a.id for a in load([str(tmp_path)]).articles] == ["x", "x-from-b"]


# --- folders and paths ----------------------------------------------------------------------


def test_folder_sorted_hidden_skipped_mixed_formats(tmp_path: Path) -> None:
    write(tmp_path, "b.txt", BODY)
    write(tmp_path, "a/z.md", BODY)
    write(tmp_path, "a.json", '[{"text": "J1"}, {"text": "J2"}]')
    write(tmp_path, "c.jsonl", '{"id": "c1", "text": "L1"}\n')
    write(tmp_path, ".hidden.txt", BODY)
    write(tmp_path, ".git/config.txt", BODY)
    write(tmp_path, "notes.pdf", b"%PDF")
    loaded = load([str(tmp_path)])
    assert [(a.id, a.path) for a in loaded.articles] == [
        ("z", f"{tmp_path}/a/z.md"),
        ("a:1", f"{tmp_path}/a.json"),
        ("a:2", f"{tmp_path}/a.json"),
        ("b", f"{tmp_path}/b.txt"),
        ("c1", f"{tmp_path}/c.jsonl"),
    ]
    assert loaded.problems == ()


def test_paths_keep_the_spelling_the_user_gave(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path, "news/one.txt", BODY)
    write(tmp_path, "two.md", BODY)
    monkeypatch.chdir(tmp_path)
    articles = load(["two.md", "news/", "news/one.txt"]).articles
    assert [(a.id, a.path) for a in articles] == [("two", "two.md"), ("one", "news/one.txt")]


@pytest.mark.parametrize(
    ("again", "link"),
    [
        ("news/one.txt", None),  # named twice
        ("news/../news/one.txt", None),  # spelled another way
        ("alias.txt", "symbolic"),
        ("alias.txt", "hard"),  # one file under two names
    ],
)
def test_one_file_named_twice_is_read_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, again: str, link: str | None
) -> None:
    original = write(tmp_path, "news/one.txt", BODY)
    if link == "symbolic":
        (tmp_path / again).symlink_to(original)
    elif link == "hard":
        (tmp_path / again).hardlink_to(original)
    monkeypatch.chdir(tmp_path)
    assert [a.path for a in load(["news/one.txt", again]).articles] == ["news/one.txt"]


def test_files_are_told_apart_where_every_inode_is_zero(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As FAT and some network shares report them.
    real_stat = os.stat

    def stat_without_inode(path: Any, *args: Any, **kwargs: Any) -> os.stat_result:
        found = real_stat(path, *args, **kwargs)
        return os.stat_result((found.st_mode, 0, *tuple(found)[2:]))

    write(tmp_path, "news/one.txt", BODY)
    write(tmp_path, "news/two.txt", BODY)
    monkeypatch.setattr(os, "stat", stat_without_inode)
    monkeypatch.chdir(tmp_path)
    articles = load(["news", "news/one.txt"]).articles
    assert [a.path for a in articles] == [
        os.path.join("news", "one.txt"),
        os.path.join("news", "two.txt"),
    ]


def test_bad_file_inside_a_folder_is_a_problem_not_a_failure(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", BODY)
    write(tmp_path, "b.txt", "   \n")
    write(tmp_path, "c.json", "{oops")
    loaded = load([str(tmp_path)])
    assert [a.id for a in loaded.articles] == ["a"]
    assert loaded.problems == (
        f"{tmp_path}/b.txt: empty article",
        f"{tmp_path}/c.json:1:2: invalid JSON (Expecting property name enclosed in double quotes)",
    )


def test_stdin_dash_is_plain_text_in_the_given_order(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", BODY)
    stdin = io.BytesIO(b" date 2025-11-18 From a pipe.\r\n")
    articles = load([str(tmp_path / "a.txt"), "-"], stdin=stdin).articles
    assert [a.id for a in articles] == ["a", "stdin"]
    assert articles[1] == Article(
        id="stdin",
        path="-",
        published=dt.date(2025, 11, 18),
        text=" date 2025-11-18 From a pipe.\r\n",
        body_start=17,
    )


def test_empty_stdin_is_an_error() -> None:
    with pytest.raises(CrosscheckError, match=r"^<stdin>: empty article$"):
        load(["-"], stdin=io.BytesIO(b""))


# --- bad input ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        pytest.param("x.txt", b"", "x.txt: empty article", id="empty"),
        pytest.param("x.txt", b" \r\n\t\n", "x.txt: empty article", id="whitespace"),
        pytest.param("x.txt", b"Text\x00more", "x.txt: binary file, not text", id="nul"),
        pytest.param(
            "x.txt",
            b"Twelve bytes\xff rest",
            "x.txt: not UTF-8 text (byte 0xff at offset 12); if it is another encoding,"
            " pass --encoding",
            id="not-utf8",
        ),
        pytest.param(
            "x.pdf",
            b"%PDF",
            "x.pdf: unsupported file type (.pdf); crosscheck reads .txt, .md, .json and .jsonl",
            id="pdf",
        ),
        pytest.param(
            "README",
            b"text",
            "README: unsupported file type (no extension); crosscheck reads .txt, .md, .json and "
            ".jsonl",
            id="no-extension",
        ),
        pytest.param("x.jsonl", b"\n\n", "x.jsonl: empty article", id="empty-jsonl"),
    ],
)
def test_bad_explicit_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, content: bytes, message: str
) -> None:
    write(tmp_path, name, content)
    write(tmp_path, "good.txt", BODY)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(CrosscheckError) as caught:
        load(["good.txt", name])
    assert str(caught.value) == message


@pytest.mark.parametrize(
    ("paths", "message"),
    [
        pytest.param(["nonexistent.txt"], "nonexistent.txt: no such file or folder", id="missing"),
        pytest.param(
            ["empty"], "empty: no .txt, .md, .json and .jsonl files in this folder", id="no-files"
        ),
        pytest.param(
            ["only-other"],
            "only-other: no .txt, .md, .json and .jsonl files in this folder",
            id="only-unsupported",
        ),
        pytest.param([], "no articles in ", id="no-paths"),
    ],
)
def test_nothing_to_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, paths: list[str], message: str
) -> None:
    (tmp_path / "empty").mkdir()
    write(tmp_path, "only-other/.hidden.txt", BODY)
    write(tmp_path, "only-other/x.pdf", b"%PDF")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(CrosscheckError) as caught:
        load(paths)
    assert str(caught.value) == message


def test_unreadable_file_names_the_reason(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "locked.txt", BODY)

    def denied(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", denied)
    with pytest.raises(CrosscheckError, match=r"locked\.txt: cannot read \(Permission denied\)$"):
        load([str(path)])


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        pytest.param(b"\xef\xbb\xbfHello\nWorld\n", "Hello\nWorld\n", id="bom-removed"),
        pytest.param(b"Hello\r\nWorld\r\n", "Hello\r\nWorld\r\n", id="crlf-kept"),
        pytest.param(b"Old\rMac\r", "Old\nMac\n", id="lone-cr-read-as-lf"),
        pytest.param(b"Mixed\r\nends\rhere", "Mixed\r\nends\nhere", id="mixed-ends"),
        pytest.param(b"Page\x0cbreak\xe2\x80\xa8kept", "Page\x0cbreak\u2028kept", id="oddities"),
    ],
)
def test_decoding_keeps_every_offset(raw: bytes, text: str) -> None:
    assert decode(raw, path="x.txt") == text
    assert parse_article(raw, path="x.txt", article_id="x").text == text


def test_other_encodings() -> None:
    assert decode("Café".encode("latin-1"), path="x.txt", encoding="latin-1") == "Café"
    with pytest.raises(CrosscheckError, match=r"^unknown encoding 'klingon'$"):
        load(["x.txt"], encoding="klingon")


# --- the seed articles ----------------------------------------------------------------------


def test_seeds_load_exactly() -> None:
    loaded = load([str(SEEDS)])
    assert loaded.problems == ()
    assert [a.id for a in loaded.articles] == sorted(p.stem for p in SEEDS.glob("*.txt"))
    assert len(loaded.articles) == 5
    dated = [a.id for a in loaded.articles if a.published == dt.date(2025, 11, 18)]
    assert dated == ["002_426413a17743c2fa", "004_b35bcf3ea4364e32"]
    for article in loaded.articles:
        file = SEEDS / f"{article.id}.txt"
        assert article.path == f"{SEEDS}/{file.name}"
        assert article.text == file.read_bytes().decode("utf-8")
    by_id = {a.id: a for a in loaded.articles}
    assert by_id["002_426413a17743c2fa"].body.startswith("Donald Trump has signalled")
    assert by_id["002_426413a17743c2fa"].body_start == len(" date 2025-11-18 ")
    assert by_id["003_b568bcc7446a0266"].title == (
        "Trump and Mamdani to Meet at the White House: \u201cThe Communist Asked\u201d"
    )
    assert by_id["000_b397855a1e4304f7"].title is None
