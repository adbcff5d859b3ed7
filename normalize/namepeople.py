"""The gazetteer's people as the name matcher (``normalize.namematch``) sees them, and what a word may be.

Each person's canonical name is cut into given names and a surname, with their house
styles and country (``person``); the index holds the keys of every full name and surname,
built once when the rules compile, and remembers for every word it is asked about whether
it may be part of a name or a misspelt one (``Verdict``): news repeats its names.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import regex
from rapidfuzz import fuzz

from . import namewords
from .namecompare import is_misspelling, same_spelling
from .namekeys import KeyTable, name_key
from .namewords import english_word, fold, remembered
from .nisba import nisba_differs

_POSSESSIVE = regex.compile(r"['’]s?$")
_COUNTRY = regex.compile(r"([A-Z]{2})(\+?): ")
_ARTICLE = regex.compile(r"^(?i:al|el)[-\s]")
_ROMAN = regex.compile(r"[IVX]+")
_HYPHENED_ARTICLE = regex.compile(r"(?i)^(?:al|el)-")


@dataclass(frozen=True)
class Person:
    """A person of the gazetteer as the matcher sees them: the canonical name cut into parts."""

    canonical: str
    words: tuple[str, ...]
    surname: tuple[str, ...]
    #: The words of the person's house-style spellings ("Miqati" for Mikati), lower case: never repaired.
    styles: frozenset[str] = frozenset()
    #: The person's country (ISO code), or "".
    country: str = ""
    #: Another pack's rule repairs the person's listed spellings (``person``).
    deferred: bool = False
    #: The house-style spellings whole, lower case, words single-spaced: a style may join or split
    #: words ("Abdelrahim" for "Abdel Rahim"), which the word-by-word test cannot see.
    style_names: frozenset[str] = frozenset()

    @property
    def first(self) -> str:
        return self.words[0] if len(self.words) > len(self.surname) else ""


def person(spec: str, table: KeyTable) -> Person:
    """A person from "CC: canonical|style|style": given names, a surname (with its head: "Abu Rudeineh"), styles.

    "CC+:" marks a person another pack's hand-written rule repairs: the spellings it
    lists are its business (ignoring that rule leaves them alone), unseen ones are ours.
    """
    code = _COUNTRY.match(spec)
    country, deferred, names = (code.group(1), bool(code.group(2)), spec[code.end() :]) if code else ("", False, spec)
    canonical, *styles = names.split("|")
    words = tuple(w for w in canonical.split() if w.casefold() not in table.roles and not _ROMAN.fullmatch(w))
    words = words or tuple(canonical.split())
    size = 2 if len(words) > 2 and words[-2].casefold() in table.compound_heads else 1
    # a word's closing apostrophe (an ayn: "Ja'ja'") is no part of the word the text is cut into
    style_words = frozenset(
        v for style in styles for w in style.split() for v in (w.casefold(), w.casefold().rstrip("'’"))
    )
    style_names = frozenset(fold(style) for style in styles)
    return Person(canonical, words, words[-size:], style_words, country, deferred, style_names)


class NameIndex:
    """The keys of every person's full name and surname, built once when the rules compile."""

    def __init__(
        self,
        table: KeyTable,
        people: Sequence[Person],
        known: Iterable[str],
        countries: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        self.table = table
        self.countries = dict(countries or {})
        self.people = list(people)
        self.known = _with_bare(known)
        self.full: dict[str, set[int]] = defaultdict(set)
        self.surnames: dict[str, set[int]] = defaultdict(set)
        for index, one in enumerate(self.people):
            self.full[name_key(table, one.words)].add(index)
            # "Mohamed Dagalo" for "Mohamed Hamdan Dagalo"; not "Abdul al-Qanou": "Abdul" opens a first name
            if one.first and len(one.words) > len(one.surname) + 1 and one.first.casefold() not in table.compound_heads:
                self.full[name_key(table, (one.first, *one.surname))].add(index)
            if len(one.words) > 1 or len(one.canonical) > 4:
                self.surnames[name_key(table, one.surname)].add(index)
        self.canonical_words = _with_bare(w for one in self.people for w in one.words)
        #: The people with each word in their canonical name (lower case), in the order of ``people``.
        self.with_word: dict[str, list[int]] = defaultdict(list)
        for index, one in enumerate(self.people):
            for word in dict.fromkeys(w.casefold() for w in one.words):
                self.with_word[word].append(index)
        #: The key of every word of every name: a word with another key is no part of a person's name.
        self.word_keys = frozenset(table.key(w) for one in self.people for w in one.words)
        #: The key of every surname's last word: a word one misread letter from one may be it.
        self.surname_keys = frozenset(table.key(bare_word(one.surname[-1])) for one in self.people)
        #: Words of one name close to another's surname ("Naeem" al-Aboudi and Basem "Naim", Ibrahim "Kanaan"
        #: and Nasser "Kanaani"): after a first name of the other they may be that surname misspelt.
        self.shadows = _shadows(table, self.people, self.canonical_words)

        #: What each word seen so far is (``Verdict``): news repeats its names, and each costs lookups.
        self._seen: dict[str, Verdict] = {}
        self._keys: dict[str, str] = {}
        self._screened = namewords.Screen(lambda word: self.verdict(word).screened)
        self._close: dict[tuple[str, str], list[int]] = {}

    def verdict(self, word: str) -> Verdict:
        """What the word may be: part of a name, a word of no canonical name, a candidate misspelling."""
        known = self._seen.get(word)  # asked for every neighbour of every candidate: the usual case first
        return known if known is not None else remembered(self._seen, word, self._judge)

    def _judge(self, word: str) -> Verdict:
        if _MIXED_ACRONYM.search(word):
            return _ACRONYM  # "GPPi", "ISWs": an institute's or a document's short name, no misspelt person
        folded = word.casefold()
        # With the article it is Arabic ("al-Hakeem"), whatever the list says of the bare word.
        english = not _HYPHENED_ARTICLE.match(_POSSESSIVE.sub("", word)) and english_word(bare_word(word))
        listed = folded in self.known or folded in self.canonical_words
        unusual = folded not in self.canonical_words and not english
        return Verdict(
            name_like=folded not in self.table.roles and (listed or not english),
            unusual=unusual,
            candidate=unusual and not listed,
            screened=(unusual and self._key_known(bare_word(word))) or folded in self.shadows,
            canonical=folded in self.canonical_words,
            shadow=folded in self.shadows,
        )

    def _key_known(self, word: str) -> bool:
        """Is the word's key some name's word's key, as written or with one letter misread ("Nikati")?"""
        if self.table.key(word) in self.word_keys:
            return True
        return any(self.table.key(v) in self.surname_keys for v in self.table.misread(word))

    def word_key(self, word: str) -> str:
        """The word's part of a name's key (``name_key`` of the word alone), kept per word."""
        return remembered(self._keys, word, lambda one: name_key(self.table, (one,)))

    def close_surnames(self, found: str, key: str) -> list[int]:
        """The people, in order, whose surname has ``key`` and ``found`` may misspell (al-Kadhim is not al-Kadhimi).

        Kept per spelling: each person costs a letter-by-letter comparison, and news repeats its surnames.
        """
        return remembered(self._close, (found, key), self._close_surnames)

    def _close_surnames(self, found_key: tuple[str, str]) -> list[int]:
        found, key = found_key
        return [
            i
            for i in sorted(self.surnames.get(key, ()))
            if is_misspelling(self.table, found, " ".join(self.people[i].surname))
            and not nisba_differs(found, self.people[i].surname[-1])
        ]

    def screened(self, words: frozenset[str]) -> set[str]:
        """The words of ``words`` worth a look (``Verdict.screened``): most documents have none."""
        return self._screened.among(words)

    def candidate(self, word: str) -> bool:
        """Could ``word`` be a misspelt name: not a listed spelling, not an English word?"""
        return self.verdict(word).candidate

    def unusual(self, word: str) -> bool:
        """Not a word of a canonical name and not an English word: a full name with it may be misspelt."""
        return self.verdict(word).unusual

    def name_like(self, word: str) -> bool:
        """Can ``word`` be part of a name (not a role word, not an English word unless a name has it)?"""
        return self.verdict(word).name_like


#: Capitals in a row and a lower-case letter in one word: an acronym written with its own case ("GPPi").
_MIXED_ACRONYM = regex.compile(r"\p{Lu}\p{Lu}.*\p{Ll}|\p{Ll}.*\p{Lu}\p{Lu}")


@dataclass(frozen=True)
class Verdict:
    name_like: bool
    unusual: bool
    candidate: bool
    #: Unusual and with the key of some word of some person's name, or a shadow: worth a look.
    screened: bool
    #: A word of some person's canonical name ("Najib", "Mikati").
    canonical: bool
    #: A name's word close to another person's surname ("Naeem", "Kanaan"): maybe that surname after a first name.
    shadow: bool = False


def _shadows(table: KeyTable, people: Sequence[Person], canonical: frozenset[str]) -> frozenset[str]:
    """The words of names that another person's surname word has the key of and is close to, not the same."""
    by_key: dict[str, set[str]] = defaultdict(set)
    for one in people:
        for word in one.surname:
            by_key[table.key(bare_word(word))].add(bare_word(word).casefold())
    found = set()
    for word in canonical:
        bare = bare_word(word)
        for other in by_key.get(table.key(bare), ()):
            close = fuzz.ratio(table.light(bare), table.light(other)) >= table.min_similarity
            if close and other != bare.casefold() and not same_spelling(table, bare, other):
                found.add(word)
    return frozenset(found)


def _with_bare(words: Iterable[str]) -> frozenset[str]:
    """The words in lower case, and those with the article also without it ("al-Houthi", "houthi")."""
    folded = {w.casefold() for w in words}
    return frozenset(folded | {_ARTICLE.sub("", w) for w in folded})


def bare_word(word: str) -> str:
    """The word without a possessive ending and without the article."""
    word = _POSSESSIVE.sub("", word)
    return _HYPHENED_ARTICLE.sub("", word)


_ACRONYM = Verdict(name_like=False, unusual=False, candidate=False, screened=False, canonical=False)
