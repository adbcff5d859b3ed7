"""Kind ``glue``: split sentences glued without a space ("angerThe"), guided by a list of openers.

A structure stage, before any word-based one: a glued word hides the word edges
the terminology matcher and the capitalisation rule rely on.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import regex

from ..lexicon import english
from ..model import Change
from ..rounds import Round
from ..screen import Span, whole
from ..text import LOWER_UPPER, WORD_START
from .base import Kind, Rule, RuleError, change, str_list


@dataclass(frozen=True)
class GlueRule(Rule):
    """Split sentences glued without a space ("angerThe"), guided by a list of sentence starters."""

    starters: frozenset[str] = frozenset()
    keep_words: frozenset[str] = frozenset()
    kind = "glue"


#: Word lists from rules/language/english.yaml (section ``glue``), which says what each is for.
_GLUE = english().glue
#: Function words cannot end a sentence, so "notBefore" or "isThe" is an identifier, not glue.
_NEVER_ENDS_A_SENTENCE = _GLUE.never_ends_a_sentence
#: Openers that are prepositions ("logOn screen" and "checkIn flow" are identifiers) ...
_PREPOSITION_STARTERS = _GLUE.preposition_starters
#: ... after which a sentence goes on with a name, a number, a quote or one of the listed words.
_SENTENCE_GOES_ON = regex.compile(
    r"[ \t]+(?:[\p{Lu}\p{N}“\"]|(?:" + "|".join(map(regex.escape, _GLUE.after_preposition)) + r")\b)"
)
_HUMP = regex.compile(WORD_START + r"(\p{Ll}[\p{Ll}'’-]*\p{Ll})(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}_@/])")


#: Every lower-case letter (\p{Ll}) in plain ranges: ASCII, µ, ß-ÿ but ÷, and anything past Latin-1
#: except the General Punctuation block, where curly quotes and dashes live (and no letters).
MAYBE_LOWER = r"a-z\x{b5}\x{df}-\x{f6}\x{f8}-\x{1fff}\x{2070}-\x{10ffff}"


def glue_triggers(rule: GlueRule) -> tuple[str, ...]:
    """Trigger for glued sentences: a lower-case letter right before the capital of one of the openers.

    With openers that all begin with an ASCII capital (as in the bundled packs), the
    capital is [A-Z], and Arabic text or an opening quote before a capital gives no hit.
    """
    if all("A" <= word[:1] <= "Z" for word in rule.starters):
        return (f"[{MAYBE_LOWER}][A-Z]",)
    return (r"\p{Ll}\p{Lu}",)


#: No English word is longer than this many characters (a longer token is no sentence end).
_LONGEST_WORD = _GLUE.longest_word


def split_glued_sentences(text: str, rule: GlueRule, where: list[Span] | None = None) -> list[Change]:
    """Insert ". " where a sentence runs into the next without a space ("angerThe").

    Only when the capitalised part is a common sentence opener ("The", "He",
    "However", ...) listed in the pack, so camel-case names ("iPhone", "McDonald",
    "YouTube", "al-Sadr", "easyJet") and code identifiers are left alone; the pack's
    ``keep_words`` protect brands that happen to end in an opener.
    """
    changes: list[Change] = []
    candidates = (m for start, end in whole(text, where) for m in LOWER_UPPER.finditer(text, start, end))
    for candidate in candidates:
        # The word's start is looked for only so far back: searching to the start of the text
        # made a long line (a document on one line) cost time in the square of its length.
        lo = max(0, candidate.start() - _LONGEST_WORD)
        before = max(text.rfind(sep, lo, candidate.start()) for sep in ' \n\t(“"')
        if before == -1 and lo > 0:
            continue  # a token longer than any word (a URL, code, a base64 blob) is no sentence end
        match = _HUMP.match(text, before + 1)
        if match is None or match.end(1) != candidate.start() + 1:
            continue
        if match.group(2) not in rule.starters or match.group() in rule.keep_words:
            continue
        if match.group(1).casefold() in _NEVER_ENDS_A_SENTENCE:  # "notBefore", "getThe": identifiers
            continue
        if match.group(2) in _PREPOSITION_STARTERS and _SENTENCE_GOES_ON.match(text, match.end()) is None:
            continue
        changes.append(change(rule, match.end(1), match.end(1), ". "))
    return changes


def build(data: Mapping[str, Any], common: dict[str, Any]) -> Rule:
    starters = frozenset(str_list(data, "starters"))
    if not starters:
        raise RuleError("'starters' must list at least one word")
    return GlueRule(**common, starters=starters, keep_words=frozenset(str_list(data, "keep_words")))


@dataclass(frozen=True)
class Runner:
    rules: list[GlueRule]

    def run(self, round: Round) -> None:
        for rule in self.rules:
            round.apply(split_glued_sentences(round.text, rule, round.where(rule.id)))


def compile_rules(rules: list[GlueRule], fast: bool) -> Runner:
    return Runner(rules)


KIND = Kind(
    name="glue",
    rule=GlueRule,
    fields=frozenset({"starters", "keep_words"}),
    build=build,
    compile=compile_rules,
    triggers=lambda rule: {rule.id: glue_triggers(rule)},
)
