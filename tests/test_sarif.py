"""SARIF 2.1.0 output: the required fields, stable fingerprints, paths and byte-for-byte stability."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from crosscheck.model import Article, Finding, Severity
from crosscheck.pipeline import Setup, analyze
from crosscheck.render.sarif import artifact_uri, first_sentence, report_sarif
from tests.conftest import make_article

SCHEMA = Path(__file__).resolve().parent / "data" / "sarif-2.1.0-minimal.json"
BASE = Path("/work/news")
ARTICLES = (
    make_article("Jane Roe, 34, said she was ready.\nMayor John Smith spoke.", id="a"),
    make_article(
        "Intro line.\nJane Roe, 35, said she was ready.\nFormer mayor John Smith spoke.", id="b"
    ),
)


@pytest.fixture(scope="module")
def findings(setup: Setup) -> tuple[Finding, ...]:
    found = analyze(ARTICLES, setup).findings
    assert {f.rule for f in found} == {"age-mismatch", "title-mismatch"}
    return found


def sarif(
    setup: Setup, findings: tuple[Finding, ...], articles: tuple[Article, ...] = ARTICLES
) -> str:
    return report_sarif(findings, articles, setup.rules, version="9.9.9", base=BASE)


def document(setup: Setup, findings: tuple[Finding, ...]) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(sarif(setup, findings))
    return loaded


def test_required_fields(setup: Setup, findings: tuple[Finding, ...]) -> None:
    log = document(setup, findings)
    assert log["version"] == "2.1.0"
    assert log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    (run,) = log["runs"]
    driver = run["tool"]["driver"]
    assert (driver["name"], driver["version"]) == ("crosscheck", "9.9.9")
    rule_ids = [rule["id"] for rule in driver["rules"]]
    assert rule_ids == [rule.id for rule in setup.rules]
    assert len(run["results"]) == len(findings)
    for result in run["results"]:
        assert result["message"]["text"]
        assert rule_ids[result["ruleIndex"]] == result["ruleId"]
        assert result["locations"]
        for location in result["locations"]:
            physical = location["physicalLocation"]
            assert physical["artifactLocation"]["uri"] in {"a.txt", "b.txt"}
            assert physical["region"]["startLine"] >= 1


def test_results_follow_the_findings(setup: Setup, findings: tuple[Finding, ...]) -> None:
    results = document(setup, findings)["runs"][0]["results"]
    assert [r["partialFingerprints"]["crosscheckFinding/v1"] for r in results] == [
        f.id for f in findings
    ]
    assert [r["message"]["text"] for r in results] == [f.message for f in findings]
    assert [r["level"] for r in results] == ["error", "warning"]
    age = results[0]
    assert age["properties"] == {
        "status": "conflict",
        "kind": "age",
        "subject": "Jane Roe",
        "attribute": "age",
    }
    assert [loc["physicalLocation"] for loc in age["locations"]] == [
        {
            "artifactLocation": {"uri": "a.txt"},
            "region": {
                "startLine": 1,
                "charOffset": 10,
                "charLength": 2,
                "snippet": {"text": "34"},
            },
        },
        {
            "artifactLocation": {"uri": "b.txt"},
            "region": {
                "startLine": 2,
                "charOffset": 22,
                "charLength": 2,
                "snippet": {"text": "35"},
            },
        },
    ]
    assert [loc["properties"] for loc in age["locations"]] == [
        {"article": "a", "side": 1},
        {"article": "b", "side": 2},
    ]


@pytest.mark.parametrize(
    ("severity", "level"),
    [
        pytest.param(Severity.ERROR, "error", id="error"),
        pytest.param(Severity.WARNING, "warning", id="warning"),
        pytest.param(Severity.INFO, "note", id="info-is-a-note"),
    ],
)
def test_level_follows_severity(
    setup: Setup, findings: tuple[Finding, ...], severity: Severity, level: str
) -> None:
    changed = (replace(findings[0], severity=severity),)
    assert document(setup, changed)["runs"][0]["results"][0]["level"] == level


def test_rule_descriptors(setup: Setup) -> None:
    rules = document(setup, ())["runs"][0]["tool"]["driver"]["rules"]
    age = next(rule for rule in rules if rule["id"] == "age-mismatch")
    assert age["name"] == "age-mismatch"
    assert age["shortDescription"]["text"] == "A person's age as stated by different outlets."
    full = age["fullDescription"]["text"]
    assert full.startswith(age["shortDescription"]["text"] + " Ages are read as intervals")
    assert "\n" not in full and "  " not in full
    assert age["defaultConfiguration"] == {"level": "error"}


def test_stable_and_round_trips(setup: Setup, findings: tuple[Finding, ...]) -> None:
    first, second = sarif(setup, findings), sarif(setup, findings)
    assert first == second
    assert first.endswith("}\n")
    assert json.dumps(json.loads(first), ensure_ascii=False, indent=2) + "\n" == first
    # Written as UTF-8 text, not \u escapes: the title finding's message holds a "·".
    assert "John Smith · mayor" in first and "\\u00b7" not in first


def test_no_findings_still_lists_rules(setup: Setup) -> None:
    run = document(setup, ())["runs"][0]
    assert run["results"] == []
    assert len(run["tool"]["driver"]["rules"]) == len(setup.rules)


def test_stdin_article(setup: Setup) -> None:
    stdin = replace(ARTICLES[0], id="stdin", path="-")
    articles = (stdin, ARTICLES[1])
    found = analyze(articles, setup).findings
    log = json.loads(sarif(setup, found, articles))
    uris = {
        loc["physicalLocation"]["artifactLocation"]["uri"]
        for result in log["runs"][0]["results"]
        for loc in result["locations"]
    }
    assert uris == {"stdin", "b.txt"}


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        pytest.param("a.txt", "a.txt", id="relative-stays"),
        pytest.param("./news/a.txt", "news/a.txt", id="dot-dropped"),
        pytest.param("/work/news/2025/a.txt", "2025/a.txt", id="absolute-under-cwd-made-relative"),
        pytest.param("/elsewhere/a.txt", "file:///elsewhere/a.txt", id="absolute-outside-cwd"),
        pytest.param("my news/a b#1.txt", "my%20news/a%20b%231.txt", id="percent-encoded"),
        pytest.param("-", "stdin", id="stdin"),
    ],
)
def test_artifact_uri(path: str, uri: str) -> None:
    assert artifact_uri(path, BASE) == uri


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        pytest.param("One sentence only", "One sentence only", id="no-full-stop"),
        pytest.param("First one. Second one.", "First one.", id="two-sentences"),
        pytest.param(
            "Dates (sworn in, meeting, ...) of people. More.",
            "Dates (sworn in, meeting, ...) of people.",
            id="ellipsis-inside",
        ),
        pytest.param(
            "Counts, e.g. votes, conflict. More.",
            "Counts, e.g. votes, conflict.",
            id="abbreviation",
        ),
        pytest.param('Is it? "Yes" it is.', "Is it?", id="question-then-quote"),
    ],
)
def test_first_sentence(text: str, sentence: str) -> None:
    assert first_sentence(text) == sentence


def test_validates_against_minimal_schema(setup: Setup, findings: tuple[Finding, ...]) -> None:
    import jsonschema  # type: ignore[import-untyped]  # a test extra: runs in CI, never skips

    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.validate(document(setup, findings), schema)
