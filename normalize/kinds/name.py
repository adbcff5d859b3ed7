"""Kind ``name``: a known person's name in a spelling no rule lists.

The gazetteer pack generates one rule of this kind from its people (``names``), the
words of every name it lists (``known``: spellings that are some name's, house styles
among them, which are never touched) and the key table (``keys``, from
``rules/gazetteer/name_keys.yaml``).  The matching is ``normalize.namematch``: a full
name or, with evidence from the document, a surname alone is repaired; a weaker match
is flagged with the suggested spelling for a person to decide.

It runs in the terminology stage after the term rules, so that every listed and
generated variant is already repaired and the canonical names it looks for as
evidence are in place.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import regex

from ..aliases import bracketed_alias
from ..mentions import is_mention
from ..model import Change
from ..namecompare import plain
from ..namefinding import Finding
from ..namekeys import KeyTableError, load_key_table
from ..namematch import Words, capitalised, find
from ..namepeople import NameIndex, person
from ..quotes import is_gloss
from ..rounds import Round, documents
from ..tiers import suggestion_flag
from .base import Kind, Rule, RuleError, str_list


@dataclass(frozen=True)
class NameSpellingRule(Rule):
    """Repair unseen spellings of the people in ``names``; flag the doubtful ones."""

    names: tuple[str, ...] = ()
    known: tuple[str, ...] = ()
    keys: Mapping[str, Any] = field(default_factory=dict, hash=False, compare=False)
    #: Words that tie a document to a country (its name, people, capital), by ISO code.
    countries: Mapping[str, tuple[str, ...]] = field(default_factory=dict, hash=False, compare=False)
    kind = "name"


def checked_tables(
    data: Mapping[str, Any], load_settings: Callable[[Any], object], settings_error: type[Exception]
) -> tuple[Mapping[str, Any], Mapping[str, Any]]:
    """A key-matching rule's ``keys`` and ``settings``, each loaded once to check it (errors name the field)."""
    keys, settings = data.get("keys"), data.get("settings")
    try:
        load_key_table(keys)
    except KeyTableError as exc:
        raise RuleError(f"keys: {exc}") from None
    try:
        load_settings(settings)
    except settings_error as exc:
        raise RuleError(f"settings: {exc}") from None
    assert isinstance(keys, Mapping) and isinstance(settings, Mapping)
    return keys, settings


def build(data: Mapping[str, Any], common: dict[str, Any]) -> Rule:
    names = tuple(str_list(data, "names"))
    if not names:
        raise RuleError("'names' must list at least one person's name")
    keys = data.get("keys")
    try:
        load_key_table(keys)
    except KeyTableError as exc:
        raise RuleError(f"keys: {exc}") from None
    assert isinstance(keys, Mapping)
    places = data.get("countries") or {}
    if not isinstance(places, Mapping):
        raise RuleError("'countries' must map an ISO code to the words that name the country")
    countries = {str(code): tuple(str_list(places, code)) for code in places}
    known = tuple(str_list(data, "known"))
    return NameSpellingRule(**common, names=names, known=known, keys=dict(keys), countries=countries)


#: The matcher of a key-matching kind: its findings in one document, given the rule's index and
#: the document's capitalised words.
Matcher = Callable[[str, Any, Words | None], list[Finding]]


class Runner:
    """The rules with their indexes, built on the first document rather than at start-up (they take ~50 ms).

    The name, place and body kinds run the same way and differ only in how a rule's index is
    built (``index_of``) and in the matcher that reads it (``find``).
    """

    def __init__(self, rules: Sequence[Rule], index_of: Callable[[Any], Any], find: Matcher) -> None:
        self.rules = rules
        self.index_of = index_of
        self.find = find
        self._indexes: list[Any] | None = None

    def indexes(self) -> list[Any]:
        if self._indexes is None:
            self._indexes = [self.index_of(rule) for rule in self.rules]
        return self._indexes

    def run(self, round: Round) -> None:
        if round.flags is None:  # later rounds see only the paragraphs that changed, not the document's evidence
            return
        text = round.text
        for rule, index in zip(self.rules, self.indexes(), strict=True):
            changes: list[Change] = []
            for start, end in documents(text, round.titles):
                document = text[start:end]
                for finding in self.find(document, index, _words(round, document)):
                    moved = replace(finding, start=finding.start + start, end=finding.end + start)
                    if _used(text, moved):
                        changes.extend(_decide(round, rule, moved))
            round.apply(changes)
            text = round.text


