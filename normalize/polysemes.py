"""Wrong-sense nouns by the class of the word beside them, generated from one table.

Machine translation gives a common Arabic noun its dictionary sense whatever qualifies it:
ajhiza amniyya comes out as "security devices", "intelligence apparatuses", "police organs";
jihat as "the health sides", "the judicial sides", "oversight sides".  Rules that list such
wordings reach the wordings listed.  The table (``rules/senses/polysemes.yaml``, named by the
senses pack's ``families: polysemes:``) says it once per Arabic word:

- ``renders``: the English nouns MT writes for it (every number generated, ``number`` says
  which the sense needs);
- ``before``: the collocate class that decides the sense: a class of ``classes`` (a word
  list; a plural is generated for nouns marked so), the word just before the noun;
- ``write``: the noun an editor writes, in the number matched;
- ``after`` (optional): a verb class one of which must follow the noun as its verb (a device
  does not arrest anyone; the services do), within a short place phrase; ``by``/``with``
  cues before the modifier ("arrested by the security organs", "in coordination with the
  intelligence devices") make the same reading certain;
- ``unless`` (optional): words that, anywhere in the sentence, make another sense possible
  (the sides of a ceasefire are its parties).

Each entry becomes one family of ``sense_families`` (and so one pattern rule with the
pack's checks: examples, keep texts, the screen).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import regex

_FIELDS = frozenset(
    {"id", "source", "message", "renders", "number", "before", "after", "cues", "unless", "write"}
    | {"tier", "examples", "keep", "context"}
)
#: A short place or owner phrase between a noun and its verb: "in Kirkuk", "of the province".
_PLACE = (
    r"(?:\s(?:in|of|at|across)\s(?:the\s)?(?:[\p{L}'’-]+\s){0,2}?(?-i:\p{Lu})[\p{L}'’-]+"
    r"|\sin\sthe\s(?:province|governorate|city|region|district|capital|country)\b)?"
)
#: What may stand between a subject and its verb: an auxiliary or a time adverb.
_BETWEEN = (
    r",?\s(?:(?:have|has|had|also|then|later|recently|yesterday|today|were able to|managed to|succeeded in)\s){0,2}"
)


def _words(value: Any, what: str) -> list[str]:
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError(f"'{what}' must list words")
    return [v.strip() for v in value]


def _alternation(forms: list[str]) -> str:
    unique = sorted({f.casefold() for f in forms}, key=lambda f: (-len(f), f))
    return "|".join(regex.escape(f).replace("\\ ", r"\s") for f in unique)


def _class(classes: Mapping[str, Any], name: Any, nouns: Any) -> list[str]:
    """A class's words (a noun class with its plurals)."""
    if not isinstance(name, str) or name not in classes:
        raise ValueError(f"unknown class {name!r}")
    entry = classes[name]
    if isinstance(entry, Mapping):
        words = _words(entry.get("words"), f"classes: {name}: words")
        if entry.get("verbs") is True:
            return [form for word in words for group in nouns.verb(word).values() for form in group]
        return words
    return _words(entry, f"classes: {name}")


def build_family(item: Mapping[str, Any], classes: Mapping[str, Any], inflections: Any) -> dict[str, Any]:
    """One table entry as a family of ``sense_families`` (a ``find`` with its own ``maps``)."""
    unknown = set(item) - _FIELDS
    if unknown:
        raise ValueError(f"unknown field(s): {', '.join(sorted(unknown))}")
    number = item.get("number", "plural")
    keys = {"plural": ("pl",), "singular": ("sg",), "any": ("sg", "pl")}.get(str(number))
    if keys is None:
        raise ValueError("'number' must be plural, singular or any")
    write = item.get("write")
    if not isinstance(write, str):
        raise ValueError("'write' must be a noun")
    target = inflections.noun(write)
    table: dict[str, str] = {}
    for noun in _words(item.get("renders"), "renders"):
        forms = inflections.noun(noun)
        for key in keys:
            table.setdefault(forms[key][0].casefold(), target[key][0])
    modifier = _alternation(_class(classes, item.get("before"), inflections))
    head = _alternation(list(table))
    phrase = rf"(?:{modifier})\s(?:{head})\b"
    find = rf"(?<![\p{{L}}-])(?P<m>{modifier})\s(?P<h>{head})\b(?!\s(?:of|and\sthe\sother|on\seither)\b)"
    guard = r"(?<!\b(?:both|two|all|opposing|other|either|three|several)\s(?:the\s)?)"
    find = guard + _condition(item, classes, inflections, phrase, head) + find
    unless = item.get("unless")
    if unless is not None:
        words = _alternation(_class(classes, unless, inflections))
        find += rf"(?![^.;\n]{{0,160}}\b(?:{words})\b)(?<!\b(?:{words})\b[^.;\n]{{0,160}})"
    family: dict[str, Any] = {
        "id": item.get("id"),
        "message": item.get("message"),
        "find": find,
        "write": r"\g<m> \M<sense>{h}",
        "maps": {"sense": table},
        "key": sorted({form[1:] for form in table}),
    }
    for key in ("tier", "examples", "keep", "context"):
        if key in item:
            family[key] = item[key]
    return family


def _condition(item: Mapping[str, Any], classes: Mapping[str, Any], inflections: Any, phrase: str, heads: str) -> str:
    """A look-ahead at the match's start that makes the sense certain: the noun's own verb after
    it, or a cue before it ("arrested by the security organs", "coordination with the ...")."""
    after = item.get("after")
    if after is None:
        return ""
    verbs = _alternation(_class(classes, after, inflections))
    also = rf"(?:\sand\s(?:the\s)?(?:[\p{{L}}'’-]+\s){{1,2}}(?:{heads}))?"
    verb = rf"(?={phrase}{also}{_PLACE}{_BETWEEN}(?:{verbs})\b(?!\s(?:by|at|from|in\sthe\s(?:raid|operation))\b))"
    cues = item.get("cues")
    if cues is None:
        return verb
    words = _alternation(_class(classes, cues, inflections))
    return rf"(?:(?<=\b(?:{words})\s(?:the\s)?)|{verb})"


def generate(data: Mapping[str, Any], inflections: Any) -> list[tuple[str, dict[str, Any]]]:
    """Every entry of the table as (label, family); ``ValueError`` names what is wrong."""
    classes = data.get("classes")
    entries = data.get("polysemes")
    if not isinstance(classes, Mapping) or not isinstance(entries, list):
        raise ValueError("the polysemes table needs 'classes' (a mapping) and 'polysemes' (a list)")
    out: list[tuple[str, dict[str, Any]]] = []
    for index, item in enumerate(entries, start=1):
        if not isinstance(item, Mapping):
            raise ValueError(f"#{index}: each entry must be a mapping")
        label = str(item["id"]) if isinstance(item.get("id"), str) else f"#{index}"
        try:
            out.append((label, build_family(item, classes, inflections)))
        except ValueError as exc:
            raise ValueError(f"{label}: {exc}") from None
    return out
