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

import regex

from .calques import CalqueTable
from .gazetteer import Entry
from .gazetteer_items import SENTENCE
from .gazetteer_items import rule as _rule

#: Is a variant free for the entry (no other entry's, pack's or generator's)?
Usable = Callable[[str, str, Entry], bool]
#: Keys of ``named`` that hold no noun: every rendering, for the rules that read it where the
#: sentence cites the outlet as a source; and those of one rare word, taken there without a noun.
SOURCE, BARE = "", " "
#: Nouns for an outlet besides the table's ("Morning daily").
_MORE_NOUNS = ("daily", "paper", "TV", "news agency")


def outlet_calque(
    text: str,
    nouns: Sequence[str],
    common: Collection[str],
    outlet: dict[str, list[str]],
    named: dict[str, list[str]],
    places: Collection[str] = (),
) -> None:
    """An outlet's rendering in English words goes with the noun MT puts after it.

    A rare word may stand before the noun or after it ("the Writings site", "the site of
    Writings"); a phrase of English words only in the capitalised "the Middle East
    newspaper" ("a Middle East newspaper" is any newspaper of the region); a common word
    never ("the Message newspaper" may be just that).  A noun that also names a place takes the
    rendering only after it ("the site of Writings"; "the Pyramids site" is in Giza).
    """
    named.setdefault(SOURCE, []).append(text)
    if " " not in text and text.casefold() not in common:
        named.setdefault(BARE, []).append(text)  # "told Writings that"
    for noun in nouns:
        if " " not in text and text.casefold() not in common:
            before = [] if noun.casefold() in places else [f"{text} {noun}"]
            outlet.setdefault(noun, []).extend([*before, f"{noun} of {text}"])
        elif " " in text and noun.casefold() not in places:
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
    table: CalqueTable | None = None,
) -> list[dict[str, Any]]:
    """ "the Writings website" is "the Kitabat website": one rule per noun, the noun in both forms.

    ``renderings`` are the calques before the noun or after it and those only with "the"
    (``outlet_calque``); ``listed`` the row's variants with a noun, the nouns, and the test
    of a variant made only of English words.  A calque that is common English takes "the"
    and capitals ("the Day newspaper"); a variant the row lists with its noun is repaired
    as listed, the noun kept, and needs the country named only if it is all English.
    """
    outlet, named = renderings
    with_noun = listed[0]
    entry = dataclasses.replace(entry, canonical=plain_name(entry))
    rules: list[dict[str, Any]] = []
    taken = {v.casefold() for v in with_noun}
    for noun, variants in outlet.items():
        chosen = [v for v in variants if usable(v, entry.id, entry) and v.casefold() not in taken]
        if chosen and context:
            named_entry = dataclasses.replace(entry, canonical=f"{entry.canonical} {noun}")
            keep = [SENTENCE.format(name=f"The {named_entry.canonical}"), f"The {chosen[0].lower()} said on Monday."]
            rules.append(_rule(_rule_id(entry, "literal", noun), named_entry, chosen, context, False, keep=keep))
    for noun, variants in named.items():
        if noun in (SOURCE, BARE):
            continue
        # the words without "the" and the noun may be another outlet's own name ("Gulf Times", Doha's)
        chosen = [
            v
            for v in variants
            if usable(v, entry.id, entry)
            and usable(v[4 : -len(noun) - 1], entry.id, entry)
            and v[4:].casefold() not in taken
        ]
        if chosen and context:
            named_entry = dataclasses.replace(entry, canonical=f"the {entry.canonical} {noun}")
            keep = [
                SENTENCE.format(name=f"The {entry.canonical} {noun}"),
                f"Officials read one {chosen[0][4:]} on Monday.",
            ]
            rule_id = _rule_id(entry, "literal-the", noun)
            rules.append(_rule(rule_id, named_entry, chosen, context, False, keep=keep, exact=True))
    if table is not None and context:
        free = [v for v in named.get(SOURCE, []) if usable(v, entry.id, entry)]
        bare = [v for v in named.get(BARE, []) if v in free]
        rules.extend(source_rules(entry, (free, bare), context, table))
    rules.extend(_listed_rules(entry, listed, context))
    return rules


