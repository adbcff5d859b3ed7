"""Term rules generated from the gazetteer: its variants, transliterations and calques.

A pack file that has a ``gazetteer`` mapping (``rules/gazetteer.yaml``) names the tables
and the two generators' tables; ``generate`` makes the rules that
``normalize.gazetteer_pack.expand_pack`` appends to the pack's own.  For each row:

- the name's rule: the row's ``variants`` (MT errors) and the spellings
  ``normalize.translit`` generates from the canonical form and the Arabic, with the
  calques that keep an Arabic word ("Saraya Peace");
- for a person whose surname has the article, a rule for the surname alone
  ("al-Kazemi" → "al-Kadhimi"), shared by everyone of that surname;
- for an organisation or outlet, the calques made only of English words ("Peace
  Brigades"), which are ordinary phrases too: they need the document to name the
  body's country and must be capitalised ("the Truthful bloc", not "the trend of the
  future"); an outlet's rendering goes with its noun, a phrase of English words only
  as "the Middle East newspaper" (``normalize.gazetteer_outlets``);
- for a row that a hand-written rule repairs, the calques of English words that rule
  lacks, each only where the document names the country.

A generated spelling is dropped where it is a common English word, another entry's
name or variant, a house style, or generated for two different names.  Style
variants are never emitted.  ``normalize.gazetteer_pack`` reads the pack's mapping into
``Sources`` and keeps what ``generate`` makes.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import regex

from . import calques as calque_module
from . import construct as construct_module
from . import gazetteer_bodies, placecalques
from . import translit as translit_module
from .gazetteer import Entry
from .gazetteer_items import SENTENCE as _SENTENCE
from .gazetteer_items import body_rule, generated_styles, listed_surname_rules, name_rule, place_rule
from .gazetteer_items import keeps as _keeps
from .gazetteer_items import rule as _rule
from .gazetteer_items import surname_rule as _surname_rule
from .gazetteer_items import unique as _unique
from .gazetteer_outlets import noun_of, outlet_calque, outlet_rules
from .lexicon import current
from .text import contains_as_words

_SURNAME = regex.compile(r"(?i)^(?:al|el)-\w")
#: Words that open a compound name with the next one ("Abd al-Ghani", "Abu al-Gheit", "bin Laden").
_COMPOUND_HEADS = frozenset({"عبد", "أبو", "ابو", "بن", "ابن", "ولد"})


@dataclass(frozen=True)
class Sources:
    """What generation reads: the tables and settings named by the pack's ``gazetteer`` mapping."""

    entries: list[Entry]
    translit: translit_module.Table
    calque_table: calque_module.CalqueTable
    english: frozenset[str]
    claimed: frozenset[str]
    #: The commonest English words: an outlet's one-word rendering among them is never repaired.
    common: frozenset[str] = frozenset()
    #: The name key table's data (``name_keys.yaml``), for the name-spelling rule; None: no such rule.
    name_keys: Any = None
    #: The place settings (``place_keys.yaml``), for the place-spelling rule; None: no such rule.
    place_keys: Any = None
    #: The organisation settings (``body_keys.yaml``), for the organisation-spelling rule; None: no such rule.
    body_keys: Any = None


# --- generating ------------------------------------------------------------------------


@dataclass
class _Family:
    """The rules of one name before they are written out: variants by the rule they go to."""

    entry: Entry
    main: list[str]
    literal: list[str]
    literal_words: list[str]
    #: An outlet's one-word rendering with the noun after it ("Writings website"), by noun.
    outlet: dict[str, list[str]] = dataclasses.field(default_factory=dict)
    #: An outlet's rendering that is ordinary English ("Middle East", "Day"), only as "the X newspaper", by noun.
    named: dict[str, list[str]] = dataclasses.field(default_factory=dict)
    #: The row's house styles that are its own (no other entry or pack claims them).
    styles: list[str] = dataclasses.field(default_factory=list)
    #: Renderings in Arabic's order that may be English phrases too: flagged, where the country is named.
    review: list[str] = dataclasses.field(default_factory=list)


#: May generation give this variant to this owner (an entry's id, or "surname:" and the surname)?
_Usable = Callable[[str, str, Entry], bool]


