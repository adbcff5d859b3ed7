"""Sense rules for whole word families, generated from a compact description.

Machine translation gives a common Arabic word its dictionary sense in every tense and
number: rafa'a al-jalsa comes out as "raised the session", "raises the sitting",
"raising the session"; khalaya na'ima as "a sleeping cell" or "sleeping cells".  A rule
that lists one wording catches one wording.  A *family* (``rules/senses/families.yaml``)
says once what the wrong sense looks like and what it should be, with slots that stand
for every form of a word:

- ``<v:raise>`` matches raise, raises, raised, raising (and -ise spellings of an -ize
  verb); ``<v:adjourn>`` in ``write`` gives adjourn in the form that was matched;
  ``<v:stress|emphasize>`` matches any form of either verb, and ``\\g<s0>`` in ``write``
  keeps the form matched by the first slot as it was;
- ``<n:cell>`` matches cell and cells; ``<n:hideout>`` in ``write`` keeps the number;
- ``<ing:form|continue>`` matches forming, continuing; ``<base>`` in ``write`` gives form,
  continue;
- ``%NAME%`` is a piece of pattern the file declares once under ``macros`` (determiners,
  numbers, optional words).

Slots in ``write`` pair with slots in ``find`` in order.  Each family becomes one rule of
the pattern kind, so the pack's checks (examples, keep texts, the screen) apply to it; its
screen is the pattern without look-arounds, and its prefilter a substring every match
contains (``key``, or the forms of its first slot).  The forms of a word come from
``rules/senses/inflections.yaml`` (irregular verbs and plurals, consonants doubled) and the
regular English endings.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import regex
import yaml

from .dbcache import cached_json, digest
from .errors import RulePackError

_CACHE = "senses"
#: Verb forms, in the order a form shared by two of them is mapped (the first wins).
VERB_KEYS = ("base", "s", "past", "en", "ing", "plural", "past_plural")
NOUN_KEYS = ("sg", "pl")
_FIND_SLOT = regex.compile(r"<(v|n|ing):([a-z][a-z|' -]*)>")
_WRITE_SLOT = regex.compile(r"<(?:(v|n):([A-Za-z][A-Za-z' -]*)|(base))>")
_MACRO = regex.compile(r"%([A-Z_]+)%")
#: Appended to a family marked ``outside_quotes``: the match must not end inside a quotation
#: opened earlier in its line (an open curly or angle quote, or an odd number of straight ones).
#: A speaker's own figure of speech ("a pressure card") is reported as he said it.
_OUTSIDE_QUOTES = r'(?<![“«][^”»\n]*)(?<!(?:^|\n)[^"\n]*(?:"[^"\n]*"[^"\n]*)*"[^"\n]*)'
_FIELDS = frozenset(
    {"id", "message", "find", "write", "maps", "category", "tier", "context", "examples", "keep", "case"}
    | {"outside_quotes", "key"}
)


class Inflections:
    """The forms of English verbs and nouns: the regular endings and the file's exceptions."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.verbs: Mapping[str, Mapping[str, Any]] = data.get("verbs") or {}
        self.nouns: Mapping[str, str] = data.get("plurals") or {}
        self.doubled = frozenset(data.get("doubled") or ())

    def verb(self, base: str) -> dict[str, list[str]]:
        """Each form of ``base``, the file's or the regular one first, then other spellings (-ise, burnt)."""
        given = self.verbs.get(base) or {}
        stem = base + base[-1] if base in self.doubled else base
        regular = {"base": base, "s": _third_person(base), "past": _past(stem, base), "ing": _gerund(stem, base)}
        forms = {key: _listed(given.get(key, regular.get(key))) for key in ("base", "s", "past", "ing")}
        forms["en"] = _listed(given.get("en")) or forms["past"]
        forms["plural"] = _listed(given.get("plural")) or [base]
        forms["past_plural"] = _listed(given.get("past_plural")) or forms["past"]
        out: dict[str, list[str]] = {}
        for key in VERB_KEYS:
            spellings = [spelling for form in forms[key] for spelling in (form, _british(form))]
            out[key] = list(dict.fromkeys(spellings))
        return out

    def verb_forms(self, bases: list[str]) -> dict[str, list[str]]:
        """The forms of several verbs, key by key: ``<v:stress|emphasize>`` is either verb in any form."""
        out: dict[str, list[str]] = {key: [] for key in VERB_KEYS}
        for base in bases:
            for key, forms in self.verb(base).items():
                out[key].extend(form for form in forms if form not in out[key])
        return out

    def noun(self, singular: str) -> dict[str, list[str]]:
        plural = self.nouns.get(singular, _third_person(singular))
        return {"sg": [singular], "pl": [plural]}


def _listed(value: Any) -> list[str]:
    """A form the file gives as one word or as several spellings, as a list (empty if not given)."""
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def _third_person(word: str) -> str:
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def _past(stem: str, base: str) -> str:
    if base.endswith("e"):
        return base + "d"
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return base[:-1] + "ied"
    return stem + "ed"


