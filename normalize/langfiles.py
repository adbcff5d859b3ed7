"""The language data files besides english.yaml (``rules/language/<name>.yaml``), read on first use.

Each file is a mapping of named entries (word lists, patterns, tables, thresholds)
that one or two modules compile into regexes or sets.  A pack may override any entry
for its own normalizer (``language: {capitals: {verb_cues: [...]}}``): the new value
replaces the bundled one whole and must have its shape (a string, a list, a number,
a mapping), so a typo is a one-line error at load rather than a wrong regex later.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import yaml

from .errors import RulePackError, did_you_mean

#: The files of rules/language/ a pack may override, by name without ``.yaml``.  ``english.yaml`` is
#: read by ``lexicon`` into typed sections instead; its ``names`` section and ``names.yaml`` share
#: a section name in a pack, their keys being distinct.
FILES = (
    "antecedents",
    "capitals",
    "dates",
    "deletions",
    "evidence",
    "guards",
    "maps",
    "mention_cues",
    "names",
    "protected",
    "sentence_openers",
)

#: libyaml's safe loader where PyYAML has it: read at every start-up, so a tenth of the time matters.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_mapping(path: Path, cannot: str, not_mapping: str) -> Mapping[str, Any]:
    """A YAML file of language data read whole; ``cannot`` (with the reason) or ``not_mapping`` if it is no mapping."""
    try:
        loaded = yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise RulePackError(str(path), f"{cannot}: {exc}") from None
    if not isinstance(loaded, Mapping):
        raise RulePackError(str(path), not_mapping)
    return loaded


class DataFile:
    """One file's entries and where they came from (the bundled file, or the last pack that changed one).

    The bundled files are parsed on first use, not at start-up: most runs need only some.
    """

    def __init__(self, name: str, origin: str, data: Mapping[str, Any] | None = None) -> None:
        self.name = name
        self.origin = origin
        if data is not None:
            self.__dict__["data"] = data

    @functools.cached_property
    def data(self) -> Mapping[str, Any]:
        return read_mapping(Path(self.origin), "cannot read language data", "language data must be a mapping")

    def __repr__(self) -> str:
        return f"DataFile({self.name!r}, {self.origin!r})"


def bundled_files(directory: Path) -> dict[str, DataFile]:
    """The files of ``directory`` (rules/language), not yet read."""
    return {name: DataFile(name, str(directory / f"{name}.yaml")) for name in FILES}


def overridden_file(
    base: DataFile, values: Mapping[str, Any], path: str, section: str, also: Iterable[str] = ()
) -> DataFile:
    """``base`` with a pack's entries laid over it; each must name an entry and keep its shape.

    ``also`` are other keys the section takes (english.yaml's ``names``), for the hint.
    """
    changed = dict(base.data)
    for key, value in values.items():
        if key not in base.data:
            hint = did_you_mean(str(key), [*base.data, *also])
            raise RulePackError(path, f"language: unknown key '{section}.{key}'{hint}")
        problem = _shape_problem(base.data[key], value)
        if problem:
            raise RulePackError(path, f"language: '{section}.{key}': {problem}")
        changed[key] = value
    return DataFile(base.name, path, changed)


def _shape_problem(default: Any, value: Any) -> str | None:
    """Why ``value`` cannot stand in for ``default`` (None if it can): the same kind of YAML value."""
    if isinstance(default, bool) or isinstance(value, bool):
        return None if type(default) is type(value) else f"expected {_kind(default)}, got {value!r}"
    if isinstance(default, (int, float)):
        ok = isinstance(value, (int, float)) and value >= 0
        return None if ok else f"expected a non-negative number, got {value!r}"
    if isinstance(default, str):
        return None if isinstance(value, str) else f"expected a string, got {value!r}"
    if isinstance(default, list):
        if not isinstance(value, list):
            return f"expected a list, got {value!r}"
        if all(isinstance(item, str) for item in default) and not all(isinstance(item, str) for item in value):
            return "expected a list of strings"
        return None
    if isinstance(default, Mapping):
        return None if isinstance(value, Mapping) else f"expected a mapping, got {value!r}"
    return None


def _kind(value: Any) -> str:
    return "true or false" if isinstance(value, bool) else type(value).__name__
