"""A rewording's verb fits the words before it: after "had" or "was" a simple past is a participle.

A rule that puts one verb in for another ("responded a firm response" -> "gave a firm
response") maps the form it matched to a form of the new verb.  A regular verb's "-ed" is both
its simple past and its participle, so the table cannot tell "the army responded" from "the
army had responded"; an irregular verb put in can ("gave", "had given").  Where the words just
before the match are an auxiliary of the perfect or the passive, with at most a few adverbs or
"not" between (``participle_after`` of rules/language/maps.yaml), a simple past the replacement
opens with becomes its participle (``past_participle``, the same file).  The rest of the
replacement, and every replacement that opens with another word, is left as written.

A rewording that moves words about may also move a sentence's first word inward: "General
directors of the health departments" is "Directors general of ...", not "Directors General".
A common word that had its capital only for opening the sentence loses it where it lands.

A noun put in alone takes the number its determiner asks for ("several mintaqat" is "several
areas", not "several area"), and a rewording that would make its word the twin of the word joined
to it by "and"/"or" ("searched and combed" -> "searched and searched") is not made: the editor
would have reworded the pair, which no single rule can.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import regex

from .lexicon import compiled_from
from .templates import read_maps, shared_maps
from .text import starts_sentence
from .wordlist import is_also_a_name, is_common_word

#: The words before a match, nearest last: letters, with "n't" kept on its word ("hasn't").
_WORDS_BEFORE = regex.compile(r"(\p{L}+(?:n['’]t)?)[ \t]+\Z")
_FIRST_WORD = regex.compile(r"\A(\p{L}+)(?![\p{L}'’-])")

#: How many words between the auxiliary and the verb are looked through ("has not yet been").
_MOST_BETWEEN = 3
#: How far back the words are looked for.
_REACH = 60


def fit_participle(text: str, start: int, replacement: str) -> str:
    """``replacement`` for the match at ``start``, its opening simple past a participle after an auxiliary."""
    first = _FIRST_WORD.match(replacement)
    if first is None:
        return replacement
    tables = shared_maps()
    participles = tables.get("past_participle") or {}
    participle = participles.get(first.group(1).casefold())
    if participle is None or not _after_auxiliary(text, start, tables.get("participle_after") or {}):
        return replacement
    if first.group(1)[:1].isupper():
        participle = participle[:1].upper() + participle[1:]
    return participle + replacement[first.end() :]


def _after_auxiliary(text: str, start: int, roles: Mapping[str, str]) -> bool:
    """Do the words right before ``start`` end in an auxiliary of the perfect or passive (adverbs between)?"""
    end, low = start, max(0, start - _REACH)
    for _ in range(_MOST_BETWEEN + 1):
        found = _WORDS_BEFORE.search(text, low, end)
        if found is None:
            return False
        word = regex.sub(r"n['’]t\Z", "", found.group(1).casefold())
        role = roles.get(word)
        if role in ("perfect", "passive"):
            return True
        if role != "between" and not word.endswith("ly"):
            return False
        end = found.start()
    return False


def lower_moved_opening(text: str, start: int, matched: str, replacement: str) -> str:
    """``replacement`` with the sentence's first word in lower case where the rewording moved it inward."""
    first = _FIRST_WORD.match(matched)
    if first is None or not starts_sentence(text, start, matched):
        return replacement
    word = first.group(1)
    if len(word) < 2 or not (word[0].isupper() and word[1:].islower()) or replacement.startswith(word):
        return replacement
    if any(w[:1].isupper() for w in regex.findall(r"\p{L}+", matched[first.end() :])):
        return replacement  # a title-cased name ("General Director of Civil Defence") keeps its capitals
    moved = regex.search(rf"(?<![\p{{L}}'’-]){regex.escape(word)}(?![\p{{L}}'’-])", replacement, pos=1)
    if moved is None or not is_common_word(word) or is_also_a_name(word):
        return replacement
    return replacement[: moved.start()] + word.lower() + replacement[moved.end() :]


