"""Rules from pack entries and back: ``build_rule`` and ``pack_entry``, for every kind in ``normalize.kinds``.

The rule classes live with their kinds (``normalize/kinds/*.py``); the ones other
modules name are re-exported here.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from .kinds import KINDS
from .kinds.base import COMMON_FIELDS, FLAG_NAMES, Context, Example, Rule, RuleError, common_fields, require_str
from .kinds.term import TermRule

__all__ = ["Context", "Example", "Rule", "RuleError", "TermRule", "build_rule", "pack_entry"]


def build_rule(data: Mapping[str, Any], pack: str, checked: bool = False) -> Rule:
    """Validate one rule mapping and build its rule object.

    ``checked``: the pack passed its kinds' costly checks before (``normalize.checked``),
    so they are not run again."""
    name = require_str(data, "kind")
    if name not in KINDS:
        raise RuleError(f"unknown kind '{name}' (expected one of: {', '.join(sorted(KINDS))})")
    kind = KINDS[name]
    unknown = set(data) - COMMON_FIELDS - kind.fields
    if unknown:
        raise RuleError(f"unknown field(s) for kind '{name}': {', '.join(sorted(unknown))}")
    rule = kind.build(data, common_fields(data, pack))
    if not checked:
        kind.check(rule)
    return rule


#: Where a rule's field has another name in a pack.
_PACK_KEYS = {"stage_name": "stage"}


def pack_entry(rule: Rule) -> dict[str, Any]:
    """The rule as a pack spells it (the inverse of ``build_rule``), fields at their defaults left out.

    For ``normalize rules show``: a person reading why a rule fired sees it as it would
    be written, and can copy it into a pack of their own.
    """
    data: dict[str, Any] = {"id": rule.id, "kind": rule.kind}
    for spec in dataclasses.fields(rule):
        if spec.name in ("id", "pack", "examples", "keep", "context"):
            continue
        value = getattr(rule, spec.name)
        default = spec.default_factory() if spec.default_factory is not dataclasses.MISSING else spec.default
        if value == default and spec.name not in ("category", "message"):
            continue
        data[_PACK_KEYS.get(spec.name, spec.name)] = _plain(spec.name, value)
    context = {k: list(v) for k, v in (("requires", rule.context.requires), ("excludes", rule.context.excludes)) if v}
    if context:
        data["context"] = context
    if rule.examples:
        data["examples"] = [
            {"in": e.source, "flags": list(e.flagged)} if e.flagged else {"in": e.source, "out": e.expected}
            for e in rule.examples
        ]
    if rule.keep:
        data["keep"] = list(rule.keep)
    return data


def _plain(name: str, value: Any) -> Any:
    """A field's value as YAML data: lists for tuples and sets, flag names for regex flags."""
    if name == "flags":
        return [flag for flag, bit in FLAG_NAMES.items() if value & bit]
    if isinstance(value, frozenset):
        return sorted(value)
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, Mapping):
        return {key: _plain_item(items) for key, items in value.items()}
    return value


def _plain_item(value: Any) -> Any:
    """One value of a mapping field: a mapping or a list as such, a number or a string as it is."""
    if isinstance(value, Mapping):
        return dict(value)
    if isinstance(value, tuple | list | set | frozenset):
        return list(value)
    return value
