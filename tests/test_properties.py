"""Properties that hold for any input at all, searched for with hypothesis.

The loader turns any bytes into articles or one `CrosscheckError`, never another exception, and
keeps the text it read. Every extractor, on any text, raises nothing and gives spans that point
at exactly the words they claim, on the line they claim. The text is drawn from the stuff of
news English (names, numbers, months, titles, quotation marks, line breaks) mixed with arbitrary
characters, so the patterns are exercised where they are most intricate.

The tests take no fixtures, so `bench/fuzz.py` can call them for a longer, deeper search.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import re
from functools import cache
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from crosscheck.corpus import Loaded, decode, parse_article, parse_json, parse_jsonl
from crosscheck.errors import CrosscheckError
from crosscheck.extract import EXTRACTORS, extract
from crosscheck.extract.base import prepare
from crosscheck.lexicon import Lexicon
from crosscheck.model import Article, Assertion
from crosscheck.pipeline import load_setup
from crosscheck.text import line_number, line_starts

# Pieces of news English the extractors look for, and the punctuation around them.
# fmt: off
WORDS = (
    "Jane", "Roe", "Zoë", "O'Neill", "McDonald", "de", "la", "Smith-Jones", "Mr.", "Dr.", "Sen.",
    "said", "says", "told", "added", "he", "she", "they", "the", "a", "of", "in", "on", "at",
    "former", "mayor", "president", "Gov.", "chief", "executive", "minister", "elect", "acting",
    "New", "York", "Washington", "Paris", "Texas", "City", "Hall", "U.S.", "U.N.",
    "Friday", "Monday", "Nov.", "November", "May", "March", "2025", "1999", "18", "31st",
    "last", "next", "week", "year", "ago", "two", "days", "earlier", "today", "yesterday",
    "Christmas", "Independence", "Day", "election", "meeting", "summit", "vote", "votes",
    "34", "34-year-old", "aged", "age", "early", "30s", "mid-forties", "one", "twenty-one",
    "1,200", "3.5", "$4", "million", "billion", "percent", "%", "people", "were", "killed",
    "more", "than", "about", "nearly", "at least", "No.", "#1", "10-9", "5-4",
    # Letters that case-folding patterns match but that lower() does not map to a known word
    "kılled", "İnauguration", "ſome", "ſeats", "\u212aILLED",
)
MARKS = (
    " ", " ", " ", ", ", ". ", "\n", "\n\n", "\r\n", "“", "”", '"', "'", "‘", "’", "—", "-",
    "(", ")", ": ", "; ", "?", "!", "…", "/", "\t", "\u00a0", "\u2028",
)
# fmt: on
NEWS_TEXT = st.lists(
    st.sampled_from(WORDS) | st.sampled_from(MARKS) | st.text(max_size=4), max_size=80
).map("".join)
ANY_TEXT = NEWS_TEXT | st.text(max_size=300)
PUBLISHED = st.none() | st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
# No deadline: speed is measured by bench/, never asserted in tests. The number of examples
# comes from the loaded profile (hypothesis's default in the suite, more in bench/fuzz.py).
PROPERTY = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])


@cache
def lexicon() -> Lexicon:
    """The shipped vocabulary, loaded once for every example."""
    return load_setup().lexicon


@PROPERTY
@given(st.binary(max_size=400) | ANY_TEXT.map(str.encode), st.sampled_from(["utf-8", "latin-1"]))
@example(b"\xff\xfeA\x00\r\x00B\x00", "utf-8")  # a UTF-16 byte-order mark outranks --encoding
def test_any_bytes_load_or_give_the_user_error(raw: bytes, encoding: str) -> None:
    for parse in (_plain, parse_json, parse_jsonl):
        try:
            loaded = parse(raw, path="x.txt", encoding=encoding)
        except CrosscheckError as error:
            assert str(error) and "\n" not in str(error)
            continue
        for article in loaded.articles:
            assert article.text.strip()
            assert 0 <= article.body_start <= len(article.text)
    try:
        text = decode(raw, path="x.txt", encoding=encoding)
    except CrosscheckError:
        return
    # Nothing is lost: only a byte-order mark goes, and a lone CR reads as the LF it stands for.
    bom = next((bom for bom, name in BYTE_ORDER_MARKS if raw.startswith(bom)), None)
    written = raw.decode(encoding) if bom is None else raw.decode(dict(BYTE_ORDER_MARKS)[bom])
    assert text == re.sub(r"\r(?!\n)", "\n", written.removeprefix("\ufeff"))


# The marks a file may start with and the codec each names (UTF-32 LE's starts with UTF-16 LE's).
BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


FRONT_LINES = st.lists(
    st.sampled_from(
        [
            "---",
            "title: T",
            "published: 2025-11-18",
            "date: 2025-13-01",
            "id: x",
            "outlet:",
            "",
            "x",
        ]
    )
    | st.text(max_size=20),
    max_size=6,
)


@PROPERTY
@given(FRONT_LINES, ANY_TEXT, st.sampled_from(["\n", "\r\n", "\r"]))
def test_any_header_loads_or_gives_the_user_error(lines: list[str], body: str, end: str) -> None:
    raw = end.join(["---", *lines, body]).encode()
    try:
        article = parse_article(raw, path="x.txt", article_id="x")
    except CrosscheckError:
        return
    assert article.text[article.body_start :].strip()


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | ANY_TEXT | st.sampled_from(["2025-11-18", ""]),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(
            st.sampled_from(["text", "id", "title", "published", "date", "url", "outlet"])
            | st.text(),
            inner,
            max_size=5,
        )
    ),
    max_leaves=12,
)


@PROPERTY
@given(st.lists(JSON_VALUES, min_size=1, max_size=4))
def test_any_json_records_load_or_give_the_user_error(records: list[Any]) -> None:
    for raw, parse in (
        (json.dumps(records).encode(), parse_json),
        ("\n".join(json.dumps(record) for record in records).encode(), parse_jsonl),
    ):
        try:
            loaded = parse(raw, path="feed.json", encoding="utf-8")
        except CrosscheckError:
            continue
        texts = {
            r["text"] for r in records if isinstance(r, dict) and isinstance(r.get("text"), str)
        }
        assert all(article.text in texts for article in loaded.articles)


@PROPERTY
@given(ANY_TEXT, PUBLISHED)
@example("At least 5 were kılled at the İnauguration; ſome 30 ſeats, hundredſ of votes.", None)
def test_every_extractor_gives_exact_spans_on_any_text(
    text: str, published: dt.date | None
) -> None:
    article = Article(id="a", path="a.txt", text=text, published=published)
    source = prepare(article, lexicon())
    starts = line_starts(text)
    for extractor in EXTRACTORS.values():
        for assertion in extractor(source):
            _check_span(assertion, text, starts)


@PROPERTY
@given(ANY_TEXT, PUBLISHED)
def test_every_extractor_yields_in_text_order(text: str, published: dt.date | None) -> None:
    """The extraction stage keeps the first ones of a kind when there are too many."""
    source = prepare(Article(id="a", path="a.txt", text=text, published=published), lexicon())
    for extractor in EXTRACTORS.values():
        starts = [assertion.span.start for assertion in extractor(source)]
        assert starts == sorted(starts)


@PROPERTY
@given(ANY_TEXT, PUBLISHED)
def test_extraction_is_in_text_order_and_names_its_people(
    text: str, published: dt.date | None
) -> None:
    article = Article(id="a", path="a.txt", text=text, published=published)
    extraction = extract(article, lexicon())
    spans = [(a.span.start, a.span.end) for a in extraction.assertions]
    assert spans == sorted(spans)
    assert all(name.strip() for name in extraction.people)


def _check_span(assertion: Assertion, text: str, starts: tuple[int, ...]) -> None:
    span = assertion.span
    assert span.article == "a"
    assert 0 <= span.start <= span.end <= len(text)
    assert text[span.start : span.end] == assertion.text, assertion
    assert span.line == line_number(starts, span.start)
    # The context an editor reads is the text around the span, spaces collapsed.
    assert " ".join(assertion.text.split()) in assertion.context


def _plain(raw: bytes, *, path: str, encoding: str) -> Loaded:
    return Loaded(articles=(parse_article(raw, path=path, article_id="x", encoding=encoding),))
