"""Hostile article text in every output: shown as written, never obeyed by a terminal or sheet.

Articles carry rich markup by accident ("[bold red]" in a headline about a flag), ANSI escape
sequences and other control characters from scrapers, and cells a spreadsheet would run as
formulas. Every command and format is run on two such articles.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import run_cli

HOSTILE = (
    "=HYPERLINK(1) Zoë Roe, 34, said \x1b[31m“[bold red]We will win\x07 the \x9b31mvote\x08 tonight,”\x1b[0m"
    " on Friday.\n\n“=HYPERLINK(1) is not a plan at all for this city,” Zoë Roe said.\n"
)
RIVAL = (
    "Zoë Roe, 43, said “[bold red]We will lose the vote tonight,” on Friday.\n\n"
    "“=HYPERLINK(1) is not a plan for this city,” Zoë Roe said.\n"
)
# What a terminal would act on: C0 controls but tab, line feed and carriage return (checked
# apart: only CSV's CRLF row ends may hold one), DEL and the C1 controls.
OBEYED = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

OUTPUTS = {
    "report-table": ["report"],
    "report-json": ["report", "--format", "json"],
    "report-markdown": ["report", "--format", "markdown"],
    "export-csv": ["export"],
    "export-jsonl": ["export", "--format", "jsonl"],
    "check-table": ["check"],
    "check-github": ["check", "--format", "github"],
    "check-sarif": ["check", "--format", "sarif"],
    "check-json": ["check", "--format", "json"],
    "extract-table": ["extract"],
    "extract-json": ["extract", "--format", "json"],
}


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(HOSTILE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(RIVAL, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("args", OUTPUTS.values(), ids=OUTPUTS.keys())
def test_no_output_lets_an_article_drive_the_terminal(args: list[str], hostile: Path) -> None:
    result = run_cli([*args, "--no-cache", str(hostile)])
    assert result.exit_code in (0, 1), result.stderr
    assert "Zoë Roe" in result.stdout
    for stream in (result.stdout, result.stderr):
        assert OBEYED.search(stream) is None
        assert "\r" not in stream.replace("\r\n", "")
    if args[-1] not in ("json", "jsonl", "sarif"):
        # The bell inside the quotation is there to read, as text.
        assert "\\x07" in result.stdout


@pytest.mark.parametrize(
    "args",
    [OUTPUTS["report-json"], OUTPUTS["check-sarif"], OUTPUTS["extract-json"]],
    ids=["report-json", "check-sarif", "extract-json"],
)
def test_json_is_valid_and_keeps_the_text_exactly(args: list[str], hostile: Path) -> None:
    result = run_cli([*args, "--no-cache", str(hostile)])
    document = json.loads(result.stdout)
    assert any("We will win\x07 the \x9b31mvote\x08 tonight" in s for s in _strings(document))


def test_json_lines_are_each_valid_and_keep_the_text(hostile: Path) -> None:
    result = run_cli([*OUTPUTS["export-jsonl"], "--no-cache", str(hostile)])
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert any("\x9b31mvote\x08" in row["text"] for row in rows)


def test_rich_markup_is_printed_not_applied(hostile: Path) -> None:
    result = run_cli(["report", "--no-cache", str(hostile)])
    assert "[bold red]" in result.stdout


def test_csv_cells_never_start_a_formula(hostile: Path) -> None:
    result = run_cli(["export", "--no-bom", "--no-cache", str(hostile)])
    cells = [cell for row in csv.reader(io.StringIO(result.stdout)) for cell in row]
    assert any(cell.startswith("'=HYPERLINK(1) Zoë Roe, 34") for cell in cells)
    risky = [c for c in cells if c[:1] in ("=", "+", "-", "@") and not re.fullmatch(r"-?\d+", c)]
    assert risky == []


def test_a_file_name_with_an_escape_is_shown_not_obeyed(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(HOSTILE, encoding="utf-8")
    (tmp_path / "bad\x1b[2J.txt").write_bytes(b"\x00binary")
    result = run_cli(["report", "--no-cache", str(tmp_path)])
    assert result.exit_code == 0
    assert "bad\\x1b[2J.txt: binary file, not text" in result.stderr
    assert OBEYED.search(result.stderr) is None


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["export", "-o", "{dir}/a.txt", "{dir}"], id="export-over-an-article"),
        pytest.param(["export", "-o", "{dir}/new.csv", "{dir}"], id="export-into-the-input-folder"),
        pytest.param(["baseline", "-o", "{dir}/b.txt", "{dir}"], id="baseline-over-an-article"),
        pytest.param(["export", "-o", "{dir}/a.txt", "{dir}/a.txt"], id="export-over-its-input"),
    ],
)
def test_output_never_replaces_an_input(args: list[str], hostile: Path) -> None:
    before = {path.name: path.read_bytes() for path in hostile.iterdir()}
    result = run_cli([arg.format(dir=hostile) for arg in args] + ["--no-cache"])
    assert result.exit_code == 2
    assert "refusing to write over an input" in result.stderr
    assert {path.name: path.read_bytes() for path in hostile.iterdir()} == before


def test_output_file_is_whole_and_leaves_no_temporary_behind(hostile: Path, tmp_path: Path) -> None:
    out = tmp_path.parent / f"{tmp_path.name}-out"
    out.mkdir()
    (out / "findings.csv").write_text("old contents\n", encoding="utf-8")
    result = run_cli(["export", "--no-cache", "-o", str(out / "findings.csv"), str(hostile)])
    assert result.exit_code == 0, result.stderr
    assert [path.name for path in out.iterdir()] == ["findings.csv"]
    written = (out / "findings.csv").read_bytes()
    assert written.startswith("\ufefffinding,status,".encode()) and written.endswith(b"\r\n")


def _strings(value: Any) -> Iterator[str]:
    """Every string in a decoded JSON document, keys included."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, member in value.items():
            yield key
            yield from _strings(member)
    elif isinstance(value, list):
        for member in value:
            yield from _strings(member)
