"""Build a realistic corpus of N articles from the seeds, for benchmarks.

Run from the repository root: `python bench/generate.py N OUT_DIR [--seeds DIR] [--seed S]`.

The corpus is a day of a wire service: many stories, each covered by two to eight outlets. Every
story is the seeds' story told about other people (their names found by crosscheck's own
extraction, then replaced), published on another day, with its own ages, counts and dates. Each
article is one seed's text under an outlet's name, URL and front matter; about one article in
six changes one fact (an age, a count, a date or a quoted word), so the corpus holds conflicts
as well as agreements. The same N and seed always build the same files.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crosscheck.corpus import load  # noqa: E402
from crosscheck.extract import extract  # noqa: E402
from crosscheck.model import Article, Assertion, Kind  # noqa: E402
from crosscheck.pipeline import load_setup  # noqa: E402

FIRST_NAMES = (
    "Amara",
    "Ben",
    "Carla",
    "Dmitri",
    "Elena",
    "Farid",
    "Grace",
    "Hiro",
    "Ines",
    "Jonas",
    "Keisha",
    "Luis",
    "Maya",
    "Nikolai",
    "Olga",
    "Priya",
    "Quentin",
    "Rosa",
    "Samir",
    "Tamsin",
    "Uma",
    "Victor",
    "Wen",
    "Ximena",
    "Yusuf",
    "Zara",
    "Abel",
    "Bianca",
    "Cyrus",
    "Dalia",
)
# Surnames are built from syllables, so thousands of stories rarely share one by chance.
_SYLLABLES = (
    "ka",
    "ro",
    "mi",
    "den",
    "vas",
    "tor",
    "li",
    "ne",
    "sha",
    "bel",
    "quin",
    "dor",
    "fal",
    "mer",
    "ost",
    "ren",
    "sol",
    "ta",
    "vik",
    "wen",
)
OUTLETS = (
    "Daily Ledger",
    "Evening Courier",
    "Metro Wire",
    "Northern Herald",
    "Capital Dispatch",
    "Harbor Times",
    "Valley Post",
    "Global Bulletin",
    "Civic Tribune",
    "Morning Signal",
    "Coastal Gazette",
    "Union Chronicle",
)
STORY_SIZES = (2, 3, 3, 4, 4, 5, 5, 5, 6, 8)
CONTRADICTION_RATE = 1 / 6
QUOTE_SWAPS = ("remarkable", "dangerous", "historic", "difficult", "necessary", "unusual")
_NUMBER = re.compile(r"\b\d{1,3}\b")  # a bare small number: an age, a day, a count
_WORD = re.compile(r"\b[a-z]{5,}\b")  # a lowercase content word inside a quotation


@dataclass(frozen=True, slots=True)
class Seed:
    """One seed article and what crosscheck finds in it."""

    article: Article
    people: tuple[str, ...]
    assertions: tuple[Assertion, ...]


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace text[start:end] with `text`."""

    start: int
    end: int
    text: str


def read_seeds(folder: Path) -> tuple[Seed, ...]:
    lexicon = load_setup().lexicon
    seeds = []
    for article in load([str(folder)]).articles:
        found = extract(article, lexicon)
        seeds.append(Seed(article, found.people, found.assertions))
    return tuple(seeds)


def surname(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(3)).capitalize()


def name_edits(seed: Seed, cast: dict[str, str]) -> Iterator[Edit]:
    """Every mention of a seed person (full name or last name) replaced by the story's person."""
    forms: dict[str, str] = {}
    for real, fake in cast.items():
        forms[real] = fake
        forms.setdefault(real.split()[-1], fake.split()[-1])
    if not forms:
        return
    pattern = re.compile(
        r"\b(?:" + "|".join(map(re.escape, sorted(forms, key=len, reverse=True))) + r")\b"
    )
    text = seed.article.text
    for match in pattern.finditer(text, seed.article.body_start):
        yield Edit(match.start(), match.end(), forms[match.group()])


def number_edits(seed: Seed, kinds: frozenset[Kind], shift: int) -> Iterator[Edit]:
    """Shift the bare numbers inside assertions of these kinds (ages, counts, days of dates)."""
    text = seed.article.text
    for assertion in seed.assertions:
        if assertion.kind not in kinds:
            continue
        for match in _NUMBER.finditer(text, assertion.span.start, assertion.span.end):
            value = int(match.group())
            if assertion.kind is Kind.DATE and not 1 <= value + shift <= 28:
                continue
            yield Edit(match.start(), match.end(), str(max(1, value + shift)))


