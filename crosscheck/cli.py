"""The command line: each command composes the pipeline stages in a few lines and prints.

Errors a user can fix (CrosscheckError) become one line on stderr and exit code 2.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, TypeVar, cast

import click

from crosscheck import __version__
from crosscheck.errors import CrosscheckError
from crosscheck.stdout import QuietPipe

# The pipeline, its regular expressions and rich are imported by the commands that use them,
# so that `--help` and `--version` answer at once.
if TYPE_CHECKING:
    from rich.console import Console

    from crosscheck.baseline import Baseline
    from crosscheck.model import Article, Finding, Kind
    from crosscheck.pipeline import Report, Setup
    from crosscheck.resolve import Extraction
    from crosscheck.rules import Rule

DEFAULT_CORPUS = "seeds"
# Fewer articles than this are read before a progress bar would be seen.
_PROGRESS_FROM = 20
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
            raise InputError(_printable(str(exc))) from None

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


@dataclass(frozen=True, slots=True)
class Run:
    """How to run the extraction: in how many processes, remembered in which cache file."""

    jobs: int
    cache: Path | None


def _all_cores() -> int:
    # The cores this process may use, which in a container can be fewer than the machine's.
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


_cache_option = click.option(
    "--cache",
    "cache_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path(".crosscheck/cache.sqlite"),
    show_default=True,
    envvar="CROSSCHECK_CACHE",
    help="Extraction cache file (env CROSSCHECK_CACHE); articles seen before are not re-read.",
)


@contextmanager
def _without_cycle_collector() -> Iterator[None]:
    """Python's cycle collector off while a corpus is analyzed, back on afterwards.

    A run builds millions of small records, free of cycles, that live until it ends; as the heap
    grows the collector walks all of them again and again (a third of the time after extraction
    on 10,000 articles). Reference counting still frees them.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _run_options(command: _F) -> _F:
    """--jobs, --cache and --no-cache, handed to the command as one `run` argument."""

    @wraps(command)
    def wrapper(
        *args: Any, jobs: int | None, cache_path: Path, no_cache: bool, **kwargs: Any
    ) -> Any:
        with _without_cycle_collector():
            return command(
                *args, run=Run(jobs or _all_cores(), None if no_cache else cache_path), **kwargs
            )

    jobs = click.option(
        "-j",
        "--jobs",
        type=click.IntRange(min=1),
        default=None,
        show_default="all cores",
        help="Extract articles in this many processes; the output is the same for any number.",
    )
    no_cache = click.option(
        "--no-cache",
        is_flag=True,
        envvar="CROSSCHECK_NO_CACHE",
        help="Neither read nor write the extraction cache (env CROSSCHECK_NO_CACHE=1).",
    )
    return jobs(_cache_option(no_cache(cast(_F, wrapper))))


_STATUSES = ("conflict", "agree", "single")
_KINDS = ("date", "age", "title", "count", "quote", "place")


def _filter_options(command: _F) -> _F:
    status = click.option(
        "--status",
        "statuses",
        multiple=True,
        type=click.Choice(_STATUSES),
        help="Only findings of this status. Repeatable.",
    )
    kind = click.option(
        "--kind",
        "kinds",
        multiple=True,
        type=click.Choice(_KINDS),
        help="Only findings of this kind. Repeatable.",
    )
    subject = click.option(
        "--subject",
        "subjects",
        multiple=True,
        metavar="TEXT",
        help="Only findings whose subject contains TEXT (any case). Repeatable.",
    )
    return status(kind(subject(command)))


def _format_option(*choices: str) -> Callable[[_F], _F]:
    return click.option(
        "--format",
        "output_format",
        type=click.Choice(choices),
        default=choices[0],
        show_default=True,
        help="table for people, json for tools"
        + (", markdown to paste into a comment or CMS." if "markdown" in choices else "."),
    )


