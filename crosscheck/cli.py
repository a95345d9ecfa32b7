"""The command line: each command composes the pipeline stages in a few lines and prints.

Errors a user can fix (CrosscheckError) become one line on stderr and exit code 2.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

import click

from crosscheck import __version__
from crosscheck.errors import CrosscheckError

# The pipeline, its regular expressions and rich are imported by the commands that use them,
# so that `--help` and `--version` answer at once.
if TYPE_CHECKING:
    from rich.console import Console

    from crosscheck.model import Article

DEFAULT_CORPUS = "seeds"
_F = TypeVar("_F", bound=Callable[..., Any])


class InputError(click.ClickException):
    """A CrosscheckError on its way out: printed as one line, exit code 2."""

    exit_code = 2


def user_errors(command: _F) -> _F:
    """Turn the user-facing error type into click's one-line error with exit code 2."""

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except CrosscheckError as exc:
            raise InputError(str(exc)) from None

    return cast(_F, wrapper)


def _paths_argument(command: _F) -> _F:
    return click.argument("paths", nargs=-1, metavar="[PATH]...")(command)


_rules_option = click.option(
    "--rules",
    "rules_dirs",
    multiple=True,
    type=click.Path(file_okay=False, path_type=Path),
    metavar="DIR",
    help="Also read rule files (DIR/*.toml) and vocabulary (DIR/lexicon/*.toml). Repeatable.",
)
_version_option = click.version_option(__version__, prog_name="crosscheck")


def _common_options(command: _F) -> _F:
    encoding = click.option(
        "--encoding", default="utf-8", show_default=True, help="Text encoding of the article files."
    )
    return _rules_option(encoding(_version_option(command)))


def _format_option(*choices: str) -> Callable[[_F], _F]:
    return click.option(
        "--format",
        "output_format",
        type=click.Choice(choices),
        default=choices[0],
        show_default=True,
        help="Output format: a rich table for people, JSON for tools.",
    )


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@_version_option
def main() -> None:
    """Cross-check news coverage of one story across outlets.

    Give crosscheck the articles several outlets wrote about one story (.txt, .md, .json,
    .jsonl files or folders of them; - reads standard input). It extracts what each states
    (dates, ages, ...), groups the statements about the same fact, and reports where the
    sources agree, where they conflict, and what only one source says.

    \b
    Examples:
      crosscheck report seeds/
      crosscheck report seeds/ --format json > findings.json
      crosscheck extract seeds/002_426413a17743c2fa.txt
      crosscheck rules
    """


@main.command()
@_paths_argument
@_format_option("table", "json")
@_common_options
@user_errors
def report(
    paths: tuple[str, ...], output_format: str, rules_dirs: tuple[Path, ...], encoding: str
) -> None:
    """Report where the articles agree, conflict, or stand alone.

    PATH is an article file, a folder of them, or - for standard input; with no PATH,
    the seeds/ folder of the current directory is read. Conflicts are listed first, each
    with the exact words of every source.
    """
    from crosscheck.pipeline import analyze, load_setup

    setup = load_setup(rules_dirs)
    result = analyze(_read(paths, encoding), setup)
    if output_format == "json":
        from crosscheck.render.json import report_json

        click.echo(report_json(result), nl=False)
    else:
        from crosscheck.render.table import report_tables

        _console().print(report_tables(result))


@main.command()
@_paths_argument
@_format_option("table", "json")
@_common_options
@user_errors
def extract(
    paths: tuple[str, ...], output_format: str, rules_dirs: tuple[Path, ...], encoding: str
) -> None:
    """Show every statement found in the articles, with its exact span.

    Useful to see what crosscheck reads in an article before it compares anything:
    each assertion's line, kind, subject, attribute, words in context and normalized value.
    """
    from crosscheck.pipeline import extract_all, load_setup

    setup = load_setup(rules_dirs)
    articles = _read(paths, encoding)
    assertions = extract_all(articles, setup)
    if output_format == "json":
        from crosscheck.render.json import extract_json

        click.echo(extract_json(articles, assertions), nl=False)
        return
    from crosscheck.render.table import assertions_table

    console = _console()
    for article in articles:
        console.print(
            assertions_table(article, [a for a in assertions if a.span.article == article.id])
        )


@main.command(name="rules")
@click.argument("rule_id", required=False)
@_rules_option
@_version_option
@user_errors
def rules_command(rule_id: str | None, rules_dirs: tuple[Path, ...]) -> None:
    """List the rules, or show one rule's documentation and settings.

    Rules are TOML files: the defaults shipped with crosscheck plus any given with --rules.
    """
    from crosscheck.pipeline import load_setup
    from crosscheck.render.table import rule_details, rules_table

    setup = load_setup(rules_dirs)
    console = _console()
    if rule_id is None:
        console.print(rules_table(setup.rules))
        return
    rule = next((r for r in setup.rules if r.id == rule_id), None)
    if rule is None:
        known = ", ".join(r.id for r in setup.rules)
        raise InputError(f"no rule '{rule_id}'; the rules are: {known}")
    console.print(rule_details(rule))


def _read(paths: Sequence[str], encoding: str) -> tuple[Article, ...]:
    """Load the articles; problems that spared the rest are warned about on stderr."""
    if not paths:
        if not Path(DEFAULT_CORPUS).is_dir():
            raise CrosscheckError(
                f"no PATH given and no {DEFAULT_CORPUS}/ folder here; name article files or folders"
            )
        paths = (DEFAULT_CORPUS,)
    from crosscheck.corpus import load

    loaded = load(paths, encoding=encoding)
    for problem in loaded.problems:
        click.echo(f"Warning: {problem}", err=True)
    return loaded.articles


def _console() -> Console:
    from rich.console import Console

    from crosscheck.render.table import THEME

    return Console(theme=THEME, highlight=False, markup=False, emoji=False)
