"""``normalize apply``: write a reviewed report back, and nothing a report was not made to write.

A report travels between people, so it is input like any other and is checked
before anything is written:

- each entry's ``source`` must hash to its ``source_sha256``, and each edit's
  ``original`` must be the source at its span (spans sorted, not overlapping, inside
  the text); an edit's ``id`` must be the one ``report.edit_id`` gives it;
- ``--out`` writes only below the output folder (a relative path with no ``..``;
  an absolute one below the folder the report's absolute paths share), never
  through a symlink there; ``--in-place`` takes no path that climbs with ``..``,
  and only files whose text on disk is still the report's source;
- a decisions file must be one (``tool: normalize-decisions``, version 2), for this
  report: each of its paths in the report, with the entry's source hash, and each
  rejected id an edit of that entry (``normalize.decisions``);
- a path the report lists twice is refused: its decisions could not tell the two apart.

Every file is planned and checked before the first is written, so a refusal
leaves everything as it was and a rerun can finish the job.  JSONL reports name
records (``file:line``) and say where each came from; their files are rewritten
whole, each record's field replaced, every other field, line and byte kept.
"""

from __future__ import annotations

import itertools
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import Any

from .decisions import Entry, RecordRef, load_decisions
from .edits import Edit, apply_edits
from .errors import InputError, NormalizeError
from .fileguard import RUN_LOCK, check_out_target, check_rewritable, inside, lock_for_rewriting
from .jsonl import split_jsonl_lines
from .model import Flag
from .report import edit_id, load_report, sha256, suggestion_id
from .textio import make_folder, read_text, write_atomic


class ApplyUsageError(NormalizeError):
    """The options given to ``apply`` do not fit together."""


@dataclass
class Planned:
    """One file to write: where, what, and (in place) the text it must still hold when written."""

    target: Path | None
    text: str
    expected: str | None = None
    shown: str = ""
    out: Path | None = None


def checked_entries(raw: Sequence[Any], report: Path) -> list[Entry]:
    """The report's entries, each checked (see the module's docstring); the first problem is one line."""
    entries = [_checked_entry(item, number, report) for number, item in enumerate(raw, start=1)]
    seen: set[str] = set()
    for item in entries:
        if item.path in seen:
            raise InputError(f"{report}: lists '{item.path}' twice; its review decisions could not tell them apart")
        seen.add(item.path)
    return entries


def _checked_entry(item: Any, number: int, report: Path) -> Entry:
    where = f"{report}: entry {number}"
    if not isinstance(item, dict):
        raise InputError(f"{where}: not an object")
    for key, kind in (("path", str), ("source", str), ("source_sha256", str), ("edits", list)):
        if not isinstance(item.get(key), kind):
            raise InputError(f"{where}: no '{key}' ({kind.__name__})")
    path, source = item["path"], item["source"]
    if sha256(source) != item["source_sha256"]:
        raise InputError(f"{report}: {path}: the source text does not match its source_sha256; refused")
    edits: list[tuple[str, Edit]] = []
    cursor = 0
    for position, data in enumerate(item["edits"]):
        edit = _checked_edit(data, source, f"{report}: {path}: edit {position}")
        if edit.start < cursor:
            raise InputError(f"{report}: {path}: edit {position} overlaps the one before it (offset {edit.start})")
        cursor = edit.end
        ident = edit_id(path, edit)
        given = data.get("id", ident)
        if given != ident:
            raise InputError(f"{report}: {path}: edit {position} has id '{given}', which is not its own ('{ident}')")
        edits.append((ident, edit))
    if len({ident for ident, _ in edits}) != len(edits):
        raise InputError(f"{report}: {path}: two edits are the same edit")
    return Entry(path, source, item["source_sha256"], edits, _record_of(item, where), _suggestions(item))


def _checked_edit(data: Any, source: str, where: str) -> Edit:
    if not isinstance(data, dict):
        raise InputError(f"{where}: not an object")
    for key in ("start", "end"):
        if not isinstance(data.get(key), int) or isinstance(data.get(key), bool):
            raise InputError(f"{where}: no '{key}' (an integer)")
    for key in ("original", "replacement", "rule"):
        if not isinstance(data.get(key), str):
            raise InputError(f"{where}: no '{key}' (a string)")
    start, end = data["start"], data["end"]
    if not 0 <= start <= end <= len(source):
        raise InputError(f"{where}: span {start}-{end} is outside the source ({len(source)} characters)")
    if source[start:end] != data["original"]:
        raise InputError(
            f"{where}: says {data['original']!r} at {start}-{end}, but the source has {source[start:end]!r}; refused"
        )
    category, message = data.get("category", ""), data.get("message", "")
    return Edit(start, end, data["original"], data["replacement"], data["rule"], str(category), str(message))


