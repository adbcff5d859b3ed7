"""The calque word table (``rules/gazetteer/calque_words.yaml``), read and checked.

The words Arabic names are made of, each with the literal English MT gives it, and the lists
around them (country context, outlet nouns and cues, English senses, bare frames, unnamed
calques, people's name words that are common words too).  ``normalize.calques`` builds the
renderings from it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

#: The article as names write it, the assimilated forms too ("An-Nahar", "Ad-Diyar", "Ash-Sharq").
ARTICLES = (
    "al-", "el-", "al ", "el ", "an-", "ad-", "as-", "ash-", "ar-", "at-", "az-", "ath-", "adh-",
    "en-", "ed-", "es-", "esh-", "er-", "et-", "ez-",
)  # fmt: skip


class CalqueTableError(ValueError):
    """The calque word table is malformed; the message says where."""


@dataclass(frozen=True)
class Word:
    """One word of names: its Arabic, its literal English renderings, and whether it is an adjective."""

    arabic: str
    english: tuple[str, ...]
    adjective: bool = False


@dataclass(frozen=True)
class CalqueTable:
    """``rules/gazetteer/calque_words.yaml``, checked."""

    words: Mapping[str, Word]
    country_context: Mapping[str, tuple[str, ...]]
    media_nouns: tuple[str, ...] = ()
    suffixes: frozenset[str] = frozenset()
    common_words: int = 3000
    english_heads: frozenset[str] = frozenset()
    max_calques: int = 16
    #: Each Arabic word of the table (without the article) and its key, for names read from their Arabic.
    by_arabic: Mapping[str, str] = dataclasses.field(default_factory=dict)
    #: The words that cite an outlet as a source: before its name ("according to", "told") and after
    #: its noun ("reported", "said"); an outlet's rendering in English words is its name only there.
    cues_before: tuple[str, ...] = ()
    cues_after: tuple[str, ...] = ()
    #: A word of English names, the Arabic word it renders, and the other senses MT gives that word
    #: ("Action", عمل: "Labor", "Work"): "Islamic Action Front" comes out "Islamic Labor Front".
    senses: tuple[tuple[str, str, tuple[str, ...]], ...] = ()
    #: Outlet nouns that also name a place ("site"): a rendering takes one only after it ("the site of
    #: Writings"), since "the Pyramids site" is a place in Giza.
    place_nouns: frozenset[str] = frozenset()
    #: A body cited by its distinctive word alone ("a delegation representing the conquest"): the words
    #: before and the links that frame it, the words it may stand before, and renderings never taken.
    bare: BareFrames = dataclasses.field(default_factory=lambda: BareFrames())
    #: Which lower-case calques name a body by themselves, where the document names neither it nor its country.
    unnamed: UnnamedCalques = dataclasses.field(default_factory=lambda: UnnamedCalques())
    #: People's name words that are Arabic words too, and what MT makes of them ("Saeed": "Happy").
    name_senses: Mapping[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    #: Which English names MT renders in Arabic's head-first order (``normalize.construct``).
    construct: ConstructState = dataclasses.field(default_factory=lambda: ConstructState())
    #: The words of place names ("umm": Mother, "ain": Eye), read apart from ``words`` so that no
    #: organisation's calques change (``normalize.calques.place_calques`` uses both).
    place_words: Mapping[str, Word] = dataclasses.field(default_factory=dict)
    #: English words that close a place's name ("crossing", "base"), casefolded.
    place_suffixes: frozenset[str] = frozenset()
    #: The words just before or just after a place's rendering of English words that make it a place.
    place_cues_before: frozenset[str] = frozenset()
    place_cues_after: frozenset[str] = frozenset()
    #: People's name words by their Arabic (without the article), and the English MT gives them:
    #: keyed by the Arabic because one romanisation spells two words ("Hakim": حكيم wise, حاكم ruler).
    name_words: Mapping[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)


@dataclass(frozen=True)
class ConstructState:
    """``construct_state`` of the table: the heads and adjectives Arabic's order moves (casefolded)."""

    heads: frozenset[str] = frozenset()
    not_heads: frozenset[str] = frozenset()
    adjectives: frozenset[str] = frozenset()
    #: English names of bodies outside the gazetteer that a rendering may be ("Supreme Federal Court"):
    #: such a rendering is flagged, never repaired.
    english_names: frozenset[str] = frozenset()