class _Group(click.Group):
    """The command group, writing to a standard output that a closed pipe cannot stop."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        if not isinstance(sys.stdout, QuietPipe):
            sys.stdout = cast(TextIO, QuietPipe(sys.stdout))
        return super().main(*args, **kwargs)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
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
@_format_option("table", "json", "markdown")
@_filter_options
@_run_options
@_common_options
@user_errors
def report(
    paths: tuple[str, ...],
    output_format: str,
    statuses: tuple[str, ...],
    kinds: tuple[str, ...],
    subjects: tuple[str, ...],
    rules_dirs: tuple[Path, ...],
    encoding: str,
    run: Run,
) -> None:
    """Report where the articles agree, conflict, or stand alone.

    PATH is an article file, a folder of them, or - for standard input; with no PATH,
    the seeds/ folder of the current directory is read. Conflicts are listed first, each
    with the exact words of every source. --format markdown gives tables to paste into a
    pull-request comment or a CMS.

    \b
    Examples:
      crosscheck report seeds/ --status conflict
      crosscheck report seeds/ --kind quote --subject mamdani --format markdown
    """
    result = _filtered(
        _analyze(_read(paths, encoding), _setup(rules_dirs), run), statuses, kinds, subjects
    )
    if output_format == "json":
        from crosscheck.render.json import report_json_chunks

        _echo_chunks(report_json_chunks(result))
    elif output_format == "markdown":
        from crosscheck.render.markdown import report_markdown

        click.echo(report_markdown(result), nl=False)
    else:
        from crosscheck.render.table import report_tables

        _console().print(report_tables(result))


@main.command()
@_paths_argument
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path, allow_dash=True),
    default=Path("-"),
    show_default="standard output",
    help="File to write; it is replaced atomically, and never an input article.",
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["csv", "jsonl"]),
    default="csv",
    show_default=True,
    help="CSV for spreadsheets, or JSON Lines (one row object a line) for tools.",
)
@click.option(
    "--bom/--no-bom",
    default=True,
    show_default=True,
    help="Start the CSV with a UTF-8 byte order mark, so spreadsheets read it as UTF-8.",
)
@_filter_options
@_run_options
@_common_options
@user_errors
def export(
    paths: tuple[str, ...],
    output: Path,
    output_format: str,
    bom: bool,
    statuses: tuple[str, ...],
    kinds: tuple[str, ...],
    subjects: tuple[str, ...],
    rules_dirs: tuple[Path, ...],
    encoding: str,
    run: Run,
) -> None:
    """Export the findings for editors: one row per source of each finding.

    \b
    Columns, in this order: finding, status, severity, kind, subject, attribute,
    article, outlet, url, published, text, value, line, sentence, message, side.
    Text cells that a spreadsheet would run as a formula (starting with = + - @,
    tab or CR) get a leading apostrophe; numbers stay numbers.

    \b
    Examples:
      crosscheck export seeds/ -o findings.csv
      crosscheck export seeds/ --status conflict --format jsonl -o conflicts.jsonl
    """
    from crosscheck.render.csv import report_csv, report_jsonl

    _check_output(output, paths)
    result = _filtered(
        _analyze(_read(paths, encoding), _setup(rules_dirs), run), statuses, kinds, subjects
    )
    text = report_csv(result, bom=bom) if output_format == "csv" else report_jsonl(result)
    _write(output, text, paths)


@main.command()
@_paths_argument
@_format_option("table", "json")
@_run_options
@_common_options
@user_errors
def extract(
    paths: tuple[str, ...],
    output_format: str,
    rules_dirs: tuple[Path, ...],
    encoding: str,
    run: Run,
) -> None:
    """Show every statement found in the articles, with its exact span.

    Useful to see what crosscheck reads in an article before it compares anything:
    each assertion's line, kind, subject, attribute, words in context and normalized value.
    """
    from crosscheck.pipeline import extract_all

    setup = _setup(rules_dirs)
    articles = _read(paths, encoding)
    with _extraction(run, len(articles)) as options:
        assertions = extract_all(articles, setup, **options)
    if output_format == "json":
        from crosscheck.render.json import extract_json_chunks

        _echo_chunks(extract_json_chunks(articles, assertions))
        return
    from crosscheck.render.table import assertions_table

    console = _console()
    for article in articles:
        console.print(
            assertions_table(article, [a for a in assertions if a.span.article == article.id])
        )


_fail_on_option = click.option(
    "--fail-on",
    type=click.Choice(["conflict", "single", "never"]),
    default="conflict",
    show_default=True,
    help="Fail (exit 1) on conflicts; on conflicts and single-source claims; or never.",
)


@main.command()
@_paths_argument
@click.option(
    "--new",
    "new_paths",
    multiple=True,
    metavar="PATH",
    help="New articles: judge only the claims they take part in, against the whole corpus."
    " Repeatable.",
)
@_fail_on_option
@click.option(
    "--baseline",
    "baseline_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Findings recorded by `crosscheck baseline`: only findings not in it fail.",
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["table", "github", "sarif", "json"]),
    default="table",
    show_default=True,
    help="table for people; github for workflow annotations; sarif for code scanning; json.",
)
@_filter_options
@_run_options
@_common_options
@user_errors
def check(
    paths: tuple[str, ...],
    new_paths: tuple[str, ...],
    fail_on: str,
    baseline_path: Path | None,
    output_format: str,
    statuses: tuple[str, ...],
    kinds: tuple[str, ...],
    subjects: tuple[str, ...],
    rules_dirs: tuple[Path, ...],
    encoding: str,
    run: Run,
) -> None:
    """Gate CI: exit 1 when findings at or above --fail-on are found, else 0.

    With --baseline, findings recorded there are accepted and only new ones fail; baseline
    entries no longer found are listed as stale. With --new, only claims that involve the
    new articles are judged (the pull-request case). Exit code 2 means bad input.

    \b
    Examples:
      crosscheck check articles/
      crosscheck check articles/ --baseline crosscheck-baseline.json --format github
      crosscheck check articles/ --new articles/2026-11-23-storm.txt
    """
    from crosscheck.select import failing, involving

    # A bad baseline file is reported before the corpus is read, not after minutes of work.
    baseline = None if baseline_path is None else _read_baseline(baseline_path)
    articles = _read(paths, encoding)
    fresh = _read(new_paths, encoding) if new_paths else ()
    # A new article usually sits in the corpus folder already: read it once.
    seen = {os.path.realpath(a.path) for a in articles if a.path != "-"}
    articles += tuple(a for a in fresh if a.path == "-" or os.path.realpath(a.path) not in seen)
    setup = _setup(rules_dirs)
    result = _filtered(_analyze(articles, setup, run), statuses, kinds, subjects)
    everything = failing(result.findings, fail_on)
    if new_paths:
        result = replace(result, findings=involving(result.findings, {a.id for a in fresh}))
    failures = failing(result.findings, fail_on)
    if baseline is not None:
        from crosscheck.baseline import compare

        failures = compare(failures, baseline).new
        # Stale means gone from the corpus, not merely outside what --new looks at.
        for entry in compare(everything, baseline).stale:
            click.echo(
                f"Stale baseline entry {entry.id} (no longer found): {entry.summary}", err=True
            )
    _print_check(result, failures, output_format, setup.rules)
    if failures:
        raise SystemExit(1)


@main.command()
@_paths_argument
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path, allow_dash=True),
    default=Path("crosscheck-baseline.json"),
    show_default=True,
    help="Baseline file to write; reasons already written in it are kept.",
)
@_fail_on_option
@_run_options
@_common_options
@user_errors
def baseline(
    paths: tuple[str, ...],
    output: Path,
    fail_on: str,
    rules_dirs: tuple[Path, ...],
    encoding: str,
    run: Run,
) -> None:
    """Record the current findings, so `check --baseline` fails only on new ones.

    Each entry holds the finding's stable fingerprint (from its rule, subject, attribute
    and what each article says; never line numbers), a summary, and a "reason" an editor
    may fill in. Recording again keeps the reasons of findings still present.

    \b
    Example:
      crosscheck baseline articles/ -o crosscheck-baseline.json
    """
    from crosscheck.baseline import baseline_from, baseline_json
    from crosscheck.select import failing

    _check_output(output, paths)
    result = _analyze(_read(paths, encoding), _setup(rules_dirs), run)
    previous = _read_baseline(output) if output != Path("-") and output.is_file() else None
    recorded = baseline_from(failing(result.findings, fail_on), previous)
    _write(output, baseline_json(recorded), paths)
    click.echo(f"Recorded {len(recorded.entries)} findings in {output}", err=True)


@main.group(name="cache")
def cache_group() -> None:
    """Manage the extraction cache.

    What each article yields is remembered (by default in .crosscheck/cache.sqlite, keyed
    by the article's text, the vocabulary and crosscheck's code), so a rerun reads only
    new or changed articles. Deleting it never changes a result.
    """


@cache_group.command(name="clear")
@_cache_option
@user_errors
def cache_clear(cache_path: Path) -> None:
    """Delete the cache file."""
    from crosscheck.cache import remove

    try:
        removed = remove(cache_path)
    except OSError as exc:
        raise CrosscheckError(f"{cache_path}: cannot delete ({exc.strerror or exc})") from None
    click.echo(f"Removed {cache_path}" if removed else f"No cache at {cache_path}")


@main.command(name="rules")
@click.argument("rule_id", required=False)
@_rules_option
@_version_option
@user_errors
def rules_command(rule_id: str | None, rules_dirs: tuple[Path, ...]) -> None:
    """List the rules, or show one rule's documentation and settings.

    Rules are TOML files: the defaults shipped with crosscheck plus any given with --rules.
    """
    from crosscheck.render.table import rule_details, rules_table

    setup = _setup(rules_dirs)
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
        _warn(problem)
    return loaded.articles


def _console() -> Console:
    from rich.console import Console

    from crosscheck.render.table import THEME

    return Console(theme=THEME, highlight=False, markup=False, emoji=False)


def _setup(rules_dirs: Sequence[Path]) -> Setup:
    """The rules and vocabulary: the defaults and the user's folders."""
    from crosscheck.pipeline import load_setup

    return load_setup(rules_dirs)


