"""A body's English name in the order Arabic gives its words: the head first, its adjectives after it.

Arabic names a body by its head noun, then what it is of, then its adjectives, each with the
article (مجلس القضاء الأعلى: "council, the judiciary, the supreme").  MT keeps that order on a body
whose English name puts the head last, so every such row of the gazetteer has these renderings
without a person listing them (``construct_state`` in ``rules/gazetteer/calque_words.yaml``):

- the genitive: "Coalition of State of Law", "Coalition of the State of Law" (State of Law Coalition),
  "Court of the Federal Supreme" (Federal Supreme Court), and with the head in lower case
  ("the coalition of the State of Law");
- the adjectives after the head: "Judicial Council the Supreme" (Supreme Judicial Council),
  "Court the Federal the Supreme", in either order ("Council the Political the Supreme"), and the
  last adjective alone, "Federal Court the Supreme";
- two words before the head in each other's place, one an adjective: "Supreme Federal Court".

A rendering that could be an English phrase, or run on into one, is returned for review rather
than repair: a lower-case head before a name that can end a noun phrase ("an alliance of Fatah
and Hamas"), and the last adjective moved alone ("the Federal Court the Supreme Court overturned").
A rendering that is another body's English name (``english_names``: "Supreme Federal Court" is
Brazil's) is returned for review too.  The caller drops a rendering that is any row's accepted name
("Democratic Party of Kurdistan" is never made here: a name's own words keep their English order).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .calque_table import CalqueTable
from .gazetteer import Entry

#: Words that may stand inside the words before the head ("State of Law"); any other small word
#: ("the", "for", "and", "to") makes a name whose Arabic order is not this one.
_INNER = frozenset({"of"})


@dataclass(frozen=True)
class Rendering:
    """A construct-state rendering of a body's name, and whether a person must confirm it."""

    text: str
    review: bool = False


def construct_renderings(canonical: str, table: CalqueTable, english: frozenset[str]) -> list[Rendering]:
    """The renderings of ``canonical`` in Arabic's order, repairs first, each once.

    ``english`` is the English word list: a name whose only word before the head is an English word
    has no genitive rendering ("the Forces of the Lebanese Army" is no Lebanese Forces).
    """
    words = canonical.split()
    if len(words) < 2 or not words[-1][:1].isupper() or not _is_head(words[-1], table):
        return []  # a head in lower case is no part of the name ("the Israeli army")
    mods, head = words[:-1], words[-1]
    if any(w.islower() and w not in _INNER for w in mods) or mods[0].islower() or mods[-1].islower():
        return []
    single_english = len(mods) == 1 and mods[0].casefold() in english
    genitive = [] if single_english else _genitive(mods, head, table, english)
    out = [*genitive, *_postposed(mods, head, table), *_swapped(mods, head, table)]
    seen: set[str] = set()
    unique: list[Rendering] = []
    names = table.construct.english_names  # another country's body ("Brazil's Supreme Federal Court")
    out = [Rendering(r.text, review=True) if r.text.casefold() in names else r for r in out]
    for rendering in sorted(out, key=lambda r: r.review):
        if rendering.text not in seen and rendering.text != canonical:
            seen.add(rendering.text)
            unique.append(rendering)
    return unique


def _is_head(word: str, table: CalqueTable) -> bool:
    key = word.casefold()
    construct = table.construct
    return (key in table.english_heads or key in construct.heads) and key not in construct.not_heads


def _genitive(mods: Sequence[str], head: str, table: CalqueTable, english: frozenset[str]) -> list[Rendering]:
    """The genitive, "Coalition of (the) State of Law".  With the head in lower case, a repair where an adjective ends
    it ("the party of the Kurdistan Democratic"); else, after "the" and with a word English lacks, for
    review ("the front of the Nusra"); else none ("a group of Wagner fighters", "the authority of the
    Suez Canal" are English)."""
    rest = " ".join(mods)
    closed = mods[-1].casefold() in table.construct.adjectives
    foreign = any(m.casefold() not in english and m not in _INNER for m in mods)
    out: list[Rendering] = []
    for the in ("", "the "):
        out.append(Rendering(f"{head} of {the}{rest}"))
        if closed:
            out.append(Rendering(f"{head.lower()} of {the}{rest}"))
        elif the and foreign:
            out.append(Rendering(f"{head.lower()} of {the}{rest}", review=True))
    return out


