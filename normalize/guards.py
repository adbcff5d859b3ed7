"""Guards for grammar: a doubled particle written on purpose, and possessives of renamed names.

"Log in in the morning" is a phrasal verb ("log in") followed by a preposition ("in
the morning"); collapsing it to "Log in the morning" changes the sentence.  The verbs
are data (``rules/language/guards.yaml``): a deletion of a doubled particle stands only
where the word before the first copy is not one of the verbs that take it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import regex

from .lexicon import compiled_from
from .model import Change

_WORDS = regex.compile(r"[\p{L}'’-]+")


@compiled_from("guards.yaml")
def _particle_verbs(data: Mapping[str, Any]) -> dict[str, frozenset[str]]:
    return {
        particle.casefold(): frozenset(verb.casefold() for verb in verbs)
        for particle, verbs in data["particle_verbs"].items()
    }


def keep_phrasal_particles(text: str, changes: list[Change]) -> list[Change]:
    """The repeat stage's deletions, without those that would merge a phrasal verb's particle with a preposition."""
    verbs = _particle_verbs()
    kept = []
    for change in changes:
        removed = text[change.start : change.end].strip().casefold()
        if removed in verbs:
            words = _WORDS.findall(text, max(0, change.start - 80), change.start)
            if len(words) >= 2 and words[-1].casefold() == removed and words[-2].casefold() in verbs[removed]:
                continue
        kept.append(change)
    return kept


@compiled_from("guards.yaml")
def _plural_names(data: Mapping[str, Any]) -> frozenset[str]:
    return frozenset(data["plural_names"])


_POSSESSIVE_S = regex.compile(r"['’]s(?![\p{L}\p{N}])")
_BARE_APOSTROPHE = regex.compile(r"['’](?![\p{L}\p{N}])")


def fit_possessive(text: str, start: int, end: int, replacement: str) -> tuple[int, str]:
    """The end and replacement of a renaming that keeps the possessive after it grammatical.

    "Popular Crowd's" renamed "Popular Mobilization Forces" takes "Forces'", and "the
    Hezbollah Brigades' spokesman" renamed "Kata'ib Hezbollah" takes "Hezbollah's": the
    apostrophe (and its "s") become part of the edit.
    """
    last_word = replacement.rsplit(" ", 1)[-1]
    following = _POSSESSIVE_S.match(text, end)
    if following is not None and last_word in _plural_names():
        return following.end(), replacement + following.group()[0]
    bare = _BARE_APOSTROPHE.match(text, end)
    if bare is not None and text[start:end].endswith("s") and not replacement.endswith("s"):
        return bare.end(), replacement + bare.group() + "s"
    return end, replacement
