"""Arabic common nouns left in Latin letters, turned into pattern rules from a table of words.

Machine translation sometimes leaves a common noun untranslated, romanised: "the muhafiz of
Basra" (the governor), "the mutazahirin" (the protesters), "the shurta closed the road".  The
same letters are often a name's ("Jaish al-Mahdi", "Hay al-Amil", "Shahid Ali") or a word English
has taken in (sheikh, majlis, souk), so ``rules/senses/untranslated.yaml`` lists only words that
are not English, and each rule takes a word only where English grammar uses it as a common noun:
in lower case after a determiner or before "of"; capitalised only after a determiner and
before "of" ("the Muhafiz of Basra"), or, for a title MT capitalises (``capitals``), after a
determiner.  A word in brackets or quotation marks, or before a bracket, is a gloss and stays.

The senses pack names the table (``untranslated:``); its rules are appended to the pack's when
it loads, so the pack's checks (examples, keep texts, the screen) apply to them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import regex
import yaml

from .errors import RulePackError

_FIELDS = frozenset(
    {"id", "one", "many", "en", "en_many", "tier", "after", "capitals", "sentence", "examples", "keep", "message"}
)
#: The sentence a rule's generated example puts the word in; ``{w}`` is the word.
#: Words that present what follows as a word, not as its meaning.
_NAMING = r"(?i:word|words|term|terms|title|name|called|so-called|known|spelt|spelled|Arabic)"
_SENTENCE = "Officials said the {w} of the town met them on Monday."
#: Not glued to a letter, an apostrophe, a hyphen, an opening bracket or quotation mark.
_OPEN = r"(?<![\p{L}\p{N}'’(\[“\"‘-])"
#: Not glued on, not closed by a bracket or quotation mark, not glossed in brackets, not a name's
#: first word before an article ("jaish al-shaabi").
_CLOSE = r"(?![\p{L}\p{N}'’-])(?!\s*[)\]”\"’])(?! \()(?! (?:[Aa][lnsdrt]|[Ee][ln]|[Aa]sh)-)"


def expand_untranslated(data: dict[str, Any], folder: Path, shown: str) -> dict[str, Any]:
    """``data`` with the rules its ``untranslated`` table describes appended to its ``rules``."""
    name = data.get("untranslated")
    if not isinstance(name, str):
        raise RulePackError(shown, "'untranslated' must name a table file")
    try:
        table = yaml.safe_load((folder / name).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise RulePackError(shown, f"cannot read {name}: {exc}") from None
    return {**data, "rules": [*(data.get("rules") or []), *generate(table, f"{shown}: {name}")]}


def generate(table: Any, shown: str) -> list[dict[str, Any]]:
    """Every entry of the table as one or two pattern rules, or ``RulePackError`` naming the entry."""
    if not isinstance(table, Mapping) or not isinstance(table.get("words"), list):
        raise RulePackError(shown, "the table needs a 'words' list (and 'determiners', 'adjectives' lists)")
    determiners = _strings(table.get("determiners"), "determiners", shown)
    adjectives = _strings(table.get("adjectives"), "adjectives", shown)
    before = (_before(determiners, adjectives), _before(determiners, adjectives, any_word=True))
    out: list[dict[str, Any]] = []
    for index, item in enumerate(table["words"], start=1):
        label = str(item.get("id")) if isinstance(item, Mapping) and item.get("id") else f"#{index}"
        try:
            out.extend(build_entry(item, before))
        except (ValueError, regex.error) as exc:
            raise RulePackError(shown, str(exc), rule=f"untranslated-{label}") from None
    return out


def _strings(value: Any, key: str, shown: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise RulePackError(shown, f"'{key}' must list words")
    return value


def _before(determiners: Sequence[str], adjectives: Sequence[str], any_word: bool = False) -> str:
    """The look-behind of a determiner (any case), with at most one adjective after it: one of
    ``adjectives`` or, with ``any_word`` (for a word in lower case), any word but one that
    announces the word as a word ("the word mudir", "the so-called shurta")."""
    dets = "|".join(regex.escape(d).replace(r"\ ", " ") for d in sorted(determiners, key=len, reverse=True))
    adjs = "|".join(regex.escape(a) for a in adjectives)
    adjective = f"(?:(?:{adjs}) )?" if adjs else ""
    if any_word:
        adjective = rf"(?:(?!{_NAMING}\b)[\p{{L}}-]+ )?"
    return rf"(?<=(?<![\p{{L}}'’-])(?i:{dets}) {adjective})"


def build_entry(item: Any, before: tuple[str, str]) -> list[dict[str, Any]]:
    """The rules of one entry: its singular spellings and its plural ones, each with its English."""
    if not isinstance(item, Mapping) or not isinstance(item.get("id"), str):
        raise ValueError("each entry must be a mapping with an 'id'")
    unknown = set(item) - _FIELDS
    if unknown:
        raise ValueError(f"unknown field(s): {', '.join(sorted(unknown))}")
    tier = item.get("tier", "error")
    if tier not in ("error", "review"):
        raise ValueError("'tier' must be error or review")
    rules: list[dict[str, Any]] = []
    for spellings_key, english_key, suffix in (("one", "en", ""), ("many", "en_many", "-plural")):
        spellings, english = item.get(spellings_key), item.get(english_key)
        if spellings is None:
            continue
        if not isinstance(spellings, list) or not spellings or not all(isinstance(s, str) for s in spellings):
            raise ValueError(f"'{spellings_key}' must list spellings")
        if not isinstance(english, str) or not english:
            raise ValueError(f"'{english_key}' must give the English for '{spellings_key}'")
        rules.append(_rule(item, f"untranslated-{item['id']}{suffix}", spellings, english, before, tier))
    if not rules:
        raise ValueError("an entry needs 'one' or 'many' spellings")
    return rules


def _rule(
    item: Mapping[str, Any], rule_id: str, spellings: list[str], english: str, before: tuple[str, str], tier: str
) -> dict[str, Any]:
    after = item.get("after")
    if after is not None and not isinstance(after, str):
        raise ValueError("'after' must be a pattern")
    lower = _alternation([s.lower() for s in spellings])
    capital = _alternation([s[:1].upper() + s[1:].lower() for s in spellings])
    follow = f"(?={after})" if after else r"(?= of\b)"
    strict, loose = before  # a word in lower case may have any word between it and its determiner
    if after:  # the rest of the context is given: a determiner and that context, in either case
        body = f"(?:{loose}{lower}|{strict}{capital}){follow}"
    elif item.get("capitals"):  # a title MT capitalises: after a determiner is enough
        body = f"(?:{loose}{lower}|{strict}{capital}|{lower}{follow})"
    else:
        body = f"(?:{loose}{lower}|{lower}{follow}|{strict}{capital}{follow})"
    first = spellings[0].lower()
    message = item.get("message") or f"'{first}' is Arabic left untranslated by machine translation: '{english}'"
    sentence = item.get("sentence", _SENTENCE)
    if not isinstance(sentence, str) or "{w}" not in sentence:
        raise ValueError("'sentence' must hold {w}")
    entry: dict[str, Any] = {
        "id": rule_id,
        "kind": "pattern",
        "category": "untranslated",
        "message": message,
        "pattern": f"{_OPEN}{body}{_CLOSE}",
        "replacement": english,
        "match_case": True,
        "screen": [f"(?i:{_alternation([s.lower() for s in spellings], screen=True)})"],
        "tier": tier,
        "examples": [*_examples(sentence, spellings, english, tier), *list(item.get("examples") or [])],
        "keep": [*_keeps(spellings, english, bool(item.get("capitals"))), *list(item.get("keep") or [])],
    }
    return entry


def _alternation(spellings: Sequence[str], screen: bool = False) -> str:
    """The spellings as one alternation, longest first; an apostrophe matches either form."""
    parts = []
    for spelling in sorted(dict.fromkeys(spellings), key=len, reverse=True):
        escaped = regex.escape(spelling, special_only=True, literal_spaces=True)
        parts.append(escaped.replace("'", "['’]") if not screen else escaped.replace("'", "(?:'|’)"))
    return "(?:" + "|".join(parts) + ")"


def _examples(sentence: str, spellings: Sequence[str], english: str, tier: str) -> list[dict[str, Any]]:
    """The first spelling and the last, each in the entry's sentence."""
    chosen = list(dict.fromkeys([spellings[0].lower(), spellings[-1].lower()]))
    if tier == "review":
        return [{"in": sentence.format(w=w), "flags": [w]} for w in chosen]
    return [{"in": sentence.format(w=w), "out": sentence.format(w=english)} for w in chosen]


def _keeps(spellings: Sequence[str], english: str, capitals: bool) -> list[str]:
    """A gloss in brackets and, unless the entry's title is capitalised, a name that holds the word."""
    word = spellings[0].lower()
    name = word[:1].upper() + word[1:]
    keeps = [
        f"The Arabic word {word} (the {english}) was explained, and so was “{word}”.",
        f"The word {word} is Arabic, and the so-called {word} is not.",
    ]
    if not capitals:
        keeps.append(f"{name} al-Rashid spoke at the {name} Bridge, near the old {name} Street.")
    return keeps
