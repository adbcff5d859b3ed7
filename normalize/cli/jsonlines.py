"""JSON Lines inputs: one field of each record repaired, every other field, line and byte kept."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..jsonl import parse_jsonl_record, render_jsonl_record, split_jsonl_lines
from ..model import Result
from ..pipeline import BATCH_CHARS, Normalizer, normalize_present
from ..textio import decode_bytes
from .common import warn

#: A parsed JSONL line waiting for its batch: (line, record id, record or None when it is passed through).
_Pending = tuple[str, str, dict[str, Any] | None]


def jsonl_lines(
    lines: Iterable[str], name: str, field: str, normalizer: Normalizer, skip_bad_lines: bool
) -> Iterator[tuple[str, tuple[str, Result] | None]]:
    """Repair one field of each record: (output line, (record name, result) or None), in line order.

    Records are gathered into batches of about ``BATCH_CHARS`` characters for
    ``Normalizer.normalize_many``, so memory stays bounded.  A bad line stops with
    its line number (after the lines before it), or with ``skip_bad_lines`` is kept
    as it was after a warning.
    """
    pending: list[_Pending] = []
    size = 0
    for number, line in enumerate(lines, start=1):
        record_id = f"{name}:{number}"
        try:
            record = parse_jsonl_record(line, record_id, field)
        except (ValueError, InputError) as exc:
            problem = f"{record_id}: not valid JSON ({exc.msg})" if isinstance(exc, json.JSONDecodeError) else str(exc)
            if not skip_bad_lines:
                yield from _flush(pending, field, normalizer)
                raise InputError(problem + "; pass --skip-bad-lines to go on") from None
            warn(f"{problem}; line kept as it was")
            record = None
        pending.append((line, record_id, record))
        size += len(line)
        if size >= BATCH_CHARS:
            yield from _flush(pending, field, normalizer)
            pending, size = [], 0
    yield from _flush(pending, field, normalizer)


def _flush(
    pending: list[_Pending], field: str, normalizer: Normalizer
) -> Iterator[tuple[str, tuple[str, Result] | None]]:
    results = normalize_present(normalizer, [None if record is None else record[field] for _, _, record in pending])
    for (line, record_id, record), result in zip(pending, results, strict=True):
        if record is None or result is None:
            yield line, None
        else:
            yield render_jsonl_record(line, record, field, result), (record_id, result)


def process_jsonl(
    text: str, name: str, field: str, normalizer: Normalizer, skip_bad_lines: bool
) -> tuple[str, list[tuple[str, Result]]]:
    """The whole of a JSONL text at once (for reports and diffs, which need every record)."""
    out: list[str] = []
    records: list[tuple[str, Result]] = []
    for line, record in jsonl_lines(split_jsonl_lines(text), name, field, normalizer, skip_bad_lines):
        out.append(line)
        if record is not None:
            records.append(record)
    return "".join(out), records


def decoded_lines(path: Path, encoding: str, errors: str) -> Iterator[str]:
    """A file's lines, decoded one at a time (bounded memory), with the same refusals as read_text."""
    try:
        with path.open("rb") as handle:
            for number, raw in enumerate(handle, start=1):
                yield decode_bytes(raw, f"{path}:{number}", encoding, errors)
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, not a file") from None
