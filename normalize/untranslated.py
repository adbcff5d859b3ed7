"""Arabic common nouns left in Latin letters, turned into pattern rules from a table of words.

Machine translation sometimes leaves a common noun untranslated, romanised: "the muhafiz of
Basra" (the governor), "the mutazahirin" (the protesters), "the shurta closed the road".  The
same letters are often a name's ("Jaish al-Mahdi", "Hay al-Amil", "Shahid Ali") or a word English
has taken in (sheikh, majlis, souk), so ``rules/senses/untranslated.yaml`` lists only words that
are not English, and each rule takes a word only where English grammar uses it as a common noun:
in lower case after a determiner or before "of"; capitalised only after a determiner and
before "of" ("the Muhafiz of Basra") unless the "of" phrase ends in a name's head ("the Shaheed
of the Mihrab Foundation", ``name_heads``), or, for a title MT capitalises (``capitals``), after a
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
    {"id", "one", "many", "en", "en_many", "tier", "after", "capitals", "english_titles", "sentence"}
    | {"examples", "keep", "message"}
)
#: The sentence a rule's generated example puts the word in; ``{w}`` is the word.
#: Words that present what follows as a word, not as its meaning.
_NAMING = r"(?:[Ww]ords?|[Tt]erms?|[Tt]itle|[Nn]ame|[Cc]alled|[Ss]o-called|[Kk]nown|[Ss]pel[lt]|[Ss]pelled|Arabic)"
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
    heads = _strings(table.get("name_heads"), "name_heads", shown)
    groups: dict[str, list[Mapping[str, Any]]] = {}
    for index, item in enumerate(table["words"], start=1):
        label = str(item.get("id")) if isinstance(item, Mapping) and item.get("id") else f"#{index}"
        try:
            groups.setdefault(_group(_checked(item)), []).append(item)
        except ValueError as exc:
            raise RulePackError(shown, str(exc), rule=f"untranslated-{label}") from None
    out: list[dict[str, Any]] = []
    for rule_id, items in groups.items():
        try:
            out.append(_rule(rule_id, items, before, _name_goes_on(heads)))
        except (ValueError, regex.error) as exc:
            raise RulePackError(shown, str(exc), rule=rule_id) from None
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
    dets = "|".join(_either_case(d) for d in sorted(determiners, key=len, reverse=True))
    adjs = "|".join(regex.escape(a) for a in adjectives)
    adjective = f"(?:(?:{adjs}) )?" if adjs else ""
    if any_word:
        adjective = rf"(?:(?!{_NAMING}\b)[\p{{L}}-]+ )?"
    return rf"(?<=(?<![\p{{L}}'’-])(?:{dets}) {adjective})"


def _either_case(word: str) -> str:
    """The word with its first letter in either case ("the", "The"): cheaper to compile than (?i:)."""
    rest = regex.escape(word[1:], special_only=True, literal_spaces=True)
    return f"[{word[0].upper()}{word[0].lower()}]{rest}" if word[:1].isalpha() else regex.escape(word)


def _checked(item: Any) -> Mapping[str, Any]:
    """The entry, or ``ValueError`` saying what is wrong with it."""
    if not isinstance(item, Mapping) or not isinstance(item.get("id"), str):
        raise ValueError("each entry must be a mapping with an 'id'")
    unknown = set(item) - _FIELDS
    if unknown:
        raise ValueError(f"unknown field(s): {', '.join(sorted(unknown))}")
    if item.get("tier", "error") not in ("error", "review"):
        raise ValueError("'tier' must be error or review")
    if item.get("after") is not None and not isinstance(item.get("after"), str):
        raise ValueError("'after' must be a pattern")
    titles = item.get("english_titles", [])
    spellings = {s.casefold() for spelled, _ in _pairs(item) for s in spelled}
    if not isinstance(titles, list) or not all(isinstance(t, str) and t.casefold() in spellings for t in titles):
        raise ValueError("'english_titles' must list some of the entry's own spellings")
    sentence = item.get("sentence", _SENTENCE)
    if not isinstance(sentence, str) or "{w}" not in sentence:
        raise ValueError("'sentence' must hold {w}")
    if not _pairs(item):
        raise ValueError("an entry needs 'one' or 'many' spellings")
    return item


def _pairs(item: Mapping[str, Any]) -> list[tuple[list[str], str]]:
    """The entry's spellings with their English: the singular ones, then the plural ones."""
    pairs = []
    for spellings_key, english_key in (("one", "en"), ("many", "en_many")):
        spellings, english = item.get(spellings_key), item.get(english_key)
        if spellings is None:
            continue
        if not isinstance(spellings, list) or not spellings or not all(isinstance(s, str) and s for s in spellings):
            raise ValueError(f"'{spellings_key}' must list spellings")
        if not isinstance(english, str) or not english:
            raise ValueError(f"'{english_key}' must give the English for '{spellings_key}'")
        pairs.append((spellings, english))
    return pairs


