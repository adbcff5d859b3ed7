"""A known person's surname written alone later in a text that named them in full.

MT writes a name the same odd way all through a text: "Nouri Al Malki ... Al Malki added",
"Hussein Amir Abdullahian ... Amir Abdullahian said".  Alone, "Al Malki" is Riyad al-Malki's
surname as much as a misspelling of Nouri al-Maliki's, and "Amir Abdullahian" is two words
no surname lookup takes; once the text has named one person in full (a first name of theirs
and a surname close to theirs, as written or already repaired), the surname written alone
later is theirs.  Nothing is done where the text names in full two people whose surnames it
may be, where the surname follows another capitalised word (another first name: "Riyad Al
Malki"), or where it is already spelt as the gazetteer has it.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import regex
from rapidfuzz import fuzz

from .namecompare import same_spelling
from .namekeys import KeyTable, name_key
from .namepeople import NameIndex, Person, bare_word
from .nisba import nisba_differs
from .terms import fit_case

#: One to three name words: capitalised, or lower-case with the article ("al-Maliki"), or "Al" apart.
_SURNAME = r"(?:(?:Al|El) )?(?:\p{Lu}|(?:al|el)-\p{Lu})[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*"
_RUN = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}'’-])(\p{{Lu}}[\p{{L}}\p{{M}}'’]*) ({_SURNAME}(?: {_SURNAME})?)(?![\p{{L}}\p{{M}}])"
)
#: Where a run can start: a capitalised word not glued to a letter, mark, apostrophe or hyphen before it.
_FIRST = regex.compile(r"(?<![\p{L}\p{M}'’-])\p{Lu}[\p{L}\p{M}'’]*")
#: A surname written alone: name words not right after another capitalised word, nor before one.
_ALONE = regex.compile(
    rf"(?<!\p{{Lu}}[\p{{L}}\p{{M}}'’-]* )(?<![\p{{L}}\p{{M}}'’-])({_SURNAME}(?: {_SURNAME})?)"
    rf"(?![\p{{L}}\p{{M}}'’-]| \p{{Lu}})"
)
#: A surname opening with the article, hyphened or apart ("al-Maliki", "Al Malki").
_OPENING_ARTICLE = regex.compile(r"(?i)^(?:al|el)[- ]")
#: The article hyphened to a surname.
_ARTICLE = regex.compile(r"(?i)^(?:al|el)-")


def later_surnames(
    text: str, index: NameIndex, taken: Sequence[tuple[int, int]], repaired: set[int]
) -> list[tuple[int, int, str, str]]:
    """(start, end, repair, canonical) for each surname alone of the one person the text named in full.

    ``taken``: spans other findings hold, left to them; ``repaired``: the people whose full name a
    finding repairs.  A full name left as written ("Mohammed al-Manfi" kept) leaves its surname too.
    """
    named = _named_in_full(text, index) | repaired
    if not named:
        return []
    table = index.table
    surnames = {i: _surname_forms(index, index.people[i]) for i in named}
    out: list[tuple[int, int, str, str]] = []
    for match in _ALONE.finditer(text, overlapped=False):
        written = match.group(1)
        if any(a < match.end() and match.start() < b for a, b in taken):
            continue
        light, key = _written_forms(index, written)
        owners = {i for i, forms in surnames.items() if _close(table, light, key, forms)}
        if len(owners) != 1 or any(_first_of(index, written, index.people[i]) for i in named - owners):
            continue  # no one named, two people whose surname it may be, or another's first name ("Naeem")
        one = index.people[owners.pop()]
        surname = " ".join(one.surname)
        if same_spelling(table, written, surname) or bool(_OPENING_ARTICLE.match(written)) != bool(
            _OPENING_ARTICLE.match(surname)
        ):
            continue  # as the gazetteer has it; or an article theirs lacks, or none where theirs has one ("Kazemi")
        if nisba_differs(written, surname):
            continue  # "al-Sadri supporters" after Moqtada al-Sadr: the nisba is another word (Sadrist)
        repair = fit_case(surname, written)
        if _ARTICLE.match(repair) and not opens_sentence(text, match.start()):
            repair = repair[0].lower() + repair[1:]
        if repair != written:
            out.append((match.start(), match.end(), repair, one.canonical))
    return out


def _named_in_full(text: str, index: NameIndex) -> set[int]:
    """The people the text names by a first name of theirs and their surname as the gazetteer spells it.

    The first name may be spelt another way ("Hussein" for Hossein), the surname not: a surname
    merely close to theirs may be another family's ("Al Jazeera" has al-Kathiri's key).
    """
    table = index.table
    named: set[int] = set()
    for word in _FIRST.finditer(text):  # each run starts at such a word: look up its key before matching a run
        first = word.group()
        people = _people_first_named(index, first)
        match = _RUN.match(text, word.start()) if people else None
        if match is None:
            continue
        rest = match.group(2)
        named.update(i for i in people if same_spelling(table, rest, " ".join(index.people[i].surname)))
    return named


def _surname_forms(index: NameIndex, one: Person) -> tuple[str, str] | None:
    """A person's surname as ``_close`` compares it: its light form and its key (None: no surname)."""
    if not one.surname:
        return None
    table = index.table
    return table.light(" ".join(one.surname)), name_key(table, list(one.surname))


def _close(table: KeyTable, light: str, key: str, forms: tuple[str, str] | None) -> bool:
    """Is a written surname (its ``light`` form and ``key``) the person's in another spelling:
    the same key or the same light form, and close?"""
    if forms is None:
        return False
    theirs, their_key = forms
    if light != theirs and key != their_key:
        return False
    return fuzz.ratio(light, theirs) >= table.review_similarity


def _first_of(index: NameIndex, written: str, one: Person) -> bool:
    """Is ``written`` the person's first name, in any spelling with its key?"""
    table = index.table
    return bool(one.first) and table.key(bare_word(written)) == table.key(bare_word(one.first))


@functools.lru_cache(maxsize=65536)
def _written_forms(index: NameIndex, written: str) -> tuple[str, str]:
    """A written surname's light form and key, as ``_close`` compares them; kept per spelling."""
    return index.table.light(written), name_key(index.table, written.split())


@functools.lru_cache(maxsize=65536)
def _people_first_named(index: NameIndex, word: str) -> tuple[int, ...]:
    """The people whose first name ``word`` may be: its key, and close ("Hussein" for Hossein);
    none for a connector such as "Abu".  Kept per word: the same first names recur in every text."""
    table = index.table
    if word.casefold() in table.connectors:
        return ()
    light = table.light(word)
    people = _by_first(index).get(table.key(bare_word(word)), ())
    return tuple(i for i in people if fuzz.ratio(light, table.light(index.people[i].first)) >= table.review_similarity)


@functools.lru_cache(maxsize=8)
def _by_first(index: NameIndex) -> dict[str, tuple[int, ...]]:
    """The people by the key of their first name (built once per index)."""
    table = index.table
    found: dict[str, list[int]] = {}
    for i, one in enumerate(index.people):
        if one.first and one.surname:
            found.setdefault(table.key(bare_word(one.first)), []).append(i)
    return {key: tuple(people) for key, people in found.items()}


def opens_sentence(text: str, at: int) -> bool:
    """Does a word at ``at`` open a sentence (after quotes and a bracket): where "Al-" keeps its capital."""
    before = text[:at].rstrip(" \t\"“‘'(")
    return not before or before[-1] in ".!?:\n"
