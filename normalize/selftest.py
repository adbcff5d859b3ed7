"""Running the examples that every rule carries, for the test suite and `normalize rules test`."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .pipeline import Normalizer


def run_examples(packs: Sequence[str | Path] | None = None) -> tuple[list[str], int]:
    """Run each rule alone on its examples and keep texts, then keep texts through all rules.

    Returns the failure descriptions and the number of checks made.
    """
    everything = Normalizer(packs=packs)
    failures: list[str] = []
    total = 0
    for rule in everything.rules:
        alone = Normalizer(packs=packs, select=[rule.id])
        for example in rule.examples:
            total += 1
            got = alone.normalize(example.source).text
            if got != example.expected:
                failures.append(
                    f"{rule.pack}/{rule.id}: {example.source!r} gave {got!r}, expected {example.expected!r}"
                )
        for text in rule.keep:
            total += 1
            result = everything.normalize(text)
            if result.changed:
                rules = ", ".join(sorted({e.rule for e in result.edits}))
                failures.append(
                    f"{rule.pack}/{rule.id}: keep example {text!r} was changed by {rules} to {result.text!r}"
                )
    return failures, total
