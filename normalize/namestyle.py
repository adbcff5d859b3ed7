"""A person's name in a house style: the spellings the transliteration table generates as a style, and the article.

A spelling the table's style tier makes (a vowel: Ameri for Amiri; "ou" for "u"; "el-" for
"al-") and no gazetteer row lists is repaired only where the document reads as machine
translation, or spells the name two ways (``normalize.evidence``); one a row lists is an
outlet's, and stays.  A name's article is the writer's where a house style of the person has
it ("al-Mulki"), and the mark of another family where none does.
"""

from __future__ import annotations

import functools

import regex

from .namecompare import article_added
from .namekeys import KeyTable
from .namepeople import NameIndex, Person

#: The article hyphened to a surname (as ``namematch`` reads it).
ARTICLE = regex.compile(r"(?i)^(?:al|el)-")


#: A generated house-style spelling (``Finding.style``): the evidence of the document decides.
HOUSE = "house-style"
#: A generated house-style spelling beside the canonical one: the writer follows no house style.
TWO_WAYS = "two-ways"


def written_as_canonical(text: str, word: str) -> bool:
    """Does the text write ``word`` (a canonical name word) as it is, with "al-" or without?

    The word itself, not the person's name: "Nichirvan Barzani" names Barzani canonically but
    spells the given name one way only.
    """
    bare = ARTICLE.sub("", word)
    return _canonical_word(bare).search(text) is not None


@functools.lru_cache(maxsize=1024)
def _canonical_word(bare: str) -> regex.Pattern[str]:
    return regex.compile(rf"(?<![\p{{L}}\-'’])(?:[Aa]l-)?{regex.escape(bare)}(?![\p{{L}}])")


def generated_style(index: NameIndex, one: Person, written: str, word: str) -> bool:
    """Is ``written`` the person's ``word`` in a spelling no row lists, only the table's style tier?

    The transliteration table calls a vowel (Ameri, Amiri), "ou" for "u" (Halbusi) or "el-" for
    "al-" a house style, and the person's styles hold them; but a spelling the gazetteer lists for
    anyone (``index.candidate`` false: "Moqtada", "Qays") is an outlet's, and stays.
    """
    folded = written.casefold()
    if folded == word.casefold() or not index.candidate(written):
        return False
    canonical = word.casefold()
    if ARTICLE.match(folded) and not ARTICLE.match(canonical):
        return False  # "al-Mangoush" for Mangoush: an article the name lacks is no vowel's style
    if folded in one.styles or (canonical.startswith("al-") and f"al-{folded}" in one.styles):
        return True  # (without the article: "Halbusi", al-Halbousi's "al-Halbusi" written bare)
    return folded.startswith("el-") and canonical.startswith("al-") and folded[3:] == canonical[3:]


def foreign_article(one: Person, found: str, word: str) -> bool:
    """Does ``found`` carry an article that neither ``word`` nor the person's own house styles have?

    English drops the article of some names whose Arabic has it (Hani Mulki, الملقي; Anwar
    Sadat, السادات); the gazetteer lists the name with it as a style ("al-Mulki"), and MT
    keeps it.  There the article is the name's own, not the mark of another family, so
    "al-Mulqi" is a misspelt Mulki.
    """
    if not article_added(found, word):
        return False
    bare = word.casefold()
    return not any(style.endswith(f"-{bare}") and article_added(style, word) for style in one.styles)


def with_their_article(one: Person, found: str, word: str) -> str:
    """``word`` with the article where the text writes one and a house style of theirs has it ("al-Mulki").

    The writer's article is their style, not the error: "al-Mulqi" is repaired to al-Mulki,
    "as-Sinwar" (the article assimilated, as MT writes it) to al-Sinwar, as the person's own
    styles write them.
    """
    if ARTICLE.match(word) or not article_added(found, word):
        return word
    styled = f"al-{word.casefold()}"
    return f"al-{word}" if styled in one.styles else word


def has_article(table: KeyTable, word: str) -> bool:
    """Does the name word begin with the Arabic article ("al-Baqir", "el-Husseini")?"""
    lowered = word.casefold()
    return any(lowered.startswith(article) and len(lowered) > len(article) for article in table.articles)
