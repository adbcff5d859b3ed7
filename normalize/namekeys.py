"""Keys under which the spellings MT gives one name fall together (``rules/gazetteer/name_keys.yaml``).

Machine translation romanises a name afresh each time: نجيب ميقاتي comes out as
Mikati, Miqati or Mikaty, الدبيبة as Dbeibah, Dbaiba or Dabaiba.  The variants the
gazetteer generates letter by letter (``normalize.translit``) stop at two changes; the
rest differ in the vowels MT guesses, in the letter it picks for ق or ج, in a doubled
consonant.  ``key`` reduces a word to what those choices leave alone (its consonants,
in classes); ``light`` keeps the vowels, folded, to tell near spellings (Mikaty,
Mikati) from other names that happen to share the consonants (Hassan, Hussein).

The module is pure: a ``KeyTable`` from the YAML data, and functions of words.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import regex

from .namewords import without_marks

_VOWELS = frozenset("aeiou")
_APOSTROPHES = regex.compile(r"['’ʿʾ`‘]")
_SPACES = regex.compile(r"[\s\-]+")
_DOUBLED = regex.compile(r"(.)\1+")


class KeyTableError(ValueError):
    """The key table is malformed; the message says where."""


@dataclass(frozen=True, eq=False)
class KeyTable:
    """``name_keys.yaml``, checked."""

    articles: tuple[str, ...]
    glued_articles: tuple[str, ...]
    glued_min_rest: int
    prefixes: tuple[tuple[str, str], ...]
    consonants: tuple[tuple[str, str], ...]
    vowels: tuple[tuple[str, str], ...]
    final_h: bool
    min_similarity: float
    review_similarity: float
    min_key_for_role: int
    role_reach: int
    roles: frozenset[str]
    connectors: frozenset[str]
    compound_heads: frozenset[str]
    #: Pieces of names and the spellings house styles give them (mohammed: mohammad), from the
    #: transliteration table's whole words: "al-Mohammadawi" is a house style of "al-Mohammedawi".
    style_words: tuple[tuple[str, str], ...] = ()
    #: Words that make the name beside them a place's, not a person's: before it ("Jabal Mukaber")
    #: or after it ("Sakhir Palace").
    place_heads_before: frozenset[str] = frozenset()
    place_heads_after: frozenset[str] = frozenset()
    #: Plural heads of a list of places ("the wilayats of Khasab, Nakhal and Sur"): each item is a place.
    place_list_heads: frozenset[str] = frozenset()
    #: Geographic heads after a name ("Al Sharqiyah Sands", "... South Governorate"): that region, no body.
    region_heads: frozenset[str] = frozenset()
    #: Consonants whose doubling is a spelling convention, not a shadda ("Hassan", "Youssef": ss keeps the s
    #: unvoiced): written single they are a house style; any other doubled consonant written single is a
    #: shadda MT dropped ("al-Abasi" for al-Abbasi), ``namecompare.dropped_double``.
    conventional_doubles: frozenset[str] = frozenset()
    #: Letters a scan or a typist misreads for one another ("Nikati" for Mikati, "rn" for "m"): a surname
    #: one such change from a person's, after their given names as written, is that person's.
    misread_letters: tuple[tuple[str, str], ...] = ()

    def misread(self, word: str) -> tuple[str, ...]:
        """The word with one letter group of ``misread_letters`` read as its pair, lower case."""
        return _misread(self, word) if self.misread_letters else ()

    @functools.cached_property
    def _consonant_pattern(self) -> regex.Pattern[str]:
        return _alternation(self.consonants)

    @functools.cached_property
    def _vowel_pattern(self) -> regex.Pattern[str]:
        return _alternation(self.vowels)

    def key(self, word: str) -> str:
        """The consonant skeleton of a word or name: what the usual romanisation choices leave alone."""
        return _key(self, word)

    def light(self, word: str) -> str:
        """The word with its consonants in classes and its vowels folded, for a similarity measure."""
        return _light(self, word)


def load_key_table(data: Any) -> KeyTable:
    """The table from the YAML's data; ``KeyTableError`` names what is wrong."""
    if not isinstance(data, Mapping):
        raise KeyTableError("the name key table must be a mapping")
    similarity, review = _percent(data, "min_similarity"), _percent(data, "review_similarity")
    return KeyTable(
        articles=tuple(sorted((s.casefold() for s in _strings(data, "articles")), key=len, reverse=True)),
        glued_articles=tuple(s.casefold() for s in _strings(data, "glued_articles")),
        glued_min_rest=_count(data, "glued_min_rest"),
        prefixes=_pairs(data, "prefixes"),
        consonants=_pairs(data, "consonants"),
        vowels=_pairs(data, "vowels"),
        final_h=bool(data.get("final_h", False)),
        min_similarity=similarity,
        review_similarity=review,
        min_key_for_role=_count(data, "min_key_for_role"),
        role_reach=_count(data, "role_reach"),
        roles=frozenset(s.casefold() for s in _strings(data, "roles")),
        connectors=frozenset(s.casefold() for s in _strings(data, "connectors")),
        compound_heads=frozenset(s.casefold() for s in _strings(data, "compound_heads")),
        style_words=_pairs(data, "style_words"),
        place_heads_before=frozenset(s.casefold() for s in _strings(data, "place_heads_before")),
        place_heads_after=frozenset(s.casefold() for s in _strings(data, "place_heads_after")),
        place_list_heads=frozenset(s.casefold() for s in _strings(data, "place_list_heads")),
        region_heads=frozenset(s.casefold() for s in _strings(data, "region_heads")),
        conventional_doubles=frozenset(s.casefold() for s in _strings(data, "conventional_doubles")),
        misread_letters=_pairs(data, "misread_letters"),
    )


