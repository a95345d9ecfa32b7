"""Markdown for pull-request comments: headings, GitHub tables, article text kept in its cell."""

from __future__ import annotations

import dataclasses

import pytest

from crosscheck.corpus import read_articles
from crosscheck.pipeline import Report, Setup, analyze
from crosscheck.render.markdown import escape, report_markdown
from tests.conftest import SEEDS, make_article


@pytest.fixture(scope="module")
def mixed(setup: Setup) -> Report:
    """An age conflict, and a title only the second article gives."""
    return analyze(
        [
            make_article("Jane Roe, 34, said she was ready.", id="a"),
            make_article("Governor Jane Roe, 35, said she was ready.", id="b"),
        ],
        setup,
    )


@pytest.fixture(scope="module")
def seeds(setup: Setup) -> Report:
    return analyze(read_articles([str(SEEDS)]), setup)


def cells(line: str) -> list[str]:
    """A table row's cells, split at the pipes Markdown would split at (not escaped ones)."""
    found, cell, chars = [], "", iter(line.strip())
    for char in chars:
        if char == "\\":
            cell += char + next(chars, "")
        elif char == "|":
            found.append(cell.strip())
            cell = ""
        else:
            cell += char
    return found[1:]  # the text before the opening pipe is no cell


def table_rows(markdown: str) -> list[list[str]]:
    return [cells(line) for line in markdown.splitlines() if line.startswith("|")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("plain words", "plain words"),
        ("a | b", r"a \| b"),
        ("line one\nline two", "line one line two"),
        ("one\r\ntwo\rthree\u2028four", "one two three four"),
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("back\\|slash", r"back\\\|slash"),
        ("`code`", r"\`code\`"),
        ("[click](http://x)", r"\[click\](http://x)"),
        ("![](http://x/pixel)", r"!\[\](http://x/pixel)"),
        ("AT&T", "AT&T"),
        ("&amp; &#60;", "&amp;amp; &amp;#60;"),
        ("“We want” – 100%", "“We want” – 100%"),
    ],
)
def test_escape(text: str, expected: str) -> None:
    assert escape(text) == expected


def test_heading_counts_the_findings(mixed: Report) -> None:
    first_line = report_markdown(mixed).splitlines()[0]
    assert first_line == "### crosscheck: 1 conflict · 0 agree · 1 single (2 articles)"


def test_conflicts_come_first(mixed: Report) -> None:
    markdown = report_markdown(mixed)
    assert "#### Agreements" not in markdown
    assert markdown.index("#### Conflicts") < markdown.index("#### Single source")
    assert markdown.endswith("|\n")


def test_one_row_per_assertion_the_claim_on_the_first(mixed: Report) -> None:
    rows = table_rows(report_markdown(mixed))
    header, rule = rows[0], rows[1]
    assert header == ["Claim", "Source", "Says", "Value"]
    assert all(set(cell) <= set("-:") for cell in rule)
    assert rows[2:4] == [
        ["Jane Roe · age · age", "[1] a:1", "34", "34"],
        ["", "[2] b:1", "35", "35"],
    ]
    # A single source has one side: nothing to number.
    assert rows[6] == ["Jane Roe · title · governor", "b:1", "Governor", "governor"]
    assert all(len(row) == 4 for row in rows)


def test_article_text_stays_in_its_cell(setup: Setup) -> None:
    report = analyze(
        [make_article('Jane Roe said: "We | will <b>win</b> this."', id="a")],
        setup,
    )
    markdown = report_markdown(report)
    assert r"We \| will &lt;b&gt;win&lt;/b&gt; this" in markdown
    assert "<b>" not in markdown
    assert all(len(row) == 4 for row in table_rows(markdown))


def test_a_number_is_shown_as_written(mixed: Report) -> None:
    # tabulate would print "1.50" as "1.5" were it left to read numbers.
    finding = mixed.findings[0]
    first, second = finding.assertions
    report = dataclasses.replace(
        mixed,
        findings=(
            dataclasses.replace(
                finding, sides=((dataclasses.replace(first, text="1.50"),), (second,))
            ),
        ),
    )
    assert table_rows(report_markdown(report))[2][2] == "1.50"


def test_no_findings() -> None:
    empty = Report(articles=(), assertions=(), findings=())
    assert report_markdown(empty) == (
        "### crosscheck: 0 conflicts · 0 agree · 0 single (0 articles)\n\n"
        "No claims to compare were found.\n"
    )


def test_the_seeds_show_the_misquote_as_a_word_diff(seeds: Report) -> None:
    markdown = report_markdown(seeds)
    assert markdown.splitlines()[0].startswith("### crosscheck: 2 conflicts · ")
    diffs = [row for row in table_rows(markdown) if row[1] == "[1] vs [2]"]
    assert len(diffs) == 2
    (gave_rise,) = [row for row in diffs if "[-gave rise to him-]" in row[2]]
    assert gave_rise[2].endswith("[-gave rise to him-] {+once lifted him to prominence+}")
    assert (gave_rise[0], gave_rise[3]) == ("", "")
    # The diff rows belong to the conflicts, which come before every other table.
    assert markdown.index("[1] vs [2]") < markdown.index("#### Agreements")


def test_the_output_is_deterministic(seeds: Report, setup: Setup) -> None:
    again = analyze(read_articles([str(SEEDS)]), setup)
    assert report_markdown(seeds) == report_markdown(again)
