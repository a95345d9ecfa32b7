"""Rich terminal tables: the findings by status (conflicts first) and an article's assertions.

Builders return renderables; only the CLI prints. Article text always goes in as `Text` (never
markup) with control characters made visible, so an article cannot style or drive the terminal.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from rich.theme import Theme

from crosscheck.model import Article, Assertion, Finding, Status
from crosscheck.pipeline import Report
from crosscheck.render.controls import visible
from crosscheck.rules import Rule

THEME = Theme(
    {
        "status.conflict": "bold red",
        "status.agree": "green",
        "status.single": "yellow",
        "claim": "bold",
        "source": "cyan",
        "span": "bold underline",
        "value": "magenta",
        "summary": "bold",
        "muted": "dim",
        "diff.first": "bold green",
        "diff.second": "bold red",
    }
)

_TITLES = {
    Status.CONFLICT: "Conflicts: the sources cannot all be right",
    Status.AGREE: "Agreements: stated by several sources alike",
    Status.SINGLE: "Single source: stated by one article only",
}
_CONTEXT_REACH = 90


def literal(text: str, style: str = "") -> Text:
    """Article text as a rich Text: no markup, control characters shown as \\xNN escapes."""
    return Text(visible(text), style=style)


def report_tables(report: Report) -> RenderableType:
    """One table per status present, conflicts first, then the one-line summary."""
    parts: list[RenderableType] = []
    for status in Status:
        findings = [f for f in report.findings if f.status is status]
        if findings:
            parts.append(findings_table(status, findings))
    if not report.findings:
        parts.append(Text("No claims to compare were found.", style="muted"))
    parts.append(summary_line(report))
    return Group(*parts)


def findings_table(status: Status, findings: Iterable[Finding]) -> Table:
    """The findings of one status: each claim with every source's exact words and value."""
    table = Table(
        title=literal(_TITLES[status], f"status.{status.value}"),
        title_justify="left",
        expand=True,
    )
    table.add_column("Claim", style="claim", ratio=2)
    table.add_column("Source", style="source", no_wrap=True)
    table.add_column("What the source says", ratio=5)
    # Short values stay on one line; a quotation's wording wraps rather than starve the text.
    table.add_column("Value", style="value", ratio=2)
    for finding in findings:
        claim = Text.assemble(
            literal(finding.subject),
            "\n",
            literal(f"{finding.kind.value} · {finding.attribute}", "muted"),
        )
        rows = [
            (f"[{side}] " if len(finding.sides) > 1 else "", a) for side, a in finding.by_side()
        ]
        # One row per source, so each source's words stand beside its name; a rule between claims.
        for index, (marker, assertion) in enumerate(rows):
            table.add_row(
                claim if index == 0 else None,
                literal(f"{marker}{assertion.span.article}:{assertion.span.line}"),
                in_context(assertion),
                literal(assertion.value.describe()),
                end_section=index == len(rows) - 1 and not finding.difference,
            )
        if finding.difference:
            table.add_row(None, literal("[1] vs [2]", "muted"), word_diff(finding), None)
            table.add_section()
    return table


def word_diff(finding: Finding) -> Text:
    """How side [1] and side [2] word a quotation: `[-words of 1-]{+words of 2+}`, coloured."""
    return Text(" ").join(
        literal(piece.marked(), "" if piece.kind == "same" else f"diff.{piece.kind}")
        for piece in finding.difference
    )


def in_context(assertion: Assertion) -> Text:
    """The sentence around an assertion on one line, its exact words highlighted."""
    context = assertion.context
    at = context.find(" ".join(assertion.text.split()))
    if at < 0:
        return literal(assertion.text, "span")
    end = at + len(" ".join(assertion.text.split()))
    left = max(0, at - _CONTEXT_REACH)
    right = min(len(context), end + _CONTEXT_REACH)
    # Cut at spaces, so no word is shown in half.
    if left > 0:
        left = context.find(" ", left, at) + 1 or left
    if right < len(context):
        space = context.rfind(" ", end, right)
        right = space if space > end else right
    return Text.assemble(
        literal(("…" if left else "") + context[left:at]),
        literal(context[at:end], "span"),
        literal(context[end:right] + ("…" if right < len(context) else "")),
    )


def summary_line(report: Report) -> Text:
    """ "5 articles · 21 assertions · 1 conflict · 2 agree · 4 single"."""
    counts = {status: sum(f.status is status for f in report.findings) for status in Status}
    conflicts = counts[Status.CONFLICT]
    return Text.assemble(
        (f"{len(report.articles)} articles · {len(report.assertions)} assertions · ", "summary"),
        (f"{conflicts} conflict{'s' if conflicts != 1 else ''}", "status.conflict"),
        (" · ", "summary"),
        (f"{counts[Status.AGREE]} agree", "status.agree"),
        (" · ", "summary"),
        (f"{counts[Status.SINGLE]} single", "status.single"),
    )


def assertions_table(article: Article, assertions: Iterable[Assertion]) -> Table:
    """What extraction found in one article, each with its span and normalized value."""
    heading = article.title or article.id
    table = Table(title=literal(f"{article.id}: {heading}"), title_justify="left", expand=True)
    table.add_column("Line", justify="right", style="muted", no_wrap=True)
    table.add_column("Kind", no_wrap=True)
    table.add_column("Subject · attribute", style="claim", ratio=2)
    table.add_column("In context", ratio=5)
    table.add_column("Value", style="value", no_wrap=True)
    for assertion in assertions:
        about = " · ".join(part for part in (assertion.subject, assertion.attribute) if part)
        table.add_row(
            str(assertion.span.line),
            assertion.kind.value,
            literal(about or "—"),
            in_context(assertion),
            literal(assertion.value.describe()),
        )
    return table


def rules_table(rules: Sequence[Rule]) -> Table:
    """Every rule, one row each: id, kind, comparator, severity and what it checks."""
    table = Table(title="Rules", title_justify="left")
    for column in ("Id", "Kind", "Comparator", "Severity", "What it checks"):
        table.add_column(column)
    for rule in rules:
        summary = " ".join(rule.doc.split()).split(". ")[0].rstrip(".") + "."
        table.add_row(rule.id, rule.kind.value, rule.comparator, rule.severity.value, summary)
    return table


def rule_details(rule: Rule) -> Text:
    """One rule's documentation and every setting."""
    settings = [
        ("file", rule.path),
        ("kind", rule.kind.value),
        ("comparator", rule.comparator),
        ("severity", rule.severity.value),
        ("message", rule.message),
        ("attributes", ", ".join(rule.attributes) or "all"),
        ("tolerance", f"{rule.tolerance:g}"),
        ("min_confidence", f"{rule.min_confidence:g}"),
        ("examples", str(len(rule.examples))),
    ]
    lines = [literal(rule.id, "claim"), literal(" ".join(rule.doc.split()))]
    lines += [literal(f"  {name}: {value}") for name, value in settings]
    return Text("\n").join(lines)
