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

from ..rounds import Round
from ..terms import TermMatcher
from ..text import contains_as_words
from .base import Kind, Rule, RuleError, boolean, require_str, str_list


@dataclass(frozen=True)
class TermRule(Rule):
    """Map literal renderings and spelling variants to one canonical name."""

    canonical: str = ""
    variants: tuple[str, ...] = ()
    case_sensitive: bool = False
    drop_article: bool = False
    outside_quotes: bool = False
    kind = "term"


def build(data: Mapping[str, Any], common: dict[str, Any]) -> Rule:
    canonical = require_str(data, "canonical")
    variants = tuple(str_list(data, "variants"))
    if not variants:
        raise RuleError("'variants' must list at least one variant")
    case_sensitive = data.get("case_sensitive", False)
    for variant in variants:
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
        case_sensitive=boolean(data, "case_sensitive", False),
        drop_article=boolean(data, "drop_article", False),
        outside_quotes=boolean(data, "outside_quotes", False),
    )


@dataclass(frozen=True)
class Runner:
    matcher: TermMatcher

    def run(self, round: Round) -> None:
        round.apply(self.matcher.find(round.text, round.active))


def compile_rules(rules: list[TermRule], fast: bool) -> Runner:
    return Runner(TermMatcher(rules, fast=fast))


KIND = Kind(
    name="term",
    rule=TermRule,
    fields=frozenset({"canonical", "variants", "case_sensitive", "drop_article", "outside_quotes"}),
    build=build,
    compile=compile_rules,
)