def _gerund(stem: str, base: str) -> str:
    if base.endswith("ie"):
        return base[:-2] + "ying"
    if base.endswith("e") and not base.endswith(("ee", "ye", "oe")) and len(base) > 2:  # be: being
        return base[:-1] + "ing"
    return stem + "ing"


def _british(form: str) -> str:
    """The -ise spelling of an -ize form (apologized: apologised); other words unchanged."""
    return regex.sub(r"(?<=\w\w)iz(?=e|es|ed|ing|ation)", "is", form)


def _alternation(forms: list[str]) -> str:
    unique = sorted(set(forms), key=lambda f: (-len(f), f))
    return "|".join(regex.escape(f) for f in unique)


class _Slots:
    """The slots of one family's ``find``, numbered, with the forms each matched."""

    def __init__(self, inflections: Inflections) -> None:
        self.inflections = inflections
        self.found: list[tuple[str, dict[str, list[str]]]] = []

    def expand(self, match: regex.Match[str], capture: bool) -> str:
        kind, words = match.group(1), match.group(2)
        if kind == "ing":
            forms = {word: [self.inflections.verb(word)["ing"][0]] for word in words.split("|")}
        elif kind == "v":
            forms = self.inflections.verb_forms(words.split("|"))
        else:
            forms = self.inflections.noun(words)
        self.found.append((kind, forms))
        alternation = _alternation([f for group in forms.values() for f in group])
        name = f"s{len(self.found) - 1}"
        return f"(?P<{name}>{alternation})" if capture else f"(?:{alternation})"


def build_family(item: Mapping[str, Any], macros: Mapping[str, str], inflections: Inflections) -> dict[str, Any]:
    """One family as a pattern rule's pack entry; ``ValueError`` says what is wrong with it."""
    unknown = set(item) - _FIELDS
    if unknown:
        raise ValueError(f"unknown field(s): {', '.join(sorted(unknown))}")
    find, write = item.get("find"), item.get("write")
    if not isinstance(find, str) or not isinstance(write, str):
        raise ValueError("'find' and 'write' must be strings")
    find = _macros(find, macros)
    slots = _Slots(inflections)
    pattern = _FIND_SLOT.sub(lambda m: slots.expand(m, True), find)
    screen = _screen(_FIND_SLOT.sub(lambda m: _Slots(inflections).expand(m, False), find))
    if item.get("outside_quotes") is True:  # grouped: the guard is for every alternative of the find
        pattern = f"(?:{pattern}){_OUTSIDE_QUOTES}"
    replacement, maps = _write(write, slots, inflections)
    entry: dict[str, Any] = {
        "id": item.get("id"),
        "kind": "pattern",
        "category": item.get("category", "calque"),
        "message": item.get("message"),
        "pattern": pattern,
        "replacement": replacement,
        "flags": [] if item.get("case") == "exact" else ["ignorecase"],
        "match_case": True,
        "screen": [screen],
        "prefilter": _key(item.get("key"), slots),
    }
    own = item.get("maps") or {}
    if not isinstance(own, Mapping) or any(regex.fullmatch(r"s\d+", str(name)) for name in own):
        raise ValueError("'maps' must map table names (not s0, s1 ...) to tables")
    if maps or own:
        entry["maps"] = {**own, **maps}
    for key in ("tier", "context", "examples", "keep"):
        if key in item:
            entry[key] = item[key]
    return entry


def _macros(text: str, macros: Mapping[str, str]) -> str:
    def spell(match: regex.Match[str]) -> str:
        if match.group(1) not in macros:
            raise ValueError(f"unknown macro %{match.group(1)}%")
        return macros[match.group(1)]

    return _MACRO.sub(spell, text)


def _write(write: str, slots: _Slots, inflections: Inflections) -> tuple[str, dict[str, dict[str, str]]]:
    """The replacement template, with each slot a lookup in a table from matched forms to written ones."""
    maps: dict[str, dict[str, str]] = {}
    index = 0

    def slot(match: regex.Match[str]) -> str:
        nonlocal index
        if index >= len(slots.found):
            raise ValueError("'write' has more slots than 'find'")
        kind, forms = slots.found[index]
        name = f"s{index}"
        index += 1
        table: dict[str, str] = {}
        if match.group(3):  # <base>: the verb of an <ing:...> slot
            if kind != "ing":
                raise ValueError("<base> must pair with an <ing:...> slot")
            for base, (gerund,) in forms.items():
                table[gerund] = base
        else:
            if (match.group(1), kind) not in (("v", "v"), ("n", "n")):
                raise ValueError(f"<{match.group(1)}:...> in 'write' pairs with a <{kind}:...> slot")
            target = inflections.verb(match.group(2)) if kind == "v" else inflections.noun(match.group(2))
            for key in VERB_KEYS if kind == "v" else NOUN_KEYS:
                for form in forms[key]:
                    table.setdefault(form.casefold(), target[key][0])
        maps[name] = table
        return f"\\M<{name}>{{{name}}}"

    return _WRITE_SLOT.sub(slot, write), maps