def _postposed(mods: Sequence[str], head: str, table: CalqueTable) -> list[Rendering]:
    """The leading adjectives after the head with "the": together a repair, the last alone for review."""
    adjectives = table.construct.adjectives
    lead = 0
    while lead < len(mods) and mods[lead].casefold() in adjectives:
        lead += 1
    if lead == 0 or "of" in mods or lead == len(mods) == 1:
        return []  # "Council the Presidential" may be "the Security Council the Presidential Palace ..."
    moved, rest = mods[:lead], list(mods[lead:])
    after = " ".join(f"the {a}" for a in moved)
    out = [Rendering(" ".join([*rest, head, after]))]
    if lead > 1:  # Arabic's adjectives may come in either order ("Council the Political the Supreme")
        out.append(Rendering(" ".join([*rest, head, *(f"the {a}" for a in reversed(moved))])))
        out.append(Rendering(" ".join([*moved[:-1], *rest, head, f"the {moved[-1]}"]), review=True))
    return out


def _swapped(mods: Sequence[str], head: str, table: CalqueTable) -> list[Rendering]:
    """Two adjectives before the head in each other's place ("Supreme Federal Court")."""
    if len(mods) != 2 or "of" in mods:
        return []
    if not all(m.casefold() in table.construct.adjectives for m in mods):
        return []  # "Mobilization Popular Forces" is no order MT gives
    return [Rendering(f"{mods[1]} {mods[0]} {head}")]


def review_rule(
    rule_id: str, canonical: str, arabic: str, variants: Sequence[str], context: Sequence[str]
) -> dict[str, Any]:
    """The rule that flags a body's renderings in Arabic's order that may be English phrases, with its
    name as the suggestion, where the document names its country (``context``)."""
    where = f" in {context[0]}"
    return {
        "id": f"{rule_id}-construct-review",
        "kind": "term",
        "category": "terminology",
        "message": f"the name {arabic} is written '{canonical}'; this may be its words in Arabic's order",
        "canonical": canonical,
        "review_variants": list(variants),
        "case_sensitive": True,
        "context": {"requires": list(context)},
        "examples": [{"in": f"They met {variants[0]}{where}.", "flags": [variants[0]]}],
        "keep": [f"They met the {canonical}{where}.", f"They met {variants[0].upper()}{where}."],
    }


def body_renderings(
    entry: Entry,
    table: CalqueTable,
    english: frozenset[str],
    starts: Mapping[str, frozenset[str]],
    acceptable: Callable[[str], bool],
) -> tuple[list[str], list[str]]:
    """A body's renderings in Arabic's order: those to repair and those to flag.  A rendering must be
    ``acceptable`` (no name of the row) and end in no other row's name's opening (``runs_on``)."""
    repairs: list[str] = []
    review: list[str] = []
    if entry.family not in ("organisation", "media"):
        return repairs, review
    for rendering in construct_renderings(entry.canonical, table, english):
        if acceptable(rendering.text) and not runs_on(rendering.text, starts, entry.id):
            (review if rendering.review else repairs).append(rendering.text)
    return repairs, review


def name_starts(names: Iterable[tuple[str, str]]) -> dict[str, frozenset[str]]:
    """Each run of words that opens a longer name (casefolded), with the rows whose name it opens.

    ``names`` are (row id, name) pairs: every name, variant and house style of the gazetteer.
    """
    starts: dict[str, set[str]] = defaultdict(set)
    for owner, name in names:
        words = name.casefold().split()
        for end in range(1, len(words)):
            starts[" ".join(words[:end])].add(owner)
    return {run: frozenset(owners) for run, owners in starts.items()}


def runs_on(rendering: str, starts: Mapping[str, frozenset[str]], owner: str) -> bool:
    """Does a genitive rendering end in the opening of another row's name?  "Council of the Syrian
    Democratic" (Syrian Democratic Council) is in "the Military Council of the Syrian Democratic Forces"."""
    _, of, rest = rendering.casefold().partition(" of ")
    rest = rest.removeprefix("the ")
    return bool(of) and bool(starts.get(rest, frozenset()) - {owner})