def generate(sources: Sources) -> list[dict[str, Any]]:
    """The term rules (as pack mappings) of every entry, in table order."""
    families, surnames, owners = _families(sources)
    others_name = _others_name_test(sources.entries)
    surname_variants = {
        s: [v for v in _surname_spellings(s, group, sources) if not others_name(v, group)]
        for s, group in surnames.items()
    }
    for surname, variants in surname_variants.items():
        for variant in variants:
            owners[variant.casefold()].add(f"surname:{surname.casefold()}")
    reserved = _reserved(sources)
    usable = _usable_test(reserved, owners, sources.claimed)
    shared = _shared_outlet_renderings(families, owners, reserved, sources)
    items = _name_items(families, sources, reserved, usable, shared)
    items.extend(_surname_items(surnames, surname_variants, sources, usable))
    covered = frozenset(v.casefold() for i in items if i["id"].startswith("surname-") for v in i["variants"])
    items.extend(listed_surname_rules(sources.entries, covered))
    items.extend(_spelling_rules(sources))
    return items


def _families(sources: Sources) -> tuple[list[_Family], dict[str, list[Entry]], dict[str, set[str]]]:
    """Every row's family, the rows by the surname they share, and each generated variant's owners."""
    families: list[_Family] = []
    surnames: dict[str, list[Entry]] = defaultdict(list)
    owners: dict[str, set[str]] = defaultdict(set)
    starts = construct_module.name_starts((e.id, n) for e in sources.entries for n in (e.canonical, *e.variants))
    places: set[str] = set()  # a place listed twice (places.tsv, cities.tsv) has its renderings on its first row
    for entry in sources.entries:
        surname = _surname(entry, sources)
        if surname is not None and surname.casefold() not in sources.claimed:
            surnames[surname].append(entry)
        first = entry.family == "place" and entry.arabic not in places
        places.add(entry.arabic)
        # a row repaired by the hand-written rule it names still brings the calques that rule lacks
        family = _family(entry, sources, starts, deferred=bool(entry.rule), first_place=first)
        families.append(family)
        outlet = [v for variants in [*family.outlet.values(), *family.named.values()] for v in variants]
        for variant in [*family.main, *family.literal, *family.literal_words, *outlet, *family.review]:
            owners[variant.casefold()].add(entry.id)
    return families, surnames, owners


def _others_name_test(entries: Sequence[Entry]) -> Callable[[str, Sequence[Entry]], bool]:
    """Is a spelling a run of words in a right name, or in another row's error?  Its own rows'
    errors ("Recep Tayyip Ardogan") are the same misspelling."""
    named = _words_in_names(entries, styles=True, errors=False)
    erring: dict[str, set[str]] = defaultdict(set)  # runs of the rows' MT errors, by row
    for entry in entries:
        for run in _words_in_names([entry], styles=False) - _words_in_names([entry], errors=False):
            erring[run].add(entry.id)

    def others_name(variant: str, group: Sequence[Entry]) -> bool:
        key = variant.casefold()
        return key in named or bool(erring.get(key, set()) - {e.id for e in group})

    return others_name


def _usable_test(reserved: Mapping[str, str], owners: Mapping[str, set[str]], claimed: frozenset[str]) -> _Usable:
    """A variant is usable by its owner when no other entry's name, no other owner and no pack has it."""

    def usable(variant: str, owner: str, own: Entry) -> bool:
        key = variant.casefold()
        # (a variant no family generated, as the bare-word rules ask about, has no owner yet)
        return reserved.get(key, own.id) == own.id and owners.get(key, set()) <= {owner} and key not in claimed

    return usable


def _name_items(
    families: list[_Family],
    sources: Sources,
    reserved: Mapping[str, str],
    usable: _Usable,
    shared: Mapping[str, Mapping[str, list[str]]] | None = None,
) -> list[dict[str, Any]]:
    """Each row's rules: its name's and, for a body, those of its calques (``_family_rules``)."""
    items: list[dict[str, Any]] = []
    related = _related_names(sources)
    in_names = _words_in_names(sources.entries, styles=False)
    for family in families:
        entry = family.entry
        main = _unique([*entry.variants, *(v for v in family.main if usable(v, entry.id, entry))])
        main = [v for v in main if not (_surname(entry, sources) and " " not in v)] if not entry.rule else []
        family.styles = [v for v in entry.style_variants if _own_style(v, entry, reserved, sources, in_names)]
        family.styles = family.styles if not entry.rule else []
        rules = _family_rules(
            family, main, sources, usable, related.get(entry.country, []), (shared or {}).get(entry.id)
        )
        items.extend(rules)
    return items


