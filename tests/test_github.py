"""GitHub Actions annotations: escaping, one line per assertion, most severe findings first."""

from __future__ import annotations

from dataclasses import replace

import pytest

from crosscheck.model import Article, Finding, Severity
from crosscheck.pipeline import Setup, analyze
from crosscheck.render import github
from tests.conftest import make_article

AGE_A = "Jane Roe, 34, said she was ready."
AGE_B = "Jane Roe, 35, said she was ready."
# A second line in each article, so a title conflict (a warning) comes with the age conflict.
TITLE_A = f"{AGE_A}\nMayor John Smith spoke."
TITLE_B = f"Intro line.\n{AGE_B}\nFormer mayor John Smith spoke."


def findings_of(setup: Setup, *articles: Article) -> tuple[Finding, ...]:
    return analyze(articles, setup).findings


def only(findings: tuple[Finding, ...], rule: str) -> Finding:
    (found,) = (f for f in findings if f.rule == rule)
    return found


@pytest.mark.parametrize(
    ("text", "data", "prop"),
    [
        pytest.param("plain", "plain", "plain", id="nothing-to-escape"),
        pytest.param("50%", "50%25", "50%25", id="percent"),
        pytest.param("%0A", "%250A", "%250A", id="escape-looking-text-stays-literal"),
        pytest.param("a\nb", "a%0Ab", "a%0Ab", id="newline"),
        pytest.param("a\r\nb", "a%0D%0Ab", "a%0D%0Ab", id="crlf"),
        pytest.param("a: b", "a: b", "a%3A b", id="colon-only-in-properties"),
        pytest.param("a, b", "a, b", "a%2C b", id="comma-only-in-properties"),
        pytest.param("::error::x", "::error::x", "%3A%3Aerror%3A%3Ax", id="command-injection"),
        pytest.param("Jane · 34 — “ok”", "Jane · 34 — “ok”", "Jane · 34 — “ok”", id="unicode-kept"),
    ],
)
def test_escaping(text: str, data: str, prop: str) -> None:
    assert github.escape_data(text) == data
    assert github.escape_property(text) == prop


def test_a_conflict_annotates_both_sides_at_their_articles(setup: Setup) -> None:
    articles = (make_article(AGE_A, id="a"), make_article(f"Intro line.\n{AGE_B}", id="b"))
    age = only(findings_of(setup, *articles), "age-mismatch")
    title = "crosscheck age-mismatch%3A Jane Roe · age (conflict)"
    message = "Jane Roe's age: 34 (a) vs 35 (b) — this source says: "
    assert github.annotations([age], articles) == (
        f"::error file=a.txt,line=1,title={title}::{message}34 [side 1]\n"
        f"::error file=b.txt,line=2,title={title}::{message}35 [side 2]\n"
    )


@pytest.mark.parametrize(
    ("severity", "command"),
    [
        pytest.param(Severity.ERROR, "::error ", id="error"),
        pytest.param(Severity.WARNING, "::warning ", id="warning"),
        pytest.param(Severity.INFO, "::notice ", id="info-is-a-notice"),
    ],
)
def test_command_follows_severity(setup: Setup, severity: Severity, command: str) -> None:
    articles = (make_article(AGE_A, id="a"), make_article(AGE_B, id="b"))
    age = replace(only(findings_of(setup, *articles), "age-mismatch"), severity=severity)
    lines = github.annotations([age], articles).splitlines()
    assert len(lines) == 2
    assert all(line.startswith(command) for line in lines)


def test_most_severe_first_then_given_order(setup: Setup) -> None:
    articles = (make_article(TITLE_A, id="a"), make_article(TITLE_B, id="b"))
    found = findings_of(setup, *articles)
    age, title = only(found, "age-mismatch"), only(found, "title-mismatch")
    assert (age.severity, title.severity) == (Severity.ERROR, Severity.WARNING)
    lines = github.annotations([title, age], articles).splitlines()
    assert [line.split(" ", 1)[0] for line in lines] == ["::error"] * 2 + ["::warning"] * 2
    # Two findings of one severity keep the order they were given in.
    demoted = replace(age, severity=Severity.WARNING)
    lines = github.annotations([title, demoted], articles).splitlines()
    assert ["title-mismatch" in line for line in lines] == [True, True, False, False]


def test_stdin_article_has_no_file_or_line(setup: Setup) -> None:
    stdin = replace(make_article(AGE_A, id="stdin"), path="-")
    articles = (stdin, make_article(AGE_B, id="b"))
    age = only(findings_of(setup, *articles), "age-mismatch")
    lines = github.annotations([age], articles).splitlines()
    # Sides are ordered by article id ("b" before "stdin"): find each line by what it quotes.
    (from_stdin,) = (line for line in lines if "this source says: 34 " in line)
    (from_file,) = (line for line in lines if "this source says: 35 " in line)
    assert from_stdin.startswith("::error title=crosscheck age-mismatch%3A ")
    assert "file=" not in from_stdin and "line=" not in from_stdin
    assert from_file.startswith("::error file=b.txt,line=1,title=")


def test_article_text_cannot_break_the_command(setup: Setup) -> None:
    articles = (make_article(AGE_A, id="a"), make_article(AGE_B, id="b"))
    age = only(findings_of(setup, *articles), "age-mismatch")
    hostile = replace(age, subject="Roe,\nx::y", message="50%\n::warning::injected")
    text = github.annotations([hostile], articles)
    lines = text.splitlines()
    assert len(lines) == 2 and text.endswith("\n")
    # The runner splits at the first `::` after the properties: the message may hold more.
    assert all(line.startswith("::error file=") for line in lines)
    assert "title=crosscheck age-mismatch%3A Roe%2C%0Ax%3A%3Ay · age (conflict)::" in lines[0]
    assert "::50%25%0A::warning::injected — this source says: 34 [side 1]" in lines[0]


def test_no_findings_no_output() -> None:
    assert github.annotations([], [make_article(AGE_A)]) == ""
