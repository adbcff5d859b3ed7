"""Kind ``place``: a known place's name in a spelling no rule lists.

The gazetteer pack generates one rule of this kind from its places (``places``: each
canonical name with its countries and house styles, which are never touched), every
name and word it knows (``known``), the words of people's names (``persons``), the
name key table (``keys``, the same as the person rule's), the words that tie a document
to each country (``countries``) and the thresholds and place cues of
``rules/gazetteer/place_keys.yaml`` (``settings``).  The matching is
``normalize.placematch``: a spelling is repaired after a place cue or where the document
names the place's country, and flagged for a person where the match is weaker.

It runs after the name rule, in the same way (``name.Runner``): the term rules have
repaired every listed variant by then, and the people's misspellings are no longer there
to be mistaken for places.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..namekeys import load_key_table
from ..placematch import PlaceIndex, PlaceSettingsError, find, load_settings, place
from .base import Kind, Rule, RuleError, str_list
from .name import Runner, checked_tables


@dataclass(frozen=True)
class PlaceSpellingRule(Rule):
    """Repair unseen spellings of the places in ``places``; flag the doubtful ones."""

    places: tuple[str, ...] = ()
    known: tuple[str, ...] = ()
    persons: tuple[str, ...] = ()
    keys: Mapping[str, Any] = field(default_factory=dict, hash=False, compare=False)
    countries: Mapping[str, tuple[str, ...]] = field(default_factory=dict, hash=False, compare=False)
    settings: Mapping[str, Any] = field(default_factory=dict, hash=False, compare=False)
    kind = "place"


def build(data: Mapping[str, Any], common: dict[str, Any]) -> Rule:
    places = tuple(str_list(data, "places"))
    if not places:
        raise RuleError("'places' must list at least one place")
    keys, settings = checked_tables(data, load_settings, PlaceSettingsError)
    words = data.get("countries") or {}
    if not isinstance(words, Mapping):
        raise RuleError("'countries' must map an ISO code to the words that name the country")
    countries = {str(code): tuple(str_list(words, code)) for code in words}
    return PlaceSpellingRule(
        **common,
        places=places,
        known=tuple(str_list(data, "known")),
        persons=tuple(str_list(data, "persons")),
        keys=dict(keys),
        countries=countries,
        settings=dict(settings),
    )


def _index(rule: PlaceSpellingRule) -> PlaceIndex:
    table, settings = load_key_table(rule.keys), load_settings(rule.settings)
    places = [place(spec) for spec in rule.places]
    return PlaceIndex(table, settings, places, rule.known, rule.persons, rule.countries)


def compile_rules(rules: list[PlaceSpellingRule], fast: bool) -> Runner:
    return Runner(rules, _index, find)


KIND = Kind(
    name="place",
    rule=PlaceSpellingRule,
    fields=frozenset({"places", "known", "persons", "keys", "countries", "settings"}),
    build=build,
    compile=compile_rules,
)