def _surname_items(
    surnames: dict[str, list[Entry]], surname_variants: dict[str, list[str]], sources: Sources, usable: _Usable
) -> list[dict[str, Any]]:
    """A rule for each surname alone, shared by everyone of that surname."""
    items: list[dict[str, Any]] = []
    for surname, group in surnames.items():
        owner = f"surname:{surname.casefold()}"
        hand = [v for e in group for v in e.variants if " " not in v]
        variants = _unique([*hand, *(v for v in surname_variants[surname] if usable(v, owner, group[0]))])
        if variants:
            # a Persian, Turkish or Hebrew surname alone only where the document names the country
            arabic = group[0].country in sources.translit.arabic_countries
            country: Sequence[str] = () if arabic else sources.calque_table.country_context.get(group[0].country, ())
            made = [v for v in variants if v not in hand]
            items.append(_surname_rule(surname, group, variants, made, list(country)))
    return items


def _spelling_rules(sources: Sources) -> list[dict[str, Any]]:
    """The rules for unseen spellings of people, places and bodies, where the pack names their tables."""
    if sources.name_keys is None:
        return []
    countries = sources.calque_table.country_context
    styles = [(w, a.form.casefold()) for w, alts in sources.translit.words.items() for a in alts if a.tier == "style"]
    table = sources.translit

    def endings(entry: Entry) -> list[str]:
        made = generated_styles(entry, table, sources.english)  # "Abdul Qader": the name matcher leaves it too
        return translit_module.ending_styles(entry.canonical, entry.arabic, entry.country, table) + made

    items = [name_rule(sources.entries, sources.name_keys, sources.claimed, countries, styles, endings)]
    keys = items[-1]["keys"]
    if sources.place_keys is not None:  # the same key table, for places
        items.append(place_rule(sources.entries, sources.place_keys, keys, sources.claimed, countries))
    if sources.body_keys is not None:  # and for organisations and outlets
        bare = {e.canonical for e in sources.entries if _takes_no_article(e, sources)}
        items.append(body_rule(sources.entries, sources.body_keys, keys, sources.claimed, bare))
    return items


def _own_style(style: str, entry: Entry, reserved: Mapping[str, str], sources: Sources, in_names: set[str]) -> bool:
    """A house style the row's rule may carry: no other row's or pack's, not inside any name ("Al-Araby Al-Jadeed")."""
    key = style.casefold()
    if reserved.get(key, entry.id) != entry.id or key in sources.claimed or key in in_names:
        return False
    return not contains_as_words(entry.canonical.casefold(), key, False)


def _words_in_names(entries: Sequence[Entry], styles: bool = True, errors: bool = True) -> set[str]:
    """Every run of up to three words (casefolded) in every name and variant.

    A surname's spelling may not be one: "al-Asad" is the Assads' name misspelt, but
    also part of "Ain al-Asad", and "Al Asad" of "Al Asad Airbase".
    """
    runs: set[str] = set()
    for entry in entries:
        for name in (entry.canonical, *(entry.variants if errors else ()), *(entry.style_variants if styles else ())):
            words = name.casefold().split()
            for size in (1, 2, 3):
                runs.update(" ".join(words[i : i + size]) for i in range(len(words) - size + 1))
    return runs


def _reserved(sources: Sources) -> dict[str, str]:
    """Every name and listed variant (casefolded) with the entry it belongs to; generation may not take them."""
    reserved: dict[str, str] = {}
    for entry in sources.entries:
        for name in (entry.canonical, *entry.variants, *entry.style_variants, entry.romanised):
            if name:
                reserved.setdefault(name.casefold(), entry.id)
    return reserved


