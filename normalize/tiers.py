"""Variant tiers: an MT artefact, a house style's spelling, or a likely error for a person.

Every term variant and every pattern rule has a tier (``TIERS`` in ``normalize.kinds.base``):

- ``error`` (the default): an artefact of machine translation, repaired;
- ``style``: a spelling professional outlets use on purpose ("Hizballah", "Khamene'i",
  "Popular Mobilization Units"): mapped to the canonical name only in a document that
  reads as machine translation (``normalize.evidence``), or always when the user turns
  the house style on (``Normalizer(style=True)``, ``--style``, ``style = true``); a rule
  with ``style_on_request`` (the gazetteer's rows) maps them only when the user does;
- ``review``: a likely error only a person can decide: never applied, flagged with the
  suggested fix (``Flag.detail["suggestion"]``), which ``--explain`` and the review page show.

The term matcher and the pattern rules propose style changes like any other; this
module tells which edits they became (``Tiers.style_edits``) and flags review findings
(``suggest``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import regex

from .model import Edit, Flag

if TYPE_CHECKING:
    from .kinds.base import Rule
    from .rounds import Round

#: Why a style edit of a ``style_on_request`` rule is held: it stands only with the house style on.
ON_REQUEST = "a house style's spelling, mapped only when that house style is asked for"
_ARTICLE = regex.compile(r"^the\s+", regex.IGNORECASE)
_POSSESSIVE = regex.compile(r"['’]s?$")


def _key(text: str) -> str:
    folded = " ".join(text.replace("’", "'").casefold().split())
    return _POSSESSIVE.sub("", _ARTICLE.sub("", folded))


@dataclass(frozen=True)
class Review:
    """A review-tier variant found by the term matcher: never changed, flagged with the suggested fix."""

    start: int
    end: int
    rule: Rule
    suggestion: str


class Tiers:
    """The tiers of a normalizer's rules, to tell which of a document's edits a house style made."""

    def __init__(self, rules: Sequence[Any]) -> None:
        self._style_variants = {
            rule.id: frozenset(_key(v) for v in rule.style_variants)
            for rule in rules
            if getattr(rule, "style_variants", ())
        }
        self._style_rules = frozenset(rule.id for rule in rules if getattr(rule, "tier", "error") == "style")
        self._on_request = frozenset(rule.id for rule in rules if getattr(rule, "style_on_request", False))
        # a variant listed by hand as an error, not generated: a spelling no house style is known to use
        self._listed = {
            rule.id: frozenset(_key(v) for v in rule.variants if v not in rule.generated)
            for rule in rules
            if getattr(rule, "kind", "") == "term" and getattr(rule, "variants", ())
        }

    def style_edits(self, edits: Sequence[Edit]) -> dict[int, str]:
        """Indices of the edits made by a style-tier variant or rule, with why they are held."""
        held: dict[int, str] = {}
        for index, edit in enumerate(edits):
            for rule_id in edit.rule.split("+"):
                if rule_id in self._style_rules or _key(edit.original) in self._style_variants.get(rule_id, ()):
                    held[index] = ON_REQUEST if rule_id in self._on_request else "a house style's spelling"
                    break
        return held

    def listed_edits(self, edits: Sequence[Edit]) -> frozenset[int]:
        """Indices of the edits that mend a spelling a term rule lists by hand as an MT error.

        The gazetteer marks each listed variant an error or a house style; one listed as an
        error ("al-Kazemi") is no outlet's style, so its repair need not wait for the
        document's evidence the way a generated or unseen spelling's does.
        """
        return frozenset(
            index
            for index, edit in enumerate(edits)
            if any(_key(edit.original) in self._listed.get(rule_id, ()) for rule_id in edit.rule.split("+"))
        )


def without_styles_on_request(rules: Sequence[Rule]) -> list[Rule]:
    """The rules as a normalizer without the house style runs them: no ``style_on_request`` spellings.

    Such a spelling is never mapped then, so it is not proposed at all: a proposed change,
    even one held back at the end, would stand in the text while later stages run and hide
    what they look for ("Baghdad / INA /" read as "Baghdad / Iraqi News Agency /").
    """
    kept: list[Rule] = []
    for rule in rules:
        if getattr(rule, "style_on_request", False) and getattr(rule, "style_variants", ()):
            rule = dataclasses.replace(rule, style_variants=())  # type: ignore[call-arg]
            if not (getattr(rule, "variants", ()) or getattr(rule, "review_variants", ())):
                continue
        kept.append(rule)
    return kept


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


def suggest(round: Round, found: list[tuple[int, int, Rule, str]]) -> None:
    """Flags (first round only) for review-tier findings, with the suggested fix, outside guarded spans."""
    if round.flags is None:
        return
    for a, b, rule, suggestion in found:
        if not round.left_alone.guards((a, b)):
            start, end = round.tracker.to_source(a), round.tracker.to_source(b)
            round.flags.append(suggestion_flag(start, end, rule, round.text[a:b], suggestion))
