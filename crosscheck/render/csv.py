"""CSV for editors and JSON Lines for tools: the finding rows of `crosscheck.render.rows`.

The CSV is made to be opened in a spreadsheet (DESIGN.md item 4): RFC 4180 line endings, a
byte order mark so that Excel reads it as UTF-8, and text cells that a spreadsheet would run as a
formula neutralized with a leading apostrophe (OWASP, CSV injection). JSON Lines is for programs,
so its cells are left exactly as they are and `value` is the normalized JSON value.
"""

from __future__ import annotations

import csv
import io
import json
import re
from typing import Any

from crosscheck.pipeline import Report
from crosscheck.render.controls import inert_json, visible
from crosscheck.render.rows import COLUMNS, Cell, finding_rows

BOM = "\ufeff"

# The first characters with which a spreadsheet starts a formula (or, for tab and carriage
# return, which it may strip to reveal one).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# A signed number cannot run anything, and "-5" should stay a number an editor can sum. ASCII
# digits only: a spreadsheet does not read other scripts' digits as a number.
_PLAIN_NUMBER = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?")


def neutralize(cell: str) -> str:
    """A text cell made safe to open in a spreadsheet: "'" before a formula-starting character."""
    if cell.startswith(_FORMULA_START) and not _PLAIN_NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def report_csv(report: Report, *, bom: bool = True) -> str:
    """The findings as CSV text: a header row of `COLUMNS`, then one row per assertion."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(COLUMNS)
    for row in finding_rows(report):
        writer.writerow([_csv_cell(row[column]) for column in COLUMNS])
    return (BOM if bom else "") + buffer.getvalue()


def _csv_cell(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, int):
        return str(cell)
    return neutralize(visible(cell))


def report_jsonl(report: Report) -> str:
    """The findings as JSON Lines: one object per assertion, keys in `COLUMNS` order."""
    lines = []
    # The rows and the findings' assertions come in the same order, so they zip up one to one.
    assertions = (a for finding in report.findings for a in finding.assertions)
    for row, assertion in zip(finding_rows(report), assertions, strict=True):
        record: dict[str, Any] = {column: row[column] for column in COLUMNS}
        record["value"] = assertion.value.to_json()
        lines.append(inert_json(json.dumps(record, ensure_ascii=False)) + "\n")
    return "".join(lines)