def _group(item: Mapping[str, Any]) -> str:
    """The rule an entry goes to: its own where it has its own context (``after``), else one rule for
    every entry of its tier and capitals (compiling one pattern per word would cost the start-up)."""
    if item.get("after"):
        return f"untranslated-{item['id']}"
    return {("error", False): "untranslated-nouns", ("review", True): "untranslated-titles"}.get(
        (item.get("tier", "error"), bool(item.get("capitals"))),
        f"untranslated-{item.get('tier', 'error')}{'-capitals' if item.get('capitals') else ''}",
    )


def _name_goes_on(heads: Sequence[str]) -> str:
    """Not before an "of" phrase in capitals that ends in a name's head ("of the Mihrab Foundation"):
    the capitalised word heads that name, and what the name is in English is the editor's to say."""
    if not heads:
        return ""
    return rf"(?! of (?:the )?(?:\p{{Lu}}[\p{{L}}'’-]* ){{1,3}}{_alternation(list(heads))}\b)"


def _rule(rule_id: str, items: Sequence[Mapping[str, Any]], before: tuple[str, str], named: str = "") -> dict[str, Any]:
    """One pattern rule for entries of one tier and context: each spelling goes to its English."""
    first = items[0]
    english = {s.casefold(): en for item in items for spellings, en in _pairs(item) for s in spellings}
    lower = _alternation([s.lower() for s in english])
    # A spelling English has taken in as a title keeps its capitalised form ("the Mudir of Dongola")
    titles = {t.casefold() for item in items for t in item.get("english_titles") or []}
    capitals = [s[:1].upper() + s[1:].lower() for s in english if s not in titles]
    capital = _alternation(capitals) if capitals else "(?!)"
    after = first.get("after")
    follow = f"(?={after})" if after else r"(?= of\b)"
    strict, loose = before  # a word in lower case may have any word between it and its determiner
    if after:  # the rest of the context is given: a determiner and that context, in either case
        body = f"(?:{loose}{lower}|{strict}{capital}){follow}"
    elif first.get("capitals"):  # a title MT capitalises: after a determiner is enough
        body = f"(?:{loose}{lower}|{strict}{capital}|{lower}{follow})"
    else:  # one look-behind for both cases: a capital needs "of" after it as well
        body = f"(?:{loose}(?:{lower}|{capital}{follow}{named})|{lower}{follow})"
    tier = first.get("tier", "error")
    single = first.get("message") if len(items) == 1 else None
    return {
        "id": rule_id,
        "kind": "pattern",
        "category": "untranslated",
        "message": single or "an Arabic common noun machine translation left in Latin letters, given its English",
        # Every match starts with a spelling in one of its two cases: saying so first, as a look-ahead,
        # lets a word that is none of them be passed over before the determiners' look-behinds are tried.
        "pattern": f"{_OPEN}(?={lower}|{capital})(?P<w>{body}){_CLOSE}",
        "replacement": r"\M<english>{w}",
        "maps": {"english": english},
        "match_case": True,
        "screen": [f"(?i:{_alternation(list(english), screen=True)})"],
        "tier": tier,
        "examples": [example for item in items for example in _examples(item, tier)],
        "keep": [*_keeps(first), *(keep for item in items for keep in item.get("keep") or [])],
    }


def _alternation(spellings: Sequence[str], screen: bool = False) -> str:
    """The spellings as one alternation, longest first; an apostrophe matches either form."""
    parts = []
    for spelling in sorted(dict.fromkeys(spellings), key=len, reverse=True):
        escaped = regex.escape(spelling, special_only=True, literal_spaces=True)
        parts.append(escaped.replace("'", "['’]") if not screen else escaped.replace("'", "(?:'|’)"))
    return "(?:" + "|".join(parts) + ")"


def _examples(item: Mapping[str, Any], tier: str) -> list[dict[str, Any]]:
    """The entry's first spelling of each number in its sentence, and its own examples."""
    sentence = item.get("sentence", _SENTENCE)
    out: list[dict[str, Any]] = []
    for spellings, english in _pairs(item):
        word = spellings[0].lower()
        if tier == "review":
            out.append({"in": sentence.format(w=word), "flags": [word]})
        else:
            out.append({"in": sentence.format(w=word), "out": sentence.format(w=english)})
    return [*out, *list(item.get("examples") or [])]


def _keeps(item: Mapping[str, Any]) -> list[str]:
    """A gloss in brackets, a word named as a word and, unless titles are capitalised, a name."""
    (spellings, english), *_ = _pairs(item)
    word = spellings[0].lower()
    name = word[:1].upper() + word[1:]
    keeps = [
        f"The Arabic word {word} (the {english}) was explained, and so was “{word}”.",
        f"The word {word} is Arabic, and the so-called {word} is not.",
    ]
    if not item.get("capitals"):
        keeps.append(f"{name} al-Rashid spoke at the {name} Bridge, near the old {name} Street.")
    return keeps
