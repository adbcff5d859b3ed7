"""Kind ``quotepair``: the spaces at straight quotation marks, read from the marks' pairs.

A straight mark (") does not say whether it opens or closes, so a rule that reads one mark
alone can only guess, and guesses only the safe shapes.  Machine translation from Arabic
leaves spaces inside a quotation (`" the border "`) and none outside it (`reporters,"the`,
`"plan"was`), in every combination.  On a line whose straight marks pair off cleanly, the
first opens, the second closes and so on, and each pair's spaces can be put right at once:
``repair: inside`` takes the spaces inside a pair out, ``repair: outside`` puts the missing
space before an opening mark or after a closing one.

A line's marks pair off cleanly only if they are even in number, none stands by a figure
(inches, seconds: `a 40" screen`), an equals sign or a backslash (markup, code), no pair is
empty, and each mark stands where its role allows: an opening mark is not glued to the end
of a sentence (`left." He said: "We` is a closing mark and an opening one, paired wrongly
across the line) nor the last character before the line's end, a closing mark is not the
first.  Curly marks say which they are; the pattern rules repair them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..model import Change
from ..rounds import Round
from ..screen import Span, whole
from .base import Kind, Rule, RuleError, change, require_str

#: What a rule of this kind repairs.
REPAIRS = ("inside", "outside")
_MARK = '"'
#: Characters beside a mark that show it is no quotation mark: a figure (inches), markup, code.
_NOT_QUOTING = frozenset("0123456789=\\")
#: Marks that end a sentence or a clause: an opening mark is never glued after one of these
#: ("left." He said: "We": the first is the closing mark of an earlier line's quotation).
_CLAUSE_END = frozenset(".!?;")
_SPACES = " \t"
#: Characters of code or markup: a line with one is left as it is (`printf " hello "; }`).
_CODE = re.compile(r"[{}<>|]")
_MARKS = re.compile(_MARK)
#: What stands before an opening mark that nothing glued to it.
_OPENS_AFTER = frozenset(" \t([")
#: Fewer letters than this between a pair's marks is no quotation of words (`", "`, `" x "`).
_LEAST_LETTERS = 3


@dataclass(frozen=True)
class QuotePairRule(Rule):
    """``repair: inside`` removes spaces inside a pair of straight marks; ``outside`` adds the missing ones."""

    repair: str = ""  # no default: a pack names it (build requires it), and `rules show` spells it
    kind = "quotepair"


def build(data: Mapping[str, Any], common: dict[str, Any]) -> Rule:
    repair = require_str(data, "repair")
    if repair not in REPAIRS:
        raise RuleError(f"'repair' must be one of: {', '.join(REPAIRS)}")
    return QuotePairRule(**common, repair=repair)


def pairs_on_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (opening, closing) positions of the straight marks of the line ``text[start:end]``, or []."""
    marks = [m.start() for m in _MARKS.finditer(text, start, end)]
    if not marks or len(marks) % 2 or _CODE.search(text, start, end):
        return []
    pairs = list(zip(marks[::2], marks[1::2], strict=True))
    for opening, closing in pairs:
        if not _clear(text, opening, start, end) or not _clear(text, closing, start, end):
            return []
        if _shape(text, opening, start, end) == "closes" or _shape(text, closing, start, end) == "opens":
            return []  # a mark whose neighbours show the other role: the line's marks do not pair in order
        if sum(c.isalpha() for c in text[opening + 1 : closing]) < _LEAST_LETTERS:
            return []  # an empty pair, or a separator in code (", "): not a quotation
        if opening + 1 >= end or (opening > start and text[opening - 1] in _CLAUSE_END):
            return []
        if closing == start:
            return []
    return pairs


