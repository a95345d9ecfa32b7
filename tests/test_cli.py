"""The command line as a user meets it: output formats, errors, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crosscheck import __version__
from tests.conftest import SEEDS, run_cli

ARTICLE_A = "Jane Roe, 34, said she would run again.\n"
ARTICLE_B = "Jane Roe, 43, said she would run again.\n"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    return tmp_path


def test_report_table_shows_conflict_with_both_spans(corpus: Path) -> None:
    result = run_cli(["report", str(corpus)])
    assert result.exit_code == 0, result.stderr
    assert "Conflicts" in result.stdout
    assert "a:1" in result.stdout and "b:1" in result.stdout
    assert "2 articles · 2 assertions · 1 conflict · 0 agree · 0 single" in result.stdout
    assert result.stderr == ""


def test_report_json_follows_the_contract(corpus: Path) -> None:
    result = run_cli(["report", str(corpus), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout)
    assert set(document) == {"version", "articles", "findings", "summary"}
    assert document["version"] == 1
    assert [a["id"] for a in document["articles"]] == ["a", "b"]
    assert set(document["articles"][0]) == {"id", "path", "title", "outlet", "url", "published"}
    (finding,) = document["findings"]
    assert set(finding) == {
        "id",
        "rule",
        "kind",
        "subject",
        "attribute",
        "status",
        "severity",
        "message",
        "assertions",
    }
    assert (finding["status"], finding["kind"], finding["subject"]) == (
        "conflict",
        "age",
        "Jane Roe",
    )
    first = finding["assertions"][0]
    assert set(first) == {"article", "text", "start", "end", "line", "value", "context"}
    assert ARTICLE_A[first["start"] : first["end"]] == first["text"] == "34"
    assert first["value"] == {"min": 34, "max": 34, "value": 34, "unit": "years"}
    assert document["summary"] == {
        "articles": 2,
        "assertions": 2,
        "agree": 0,
        "conflict": 1,
        "single": 0,
    }


def test_json_output_is_byte_for_byte_deterministic() -> None:
    first = run_cli(["report", str(SEEDS), "--format", "json"])
    second = run_cli(["report", str(SEEDS), "--format", "json"])
    assert first.exit_code == 0
    assert first.stdout_bytes == second.stdout_bytes


def test_extract_json_lists_assertions_with_kind_subject_attribute(corpus: Path) -> None:
    result = run_cli(["extract", str(corpus / "a.txt"), "--format", "json"])
    document = json.loads(result.stdout)
    assert set(document) == {"version", "articles", "assertions"}
    (assertion,) = document["assertions"]
    assert (assertion["kind"], assertion["subject"], assertion["attribute"], assertion["text"]) == (
        "age",
        "Jane Roe",
        "age",
        "34",
    )


def test_extract_table_shows_spans(corpus: Path) -> None:
    result = run_cli(["extract", str(corpus / "a.txt")])
    assert result.exit_code == 0
    assert "Jane Roe · age" in result.stdout and "34" in result.stdout


def test_stdin_dash_reads_an_article() -> None:
    result = run_cli(["extract", "-", "--format", "json"], input=ARTICLE_A.encode())
    document = json.loads(result.stdout)
    assert document["articles"][0]["id"] == "stdin"
    assert document["assertions"][0]["text"] == "34"


def test_article_text_is_never_terminal_markup(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Jane Roe, 34, said [bold red]no[/bold red] and \x1b[31mleft\x1b[0m.\n", encoding="utf-8"
    )
    result = run_cli(["extract", str(tmp_path / "a.txt")])
    assert "\x1b" not in result.stdout
    assert "said [bold red]no[/bold red] and \\x1b[31mleft\\x1b[0m." in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(
            ["report", "nonexistent.txt"], "nonexistent.txt: no such file or folder", id="missing"
        ),
        pytest.param(
            ["report", "--rules", "no-such-dir", str(SEEDS)], "no-such-dir", id="missing-rules-dir"
        ),
        pytest.param(["rules", "no-such-rule"], "no rule 'no-such-rule'", id="unknown-rule"),
    ],
)
def test_user_errors_are_one_line_and_exit_2(args: list[str], message: str) -> None:
    result = run_cli(args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_binary_file_is_one_clear_error(tmp_path: Path) -> None:
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    result = run_cli(["report", str(tmp_path / "photo.txt")])
    assert result.exit_code == 2
    assert result.stderr.strip().endswith("photo.txt: binary file, not text")


def test_bad_rule_file_is_one_clear_error(tmp_path: Path) -> None:
    (tmp_path / "broken.toml").write_text('doc = "x"\nkind = \n', encoding="utf-8")
    result = run_cli(["report", "--rules", str(tmp_path), str(SEEDS)])
    assert result.exit_code == 2
    assert "broken.toml:2: invalid TOML" in result.stderr


def test_default_corpus_is_seeds_of_the_current_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run_cli(["report"])
    assert result.exit_code == 2
    assert "no PATH given and no seeds/ folder here" in result.stderr
    monkeypatch.chdir(SEEDS.parent)
    assert run_cli(["report"]).exit_code == 0


@pytest.mark.parametrize("command", [[], ["report"], ["extract"], ["rules"]])
def test_every_command_has_help_and_version(command: list[str]) -> None:
    helped = run_cli([*command, "--help"])
    assert helped.exit_code == 0 and "Usage:" in helped.stdout
    versioned = run_cli([*command, "--version"])
    assert versioned.exit_code == 0 and __version__ in versioned.stdout


def test_rules_lists_and_explains() -> None:
    listing = run_cli(["rules"])
    assert "age-mismatch" in listing.stdout and "event-date-mismatch" in listing.stdout
    details = run_cli(["rules", "age-mismatch"])
    assert "comparator: interval" in details.stdout


def test_python_dash_m_runs() -> None:
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "crosscheck", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0 and __version__ in done.stdout


# (arguments, exit code): with its reader gone, a run still ends with the code of its outcome.
CLOSED_PIPE_CASES = [
    pytest.param(["report", str(SEEDS), "--format", "json", "--no-cache"], 0, id="report"),
    pytest.param(["check", str(SEEDS), "--no-cache"], 1, id="check-with-conflicts-still-fails"),
    pytest.param(
        ["check", str(SEEDS), "--fail-on", "never", "--no-cache"], 0, id="check-that-passes"
    ),
    pytest.param(["--help"], 0, id="help"),
]


@pytest.mark.parametrize(("args", "code"), CLOSED_PIPE_CASES)
def test_a_reader_that_leaves_early_changes_nothing(args: list[str], code: int) -> None:
    """`crosscheck ... | head`: no traceback, no message, the run's own exit code."""
    import subprocess
    import sys

    with subprocess.Popen(
        [sys.executable, "-m", "crosscheck", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as run:
        assert run.stdout is not None
        run.stdout.close()  # before a byte is written: every write meets the closed pipe
        _, stderr = run.communicate(timeout=120)
    assert (run.returncode, stderr.decode()) == (code, "")


@pytest.fixture
def misquoted(tmp_path: Path) -> Path:
    (tmp_path / "one.txt").write_text(
        "Jane Roe said, “This city gave rise to me, and I will never [bold red]forget it.”\n",
        encoding="utf-8",
    )
    (tmp_path / "two.txt").write_text(
        "“This city once lifted me to prominence, and I will never [bold red]forget it,”"
        " Jane Roe said.\n",
        encoding="utf-8",
    )
    return tmp_path


def test_a_misquote_shows_the_word_diff_in_the_table(misquoted: Path) -> None:
    result = run_cli(["report", str(misquoted)])
    assert result.exit_code == 0, result.output
    assert "[1] vs [2]" in result.output
    assert "[-gave rise to me-]" in result.output
    assert "{+once lifted me to prominence+}" in result.output
    assert "[bold red]forget" in result.output  # article text is shown, never styled


def test_a_misquote_carries_its_diff_in_json(misquoted: Path) -> None:
    result = run_cli(["report", str(misquoted), "--format", "json"])
    (finding,) = [f for f in json.loads(result.output)["findings"] if f["kind"] == "quote"]
    assert (finding["status"], finding["subject"]) == ("conflict", "Jane Roe")
    changed = [(p["kind"], p["text"]) for p in finding["difference"] if p["kind"] != "same"]
    assert changed == [("first", "gave rise to me"), ("second", "once lifted me to prominence")]
    assert {a["value"]["speaker"] for a in finding["assertions"]} == {"Jane Roe"}