def _analyze(articles: Sequence[Article], setup: Setup, run: Run) -> Report:
    """Run the pipeline, with a progress bar on a terminal."""
    from crosscheck.pipeline import analyze

    with _extraction(run, len(articles)) as options:
        return analyze(articles, setup, **options)


@contextmanager
def _extraction(run: Run, total: int) -> Iterator[dict[str, Any]]:
    """The pipeline's extraction arguments for a run: jobs, open cache and progress bar."""
    from crosscheck.cache import ExtractionCache

    cache = None if run.cache is None else ExtractionCache(run.cache, warn=_warn)
    cut: list[str] = []
    try:
        with _progress(total) as advance:

            def done(article: Article, extraction: Extraction) -> None:
                cut.extend(_cut_warning(article, kind) for kind in extraction.cut)
                if advance is not None:
                    advance(article)

            yield {"jobs": run.jobs, "cache": cache, "done": done}
    finally:
        if cache is not None:
            cache.close()
    # After the progress bar is gone, which a line written under it would tear.
    for message in cut:
        _warn(message)


def _cut_warning(article: Article, kind: Kind) -> str:
    from crosscheck.extract import MAX_PER_KIND

    return (
        f"{article.path}: states more than {MAX_PER_KIND:,} {kind.value}s; only the first"
        f" {MAX_PER_KIND:,} are read"
    )


