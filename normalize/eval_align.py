"""Aligning a pair's texts word by word, and placing the tool's edits in its output, for ``normalize eval``.

The scorer (``evaluate``) judges every edit on the tool's output aligned with the
expected text; this module holds that alignment: the word tokens, the expected
stretch beside each output paragraph, the edits cut down to what they change, and
the undo test that tells a right edit from one that only happens to line up.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from .edits import Edit

# Words, runs of white space, and single punctuation marks: "date ." → "date." is then
# the deletion of one token, and "Kassem" → "Qassem" the replacement of one.
_TOKEN = re.compile(r"\w+|\s+|[^\w\s]")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def tokens(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _TOKEN.finditer(text)]


def word_matcher(a_text: str, b_text: str) -> tuple[SequenceMatcher[str], list[tuple[int, int]], list[tuple[int, int]]]:
    a, b = tokens(a_text), tokens(b_text)
    matcher = SequenceMatcher(None, [a_text[s:e] for s, e in a], [b_text[s:e] for s, e in b], autojunk=False)
    return matcher, a, b


def word_bag(text: str) -> Counter[str]:
    """The words and marks of ``text``, counted; runs of white space are left out: a space put in or
    taken out in one place says nothing of a spaced "7 . 45" left elsewhere."""
    return Counter(m.group() for m in _TOKEN.finditer(text) if not m.group().isspace())


def undo_gets_closer(edit: Edit, output: Counter[str], expected: Counter[str]) -> bool:
    """Whether taking the edit back would leave fewer words out of place, counting words without order.

    With repeated words an aligner may blame the other copy for what an edit deleted
    ("the the", a title printed twice); counts do not care which copy went.
    """
    change = word_bag(edit.original)
    change.subtract(word_bag(edit.replacement))
    gain = 0
    for token, n in change.items():
        before = output[token]
        gain += abs(before + n - expected[token]) - abs(before - expected[token])
    return gain < 0


@dataclass(frozen=True)
class Neighbourhoods:
    """The output's paragraphs, each with the stretch of the expected text aligned with it.

    The undo test counts words within the paragraph of the edit, not the document:
    a pronoun the tool missed in one paragraph ("she" where the editor wrote "it") is
    no reason to call a right deletion of a resumptive "it" in another one wrong.
    """

    output: str
    expected: str
    anchors: list[int]  # output offsets of the words aligned with the expected text, in order
    anchored: list[tuple[int, int]]  # the expected span of each of those words
    paragraph_starts: list[int]
    paragraph_ends: list[int]

    @classmethod
    def of(cls, output: str, expected: str) -> Neighbourhoods:
        matcher, a, b = word_matcher(output, expected)
        anchors, anchored = [], []
        for i, j, n in matcher.get_matching_blocks():
            for k in range(n):
                if not output[a[i + k][0] : a[i + k][1]].isspace():
                    anchors.append(a[i + k][0])
                    anchored.append(b[j + k])
        breaks = [m.span() for m in _PARAGRAPH_BREAK.finditer(output)]
        starts = [0] + [e for _, e in breaks]
        ends = [s for s, _ in breaks] + [len(output)]
        return cls(output, expected, anchors, anchored, starts, ends)

    def around(self, start: int, end: int) -> tuple[int, int, int, int]:
        """The output paragraph(s) holding ``[start, end)`` and the expected stretch aligned with them.

        An edit at a paragraph's edge takes the neighbouring paragraph in too: a deleted
        copy of a title may be aligned with either copy the editor's text has. The expected
        stretch runs from the last aligned word before the output's to the first one after
        it, so that text the editor has there and the output lacks is inside it.
        """
        starts, ends = self.paragraph_starts, self.paragraph_ends
        first = bisect.bisect_right(starts, start) - 1
        last = bisect.bisect_right(starts, end) - 1
        if first > 0 and not self.output[starts[first] : start].strip():
            first -= 1
        if last < len(ends) - 1 and not self.output[end : ends[last]].strip():
            last += 1
        low, high = starts[first], ends[last]
        before = bisect.bisect_left(self.anchors, low) - 1
        after = bisect.bisect_left(self.anchors, high)
        e_low = self.anchored[before][1] if before >= 0 else 0
        e_high = self.anchored[after][0] if after < len(self.anchors) else len(self.expected)
        return low, high, e_low, e_high

    def bags(self, start: int, end: int, astray: Astray) -> tuple[Counter[str], Counter[str]]:
        """The words of the output around ``[start, end)`` and of the expected text aligned with it.

        The output's are counted as they would be had the edits there that do not line up
        (``astray``) not been made: an edit is judged by the words it wrote, not by a word another,
        wrong edit wrote ("on Sunday" written for "today, Sunday," makes one "on" too many,
        which is no reason to call a "called on" a sentence earlier wrong).
        """
        low, high, e_low, e_high = self.around(start, end)
        bag = word_bag(self.output[low:high])
        for edit in astray.within(low, high):
            bag.subtract(word_bag(edit.replacement))
            bag.update(word_bag(edit.original))
        return bag, word_bag(self.expected[e_low:e_high])


class Astray:
    """The edits of a pair that do not line up with the expected text, by where they sit in the output.

    Sorted by output start, so each undo test reads only the edits of its own
    neighbourhood instead of walking every edit of the pair.
    """

    def __init__(self, placed: Sequence[Placed], edits: Sequence[Edit], lined_up: set[int]) -> None:
        astray = sorted((placed[i].out_start, placed[i].out_end, i) for i in range(len(edits)) if i not in lined_up)
        self.starts = [out_start for out_start, _, _ in astray]
        self.spans = [(out_end, edits[i]) for _, out_end, i in astray]

    def within(self, low: int, high: int) -> Iterator[Edit]:
        """The edits whose output span lies inside ``[low, high]``."""
        for k in range(bisect.bisect_left(self.starts, low), bisect.bisect_right(self.starts, high)):
            out_end, edit = self.spans[k]
            if out_end <= high:
                yield edit


def opcodes(a_text: str, b_text: str) -> Iterator[tuple[int, int, int, int]]:
    """Character spans ``(a_start, a_end, b_start, b_end)`` of the stretches where two texts differ, word by word."""
    matcher, a, b = word_matcher(a_text, b_text)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            a_start = a[i1][0] if i1 < len(a) else len(a_text)
            b_start = b[j1][0] if j1 < len(b) else len(b_text)
            yield a_start, a[i2 - 1][1] if i2 > i1 else a_start, b_start, b[j2 - 1][1] if j2 > j1 else b_start


@dataclass(frozen=True)
class Placed:
    """An edit cut down to the characters it really changes, placed in both the source and the output."""

    start: int
    end: int
    out_start: int
    out_end: int


def placed_edits(edits: Sequence[Edit]) -> list[Placed]:
    """Edits without the text they rewrite unchanged (a quotation-mark fix that spans the whole quotation)."""
    placed, shift = [], 0
    for edit in edits:
        old, new = edit.original, edit.replacement
        head = _common_length(old, new)
        tail = _common_length(old[head:][::-1], new[head:][::-1])
        start, end = edit.start + head, edit.end - tail
        out_start = start + shift
        placed.append(Placed(start, end, out_start, out_start + len(new) - head - tail))
        shift += len(new) - len(old)
    return placed


def _common_length(a: str, b: str) -> int:
    """How many characters ``a`` and ``b`` share at their start."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def out_start(pos: int, placed: Sequence[Placed]) -> int:
    """Where a stretch of the source that starts at ``pos`` starts in the output."""
    shift = 0
    for p in placed:
        if p.start < pos < p.end or (p.start == pos and p.end > pos):
            return p.out_start
        if p.end <= pos and not (p.start == p.end == pos):
            shift = p.out_end - p.end
    return pos + shift