def _family(
    entry: Entry,
    sources: Sources,
    starts: Mapping[str, frozenset[str]],
    deferred: bool = False,
    first_place: bool = False,
) -> _Family:
    """The variants generated for a row; for one a hand-written rule repairs (``deferred``), only its
    calques made of English words, each only where the document names the country; for a place's
    first row (``first_place``), its literal renderings (``normalize.placecalques``)."""
    table = translit_module.for_country(sources.translit, entry.country)  # None: its names are not varied
    main: list[str] = []
    literal: list[str] = []
    literal_words: list[str] = []
    outlet: dict[str, list[str]] = {}
    named: dict[str, list[str]] = {}
    if table is not None and entry.family in table.types and not deferred:
        surname = _surname(entry, sources)
        given = " ".join(entry.canonical.split()[:-1]).casefold() + " " if surname and _SURNAME.match(surname) else None
        fixed = sources.english - table.words.keys()  # "Party", "News", "King" are not transliterations
        for spelling in translit_module.spellings(
            entry.canonical, entry.arabic, table, fixed, entry.family, entry.country
        ):
            if spelling.tier != translit_module.ERROR or not _acceptable(spelling.text, entry, sources):
                continue
            if given is not None and spelling.text.casefold().startswith(given):
                continue  # only the surname differs: the surname's own rule repairs it
            main.append(spelling.text)
    if entry.family == "person":  # "Happy Jalili" for Saeed Jalili; where a hand rule spells the name,
        # its renderings still come from the row, and need the country named as its calques do
        (literal if deferred else main).extend(
            calque_module.name_renderings(entry.canonical, sources.calque_table, entry.arabic)
        )
    name = entry.romanised or calque_module.calque_name(
        entry.canonical, entry.arabic, sources.calque_table, sources.english, entry.family == "media"
    )
    if entry.family == "organisation":  # another sense of a word the English name renders, the Arabic order
        senses = calque_module.other_senses(entry.canonical, entry.arabic, sources.calque_table)
        calques = sources.calque_table
        renderings = [*senses, *calque_module.arabic_order([entry.canonical, *senses], calques, sources.english)]
        literal.extend(v for v in renderings if _acceptable(v, entry, sources, calque=True))  # not a house style
    if first_place and not deferred:  # "Mother of Palaces", "Umm Palaces" for Umm Qasr
        for calque in placecalques.renderings(entry.canonical, entry.arabic, sources.calque_table, sources.english):
            if _acceptable(calque.text, entry, sources, calque=True):
                (literal if calque.needs_context else main).append(calque.text)
    literal = [v for v in literal if not construct_module.runs_on(v, starts, entry.id)]
    ok = lambda v: _acceptable(v, entry, sources, calque=True)  # noqa: E731
    made, review = construct_module.body_renderings(entry, sources.calque_table, sources.english, starts, ok)
    literal.extend(made)  # "the Coalition of the State of Law", "the Judicial Council the Supreme"
    if entry.family in ("organisation", "media") and name:
        suffixes, nouns = sources.calque_table.suffixes, sources.calque_table.media_nouns
        places = sources.calque_table.place_nouns
        for calque in calque_module.calques(name, sources.calque_table, sources.english):
            if calque.short or not _acceptable(calque.text, entry, sources, calque=True):
                continue  # a shortened name's rendering is left to the lower-case rules (gazetteer_bodies)
            if deferred and not calque.needs_context:
                if " of " in calque.text and entry.family == "organisation":  # MT's genitive, with the country
                    literal.append(calque.text)  # ("the Commission of Tahrir al-Sham"; not "the Nujaba Movement")
                continue
            if entry.family == "media" and " " not in calque.text and calque.text.casefold() not in suffixes:
                outlet_calque(calque.text, nouns, sources.common, outlet, named, places)  # "Euphrates" is the river too
            elif not calque.needs_context and not deferred:
                main.append(calque.text)
            elif entry.family == "media" and calque.text.split()[-1].casefold() not in sources.calque_table.suffixes:
                outlet_calque(calque.text, nouns, sources.common, outlet, named, places)
            elif entry.family == "media" and " " not in calque.text:
                continue  # "News" alone (al-Akhbar) is no name, not even in "the News agency"
            elif " " in calque.text:
                literal.append(calque.text)
            else:
                literal_words.append(calque.text)
    return _Family(entry, main, literal, literal_words, outlet, named=named, review=review)


def _acceptable(variant: str, entry: Entry, sources: Sources, calque: bool = False) -> bool:
    """Not the name itself nor inside it, and (for a spelling) not made only of English words."""
    key, canonical = variant.casefold(), entry.canonical.casefold()
    if key == canonical or contains_as_words(canonical, key, False) or contains_as_words(key, canonical, False):
        return False
    if key in {style.casefold() for style in entry.style_variants}:
        return False
    words = [w for w in regex.split(r"[\s\-]+", key.replace("'", "")) if w]
    return calque or not all(w in sources.english for w in words)


