"""Loading rule and lexicon files: good files load, bad ones fail with file, line and a hint."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosscheck.errors import CrosscheckError
from crosscheck.lexicon import load_lexicon
from crosscheck.model import Kind, Severity
from crosscheck.rules import default_rules_dir, load_rules

GOOD = """\
doc = "Ages must match."
kind = "age"
comparator = "interval"
severity = "error"
tolerance = 0.1
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_good_rule_loads(tmp_path: Path) -> None:
    write(tmp_path, "my-age.toml", GOOD)
    (rule,) = load_rules([tmp_path])
    assert (rule.id, rule.kind, rule.comparator, rule.severity, rule.tolerance) == (
        "my-age",
        Kind.AGE,
        "interval",
        Severity.ERROR,
        0.1,
    )


BAD = [
    pytest.param(
        'doc = "x"\nkind = "age\n', r"bad\.toml:2: invalid TOML", id="toml-syntax-with-line"
    ),
    pytest.param(
        GOOD + "severty = 'error'\n",
        r"bad\.toml:6: unknown key 'severty' \(did you mean 'severity'\?\)",
        id="unknown-key",
    ),
    pytest.param(
        GOOD.replace('"interval"', '"intervall"'),
        r"bad\.toml:3: unknown comparator 'intervall' \(did you mean 'interval'\?\)",
        id="unknown-comparator",
    ),
    pytest.param(
        GOOD.replace('"age"', '"ages"'),
        r"bad\.toml:2: unknown kind 'ages' \(did you mean 'age'\?\)",
        id="unknown-kind",
    ),
    pytest.param(
        GOOD.replace('"interval"', '"date"'),
        r"comparator 'date' cannot judge 'age'",
        id="comparator-kind-mismatch",
    ),
    pytest.param(
        GOOD.replace("0.1", "-1"),
        r"bad\.toml:5: 'tolerance' must be a number from 0 to 10",
        id="negative-threshold",
    ),
    pytest.param(
        GOOD.replace("0.1", '"a lot"'), r"'tolerance' must be a number", id="threshold-not-number"
    ),
    pytest.param(
        GOOD + 'message = "{subjet} is {values}"\n',
        r"unknown placeholder '\{subjet\}' \(did you mean 'subject'\?\)",
        id="bad-placeholder",
    ),
    pytest.param(
        GOOD.replace('doc = "Ages must match."\n', ""),
        r"'doc' must be a non-empty string",
        id="missing-doc",
    ),
    pytest.param(
        GOOD + '[[example]]\narticles = []\nstatus = "agree"\n',
        r"'articles' must list at least one",
        id="empty-example",
    ),
    pytest.param(
        GOOD + '[[example]]\narticles = ["x"]\nstatus = "agreed"\n',
        r"unknown status 'agreed' \(did you mean 'agree'\?\)",
        id="example-status",
    ),
]


@pytest.mark.parametrize(("text", "message"), BAD)
def test_bad_rule_files(tmp_path: Path, text: str, message: str) -> None:
    write(tmp_path, "bad.toml", text)
    with pytest.raises(CrosscheckError, match=message):
        load_rules([tmp_path])


def test_duplicate_rule_ids_name_both_files(tmp_path: Path) -> None:
    write(tmp_path / "one", "same-id.toml", GOOD)
    write(tmp_path / "two", "same-id.toml", GOOD)
    with pytest.raises(CrosscheckError, match=r"duplicate rule id 'same-id'.*one"):
        load_rules([tmp_path / "one", tmp_path / "two"])


def test_rule_ids_are_kebab_case(tmp_path: Path) -> None:
    write(tmp_path, "My_Rule.toml", GOOD)
    with pytest.raises(CrosscheckError, match="kebab-case"):
        load_rules([tmp_path])


def test_lexicon_files_merge_and_extend(tmp_path: Path) -> None:
    write(
        tmp_path,
        "lexicon/mine.toml",
        'honorifics = ["Herr"]\n[events]\nmeeting = ["huddle"]\n[aliases]\n"AOC" = "Alexandria Ocasio-Cortez"\n',
    )
    lexicon = load_lexicon([default_rules_dir(), tmp_path])
    assert {"Herr", "Mr"} <= lexicon.honorifics
    assert "huddle" in lexicon.events["meeting"] and "meet" in lexicon.events["meeting"]
    assert lexicon.aliases["AOC"] == "Alexandria Ocasio-Cortez"


def test_an_editor_tunes_quote_matching(tmp_path: Path) -> None:
    write(tmp_path, "lexicon/mine.toml", "[quote_matching]\nunknown_speaker_words = 9\n")
    matching = load_lexicon([default_rules_dir(), tmp_path]).quote_matching
    assert (matching.unknown_speaker_words, matching.min_words) == (9, 3)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param(
            "honorifix = []\n",
            r"mine\.toml:1: unknown key 'honorifix' \(did you mean 'honorifics'\?\)",
            id="unknown-key",
        ),
        pytest.param(
            'titles = "President"\n',
            r"mine\.toml:1: 'titles' must be a list of strings",
            id="not-a-list",
        ),
        pytest.param(
            "[aliases]\nAOC = 3\n",
            r"mine\.toml:2: \[aliases\] 'AOC' needs a name",
            id="bad-alias",
        ),
        pytest.param(
            "[quote_matching]\nmin_share = 1.5\n",
            r"mine\.toml:2: \[quote_matching\] 'min_share' must be a number from 0 to 1",
            id="quote-share-out-of-range",
        ),
        pytest.param(
            "[quote_matching]\nunknown_speaker_words = 4.5\n",
            r"mine\.toml:2: \[quote_matching\] 'unknown_speaker_words' must be a whole number",
            id="quote-words-not-whole",
        ),
        pytest.param(
            "[quote_matching]\nmin_wrds = 3\n",
            r"mine\.toml:1: unknown key 'min_wrds' \(did you mean 'min_words'\?\)",
            id="quote-unknown-setting",
        ),
    ],
)
def test_bad_lexicon_files(tmp_path: Path, text: str, message: str) -> None:
    write(tmp_path, "lexicon/mine.toml", text)
    with pytest.raises(CrosscheckError, match=message):
        load_lexicon([tmp_path])
