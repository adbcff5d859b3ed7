"""Which documents ``Normalizer.normalize_many`` may join, and each one's context verdicts in the join.

Joining documents pays only if most of a window's documents go into one text.  Context
conditions ("only in a document that mentions Iraq") are judged per document, and a
gazetteer's hundred-odd conditions make almost every document's verdicts differ from
the next one's.  Most of those conditions are term rules', though, and a term rule's
verdict is only read where one of its variants stands: the term kind looks each
document of a join up in its own verdicts (``JoinedVerdicts.documents``), so those
conditions need not agree.  The other kinds read a verdict for the whole text, so the
documents of a join must agree on every other condition (``group``).

Whether that holds is checked, not assumed: ``JoinedVerdicts`` notes every rule whose
verdict was read for the whole text, and a join in which one was read that its documents
disagree on is not used (``held``); its documents are normalized again in groups that agree
on everything, as before.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from .rounds import SEPARATOR, Titles, documents
from .screen import Span

#: Paragraphs of one document, joined for another round of the stages, are joined by this.
JOINT = "\n\n"


class JoinedVerdicts(dict[str, bool]):
    """The verdicts for a text of joined documents (``SEPARATOR`` between them).

    As a mapping it holds the first document's verdicts, which every document of the
    join shares except for the rules read per document; ``documents`` holds each
    document's own, in order, for the kinds that look verdicts up document by document.
    Every rule looked up through the mapping is noted in ``asked``.
    """

    def __init__(self, per_document: Sequence[dict[str, bool]], asked: set[str] | None = None) -> None:
        super().__init__(per_document[0] if per_document else {})
        self.documents: list[dict[str, bool]] = list(per_document)
        self.asked: set[str] = set() if asked is None else asked

    def get(self, key: str, default: Any = None) -> Any:
        self.asked.add(key)
        return super().get(key, default)

    def __getitem__(self, key: str) -> bool:
        self.asked.add(key)
        return super().__getitem__(key)

    def __contains__(self, key: object) -> bool:
        if isinstance(key, str):
            self.asked.add(key)
        return super().__contains__(key)

    def __iter__(self) -> Iterator[str]:
        self.asked.update(super().keys())  # whoever reads them all may use any of them
        return super().__iter__()

    def keys(self) -> Any:
        self.asked.update(super().keys())
        return super().keys()

    def values(self) -> Any:
        self.asked.update(super().keys())
        return super().values()

    def items(self) -> Any:
        self.asked.update(super().keys())
        return super().items()

    @property
    def held(self) -> bool:
        """Did every verdict read for the whole text hold for each document of the join?"""
        shared = dict(super().items())
        return all(verdicts.get(key) == shared.get(key) for key in self.asked for verdicts in self.documents)

    def of(self, which: Iterable[int]) -> JoinedVerdicts:
        """The verdicts for a text made of these documents (by index), noting reads in the same ``asked``."""
        return JoinedVerdicts([self.documents[k] for k in which], self.asked)

    def blind(self) -> JoinedVerdicts:
        """The verdicts for a text whose documents cannot be told apart: every read goes through the mapping."""
        joined = JoinedVerdicts([], self.asked)
        dict.update(joined, dict(super().items()))
        return joined


def document_spans(text: str, active: dict[str, bool]) -> list[Span] | None:
    """Each joined document's span in ``text``, for verdicts read document by document; None: read them whole.

    None for a single document's verdicts, and where the separators no longer number one
    fewer than the documents (an edit reached into one: the join is then not used anyway).
    """
    if not isinstance(active, JoinedVerdicts) or not active.documents:
        return None
    spans = list(documents(text, Titles.DOCUMENTS))
    return spans if len(spans) == len(active.documents) else None


def group(verdicts: Sequence[dict[str, bool]], per_document: frozenset[str]) -> list[list[int]]:
    """Indices of the documents that may be joined, in order of first appearance.

    Documents join when they agree on every condition but those of the rules in
    ``per_document``; ``per_document=frozenset()`` asks for agreement on everything.
    """
    groups: dict[tuple[tuple[str, bool], ...], list[int]] = {}
    for i, judged in enumerate(verdicts):
        key = tuple(sorted((rule, on) for rule, on in judged.items() if rule not in per_document))
        groups.setdefault(key, []).append(i)
    return list(groups.values())


def paragraph_joints(current: str, spans: list[Span], active: dict[str, bool]) -> tuple[list[str], dict[str, bool]]:
    """What follows each paragraph when ``spans`` of ``current`` are joined for another round, and its verdicts.

    Paragraphs of one document are joined by a blank line.  Where ``current`` is joined
    documents with verdicts of their own, the paragraphs of different documents are
    kept apart by ``SEPARATOR``, and the joined paragraphs get the verdicts of the
    documents they come from, so that each is still looked up in its own.
    """
    joints = [JOINT] * (len(spans) - 1) + [""]
    if not isinstance(active, JoinedVerdicts):
        return joints, active
    whole = document_spans(current, active)
    if whole is None:
        return joints, active.blind()
    starts = [a for a, _ in whole]
    owners = [bisect.bisect_right(starts, a) - 1 for a, _ in spans]
    for k in range(len(spans) - 1):
        if owners[k] != owners[k + 1]:
            joints[k] = SEPARATOR
    return joints, active.of(sorted(set(owners)))