def contradiction(seed: Seed, rng: random.Random) -> Iterator[Edit]:
    """One fact told differently: a number moved or a quoted word replaced."""
    text = seed.article.text
    choices = [
        a for a in seed.assertions if a.kind in (Kind.AGE, Kind.COUNT, Kind.DATE, Kind.QUOTE)
    ]
    rng.shuffle(choices)
    for assertion in choices:
        if assertion.kind is Kind.QUOTE:
            words = list(_WORD.finditer(text, assertion.span.start, assertion.span.end))
            if words:
                word = rng.choice(words)
                yield Edit(word.start(), word.end(), rng.choice(QUOTE_SWAPS))
                return
        else:
            edits = list(
                number_edits(
                    Seed(seed.article, (), (assertion,)),
                    frozenset({assertion.kind}),
                    rng.choice((1, 2, 3)),
                )
            )
            if edits:
                yield edits[0]
                return


def apply(text: str, edits: Sequence[Edit]) -> str:
    """The text with every edit that does not overlap an earlier one applied."""
    parts, at = [], 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if edit.start < at:
            continue
        parts.append(text[at : edit.start])
        parts.append(edit.text)
        at = edit.end
    parts.append(text[at:])
    return "".join(parts)


def corpus(seeds: Sequence[Seed], count: int, rng: random.Random) -> Iterator[tuple[str, str]]:
    """(file name, file text) of `count` articles."""
    people = sorted({name for seed in seeds for name in seed.people if " " in name})
    written = story = 0
    base = dt.date(2025, 1, 1)
    while written < count:
        story += 1
        # One new name per real first and last name, so "Mr X" and every name ending in X still
        # agree; words before those ("Candidate Jane Roe" in a headline) are kept.
        firsts = {real.split()[-2]: rng.choice(FIRST_NAMES) for real in people}
        lasts = {real.split()[-1]: surname(rng) for real in people}
        cast = {
            real: " ".join((*real.split()[:-2], firsts[real.split()[-2]], lasts[real.split()[-1]]))
            for real in people
        }
        day = base + dt.timedelta(days=rng.randrange(365))
        age_shift, count_shift, day_shift = (
            rng.randint(-9, 9),
            rng.randint(-3, 30),
            rng.randint(-5, 5),
        )
        order = list(seeds)
        rng.shuffle(order)
        for index in range(min(rng.choice(STORY_SIZES), count - written)):
            seed = order[index % len(order)]
            edits = [
                *name_edits(seed, cast),
                *number_edits(seed, frozenset({Kind.AGE}), age_shift),
                *number_edits(seed, frozenset({Kind.COUNT}), count_shift),
                *number_edits(seed, frozenset({Kind.DATE}), day_shift),
            ]
            if rng.random() < CONTRADICTION_RATE:
                # A contradiction wins over the story's own edit of the same words.
                wrong = list(contradiction(seed, rng))
                edits = wrong + [
                    e for e in edits if not any(e.start < w.end and w.start < e.end for w in wrong)
                ]
            body = apply(seed.article.text, edits)[seed.article.body_start :].lstrip()
            outlet = rng.choice(OUTLETS)
            published = day + dt.timedelta(days=rng.choice((0, 0, 0, 1)))
            domain = outlet.lower().replace(" ", "")
            slug = f"story-{story:05d}-{index + 1}"
            front = (
                "---\n"
                f"id: {slug}\n"
                f"outlet: {outlet}\n"
                f"url: https://{domain}.example/{published:%Y/%m/%d}/{slug}\n"
                f"published: {published.isoformat()}\n"
                "---\n"
            )
            yield f"{slug}.txt", front + body
            written += 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int, help="how many articles to write")
    parser.add_argument("out", type=Path, help="folder to write them into (created if missing)")
    parser.add_argument(
        "--seeds", type=Path, default=ROOT / "seeds", help="folder of seed articles"
    )
    parser.add_argument("--seed", type=int, default=8, help="random seed (same seed, same corpus)")
    args = parser.parse_args()
    generate(args.count, args.out, seeds=args.seeds, seed=args.seed)
    print(f"wrote {args.count} articles to {args.out}")
    return 0


def generate(count: int, out: Path, *, seeds: Path = ROOT / "seeds", seed: int = 8) -> None:
    """Write `count` generated articles into `out`, replacing any generated there before."""
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("story-*.txt"):
        old.unlink()
    for name, text in corpus(read_seeds(seeds), count, random.Random(seed)):
        (out / name).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