def _percent(data: Mapping[str, Any], name: str) -> float:
    value = data.get(name)
    if not isinstance(value, int | float) or isinstance(value, bool) or not 0 < value <= 100:
        raise KeyTableError(f"'{name}' must be a number from 1 to 100")
    return float(value)


def _strings(data: Mapping[str, Any], name: str) -> list[str]:
    value = data.get(name) or []
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise KeyTableError(f"'{name}' must be a list of strings")
    return value


def _count(data: Mapping[str, Any], name: str) -> int:
    value = data.get(name)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise KeyTableError(f"'{name}' must be a whole number")
    return value


def _pairs(data: Mapping[str, Any], name: str) -> tuple[tuple[str, str], ...]:
    value = data.get(name) or []
    pairs: list[tuple[str, str]] = []
    for item in value if isinstance(value, list) else [None]:
        if not (isinstance(item, list) and len(item) == 2 and all(isinstance(v, str) for v in item) and item[0]):
            raise KeyTableError(f"'{name}' must list [from, to] pairs of strings, not {item!r}")
        pairs.append((item[0].casefold(), item[1].casefold()))
    return tuple(pairs)


def _alternation(pairs: Sequence[tuple[str, str]]) -> regex.Pattern[str]:
    """One pattern for every piece of the pairs, longest first, so that "sh" wins over "s"."""
    pieces = sorted({p for p, _ in pairs}, key=lambda p: (-len(p), p))
    return regex.compile("|".join(regex.escape(p) for p in pieces)) if pieces else regex.compile(r"(?!)")


def _base(table: KeyTable, word: str) -> str:
    """Lower case, no marks or apostrophes, no article, compound openings in one form, doubles single."""
    text = _APOSTROPHES.sub("", without_marks(word).casefold())
    for article in table.articles:
        if text.startswith(article) and len(text) > len(article):
            text = text[len(article) :]
            break
    else:
        text = _unglued(table, text)
    for opening, form in table.prefixes:
        if text.startswith(opening):  # "Abdul" alone too: "Abdul Latif" is "Abdullatif"
            text = form + text[len(opening) :]
            break
    text = _DOUBLED.sub(r"\1", _SPACES.sub("", text))
    if table.final_h and len(text) > 2 and text.endswith("h") and text[-2] in _VOWELS:
        text = text[:-1]
    return text


def _unglued(table: KeyTable, text: str) -> str:
    for article in table.glued_articles:
        rest = text[len(article) :]
        if text.startswith(article) and len(rest) >= table.glued_min_rest and rest[0] not in _VOWELS | {"l"}:
            return rest
    return text


def _classes(table: KeyTable, text: str) -> str:
    """The consonants in their classes; a w or y that opens the word stays a consonant."""
    head = text[:1] if text[:1] in ("w", "y") else ""
    body = text[len(head) :]
    mapping = dict(table.consonants)
    return head + table._consonant_pattern.sub(lambda m: mapping[m.group()], body)


@functools.lru_cache(maxsize=1 << 14)
def _light_cached(table: KeyTable, word: str) -> str:
    text = _classes(table, _base(table, word))
    head = text[:1] if text[:1] in ("w", "y") else ""
    mapping = dict(table.vowels)
    folded = head + table._vowel_pattern.sub(lambda m: mapping[m.group()], text[len(head) :])
    return _DOUBLED.sub(r"\1", folded)


def _light(table: KeyTable, word: str) -> str:
    return _light_cached(table, word)


@functools.lru_cache(maxsize=1 << 14)
def _key(table: KeyTable, word: str) -> str:
    """The light form without its vowels; a word that opens with a vowel keeps one "a" for it."""
    light = _light(table, word)
    head = light[:1]
    opening = "a" if head in _VOWELS else head
    rest = "".join(c for c in light[1:] if c not in _VOWELS and c not in "wy")
    return opening + rest if light else ""


@functools.lru_cache(maxsize=1 << 14)
def _misread(table: KeyTable, word: str) -> tuple[str, ...]:
    lowered = word.casefold()
    out: list[str] = []
    for seen, meant in table.misread_letters:
        at = lowered.find(seen)
        while at != -1:
            out.append(lowered[:at] + meant + lowered[at + len(seen) :])
            at = lowered.find(seen, at + 1)
    return tuple(dict.fromkeys(out))


def name_key(table: KeyTable, words: Sequence[str]) -> str:
    """The key of a name of several words: the keys of its words, articles and spaces left out."""
    return "".join(table.key(w) for w in words if w.casefold() not in ("al", "el"))
