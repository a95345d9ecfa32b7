"""Stories the extractors were not written from, told by three or four outlets each.

Written for testing in the style of wire and newspaper copy (invented people, real places),
each with a few differences planted on purpose: an age, a misquote. Every conflict the tool
reports must be one of those. The other planted differences (a count of firefighters, a share
price move, a sum of money) are not read yet, so they appear nowhere below.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_cli

STORIES = Path(__file__).parent / "data" / "stories"

# story -> the (kind, subject) of each conflict planted in it that the tool reads
PLANTED = {
    "bill": {("age", "Daniel Ortiz"), ("quote", "Daniel Ortiz")},
    "fire": {("quote", "Marcus Reyes")},
    "fraud": {("age", "Graham Thornley"), ("quote", "Eleanor Marsh")},
    "schools": set(),
    "trial": {("age", "Reyes")},  # the victim's; his mother Elena Reyes keeps "Reyes" ambiguous
    "earnings": set(),
    "match": set(),
    "wildfire": {("quote", "Martin Osei")},  # one outlet dropped "today" without an ellipsis
    "vote": set(),
    "obituary": set(),
    # a margin ("beat Feld by 1,985 votes") once read as Feld's total
    "va_special": {("age", "Gordon Feld"), ("count", "Raman"), ("quote", "Gordon Feld")},
    # "prioritise"/"prioritize" once a misquote; the planted "moment"/"time" is missed: the
    # outlets name the speaker "Ashdown" and "Richard Ashdown", which another Ashdown shares
    "merger": {("age", "Richard Ashdown")},
    # (an unnamed witness's words once went to the fire chief: an agreement, not a conflict)
    "bus_crash": {("age", "Raymond Ostrander"), ("quote", "Marlene Kraus")},
}


@pytest.mark.parametrize("story", sorted(PLANTED))
def test_every_conflict_is_planted(story: str) -> None:
    result = run_cli(["report", str(STORIES / story), "--format", "json", "--no-cache"])
    assert result.exit_code == 0, result.stderr
    findings = json.loads(result.stdout)["findings"]
    conflicts = {(f["kind"], f["subject"]) for f in findings if f["status"] == "conflict"}
    assert conflicts == PLANTED[story]
    assert any(f["status"] == "agree" for f in findings), "outlets that agree should say so"


def test_the_stories_are_all_here() -> None:
    assert sorted(path.name for path in STORIES.iterdir()) == sorted(PLANTED)