#: The word before a match, with the joining word between ("searched and |"), nearest last.
_JOINED_BEFORE = regex.compile(r"(?<![\p{L}'’-])(\p{L}+)[ \t]*,?[ \t]+(\p{L}+|&)[ \t]+\Z")
#: The word after a match, with the joining word between ("| and searched").
_JOINED_AFTER = regex.compile(r"\A[ \t]*,?[ \t]+(\p{L}+|&)[ \t]+(\p{L}+)(?![\p{L}'’-])")


@dataclass(frozen=True)
class _FitTables:
    """The tables of maps.yaml these fits read, in the shape they read them (built once per load)."""

    joins: Mapping[str, str]
    #: Longest first, so "-ing" is stripped before "-g" would be.
    endings: list[str]
    plurals: Mapping[str, str]
    singulars: Mapping[str, str]
    numbers: Mapping[str, str]


@compiled_from("maps.yaml")
def _fit_tables(data: Mapping[str, Any]) -> _FitTables:
    tables = read_maps(data)
    plurals = tables.get("plural_noun") or {}
    return _FitTables(
        joins=tables.get("coordinators") or {},
        endings=sorted(tables.get("twin_endings") or {}, key=len, reverse=True),
        plurals=plurals,
        singulars={plural: singular for singular, plural in plurals.items()},
        numbers=tables.get("number_after") or {},
    )


def makes_twins(text: str, start: int, end: int, matched: str, replacement: str) -> bool:
    """Would ``replacement`` make its word the twin of the word joined to it ("searched and searched")?

    Only a twin the rewording brings in counts: a text that already reads "search and search" is
    another rule's business.
    """
    tables = _fit_tables()
    joins, endings = tables.joins, tables.endings
    # The words at the edges only, as written: "1 DAYS" opens with a figure, not with "DAYS".
    words, old = replacement.split(), matched.split()
    if not words or not old:
        return False
    before = _JOINED_BEFORE.search(text, max(0, start - _REACH), start)
    if before and before.group(2).casefold() in joins and _brought_in(words[0], old[0], before.group(1), endings):
        return True
    after = _JOINED_AFTER.match(text[end : end + _REACH])
    if after is None or after.group(1).casefold() not in joins:
        return False
    return _brought_in(words[-1], old[-1], after.group(2), endings)


def _brought_in(new: str, old: str, neighbour: str, endings: list[str]) -> bool:
    """Is ``new`` a form of ``neighbour`` where the word it replaces, ``old``, was not?"""
    if not regex.fullmatch(r"\p{L}+", new):
        return False
    return _twins(new, neighbour, endings) and not _twins(old, neighbour, endings)


def _twins(one: str, other: str, endings: list[str]) -> bool:
    """Are two words forms of one ("searched", "search", "searching")?"""
    return _stem(one, endings) == _stem(other, endings)


def _stem(word: str, endings: list[str]) -> str:
    low = word.casefold()
    for ending in endings:
        if low.endswith(ending) and len(low) - len(ending) >= 3:
            return low[: -len(ending)]
    return low


#: The one or two words before a match, each with what follows it ("dozens of |", "several |").
_DETERMINER_BEFORE = regex.compile(r"(?<![\p{L}'’-])((?:\p{L}+[ \t]+)?\p{L}+)[ \t]+\Z")


def fit_number(text: str, start: int, replacement: str) -> str:
    """``replacement``, a noun alone, in the number its determiner asks for ("several area" -> "several areas")."""
    tables = _fit_tables()
    plurals, singulars = tables.plurals, tables.singulars
    low = replacement.casefold()
    if low not in plurals and low not in singulars:
        return replacement
    number = _number_before(text, start, tables.numbers)
    fitted = {"plural": plurals.get(low), "singular": singulars.get(low)}.get(number or "")
    if fitted is None:
        return replacement
    return fitted[:1].upper() + fitted[1:] if replacement[:1].isupper() else fitted


def _number_before(text: str, start: int, numbers: Mapping[str, str]) -> str | None:
    """The number the determiner right before ``start`` asks for ("dozens of", "an"), if it is one that does."""
    found = _DETERMINER_BEFORE.search(text, max(0, start - _REACH), start)
    if found is None:
        return None
    words = found.group(1).casefold().split()
    two = " ".join(words[-2:])
    return numbers.get(two) if two in numbers else numbers.get(words[-1])
