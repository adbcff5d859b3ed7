"""Documents joined into one text by ``Normalizer.normalize_many``, and the result cut back.

The stages run once over the join (``SEPARATOR`` between documents); each edit, flag and
protected span of that run then belongs to the document it lies in, moved into that
document's coordinates.  One that reaches across a joint has no document to go to, and the
documents are then normalized alone.
"""

from __future__ import annotations

import bisect
from typing import TypeVar

from .edits import Edit, Flag, apply_edits
from .model import Result
from .protect import Protected
from .rounds import SEPARATOR


def join(texts: list[str]) -> tuple[str, list[int]]:
    """The documents joined by ``SEPARATOR``, and where each starts in the join."""
    starts: list[int] = []
    position = 0
    for text in texts:
        starts.append(position)
        position += len(text) + len(SEPARATOR)
    return SEPARATOR.join(texts), starts


def split_joined(joined: Result, texts: list[str], starts: list[int]) -> list[Result] | None:
    """Cut the result for joined documents into one result per document; None if an edit crosses a joint."""
    edits = _by_document(joined.edits, texts, starts)
    flags = _by_document(joined.flags, texts, starts)
    protected = _by_document(joined.protected, texts, starts)
    if edits is None or flags is None or protected is None:
        return None
    return [
        Result(
            source=text,
            text=apply_edits(text, doc_edits) if doc_edits else text,
            edits=doc_edits,
            flags=doc_flags,
            protected=doc_protected,
        )
        for text, doc_edits, doc_flags, doc_protected in zip(texts, edits, flags, protected, strict=True)
    ]


_Placed = TypeVar("_Placed", Edit, Flag, Protected)


def _by_document(items: list[_Placed], texts: list[str], starts: list[int]) -> list[list[_Placed]] | None:
    """Items of the joined text, moved into the document each lies in; None if one reaches past its document."""
    grouped: list[list[_Placed]] = [[] for _ in texts]
    for item in items:
        k = bisect.bisect_right(starts, item.start) - 1
        if k < 0 or item.end > starts[k] + len(texts[k]):
            return None
        grouped[k].append(item.moved(-starts[k]))
    return grouped
