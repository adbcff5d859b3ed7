"""Reports for review: per-file entries, and JSON, JSON Lines and HTML writers.

An entry carries everything a reviewer (or ``normalize apply``) needs: the source
text, the edits with source offsets and line/column, counts per rule and category,
readability before and after (textstat), flagged passages (untranslated paragraphs, names
spelt two ways; the untranslated ones also on their own), and a hash of the
source so that applying decisions to a file that has since changed is refused.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from .edits import Edit
from .errors import InputError
from .model import Flag, Result


@dataclass(frozen=True)
class Document:
    """One processed document: where it came from and its result."""

    name: str
    result: Result
    #: For a JSONL record: the file it is in, its line (1-based) and the field repaired, so apply can put it back.
    record: tuple[str, int, str] | None = None


def documents_of(
    name: str, records: Sequence[tuple[str, Result]], shown: Callable[[str], str], field: str | None
) -> list[Document]:
    """The report's documents for one input: itself, or (``field`` given) its JSONL records named ``name:line``."""
    if field is None:
        return [Document(shown(record_name), result) for record_name, result in records]
    return [
        Document(shown(record_name), result, (shown(name), int(record_name.rpartition(":")[2]), field))
        for record_name, result in records
    ]


def line_starts(text: str) -> list[int]:
    starts = [0]
    starts.extend(i + 1 for i, ch in enumerate(text) if ch == "\n")
    return starts


def line_col(starts: list[int], offset: int) -> tuple[int, int]:
    """1-based line and column of a source offset."""
    line = bisect.bisect_right(starts, offset) - 1
    return line + 1, offset - starts[line] + 1


def readability(text: str) -> dict[str, float]:
    """Flesch reading ease and Flesch-Kincaid grade; zeros for text with no words."""
    import textstat

    if not any(ch.isalpha() for ch in text):
        return {"flesch_reading_ease": 0.0, "flesch_kincaid_grade": 0.0}
    scores = {
        "flesch_reading_ease": round(float(textstat.flesch_reading_ease(text)), 2),
        "flesch_kincaid_grade": round(float(textstat.flesch_kincaid_grade(text)), 2),
    }
    _forget_textstat_texts()
    return scores


def _forget_textstat_texts() -> None:
    """Empty textstat's per-text caches (its dictionaries, under ``backend.utils``, stay loaded).

    textstat memoises each step (word lists, syllable counts) for its last 128 texts; a
    report computes two scores per document and never asks again, so those caches only
    held every recent document's word lists (hundreds of MB for a 5 MB article).
    """
    for name, module in list(sys.modules.items()):
        if name.startswith("textstat.backend.") and not name.startswith("textstat.backend.utils"):
            for value in vars(module).values():
                clear = getattr(value, "cache_clear", None)
                # Only the module's own functions: names it imported from backend.utils load dictionaries.
                if callable(clear) and getattr(getattr(value, "__wrapped__", None), "__module__", None) == name:
                    clear()


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def edit_id(path: str, edit: Edit) -> str:
    """A stable name for one edit of one file, so review decisions survive a regenerated report.

    Indices shift as soon as a report is made with other options; the edit's own
    file, span, text and rule do not, so a decision names exactly the edit it was made on.
    """
    key = "\x1f".join((path, str(edit.start), str(edit.end), edit.original, edit.replacement, edit.rule))
    return sha256(key)[:16]


def suggestion_id(path: str, flag: Flag) -> str | None:
    """A stable name for a flag's suggested fix (``detail["suggestion"]``), or None for a flag without one.

    Hashed like ``edit_id`` over the flag's file, span, original, suggestion and rule; the
    ``s-`` prefix keeps it from ever naming an edit, so a decisions file cannot mix the two.
    """
    suggestion = flag.detail.get("suggestion")
    if not isinstance(suggestion, str):
        return None
    original = flag.detail.get("original", "")
    key = "\x1f".join((path, str(flag.start), str(flag.end), original, suggestion, flag.rule))
    return "s-" + sha256(key)[:16]


