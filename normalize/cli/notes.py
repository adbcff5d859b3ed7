"""What a run says about a document: explanation lines, flags, check lines, diffs and the closing tally.

``--explain`` lines have the shape linters use (ruff, Vale): ``path:line:col rule
message``, then the changed words in their context, before → after.  Edits and
flags come in the order they occur in the text.  The same shape names a flagged
passage on stderr in an ordinary run, so a person learns which file and line to read.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from ..model import Edit, Flag, Problem, Result
from ..report import line_col, line_starts
from .common import coloured, plural

#: Characters of context shown on each side of a change, cut back to a word's edge.
CONTEXT_CHARS = 24
#: A flagged passage longer than this is shown cut short.
FLAG_CHARS = 60

_LINE_BREAK = re.compile(r"\r?\n")


def explain_lines(name: str, result: Result, first_line: int = 1, colour: bool = False) -> Iterator[str]:
    """Every edit and flag of ``result``, in text order (``first_line``: where a streamed piece starts)."""
    starts = line_starts(result.source)
    items: list[Edit | Flag] = [*result.edits, *result.flags]
    items.sort(key=lambda item: (item.start, isinstance(item, Flag)))
    for item in items:
        yield (
            located(name, starts, item, first_line, colour)
            + ": "
            + (
                _edit_context(result.source, item, colour)
                if isinstance(item, Edit)
                else flag_context(result.source, item)
            )
        )


def flag_lines(name: str, result: Result, first_line: int = 1, colour: bool = False) -> Iterator[str]:
    """One line per flag: where, which rule, why, and the passage (an ordinary run's notice on stderr)."""
    starts = line_starts(result.source)
    for flag in result.flags:
        yield located(name, starts, flag, first_line, colour) + ": " + flag_context(result.source, flag)


def located(name: str, starts: list[int], item: Edit | Flag, first_line: int, colour: bool) -> str:
    """``path:line:col rule message``."""
    line, col = line_col(starts, item.start)
    where = coloured(f"{name}:{line + first_line - 1}:{col}", "1", colour)
    return f"{where} {coloured(item.rule, '36', colour)} {item.message}"


def _edit_context(source: str, edit: Edit, colour: bool) -> str:
    """The edit in its words: "said ,"no"" → "said,"no"" (colour: the removed part red, the added green)."""
    before, after = _around(source, edit.start, edit.end)
    old, new = _visible(edit.original), _visible(edit.replacement)
    # coloured on a terminal; elsewhere bracketed, so that a space removed or added can be seen
    old = coloured(old, "31", colour) if colour else f"[{old}]"
    new = coloured(new, "32", colour) if colour else f"[{new}]"
    return f"“{before}{old}{after}” → “{before}{new}{after}”"


def flag_context(source: str, flag: Flag) -> str:
    passage = _visible(source[flag.start : flag.end])
    if len(passage) > FLAG_CHARS:
        passage = passage[: FLAG_CHARS - 1] + "…"
    if "suggestion" in flag.detail:  # a review-tier finding, or a repair the evidence held back: not applied
        return f"“{passage}” → suggested “{_visible(flag.detail['suggestion'])}”"
    return f"“{passage}”"


def _around(source: str, start: int, end: int) -> tuple[str, str]:
    """A few words before ``start`` and after ``end``, within their lines."""
    line_start = source.rfind("\n", 0, start) + 1
    line_end = source.find("\n", end)
    line_end = len(source) if line_end == -1 else line_end
    left = source[max(line_start, start - CONTEXT_CHARS) : start]
    right = source[end : min(line_end, end + CONTEXT_CHARS)]
    if start - CONTEXT_CHARS > line_start and " " in left:
        left = left[left.index(" ") + 1 :]
    if end + CONTEXT_CHARS < line_end and " " in right:
        right = right[: right.rindex(" ")]
    return _visible(left), _visible(right)


def _visible(text: str) -> str:
    """Line breaks shown as ⏎, so that one edit stays on one line."""
    return _LINE_BREAK.sub("⏎", text)


def problem_line(shown: str, problem: Problem) -> str:
    """How a rule skipped on a document is reported."""
    return f"{shown}: rule '{problem.rule}': {problem.message}"


def check_line(name: str, result: Result) -> str:
    """One line for --check: the edits it would make and the passages flagged for review, by rule."""
    return check_summary(name, Counter(e.rule for e in result.edits), Counter(f.rule for f in result.flags))


def check_summary(name: str, edits: Counter[str], flags: Counter[str]) -> str:
    """The --check line from counts by rule, for a whole file or the records of a streamed one."""

    def by_rule(counts: Counter[str]) -> str:
        return ", ".join(f"{rule} ×{n}" for rule, n in sorted(counts.items()))

    parts = []
    if edits:
        parts.append(f"would change ({plural(edits.total(), 'edit')}: {by_rule(edits)})")
    if flags:
        parts.append(f"{flags.total()} flagged for review ({by_rule(flags)})")
    return f"{name}: {'; '.join(parts)}"


def unified_diff(name: str, before: str, after: str) -> str:
    lines = difflib.unified_diff(
        before.splitlines(keepends=True), after.splitlines(keepends=True), f"a/{name}", f"b/{name}"
    )
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)


def coloured_diff(diff: str, colour: bool) -> str:
    """A unified diff with removed lines red, added green and hunk heads cyan (nothing bold)."""
    if not colour:
        return diff
    out = []
    for line in diff.splitlines(keepends=True):
        body, end = line.rstrip("\n"), line[len(line.rstrip("\n")) :]
        if line.startswith(("+++", "---")):
            out.append(line)
        elif line.startswith("+"):
            out.append(coloured(body, "32", True) + end)
        elif line.startswith("-"):
            out.append(coloured(body, "31", True) + end)
        elif line.startswith("@@"):
            out.append(coloured(body, "36", True) + end)
        else:
            out.append(line)
    return "".join(out)


@dataclass
class Tally:
    """What a run over several files did, for the closing line on stderr."""

    files: int = 0
    changed: int = 0
    edits: int = 0
    flagged: int = 0
    failed: int = 0

    def add(self, changed: bool, edits: int, flags: int) -> None:
        self.files += 1
        self.changed += changed
        self.edits += edits
        self.flagged += bool(flags)

    def line(self, changes_nothing: bool) -> str:
        """E.g. 'normalize: 14 files: 12 changed (143 edits), 2 with passages flagged for review, 1 not processed'.

        ``changes_nothing``: --check or --diff, which write nothing: files "would change".
        """
        verb = "would change" if changes_nothing else "changed"
        parts = [f"{self.changed} {verb} ({plural(self.edits, 'edit')})"]
        if self.flagged:
            parts.append(f"{self.flagged} with passages flagged for review")
        if self.failed:
            parts.append(f"{self.failed} not processed")
        return f"normalize: {plural(self.files + self.failed, 'file')}: {', '.join(parts)}"
