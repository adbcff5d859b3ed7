"""Kind ``givenname``: a given name MT rendered as its sense, where the document names the person too.

MT translates a given name into the word it is built on in one sentence and keeps it in another:
"Faithful al-Saadi said ... Amin al-Saadi added".  The sense word before a family name is then
certainly that person's name: where the document writes the name the sense stands for (a table
of rules/language/maps.yaml, ``senses``) before the same family name (``family``, a regex), the
sense word is replaced by it, unless the family word is an English word ("Hope Street ... Amal
Street" is no person).  Without such a mention the pattern rules of rules/calques.yaml
decide from a role or an apposition, or flag it.

It runs in the terminology stage after the gazetteer's kinds (which know the listed people) and
before the phrase stage, whose review rules would otherwise flag a sense this kind can settle.
Only in the first round: later rounds see the changed paragraphs, not the whole document.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import regex

from ..edits import select_non_overlapping
from ..model import Change
from ..rounds import Round, documents
from ..templates import follow_case, shared_maps
from ..wordlist import is_common_word
from .base import Kind, Rule, RuleError, change, require_str

#: A letter, mark, apostrophe or hyphen: what may not touch a word at either edge.
_EDGE = r"\p{L}\p{M}'’-"


@dataclass(frozen=True)
class GivenNameRule(Rule):
    """Replace a capitalised sense word (a key of the table ``senses``) before a ``family`` name the
    document also gives with the name the sense stands for."""

    senses: str = ""
    family: str = ""
    kind = "givenname"


def build(data: Mapping[str, Any], common: dict[str, Any]) -> Rule:
    senses = require_str(data, "senses")
    family = require_str(data, "family")
    try:
        regex.compile(family)
    except regex.error as exc:
        raise RuleError(f"'family' is no regular expression: {exc}") from None
    if not regex.fullmatch(r"[\w-]+", senses):
        raise RuleError("'senses' must name a table of rules/language/maps.yaml")
    return GivenNameRule(**common, senses=senses, family=family)


@functools.lru_cache(maxsize=16)
def _finder(words: tuple[str, ...], family: str) -> regex.Pattern[str]:
    """A capitalised sense word (the longest first) with the family name after it."""
    alternation = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    return regex.compile(
        rf"(?<![{_EDGE}])(?=\p{{Lu}})(?P<sense>(?i:{alternation}))(?= (?P<family>{family})(?![{_EDGE}]))"
    )


def findings(document: str, table: Mapping[str, str], family: str) -> list[tuple[int, int, str]]:
    """(start, end, name) for each sense word whose name the document gives before the same family name."""
    if not table:
        return []
    out: list[tuple[int, int, str]] = []
    for match in _finder(tuple(table), family).finditer(document):
        name = table.get(match["sense"].casefold())
        if name is None or name.casefold() == match["sense"].casefold() or _english(match["family"]):
            continue
        named = rf"(?<![{_EDGE}]){regex.escape(name)} (?i:{regex.escape(match['family'])})(?![{_EDGE}])"
        if regex.search(named, document):
            out.append((match.start("sense"), match.end("sense"), follow_case(name, match["sense"])))
    return out


def triggers(rule: GivenNameRule) -> dict[str, tuple[str, ...]]:
    """A sense word with a capital and a space after it: the screen skips the many documents with none."""
    table = shared_maps().get(rule.senses) or {}
    words = sorted((w for w in table if w[:1].isalpha()), key=len, reverse=True)
    if not words:
        return {}
    alternation = "|".join(w[0].upper() + "(?i:" + _escaped(w[1:]) + ")" for w in words)
    return {rule.id: (f"(?:{alternation}) ",)}


def _escaped(text: str) -> str:
    return regex.escape(text, special_only=True, literal_spaces=True)


def _english(family: str) -> bool:
    """A family word that is an English word ("Hope Street", "Victorious Army"): a phrase, not a name."""
    words = family.replace("-", " ").split()
    return len(words) == 1 and is_common_word(words[0])


@dataclass(frozen=True)
class Runner:
    rules: list[GivenNameRule]

    def run(self, round: Round) -> None:
        if round.flags is None:  # later rounds see only the paragraphs that changed, not the document's evidence
            return
        text = round.text
        found: list[Change] = []
        for rule in self.rules:
            spans = round.where(rule.id)
            if not round.is_active(rule.id) or spans == []:
                continue
            table = shared_maps().get(rule.senses)
            if table is None:
                raise RuleError(f"{rule.id}: rules/language/maps.yaml has no table '{rule.senses}'")
            for start, end in documents(text, round.titles):
                if spans is not None and not any(start <= a < end for a, _ in spans):
                    continue  # the screen saw no sense word in this document of a joined batch
                for a, b, name in findings(text[start:end], table, rule.family):
                    found.append(change(rule, start + a, start + b, name))
        round.apply(select_non_overlapping(found))


KIND = Kind(
    name="givenname",
    rule=GivenNameRule,
    fields=frozenset({"senses", "family"}),
    build=build,
    triggers=triggers,
    runner=Runner,
)