def _key(given: Any, slots: _Slots) -> list[str]:
    """Strings one of which every match contains: the family's ``key``, else its first slot's forms.

    They are the rule's prefilter, the substring test that stands in for the screen when it is
    off.  A form loses its first letter, which may be a capital; a family whose forms share too
    little (be: is, was, are) must give a ``key``.
    """
    if given is not None:
        if not isinstance(given, list) or not given or not all(isinstance(k, str) and k for k in given):
            raise ValueError("'key' must list strings one of which every match contains")
        return list(given)
    if not slots.found:
        raise ValueError("a family with no slot needs a 'key'")
    forms = sorted({form[1:] for group in slots.found[0][1].values() for form in group}, key=lambda f: (len(f), f))
    kept = [form for i, form in enumerate(forms) if not any(other in form for other in forms[:i])]
    if any(len(form) < 3 for form in kept):
        raise ValueError("the first slot's forms share too little: give a 'key'")
    return kept


def _screen(pattern: str) -> str:
    """The pattern as a screen trigger: look-arounds and word boundaries dropped, groups not named, case ignored."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        if pattern.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
            i = _after_group(pattern, i)
            continue
        if pattern.startswith("(?P<", i):
            i = pattern.index(">", i) + 1
            out.append("(?:")
            continue
        if pattern.startswith("(?-i:", i):
            i += 5
            out.append("(?:")
            continue
        step = 2 if pattern[i] == "\\" else 1
        if pattern[i : i + step] != "\\b":  # Hyperscan has no word boundary in Unicode mode
            out.append(pattern[i : i + step])
        i += step
    return "(?i:" + "".join(out) + ")"


def _after_group(pattern: str, start: int) -> int:
    """The index just after the group opening at ``start`` (escapes and character classes skipped)."""
    depth, i, in_class = 0, start, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise ValueError("unbalanced brackets in 'find'")


def expand_families(data: dict[str, Any], folder: Path, shown: str) -> dict[str, Any]:
    """``data`` with the rules its ``families`` file describes appended to its ``rules``."""
    spec = data.get("families")
    if not isinstance(spec, Mapping) or not all(isinstance(spec.get(k), str) for k in ("table", "inflections")):
        raise RulePackError(shown, "'families' must name a 'table' and an 'inflections' file")
    texts = [_read(folder / spec[key], shown) for key in ("table", "inflections")]
    extra = spec.get("polysemes")
    if extra is not None and not isinstance(extra, str):
        raise RulePackError(shown, "'families: polysemes' must name a file")
    more = _read(folder / extra, shown) if extra else ""
    code = _read(Path(__file__), shown) + _read(Path(__file__).with_name("polysemes.py"), shown)
    key = digest(*(t.encode("utf-8") for t in [*texts, more, code])) + ".json"
    items = cached_json(_CACHE, key, lambda: generate(texts[0], texts[1], f"{shown}: {spec['table']}"))
    if extra:
        items = [*items, *cached_json(_CACHE, "p" + key, lambda: _polysemes(more, texts[1], f"{shown}: {extra}"))]
    rules = data.get("rules") or []
    return {**data, "rules": [*rules, *items]}


def _polysemes(table_text: str, inflections_text: str, shown: str) -> list[dict[str, Any]]:
    """The polysemes table's entries (normalize/polysemes.py) as pack entries, through the families' builder."""
    from . import polysemes

    words = Inflections(_load(inflections_text, shown))
    try:
        families = polysemes.generate(_load(table_text, shown), words)
    except ValueError as exc:
        raise RulePackError(shown, str(exc)) from None
    out: list[dict[str, Any]] = []
    for label, family in families:
        try:
            out.append(build_family(family, {}, words))
        except ValueError as exc:
            raise RulePackError(shown, str(exc), rule=label) from None
    return out


def generate(table_text: str, inflections_text: str, shown: str) -> list[dict[str, Any]]:
    """Every family of the table as a pack entry, or ``RulePackError`` naming the family at fault."""
    table, inflections = _load(table_text, shown), _load(inflections_text, shown)
    macros = table.get("macros") or {}
    families = table.get("families")
    if not isinstance(families, list) or not isinstance(macros, Mapping):
        raise RulePackError(shown, "the table needs a 'families' list (and 'macros' may map names to patterns)")
    words = Inflections(inflections)
    out: list[dict[str, Any]] = []
    for index, item in enumerate(families, start=1):
        label = item.get("id") if isinstance(item, Mapping) and isinstance(item.get("id"), str) else f"#{index}"
        if not isinstance(item, Mapping):
            raise RulePackError(shown, "each family must be a mapping", rule=label)
        try:
            out.append(build_family(item, macros, words))
        except ValueError as exc:
            raise RulePackError(shown, str(exc), rule=label) from None
    return out


def _read(path: Path, shown: str) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RulePackError(shown, f"cannot read {path.name}: {exc}") from None


def _load(text: str, shown: str) -> Mapping[str, Any]:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise RulePackError(shown, f"invalid YAML: {getattr(exc, 'problem', None) or exc}", line=line) from None
    if not isinstance(data, Mapping):
        raise RulePackError(shown, "must be a mapping")
    return data