def _record_of(item: dict[str, Any], where: str) -> RecordRef | None:
    """Where a JSONL record came from: its file, line and field (reports of --jsonl runs say so)."""
    record = item.get("record")
    if record is None:
        return None
    ok = isinstance(record, dict) and isinstance(record.get("file"), str) and isinstance(record.get("field"), str)
    line = record.get("line") if isinstance(record, dict) else None
    if not ok or not isinstance(line, int) or isinstance(line, bool) or line < 1:
        raise InputError(f"{where}: 'record' must give the JSONL 'file', 'line' and 'field'")
    return RecordRef(record["file"], line, record["field"])


def _suggestions(item: dict[str, Any]) -> dict[str, Edit]:
    """Review-tier suggestions a reviewer may accept: flags with an ``id`` and a ``detail.suggestion``.

    Each becomes the edit it proposes (the flag's span, ``detail.original`` → the
    suggestion); whether that original is still the source's text there is checked only
    for the suggestions a reviewer accepted (``accepted_text``).
    """
    found: dict[str, Edit] = {}
    for flag in item.get("flags") or []:
        if not isinstance(flag, dict) or not isinstance(flag.get("id"), str):
            continue
        where = f"{item['path']}: suggestion {flag['id']}"
        detail = flag.get("detail")
        spans = [flag.get("start"), flag.get("end")]
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in spans) or not isinstance(detail, dict):
            raise InputError(f"{where}: no 'start', 'end' (integers) and 'detail'; refused")
        texts = [detail.get("original", ""), detail.get("suggestion"), flag.get("rule")]
        if not all(isinstance(v, str) for v in texts):
            raise InputError(f"{where}: no 'detail.suggestion' and 'rule' (strings); refused")
        as_flag = Flag(flag["start"], flag["end"], flag["rule"], "", "", {"original": texts[0], "suggestion": texts[1]})
        if suggestion_id(item["path"], as_flag) != flag["id"]:
            raise InputError(f"{where}: the id is not this suggestion's own; refused")
        found[flag["id"]] = Edit(
            flag["start"],
            flag["end"],
            texts[0],
            texts[1],
            flag["rule"],
            str(flag.get("category", "")),
            "accepted suggestion",
        )
    return found


def accepted_text(item: Entry, rejected: set[str], accepted_suggestions: set[str]) -> str:
    """The source with the edits not rejected and the suggestions accepted applied.

    An accepted suggestion whose original is not the source's text at its span, or that
    overlaps an edit applied or another accepted suggestion, is refused (nothing is written).
    """
    kept = [edit for ident, edit in item.edits if ident not in rejected]
    for ident in sorted(accepted_suggestions):
        edit = (item.suggestions or {})[ident]
        if not 0 <= edit.start <= edit.end <= len(item.source) or item.source[edit.start : edit.end] != edit.original:
            raise InputError(
                f"{item.path}: suggestion {ident} says {edit.original!r} at {edit.start}-{edit.end}, "
                "but the source differs there; refused"
            )
        kept.append(edit)
    kept.sort(key=lambda e: (e.start, e.end))
    for before, after in itertools.pairwise(kept):
        if after.start < before.end or (after.start == before.start and before.start < after.end):
            raise InputError(
                f"{item.path}: an accepted suggestion overlaps an applied edit at offset {after.start}; "
                "reject one of them"
            )
    return apply_edits(item.source, kept)


@dataclass(frozen=True)
class Applied:
    """What ``run_apply`` did, for the summary line."""

    files: int
    written: int
    edits: int
    rejected: int
    suggestions: int


def run_apply(report: Path, decisions: Path | None, out: Path | None, in_place: bool) -> Applied:
    """Plan every write, check them all, then write (see the module's docstring)."""
    if out is not None and in_place:
        raise ApplyUsageError("--out and --in-place cannot be used together")
    if out is not None and out.exists() and not out.is_dir():
        raise ApplyUsageError(f"{out}: --out names a folder to write into, and this is a file")
    entries = checked_entries(load_report(report), report)
    chosen = load_decisions(decisions, entries) if decisions is not None else {}
    texts = {e.path: accepted_text(e, *chosen.get(e.path, (set(), set()))) for e in entries}
    rejected = sum(len(chosen.get(e.path, (set(), set()))[0] & {i for i, _ in e.edits}) for e in entries)
    suggestions = sum(len(chosen.get(e.path, (set(), set()))[1]) for e in entries)
    plain = [e for e in entries if e.record is None]
    records = [e for e in entries if e.record is not None]
    for item in plain:
        if _looks_like_a_record(item.path):
            raise InputError(
                f"{report}: {item.path}: a JSONL record in a report that does not say where it came from; "
                "write the report again with this version"
            )
    if len(plain) + len({e.record.file for e in records if e.record}) > 1 and out is None and not in_place:
        raise ApplyUsageError("the report covers several files: pass --out DIR or --in-place")
    plans = _plan_text_files(plain, texts, out, in_place) + _plan_jsonl_files(records, texts, out, in_place)
    if in_place:
        lock_for_rewriting(p.target for p in plans if p.target is not None)
    try:
        for plan in plans:
            _check_before_writing(plan)
        for plan in plans:
            _write(plan)
    finally:
        RUN_LOCK.release()
    written = sum(1 for p in plans if p.target is not None and (p.expected is None or p.text != p.expected))
    edits = sum(len(e.edits) for e in entries)
    return Applied(len(plans), written, edits - rejected, rejected, suggestions)


