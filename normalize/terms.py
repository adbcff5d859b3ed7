"""One matcher for every glossary term, whose cost does not grow with the glossary.

A loop of one regex per term costs a pass over the text per term.  Instead the text
is cut once into word tokens, and each token is looked up in a dictionary keyed by
the first word of every variant; only on a hit are the (few) variants starting with
that word compared.  Cost is one tokenising pass plus one hash lookup per word,
whether the glossary has ten terms or ten thousand.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import regex

from .edits import Change
from .rules import TermRule

#: A word: letters/digits, inner hyphens ("al-Kadhimi"), inner apostrophes ("Kata'ib"),
#: but not a trailing possessive "'s", so "al-Kazimi's" still matches "al-Kazimi".
WORD = regex.compile(r"\w+(?:-\w+)*(?:['’](?!s\b)\w+)*")
_ARTICLES = frozenset({"the"})
#: After a dropped-article name, these nouns need the article back: "the Ansar Allah movement".
_DESCRIPTOR_NOUNS = frozenset(
    "movement group militia militias faction factions organization organisation party alliance coalition "
    "fighters forces force leader leaders leadership commander commanders spokesman spokesperson official "
    "officials members member brigade brigades units unit front council government office statement".split()
)


def token_key(word: str) -> str:
    """Case- and apostrophe-insensitive form used for lookups."""
    return word.casefold().replace("’", "'")


@dataclass(frozen=True)
class _Variant:
    rule: TermRule
    keys: tuple[str, ...]
    raw: tuple[str, ...]


def fit_case(canonical: str, matched: str) -> str:
    """Give the canonical form the capitalisation the sentence needs.

    A canonical name keeps its own capitals ("Popular Mobilization Forces" even
    where MT wrote "popular crowd"), but a lower-case canonical ("al-Kadhimi")
    takes a capital where the matched text had one, e.g. at a sentence start,
    and an all-capitals headline stays in capitals.
    """
    letters = [c for c in matched if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return canonical.upper()
    if matched[:1].isupper() and canonical[:1].islower():
        return canonical[:1].upper() + canonical[1:]
    return canonical


class TermMatcher:
    """Finds every variant of every term rule in one pass."""

    def __init__(self, rules: Sequence[TermRule]) -> None:
        self._index: dict[str, list[_Variant]] = {}
        self._contexts: dict[str, Callable[[str], bool]] = {}
        for rule in rules:
            if rule.context.requires or rule.context.excludes:
                self._contexts[rule.id] = rule.context.compile()
            for variant in rule.variants:
                raw = tuple(m.group().replace("’", "'") for m in WORD.finditer(variant))
                keys = tuple(token_key(w) for w in raw)
                if keys:
                    self._index.setdefault(keys[0], []).append(_Variant(rule, keys, raw))
        for entries in self._index.values():
            entries.sort(key=lambda v: len(v.keys), reverse=True)

    def __len__(self) -> int:
        return sum(len(v) for v in self._index.values())

    def find(self, text: str) -> list[Change]:
        """Changes for every non-overlapping term occurrence, longest variant first."""
        if not self._index:
            return []
        active = {rule_id: holds(text) for rule_id, holds in self._contexts.items()}
        tokens = [(m.start(), m.end(), m.group()) for m in WORD.finditer(text)]
        changes: list[Change] = []
        index = self._index
        i = 0
        count = len(tokens)
        while i < count:
            candidates = index.get(token_key(tokens[i][2]))
            if candidates is None:
                i += 1
                continue
            hit = self._first_match(text, tokens, i, candidates, active)
            if hit is None:
                i += 1
                continue
            variant, width = hit
            changes.append(self._change(text, tokens, i, width, variant))
            i += width
        return changes

    @staticmethod
    def _first_match(
        text: str,
        tokens: list[tuple[int, int, str]],
        i: int,
        candidates: list[_Variant],
        active: dict[str, bool],
    ) -> tuple[_Variant, int] | None:
        for variant in candidates:
            width = len(variant.keys)
            if i + width > len(tokens) or not active.get(variant.rule.id, True):
                continue
            if _tokens_equal(text, tokens, i, variant):
                return variant, width
        return None

    @staticmethod
    def _change(text: str, tokens: list[tuple[int, int, str]], i: int, width: int, variant: _Variant) -> Change:
        rule = variant.rule
        start, end = tokens[i][0], tokens[i + width - 1][1]
        followed_by_noun = i + width < len(tokens) and tokens[i + width][2].casefold() in _DESCRIPTOR_NOUNS
        if rule.drop_article and i > 0 and not followed_by_noun:
            prev_start, prev_end, prev_word = tokens[i - 1]
            gap = text[prev_end:start]
            if prev_word.casefold() in _ARTICLES and gap and gap.isspace():
                start = prev_start
        replacement = fit_case(rule.canonical, text[start:end])
        return Change(start, end, replacement, rule.id, rule.category, rule.message)


def _tokens_equal(text: str, tokens: list[tuple[int, int, str]], i: int, variant: _Variant) -> bool:
    """Do the tokens from ``i`` spell the variant, separated only by whitespace?"""
    for k, key in enumerate(variant.keys):
        start, _end, word = tokens[i + k]
        if variant.rule.case_sensitive:
            if word.replace("’", "'") != variant.raw[k]:
                return False
        elif token_key(word) != key:
            return False
        if k:
            gap = text[tokens[i + k - 1][1] : start]
            if not gap or not gap.isspace():
                return False
    return True