#: Per thread, the round last run and the capitalised words of its documents by their text: the
#: name, place and body kinds run one after the other and read the same words, and a document
#: the kind before left unchanged keeps its text though an earlier one's repairs moved it.
_WORDS = threading.local()


def _words(round: Round, document: str) -> Words:
    """The document's ``capitalised`` words, found once in a round while it is unchanged."""
    memo: tuple[Round, dict[str, Words]] | None = getattr(_WORDS, "memo", None)
    if memo is None or memo[0] is not round:
        memo = _WORDS.memo = (round, {})
    words = memo[1].get(document)
    if words is None:
        words = memo[1][document] = capitalised(document)
    return words


#: The next word of a name after a space or hyphen, with its article if it has one ("al-Sudani").
_NEXT_WORD = regex.compile(r"[ -]((?:(?i:al|el|ash|ad|an|ar|as|at|az|ath|ul)-)?\p{L}[\p{L}\p{M}'’]*)")


def _name_end(text: str, finding: Finding) -> int:
    """Where the name a finding is part of ends: past the words after it that are the canonical name's.

    A mention is read after the whole name.  Read after a given name alone, the surname that follows
    ("Shiaa al-Sudani", "Aiman al-Safadi") looks like a longer transliterated phrase ("Hashd
    al-Shaabi"), a mention, and every given name before an "al-" surname would be left misspelt.
    """
    words = {plain(w) for w in finding.canonical.split()}
    end = finding.end
    while (match := _NEXT_WORD.match(text, end)) is not None and plain(match.group(1)) in words:
        end = match.end()
    return end


def _used(text: str, finding: Finding) -> bool:
    """The name is used, not mentioned: not glossed, quoted as a spelling, corrected, or an alias in brackets."""
    return not (
        is_mention(text, finding.start, _name_end(text, finding))
        or is_gloss(text, finding.start, finding.canonical)
        or bracketed_alias(text, finding.start, finding.end)
    )


def _decide(round: Round, rule: Rule, finding: Finding) -> list[Change]:
    """A certain finding is a change; a doubtful one a flag (first round only) with the suggested spelling."""
    a, b = finding.start, finding.end
    if finding.certain:
        # a generated house style's spelling goes under its own id, for the document's evidence to judge
        # (``evidence.judge``: repaired in machine translation, or where the text spells the name two ways)
        rule_id = f"{rule.id}-{finding.style}" if finding.style else rule.id
        return [Change(a, b, finding.replacement, rule_id, rule.category, rule.message)]
    if round.flags is not None and not round.left_alone.guards((a, b)):
        start, end = round.tracker.to_source(a), round.tracker.to_source(b)
        message = f"{rule.message}: perhaps {finding.canonical}"
        flagged = Rule(rule.id, rule.category, message, rule.pack)
        round.flags.append(suggestion_flag(start, end, flagged, round.text[a:b], finding.replacement))
    return []


def _index(rule: NameSpellingRule) -> NameIndex:
    table = load_key_table(rule.keys)
    return NameIndex(table, [person(n, table) for n in rule.names], rule.known, rule.countries)


def compile_rules(rules: list[NameSpellingRule], fast: bool) -> Runner:
    return Runner(rules, _index, find)


KIND = Kind(
    name="name",
    rule=NameSpellingRule,
    fields=frozenset({"names", "known", "keys", "countries"}),
    build=build,
    compile=compile_rules,
)