def _listed_rules(
    entry: Entry, listed: tuple[Sequence[str], Sequence[str], Callable[[str], bool]], context: list[str]
) -> list[dict[str, Any]]:
    """A rule per noun for the variants the row lists with that noun, repaired as listed, the noun kept."""
    with_noun, nouns, only_english = listed
    rules: list[dict[str, Any]] = []
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


def source_rules(
    entry: Entry, renderings: tuple[Sequence[str], Sequence[str]], context: Sequence[str], table: CalqueTable
) -> list[dict[str, Any]]:
    """ "according to Morning newspaper" is "according to Al-Sabah newspaper": an outlet's rendering
    cited as a source, with its noun after a cue ("told the Day newspaper") or before a cue
    ("Morning newspaper reported"); in quotation marks after a cue ('told “The Yemeni Scene”');
    a rare word after a cue without its noun ("told Writings that").

    Only in capitals, as the rendering was made ("the morning newspaper" is any), and only where the
    document names the outlet's country (``context``).  One rule per outlet, its forms alternatives
    of one pattern (a pattern per form would cost the start-up its compiling).
    """
    every, bare = renderings
    if not every or not table.cues_before:
        return []
    name = plain_name(entry)
    forms, screens = _source_forms(every, bare, table)
    examples, keep = _source_cases(every, bare, context, name)
    rule = _source_rule(f"{entry.id}-source", entry, name, f"(?:{'|'.join(forms)})", every, context, screens)
    rule["examples"] = [{"in": text, "out": _named(text, name, every)} for text, name in examples]
    rule["keep"] = keep
    return [rule]


def _source_forms(every: Sequence[str], bare: Sequence[str], table: CalqueTable) -> tuple[list[str], list[str]]:
    """The forms of an outlet's rendering cited as a source (``source_rules``), and their screens."""
    nouns = _alternation([*table.media_nouns, *_MORE_NOUNS])
    # the whole cue before the rendering, not its last word: after any "to", "with" or "by" the words
    # are as likely a club, a show, a region or a place ("lost to Pyramids", "a visit to the Pyramids
    # site"); the screens look for the last word only, which is cheap
    cues = _alternation(list(dict.fromkeys(c.split()[-1] for c in table.cues_before)))
    whole = rf"(?i:{_alternation(table.cues_before)})"
    opens = r"(?<=(?:\A|\n|[.!?][\"”’]?\s|\b[Tt]he\s))"
    after = _alternation(table.cues_after) if table.cues_after else "(?!)"
    words = _alternation(every)
    forms = [
        rf"(?<=\b{whole} (?:[Tt]he )?){words}(?= (?:{nouns})\b)",
        rf"{opens}{words}(?= (?:{nouns}) (?:{after})\b)",
        # the subject of a verb of reporting later in its sentence, past a clause or its city: "The
        # Opinion newspaper, which is close to the government, reported"; "The Statement newspaper in
        # Dubai quoted" (s20-litname)
        rf"{opens}{words}(?= (?:{nouns})(?:,| in \p{{Lu}})[^.!?\n]{{0,100}}? (?:{after})\b)",
        rf"(?<=\b{whole} )[“\"](?:[Tt]he )?{words}[”\"]",
        # quoted beside its noun, the noun first or last: 'the newspaper "Morning"', 'the "Extent" newspaper'
        rf"(?<=\b[Tt]he (?:\p{{Lu}}\p{{Ll}}+ )?(?:{nouns}) )[“\"](?:[Tt]he )?{words}[”\"]",
        rf"(?<=\b[Tt]he )[“\"](?:[Tt]he )?{words}[”\"](?= (?:{nouns})\b)",
    ]
    # the screen asks for the rendering with its noun, or quoted, so a paragraph with "March" or "Time"
    # is not searched
    screens = [f"{words} (?:{nouns})", f'[“"](?:[Tt]he )?{words}[”"]']
    if bare:
        # the whole cue, not its last word: without its noun the word is as likely a club, a show
        # or a region after any "to", "with" or "by" ("lost to Pyramids on Sunday", "inspired by
        # Homeland,"); no article ("according to the Constitution" is the constitution); and the
        # clause goes on at once ("according to Sumerian texts", "according to Gulf and Western
        # diplomats" are no outlet)
        closing = r"(?=[,.;:]| (?:that|on|in|last|this|yesterday|today)\b)"
        forms.append(rf"(?<=\b{whole} ){_alternation(bare)}{closing}")
        screens.append(f"{cues} {_alternation(bare)}")
    return forms, screens


