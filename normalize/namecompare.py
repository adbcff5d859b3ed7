"""How a spelling found in a text compares with a person's canonical name.

A house style writes the same name (no article, a single consonant, "Mohammad" for
"Mohammed": ``same_spelling``); another family's ending or an article the name lacks makes
another name (``another_family``, ``article_added``); only what is neither but similar is a
misspelling (``is_misspelling``).  The name matcher (``normalize.namematch``) asks these questions.
"""

from __future__ import annotations

import functools
from itertools import pairwise

import regex
from rapidfuzz import fuzz

from .lexicon import current
from .namekeys import KeyTable
from .namewords import unaccented

_ARTICLE = regex.compile(r"^(?i:al|el)[-\s]")
#: The article hyphened, as written or assimilated to a sun letter ("as-Sayed").
_HYPHENED_ARTICLE = regex.compile(r"(?i)^(?:al|el|a[tdrzsn]|ath|adh|ash)-")
#: An article however a canonical name writes it: hyphened, apart ("Al Thani") or glued on
#: before a consonant ("Albusaidi"; "Ali" and "Alaa" are no article).
_ANY_ARTICLE = regex.compile(r"(?i)^(?:al|el)(?:[-\s]|(?=[b-df-hj-np-tv-z]))")
_MARKS = regex.compile(r"['’ʿʾ\-\s]")
_DOUBLED_CONSONANT = regex.compile(r"([^aeiou])\1+")


def compound_article(table: KeyTable, head: str, folded: str, word: str) -> bool:
    """Is ``folded`` the word ``word`` with the article of a compound glued on, after its head ("Abd Alhamid")?"""
    if head.casefold() not in table.compound_heads:
        return False
    return any(folded.startswith(a) and same_spelling(table, folded[len(a) :], word) for a in table.glued_articles)


def article_added(found: str, canonical: str) -> bool:
    """Does ``found`` carry an article the canonical surname lacks ("al-Sayed" for Souaid)?

    MT transliterates the article Arabic writes and at most drops it; it does not invent
    one.  An article the name does not have means another name (السيد is not سعيد), which
    the key, blind to articles and to the letter ʿayn, cannot tell apart.
    """
    found_last, canonical_last = found.split()[-1], canonical.split()[-1]  # "bin Al-Hussein", "bin Hussein"
    return bool(_HYPHENED_ARTICLE.match(found_last)) and not _ANY_ARTICLE.match(canonical_last)


def is_misspelling(table: KeyTable, found: str, canonical: str) -> bool:
    """A misspelling of ``canonical``: not it in a house style, nor with another family's -i (Hamdani), but similar."""
    return _is_misspelling(table, found, canonical, current().names.endings)


@functools.lru_cache(maxsize=1 << 15)
def _is_misspelling(table: KeyTable, found: str, canonical: str, endings: tuple[str, ...]) -> bool:
    """``is_misspelling`` under the endings in force, kept: a short key holds many families' surnames."""
    if house_style(table, found, canonical) or _another_family(plain(found), plain(canonical), endings):
        return False
    return fuzz.ratio(table.light(found), table.light(canonical)) >= table.min_similarity


def another_family(one: str, other: str) -> bool:
    """Is one plain name the other with an ending that makes another name (``names.endings``: "i", "y")?"""
    return _another_family(one, other, current().names.endings)


def _another_family(one: str, other: str, endings: tuple[str, ...]) -> bool:
    shorter, longer = sorted((one, other), key=len)
    return shorter != longer and longer.startswith(shorter) and longer[len(shorter) :] in endings


@functools.lru_cache(maxsize=1 << 15)
def same_spelling(table: KeyTable, found: str, canonical: str) -> bool:
    """Is ``found`` the canonical name in a house style: no article, a single consonant, "Mohammad" for "Mohammed"?

    Kept per table and pair: the matchers ask it of the same names in every document, and
    each answer tries every style word of the table.
    """
    written = plain(found)
    if written == plain(canonical):
        return True
    folded = canonical.casefold()
    return any(piece in folded and plain(folded.replace(piece, style)) == written for piece, style in table.style_words)


def house_style(table: KeyTable, found: str, canonical: str) -> bool:
    """The canonical name in a house style, a shadda dropped (``dropped_double``) being no house style."""
    return same_spelling(table, found, canonical) and not dropped_double(table, found, canonical)


@functools.lru_cache(maxsize=1 << 15)
def dropped_double(table: KeyTable, found: str, canonical: str) -> bool:
    """Is ``found`` the canonical name with a doubled consonant written single, and nothing else changed?

    "al-Abasi" (al-Abbasi), "al-Fayadh" (al-Fayyadh), "Nasrala" (Nasrallah): the shadda Arabic
    does not write, dropped.  ``same_spelling`` takes every single consonant for a house style, as
    it is where the doubling is a convention (``conventional_doubles``: Hasan, Yousef) or a style
    word's ("Mohamed"); anywhere else no outlet writes it, and with evidence it is repaired.
    """
    written, name = _doubles_kept(found), _doubles_kept(canonical)
    if written == name or plain(found) != plain(canonical):
        return False
    folded = canonical.casefold()
    styled = (_doubles_kept(folded.replace(piece, style)) for piece, style in table.style_words if piece in folded)
    if written in styled:
        return False  # "Mohamed" for "Mohammed": a style word's spelling
    runs, other = _RUNS.findall(written), _RUNS.findall(name)
    lost = False
    for (one, letter), (two, _) in zip(runs, other, strict=True):
        if len(one) > len(two) or (len(one) < len(two) and letter in table.conventional_doubles):
            return False  # a consonant doubled that the name has single, or a conventional double written single
        lost = lost or len(one) < len(two)
    return lost


#: Runs of one letter, and the letter: plain names with equal ``plain`` forms have the same runs.
_RUNS = regex.compile(r"((.)\2*)")


def _doubles_kept(name: str) -> str:
    """``plain`` with its doubled consonants kept."""
    return _MARKS.sub("", _ARTICLE.sub("", unaccented(name.casefold())))


@functools.lru_cache(maxsize=1 << 15)
def plain(name: str) -> str:
    """The name as house styles all write it: no article, apostrophe, hyphen, accent, doubled consonant (Fayyadh)."""
    text = _MARKS.sub("", _ARTICLE.sub("", unaccented(name.casefold())))
    return _DOUBLED_CONSONANT.sub(r"\1", text)


def with_compounds_glued(table: KeyTable, words: tuple[str, ...]) -> tuple[str, ...]:
    """The name's words, and each compound's head glued to the word after it ("Abd Rabbuh": "AbdRabbuh").

    Outlets write a compound name in one word ("Abdrabbuh Mansur Hadi"): each word of that
    spelling is a word of the name so joined, not a misspelling of one.
    """
    return (*words, *(a + b for a, b in pairwise(words) if a.casefold() in table.compound_heads))
