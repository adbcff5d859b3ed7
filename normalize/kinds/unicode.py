"""Kind ``unicode``: repair mojibake and HTML entities with ftfy, as the smallest edits.

The first stage: every later regex assumes real characters, and mojibake such as
"â€™" would hide apostrophes and word edges from them.
"""

from __future__ import annotations

import difflib
import itertools
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import ftfy

from .. import mojibake
from ..batching import where_on, within
from ..model import Change
from ..rounds import Round, documents
from ..screen import Span, whole
from .base import Kind, Rule, change


@dataclass(frozen=True)
class UnicodeRule(Rule):
    """Repair mojibake and HTML entities with ftfy; quotes and line breaks stay as written."""

    kind = "unicode"


#: ftfy as this stage runs it: quotes, line breaks, control characters, widths, ligatures and
#: normalization are left as written (other rules, or nobody, should change those).
FTFY_CONFIG = ftfy.TextFixerConfig(
    uncurl_quotes=False,
    fix_line_breaks=False,
    remove_control_chars=False,
    normalization=None,
    fix_character_width=False,
    fix_latin_ligatures=False,
    explain=False,
)


#: Triggers (see ``normalize.screen``) for the unicode stage, derived from ftfy's own tests (``normalize.mojibake``).
UNICODE_TRIGGERS = mojibake.hyperscan_triggers()


def repair_unicode(
    text: str, rule: UnicodeRule, where: list[Span] | None = None, documents: Iterable[Span] | None = None
) -> list[Change]:
    """Fix what ``ftfy.fix_text`` fixes (mojibake, HTML entities), reporting minimal character diffs.

    ftfy is slow on long text, so it only sees the lines where one of its own gates
    opens (``normalize.mojibake``), within the blocks ``where`` the screen saw a
    trace; ``documents`` are the texts joined in ``text``, each fixed as if alone
    (read only if a line needs ftfy, so a lazy iterable saves looking for them).
    Changed lines are diffed so that the edits are as small as the damage rather
    than one edit per line.
    """
    changes: list[Change] = []
    spans = documents or whole(text, None)
    for offset, original, fixed in mojibake.repairs(text, FTFY_CONFIG, whole(text, where), spans):
        changes.extend(_diff_changes(original, fixed, offset, rule))
    return changes


def _diff_changes(old: str, new: str, offset: int, rule: Rule) -> Iterator[Change]:
    """Minimal changes turning ``old`` into ``new``: words first, then characters within changed words.

    A character-level diff of a whole line is quadratic; ftfy's repairs are local,
    so the common ends are cut off and the rest is diffed word by word, and only
    the (short) changed runs of words character by character.  Where the repair
    kept every space (nearly always), the two texts are compared space-separated
    part by part first, which keeps the diff linear however long the line.
    """
    old_parts, new_parts = old.split(" "), new.split(" ")
    if len(old_parts) > 1 and len(old_parts) == len(new_parts):
        for before, after in zip(old_parts, new_parts, strict=True):
            if before != after:
                yield from _diff_changes(before, after, offset, rule)
            offset += len(before) + 1
        return
    head = _common_prefix_length(old, new)
    tail = _common_prefix_length(old[head:][::-1], new[head:][::-1])
    old_mid, new_mid = old[head : len(old) - tail], new[head : len(new) - tail]
    old_words, new_words = _DIFF_TOKEN.findall(old_mid), _DIFF_TOKEN.findall(new_mid)
    words = difflib.SequenceMatcher(None, old_words, new_words, autojunk=False)
    old_at = list(itertools.accumulate(map(len, old_words), initial=0))
    new_at = list(itertools.accumulate(map(len, new_words), initial=0))
    for op, i1, i2, j1, j2 in words.get_opcodes():
        if op == "equal":
            continue
        before, after = old_mid[old_at[i1] : old_at[i2]], new_mid[new_at[j1] : new_at[j2]]
        base = offset + head + old_at[i1]
        chars = difflib.SequenceMatcher(None, before, after, autojunk=False)
        for char_op, a1, a2, b1, b2 in chars.get_opcodes():
            if char_op != "equal":
                yield change(rule, base + a1, base + a2, after[b1:b2])


#: Words, runs of spaces and single other characters: the units of the coarse diff.
_DIFF_TOKEN = re.compile(r"\w+|\s+|[^\w\s]", re.DOTALL)


def _common_prefix_length(a: str, b: str) -> int:
    """Length of the longest common prefix, by halving (each comparison runs in C)."""
    low, high = 0, min(len(a), len(b))
    while low < high:
        middle = (low + high + 1) // 2
        if a[:middle] == b[:middle]:
            low = middle
        else:
            high = middle - 1
    return low


def build(data: Mapping[str, Any], common: dict[str, Any]) -> Rule:
    return UnicodeRule(**common)


@dataclass(frozen=True)
class Runner:
    rules: list[UnicodeRule]

    def run(self, round: Round) -> None:
        # The first round only, while the text is as given: later rounds see text other stages
        # changed (a doubled space collapsed), where ftfy's evidence may be gone or misleading.
        if round.flags is None:
            return
        for rule in self.rules:
            holds = where_on(round.text, rule.id, round.active)  # a text about encodings shows mojibake on purpose
            if holds == []:
                continue
            where = round.where(rule.id)
            where = where if holds is None else within(whole(round.text, where), holds)
            round.apply(repair_unicode(round.text, rule, where, documents(round.text, round.titles)))


KIND = Kind(
    name="unicode",
    rule=UnicodeRule,
    fields=frozenset(),
    build=build,
    runner=Runner,
    triggers=lambda rule: {rule.id: UNICODE_TRIGGERS},
)
