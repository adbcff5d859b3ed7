"""Running the examples that every rule carries, for the test suite and `normalize rules test`."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .kinds import KINDS
from .model import Result
from .pipeline import Normalizer


def run_examples(packs: Sequence[str | Path] | None = None) -> tuple[list[str], int]:
    """Run each rule alone on its examples and keep texts, then keep texts through all rules.

    Returns the failure descriptions and the number of checks made.
    """
    everything = Normalizer(packs=packs)
    failures: list[str] = []
    total = 0
    for rule in everything.rules:
        # House style on: a rule alone shows every tier it maps (style variants included).
        alone = Normalizer(packs=packs, select=[rule.id], style=True)
        for example in rule.examples:
            total += 1
            result = alone.normalize(example.source)
            if result.text != example.expected:
                failures.append(
                    f"{rule.pack}/{rule.id}: {example.source!r} gave {result.text!r}, expected {example.expected!r}"
                )
            flagged = flagged_by(rule.id, result)
            if example.flagged and flagged != list(example.flagged):
                failures.append(
                    f"{rule.pack}/{rule.id}: {example.source!r} flagged {flagged!r}, expected {list(example.flagged)!r}"
                )
        for text in rule.keep:
            total += 1
            result = everything.normalize(text)
            if result.changed:
                rules = ", ".join(sorted({e.rule for e in result.edits}))
                failures.append(
                    f"{rule.pack}/{rule.id}: keep example {text!r} was changed by {rules} to {result.text!r}"
                )
            if KINDS[rule.kind].flags_only and flagged_by(rule.id, result):
                failures.append(
                    f"{rule.pack}/{rule.id}: keep example {text!r} was flagged: {flagged_by(rule.id, result)!r}"
                )
    return failures, total


def flagged_by(rule_id: str, result: Result) -> list[str]:
    """The passages of the source that ``rule_id`` flagged, in order."""
    return [result.source[f.start : f.end] for f in result.flags if f.rule == rule_id]