def _takes_no_article(entry: Entry, sources: Sources) -> bool:
    """Does the body's name go without "the"?  "the Imam Ali Brigades" is "Kata'ib al-Imam Ali", but
    "the Victory Coalition" is "the Victory Alliance"."""
    if entry.family == "organisation" and entry.canonical.split()[0] in current().terms.bare_openings:
        return True
    if entry.family == "place":  # "in the City of Sadr" is "in Sadr City"; "the Bab al-Hawa crossing" keeps it
        place = placecalques.place_name(entry.canonical, entry.arabic, sources.calque_table)
        return place is not None and place.takes_no_article
    return (
        entry.family in ("organisation", "media")
        and _arabic_head(entry.canonical, sources)
        and entry.canonical.split()[-1].casefold() not in sources.calque_table.english_heads
    )


def _arabic_head(name: str, sources: Sources) -> bool:
    """Does the name open with an Arabic word of the calque table ("Saraya al-Salam", not "Al-Quds Brigades")?"""
    return calque_module.word_key(name.split()[0]) in sources.calque_table.words


def _surname(entry: Entry, sources: Sources) -> str | None:
    """The surname of a person whose name is romanised from Arabic, if it has the article there.

    English writes some without it (Dbeibah, الدبيبة): MT glues it back on ("Aldbeibah").
    """
    if entry.family != "person" or " " not in entry.canonical:
        return None
    words, arabic = entry.canonical.split(), entry.arabic.split()
    last = words[-1]
    source = sources.translit.sources.get(entry.country)
    if source is not None and not source.with_arabic:  # a Persian, Turkish or Hebrew name: only a long one
        long_enough = 0 < source.surname_min_letters <= len(last) and last.isalpha()
        return last if long_enough and len(words) == len(arabic) and last.casefold() not in sources.common else None
    if entry.country not in sources.translit.arabic_countries:
        return None
    if _SURNAME.match(last):
        return last
    # word for word, the Arabic ending in one word with the article (not a compound: عبد الغني, نصر الله),
    # and a romanisation that does not already open with the article ("Essebsi", "Albusaidi")
    if (
        len(words) == len(arabic)
        and arabic[-1].startswith("ال")
        and arabic[-1] != "الله"
        and arabic[-2] not in _COMPOUND_HEADS
        and last[:1].isupper()
        and last[:1].casefold() not in "aeiou"
        and last.casefold() not in sources.english
    ):
        return last
    return None


def _surname_spellings(surname: str, group: Sequence[Entry], sources: Sources) -> list[str]:
    arabic = group[0].arabic.split()[-1]
    table = translit_module.for_country(sources.translit, group[0].country) or sources.translit
    source = table.sources.get(group[0].country)
    if (source is None or source.with_arabic) and not _SURNAME.match(surname):
        return [f"Al{surname.lower()}"]  # only the article glued on: the bare name is too short to vary alone
    return [
        s.text
        for s in translit_module.spellings(surname, arabic, table, family="person", country=group[0].country)
        if s.tier == translit_module.ERROR and _acceptable(s.text, group[0], sources)
    ]


# --- writing the rules out -------------------------------------------------------------


def _related_names(sources: Sources) -> dict[str, list[str]]:
    """By country, the names that tie a document to it: its people, their surnames, its bodies.

    A calque of English words is repaired where the document names the body's country or
    one of these ("Sovereignty Alliance" in a report on Iraq's budget).  A body's name made
    only of the commonest English words ("Federal Police") ties a document to no country.
    """
    related: dict[str, list[str]] = defaultdict(list)
    for entry in sources.entries:
        if entry.family == "person":
            surname = entry.canonical.split()[-1]
            related[entry.country].append(entry.canonical)
            if _SURNAME.match(surname):
                related[entry.country].append(surname)
        elif entry.family == "organisation" and not all(w in sources.common for w in english_words_of(entry.canonical)):
            related[entry.country].append(entry.canonical)
    return {country: _unique(names) for country, names in related.items()}


