"""Replacement templates that map a captured group through a table or change its case.

A pattern rule's replacement is a ``regex`` template (``\\g<name>``, ``\\1``).  That
cannot turn "fifth" into "5" or "Said" into "said", so a rule written for a class of
phrases had to be written once per word.  Here a template may also hold

    \\M<ops>{group}

where ``group`` is a group's name or number and ``ops`` is one or more operations
parted by ``|``, applied left to right to the group's text:

- the name of a table (a *map*): the text is looked up without regard to case, and the
  value found takes the text's case (``President`` through ``{president: speaker}``
  gives ``Speaker``).  A text the table lacks leaves the whole match unchanged: a table
  is a list of what the rule knows, not a guess;
- ``lower``, ``upper``, ``title`` (first letter upper case) or ``capitalize`` (first
  letter upper case, the rest lower case);
- ``pad3``: a figure written with three digits ("50" as "050"), for the part after a
  thousands comma that an Arabic compound number ("3 thousand and 50") gives unpadded.

Tables are given with the rule (``maps: {ordinal: {first: 1, ...}}``) or, to be shared
by several rules and packs, in ``rules/language/maps.yaml``.  A map's keys are also
the named list ``\\L<name>`` in the rule's pattern, so one table says both what the
rule matches and what it writes.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import regex

from .lexicon import compiled_from

#: ``\M<ops>{group}`` in a replacement template.
MAP_CALL = regex.compile(r"\\M<([\w|-]+)>\{(\w+)\}")

CASE_OPS: dict[str, Callable[[str], str]] = {
    "lower": str.lower,
    "upper": str.upper,
    "title": lambda text: text[:1].upper() + text[1:],
    "capitalize": str.capitalize,
    "pad3": lambda text: text.zfill(3),
}

Maps = Mapping[str, Mapping[str, str]]


class TemplateError(ValueError):
    """A template or a table is not valid; the pattern kind turns it into a ``RuleError``."""


def uses_maps(replacement: str) -> bool:
    return "\\M<" in replacement


def read_maps(value: Any) -> dict[str, dict[str, str]]:
    """Tables as a pack writes them: names to mappings of words to strings (numbers allowed)."""
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise TemplateError("'maps' must map table names to tables")
    tables: dict[str, dict[str, str]] = {}
    for name, table in value.items():
        if not isinstance(name, str) or name in CASE_OPS or not regex.fullmatch(r"[\w-]+", name):
            raise TemplateError(f"'{name}' cannot name a table (a word, and not one of {', '.join(CASE_OPS)})")
        if not isinstance(table, Mapping) or not table:
            raise TemplateError(f"table '{name}' must map words to their replacements")
        entries: dict[str, str] = {}
        for key, item in table.items():
            if not isinstance(key, str) or isinstance(item, bool) or not isinstance(item, (str, int)):
                raise TemplateError(f"table '{name}' must map words to strings, but has {key!r}: {item!r}")
            entries[key.casefold()] = str(item)
        tables[name] = entries
    return tables


@compiled_from("maps.yaml")
def shared_maps(data: Mapping[str, Any]) -> Mapping[str, Mapping[str, str]]:
    """The tables in rules/language/maps.yaml (the running normalizer's), checked like a rule's own."""
    return read_maps(data)


def table(name: str, maps: Maps) -> Mapping[str, str] | None:
    """The rule's own table of that name, else the shared one, else None."""
    if name in maps:
        return maps[name]
    if name in CASE_OPS:
        return None
    return shared_maps().get(name)


def list_names(pattern: str) -> list[str]:
    return regex.findall(r"\\L<(\w+)>", pattern)


def lists_from_maps(pattern: str, lists: Mapping[str, tuple[str, ...]], maps: Maps) -> dict[str, tuple[str, ...]]:
    """The pattern's named lists, with ``\\L<name>`` of a table (and of no list) as the table's keys."""
    merged = dict(lists)
    for name in list_names(pattern):
        if name not in merged:
            found = table(name, maps)
            if found is not None:
                merged[name] = tuple(found)
    return merged


def check_template(replacement: str, compiled: regex.Pattern[str], maps: Maps) -> None:
    """Every ``\\M<...>{group}`` names known operations and a group the pattern has."""
    for call in MAP_CALL.finditer(replacement):
        ops, group = call.group(1).split("|"), call.group(2)
        for op in ops:
            if op not in CASE_OPS and table(op, maps) is None:
                raise TemplateError(f"replacement uses unknown table '{op}'")
        if group.isdigit():
            if int(group) > compiled.groups:
                raise TemplateError(f"replacement maps group {group}, but the pattern has {compiled.groups}")
        elif group not in compiled.groupindex:
            raise TemplateError(f"replacement maps unknown group '{group}'")
    rest = MAP_CALL.sub("", replacement)
    if "\\M" in rest:
        raise TemplateError("'\\M' in a replacement must read \\M<table or case>{group}")


@dataclass(frozen=True)
class _Call:
    ops: tuple[str, ...]
    group: str | int


@functools.lru_cache(maxsize=512)
def _parse(replacement: str) -> tuple[str | _Call, ...]:
    """The template as literal ``regex`` template pieces and calls, in order."""
    pieces: list[str | _Call] = []
    last = 0
    for call in MAP_CALL.finditer(replacement):
        pieces.append(replacement[last : call.start()])
        group = call.group(2)
        pieces.append(_Call(tuple(call.group(1).split("|")), int(group) if group.isdigit() else group))
        last = call.end()
    pieces.append(replacement[last:])
    return tuple(pieces)


def follow_case(value: str, model: str) -> str:
    """``value`` written in the case of ``model``: all capitals, a first capital, or as it is."""
    if len(model) > 1 and model.isupper():
        return value.upper()
    if model[:1].isupper():
        return value[:1].upper() + value[1:]
    return value


def _apply(call: _Call, text: str, maps: Maps) -> str | None:
    for op in call.ops:
        if op in CASE_OPS and op not in maps:
            text = CASE_OPS[op](text)
            continue
        found = table(op, maps)
        value = None if found is None else found.get(text.casefold())
        if value is None:
            return None
        text = follow_case(value, text)
    return text


def expand(match: regex.Match[str], replacement: str, maps: Maps) -> str | None:
    """The match's replacement, or None where a table lacks a captured text (the match stays)."""
    out: list[str] = []
    for piece in _parse(replacement):
        if isinstance(piece, str):
            if piece:
                out.append(match.expand(piece))
            continue
        mapped = _apply(piece, match.group(piece.group) or "", maps)
        if mapped is None:
            return None
        out.append(mapped)
    return "".join(out)
