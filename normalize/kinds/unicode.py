"""Kind ``unicode``: repair mojibake and HTML entities with ftfy, as the smallest edits.

The first stage: every later regex assumes real characters, and mojibake such as
"â€™" would hide apostrophes and word edges from them.
"""

from __future__ import annotations

import difflib
import itertools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import ftfy
import regex

from ..model import Change
from ..rounds import Round
from ..screen import Span, whole
from ..text import LINE
from .base import Kind, Rule, change


@dataclass(frozen=True)
class UnicodeRule(Rule):
    """Repair mojibake and HTML entities with ftfy; quotes and line breaks stay as written."""

    kind = "unicode"


_FTFY = ftfy.TextFixerConfig(
    uncurl_quotes=False,
    fix_line_breaks=False,
    remove_control_chars=False,
    normalization=None,
    fix_character_width=False,
    fix_latin_ligatures=False,
    explain=False,
)


#: Triggers (see ``normalize.screen``) for the unicode stage: a mojibake trace, an HTML entity, a terminal escape.
UNICODE_TRIGGERS = (
    r"[\x{c2}-\x{f4}][\x{80}-\x{bf}\x{152}\x{153}\x{160}\x{161}\x{178}\x{17d}\x{17e}\x{192}\x{2c6}\x{2dc}"
    r"\x{2013}\x{2014}\x{2018}-\x{201e}\x{2020}-\x{2022}\x{2026}\x{2030}\x{2039}\x{203a}\x{20ac}\x{2122}]",
    r"[\x{80}-\x{9f}]",
    r"&(?:#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z]+[0-9]*);",
    r"\x1b",
)


def repair_unicode(text: str, rule: UnicodeRule, where: list[Span] | None = None) -> list[Change]:
    """Fix mojibake and HTML entities line by line, reporting minimal character diffs.

    ftfy is slow on long text, so it only sees lines that its own badness test (or
    an HTML entity) flags, within the blocks ``where`` the screen saw a trace;
    changed lines are diffed so that the edits are as small as the damage rather
    than one edit per line.
    """
    changes: list[Change] = []
    for start, end in whole(text, where):
        if not _may_need_ftfy(text[start:end]):
            continue
        for line in LINE.finditer(text, start, end):
            original = line.group()
            if not original or not _may_need_ftfy(original):
                continue
            fixed = ftfy.fix_text(original, _FTFY)
            if fixed != original:
                changes.extend(_diff_changes(original, fixed, line.start(), rule))
    return changes


_ENTITY = regex.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z]+\d*);")


#: UTF-8 read as Windows-1252 or Latin-1 leaves a lead byte (Â-ô) before a continuation byte
#: (U+0080-U+00BF, or what cp1252 maps those bytes to); C1 controls are another trace.
_MOJIBAKE_TRACE = regex.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]|[\u0080-\u009f]"
)


def _may_need_ftfy(text: str) -> bool:
    """A cheap necessary test (mojibake traces, HTML entities, terminal escapes) before ftfy's own.

    ftfy's badness test is itself a large regex; most clean text is ruled out here first.
    """
    if "&" in text and _ENTITY.search(text) is not None:
        return True
    if text.isascii():
        return "\x1b" in text
    return _MOJIBAKE_TRACE.search(text) is not None and ftfy.badness.is_bad(text)


def _diff_changes(old: str, new: str, offset: int, rule: Rule) -> Iterator[Change]:
    """Minimal changes turning ``old`` into ``new``: words first, then characters within changed words.

    A character-level diff of a whole line is quadratic; ftfy's repairs are local,
    so the common ends are cut off and the rest is diffed word by word, and only
    the (short) changed runs of words character by character.
    """
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
        for rule in self.rules:
            round.apply(repair_unicode(round.text, rule, round.where(rule.id)))


def compile_rules(rules: list[UnicodeRule], fast: bool) -> Runner:
    return Runner(rules)


KIND = Kind(
    name="unicode",
    rule=UnicodeRule,
    fields=frozenset(),
    build=build,
    compile=compile_rules,
    triggers=lambda rule: {rule.id: UNICODE_TRIGGERS},
)
