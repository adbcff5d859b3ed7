"""Edits, flags, and the bookkeeping that keeps every edit in source coordinates.

Stages run one after another, each on the text the previous stage produced, and
each reports its changes in the coordinates of *its own* input.  Users, however,
need every edit expressed against the text they handed in, so that a reviewer can
accept or reject edits one by one.  ``EditTracker`` holds the evolving text as a
list of pieces, each either an untouched run of the source or the replacement
text of one edit, and folds each stage's changes into that list.  Offsets are
composed, never re-found by searching, so repeated words cannot confuse it.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .model import Change, Edit, Flag, apply_edits, unique

__all__ = ["Change", "Edit", "EditTracker", "Flag", "apply_edits", "select_non_overlapping"]


def select_non_overlapping(changes: Iterable[Change]) -> list[Change]:
    """Keep the earliest, then longest, change wherever proposals collide.

    Stages that run several rules over the same input use this so that what they
    return is always sorted and non-overlapping.  Python's sort is stable, so on a
    full tie the rule listed first in its pack wins.
    """
    chosen: list[Change] = []
    last_end = -1
    last_start = -1
    for change in sorted(changes, key=lambda c: (c.start, -(c.end - c.start))):
        is_insertion = change.start == change.end
        if change.start < last_end or (is_insertion and change.start == last_start):
            continue
        if chosen and is_insertion and change.start == last_end and chosen[-1].start == chosen[-1].end:
            continue
        chosen.append(change)
        last_start, last_end = change.start, change.end
    return chosen


@dataclass(slots=True)
class _Piece:
    """A run of the current text: untouched source (``changes`` empty) or an edit's output."""

    src_start: int
    src_end: int
    text: str
    changes: tuple[Change, ...] = ()

    @property
    def edited(self) -> bool:
        return bool(self.changes)


def _touches(piece_start: int, piece_end: int, piece: _Piece, start: int, end: int) -> bool:
    """Does an edited piece have to merge with a change spanning [start, end)?

    Overlap always merges.  Mere adjacency merges only when an insertion is
    involved, because two insertions (or an insertion beside a deletion) at one
    source point would otherwise have no defined order.
    """
    if piece_start < end and piece_end > start:
        return True
    if piece_start == piece_end and start < piece_start < end:
        return True
    adjacent = piece_end == start or piece_start == end
    insertion_involved = start == end or piece.src_start == piece.src_end
    return adjacent and insertion_involved


