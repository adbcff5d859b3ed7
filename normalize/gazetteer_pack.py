"""A pack's ``gazetteer`` mapping: the files it names, read into ``Sources``, and the rules made from them.

Generation (``normalize.gazetteer_rules``) costs about a second; its result is stored
(``normalize.dbcache``) under a hash of every table, of the mapping and of the code that
generates, so a later start reads it back as JSON.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import yaml

from . import (
    calque_table,
    construct,
    gazetteer_bodies,
    gazetteer_items,
    gazetteer_outlets,
    gazetteer_rules,
    namekeys,
    orgmatch,
    placematch,
)
from . import calques as calque_module
from . import gazetteer as gazetteer_module
from . import translit as translit_module
from .dbcache import cached_json, digest, installed_versions
from .errors import RulePackError
from .gazetteer_rules import Sources, generate
from .namekeys import KeyTableError

_KINDS = "gazetteer"
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def expand_pack(data: Any, folder: Path, shown: str, claimed: Iterable[str] = ()) -> Any:
    """``data`` with the gazetteer's rules appended to its ``rules``, if it names a gazetteer.

    ``claimed`` are variants and names that rules of other packs already have: a
    generated spelling that is one of them is left to that rule.
    """
    if not isinstance(data, dict) or "gazetteer" not in data:
        return data
    spec = data["gazetteer"]
    files = _files(spec, folder, shown)
    contents = [_read(path, shown) for path in files.values() if isinstance(path, Path)]
    for table in files["tables"]:
        contents.append(_read(table, shown))
    claimed = sorted(set(claimed))
    modules = (
        gazetteer_rules,
        gazetteer_module,
        translit_module,
        calque_module,
        calque_table,
        construct,
        gazetteer_items,
        gazetteer_outlets,
        gazetteer_bodies,
        namekeys,
        placematch,
        orgmatch,
    )
    code = [_read(Path(__file__), shown), *(_read(Path(module.__file__ or ""), shown) for module in modules)]
    key = digest(
        json.dumps(spec, sort_keys=True).encode(), installed_versions(), *contents, *code, "\n".join(claimed).encode()
    )
    items = cached_json(_KINDS, key + ".json", lambda: generate(_sources(spec, files, shown, frozenset(claimed))))
    return {**data, "rules": [*data.get("rules", []), *items]}


def _files(spec: Any, folder: Path, shown: str) -> dict[str, Any]:
    if not isinstance(spec, Mapping):
        raise RulePackError(shown, "'gazetteer' must be a mapping")
    out: dict[str, Any] = {}
    for key in ("transliteration", "calques", "english_words"):
        if not isinstance(spec.get(key), str):
            raise RulePackError(shown, f"gazetteer: '{key}' must name a file")
        out[key] = folder / spec[key]
    tables = spec.get("tables")
    if not isinstance(tables, list) or not tables or not all(isinstance(t, str) for t in tables):
        raise RulePackError(shown, "gazetteer: 'tables' must list the TSV files")
    out["tables"] = [folder / t for t in tables]
    for key in ("name_keys", "place_keys", "body_keys"):  # optional: the spelling rules for names no table lists
        if key in spec:
            if not isinstance(spec[key], str):
                raise RulePackError(shown, f"gazetteer: '{key}' must name a file")
            out[key] = folder / spec[key]
    if not isinstance(spec.get("types"), Mapping) or not isinstance(spec.get("countries"), list):
        raise RulePackError(shown, "gazetteer: 'types' (type: family) and 'countries' (ISO codes) are needed")
    return out


def _read(path: Path, shown: str) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read()
    except OSError as exc:
        raise RulePackError(shown, f"gazetteer: cannot read {path.name}: {exc.strerror}") from None


def _sources(spec: Mapping[str, Any], files: Mapping[str, Any], shown: str, claimed: frozenset[str]) -> Sources:
    try:
        translit = translit_module.load_table(_yaml(files["transliteration"]))
        calque_table = calque_module.load_calque_table(_yaml(files["calques"]))
        name_keys = _yaml(files["name_keys"]) if "name_keys" in files else None
        if name_keys is not None:
            namekeys.load_key_table(name_keys)
        place_keys = _yaml(files["place_keys"]) if "place_keys" in files and name_keys is not None else None
        if place_keys is not None:
            placematch.load_settings(place_keys)
        body_keys = _yaml(files["body_keys"]) if "body_keys" in files and name_keys is not None else None
        if body_keys is not None:
            orgmatch.load_settings(body_keys)
    except (ValueError, yaml.YAMLError, KeyTableError) as exc:
        raise RulePackError(shown, f"gazetteer: {exc}") from None
    ranked = [
        line.strip().casefold()
        for line in files["english_words"].read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    types = {str(k): str(v) for k, v in spec["types"].items()}
    entries = gazetteer_module.read_tables(files["tables"], types, frozenset(map(str, spec["countries"])))
    common = frozenset(ranked[: calque_table.common_words])
    claimed_names = frozenset(c.casefold() for c in claimed)
    return Sources(
        entries, translit, calque_table, frozenset(ranked), claimed_names, common, name_keys, place_keys, body_keys
    )


def _yaml(path: Path) -> Any:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER)
