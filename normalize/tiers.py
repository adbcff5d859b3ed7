"""Variant tiers: an MT artefact, a house style's spelling, or a likely error for a person.

Every term variant and every pattern rule has a tier:

- ``error`` (the default): an artefact of machine translation, repaired;
- ``style``: a spelling professional outlets use on purpose ("Hizballah", "Khamene'i",
  "Popular Mobilization Units"): mapped to the canonical name only in a document that
  reads as machine translation (``normalize.evidence``), or always when the user turns
  the house style on (``Normalizer(style=True)``, ``--style``, ``style = true``);
- ``review``: a likely error only a person can decide: never applied, flagged with the
  suggested fix (``Flag.detail["suggestion"]``), which ``--explain`` and the review page show.

The term matcher and the pattern stages propose style changes like any other; this
module tells which edits they became, and turns review-tier changes into flags.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from .edits import Change, Edit, Flag
from .rules import PatternRule, Rule, TermRule

_ARTICLE = regex.compile(r"^the\s+", regex.IGNORECASE)
_POSSESSIVE = regex.compile(r"['’]s?$")


def _key(text: str) -> str:
    folded = " ".join(text.replace("’", "'").casefold().split())
    return _POSSESSIVE.sub("", _ARTICLE.sub("", folded))


class Tiers:
    """The tiers of a normalizer's rules, to sort their edits and changes by."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        self._style_variants = {
            rule.id: frozenset(_key(v) for v in rule.style_variants)
            for rule in rules
            if isinstance(rule, TermRule) and rule.style_variants
        }
        self._pattern_tier = {rule.id: rule.tier for rule in rules if isinstance(rule, PatternRule)}
        self._rules = {rule.id: rule for rule in rules}

    def style_edits(self, edits: Sequence[Edit]) -> dict[int, str]:
        """Indices of the edits made by a style-tier variant or rule, with why they are held."""
        held: dict[int, str] = {}
        for index, edit in enumerate(edits):
            for rule_id in edit.rule.split("+"):
                if self._pattern_tier.get(rule_id) == "style" or _key(edit.original) in self._style_variants.get(
                    rule_id, ()
                ):
                    held[index] = "a house style's spelling"
                    break
        return held

    def split_review(self, changes: list[Change]) -> tuple[list[Change], list[Change]]:
        """The changes to apply, and those of review-tier pattern rules (to flag instead)."""
        if not changes or "review" not in self._pattern_tier.values():
            return changes, []
        applied = [c for c in changes if self._pattern_tier.get(c.rule) != "review"]
        review = [c for c in changes if self._pattern_tier.get(c.rule) == "review"]
        return applied, review


def suggestion_flag(start: int, end: int, rule: Rule, original: str, suggestion: str) -> Flag:
    """A review-tier finding: the passage, the rule, and the suggested fix (never applied)."""
    return Flag(
        start=start,
        end=end,
        rule=rule.id,
        category=rule.category,
        message=f"{rule.message} (for review: suggested '{suggestion}')",
        detail={"suggestion": suggestion, "original": original},
    )
