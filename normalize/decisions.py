"""Review decisions (the file the HTML page exports) and the checked report entries they are matched to.

The format, shared with the page (``html_report``)::

    {"tool": "normalize-decisions", "version": 2,
     "files": [{"path": ..., "source_sha256": ..., "rejected_ids": [...],
                "accepted_suggestions": [...]}]}      # accepted_suggestions: optional

Decisions name edits by ``report.edit_id`` (file, span, original, replacement,
rule), never by position, so a decision made on one report cannot reject another
edit of a report made again with other options.  A decisions file that does not
belong to the report is refused whole, in one line: a path the report does not
have, a source hash that differs from the report's, an id that is not an edit of
that file, a report given in its place, or the older format that named edits by
position.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .edits import Edit
from .errors import InputError
from .textio import read_text

TOOL = "normalize-decisions"
VERSION = 2


@dataclass(frozen=True)
class RecordRef:
    """Where a JSONL record of a report came from: the file, its line (1-based) and the field repaired."""

    file: str
    line: int
    field: str


@dataclass(frozen=True)
class Entry:
    """One checked report entry: its source, and its edits by id."""

    path: str
    source: str
    source_sha256: str
    edits: list[tuple[str, Edit]]
    record: RecordRef | None = None
    suggestions: dict[str, Edit] | None = None

    @property
    def ids(self) -> set[str]:
        return {ident for ident, _ in self.edits}


def load_decisions(path: Path, entries: list[Entry]) -> dict[str, tuple[set[str], set[str]]]:
    """Report path → (rejected edit ids, accepted suggestion ids), checked against the report's entries."""
    data = _parsed(path)
    by_path = {item.path: item for item in entries}
    chosen: dict[str, tuple[set[str], set[str]]] = {}
    for number, item in enumerate(data["files"], start=1):
        if not isinstance(item, dict) or not isinstance(item.get("path"), str):
            raise InputError(f"{path}: file {number}: no 'path'")
        name = item["path"]
        entry = by_path.get(name)
        if entry is None:
            raise InputError(f"{path}: decisions for '{name}', which is not in the report; refused")
        if name in chosen:
            raise InputError(f"{path}: '{name}' has decisions twice; refused")
        if item.get("source_sha256") != entry.source_sha256:
            raise InputError(
                f"{path}: the decisions for '{name}' were made on another text of it (source_sha256 differs "
                "from the report's); export the decisions again from this report's page"
            )
        rejected = _ids(item, "rejected_ids", path, name, required=True)
        unknown = sorted(rejected - entry.ids)
        if unknown:
            raise InputError(f"{path}: '{name}' has no edit with id '{unknown[0]}' in the report; refused")
        accepted = _ids(item, "accepted_suggestions", path, name, required=False)
        missing = sorted(accepted - set(entry.suggestions or {}))
        if missing:
            raise InputError(f"{path}: '{name}' has no suggestion with id '{missing[0]}' in the report; refused")
        chosen[name] = (rejected, accepted)
    return chosen


def _parsed(path: Path) -> dict[str, Any]:
    """The decisions file as data, or one line saying what it is instead."""
    try:
        data = json.loads(read_text(path))
    except ValueError:
        raise InputError(f"{path}: not a decisions file (not JSON)") from None
    if not isinstance(data, dict):
        raise InputError(f"{path}: not a decisions file")
    files = data.get("files")
    old = isinstance(files, list) and any(isinstance(f, dict) and "rejected" in f for f in files)
    if not old and (data.get("tool") == "normalize" or "summary" in data):
        raise InputError(f"{path}: is a report, not a decisions file (export the decisions from the review page)")
    if old or (data.get("tool") is None and isinstance(files, list)):
        raise InputError(
            f"{path}: decisions in the older format, which named edits by position; "
            "export the decisions again from the page"
        )
    if data.get("tool") != TOOL or not isinstance(files, list):
        raise InputError(f'{path}: not a decisions file (no "tool": "{TOOL}" with a \'files\' list)')
    if data.get("version") != VERSION:
        raise InputError(f"{path}: decisions version {data.get('version')!r}; this normalize reads version {VERSION}")
    return data


def _ids(item: dict[str, Any], key: str, path: Path, name: str, required: bool) -> set[str]:
    values = item.get(key)
    if values is None and not required:
        return set()
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise InputError(f"{path}: '{name}': '{key}' must be a list of ids")
    return set(values)