def _family_rules(
    family: _Family,
    main: list[str],
    sources: Sources,
    usable: _Usable,
    related: Sequence[str] = (),
    shared: Mapping[str, list[str]] | None = None,
) -> list[dict[str, Any]]:
    """The name's rule and, for a body, its rules for calques made of English words.

    ``shared``: this outlet's renderings that an outlet of another country shares ("Day": An-Nahar of
    Beirut, Ennahar of Algiers), with the words that name the other countries; see ``_shared_outlet_renderings``.
    """
    entry = family.entry
    context = list(entry.requires)
    drop = _takes_no_article(entry, sources)
    # a listed rendering with its noun ("Squares channel") keeps the noun: "the Al Mayadeen channel"
    nouns = sources.calque_table.media_nouns
    with_noun = [v for v in main if v in entry.variants and noun_of(v, entry, nouns)]
    main = [v for v in main if v not in with_noun]
    english = [v for v in main if _only_english(v, sources)] if not context else []
    main = [v for v in main if v not in english]  # made only of English words: an ordinary phrase too
    rules = _main_rule(family, main, context, drop, sources)
    country = [*sources.calque_table.country_context.get(entry.country, ()), *related]
    literal_context = _unique([*country, *context])
    # an outlet's rendering with its noun goes to the rule that keeps the noun ("the Al-Manar channel")
    taken = {v.casefold() for v in main} | {v.casefold() for vs in family.outlet.values() for v in vs}
    mine = lambda v: usable(v, entry.id, entry) and v.casefold() not in taken  # noqa: E731
    literal = _unique([*(v for v in english if " " in v and v.casefold() not in taken), *filter(mine, family.literal)])
    kept = {v.casefold() for v in literal}  # and a rendering's own lower-case head ("the party of the ... Democratic")
    literal.extend(v for v in dict.fromkeys(family.literal) if v not in literal and v.casefold() in kept)
    if entry.family == "person":  # "Abdul Aziz the wise" and, as a title, "Abdul Aziz the Wise": the rule is exact
        literal.extend(t for t in (_titled(v) for v in list(literal)) if t not in literal)
    words = _unique([*(v for v in english if " " not in v), *filter(mine, family.literal_words)])
    if literal_context:
        rules.extend(_literal_rules(entry, literal, words, literal_context, drop, sources))
    listed = (with_noun, nouns, lambda v: _only_english(v, sources))
    renderings = (family.outlet, family.named)
    rules.extend(outlet_rules(entry, renderings, literal_context, usable, listed, sources.calque_table))
    if shared:  # its own country named and no other sharer's: the outlet is this one, in its source rule
        outlet_usable = lambda v, o, e: usable(v, o, e) or v.casefold() in shared  # noqa: E731
        made = outlet_rules(entry, renderings, literal_context, outlet_usable, listed, sources.calque_table)
        excludes = _unique([w for words in shared.values() for w in words if w not in literal_context])
        sourced = {r["id"]: r for r in made if "variants" not in r}  # a term rule's variant is one rule's only
        for rule in sourced.values():
            rule.setdefault("context", {})["excludes"] = excludes
        rules[:] = [sourced.pop(r["id"], r) for r in rules] + list(sourced.values())
    review = [v for v in _unique(family.review) if mine(v)]
    if review and literal_context:
        rules.append(construct_module.review_rule(entry.id, entry.canonical, entry.arabic, review, literal_context))
    own = lambda v: usable(v, entry.id, entry)  # noqa: E731
    table, claimed = sources.calque_table, sources.claimed
    rules.extend(gazetteer_bodies.body_rules(entry, table, sources.english, sources.common, country, own, claimed))
    return rules


def _shared_outlet_renderings(
    families: Sequence[_Family], owners: Mapping[str, set[str]], reserved: Mapping[str, str], sources: Sources
) -> dict[str, dict[str, list[str]]]:
    """Outlets' renderings shared only by outlets of different countries, by outlet: the words naming the others.

    "the Day newspaper" is An-Nahar in a report from Beirut and Ennahar in one from Algiers: a rendering
    two outlets of one meaning share is no one's (``usable``), though the country tells them apart.  Each
    sharer takes it where its country is named and no other sharer's is.
    """
    media = {f.entry.id: f.entry for f in families if f.entry.family == "media"}
    context = sources.calque_table.country_context
    out: dict[str, dict[str, list[str]]] = {}
    for variant, ids in owners.items():
        if len(ids) < 2 or not ids <= media.keys() or variant in sources.claimed or variant in reserved:
            continue
        countries = [media[i].country for i in ids]
        if len(set(countries)) < len(countries) or not all(context.get(c) for c in countries):
            continue
        for i in ids:
            others = [w for j in ids if j != i for w in context[media[j].country]]
            out.setdefault(i, {})[variant] = others
    return out


def _titled(variant: str) -> str:
    """ "Ammar the wise" as a title: "Ammar the Wise"."""
    return regex.sub(r"\bthe (\p{Ll})", lambda m: f"the {m.group(1).upper()}", variant)


