"""The findings flattened into rows, one per assertion of each finding, for CSV and JSON Lines.

The columns, in this order, are a contract (DESIGN.md item 4); add new ones only at the end:

 1. finding    the finding's stable id
 2. status     conflict, agree or single
 3. severity   error, warning or info
 4. kind       date, age, title, count, quote or place
 5. subject    who or what the claim is about
 6. attribute  which property or event
 7. article    the id of the article the assertion stands in
 8. outlet     that article's outlet, or None
 9. url        that article's URL, or None
10. published  that article's publication date as YYYY-MM-DD, or None
11. text       the exact span as written
12. value      the normalized value as a short human reading
13. line       the line of the article the span starts on (an int)
14. sentence   the sentence the span was read from
15. message    the finding's message
16. side       the assertion's side of the finding, counted from 1 (an int); sources on one
               side agree with each other

Rows follow report order: findings as sorted, then side after side, then the side's assertions.
"""

from __future__ import annotations

from typing import TypeAlias

from crosscheck.model import Article
from crosscheck.pipeline import Report

COLUMNS: tuple[str, ...] = (
    "finding",
    "status",
    "severity",
    "kind",
    "subject",
    "attribute",
    "article",
    "outlet",
    "url",
    "published",
    "text",
    "value",
    "line",
    "sentence",
    "message",
    "side",
)

Cell: TypeAlias = str | int | None
Row: TypeAlias = dict[str, Cell]


def finding_rows(report: Report) -> list[Row]:
    """One row per assertion of each finding, keys in `COLUMNS` order."""
    articles = {article.id: article for article in report.articles}
    rows: list[Row] = []
    for finding in report.findings:
        for side, assertion in finding.by_side():
            # A report put together by hand may cite an article it does not carry; the row
            # still stands, only without the article's metadata.
            article = articles.get(assertion.span.article)
            rows.append(
                {
                    "finding": finding.id,
                    "status": finding.status.value,
                    "severity": finding.severity.value,
                    "kind": finding.kind.value,
                    "subject": finding.subject,
                    "attribute": finding.attribute,
                    "article": assertion.span.article,
                    "outlet": None if article is None else article.outlet,
                    "url": None if article is None else article.url,
                    "published": _published(article),
                    "text": assertion.text,
                    "value": assertion.value.describe(),
                    "line": assertion.span.line,
                    "sentence": assertion.context,
                    "message": finding.message,
                    "side": side,
                }
            )
    return rows


def _published(article: Article | None) -> str | None:
    if article is None or article.published is None:
        return None
    return article.published.isoformat()
