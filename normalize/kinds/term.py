"""Kind ``term``: map literal renderings and spelling variants to one canonical name.

The matching itself (one pass for every variant of every term, a glossary of
thousands of them) is ``normalize.terms.TermMatcher``.  Run before the phrase rules,
which can then rely on canonical names, and before the capitalisation rule, which
must see "Popular Mobilization Forces" rather than "popular crowd".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..batching import JoinedVerdicts, document_spans, reading
from ..model import Change
from ..rounds import Round
from ..terms import TermMatcher
from ..text import contains_as_words
from ..tiers import Review, suggest
from .base import Kind, Rule, RuleError, boolean, require_str, str_list


@dataclass(frozen=True)
class TermRule(Rule):
    """Map literal renderings and spelling variants to one canonical name."""

    canonical: str = ""
    #: Tiers (``normalize.tiers``): MT artefacts, a house style's spellings, likely errors for a person.
    variants: tuple[str, ...] = ()
    style_variants: tuple[str, ...] = ()
    review_variants: tuple[str, ...] = ()
    case_sensitive: bool = False
    drop_article: bool = False
    outside_quotes: bool = False
    #: The style variants are mapped only when the house style is asked for, not in machine translation too.
    style_on_request: bool = False
    #: Words after which (one capitalised word may stand between) a match names a region, not this body:
    #: "the Al Sharqiyah Sands", "Al Sharqiyah South Governorate" are no channel Al-Sharqiya.
    region_heads: frozenset[str] = frozenset()
    #: The variants generated from the Arabic form rather than listed by hand (a subset of ``variants``):
    #: such a spelling may be some outlet's house style, where a listed one is an MT error.
    generated: frozenset[str] = frozenset()
    #: A place's rendering in English words is taken only next to one of these words
    #: (``normalize.regions.beside_a_place_cue``): "in the City of Sadr", "the Mother of Palaces port".
    place_cues_before: frozenset[str] = frozenset()
    place_cues_after: frozenset[str] = frozenset()
    kind = "term"


def build(data: Mapping[str, Any], common: dict[str, Any]) -> Rule:
    canonical = require_str(data, "canonical")
    variants = tuple(str_list(data, "variants"))
    style_variants = tuple(str_list(data, "style_variants"))
    review_variants = tuple(str_list(data, "review_variants"))
    if not (variants or style_variants or review_variants):
        raise RuleError("'variants' must list at least one variant (or 'style_variants' / 'review_variants')")
    _check_tiers_apart(variants, style_variants, review_variants)
    case_sensitive = data.get("case_sensitive", False)
    for variant in (*variants, *style_variants, *review_variants):
        if variant.casefold() == canonical.casefold() and not case_sensitive:
            raise RuleError(f"variant '{variant}' is the canonical form itself")
        if variant != canonical and contains_as_words(canonical, variant, ignore_case=not case_sensitive):
            raise RuleError(
                f"canonical '{canonical}' contains its own variant '{variant}': each run would grow the text"
            )
    return TermRule(
        **common,
        canonical=canonical,
        variants=variants,
        style_variants=style_variants,
        review_variants=review_variants,
        case_sensitive=boolean(data, "case_sensitive", False),
        drop_article=boolean(data, "drop_article", False),
        outside_quotes=boolean(data, "outside_quotes", False),
        style_on_request=boolean(data, "style_on_request", False),
        region_heads=frozenset(w.casefold() for w in str_list(data, "region_heads")),
        generated=frozenset(str_list(data, "generated")),
        place_cues_before=frozenset(w.casefold() for w in str_list(data, "place_cues_before")),
        place_cues_after=frozenset(w.casefold() for w in str_list(data, "place_cues_after")),
    )


def _check_tiers_apart(*tiers: tuple[str, ...]) -> None:
    """A variant is in one tier only: listed as an error and as a house style it would be both."""
    seen: dict[str, str] = {}
    for name, variants in zip(("variants", "style_variants", "review_variants"), tiers, strict=True):
        for variant in variants:
            key = " ".join(variant.casefold().split())
            if key in seen and seen[key] != name:
                raise RuleError(f"variant '{variant}' is in both '{seen[key]}' and '{name}'")
            seen[key] = name


@dataclass(frozen=True)
class Runner:
    matcher: TermMatcher

    def run(self, round: Round) -> None:
        # Review-tier variants are flagged with their fix, never changed.  They are found in the
        # text as it is before this stage's repairs go in, so they are flagged before those move it.
        review: list[Review] = []
        changes = self._find(round, review)
        suggest(round, [(r.start, r.end, r.rule, r.suggestion) for r in review])
        round.apply(changes)

    def _find(self, round: Round, review: list[Review]) -> list[Change]:
        """The matcher's changes; in joined documents with verdicts of their own, each document with its own."""
        spans = document_spans(round.text, round.active)
        if spans is None:
            return self.matcher.find(round.text, round.active, review)
        assert isinstance(round.active, JoinedVerdicts)
        changes: list[Change] = []
        for k, ((start, end), verdicts) in enumerate(zip(spans, round.active.documents, strict=True)):
            found: list[Review] = []
            with reading(round.active.own_reads(k)):
                changes.extend(c.moved(start) for c in self.matcher.find(round.text[start:end], verdicts, found))
            review.extend(Review(r.start + start, r.end + start, r.rule, r.suggestion) for r in found)
        return changes


def compile_rules(rules: list[TermRule], fast: bool) -> Runner:
    return Runner(TermMatcher(rules, fast=fast))


KIND = Kind(
    name="term",
    rule=TermRule,
    fields=frozenset(
        {
            "canonical",
            "variants",
            "style_variants",
            "review_variants",
            "case_sensitive",
            "drop_article",
            "outside_quotes",
            "style_on_request",
            "region_heads",
            "generated",
            "place_cues_before",
            "place_cues_after",
        }
    ),
    build=build,
    compile=compile_rules,
)
