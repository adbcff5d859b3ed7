"""The nisba: the Arabic suffix -ī that makes a name of a place, a tribe or a forebear.

al-Basri is "of Basra", al-Husseini "of the house of Hussein", al-Kadhimi another family
than the Imam al-Kadhim.  A word with the suffix and one without it are two names, not two
spellings of one, however close their letters: a matcher that maps "Abu Ali al-Basri" to
Basra or "Hussein el-Husseini" to Hussein Hajj Hassan destroys a name.  Machine translation
writes the suffix -i, -y or -ee, and keeps it; it does not drop or add it.  The endings are
data (``nisba_endings``, ``nisba_short_endings`` in ``rules/language/names.yaml``).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

import regex

from .lexicon import compiled_from

_POSSESSIVE = regex.compile(r"['’]s?$")
_LAST_WORD = regex.compile(r"[\p{L}]+$")


@compiled_from("names.yaml")
def _endings(data: Mapping[str, Any]) -> tuple[str, ...]:
    return tuple(str(data["nisba_endings"]).split())


@compiled_from("names.yaml")
def _short(data: Mapping[str, Any]) -> tuple[tuple[str, ...], int]:
    return tuple(str(data["nisba_short_endings"]).split()), int(data["nisba_short_min"])


def _has_nisba(name: str) -> bool:
    last = _last_word(name)
    return len(last) >= 4 and last.casefold().endswith(_endings())


def _either(name: str) -> bool:
    """Does the name end in the feminine suffix written short (-ia), which may be no suffix at all?"""
    endings, least = _short()
    last = _last_word(name)
    return len(last) >= least and last.casefold().endswith(endings)


@functools.lru_cache(maxsize=1 << 14)
def _last_word(name: str) -> str:
    """The name's last word, without a possessive ending ("" for none): kept, as names recur."""
    last = _LAST_WORD.search(_POSSESSIVE.sub("", name.strip()))
    return "" if last is None else last.group()


def nisba_differs(found: str, canonical: str) -> bool:
    """Does one of the two names end in a nisba and the other not (al-Basri and Basra)?

    A name ending in -ia (Ismailia) may be read either way, so it differs from neither.
    """
    if _either(found) or _either(canonical):
        return False
    return _has_nisba(found) != _has_nisba(canonical)


@compiled_from("names.yaml")
def _case_endings(data: Mapping[str, Any]) -> tuple[str, ...]:
    return tuple(str(data["case_endings"]).split())


def declined(found: str, canonical: str) -> bool:
    """Is ``found`` the name with a case ending another language declines it with ("Baghdadu")?

    An old form an encyclopaedia cites (Akkadian "Baghdadu", "Bagh-dadu") or Arabic's own
    nominative is another word than the name: machine translation does not add a case ending
    to a name that ends in a consonant, so the name is not respelt towards the modern form.
    """
    letters, name = _letters(found), _letters(canonical)
    if not name or name[-1] in "aeiouy":
        return False
    return any(letters == name + ending for ending in _case_endings())


def _letters(name: str) -> str:
    return "".join(ch for ch in name.casefold() if ch.isalpha())
