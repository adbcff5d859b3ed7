"""Rules for a body's name rendered word by word in lower case, or cited by its distinctive word alone.

Arabic papers name a bloc or party by its distinctive word ("al-Fatah", "al-Binaa"), and
machine translation renders that word: "a delegation representing the conquest", "between
the marchers and the conquest"; or the whole name in lower case: "the construction coalition",
"the giants current".  Those words are ordinary English too, so:

- where the document names the body itself (its name, a listed spelling or its distinctive
  word as written in Arabic), a calque with its English head in lower case is repaired (in
  capitals it may be an English name professional texts use: "the Peace Brigades"), and the
  bare word is repaired in a frame that makes it a body ("the leaders of the conquest", either
  side of "between the X and the Y"; never before "of": "the conquest of Mosul");
- where the document names only the body's country, a lower-case calque with its head is
  flagged for review with its fix: "the construction coalition" may be builders.

The frames and the words never taken are data (``bare_names`` of
``rules/gazetteer/calque_words.yaml``); the calques come from ``normalize.calques``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import regex

from . import calques as calque_module
from .gazetteer import Entry
from .gazetteer_items import unique
from .wordlist import commonest_words

#: Before a calque: no letter, digit or hyphen (the calque is not the tail of a longer word), and no
#: opening bracket or quote nor "or", "as", "meaning" (with "the"): "Saraya al-Salam (the Peace
#: companies)", "Saraya al-Salam, or the peace brigades" gloss the name and stay.
_OPEN = r"(?<![\p{L}\p{N}\-])(?<![(\[“\"‘'](?:[Tt]he )?)(?<!\b(?:or|as|meaning|means|literally) (?:[Tt]he )?)"
#: A name in capitalised words, with the small words English leaves in lower case between them.
_CAPITALISED_WORDS = regex.compile(r"[A-Z][a-z]+(?: (?:of|for|and|the|[A-Z][a-z]+))+")
#: After it: no letter, digit or hyphen.
_CLOSE = r"(?![\p{L}\p{N}\-])"


def body_rules(
    entry: Entry,
    table: calque_module.CalqueTable,
    english: frozenset[str],
    common: frozenset[str],
    country: Sequence[str],
    usable: Callable[[str], bool],
    claimed: frozenset[str] = frozenset(),
) -> list[dict[str, Any]]:
    """The repairing rule (the body named in the document) and the review rule (its country named).

    ``usable`` tells whether a variant is free (no other entry's); ``claimed`` (case-folded) are
    the phrases other packs' rules repair.
    """
    if entry.family != "organisation":
        return []
    lowered = _lowered_names(entry, table, english, usable)
    lower_case = _lower_case_rules(entry, lowered, english, country)
    name = entry.romanised or calque_module.calque_name(entry.canonical, entry.arabic, table, english, False)
    if not name:
        return lower_case
    heads = table.english_heads
    headed = [
        c.text.casefold()
        for c in calque_module.calques(name, table, english)
        if c.needs_context
        and not c.short  # "mobilization commission" would be taken inside "the popular mobilization commission"
        and " " in c.text
        and (heads & {c.text.split()[0].casefold(), c.text.split()[-1].casefold()} or _long_chain(c.text))
    ]
    accepted = {n.casefold() for n in (entry.canonical, *entry.style_variants)}  # "Army of Conquest" is English
    # a calque holding words another rule repairs ("popular crowd commission") is left to that rule
    headed = [c for c in unique(headed) if usable(c) and c not in accepted and not _holds(c, claimed)]
    written, renderings = calque_module.distinctive(name, table, entry.arabic)
    words = entry.canonical.split()
    # "Saraya al-Salam" takes no article; "the Fatah Alliance", with its English head, does
    arabic_head = calque_module.word_key(words[0]) in table.words and words[-1].casefold() not in heads
    kept = calque_module.word_key(written)  # "Mahdi" for al-Mahdi is no rendering: the word itself
    in_name = {w.casefold() for w in words}  # "Sovereignty Alliance" is English: "the sovereignty" is the word
    bare = [
        w
        for w in renderings
        if not arabic_head and w.casefold() not in {kept, *in_name} and _rare(w, common, table) and usable(w)
    ]
    # context matching ignores case: a name inside a lower-case calque would vouch for the calque itself
    own = [n for n in _own_names(entry, written, english) if not any(n.casefold() in c for c in headed)]
    rules: list[dict[str, Any]] = []
    if (headed or bare) and own:
        rules.append(_named_rule(entry, headed, bare, own, arabic_head, table))
    specific = [c for c in headed if _specific(c, table)]
    ordinary = [c for c in headed if c not in specific]
    # the body's own English name in lower case after "the" ("the sovereignty alliance"), where it names no country
    names = [n for n in lowered if n not in specific and _specific(n, table)]
    if ordinary and country:
        rules.append(_review_rule(entry, ordinary, country, arabic_head))
    if specific and own:
        rules.append(_unnamed_rule(entry, specific, own, arabic_head))
    if names:
        rules.append(_unnamed_name_rule(entry, names))
    return lower_case + rules


def _specific(calque: str, table: calque_module.CalqueTable) -> bool:
    """A lower-case calque no English phrase reads like, so a body's name wherever it stands.

    It is a chain of three nouns (``_long_chain``), or its head is one English never gives a body
    ("the wisdom current"), or every word beside the
    head is rare: not among the ``unnamed_calques: common_words`` commonest words nor an everyday
    news noun ("the conquest alliance", but not "the reform party", "the construction coalition",
    "the supporters of the religious authority": builders, or a party or people of that name).
    """
    unnamed, heads = table.unnamed, table.english_heads
    words = [w for w in calque.split() if w not in ("of", "the")]
    if len(words) < 2:
        return False
    if _long_chain(calque):
        return True
    head = words[0] if words[0] in heads else words[-1]
    if head in unnamed.heads:
        return True
    plain = commonest_words(unnamed.common_words) | table.bare.never | unnamed.ordinary | heads
    return all(w not in plain for w in words if w != head)


def _long_chain(calque: str) -> bool:
    """A genitive chain of three nouns ("the leagues of the people of the right"): no English phrase
    strings a body's words so, whatever its head, so it names the body in lower case too."""
    return len(calque.split(" of ")) >= 3 and all(part.strip() for part in calque.split(" of "))


def _unnamed_rule(entry: Entry, specific: Sequence[str], own: Sequence[str], arabic_head: bool) -> dict[str, Any]:
    """Specific calques where the document does not name the body, in any document: a review rule, whose
    fix is applied in a document that reads as machine translation (``promoted_in_machine_translation``
    in rules/language/evidence.yaml).  It changes nothing while the stages run, so its fix never names
    the body for the named rule's context; where the document names the body, that rule repairs it."""
    lead = "(?:[Tt]he )?" if arabic_head else ""
    forms = _alternation(specific)
    return {
        **_unnamed_common(entry, specific),
        "id": f"{entry.id}-unnamed-calque",
        "pattern": rf"{_OPEN}{lead}{forms}{_CLOSE}(?! of\b)",
        "context": {"excludes": list(own)},
        "examples": [{"in": f"The {specific[0]} met.", "flags": [f"The {specific[0]}" if lead else specific[0]]}],
    }


def _unnamed_name_rule(entry: Entry, names: Sequence[str]) -> dict[str, Any]:
    """The body's English name in lower case after "the" ("the sovereignty alliance"), made of words no
    English phrase puts together, wherever the country is not named (the lower-case rule repairs it
    there): flagged, and repaired in machine translation as the calques are.  Context matching
    ignores case, so the name itself would count as the body named: this rule has no such condition."""
    return {
        **_unnamed_common(entry, names),
        "id": f"{entry.id}-unnamed-name",
        "pattern": rf"(?<=\b[Tt]he ){_alternation(names)}{_CLOSE}(?! of\b)",  # "a coordination framework": a phrase
        "examples": [{"in": f"The {names[0]} met.", "flags": [names[0]]}],
    }


def _unnamed_common(entry: Entry, forms: Sequence[str]) -> dict[str, Any]:
    return {
        "kind": "pattern",
        "tier": "review",
        "category": "terminology",
        "message": (
            f"the body {entry.arabic}, '{entry.canonical}' ({entry.country}), in lower-case words no English"
            " phrase puts together; repaired where the document reads as machine translation"
        ),
        "replacement": entry.canonical,
        "screen": [_alternation(forms)],
        "prefilter": list(forms),
        # "of" after it makes other words of it; in capitals it is the literal rule's, where the country is named
        "keep": [f"The {forms[-1]} of the city met.", f"The {forms[0].title()} met.", f"Such {forms[0]} met."],
    }


def _lowered_names(
    entry: Entry, table: calque_module.CalqueTable, english: frozenset[str], usable: Callable[[str], bool]
) -> list[str]:
    """The body's English names in lower case ("the state of law coalition")."""
    lowered = [n.casefold() for n in _english_names(entry, table.english_heads) if _english_only(n, english)]
    # the body's own name in lower case: a hand-written rule for the body (``claimed``) maps its
    # renderings, never the canonical name's case, so it is no reason to stay away
    return [n for n in lowered if usable(n) or (entry.rule and n == entry.canonical.casefold())]


def _lower_case_rules(
    entry: Entry, lowered: list[str], english: frozenset[str], country: Sequence[str]
) -> list[dict[str, Any]]:
    """The rule for the body's English name all in lower case, if it has one and its country has words."""
    # the country's words, less names that are plain English phrases: context matching ignores case,
    # so "the victory alliance" would otherwise vouch for itself
    # (and less the words of the name itself: "Kurdistan" in "the kurdistan democratic party")
    inside = {w for n in lowered for w in n.split()}
    places = [c for c in country if (" " not in c or not _english_only(c, english)) and c.casefold() not in inside]
    return [_lower_case_rule(entry, unique(lowered), places)] if lowered and places else []


def _english_names(entry: Entry, heads: frozenset[str]) -> list[str]:
    """The body's names in capitalised words with an English head: "State of Law Coalition", "Victory Alliance"."""
    return [
        n
        for n in (entry.canonical, *entry.style_variants)
        if " " in n
        and n.split()[-1].casefold() in heads
        and regex.fullmatch(r"[A-Z][a-z]+(?: (?:of|for|and|the|[A-Z][a-z]+))+", n)
    ]


def _lower_case_rule(entry: Entry, lowered: Sequence[str], country: Sequence[str]) -> dict[str, Any]:
    """The body's English name all in lower case after "the", where the document names its country.

    Arabic has no capitals, so MT that translates a name it does not know writes it in lower
    case ("the state of law coalition"); professional English capitalises a party's name.
    """
    forms = _alternation(lowered)
    where = country[0]
    return {
        "id": f"{entry.id}-lower-case",
        "kind": "pattern",
        "category": "terminology",
        "message": f"the body {entry.arabic} is '{entry.canonical}' ({entry.country}): a party's name takes capitals",
        "pattern": rf"(?<=\b[Tt]he ){forms}{_CLOSE}(?! of\b)",  # "the future movement of goods"
        "replacement": entry.canonical,
        "screen": [f"[Tt]he {forms}"],
        "prefilter": list(lowered),
        "context": {"requires": list(country)},
        "examples": [{"in": f"In {where}, the {lowered[0]} met.", "out": f"In {where}, the {entry.canonical} met."}],
        "keep": [f"The {lowered[0]} met.", f"In {where}, they studied the {lowered[0]} of the old city."],
    }


def _holds(calque: str, claimed: frozenset[str]) -> bool:
    """Does a run of the calque's words make a phrase another rule repairs?"""
    words = calque.split()
    runs = (" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1))
    return any(run in claimed for run in runs)


def _english_only(text: str, english: frozenset[str]) -> bool:
    return all(w in english for w in regex.split(r"[\s\-]+", text.casefold()) if w)


def _rare(word: str, common: frozenset[str], table: calque_module.CalqueTable) -> bool:
    """A rendering rare enough to be a name in a frame: not among the commonest words, not an everyday news noun."""
    key = word.casefold()
    return key not in common and key not in table.bare.never and bool(table.bare.before)


def _own_names(entry: Entry, written: str, english: frozenset[str]) -> list[str]:
    """What tells that the document names the body itself: its names and its distinctive word as written."""
    names = [entry.canonical, entry.romanised, *entry.style_variants]
    names.extend(v for v in entry.variants if not _english_only(v, english))
    if written and " " not in written:
        bare = regex.sub(r"(?i)^(?:al|el)[- ]", "", written)
        names.extend([written, bare] if bare.casefold() not in english else [])
    return unique(n for n in names if n)


def _alternation(words: Sequence[str]) -> str:
    escaped = (regex.escape(w).replace("\\ ", " ") for w in sorted(set(words), key=lambda w: (-len(w), w)))
    return "(?:" + "|".join(escaped) + ")"


def _named_rule(
    entry: Entry,
    headed: Sequence[str],
    bare: Sequence[str],
    own: Sequence[str],
    arabic_head: bool,
    table: calque_module.CalqueTable,
) -> dict[str, Any]:
    forms: list[str] = []
    screens: list[str] = []
    lead = "(?:[Tt]he )?" if arabic_head else ""  # "the peace companies" is "Saraya al-Salam"
    if headed:
        # in lower case only: in capitals the words are the literal rule's, or an English name a
        # professional text uses ("Who Commands the Peace Brigades?")
        forms.append(rf"{_OPEN}{lead}{_alternation(headed)}{_CLOSE}")
        screens.append(_alternation(headed))
    if bare:
        words = f"(?i:{_alternation([w.casefold() for w in bare])})"
        frames = table.bare
        before = f"(?i:{_alternation(frames.before)}) (?i:{_alternation(frames.links)})"
        after = rf"(?! of\b)(?=\s*(?:[,.;:!?)”\"’]|\Z)|\s(?:{_alternation(frames.after)})\b)"
        doubled = rf"{words}(?: {words})?"  # MT prints the word twice where the name had it twice ("Conquest Conquest")
        forms.append(rf"(?<=\b{before} [Tt]he ){doubled}{after}")
        forms.append(rf"(?<=\b[Bb]etween [Tt]he ){words}(?= and [Tt]he\b)")
        forms.append(rf"(?<=\b[Bb]etween [Tt]he [\p{{L}}'’\-]+ and [Tt]he ){words}{after}")
        screens.append(f"[Tt]he {words}")
    where = f"{own[0]} said on Monday. "
    examples = []
    if headed:
        repaired = f"{where}{_named(entry, arabic_head)} met in the morning."
        examples.append({"in": f"{where}The {headed[0]} met in the morning.", "out": repaired})
    if bare:
        examples.append(
            {
                "in": f"{where}They met a delegation of the {bare[0].lower()} on Monday.",
                "out": f"{where}They met a delegation of the {entry.canonical} on Monday.",
            }
        )
    keep = [f"{where}The leaders of the {bare[0].lower()} of the city met."] if bare else []
    if headed:
        keep.append(f"The {headed[-1]} met in the morning.")  # the body is not named: left alone
    return {
        "id": f"{entry.id}-named-calque",
        "kind": "pattern",
        "category": "terminology",
        "message": (
            f"the body {entry.arabic} is '{entry.canonical}' ({entry.country}), named in this document;"
            " MT rendered its name word for word"
        ),
        "pattern": "|".join(f"(?:{f})" for f in forms),
        "replacement": entry.canonical,
        "screen": screens,
        "context": {"requires": list(own)},
        "examples": examples,
        "keep": keep,
    }


def _named(entry: Entry, arabic_head: bool) -> str:
    return entry.canonical if arabic_head else f"The {entry.canonical}"


def _review_rule(entry: Entry, headed: Sequence[str], country: Sequence[str], arabic_head: bool) -> dict[str, Any]:
    lead = "(?:[Tt]he )?" if arabic_head else ""
    # in lower case only: a calque in capitals is the literal rule's, repaired where the country is named
    forms = _alternation(headed)
    where = country[0]
    return {
        "id": f"{entry.id}-calque-review",
        "kind": "pattern",
        "tier": "review",
        "category": "terminology",
        "message": (
            f"may be the body {entry.arabic}, '{entry.canonical}' ({entry.country}), rendered word by word;"
            " check that the words mean the body and not what they say"
        ),
        "pattern": rf"{_OPEN}{lead}{forms}{_CLOSE}",
        "replacement": entry.canonical,
        "screen": [forms],
        "prefilter": list(headed),
        "context": {"requires": list(country)},
        "examples": [{"in": f"In {where}, the {headed[0]} met.", "flags": [f"the {headed[0]}" if lead else headed[0]]}],
        # not where the country is unnamed, nor in a gloss of the name
        "keep": [f"The {headed[0]} met.", f"In {where}, {entry.canonical} (the {headed[0]}) met."],
    }
