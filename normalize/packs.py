"""Finding, reading and validating rule packs (YAML files of rules).

Packs are data: they are parsed with YAML's safe loader only (libyaml's, in C, where
PyYAML has it; the pure-Python one otherwise), never executed, and name no code.
Every problem is raised as ``RulePackError`` naming the file and, where there is
one, the rule id, so a pack author sees ``core.yaml: rule 'x': …`` rather than a
traceback.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .dbcache import digest, read_cached, write_cached
from .errors import RulePackError
from .rules import Rule, RuleError, TermRule, build_rule

DEFAULT_PACKS = ("core", "mideast")


@dataclass(frozen=True)
class Pack:
    """A loaded pack: its name, where it came from, and its rules in file order."""

    name: str
    path: str
    description: str
    rules: tuple[Rule, ...]


def rules_directory() -> Path:
    """Where the bundled packs live, for both installed and source-tree use.

    A wheel carries them inside the package (``normalize/_rules``); a source
    checkout or editable install reads the top-level ``rules/`` folder.
    """
    package_dir = Path(__file__).resolve().parent
    bundled = package_dir / "_rules"
    if bundled.is_dir():
        return bundled
    return package_dir.parent / "rules"


def resolve_pack(spec: str | Path) -> Path:
    """Turn a pack name ("core") or a path into an existing file path."""
    path = Path(spec)
    if path.suffix in (".yaml", ".yml") or path.exists():
        if not path.is_file():
            raise RulePackError(str(spec), "rule pack not found")
        return path
    bundled = rules_directory() / f"{spec}.yaml"
    if not bundled.is_file():
        available = ", ".join(sorted(p.stem for p in rules_directory().glob("*.yaml")))
        raise RulePackError(str(spec), f"no such rule pack (bundled packs: {available or 'none'})")
    return bundled


def load_pack(spec: str | Path) -> Pack:
    """Read and validate one pack (cached while the file is unchanged)."""
    path = resolve_pack(spec)
    try:
        info = path.stat()
    except OSError as exc:
        raise RulePackError(str(spec), f"cannot read: {exc.strerror}") from None
    return _load_pack_cached(path.resolve(), info.st_mtime_ns, info.st_size)


#: The safe loader in C when PyYAML was built with libyaml: parsing the default packs is then about
#: a tenth of the time, which matters for the start-up of every command.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@functools.lru_cache(maxsize=64)
def _load_pack_cached(path: Path, mtime_ns: int, size: int) -> Pack:
    """Parsing is pure given the file's identity and contents, so rebuilding a Normalizer is cheap."""
    shown = str(path) if not path.is_relative_to(rules_directory()) else path.name
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RulePackError(shown, f"cannot read: {exc}") from None
    return _pack_from_data(_parsed(text, shown), shown, path.stem)


def _parsed(text: str, shown: str) -> Any:
    """The pack file's YAML as plain data, from the on-disk cache when this very file was parsed before.

    PyYAML builds a Python object per scalar in Python code, about a second for a
    glossary of 10,000 terms; the same data as JSON loads in a few hundredths
    (``normalize.dbcache``).  Only data that JSON gives back unchanged is stored.
    """
    name = digest(text.encode("utf-8"), f"{yaml.__version__} {_SAFE_LOADER.__name__}".encode()) + ".json"
    stored = read_cached("packs", name)
    if stored is not None:
        try:
            return json.loads(stored)
        except ValueError:
            pass
    try:
        data = yaml.load(text, Loader=_SAFE_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise RulePackError(shown, f"invalid YAML: {problem}", line=line) from None
    try:
        dumped = json.dumps(data, ensure_ascii=False)
    except (TypeError, ValueError):  # a date, say: not JSON, so not stored
        return data
    if json.loads(dumped) == data:  # not for keys that JSON would turn into strings
        write_cached("packs", name, dumped.encode("utf-8"))
    return data


def _pack_from_data(data: Any, shown: str, default_name: str) -> Pack:
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise RulePackError(shown, "a pack must be a mapping with a 'rules' list")
    name = data.get("pack", default_name)
    if not isinstance(name, str):
        raise RulePackError(shown, "'pack' must be a string")
    rules: list[Rule] = []
    seen: set[str] = set()
    for index, item in enumerate(data["rules"], start=1):
        rule_id = item.get("id") if isinstance(item, dict) else None
        label = rule_id if isinstance(rule_id, str) else f"#{index}"
        if not isinstance(item, dict):
            raise RulePackError(shown, "each rule must be a mapping", rule=label)
        try:
            rule = build_rule(item, name)
        except RuleError as exc:
            raise RulePackError(shown, str(exc), rule=label) from None
        if rule.id in seen:
            raise RulePackError(shown, "duplicate rule id", rule=rule.id)
        seen.add(rule.id)
        rules.append(rule)
    description = data.get("description", "")
    return Pack(name=name, path=shown, description=str(description), rules=tuple(rules))


def load_packs(specs: Sequence[str | Path] | None) -> list[Pack]:
    """Load several packs and check that rule ids and term variants do not clash across them."""
    packs = [load_pack(spec) for spec in (DEFAULT_PACKS if specs is None else specs)]
    owner: dict[str, str] = {}
    for pack in packs:
        for rule in pack.rules:
            if rule.id in owner:
                raise RulePackError(pack.path, f"rule id already defined in pack '{owner[rule.id]}'", rule=rule.id)
            owner[rule.id] = pack.name
    _check_variant_clashes(packs)
    return packs


def _check_variant_clashes(packs: Iterable[Pack]) -> None:
    """Two term rules claiming the same variant would make the output depend on load order."""
    claimed: dict[tuple[str, bool], str] = {}
    for pack in packs:
        for rule in pack.rules:
            if not isinstance(rule, TermRule):
                continue
            for variant in rule.variants:
                key = (variant if rule.case_sensitive else variant.casefold(), rule.case_sensitive)
                other = claimed.get(key)
                if other is not None and other != rule.id:
                    raise RulePackError(
                        pack.path, f"variant '{variant}' is already claimed by rule '{other}'", rule=rule.id
                    )
                claimed[key] = rule.id