def _shape(text: str, at: int, start: int, end: int) -> str:
    """What a mark's neighbours show: "opens" (a space before, a word after: ` "No`), "closes"
    (a word or a sentence's end before, a space or a mark after: `stay" `), or "" (either)."""
    before = text[at - 1] if at > start else " "
    after = text[at + 1] if at + 1 < end else " "
    if before in _OPENS_AFTER and after.isalnum():
        return "opens"
    if (before.isalnum() or before in ".!?,") and (after in _SPACES or after in ".,;:!?)"):
        return "closes"
    return ""


def _clear(text: str, at: int, start: int, end: int) -> bool:
    """Is the mark at ``at`` clear of figures, markup and code on both sides?"""
    before = text[at - 1] if at > start else " "
    after = text[at + 1] if at + 1 < end else " "
    return before not in _NOT_QUOTING and after not in _NOT_QUOTING


def inside_changes(text: str, rule: QuotePairRule, opening: int, closing: int) -> list[Change]:
    """Spaces after the opening mark and before the closing one, taken out."""
    changes: list[Change] = []
    first = opening + 1
    while first < closing and text[first] in _SPACES:
        first += 1
    if first > opening + 1 and text[first].isalnum():
        changes.append(change(rule, opening + 1, first, ""))
    last = closing
    while last > first and text[last - 1] in _SPACES:
        last -= 1
    if last < closing and (text[last - 1].isalnum() or text[last - 1] in ".!?,"):
        changes.append(change(rule, last, closing, ""))
    return changes


def outside_changes(text: str, rule: QuotePairRule, opening: int, closing: int, start: int, end: int) -> list[Change]:
    """The space a word, a colon or a comma glued to the opening mark lacks, and a word glued after the closing one."""
    changes: list[Change] = []
    before = text[opening - 1] if opening > start else ""
    inner = text[opening + 1 : closing].lstrip(_SPACES)
    # After a colon only where a space inside shows MT's mirrored spacing (`News:" the`): a
    # word glued to a colon and a mark is a search or a setting (`intitle:"index of"`).
    glued = before.isalpha() or before == "," or (before == ":" and text[opening + 1 : opening + 2] in _SPACES)
    if before and glued and inner[:1].isalpha():
        changes.append(change(rule, opening, opening, " "))
    after = text[closing + 1] if closing + 1 < end else ""
    if after.isalpha():
        changes.append(change(rule, closing + 1, closing + 1, " "))
    return changes


def quote_pair_changes(text: str, rule: QuotePairRule, where: list[Span] | None = None) -> list[Change]:
    """The rule's repairs on every line of the blocks ``where`` (the whole text when None)."""
    changes: list[Change] = []
    for block_start, block_end in whole(text, where):
        line_start = block_start
        while line_start < block_end:
            line_end = text.find("\n", line_start, block_end)
            line_end = block_end if line_end < 0 else line_end
            if text.find(_MARK, line_start, line_end) >= 0:
                for opening, closing in pairs_on_line(text, line_start, line_end):
                    if rule.repair == "inside":
                        changes.extend(inside_changes(text, rule, opening, closing))
                    else:
                        changes.extend(outside_changes(text, rule, opening, closing, line_start, line_end))
            line_start = line_end + 1
    return changes


@dataclass(frozen=True)
class Runner:
    rules: list[QuotePairRule]

    def run(self, round: Round) -> None:
        for rule in self.rules:
            if round.is_active(rule.id):
                round.apply(quote_pair_changes(round.text, rule, round.where(rule.id)))


#: A straight mark with a space inside it, or glued to a word outside it: the lines worth pairing.
_TRIGGERS = {
    "inside": ('"[ \\t]+[\\p{L}\\p{N}]', '[\\p{L}\\p{N}.!?,][ \\t]+"'),
    "outside": ('[\\p{L}:,]"[ \\t]*\\p{L}', '\\p{L}"\\p{L}', '[\\p{L}.!?,]"\\p{L}'),
}

KIND = Kind(
    name="quotepair",
    rule=QuotePairRule,
    fields=frozenset({"repair"}),
    build=build,
    runner=Runner,
    triggers=lambda rule: {rule.id: _TRIGGERS[rule.repair]},
)
