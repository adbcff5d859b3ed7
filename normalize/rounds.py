"""One round of the stages: the text being repaired and what each kind's runner may read and write.

A ``Round`` is handed to every stage in turn (see ``normalize.kinds.PIPELINE``):
the evolving text and its edits (``EditTracker``), the flags and problems found so
far, the screen's answer, the context verdicts, the regex timeout, and the spans no
stage may change (``LeftAlone``: paragraphs in another language).
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from enum import Enum
from typing import Any

from .edits import EditTracker
from .model import Change, Flag, Problem
from .protect import Protected
from .screen import Pieces, Screen, Span, Where

#: Documents normalized together are joined by this: a paragraph of one private-use character,
#: which no rule reads as a letter, a space or punctuation, between blank lines.
SEPARATOR_MARK = "\ue000"


SEPARATOR = f"\n\n{SEPARATOR_MARK}\n\n"


class Titles(str, Enum):
    """Where headlines can be, for the title kind and the per-document review."""

    #: At the top of the text.
    DOCUMENT = "document"
    #: At the top of each document ``normalize_many`` joined (``SEPARATOR`` between them).
    DOCUMENTS = "documents"
    #: Nowhere: a piece from inside a document (``normalize.stream``), or a later round.
    NONE = "none"


@dataclass
class Round:
    """The state one round of the stages shares; each runner reads ``text`` and calls ``apply``."""

    tracker: EditTracker
    problems: list[Problem]
    #: None on later rounds: flags are judged once, on the first round, like the untranslated test.
    flags: list[Flag] | None
    titles: Titles
    #: Verdicts of the rules' context conditions for this document, by rule id (absent: no condition).
    active: dict[str, bool]
    left_alone: LeftAlone
    where: Screening
    timeout: float

    @property
    def text(self) -> str:
        return self.tracker.text

    def apply(self, changes: list[Change]) -> None:
        """Fold a stage's changes (sorted, non-overlapping, in the current text) into the text."""
        self.left_alone.apply(self.tracker, changes)

    def is_active(self, rule_id: str) -> bool:
        return self.active.get(rule_id, True)


def per_document(text: str, titles: Titles, stage: Callable[..., list[Change]], *args: Any) -> list[Change]:
    """Run a document-level stage on the text, or on each joined document in it, in text coordinates."""
    changes: list[Change] = []
    for start, end in documents(text, titles):
        changes.extend(c.moved(start) for c in stage(text[start:end], *args))
    return changes


def documents(text: str, titles: Titles) -> Iterator[Span]:
    """The span of each document ``normalize_many`` joined in ``text`` (``Titles.DOCUMENTS``), else the whole text."""
    if titles is not Titles.DOCUMENTS:
        yield 0, len(text)
        return
    start = 0
    while start <= len(text):
        end = text.find(SEPARATOR, start)
        end = len(text) if end == -1 else end
        yield start, end
        start = end + len(SEPARATOR)


