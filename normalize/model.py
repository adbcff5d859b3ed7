"""What the pipeline produces: changes, edits, flags, problems and the result, and their one JSON form.

A stage proposes ``Change`` records against its own input; ``EditTracker``
(``normalize.edits``) turns them into ``Edit`` records against the source.  A
``Flag`` marks a passage for a person and changes nothing; a ``Problem`` is a rule
that could not run on a document.  ``Result`` holds all of them for one document,
and ``Result.to_dict`` is the JSON form the API, the reports and Dask all write.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from .evidence import Evidence
    from .protect import Protected

_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class Change:
    """One change proposed by a stage, in the coordinates of the stage's input."""

    start: int
    end: int
    replacement: str
    rule: str
    category: str
    message: str

    def moved(self, by: int) -> Change:
        """The same change with its offsets shifted, e.g. from one document into a joined text."""
        return Change(self.start + by, self.end + by, self.replacement, self.rule, self.category, self.message)


@dataclass(frozen=True, slots=True)
class Edit:
    """One reviewed unit of change, in the coordinates of the source text."""

    start: int
    end: int
    original: str
    replacement: str
    rule: str
    category: str
    message: str

    def to_dict(self) -> dict[str, object]:
        return asdict(self)

    def moved(self, by: int) -> Edit:
        """The same edit with its offsets shifted, e.g. from a joined text into one document."""
        return Edit(
            self.start + by, self.end + by, self.original, self.replacement, self.rule, self.category, self.message
        )


@dataclass(frozen=True, slots=True)
class Flag:
    """A passage that needs a person's attention but is not changed (e.g. untranslated)."""

    start: int
    end: int
    rule: str
    category: str
    message: str
    detail: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, object]:
        return asdict(self)

    def moved(self, by: int) -> Flag:
        """The same flag with its offsets shifted."""
        return Flag(self.start + by, self.end + by, self.rule, self.category, self.message, self.detail)


def apply_edits(source: str, edits: Iterable[Edit]) -> str:
    """Apply sorted, non-overlapping source-coordinate edits to ``source``."""
    parts: list[str] = []
    cursor = 0
    for edit in edits:
        if edit.start < cursor:
            raise ValueError(f"edits overlap or are unsorted at offset {edit.start}")
        parts.append(source[cursor : edit.start])
        parts.append(edit.replacement)
        cursor = edit.end
    parts.append(source[cursor:])
    return "".join(parts)


@dataclass(frozen=True)
class Problem:
    """A rule that could not run on this document (e.g. its regex timed out)."""

    rule: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"rule": self.rule, "message": self.message}


@dataclass
class Result:
    """The repaired text, the source it came from, and every edit between them."""

    source: str
    text: str
    edits: list[Edit]
    flags: list[Flag] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    #: Spans of the source no rule was allowed to change (URLs, code, markup ...): ``normalize.protect``.
    protected: list[Protected] = field(default_factory=list)
    #: How strongly the source reads as machine translation (``normalize.evidence``).
    evidence: Evidence | None = None

    @property
    def changed(self) -> bool:
        return self.text != self.source

    def apply(self, accepted: Iterable[int]) -> str:
        """The source with only the edits whose indices are in ``accepted`` applied."""
        keep = set(accepted)
        unknown = keep - set(range(len(self.edits)))
        if unknown:
            raise ValueError(f"no edit with index {min(unknown)} (this result has {len(self.edits)} edits)")
        return apply_edits(self.source, (e for i, e in enumerate(self.edits) if i in keep))

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready view, edits numbered so that review decisions can refer to them."""
        return {
            "changed": self.changed,
            "source": self.source,
            "text": self.text,
            "edits": [{"index": i, **e.to_dict()} for i, e in enumerate(self.edits)],
            "flags": [f.to_dict() for f in self.flags],
            "problems": [p.to_dict() for p in self.problems],
            "protected": [{**p.to_dict(), "text": self.source[p.start : p.end]} for p in self.protected],
            "evidence": None if self.evidence is None else self.evidence.to_dict(),
        }


def edits_json(result: Result | None) -> str:
    """The result's edits as one JSON list (unnumbered), "[]" for no result: a column of a table."""
    return json.dumps([e.to_dict() for e in result.edits], ensure_ascii=False) if result else "[]"


def flags_json(result: Result | None) -> str:
    """The result's flags as one JSON list, "[]" for no result: a column of a table."""
    return json.dumps([f.to_dict() for f in result.flags], ensure_ascii=False) if result else "[]"


def unique(items: Iterable[_T]) -> list[_T]:
    """The items in first-seen order, each once."""
    return list(dict.fromkeys(items))
