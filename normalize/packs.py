"""Finding, reading and validating rule packs (YAML files of rules, or glossary tables in CSV or TSV).

Packs are data: they are parsed with YAML's safe loader only (libyaml's, in C, where
PyYAML has it; the pure-Python one otherwise), never executed, and name no code.
Every problem is raised as ``RulePackError`` naming the file and, where there is
one, the rule id, so a pack author sees ``core.yaml: rule 'x': …`` rather than a
traceback.
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import io
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from . import built
from .checked import checks_key, passed_before, remember_passed
from .dbcache import digest, read_cached, write_cached
from .errors import RulePackError, did_you_mean
from .lexicon import english, overridden, rules_directory
from .rules import Rule, RuleError, TermRule, build_rule
from .yamlguard import AliasBomb, load_yaml

DEFAULT_PACKS = ("core", "mideast", "arabic-structure", "calques", "senses", "gazetteer", "shapes", "registers")


@dataclass(frozen=True)
class Pack:
    """A loaded pack: its name, where it came from, and its rules in file order."""

    name: str
    path: str
    description: str
    rules: tuple[Rule, ...]
    #: The line each rule starts on, by rule id, where known (a glossary table's rows), for errors.
    lines: Mapping[str, int] = field(default_factory=dict)
    #: A pack shipped with normalize (in ``rules/``): a user's glossary may take over its term variants.
    bundled: bool = False
    #: The pack's ``language:`` overrides of the files in rules/language, checked at load (``lexicon.overridden``).
    language: Mapping[str, Any] = field(default_factory=dict)


def resolve_pack(spec: str | Path) -> Path:
    """Turn a pack name ("core") or a path into an existing file path."""
    path = Path(spec)
    bundled = rules_directory() / f"{spec}.yaml"
    # A bare name means a bundled pack even when the working folder holds a file or folder of that
    # name (a core dump called "core", a folder called "senses"); a path is taken as given.
    bare_name = not path.suffix and not any(sep in str(spec) for sep in ("/", "\\"))
    if bare_name and bundled.is_file():
        return bundled
    if path.is_file():
        return path
    if path.suffix in (".yaml", ".yml", *_TABLE_DELIMITERS) or not bare_name or path.exists():
        raise RulePackError(str(spec), "rule pack not found")
    available = ", ".join(sorted(p.stem for p in rules_directory().glob("*.yaml")))
    raise RulePackError(str(spec), f"no such rule pack (bundled packs: {available or 'none'})")


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


def forget_loaded_packs() -> None:
    """Drop the packs parsed in this process, so the next load reads the file (and the disk cache) again."""
    _load_pack_cached.cache_clear()


@functools.lru_cache(maxsize=64)
def _load_pack_cached(path: Path, mtime_ns: int, size: int) -> Pack:
    """Parsing is pure given the file's identity and contents, so rebuilding a Normalizer is cheap."""
    folder = rules_directory()
    if not path.is_relative_to(folder):
        return _read_pack(path, str(path))
    # A bundled pack: kept built on disk, under a key of every file it can be built from (``normalize.built``).
    sources = built.sources_key(folder) if built.in_use() else None
    name = built.pack_name(sources, path, folder) if sources is not None else None
    stored = built.load(name) if name is not None else None
    if isinstance(stored, Pack) and stored.bundled:
        return stored
    pack = dataclasses.replace(_read_pack(path, path.name), bundled=True)
    if name is not None:
        built.store(name, pack)
    return pack


