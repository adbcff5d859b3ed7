"""The end of a document after the lines at its foot were deleted: as the source ended.

Each rule that deletes a line of site furniture ("Source link", "Comments Off on …")
takes the line and the blank lines after it, or, when it is the last line, the blank
line before it.  Two such lines at the end are each deleted rightly, yet neither rule
knows that the other took the document's last line: the blank line between the body
and the first of them is left at the end.  What the document's end should look like
is known only once every deletion stands, so it is settled here, on the judged edits,
by widening the first of the trailing deletions over the white space left behind.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from .edits import Edit


def _trailing_deletions(source: str, edits: Sequence[Edit]) -> int | None:
    """Index of the first edit of the run that deletes through the source's end, or None.

    The run is the edits after which only white space is left, unedited or written by
    the edits themselves; a run holding an edit that writes words is not furniture going.
    """
    first = None
    end = len(source)
    for i in range(len(edits) - 1, -1, -1):
        edit = edits[i]
        if edit.replacement.strip() or source[edit.end : end].strip():
            break
        first, end = i, edit.start
    return first


def _newlines(text: str) -> int:
    return text.count("\n")


def _white_tail(text: str, end: int) -> int:
    """Where the white space ending ``text[:end]`` starts: walked back, not ``rstrip``, which copies the document."""
    while end and text[end - 1].isspace():
        end -= 1
    return end


def kept_document_end(source: str, edits: Sequence[Edit], output: str) -> list[Edit] | None:
    """The edits with the output's end given back the source's trailing white space, or None if it has it.

    Only a blank line the deletions left behind is taken (a last line deleted after its
    line break leaves the break, as it always has): the output keeps at least the
    source's own ending, and nothing is done where the run of deletions writes text.
    """
    source_tail = source[_white_tail(source, len(source)) :]
    output_tail = output[_white_tail(output, len(output)) :]
    if _newlines(output_tail) < 2 or _newlines(output_tail) <= _newlines(source_tail):
        return None  # no blank line left at the end, or the source's own
    first_index = _trailing_deletions(source, edits)
    if first_index is None:
        return None
    first = edits[first_index]
    gap_start = _white_tail(source, first.start)
    if gap_start < (edits[first_index - 1].end if first_index else 0):
        return None  # the white space before the run is another edit's
    # What the source after the first deletion still gives the output: gaps and later replacements.
    after = edits[first_index + 1 :]
    rest_length = len(source) - first.end + sum(len(e.replacement) - (e.end - e.start) for e in after)
    rest = output[len(output) - rest_length :] if rest_length else ""
    if not source_tail.endswith(rest) or _newlines(rest) > _newlines(source_tail):
        return None
    keep = source_tail[: len(source_tail) - len(rest)]
    # The white space before the deletion that stays as it is; the widened edit starts after it.
    shared = 0
    gap = source[gap_start : first.start]
    while shared < min(len(gap), len(keep)) and gap[shared] == keep[shared]:
        shared += 1
    start = gap_start + shared
    widened = dataclasses.replace(first, start=start, original=source[start : first.end], replacement=keep[shared:])
    return [*edits[:first_index], widened, *edits[first_index + 1 :]]
