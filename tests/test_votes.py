"""A vote count given exact, rounded and hedged: only the wrong one is a conflict."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_cli

VOTES = Path(__file__).parent / "data" / "votes"


def test_exactly_one_conflict_and_it_is_against_the_wrong_article() -> None:
    result = run_cli(["report", str(VOTES), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    findings = json.loads(result.stdout)["findings"]
    conflicts = [f for f in findings if f["status"] == "conflict"]
    assert len(conflicts) == 1
    (conflict,) = conflicts
    assert (conflict["kind"], conflict["subject"], conflict["attribute"]) == (
        "count",
        "Jane Roe",
        "votes",
    )
    assert conflict["message"] == (
        "Jane Roe · votes: 1,036,051 / 1,040,000 (exact, rounded) vs 1,200,000–∞ (wrong): cannot both be true"
    )
    wrong = [a for a in conflict["assertions"] if a["article"] == "wrong"]
    assert [a["text"] for a in wrong] == ["more than 1.2 million votes"]
