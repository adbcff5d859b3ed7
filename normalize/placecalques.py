"""The literal renderings of a gazetteer place's name: which Arabic words it is made of, and its calques.

Machine translation renders a compositional place name word by word, whole or half: Umm Qasr
(أم قصر) comes out "Mother of Palaces" or "Umm Palaces", Ain al-Asad "Eye of the Lion" or "Ain
Lion", Sadr City (مدينة الصدر) "City of Sadr".  ``place_name`` finds the name in Arabic words
that the renderings are built on, ``renderings`` builds them with ``normalize.calques`` from the
calque table's words and its place words (``rules/gazetteer/calque_words.yaml``), so that every
place of the gazetteer made of such words brings its renderings with it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from .calque_table import ARTICLES, CalqueTable, Word, without_al, word_key
from .calques import Calque, place_calques

_TABLES: dict[int, tuple[CalqueTable, CalqueTable]] = {}


@dataclass(frozen=True)
class PlaceName:
    """A place's name in Arabic words ("Umm Qasr", "Madinat al-Sadr") and the English words closing it ("crossing")."""

    words: str
    suffix: str = ""

    @property
    def takes_no_article(self) -> bool:
        """ "in Umm Qasr", "in Sadr City"; but "the Bab al-Hawa crossing"."""
        return not self.suffix


def place_table(table: CalqueTable) -> CalqueTable:
    """The calque table with its place words among its words (built once per table)."""
    cached = _TABLES.get(id(table))
    if cached is not None and cached[0] is table:
        return cached[1]
    words: dict[str, Word] = {**table.words, **table.place_words}
    by_arabic: dict[str, str] = {}
    for key, word in words.items():
        if " " not in word.arabic:
            by_arabic.setdefault(without_al(word.arabic), key)
    merged = dataclasses.replace(table, words=words, by_arabic=by_arabic, suffixes=frozenset())
    _TABLES[id(table)] = (table, merged)
    return merged


def place_name(canonical: str, arabic: str, table: CalqueTable) -> PlaceName | None:
    """The name in Arabic words that a place's renderings are built on; None for a name not made of them.

    A name opening with a word of the table is its own ("Jisr al-Shughur"); one ending in an English
    head that renders the first word of its Arabic is put back in Arabic order ("Sadr City", مدينة
    الصدر: "Madinat al-Sadr").  English words closing it ("crossing") are kept apart.
    """
    merged = place_table(table)
    tokens = canonical.split()
    suffix: list[str] = []
    while len(tokens) > 1 and tokens[-1].casefold() in table.place_suffixes:
        suffix.insert(0, tokens.pop())
    if not tokens:
        return None
    derived = _head_put_back(tokens, arabic, merged)
    if derived:
        return PlaceName(derived, " ".join(suffix))
    if word_key(tokens[0]) not in table.place_words or len(tokens) < 2:
        return None
    return PlaceName(" ".join(tokens), " ".join(suffix))


def _head_put_back(tokens: Sequence[str], arabic: str, table: CalqueTable) -> str:
    """ "Sadr City" (مدينة الصدر) as "Madinat al-Sadr": the last word renders the Arabic's first."""
    words = arabic.split()
    if len(tokens) < 2 or len(words) < 2:
        return ""
    key = table.by_arabic.get(without_al(words[0]))
    if key is None or tokens[-1].casefold() not in {e.casefold() for e in table.words[key].english}:
        return ""
    rest = list(tokens[:-1])
    if words[1].startswith("ال") and not rest[0].casefold().startswith(ARTICLES):
        rest[0] = f"al-{rest[0]}"
    return " ".join([key.capitalize(), *rest])


def renderings(canonical: str, arabic: str, table: CalqueTable, english: frozenset[str]) -> list[Calque]:
    """The place's literal and half-literal renderings, each with the English words closing its name."""
    name = place_name(canonical, arabic, table)
    if name is None:
        return []
    found = place_calques(name.words, place_table(table), english)
    if not name.suffix:
        return found
    return [dataclasses.replace(c, text=f"{c.text} {name.suffix}") for c in found]
