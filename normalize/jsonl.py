"""One JSONL record at a time: read the text field out of a line, and write the repaired text back.

Shared by the CLI (``--jsonl``) and the Dask engine, which both batch the texts
through ``Normalizer.normalize_many`` between these two steps.
"""

from __future__ import annotations

import json
from typing import Any

from .errors import InputError
from .pipeline import Result


def parse_jsonl_record(line: str, record_id: str, field: str) -> dict[str, Any] | None:
    """The record on one JSONL line, or None for a blank line.

    Raises ``ValueError`` for a line that is not JSON and ``InputError`` for a
    record without the string field.
    """
    body = line.rstrip("\r\n")
    if not body.strip():
        return None
    record = json.loads(body)
    if not isinstance(record, dict) or not isinstance(record.get(field), str):
        raise InputError(f"{record_id}: no string field '{field}'")
    return record


def render_jsonl_record(line: str, record: dict[str, Any], field: str, result: Result) -> str:
    """The output line: other fields, key order and the line ending kept; an unchanged record byte for byte."""
    if not result.changed:
        return line
    body = line.rstrip("\r\n")
    record[field] = result.text
    return json.dumps(record, ensure_ascii=False) + line[len(body) :]


def split_jsonl_lines(text: str) -> list[str]:
    """A JSONL text's lines, line endings kept, split at "\\n" only.

    ``str.splitlines`` also splits at U+2028, U+0085 and other separators that JSON
    allows raw inside a string, which would cut a record in two; reading a file
    line by line (the streamed path) splits at "\\n" only, and so must this.
    """
    lines = text.split("\n")
    last = lines.pop()
    return [line + "\n" for line in lines] + ([last] if last else [])
