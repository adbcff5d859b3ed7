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
from .namewords import Words
from .nisba import nisba_differs
from .terms import fit_case

#: One to three name words: capitalised, or lower-case with the article ("al-Maliki"), or "Al" apart.
_SURNAME = r"(?:(?:Al|El) )?(?:\p{Lu}|(?:al|el)-\p{Lu})[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*"
_RUN = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}'’-])(\p{{Lu}}[\p{{L}}\p{{M}}'’]*) ({_SURNAME}(?: {_SURNAME})?)(?![\p{{L}}\p{{M}}])"
)
#: Where a run can start: a capitalised word not glued to a letter, mark, apostrophe or hyphen before it.
_FIRST = regex.compile(r"(?<![\p{L}\p{M}'’-])\p{Lu}[\p{L}\p{M}'’]*")
#: A capitalised letter right after a number: where a run may start that no capitalised word does.
_NUMBER_THEN_CAPITAL = regex.compile(r"\p{N}\p{Lu}")
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
    text: str, index: NameIndex, taken: Sequence[tuple[int, int]], repaired: set[int], words: Words | None = None
) -> list[tuple[int, int, str, str]]:
    """(start, end, repair, canonical) for each surname alone of the one person the text named in full.

    ``taken``: spans other findings hold, left to them; ``repaired``: the people whose full name a
    finding repairs.  A full name left as written ("Mohammed al-Manfi" kept) leaves its surname too.
    ``words``: the text's ``capitalised`` words, if found already.
    """
    named = _named_in_full(text, index, words) | repaired
    if not named:
        return []
    table = index.table
    surnames = {i: _surname_forms(index, i) for i in named}
    # A written surname is close to a person's only with their light form or their key: looked up, not
    # compared with each person named, for every capitalised word of the text.
    by_light: dict[str, list[int]] = {}
    by_key: dict[str, list[int]] = {}
    for i, forms in surnames.items():
        if forms is not None:
            by_light.setdefault(forms[0], []).append(i)
            by_key.setdefault(forms[1], []).append(i)
    out: list[tuple[int, int, str, str]] = []
    for match in _ALONE.finditer(text, overlapped=False):
        written = match.group(1)
        light, key = _written_forms(index, written)
        maybe = by_light.get(light, []) + by_key.get(key, [])
        if not maybe or any(a < match.end() and match.start() < b for a, b in taken):
            continue
        owners = {i for i in maybe if _close(table, light, key, surnames[i])}
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


def _named_in_full(text: str, index: NameIndex, words: Words | None = None) -> set[int]:
    """The people the text names by a first name of theirs and their surname as the gazetteer spells it.

    The first name may be spelt another way ("Hussein" for Hossein), the surname not: a surname
    merely close to theirs may be another family's ("Al Jazeera" has al-Kathiri's key).

    ``words``: the text's ``capitalised`` words, which the name matchers have found already.  A run
    can start only where one of them does (a first name before a space is a whole capitalised word),
    save after a digit or other number, which no capitalised word follows: such a text is searched.
    """
    if words is None or _NUMBER_THEN_CAPITAL.search(text) is not None:
        matches = list(_FIRST.finditer(text))
        strings = [m.group() for m in matches]
    else:
        matches, strings = words.matches, words.strings
    # Most capitalised words are no one's first name: the distinct ones are asked once, and a run is
    # matched only at a word that is.
    firsts = {word for word in set(strings) if _people_first_named(index, word)}
    named: set[int] = set()
    if not firsts:
        return named
    for word, first in zip(matches, strings, strict=True):
        match = _RUN.match(text, word.start()) if first in firsts else None
        if match is not None:
            named.update(_named_by(index, match.group(1), match.group(2)))
    return named


@functools.lru_cache(maxsize=65536)
def _named_by(index: NameIndex, first: str, rest: str) -> tuple[int, ...]:
    """The people a first name and the surname after it name, spelt as the gazetteer has it; kept per pair."""
    table = index.table
    people = _people_first_named(index, first)
    return tuple(i for i in people if same_spelling(table, rest, " ".join(index.people[i].surname)))


@functools.lru_cache(maxsize=65536)
def _surname_forms(index: NameIndex, person: int) -> tuple[str, str] | None:
    """A person's surname as ``_close`` compares it: its light form and its key (None: no surname); kept per person."""
    one = index.people[person]
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