def _looks_like_a_record(path: str) -> bool:
    name, _, line = path.rpartition(":")
    return line.isdigit() and name.lower().endswith(".jsonl")


def _common_folder(paths: Sequence[str]) -> PurePath | None:
    """The folder the report's paths share (absolute ones and relative ones apart), as ``fix --out`` drops it:
    ``corpora/input/x.txt`` is written as ``OUT/x.txt``, files of a folder keep their paths below it."""
    absolute = [PurePath(p).parent for p in paths if PurePath(p).is_absolute()]
    relative = [PurePath(p).parent for p in paths if not PurePath(p).is_absolute() and ".." not in PurePath(p).parts]
    if absolute and relative:
        return None
    shared = absolute or relative
    return PurePath(os.path.commonpath(shared)) if shared else None


def _plan_text_files(entries: list[Entry], texts: dict[str, str], out: Path | None, in_place: bool) -> list[Planned]:
    common = _common_folder([e.path for e in entries])
    plans = []
    for item in entries:
        text = texts[item.path]
        if in_place:
            plans.append(Planned(_in_place_path(item.path), text, expected=item.source, shown=item.path))
        elif out is not None:
            plans.append(Planned(_out_path(out, item.path, common), text, shown=item.path, out=out))
        else:
            plans.append(Planned(None, text, shown=item.path))
    return plans


def _in_place_path(path: str) -> Path:
    if ".." in PurePath(path).parts:
        raise InputError(f"'{path}': a report path that climbs out of its folder ('..'); refused")
    return Path(path)


def _out_path(out: Path, path: str, common: PurePath | None) -> Path:
    """Report paths below the folder they share (``_common_folder``), as ``fix --out`` writes them."""
    pure = PurePath(path)
    relative = pure.relative_to(common) if common is not None and pure.is_relative_to(common) else pure
    if ".." in pure.parts:
        raise InputError(f"'{path}': a report path that climbs out of its folder ('..'); refused")
    return inside(out, str(relative))


@dataclass
class _RecordFile:
    """The entries of one JSONL file, by line number."""

    file: str
    by_line: dict[int, Entry] = field(default_factory=dict)


def _plan_jsonl_files(entries: list[Entry], texts: dict[str, str], out: Path | None, in_place: bool) -> list[Planned]:
    files: dict[str, _RecordFile] = {}
    for item in entries:
        assert item.record is not None
        group = files.setdefault(item.record.file, _RecordFile(item.record.file))
        group.by_line[item.record.line] = item
    common = _common_folder(list(files))
    plans = []
    for name, group in files.items():
        source = Path(_in_place_path(name))
        original = read_text(source)
        text = _rewritten_jsonl(original, group, texts)
        if in_place:
            plans.append(Planned(source, text, expected=original, shown=name))
        elif out is not None:
            plans.append(Planned(_out_path(out, name, common), text, shown=name, out=out))
        else:
            plans.append(Planned(None, text, shown=name))
    return plans


def _rewritten_jsonl(original: str, group: _RecordFile, texts: dict[str, str]) -> str:
    """The JSONL file with each reported record's field set to its reviewed text; all else byte for byte."""
    lines = split_jsonl_lines(original)
    for number, item in sorted(group.by_line.items()):
        assert item.record is not None
        where = f"{group.file}:{number}"
        if number > len(lines):
            raise InputError(f"{where}: no such line; the file changed since the report was written; not applied")
        line = lines[number - 1]
        body = line.rstrip("\r\n")
        try:
            record = json.loads(body)
        except ValueError:
            raise InputError(f"{where}: not valid JSON; the file changed since the report was written") from None
        value = record.get(item.record.field) if isinstance(record, dict) else None
        if value != item.source:
            raise InputError(f"{where}: the record changed since the report was written; not applied")
        if texts[item.path] != item.source:
            record[item.record.field] = texts[item.path]
            lines[number - 1] = json.dumps(record, ensure_ascii=False) + line[len(body) :]
    return "".join(lines)


def _check_before_writing(plan: Planned) -> None:
    """Everything that could refuse a write, for every file, before the first is written."""
    if plan.target is None:
        return
    if plan.expected is not None:
        current = read_text(plan.target)
        if current != plan.expected:
            raise InputError(f"{plan.shown}: file changed since the report was written; nothing applied")
        if plan.text != current:
            check_rewritable(plan.target)
    elif plan.out is not None:
        check_out_target(plan.out, plan.target)


def _write(plan: Planned) -> None:
    if plan.target is None:
        sys.stdout.write(plan.text)
        return
    if plan.expected is not None:
        if plan.text != plan.expected:
            write_atomic(plan.target, plan.text)
        return
    make_folder(plan.target.parent)  # as `fix --out` makes its folders (normalize.cli.writer)
    write_atomic(plan.target, plan.text)