@dataclass(frozen=True)
class UnnamedCalques:
    """``unnamed_calques`` of the table: a calque no English phrase reads like, repaired in machine translation.

    ``heads``: heads English never gives a body ("current" for tayyar); ``common_words``: a word among
    so many of the commonest English words has an ordinary reading beside a head ("the reform party").
    """

    heads: frozenset[str] = frozenset()
    common_words: int = 3000
    #: Rarer words that still read as plain English beside a head ("the noble movement").
    ordinary: frozenset[str] = frozenset()


@dataclass(frozen=True)
class BareFrames:
    """``bare_names`` of the table: where a body's distinctive word alone names it."""

    before: tuple[str, ...] = ()
    links: tuple[str, ...] = ()
    after: tuple[str, ...] = ()
    never: frozenset[str] = frozenset()


def load_calque_table(data: Any) -> CalqueTable:
    """Build the table from the YAML's data, raising ``CalqueTableError`` on anything malformed."""
    if not isinstance(data, Mapping) or not isinstance(data.get("words"), Mapping):
        raise CalqueTableError("the calque table must be a mapping with a 'words' mapping")
    words = _words(data["words"])
    words.update({k: v for k, v in _words(data.get("more_words") or {}).items() if k not in words})
    place_words = _words(data.get("place_words") or {})
    place_suffixes = data.get("place_suffixes") or []
    context = data.get("country_context") or {}
    if not isinstance(context, Mapping):
        raise CalqueTableError("'country_context' must map a country code to words")
    nouns, suffixes = data.get("media_nouns") or [], data.get("name_suffixes") or []
    heads = data.get("english_heads") or []
    cues = data.get("source_cues") or {}
    if not isinstance(cues, Mapping):
        raise CalqueTableError("'source_cues' must map 'before' and 'after' to words")
    before, after = cues.get("before") or [], cues.get("after") or []
    places = data.get("place_nouns") or []
    checked = (
        ("media_nouns", nouns), ("name_suffixes", suffixes), ("english_heads", heads), ("place_nouns", places),
        ("place_suffixes", place_suffixes),
    )  # fmt: skip
    for key, value in (*checked, ("source_cues: before", before), ("source_cues: after", after)):
        if not isinstance(value, list) or not all(isinstance(n, str) for n in value):
            raise CalqueTableError(f"'{key}' must list words")
    return CalqueTable(
        words,
        {str(code): tuple(map(str, names)) for code, names in context.items()},
        tuple(nouns),
        frozenset(s.casefold() for s in suffixes),
        _count(data, "common_words", 3000),
        frozenset(h.casefold() for h in heads),
        _count(data, "max_calques", 16),
        _by_arabic(words),
        tuple(before),
        tuple(after),
        _senses(data.get("english_senses") or {}),
        frozenset(p.casefold() for p in places),
        _bare_frames(data.get("bare_names") or {}),
        _unnamed(data.get("unnamed_calques") or {}),
        _name_senses(data.get("name_senses") or {}),
        _construct(data.get("construct_state") or {}),
        place_words,
        frozenset(s.casefold() for s in place_suffixes),
        *_place_cues(data.get("place_cues") or {}),
        name_words=_name_words(data.get("name_words") or {}),
    )


def _place_cues(data: Any) -> tuple[frozenset[str], frozenset[str]]:
    if not isinstance(data, Mapping):
        raise CalqueTableError("'place_cues' must map 'before' and 'after' to words")
    lists = [data.get(key) or [] for key in ("before", "after")]
    if not all(isinstance(v, list) and all(isinstance(w, str) and w.strip() for w in v) for v in lists):
        raise CalqueTableError("'place_cues: before' and 'place_cues: after' must list words")
    before, after = (frozenset(w.casefold() for w in v) for v in lists)
    return before, after


def _words(data: Any) -> dict[str, Word]:
    """A mapping of words (``words``, ``place_words``), checked: each with its Arabic and renderings."""
    if not isinstance(data, Mapping):
        raise CalqueTableError("a word table must map each word to its 'ar' and 'en'")
    words: dict[str, Word] = {}
    for key, item in data.items():
        if not isinstance(item, Mapping) or not isinstance(item.get("ar"), str):
            raise CalqueTableError(f"word '{key}' needs 'ar' (its Arabic) and 'en' (its renderings)")
        english = item.get("en")
        if not isinstance(english, list) or not english or not all(isinstance(e, str) for e in english):
            raise CalqueTableError(f"word '{key}': 'en' must list at least one rendering")
        if item.get("pos", "noun") not in ("noun", "adj"):
            raise CalqueTableError(f"word '{key}': 'pos' must be noun or adj")
        words[word_key(str(key))] = Word(item["ar"], tuple(english), item.get("pos") == "adj")
    return words


