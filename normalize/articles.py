"""The article before a name put in for another: it goes with the name now there.

A term rule replaces a rendering with its canonical name; where an indefinite article went
with the rendering ("an Organization of Badr commander", "a League of the People of Truth
fighter"), it must go with the name instead ("a Badr Organization commander", "an Asa'ib Ahl
al-Haq fighter").  The article is changed only where it agreed with the rendering (the writer's
choice was right for what was written) and the name's first letter says which it takes: a
capitalised word opening with one of ``terms.vowel_initials`` takes "an" (but for the openings
``terms.consonant_openings``, "Eurasian"), one opening with another letter takes "a";
initialisms, and words opening with U, whose sound varies, say nothing and are left as written.
"""

from __future__ import annotations

import regex

from .lexicon import current
from .text import is_word_char

#: An indefinite article, alone as a word, right before the name (one space between).
_ARTICLE = regex.compile(r"(?<![\p{L}\p{N}'’-])([Aa]n?) \Z")


def with_agreeing_article(text: str, start: int, end: int, replacement: str, common: bool = False) -> tuple[int, str]:
    """``(start, replacement)`` for changing ``text[start:end]``, with the article before it if that must change.

    ``common``: the words may be common nouns in lower case too ("an orator" put in for "a
    Friday prayer leader"), not only names.
    """
    before = _ARTICLE.search(text, max(0, start - 3), start)
    if before is None:
        return start, replacement
    article = before.group(1)
    takes = _takes_word if common else _takes
    if takes(text[start:end]) != article.lower() or takes(replacement) in (None, article.lower()):
        return start, replacement
    agreeing = "an" if article.lower() == "a" else "a"
    return before.start(), (agreeing.capitalize() if article[0].isupper() else agreeing) + " " + replacement


def _takes(name: str) -> str | None:
    """The article a capitalised name takes, from its first letters (None where they do not tell)."""
    if len(name) < 2 or not (name[0].isupper() and name[1].islower()):
        return None
    return _by_letters(name.lower(), silent="u")


def _takes_word(word: str) -> str | None:
    """The article a word in lower case or a capitalised name takes (None where its letters do not tell).

    An "h" may be silent ("an hour") and a "u" may sound as "you" ("a union"): such words say nothing.
    """
    if len(word) < 2 or not (word[0].isalpha() and word[1].islower()):
        return None
    if word[0].isupper():
        return _takes(word)
    return _by_letters(word, silent="hu")


def _by_letters(lowered: str, silent: str) -> str | None:
    """The article a word in lower case takes from its opening letters; None for an opening in
    ``silent`` (whose sound varies) or that is no letter."""
    terms = current().terms
    first = lowered[0]
    if first in terms.vowel_initials:
        return "a" if lowered.startswith(terms.consonant_openings) else "an"
    return None if first in silent or not first.isalpha() else "a"


#: The word right before the name, with the white space between (any run of it: a line cut is no boundary).
_PREVIOUS_WORD = regex.compile(r"(\w+)\s+$")
_NEXT_WORD = regex.compile(r"\s+(\w+)")


def without_article(text: str, start: int, end: int, nouns: frozenset[str] = frozenset()) -> int:
    """Where the change of a name that goes without "the" starts: before a "the" that goes with it.

    "the Kata'eb Hizbullah said" is "Kata'ib Hezbollah said"; a descriptor noun after the name
    (``terms.descriptor_nouns``, or one of ``nouns``) needs the article: "the Kata'ib Hezbollah
    militia", "the Al-Ahram newspaper".  The article words are ``terms.articles``; the article
    must be a word of its own ("lathe", "the-" and "'the" are not it).
    """
    terms = current().terms
    previous = _PREVIOUS_WORD.search(text, max(0, start - 12), start)
    if previous is None or previous.group(1).casefold() not in terms.articles:
        return start
    if previous.start() > 0 and (is_word_char(text[previous.start() - 1]) or text[previous.start() - 1] in "-'’"):
        return start
    following = _NEXT_WORD.match(text, end)
    noun = following.group(1).casefold() if following is not None else ""
    return start if noun in terms.descriptor_nouns or noun in nouns else previous.start()
