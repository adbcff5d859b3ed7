"""Kind ``replace``: a literal string replaced wherever it occurs, or only as a whole word.

For fixed strings no regex is needed for: a house style's spelling ("e-mail" as
"email"), a typographic habit ("..." as "…"), a leftover of a tool upstream.  Exact
and case-sensitive; a pattern rule is the kind for anything that varies.  Runs in
the phrase stage, after the pattern and repeat rules.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..edits import select_non_overlapping
from ..model import Change
from ..rounds import Round
from ..screen import Span, whole
from ..text import at_word_boundaries
from .base import Kind, Rule, RuleError, boolean, change, require_str


@dataclass(frozen=True)
class ReplaceRule(Rule):
    """Replace ``find`` by ``replacement``, case and all; with ``whole_words``, only between word edges."""

    find: str = ""
    replacement: str = ""
    whole_words: bool = False
    kind = "replace"


def build(data: Mapping[str, Any], common: dict[str, Any]) -> Rule:
    find = require_str(data, "find")
    replacement = data.get("replacement", "")
    if not isinstance(replacement, str):
        raise RuleError("'replacement' must be a string")
    if "\n" in find or "\r" in find:
        raise RuleError("'find' must fit on one line (a replacement works within a paragraph)")
    if find in replacement:
        raise RuleError("'replacement' contains 'find': each run would grow the text")
    return ReplaceRule(**common, find=find, replacement=replacement, whole_words=boolean(data, "whole_words", False))


def replacements(text: str, rule: ReplaceRule, where: list[Span] | None = None) -> list[Change]:
    """A change for each occurrence of ``find`` in the blocks ``where`` (the whole text when None), left to right."""
    changes: list[Change] = []
    for start, end in whole(text, where):
        at = text.find(rule.find, start, end)
        while at != -1:
            stop = at + len(rule.find)
            if not rule.whole_words or at_word_boundaries(text, at, stop):
                changes.append(change(rule, at, stop, rule.replacement))
            at = text.find(rule.find, stop, end)
    return changes


def triggers(rule: ReplaceRule) -> dict[str, tuple[str, ...]]:
    """The literal itself, as a trigger: ASCII letters and digits as they are, any other character by code point."""
    spelt = "".join(c if c.isascii() and c.isalnum() else f"\\x{{{ord(c):x}}}" for c in rule.find)
    return {rule.id: (spelt,)}


@dataclass(frozen=True)
class Runner:
    rules: list[ReplaceRule]

    def run(self, round: Round) -> None:
        found = [
            c
            for rule in self.rules
            if round.is_active(rule.id)
            for c in replacements(round.text, rule, round.where(rule.id))
        ]
        round.apply(select_non_overlapping(found))  # on a tie of start and length, the rule listed first wins


KIND = Kind(
    name="replace",
    rule=ReplaceRule,
    fields=frozenset({"find", "replacement", "whole_words"}),
    build=build,
    runner=Runner,
    triggers=triggers,
)