def _construct(data: Any) -> ConstructState:
    if not isinstance(data, Mapping):
        raise CalqueTableError("'construct_state' must map its keys to lists of words")
    lists = {key: data.get(key) or [] for key in ("heads", "not_heads", "adjectives", "english_names")}
    for key, value in lists.items():
        if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
            raise CalqueTableError(f"'construct_state: {key}' must list words")
    heads, not_heads, adjectives, names = (frozenset(w.casefold() for w in lists[k]) for k in lists)
    return ConstructState(heads, not_heads, adjectives, names)


def _name_senses(data: Any) -> dict[str, tuple[str, ...]]:
    """``name_senses``: a romanised name word and the English MT gives it."""
    return _renderings(data, "name_senses", "a name word", word_key)


def _name_words(data: Any) -> dict[str, tuple[str, ...]]:
    """``name_words``: an Arabic name word (without its article) and the English MT gives it."""
    return _renderings(data, "name_words", "an Arabic name word", without_al)


def _renderings(data: Any, key: str, what: str, keyed: Callable[[str], str]) -> dict[str, tuple[str, ...]]:
    """A table of words and their English renderings, checked, each word under ``keyed(word)``."""
    if not isinstance(data, Mapping):
        raise CalqueTableError(f"'{key}' must map {what} to its English renderings")
    out: dict[str, tuple[str, ...]] = {}
    for word, english in data.items():
        if not isinstance(english, list) or not english or not all(isinstance(e, str) and e for e in english):
            raise CalqueTableError(f"{key}: '{word}' must list its English renderings")
        out[keyed(str(word))] = tuple(english)
    return out


def _unnamed(data: Any) -> UnnamedCalques:
    if not isinstance(data, Mapping):
        raise CalqueTableError("'unnamed_calques' must map 'heads' to words and 'common_words' to a number")
    lists: dict[str, frozenset[str]] = {}
    for key in ("heads", "ordinary"):
        value = data.get(key) or []
        if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
            raise CalqueTableError(f"'unnamed_calques: {key}' must list words")
        lists[key] = frozenset(w.casefold() for w in value)
    return UnnamedCalques(lists["heads"], _count(data, "common_words", 3000), lists["ordinary"])


def _bare_frames(data: Any) -> BareFrames:
    if not isinstance(data, Mapping):
        raise CalqueTableError("'bare_names' must map 'before', 'links', 'after' and 'never' to words")
    lists: dict[str, tuple[str, ...]] = {}
    for key in ("before", "links", "after", "never"):
        value = data.get(key) or []
        if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
            raise CalqueTableError(f"'bare_names: {key}' must list words")
        lists[key] = tuple(value)
    return BareFrames(lists["before"], lists["links"], lists["after"], frozenset(w.casefold() for w in lists["never"]))


def _senses(data: Any) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    if not isinstance(data, Mapping):
        raise CalqueTableError("'english_senses' must map an English word to its Arabic and other senses")
    out: list[tuple[str, str, tuple[str, ...]]] = []
    for word, item in data.items():
        english = item.get("en") if isinstance(item, Mapping) else None
        if not isinstance(item, Mapping) or not isinstance(item.get("ar"), str) or not item["ar"].strip():
            raise CalqueTableError(f"english_senses: '{word}' needs 'ar' (the Arabic word it renders)")
        if not isinstance(english, list) or not english or not all(isinstance(e, str) and e for e in english):
            raise CalqueTableError(f"english_senses: '{word}': 'en' must list the other senses")
        out.append((str(word), item["ar"].strip(), tuple(english)))
    return tuple(out)


def _by_arabic(words: Mapping[str, Word]) -> dict[str, str]:
    """Each Arabic word (without the article) and the first key that has it."""
    out: dict[str, str] = {}
    for key, word in words.items():
        if " " not in word.arabic:
            out.setdefault(without_al(word.arabic), key)
    return out


def without_al(arabic: str) -> str:
    return arabic[2:] if arabic.startswith("ال") and len(arabic) > 3 else arabic


def _count(data: Mapping[str, Any], key: str, default: int) -> int:
    value = data.get(key, default)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise CalqueTableError(f"'{key}' must be a whole number")
    return value


def word_key(word: str) -> str:
    """A romanised word as the table keys it: lower case, no article, no apostrophes or hyphens."""
    lowered = word.casefold()
    for article in ARTICLES:
        if lowered.startswith(article) and len(lowered) > len(article):
            lowered = lowered[len(article) :]
            break
    return lowered.replace("'", "").replace("’", "").replace("ʿ", "").replace("-", "")