def out_end(pos: int, placed: Sequence[Placed]) -> int:
    """Where a stretch of the source that ends at ``pos`` ends in the output (after an insertion at ``pos``)."""
    shift = 0
    for p in placed:
        if p.start < pos < p.end:
            return p.out_end
        if p.end <= pos:
            shift = p.out_end - p.end
    return pos + shift


def lines_up(start: int, end: int, wrong: Sequence[tuple[int, int]], output: str) -> bool:
    """Whether the output's ``[start, end)`` lines up with the expected text (no difference inside it).

    An empty stretch (a deletion) is clean unless a difference touches it: deleting one
    of two stray full stops, or the space inside "( –", leaves the text around the point
    still wrong.  Text the expected side has and the output lacks counts as touching
    across white space, since an aligner may put it on either side of a space.
    """
    if start < end:
        return not any((a < end and start < b) if a < b else start < a < end for a, b in wrong)
    low, high = start, start
    while low > 0 and output[low - 1].isspace():
        low -= 1
    while high < len(output) and output[high].isspace():
        high += 1
    return not any((a <= start <= b) if a < b else low <= a <= high for a, b in wrong)


def touch(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """Overlapping or adjacent: "the the" may be fixed by deleting either copy."""
    return a_start <= b_end and b_start <= a_end