def _echo_chunks(chunks: Iterable[str]) -> None:
    """Write a document to standard output piece by piece: it never stands whole in memory."""
    sys.stdout.writelines(chunks)


def _warn(message: str) -> None:
    click.echo(f"Warning: {_printable(message)}", err=True)


def _printable(message: str) -> str:
    """A message on stderr with file names' and articles' control characters made visible."""
    from crosscheck.render.controls import visible

    return visible(message)


@contextmanager
def _progress(total: int) -> Iterator[Callable[[Article], None] | None]:
    """A progress bar on stderr while articles are read, only when stderr is a terminal."""
    if not sys.stderr.isatty() or total < _PROGRESS_FROM:
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("Reading articles", total=total)
        yield lambda _article: bar.advance(task)


def _filtered(
    result: Report, statuses: Sequence[str], kinds: Sequence[str], subjects: Sequence[str]
) -> Report:
    from crosscheck.model import Kind, Status
    from crosscheck.select import select

    chosen = select(
        result.findings,
        statuses={Status(s) for s in statuses},
        kinds={Kind(k) for k in kinds},
        subjects=subjects,
    )
    return replace(result, findings=chosen)


def _write(output: Path, text: str, inputs: Sequence[str]) -> None:
    """Write to a file atomically, or to standard output for `-`."""
    if str(output) == "-":
        click.echo(text, nl=False)
        return
    from crosscheck.output import write_atomic

    write_atomic(output, text.encode("utf-8"), inputs=inputs or (DEFAULT_CORPUS,))


def _check_output(output: Path, inputs: Sequence[str]) -> None:
    """Refuse a bad output path before any article is read, not after minutes of work."""
    if str(output) != "-":
        from crosscheck.output import check_target

        check_target(output, inputs=inputs or (DEFAULT_CORPUS,))


def _read_baseline(path: Path) -> Baseline:
    from crosscheck.baseline import parse_baseline

    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CrosscheckError(
            f"{path}: baseline not found; record one with `crosscheck baseline -o {path}`"
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise CrosscheckError(f"{path}: cannot read the baseline ({exc})") from None
    return parse_baseline(text, source=str(path))


def _print_check(
    result: Report, failures: Sequence[Finding], output_format: str, rules: Sequence[Rule]
) -> None:
    if output_format == "github":
        from crosscheck.render.github import annotations
        from crosscheck.render.markdown import report_markdown

        click.echo(annotations(failures, result.articles), nl=False)
        summary = os.environ.get("GITHUB_STEP_SUMMARY")
        if summary:
            try:
                with open(summary, "a", encoding="utf-8") as stream:
                    stream.write(report_markdown(result))
            except OSError as exc:
                raise CrosscheckError(
                    f"{summary}: cannot write the step summary ({exc.strerror or exc})"
                ) from None
    elif output_format == "sarif":
        from crosscheck.render.sarif import report_sarif

        click.echo(report_sarif(failures, result.articles, rules, version=__version__), nl=False)
    elif output_format == "json":
        from crosscheck.render.json import report_json_chunks

        _echo_chunks(report_json_chunks(replace(result, findings=tuple(failures))))
    else:
        from crosscheck.render.table import report_tables

        console = _console()
        if failures:
            console.print(report_tables(replace(result, findings=tuple(failures))))
        noun = "finding" if len(failures) == 1 else "findings"
        verdict = f"{len(failures)} {noun} fail the check" if failures else "check passed"
        console.print(f"crosscheck check: {verdict} ({len(result.articles)} articles)")