def _read_pack(path: Path, shown: str) -> Pack:
    """The pack in the file, parsed (or read from its cached JSON), its rules generated, built and checked."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RulePackError(shown, f"cannot read: {exc}") from None
    if path.suffix in _TABLE_DELIMITERS:
        pack = _pack_from_table(text, shown, path.stem, _TABLE_DELIMITERS[path.suffix])
    else:
        data = _parsed(text, shown)
        if isinstance(data, dict) and "gazetteer" in data:  # a pack of rules generated from tables
            from .gazetteer_pack import expand_pack

            data = expand_pack(data, path.parent, shown, _claimed(data["gazetteer"], shown))
        if isinstance(data, dict) and "families" in data:  # sense rules generated for whole word families
            from .sense_families import expand_families

            data = expand_families(data, path.parent, shown)
        if isinstance(data, dict) and "shared_lists" in data:  # word classes read from the gazetteer's tables
            from .pack_lists import expand_shared_lists

            data = expand_shared_lists(data, path.parent, shown)
        if isinstance(data, dict) and "untranslated" in data:  # Arabic words left in Latin letters
            from .untranslated import expand_untranslated

            data = expand_untranslated(data, path.parent, shown)
        pack = _pack_from_data(data, shown, path.stem)
    return pack


def _claimed(spec: Any, shown: str) -> set[str]:
    """Names and variants (house styles too) of the term rules in the packs a gazetteer defers to (``defer_to``)."""
    names = spec.get("defer_to", []) if isinstance(spec, dict) else []
    if not isinstance(names, list):
        raise RulePackError(shown, "gazetteer: 'defer_to' must list pack names")
    return {
        name
        for pack in map(load_pack, names)
        for rule in pack.rules
        if isinstance(rule, TermRule)
        for name in (rule.canonical, *rule.variants, *rule.style_variants, *rule.review_variants)
    }


# --- glossaries kept as tables --------------------------------------------------------

#: A newsroom's glossary often lives in a spreadsheet: saved as CSV or TSV, it is a pack of
#: term rules, one row each, with no YAML to write.
_TABLE_DELIMITERS = {".csv": ",", ".tsv": "\t"}
#: The columns a glossary table may have; "canonical" and "variants" are required.
_TABLE_COLUMNS = (
    "canonical",
    "variants",
    "id",
    "category",
    "message",
    "case_sensitive",
    "drop_article",
    "outside_quotes",
    "requires",
)
#: Yes-or-no columns, as a term rule in a pack has them (all default to no).
_TABLE_FLAGS = ("case_sensitive", "drop_article", "outside_quotes")
_TRUE, _FALSE = frozenset({"true", "yes", "1"}), frozenset({"false", "no", "0", ""})


def _pack_from_table(text: str, shown: str, name: str, delimiter: str) -> Pack:
    """A pack of term rules from a glossary table with a header row.

    Variants (and the context words of ``requires``) are separated by "|", which no
    spreadsheet uses for itself; ``id`` defaults to the canonical form in lower case
    with hyphens, ``category`` to terminology.  Blank rows and rows whose first cell
    starts with "#" are skipped.  Each problem names the file and the row's line.
    """
    rows = csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=delimiter)
    header = next(rows, None)
    if header is None:
        raise RulePackError(shown, "empty glossary: a header row with 'canonical' and 'variants' is needed")
    columns = [cell.strip().lower().replace("-", "_").replace(" ", "_") for cell in header]
    for column in columns:
        if column not in _TABLE_COLUMNS:
            hint = did_you_mean(column, _TABLE_COLUMNS, f" (columns: {', '.join(_TABLE_COLUMNS)})")
            raise RulePackError(shown, f"unknown column '{column}'{hint}", line=1)
    for required in ("canonical", "variants"):
        if required not in columns:
            raise RulePackError(shown, f"no '{required}' column", line=1)
    rules: list[Rule] = []
    seen: set[str] = set()
    lines: dict[str, int] = {}
    for row in rows:
        line = rows.line_num
        cells = {column: value.strip() for column, value in zip(columns, row, strict=False)}
        if not any(cells.values()) or next(iter(row), "").lstrip().startswith("#"):
            continue
        try:
            rule = build_rule(_term_from_row(cells), name)
        except RuleError as exc:
            raise RulePackError(shown, str(exc), rule=cells.get("id") or cells.get("canonical"), line=line) from None
        if rule.id in seen:
            raise RulePackError(shown, "duplicate rule id (give the row an id of its own)", rule=rule.id, line=line)
        seen.add(rule.id)
        lines[rule.id] = line
        rules.append(rule)
    return Pack(name=name, path=shown, description="glossary table", rules=tuple(rules), lines=lines)


def _term_from_row(cells: dict[str, str]) -> dict[str, Any]:
    """A term rule as a pack would spell it, from one row of a glossary table."""
    canonical = cells.get("canonical", "")
    item: dict[str, Any] = {
        "id": cells.get("id") or "-".join(re.findall(r"\w+", canonical.lower())) or canonical,
        "kind": "term",
        "category": cells.get("category") or "terminology",
        "message": cells.get("message") or f"the glossary writes '{canonical}'",
        "canonical": canonical,
        "variants": [v.strip() for v in cells.get("variants", "").split("|") if v.strip()],
    }
    for column in _TABLE_FLAGS:
        flag = cells.get(column, "").lower()
        if flag not in _TRUE | _FALSE:
            raise RuleError(f"'{column}' must be true or false, not '{cells[column]}'")
        item[column] = flag in _TRUE
    words = [w.strip() for w in cells.get("requires", "").split("|") if w.strip()]
    if words:
        item["context"] = {"requires": words}
    return item


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
        data = load_yaml(text, _SAFE_LOADER)
    except AliasBomb as exc:
        raise RulePackError(shown, f"invalid YAML: {exc}") from None
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
    key = checks_key(data["rules"])
    checked = passed_before(key)
    for index, item in enumerate(data["rules"], start=1):
        rule_id = item.get("id") if isinstance(item, dict) else None
        label = rule_id if isinstance(rule_id, str) else f"#{index}"
        if not isinstance(item, dict):
            raise RulePackError(shown, "each rule must be a mapping", rule=label)
        try:
            rule = build_rule(item, name, checked)
        except RuleError as exc:
            raise RulePackError(shown, str(exc), rule=label) from None
        if rule.id in seen:
            raise RulePackError(shown, "duplicate rule id", rule=rule.id)
        seen.add(rule.id)
        rules.append(rule)
    description = data.get("description", "")
    language = data.get("language") or {}
    overridden(english(), language, shown)  # checked now, so that a bad key fails at load, not mid-run
    if not checked:
        remember_passed(key)
    return Pack(name=name, path=shown, description=str(description), rules=tuple(rules), language=language)


def load_packs(specs: Sequence[str | Path] | None) -> list[Pack]:
    """Load several packs and check that rule ids and term variants do not clash across them."""
    with built.sources_settled():
        packs = [load_pack(spec) for spec in (DEFAULT_PACKS if specs is None else specs)]
    owner: dict[str, str] = {}
    for pack in packs:
        for rule in pack.rules:
            if rule.id in owner:
                raise RulePackError(
                    pack.path,
                    f"rule id already defined in pack '{owner[rule.id]}'",
                    rule=rule.id,
                    line=pack.lines.get(rule.id),
                )
            owner[rule.id] = pack.name
    taken = _variants_taken_over(packs)
    return [_without_variants(pack, taken) for pack in packs] if taken else packs


#: A claim on a term variant: (pack, rule id).
_Claim = tuple[Pack, str]


def _variants_taken_over(packs: Sequence[Pack]) -> dict[str, set[str]]:
    """Term variants a user's pack takes over from a bundled one: bundled rule id → variants (case-folded).

    Two term rules claiming one variant would make the output depend on load order,
    so that is an error naming the pack file (and line, for a glossary table) -- except
    that a pack of the user's own may claim a variant a bundled pack has: the user's
    glossary then decides that variant, and the bundled rule no longer matches it.
    """
    claimed: dict[tuple[str, bool], _Claim] = {}
    taken: dict[str, set[str]] = {}
    for pack in packs:
        for rule in pack.rules:
            if not isinstance(rule, TermRule):
                continue
            for variant in (*rule.variants, *rule.style_variants, *rule.review_variants):  # every tier
                key = (variant if rule.case_sensitive else variant.casefold(), rule.case_sensitive)
                other = claimed.get(key)
                if other is not None and other[1] != rule.id:
                    if not (other[0].bundled and not pack.bundled):
                        raise RulePackError(
                            pack.path,
                            f"variant '{variant}' is already claimed by rule '{other[1]}' of {other[0].path}",
                            rule=rule.id,
                            line=pack.lines.get(rule.id),
                        )
                    taken.setdefault(other[1], set()).add(key[0])
                claimed[key] = (pack, rule.id)
    return taken


def _without_variants(pack: Pack, taken: dict[str, set[str]]) -> Pack:
    """The pack less the variants taken over (a term rule left with none is dropped)."""
    if not pack.bundled:
        return pack
    rules: list[Rule] = []
    for rule in pack.rules:
        gone = taken.get(rule.id)
        if gone and isinstance(rule, TermRule):
            exact = rule.case_sensitive

            def left(variants: tuple[str, ...], gone: set[str] = gone, exact: bool = exact) -> tuple[str, ...]:
                return tuple(v for v in variants if (v if exact else v.casefold()) not in gone)

            errors, styles, reviews = left(rule.variants), left(rule.style_variants), left(rule.review_variants)
            if not (errors or styles or reviews):
                continue
            rule = dataclasses.replace(rule, variants=errors, style_variants=styles, review_variants=reviews)
        rules.append(rule)
    return dataclasses.replace(pack, rules=tuple(rules))