def _clusters(
    pieces: list[_Piece], starts: list[int], ends: list[int], changes: Sequence[Change]
) -> tuple[dict[int, list[Change]], dict[int, list[int]], list[int]]:
    """The clusters of ``EditTracker._merge``, by union-find over changes and pieces.

    Returns each cluster's changes and the indices of its pieces, keyed by the cluster's
    root, and every piece's root (a piece in no cluster has a root no change has).
    """
    parent = list(range(len(changes) + len(pieces)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    lo = 0
    for k, change in enumerate(changes):
        while lo < len(pieces) and ends[lo] < change.start:
            lo += 1
        j = lo
        while j < len(pieces) and starts[j] <= change.end:
            piece = pieces[j]
            if piece.edited:
                involved = _touches(starts[j], ends[j], piece, change.start, change.end)
            else:
                involved = change.start <= starts[j] and ends[j] <= change.end and starts[j] < ends[j]
            if involved:
                parent[find(len(changes) + j)] = find(k)
            j += 1

    cluster_changes: dict[int, list[Change]] = {}
    for k, change in enumerate(changes):
        cluster_changes.setdefault(find(k), []).append(change)
    piece_root = [find(len(changes) + j) for j in range(len(pieces))]
    cluster_pieces: dict[int, list[int]] = {}
    for j, root in enumerate(piece_root):
        if root in cluster_changes:
            cluster_pieces.setdefault(root, []).append(j)
    return cluster_changes, cluster_pieces, piece_root


class EditTracker:
    """The evolving text plus the source-coordinate edits that produced it."""

    def __init__(self, source: str, fast_path: bool = True) -> None:
        self.source = source
        self._pieces: list[_Piece] = [_Piece(0, len(source), source)] if source else []
        self.text = source
        self._fast_path = fast_path
        self._ends: list[int] | None = None  # where each piece ends in the text, found when first needed

    def apply(self, changes: Sequence[Change]) -> None:
        """Fold one stage's sorted, non-overlapping changes into the piece list."""
        if not changes:
            return
        changes = sorted(changes, key=lambda c: (c.start, c.end))
        isolated = self._apply_isolated(changes) if self._fast_path else None
        if isolated is not None:
            self._pieces = isolated
        elif self._fast_path:
            self._pieces = self._merge_locally(changes)
        else:
            self._pieces = self._merge(self._split_at_boundaries(self._pieces, 0, changes), changes)
        self.text = "".join([p.text for p in self._pieces])
        self._ends = None

    def _apply_isolated(self, changes: Sequence[Change]) -> list[_Piece] | None:
        """The common case, in one linear pass: every change lies inside untouched text, away from edits.

        Then each change simply becomes an edited piece of its own, which is what the
        general merge would build too.  Returns None (use the general merge) as soon
        as a change reaches an edited piece, or touches one at its edge.
        """
        pieces = self._pieces
        starts = list(itertools.accumulate(map(len, [p.text for p in pieces]), initial=0))
        total = starts[-1]
        by_piece: dict[int, list[Change]] = {}
        previous: Change | None = None
        for change in changes:
            if self.text[change.start : change.end] == change.replacement:
                return None
            if previous is not None and change.start < previous.end:  # overlapping proposals: the merge unites them
                return None
            if previous is not None and change.start == previous.end and change.start == change.end:
                return None
            if previous is not None and previous.start == previous.end and change.start == previous.end:
                return None
            previous = change
            i = bisect.bisect_right(starts, change.start) - 1
            if i == len(pieces):  # an insertion at the very end of the text
                i -= 1
            if i < 0 or pieces[i].edited or change.end > starts[i + 1]:
                return None
            if change.start == starts[i] and i > 0 and pieces[i - 1].edited:
                return None
            if change.end == starts[i + 1] and change.end < total and pieces[i + 1].edited:
                return None
            if change.start == change.end == total and i + 1 < len(pieces):
                return None
            by_piece.setdefault(i, []).append(change)
        out: list[_Piece] = []
        copied = 0  # pieces before this index are in ``out``; the untouched ones are copied in runs
        for i, group in by_piece.items():  # in order of the pieces: the changes are sorted
            out.extend(pieces[copied:i])
            copied = i + 1
            piece = pieces[i]
            base, cursor = starts[i], starts[i]
            for change in group:
                if change.start > cursor:
                    out.append(
                        _Piece(
                            piece.src_start + cursor - base,
                            piece.src_start + change.start - base,
                            piece.text[cursor - base : change.start - base],
                        )
                    )
                src_start, src_end = piece.src_start + change.start - base, piece.src_start + change.end - base
                out.append(_Piece(src_start, src_end, change.replacement, (change,)))
                cursor = change.end
            if cursor < starts[i + 1]:
                out.append(_Piece(piece.src_start + cursor - base, piece.src_end, piece.text[cursor - base :]))
        out.extend(pieces[copied:])
        return out

    def _merge_locally(self, changes: Sequence[Change]) -> list[_Piece]:
        """The general merge, run only on the stretches of pieces around the changes.

        Each change can only involve the pieces it overlaps or touches; the stretch
        around it reaches ``_MARGIN`` pieces further on either side, so that what it
        touches at its edges and the untouched runs that join up again (``_coalesce``)
        lie inside it.  The pieces between stretches are copied as they are: a stage
        that changes a few places of a long text no longer walks every piece.
        """
        pieces = self._pieces
        starts = list(itertools.accumulate(map(len, [p.text for p in pieces]), initial=0))
        ends, last = starts[1:], len(pieces) - 1
        stretches: list[tuple[int, int, list[Change]]] = []  # first piece, last piece, their changes
        for change in changes:
            first = max(0, bisect.bisect_left(ends, change.start) - _MARGIN)
            final = min(last, bisect.bisect_right(starts, change.end, 0, len(pieces)) - 1 + _MARGIN)
            if stretches and first <= stretches[-1][1] + 1:
                stretches[-1] = (stretches[-1][0], max(final, stretches[-1][1]), [*stretches[-1][2], change])
            else:
                stretches.append((first, final, [change]))
        out: list[_Piece] = []
        copied = 0
        for first, final, group in stretches:
            out.extend(pieces[copied:first])
            part = pieces[first : final + 1]
            out.extend(self._merge(self._split_at_boundaries(part, starts[first], group), group, starts[first], out))
            copied = final + 1
        out.extend(pieces[copied:])
        return out

    def _split_at_boundaries(self, pieces: list[_Piece], pos: int, changes: Sequence[Change]) -> list[_Piece]:
        """Split the untouched ones of ``pieces`` (starting at ``pos``) so that no change boundary falls inside one."""
        cuts = sorted({c.start for c in changes} | {c.end for c in changes})
        out: list[_Piece] = []
        k = 0
        for piece in pieces:
            end = pos + len(piece.text)
            if piece.edited:
                out.append(piece)
            else:
                while k < len(cuts) and cuts[k] <= pos:
                    k += 1
                if k == len(cuts) or cuts[k] >= end:  # no cut inside: the piece stays as it is
                    out.append(piece)
                    pos = end
                    continue
                cur, src = pos, piece.src_start
                while k < len(cuts) and cuts[k] < end:
                    cut = cuts[k]
                    out.append(_Piece(src, src + (cut - cur), self.text[cur:cut]))
                    src += cut - cur
                    cur = cut
                    k += 1
                out.append(_Piece(src, piece.src_end, self.text[cur:end]))
            pos = end
        return out

    def _merge(
        self, pieces: list[_Piece], changes: Sequence[Change], pos: int = 0, before: Sequence[_Piece] = ()
    ) -> list[_Piece]:
        """Replace each cluster of changes and the pieces they involve with one edited piece.

        A cluster is a connected group: a change, the untouched pieces inside it, the
        edited pieces it overlaps or (for insertions) touches, and any other change
        that shares one of those edited pieces.  ``pieces`` start at ``pos`` in the
        text, after the pieces ``before``.
        """
        starts: list[int] = []
        for piece in pieces:
            starts.append(pos)
            pos += len(piece.text)
        ends = [s + len(p.text) for s, p in zip(starts, pieces, strict=True)]
        cluster_changes, cluster_pieces, piece_root = _clusters(pieces, starts, ends, changes)

        out: list[_Piece] = []
        pending = sorted(cluster_changes, key=lambda r: cluster_changes[r][0].start)
        emitted = _Emitted(before, out)
        pi = 0
        for root in pending:
            members = cluster_pieces.get(root, [])
            region_start = min([cluster_changes[root][0].start] + [starts[j] for j in members])
            while (
                pi < len(pieces)
                and piece_root[pi] not in cluster_changes
                and (starts[pi] < region_start or (starts[pi] == region_start and ends[pi] == region_start))
            ):
                out.append(pieces[pi])
                pi += 1
            spans = [(starts[j], ends[j]) for j in members]
            out.append(self._cluster_piece(cluster_changes[root], [pieces[j] for j in members], spans, emitted))
            if members:
                pi = max(pi, members[-1] + 1)
        out.extend(p for j, p in enumerate(pieces[pi:], start=pi) if piece_root[j] not in cluster_changes)
        return _coalesce(out)

    def _cluster_piece(
        self,
        group: list[Change],
        members: list[_Piece],
        spans: list[tuple[int, int]],
        emitted: _Emitted,
    ) -> _Piece:
        """Build the piece that replaces one cluster."""
        region_start = min([group[0].start] + [s for s, _ in spans])
        region_end = max([group[-1].end] + [e for _, e in spans])
        if members:
            src_start, src_end = members[0].src_start, members[-1].src_end
        else:
            src_start = src_end = emitted.last_src_end()
        new_text = self._rewrite(region_start, region_end, group)
        history = tuple(c for p in members for c in p.changes) + tuple(group)
        if new_text == self.source[src_start:src_end]:
            return _Piece(src_start, src_end, new_text)
        return _Piece(src_start, src_end, new_text, history)

    def _rewrite(self, region_start: int, region_end: int, group: Sequence[Change]) -> str:
        """The region's current text with the group's changes applied."""
        parts: list[str] = []
        cursor = region_start
        for change in group:
            parts.append(self.text[cursor : change.start])
            parts.append(change.replacement)
            cursor = change.end
        parts.append(self.text[cursor:region_end])
        return "".join(parts)

    def to_source(self, pos: int) -> int:
        """Map an offset of the current text to the source; offsets inside an edit map to its start."""
        if self._ends is None:
            self._ends = list(itertools.accumulate(len(p.text) for p in self._pieces))
        i = bisect.bisect_left(self._ends, pos)  # no piece before this one ends at or after ``pos``
        cur = self._ends[i - 1] if i else 0
        while i < len(self._pieces):
            piece = self._pieces[i]
            end = cur + len(piece.text)
            if pos < end or (pos == end and not piece.edited):
                return piece.src_start if piece.edited else piece.src_start + (pos - cur)
            cur = end
            i += 1
        return len(self.source)

    def changed_spans(self) -> list[tuple[int, int]]:
        """Where the edits are in the current text, as (start, end); a deletion is an empty span."""
        spans: list[tuple[int, int]] = []
        cur = 0
        for piece in self._pieces:
            end = cur + len(piece.text)
            if piece.edited:
                spans.append((cur, end))
            cur = end
        return spans

    def changed_categories(self) -> list[tuple[int, int, str]]:
        """``changed_spans`` with each edit's category, without building the edits themselves."""
        found: list[tuple[int, int, str]] = []
        cur = 0
        for piece in self._pieces:
            end = cur + len(piece.text)
            if piece.edited:
                found.append((cur, end, piece.changes[0].category))
            cur = end
        return found

    def edits(self) -> list[Edit]:
        """The source-coordinate edits, sorted and non-overlapping."""
        result: list[Edit] = []
        for piece in self._pieces:
            if not piece.edited:
                continue
            changes = piece.changes
            first = changes[0]
            several = len(changes) > 1
            result.append(
                Edit(
                    start=piece.src_start,
                    end=piece.src_end,
                    original=self.source[piece.src_start : piece.src_end],
                    replacement=piece.text,
                    rule="+".join(unique(c.rule for c in changes)) if several else first.rule,
                    category=first.category,
                    message="; ".join(unique(c.message for c in changes)) if several else first.message,
                )
            )
        return result


#: How many pieces beyond those a change overlaps or touches ``EditTracker._merge_locally`` takes in.
_MARGIN = 2


@dataclass(frozen=True)
class _Emitted:
    """The pieces already in place before a cluster: those before the stretch merged, then its own."""

    before: Sequence[_Piece]
    out: list[_Piece]

    def last_src_end(self) -> int:
        """Where in the source the last of them ends (0 if there is none): an insertion's place."""
        last = self.out[-1] if self.out else self.before[-1] if self.before else None
        return last.src_end if last is not None else 0


def _coalesce(pieces: list[_Piece]) -> list[_Piece]:
    """Join neighbouring untouched pieces again so the list stays short."""
    out: list[_Piece] = []
    for piece in pieces:
        if not piece.text and not piece.edited:
            continue
        if out and not piece.edited and not out[-1].edited and out[-1].src_end == piece.src_start:
            prev = out[-1]
            out[-1] = _Piece(prev.src_start, piece.src_end, prev.text + piece.text)
        else:
            out.append(piece)
    return out