def _source_cases(
    every: Sequence[str], bare: Sequence[str], context: Sequence[str], name: str
) -> tuple[list[tuple[str, str]], list[str]]:
    """The examples (text, the name it repairs to) and keep texts of an outlet's source rule."""
    where = context[0]
    examples = [
        (f"In {where}, officials told the {every[0]} newspaper that the talks would resume.", name),
        (f"In {where}, the {every[-1]} newspaper reported that the talks would resume.", name),
        (f"In {where}, sources told “The {every[0]}” that the talks would resume.", name),
        (f'In {where}, the newspaper "{every[0]}" said the talks would resume.', name),
        (f'In {where}, the "{every[-1]}" channel said the talks would resume.', name),
    ]
    keep = [
        f"In {where}, officials told the {every[0]} Review newspaper that the talks would resume.",
        f"In {where}, sources told “The {every[0]} Review” that the talks would resume.",
        f'In {where}, the newspaper ran a column, "{every[0]} Notes", and a "{every[0]}" headline.',
    ]
    plain = [w for w in every if not any(c.casefold() in w.casefold() for c in context)]
    if plain:  # where the country is not named ("Yemeni Scene" names it)
        keep.append(f"The {plain[0]} newspaper said nothing on Monday.")
    common = [w for w in every if w not in bare and " " not in w]
    if common:  # in lower case, a common word is the word ("the morning newspaper")
        keep.append(f"In {where}, according to the {common[0].lower()} newspaper, the talks would resume.")
    if bare:
        examples.append((f"In {where}, a source told {bare[0]} that the talks would resume.", name))
        keep.append(f"In {where}, a source told {bare[0]} News Online that the talks would resume.")
        keep.append(f"In {where}, according to the {bare[0]}, the talks would resume.")
        keep.append(f"In {where}, the club drew with {bare[0]} on Sunday and was beaten by {bare[0]}.")
    return examples, keep


def _named(text: str, name: str, every: Sequence[str]) -> str:
    """The example as repaired: the quoted rendering or the rendering itself is the outlet's name."""
    for word in sorted(every, key=len, reverse=True):  # "Daytime" before "Day", which is inside it
        for written in (f"“The {word}”", f'"{word}"', word):
            if written in text:
                return text.replace(written, name, 1)
    return text


def _source_rule(
    rule_id: str,
    entry: Entry,
    name: str,
    pattern: str,
    words: Sequence[str],
    context: Sequence[str],
    screens: Sequence[str],
) -> dict[str, Any]:
    return {
        "id": rule_id,
        "kind": "pattern",
        "category": "terminology",
        "message": f"the outlet {entry.arabic} is '{name}' ({entry.country}); MT rendered its name word for word",
        "pattern": pattern,
        "replacement": name,
        "screen": list(screens),
        "prefilter": list(dict.fromkeys(words)),
        "context": {"requires": list(context)},
    }


def _alternation(words: Sequence[str]) -> str:
    escaped = (_escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))
    return "(?:" + "|".join(escaped) + ")"


def _escape(text: str) -> str:
    return str(regex.escape(text, special_only=True, literal_spaces=True))


def plain_name(entry: Entry) -> str:
    """The outlet's name as written: "Al-Watan (Syria)" tells the table's rows apart, not the reader."""
    return regex.sub(r" \([^)]*\)$", "", entry.canonical)