def _main_rule(
    family: _Family, main: list[str], context: list[str], drop: bool, sources: Sources
) -> list[dict[str, Any]]:
    """The name's own rule (none if it has no variant or house style of its own)."""
    entry = family.entry
    styles = [v for v in family.styles if v.casefold() not in {m.casefold() for m in main}]
    if not main and not styles:
        return []
    made = [v for v in main if v not in entry.variants]
    rule = _rule(entry.id, entry, main, context, drop, keep=_keeps(entry), styles=styles, generated=made)
    if entry.family in ("organisation", "media") and sources.name_keys:  # "the Al Sharqiyah Sands": a region
        rule["region_heads"] = list(sources.name_keys.get("region_heads") or [])
    return [rule]


def _literal_rules(
    entry: Entry, literal: list[str], words: list[str], context: list[str], drop: bool, sources: Sources
) -> list[dict[str, Any]]:
    """The rules for a body's calques made of English words, where the document names its country
    (``context``): the phrases (``literal``), and the one-word ones (``words``)."""
    rules: list[dict[str, Any]] = []
    # capitals are the evidence that the words are a name; the English head may be in lower case ("the Truthful bloc")
    heads = sources.calque_table.english_heads
    literal = list(dict.fromkeys([*literal, *(_lower_head(v) for v in literal if v.split()[-1].casefold() in heads)]))
    listed = {v.casefold() for v in entry.variants}
    # a place's renderings generated from its Arabic words need a place cue beside them ("The Mother of
    # Palaces is a novel"); the ones its row lists ("Philadelphia axis") are repaired as they always were
    cued = [v for v in literal if v.casefold() not in listed] if entry.family == "place" else []
    groups = [g for g in ([v for v in literal if v not in cued], cued) if g]
    for group in groups:
        suffix = "-literal-place" if group is cued and len(groups) > 1 else "-literal"
        keep = [_SENTENCE.format(name=entry.canonical)]
        # (a hand-written rule may repair part of a deferred row's calque in lower case: "popular crowd")
        if not entry.rule and not any(contains_as_words(group[0].casefold(), w.casefold(), False) for w in context):
            keep.append(f"They spoke of {group[0].lower()} at the meeting.")  # no context: left alone
            # in lower case, "the trend of the future" is that, even in a report from Beirut
            keep.append(f"In {context[0]} they spoke of {group[0].lower()} at the meeting.")
        # "the Writings website" keeps its article: "the Kitabat website".
        literal_drop = drop and entry.family != "media"
        rules.append(_rule(f"{entry.id}{suffix}", entry, group, context, literal_drop, keep=keep, exact=True))
        if group is cued:
            rules[-1].update(_place_cued(entry, rules[-1], context, sources))
    if words:
        keep = [_SENTENCE.format(name=entry.canonical), f"Officials in {context[0]} read the {words[0].lower()}."]
        rules.append(_rule(f"{entry.id}-literal-word", entry, words, context, drop, keep=keep, exact=True))
    return rules


def _place_cued(entry: Entry, item: dict[str, Any], context: list[str], sources: Sources) -> dict[str, Any]:
    """A place's rule for its renderings in English words: taken only beside a place cue, its examples with one."""
    chosen = _unique([item["variants"][0], item["variants"][-1]])
    where = f" in {context[0]}" if context else ""
    return {
        "place_cues_before": sorted(sources.calque_table.place_cues_before),
        "place_cues_after": sorted(sources.calque_table.place_cues_after),
        "examples": [
            {
                "in": f"Shelling was reported in {v} on Monday{where}.",
                "out": f"Shelling was reported in {entry.canonical} on Monday{where}.",
            }
            for v in chosen
        ],
        "keep": [*item["keep"], f"{chosen[0]} said on Monday{where}."],
    }


def _lower_head(variant: str) -> str:
    words = variant.split()
    return " ".join([*words[:-1], words[-1].lower()])


def _only_english(variant: str, sources: Sources) -> bool:
    """Is every word of ``variant`` a common English word ("Victoria base", "Eye of the Lion")?"""
    return all(word in sources.english for word in english_words_of(variant))


def english_words_of(text: str) -> list[str]:
    """The words of a name as the English word list has them: lower case, split at spaces and hyphens."""
    return [w for w in regex.split(r"[\s\-]+", text.casefold().replace("'", "").replace("’", "")) if w]