def entry(doc: Document, with_readability: bool = True) -> dict[str, Any]:
    """The report entry for one document."""
    result = doc.result
    starts = line_starts(result.source)
    edits = []
    for index, edit in enumerate(result.edits):
        line, col = line_col(starts, edit.start)
        edits.append({"index": index, "id": edit_id(doc.name, edit), "line": line, "column": col, **edit.to_dict()})
    flags = []
    for flag in result.flags:
        line, col = line_col(starts, flag.start)
        ident = suggestion_id(doc.name, flag)
        flags.append({"line": line, "column": col, **({"id": ident} if ident else {}), **flag.to_dict()})
    data: dict[str, Any] = {
        "path": doc.name,
        "changed": result.changed,
        "source_sha256": sha256(result.source),
        "counts": {
            "edits": len(result.edits),
            "by_rule": dict(sorted(Counter(e.rule for e in result.edits).items())),
            "by_category": dict(sorted(Counter(e.category for e in result.edits).items())),
        },
        "edits": edits,
        "flags": flags,
        "untranslated": [f for f in flags if f["category"] == "untranslated"],
        "problems": [p.to_dict() for p in result.problems],
        "evidence": None if result.evidence is None else result.evidence.to_dict(),
        "protected": [{**p.to_dict(), "text": result.source[p.start : p.end]} for p in result.protected],
        "source": result.source,
        "text": result.text,
    }
    if doc.record is not None:
        data["record"] = {"file": doc.record[0], "line": doc.record[1], "field": doc.record[2]}
    if with_readability:
        data["readability"] = {"before": readability(result.source), "after": readability(result.text)}
    return data


def summary(entries: Sequence[dict[str, Any]]) -> dict[str, Any]:
    by_category: Counter[str] = Counter()
    by_rule: Counter[str] = Counter()
    for item in entries:
        by_category.update(item["counts"]["by_category"])
        by_rule.update(item["counts"]["by_rule"])
    return {
        "files": len(entries),
        "files_changed": sum(1 for e in entries if e["changed"]),
        "edits": sum(e["counts"]["edits"] for e in entries),
        "flags": sum(len(e.get("flags", e.get("untranslated", []))) for e in entries),
        "by_category": dict(sorted(by_category.items())),
        "by_rule": dict(sorted(by_rule.items())),
    }


def write_report(path: Path, entries: Sequence[dict[str, Any]]) -> None:
    """Write a report in the format its suffix names: .json, .jsonl or .html.

    Each format is written one entry at a time to a temporary file that replaces
    ``path`` only when complete, so a report of a large corpus never exists as one
    string in memory, and a failure leaves no half-written report behind.
    """
    from .html_report import write_html
    from .textio import atomic_writer, unencodable

    suffix = path.suffix.lower()
    if suffix not in (".json", ".jsonl", ".html", ".htm"):
        raise InputError(f"{path}: report format must be .json, .jsonl or .html")
    if not path.parent.exists():
        raise InputError(f"{path}: folder {path.parent} does not exist")
    try:
        with atomic_writer(path) as out:
            if suffix == ".json":
                _write_json(out, entries)
            elif suffix == ".jsonl":
                for item in entries:
                    out.write(json.dumps(item, ensure_ascii=False) + "\n")
            else:
                write_html(out, entries, summary(entries))
    except UnicodeEncodeError as exc:
        raise unencodable(path, exc) from None
    except PermissionError:
        raise InputError(f"{path}: permission denied (cannot write)") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror})") from None


def _write_json(out: IO[str], entries: Sequence[dict[str, Any]]) -> None:
    """The same text as ``json.dumps({"tool", "summary", "files"}, indent=2)``, an entry at a time."""
    head = json.dumps({"tool": "normalize", "summary": summary(entries)}, ensure_ascii=False, indent=2)
    out.write(head[: -len("\n}")] + ',\n  "files": [')
    for number, item in enumerate(entries):
        # JSON strings hold no raw line breaks, so indenting every line nests the entry exactly.
        body = json.dumps(item, ensure_ascii=False, indent=2).replace("\n", "\n    ")
        out.write(("," if number else "") + "\n    " + body)
    out.write("\n  ]\n}\n" if entries else "]\n}\n")


def load_report(path: Path) -> list[dict[str, Any]]:
    """Read the file entries back from a .json, .jsonl or .html report."""
    from .html_report import extract_data
    from .textio import read_text

    text = read_text(path)
    try:
        if path.suffix.lower() in (".html", ".htm"):
            return list(extract_data(text)["files"])
        if path.suffix.lower() == ".jsonl":
            return [json.loads(line) for line in text.splitlines() if line.strip()]
        return list(json.loads(text)["files"])
    except (ValueError, KeyError, TypeError):
        raise InputError(f"{path}: not a normalize report") from None
