"""Markdown for pull-request comments: the findings by status, as GitHub-flavoured tables.

Article text is untrusted. Every cell built from it is escaped so that it stays inside its table
cell and shows as the words written: no raw HTML, no links, no code spans, no line breaks.
"""

from __future__ import annotations

import re

from tabulate import tabulate

from crosscheck.model import Finding, Status
from crosscheck.pipeline import Report
from crosscheck.render.controls import visible
from crosscheck.wording import Piece, diff_text

HEADERS = ("Claim", "Source", "Says", "Value")
NO_FINDINGS = "No claims to compare were found."

_HEADINGS = {
    Status.CONFLICT: "Conflicts",
    Status.AGREE: "Agreements",
    Status.SINGLE: "Single source",
}

# Backslash first, so that the backslashes added for the others are not doubled. A backslash of
# the article's own before a pipe would otherwise escape our escape and split the cell; backticks
# would open code spans (in which entities and escapes show raw); brackets would make links.
_ESCAPED = re.compile(r"[\\|`\[\]]")
# Everything a Markdown line, or tabulate, would take for the end of a row.
_LINE_BREAK = re.compile(r"\r\n|[\r\n\v\f\x1c-\x1e\x85\u2028\u2029]")
# An ampersand that would start a character reference; a lone "AT&T" stays as written.
_REFERENCE = re.compile(r"&(?=#?[0-9A-Za-z]+;)")


def report_markdown(report: Report) -> str:
    """The `report` as a Markdown document, ending in a newline."""
    blocks = [summary_heading(report)]
    for status in Status:
        findings = [f for f in report.findings if f.status is status]
        if findings:
            blocks.append(f"#### {_HEADINGS[status]}")
            blocks.append(findings_table(findings))
    if not report.findings:
        blocks.append(NO_FINDINGS)
    return "\n\n".join(blocks) + "\n"


def summary_heading(report: Report) -> str:
    """ "### crosscheck: 1 conflict · 2 agree · 4 single (5 articles)"."""
    counts = {status: sum(f.status is status for f in report.findings) for status in Status}
    conflicts, articles = counts[Status.CONFLICT], len(report.articles)
    return (
        f"### crosscheck: {conflicts} conflict{'' if conflicts == 1 else 's'}"
        f" · {counts[Status.AGREE]} agree · {counts[Status.SINGLE]} single"
        f" ({articles} article{'' if articles == 1 else 's'})"
    )


def findings_table(findings: list[Finding]) -> str:
    """One GitHub table: a row per assertion, and a word-diff row after a misquote's sources."""
    rows: list[tuple[str, str, str, str]] = []
    for finding in findings:
        claim = escape(f"{finding.subject} · {finding.kind.value} · {finding.attribute}")
        # Number the sides only when there are several, so that "[1] vs [2]" can refer to them.
        numbered = len(finding.sides) > 1
        sources = [(f"[{side}] " if numbered else "", a) for side, a in finding.by_side()]
        for index, (marker, assertion) in enumerate(sources):
            rows.append(
                (
                    claim if index == 0 else "",
                    marker + escape(f"{assertion.span.article}:{assertion.span.line}"),
                    escape(assertion.text),
                    escape(assertion.value.describe()),
                )
            )
        if finding.difference:
            rows.append(("", "[1] vs [2]", word_diff(finding.difference), ""))
    # No number parsing: tabulate would reformat a value such as "1.50" and align it apart.
    table: str = tabulate(rows, headers=HEADERS, tablefmt="github", disable_numparse=True)
    return table


def word_diff(difference: tuple[Piece, ...]) -> str:
    """The word diff, `same [-first-] {+second+}`, with only the quoted words escaped."""
    return diff_text(Piece(kind=piece.kind, text=escape(piece.text)) for piece in difference)


def escape(text: str) -> str:
    """Text shown as written inside a GitHub table cell: one line, no markup, no HTML."""
    text = visible(_LINE_BREAK.sub(" ", text))
    text = _ESCAPED.sub(lambda match: "\\" + match.group(), text)
    text = _REFERENCE.sub("&amp;", text)
    return text.replace("<", "&lt;").replace(">", "&gt;")
