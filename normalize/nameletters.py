"""Whether two romanised surnames can be one Arabic name, consonant by consonant.

The name keys (``normalize.namekeys``) put letters MT confuses in one class, so "Belhaq" and
"Belhaj" share a key though ق and ج make two names, and they leave out y and w, so "Shehayeb"
(شهيب) shares one with "Shehab" (شهاب).  That is right for finding candidates; for offering a
lone surname with no evidence as someone's name misspelt it is too loose.  Here each consonant
is read as the Arabic letters it may stand for (``surname_letters`` in rules/language/names.yaml)
and two spellings match only if every consonant, in order, can be the same letter.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import regex

from .lexicon import compiled_from
from .namecompare import plain

_VOWELS = frozenset("aeiou")


class Letters:
    """The spellings of consonants and the Arabic letters each may stand for."""

    def __init__(self, table: Mapping[str, str]) -> None:
        self.table = {k.casefold(): frozenset(v) for k, v in table.items()}
        pieces = sorted(self.table, key=len, reverse=True)
        self.pattern = regex.compile("|".join(regex.escape(p) for p in pieces) or r"(?!)")

    def consonants(self, name: str) -> list[frozenset[str]]:
        """The Arabic letters each consonant of ``name`` may be, in order (vowels and glides left out)."""
        text = plain(name)
        if len(text) > 2 and text.endswith("h") and text[-2] in _VOWELS:
            text = text[:-1]  # the taa marbuta or a pause: Dbeibah, Khasawneh
        found: list[frozenset[str]] = []
        at = 0
        while at < len(text):
            char = text[at]
            glide = char in "yw" and 0 < at < len(text) - 1 and text[at - 1] in _VOWELS and text[at + 1] in _VOWELS
            if char in _VOWELS or (char in "yw" and at and not glide):
                at += 1
                continue
            match = self.pattern.match(text, at)
            if match is None:
                at += 1
                continue
            found.append(self.table[match.group()])
            at = match.end()
        return found


@compiled_from("names.yaml")
def letters(names: Mapping[str, Any]) -> Letters:
    """rules/language/names.yaml's ``surname_letters``, once per distinct data."""
    return Letters({str(k): str(v) for k, v in (names.get("surname_letters") or {}).items()})


def may_be_same_name(found: str, canonical: str) -> bool:
    """Can every consonant of ``found``, in order, be the letter of ``canonical``'s consonant there?"""
    table = letters()
    one, other = table.consonants(found), table.consonants(canonical)
    return len(one) == len(other) and all(a & b for a, b in zip(one, other, strict=True))
