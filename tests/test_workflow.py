"""The editor's and the CI maintainer's commands end to end: export, check, baseline, filters."""

from __future__ import annotations

import csv
import io
import json
import shutil
import sys
from pathlib import Path

import pytest

from crosscheck.model import Kind
from tests.conftest import SEEDS, run_cli

# Contradicts the sworn-in date every seed gives (1 January).
LATE_SWEARING_IN = (
    " date 2025-11-19 Zohran Mamdani will be sworn in as New York City's 111th mayor on"
    " 2 January 2026, Mr Mamdani said.\n"
)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A copy of the seeds, free to change."""
    folder = tmp_path / "articles"
    shutil.copytree(SEEDS, folder)
    return folder


def test_export_writes_a_csv_a_spreadsheet_reads(corpus: Path, tmp_path: Path) -> None:
    target = tmp_path / "findings.csv"
    result = run_cli(["export", str(corpus), "-o", str(target)])
    assert result.exit_code == 0, result.output
    raw = target.read_bytes()
    assert raw.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    header, body = rows[0], rows[1:]
    assert header[:4] == ["finding", "status", "severity", "kind"]
    report = json.loads(run_cli(["report", str(corpus), "--format", "json"]).stdout)
    assert len(body) == sum(len(f["assertions"]) for f in report["findings"])
    misquote = [r for r in body if "once lifted him to prominence" in r[header.index("text")]]
    assert misquote and misquote[0][header.index("status")] == "conflict"


def test_export_jsonl_without_bom_to_stdout(corpus: Path) -> None:
    result = run_cli(["export", str(corpus), "--format", "jsonl", "--status", "conflict"])
    lines = result.stdout.splitlines()
    assert lines and not result.stdout.startswith("\ufeff")
    assert {json.loads(line)["status"] for line in lines} == {"conflict"}


def test_export_refuses_to_overwrite_an_article(corpus: Path) -> None:
    article = next(corpus.glob("*.txt"))
    before = article.read_bytes()
    result = run_cli(["export", str(corpus), "-o", str(article)])
    assert result.exit_code == 2
    assert "refusing to write over an input" in result.stderr
    assert article.read_bytes() == before


def test_report_markdown_is_a_table_to_paste(corpus: Path) -> None:
    result = run_cli(["report", str(corpus), "--format", "markdown", "--status", "conflict"])
    assert result.exit_code == 0
    assert "| " in result.stdout and "gave rise to him" in result.stdout
    assert "Agreements" not in result.stdout


@pytest.mark.parametrize(
    ("option", "value", "field", "expected"),
    [
        ("--status", "conflict", "status", "conflict"),
        ("--status", "single", "status", "single"),
        ("--kind", "quote", "kind", "quote"),
        ("--kind", "date", "kind", "date"),
    ],
)
def test_filters_apply_to_every_format(
    corpus: Path, option: str, value: str, field: str, expected: str
) -> None:
    result = run_cli(["report", str(corpus), "--format", "json", option, value])
    findings = json.loads(result.stdout)["findings"]
    assert findings and {f[field] for f in findings} == {expected}


def test_subject_filter_matches_part_of_a_name_in_any_case(corpus: Path) -> None:
    result = run_cli(["report", str(corpus), "--format", "json", "--subject", "MAMDANI"])
    subjects = {f["subject"] for f in json.loads(result.stdout)["findings"]}
    assert subjects and all("Mamdani" in s for s in subjects)


def test_the_cli_choices_are_the_model_s() -> None:
    # The CLI spells them out so that --help need not import the pipeline; they must not drift.
    from crosscheck import cli
    from crosscheck.model import Status
    from crosscheck.select import FAIL_LEVELS

    assert set(cli._KINDS) == {kind.value for kind in Kind}
    assert set(cli._STATUSES) == {status.value for status in Status}
    fail_on = next(p for p in cli.check.params if p.name == "fail_on")
    assert list(fail_on.type.choices) == list(FAIL_LEVELS)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("args", "code"),
    [
        ([], 1),
        (["--fail-on", "conflict"], 1),
        (["--fail-on", "single"], 1),
        (["--fail-on", "never"], 0),
        (["--kind", "age"], 0),
        # Each level fails on its own status and on every graver one.
        (["--status", "conflict", "--fail-on", "single"], 1),
        (["--status", "single", "--fail-on", "single"], 1),
        (["--status", "single", "--fail-on", "conflict"], 0),
        (["--status", "agree", "--fail-on", "single"], 0),
    ],
)
def test_check_exit_codes(corpus: Path, args: list[str], code: int) -> None:
    result = run_cli(["check", str(corpus), *args])
    assert result.exit_code == code, result.output


def test_check_bad_input_exits_2() -> None:
    result = run_cli(["check", "no-such-folder"])
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1


def test_check_names_the_quote_conflicts(corpus: Path) -> None:
    result = run_cli(["check", str(corpus)])
    assert "once lifted him to prominence" in result.stdout
    assert "2 findings fail the check" in result.stdout


def test_check_github_points_at_each_side(corpus: Path, tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    result = run_cli(
        ["check", str(corpus), "--format", "github"], env={"GITHUB_STEP_SUMMARY": str(summary)}
    )
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert all(line.startswith("::error file=") for line in lines)
    assert any("003_b568bcc7446a0266.txt,line=15," in line for line in lines)
    assert "gave rise to him" in summary.read_text(encoding="utf-8")


def test_check_sarif_is_sarif_2_1_0(corpus: Path) -> None:
    result = run_cli(["check", str(corpus), "--format", "sarif"])
    document = json.loads(result.stdout)
    assert document["version"] == "2.1.0"
    assert len(document["runs"][0]["results"]) == 2


def test_baseline_accepts_todays_findings_and_catches_a_new_one(
    corpus: Path, tmp_path: Path
) -> None:
    baseline = tmp_path / "crosscheck-baseline.json"
    assert run_cli(["baseline", str(corpus), "-o", str(baseline)]).exit_code == 0
    recorded = json.loads(baseline.read_text(encoding="utf-8"))
    assert len(recorded["findings"]) == 2
    assert run_cli(["check", str(corpus), "--baseline", str(baseline)]).exit_code == 0

    (corpus / "005_late.txt").write_text(LATE_SWEARING_IN, encoding="utf-8")
    result = run_cli(["check", str(corpus), "--baseline", str(baseline), "--format", "github"])
    assert result.exit_code == 1
    assert "005_late.txt,line=1," in result.stdout
    assert "sworn-in" in result.stdout


def test_baseline_keeps_reasons_and_check_lists_stale_entries(corpus: Path, tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    run_cli(["baseline", str(corpus), "-o", str(baseline)])
    document = json.loads(baseline.read_text(encoding="utf-8"))
    document["findings"][0]["reason"] = "Checked with the Guardian desk."
    baseline.write_text(json.dumps(document), encoding="utf-8")
    run_cli(["baseline", str(corpus), "-o", str(baseline)])
    reasons = [f["reason"] for f in json.loads(baseline.read_text(encoding="utf-8"))["findings"]]
    assert "Checked with the Guardian desk." in reasons

    (corpus / "003_b568bcc7446a0266.txt").unlink()  # the misquoting outlet is gone
    result = run_cli(["check", str(corpus), "--baseline", str(baseline)])
    assert result.exit_code == 0
    assert result.stderr.count("Stale baseline entry") == 2


def test_check_new_judges_only_claims_of_the_new_article(corpus: Path, tmp_path: Path) -> None:
    agreeing = tmp_path / "new.txt"
    agreeing.write_text(
        " date 2025-11-19 Zohran Mamdani, 34, will be sworn in on 1 January 2026.\n",
        encoding="utf-8",
    )
    result = run_cli(["check", str(corpus), "--new", str(agreeing), "--format", "json"])
    assert result.exit_code == 0, result.output
    late = tmp_path / "late.txt"
    late.write_text(LATE_SWEARING_IN, encoding="utf-8")
    result = run_cli(["check", str(corpus), "--new", str(late), "--format", "json"])
    assert result.exit_code == 1
    (finding,) = json.loads(result.stdout)["findings"]
    assert finding["attribute"] == "sworn-in"


def test_a_new_article_inside_the_corpus_is_read_once(corpus: Path) -> None:
    late = corpus / "005_late.txt"
    late.write_text(LATE_SWEARING_IN, encoding="utf-8")
    result = run_cli(["check", str(corpus), "--new", str(late), "--format", "json"])
    document = json.loads(result.stdout)
    assert [a["id"] for a in document["articles"]].count("005_late") == 1


def test_no_progress_bar_when_stderr_is_not_a_terminal(corpus: Path) -> None:
    result = run_cli(["report", str(corpus), "--format", "json"])
    assert result.stderr == ""


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("total", "shown"), [(25, True), (3, False)])
def test_progress_shows_on_a_terminal_for_long_runs(
    monkeypatch: pytest.MonkeyPatch, total: int, shown: bool
) -> None:
    from crosscheck import cli
    from tests.conftest import make_article

    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    with cli._progress(total) as done:
        assert (done is not None) is shown
        for number in range(total):
            if done is not None:
                done(make_article("x", id=str(number)))
    assert bool(terminal.getvalue()) is shown


def test_check_new_with_a_baseline_lists_no_stale_entries(corpus: Path, tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    run_cli(["baseline", str(corpus), "-o", str(baseline)])
    late = corpus / "005_late.txt"
    late.write_text(LATE_SWEARING_IN, encoding="utf-8")
    result = run_cli(["check", str(corpus), "--new", str(late), "--baseline", str(baseline)])
    assert result.exit_code == 1
    assert "Stale" not in result.stderr


def test_an_unwritable_step_summary_is_one_clear_error(corpus: Path, tmp_path: Path) -> None:
    result = run_cli(
        ["check", str(corpus), "--format", "github"],
        env={"GITHUB_STEP_SUMMARY": str(tmp_path / "no-such-folder" / "summary.md")},
    )
    assert result.exit_code == 2
    assert "cannot write the step summary" in result.stderr


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param(
            None, "baseline not found; record one with `crosscheck baseline", id="missing"
        ),
        pytest.param("{", "not valid JSON at line 1", id="not-json"),
    ],
)
def test_a_bad_baseline_is_reported_before_any_article_is_read(
    tmp_path: Path, content: str | None, message: str
) -> None:
    baseline = tmp_path / "baseline.json"
    if content is not None:
        baseline.write_text(content, encoding="utf-8")
    # The corpus does not exist either: the baseline's error must come first.
    result = run_cli(["check", str(tmp_path / "no-corpus"), "--baseline", str(baseline)])
    assert result.exit_code == 2
    assert message in result.stderr and "no-corpus" not in result.stderr
