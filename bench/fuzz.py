"""Fuzzing for idempotence: normalizing the output of ``normalize`` must change nothing.

    python bench/fuzz.py                    # 100,000 documents, seed 19
    python bench/fuzz.py --count 5000 --seed 7

Documents are made of what the rules act on, mixed at random: lines of the bundled
corpora, headlines and earlier lines repeated with a stray Arabic word or another
rendering of a name in front (the first pass then makes two lines alike, which the
headline stage must see in the same pass), glossary renderings, doubled words,
spacing before punctuation, Arabic punctuation and digits, mojibake.  Each document
is normalized, the output normalized again, and any document whose second pass
changes something is printed (shortest first) and counted; exit 1 if there is one.
The test suite runs ``documents`` with a fixed seed on a few hundred documents.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from normalize import Normalizer  # noqa: E402
from normalize.packs import load_packs  # noqa: E402
from normalize.rules import TermRule  # noqa: E402

ARABIC = ["عام", "في", "قال", "الحشد", "بغداد", "١٥٪", "٢٠٢٠", "،", "؛", "؟", "\u200f", "\u200e"]
ARTEFACTS = [
    "the the",
    "and and",
    "support and support",
    " .",
    " ,",
    "« Iraq »",
    "angerThe",
    "2 billion and 500 million",
    "3 thousand fighters",
    "donâ€™t",
    "the Hezbollah said",
    "hard From",
    "&amp;",
    "  ",
]


class Material:
    """What documents are made of: corpus lines and the default packs' renderings of names."""

    def __init__(self) -> None:
        lines: list[str] = []
        for path in sorted((ROOT / "corpora" / "input").glob("*.txt")):
            lines.extend(line for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
        self.lines = [line[:400] for line in lines]
        self.headlines = [line for line in self.lines if len(line) < 120]
        self.renderings = [
            variant
            for pack in load_packs(None)
            for rule in pack.rules
            if isinstance(rule, TermRule)
            for variant in rule.variants
        ]


def documents(seed: int, count: int, material: Material | None = None) -> Iterator[str]:
    """``count`` documents, the same ones for the same seed."""
    chosen = material or Material()
    rng = random.Random(seed)
    for _ in range(count):
        yield _document(rng, chosen)


def _document(rng: random.Random, material: Material) -> str:
    lines: list[str] = []
    for _ in range(rng.randint(1, 6)):
        roll = rng.random()
        if lines and roll < 0.3:  # an earlier line again, a little different
            lines.append(_mutated(rng, rng.choice(lines), material))
        elif roll < 0.5:
            lines.append(rng.choice(material.headlines))
        elif roll < 0.6:
            lines.append(" ".join(rng.choice(material.renderings) for _ in range(rng.randint(1, 3))))
        else:
            lines.append(_with_artefacts(rng, rng.choice(material.lines)))
    separator = rng.choice(["\n", "\n\n", "\r\n"])
    return separator.join(lines) + rng.choice(["\n", "", separator])


def _mutated(rng: random.Random, line: str, material: Material) -> str:
    roll = rng.random()
    if roll < 0.4:
        return f"{rng.choice(ARABIC)} {line}"
    if roll < 0.7:
        return f"{line} {rng.choice(material.renderings)}"
    return _with_artefacts(rng, line)


def _with_artefacts(rng: random.Random, line: str) -> str:
    words = line.split(" ")
    for _ in range(rng.randint(0, 3)):
        at = rng.randrange(len(words) + 1)
        words.insert(at, rng.choice(ARTEFACTS + ARABIC))
    return " ".join(words)


def not_idempotent(normalizer: Normalizer, texts: list[str]) -> list[tuple[str, str, str]]:
    """(document, first output, second output) for each document whose output changes when normalized again."""
    found = []
    for text in texts:
        once = normalizer.normalize(text).text
        twice = normalizer.normalize(once).text
        if twice != once:
            found.append((text, once, twice))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=19)
    args = parser.parse_args()
    normalizer = Normalizer()
    material = Material()
    started = time.monotonic()
    failures: list[tuple[str, str, str]] = []
    batch: list[str] = []
    for number, text in enumerate(documents(args.seed, args.count, material), start=1):
        batch.append(text)
        if len(batch) == 1000 or number == args.count:
            failures.extend(not_idempotent(normalizer, batch))
            batch = []
            print(
                f"{number:,} documents, {len(failures)} not idempotent, {time.monotonic() - started:.0f} s",
                file=sys.stderr,
            )
    for text, once, twice in sorted(failures, key=lambda f: len(f[0]))[:20]:
        print(f"document: {text!r}\nonce:     {once!r}\ntwice:    {twice!r}\n")
    print(f"{args.count:,} documents (seed {args.seed}): {len(failures)} not idempotent")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
