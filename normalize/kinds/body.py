"""Kind ``body``: a known organisation's or outlet's name in a spelling no rule lists.

The gazetteer pack generates one rule of this kind from its organisations and media
(``bodies``: each canonical name with its country, family and house styles, which are
never touched), the names every rule lists (``known``), the people's and places' names
the matcher could take for a body's (``others``), the name key table (``keys``, the
person rule's) and the thresholds and cue words of ``rules/gazetteer/body_keys.yaml``
(``settings``).  The matching is ``normalize.orgmatch``: a whole name of two words or
more is repaired, a one-word name only beside a word naming its kind; weaker matches
are flagged for a person.

It runs after the place rule, in the same way (``name.Runner``): the term rules have
repaired every listed variant and calque by then.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..namekeys import load_key_table
from ..orgmatch import BodyIndex, BodySettingsError, body, find, load_settings
from .base import Kind, Rule, RuleError, str_list
from .name import Runner, checked_tables


@dataclass(frozen=True)
class BodySpellingRule(Rule):
    """Repair unseen spellings of the organisations and outlets in ``bodies``; flag the doubtful ones."""

    bodies: tuple[str, ...] = ()
    known: tuple[str, ...] = ()
    others: tuple[str, ...] = ()
    keys: Mapping[str, Any] = field(default_factory=dict, hash=False, compare=False)
    settings: Mapping[str, Any] = field(default_factory=dict, hash=False, compare=False)
    kind = "body"


def build(data: Mapping[str, Any], common: dict[str, Any]) -> Rule:
    bodies = tuple(str_list(data, "bodies"))
    if not bodies:
        raise RuleError("'bodies' must list at least one organisation or outlet")
    keys, settings = checked_tables(data, load_settings, BodySettingsError)
    return BodySpellingRule(
        **common,
        bodies=bodies,
        known=tuple(str_list(data, "known")),
        others=tuple(str_list(data, "others")),
        keys=dict(keys),
        settings=dict(settings),
    )


def _index(rule: BodySpellingRule) -> BodyIndex:
    table, settings = load_key_table(rule.keys), load_settings(rule.settings)
    return BodyIndex(table, settings, [body(spec) for spec in rule.bodies], rule.known, rule.others)


def compile_rules(rules: list[BodySpellingRule], fast: bool) -> Runner:
    return Runner(rules, _index, find)


KIND = Kind(
    name="body",
    rule=BodySpellingRule,
    fields=frozenset({"bodies", "known", "others", "keys", "settings"}),
    build=build,
    compile=compile_rules,
)