class LeftAlone:
    """Spans of the current text that no stage may change, kept current as changes go in.

    ``spans`` are paragraphs in another language (no English rule is for them);
    ``protected`` are the document's protected spans (``normalize.protect``).  This is the
    one place every stage's changes pass through, so a change that touches either is
    dropped here, whatever rule proposed it.  Both lists are sorted by start; each test
    looks them up by bisection (``_Reach``), since a long text may have thousands of
    both, and thousands of changes to test.
    """

    def __init__(self, protected: list[Protected] | None = None) -> None:
        self.spans: list[Span] = []
        self.protected: list[Protected] = list(protected or ())
        self._reach: tuple[_Reach, _Reach] | None = None

    def add(self, spans: Iterable[Span]) -> None:
        self.spans = sorted([*self.spans, *spans])
        self._reach = None

    def meets(self, span: Span) -> bool:
        a, b = span
        return self._reaches()[0].overlaps(a, b)

    def apply(self, tracker: EditTracker, changes: list[Change]) -> None:
        """Apply the changes that alter the text and stay out of every span, then move the spans along."""
        text = tracker.text
        real = [c for c in changes if text[c.start : c.end] != c.replacement]
        if (self.spans or self.protected) and real:
            real = [c for c in real if not self._blocks(c)]
            self.spans = _moved_past(self.spans, real)
            moved = _moved_past([(p.start, p.end) for p in self.protected], real)
            self.protected = [Protected(a, b, p.kind) for (a, b), p in zip(moved, self.protected, strict=True)]
            self._reach = None
        tracker.apply(real)

    def guards(self, span: Span) -> bool:
        """Does ``span`` meet a paragraph left alone or a protected span (no flag is raised there)?"""
        return self.meets(span) or self._touches_protected(*span)

    def _blocks(self, change: Change) -> bool:
        if self._touches_protected(change.start, change.end):
            return True
        if change.start == change.end:  # an insertion is only in the way strictly inside a span
            return self._reaches()[0].holds(change.start)
        return self.meets((change.start, change.end))

    def _touches_protected(self, start: int, end: int) -> bool:
        """``protect.touches``: an insertion must fall strictly inside a protected span, a change overlap one."""
        protected = self._reaches()[1]
        return protected.holds(start) if start == end else protected.overlaps(start, end)

    def _reaches(self) -> tuple[_Reach, _Reach]:
        if self._reach is None:
            self._reach = (_Reach(self.spans), _Reach([(p.start, p.end) for p in self.protected]))
        return self._reach


class _Reach:
    """Spans sorted by start, with the furthest end reached by each prefix: which meet a position or a range."""

    def __init__(self, spans: list[Span]) -> None:
        self._starts = [a for a, _ in spans]
        self._furthest = list(itertools.accumulate((b for _, b in spans), max))

    def overlaps(self, a: int, b: int) -> bool:
        """Does some span [start, end) have start < b and end > a?"""
        k = bisect.bisect_left(self._starts, b)
        return k > 0 and self._furthest[k - 1] > a

    def holds(self, pos: int) -> bool:
        """Does some span have start < pos < end?"""
        return self.overlaps(pos, pos)


def _moved_past(spans: list[Span], changes: list[Change]) -> list[Span]:
    """Where ``spans`` lie once ``changes`` (none inside a span) have been applied."""
    by_end = sorted((c.end, len(c.replacement) - (c.end - c.start)) for c in changes)
    ends = [end for end, _ in by_end]
    shifts = list(itertools.accumulate((delta for _, delta in by_end), initial=0))
    moved = []
    for a, b in spans:
        shift = shifts[bisect.bisect_right(ends, a)]  # the changes that end at or before the span's start
        moved.append((a + shift, b + shift))
    return moved


class Screening:
    """The screen's answer for the tracker's current text, scanned again only once the text has changed.

    The screen's databases are in parts (``Screen``): each part is scanned when a key of
    it is asked about, and ``silent`` answers for the part of the running stage (``part``).
    """

    def __init__(self, screen: Screen, tracker: EditTracker, pieces: Pieces | None = None) -> None:
        self._screen = screen
        self._tracker = tracker
        self._where: dict[int, Where] = {}
        self._pieces = pieces  # for joined documents: each scanned alone, once while unchanged
        #: The part of the running stage's keys (``Screen.stage_parts``), set by the pipeline.
        self.part = 0

    def __call__(self, key: str) -> list[Span] | None:
        part = self._screen.part_of(key)
        return None if part is None else self._current(part).spans(key)

    def silent(self) -> frozenset[str]:
        """The screened keys of the running stage's part whose triggers hit nowhere in the current text."""
        return self._current(self.part).silent()

    def _current(self, part: int) -> Where:
        where = self._where.get(part)
        if where is None or where.text is not self._tracker.text:
            where = self._where[part] = self._screen.scan(self._tracker.text, self._pieces, part)
        return where
