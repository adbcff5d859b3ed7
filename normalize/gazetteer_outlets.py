"""The rules for an outlet's name rendered in English words, kept with the noun MT puts around it.

MT renders an outlet's name word for word and names the kind of outlet with it ("the
Writings website", "the site of Writings", "the Middle East newspaper"); the repair keeps
the noun ("the Kitabat website").  ``normalize.gazetteer_rules`` collects the renderings;
this module sorts them by noun and writes the rules out.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence
from typing import Any

from .gazetteer import Entry
from .gazetteer_items import SENTENCE
from .gazetteer_items import rule as _rule

#: Is a variant free for the entry (no other entry's, pack's or generator's)?
Usable = Callable[[str, str, Entry], bool]


def outlet_calque(
    text: str, nouns: Sequence[str], common: Collection[str], outlet: dict[str, list[str]], named: dict[str, list[str]]
) -> None:
    """An outlet's rendering in English words goes with the noun MT puts after it.

    A rare word may stand before the noun or after it ("the Writings site", "the site of
    Writings"); a phrase of English words only in the capitalised "the Middle East
    newspaper" ("a Middle East newspaper" is any newspaper of the region); a common word
    never ("the Message newspaper" may be just that).
    """
    for noun in nouns:
        if " " not in text and text.casefold() not in common:
            outlet.setdefault(noun, []).extend([f"{text} {noun}", f"{noun} of {text}"])
        elif " " in text:
            named.setdefault(noun, []).extend([f"the {text} {noun}", f"The {text} {noun}"])


def noun_of(variant: str, entry: Entry, nouns: Sequence[str]) -> str:
    """The outlet noun a listed variant of an outlet ends in ("Squares channel": channel), or ""."""
    by_key = {n.casefold(): n for n in nouns}
    written = variant.split()[-1]
    last = written.casefold()
    if entry.family != "media" or " " not in variant or last not in by_key or written != last:
        return ""  # "Tunisia Africa News Agency": a capitalised noun is part of the name
    return "" if entry.canonical.casefold().endswith(last) else by_key[last]


def outlet_rules(
    entry: Entry,
    renderings: tuple[Mapping[str, list[str]], Mapping[str, list[str]]],
    context: list[str],
    usable: Usable,
    listed: tuple[Sequence[str], Sequence[str], Callable[[str], bool]],
) -> list[dict[str, Any]]:
    """ "the Writings website" is "the Kitabat website": one rule per noun, the noun in both forms.

    ``renderings`` are the calques before the noun or after it and those only with "the"
    (``outlet_calque``); ``listed`` the row's variants with a noun, the nouns, and the test
    of a variant made only of English words.  A calque that is common English takes "the"
    and capitals ("the Day newspaper"); a variant the row lists with its noun is repaired
    as listed, the noun kept, and needs the country named only if it is all English.
    """
    outlet, named = renderings
    with_noun, nouns, only_english = listed
    rules: list[dict[str, Any]] = []
    taken = {v.casefold() for v in with_noun}
    for noun, variants in outlet.items():
        chosen = [v for v in variants if usable(v, entry.id, entry) and v.casefold() not in taken]
        if chosen and context:
            named_entry = dataclasses.replace(entry, canonical=f"{entry.canonical} {noun}")
            keep = [SENTENCE.format(name=f"The {named_entry.canonical}"), f"The {chosen[0].lower()} said on Monday."]
            rules.append(_rule(_rule_id(entry, "literal", noun), named_entry, chosen, context, False, keep=keep))
    for noun, variants in named.items():
        chosen = [v for v in variants if usable(v, entry.id, entry) and v[4:].casefold() not in taken]
        if chosen and context:
            named_entry = dataclasses.replace(entry, canonical=f"the {entry.canonical} {noun}")
            keep = [
                SENTENCE.format(name=f"The {entry.canonical} {noun}"),
                f"Officials read one {chosen[0][4:]} on Monday.",
            ]
            rule_id = _rule_id(entry, "literal-the", noun)
            rules.append(_rule(rule_id, named_entry, chosen, context, False, keep=keep, exact=True))
    by_noun: dict[str, list[str]] = defaultdict(list)
    for variant in with_noun:
        by_noun[noun_of(variant, entry, nouns)].append(variant)
    for noun, variants in by_noun.items():
        english = all(only_english(v) for v in variants)  # "Squares channel": only where the country is named
        if english and not context:
            continue
        named_entry = dataclasses.replace(entry, canonical=f"{entry.canonical} {noun}")
        keep = [SENTENCE.format(name=f"The {named_entry.canonical}")]
        rule_id = _rule_id(entry, "named", noun)
        rules.append(_rule(rule_id, named_entry, variants, context if english else [], False, keep=keep))
    return rules


def _rule_id(entry: Entry, kind: str, noun: str) -> str:
    return f"{entry.id}-{kind}-{'-'.join(noun.casefold().split())}"
