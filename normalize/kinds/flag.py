"""Kind ``flag``: flag every match of a pattern for a person, changing nothing.

A review stage, matched on the repaired text after every repair, outside
paragraphs in another language, on the first round only.  Like a pattern rule, a
flag rule may name ``screen`` triggers (``normalize.screen``), so that it looks only
at the blocks that can hold a match; each must find every example the rule flags.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import regex

from ..model import Flag
from ..quotes import in_quotation
from ..rounds import Round
from ..screen import Span, whole
from .base import (
    Deferred,
    Kind,
    Rule,
    RuleError,
    boolean,
    compile_with_lists,
    regex_options,
    require_str,
    through_document_end,
    timed_out,
)
from .pattern import check_screen_finds, read_screen


@dataclass(frozen=True)
class FlagRule(Rule):
    """Flag every match of a pattern for a person, changing nothing.

    For what a rule cannot decide: a full stop that may have been put in the middle of
    a sentence, or a word a house style wants looked at rather than replaced.  Matched
    on the repaired text, after every repair, like the other flags.
    """

    pattern: str = ""
    flags: int = 0
    lists: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    screen: tuple[str, ...] = ()
    #: Skip matches inside a direct quotation, as the pattern kind's ``outside_quotes`` does.
    outside_quotes: bool = False
    kind = "flag"

    def compile(self) -> regex.Pattern[str]:
        return compile_with_lists(self.pattern, self.flags, self.lists)


def pattern_flags(
    round: Round, rule: FlagRule, pattern: regex.Pattern[str], spans: list[Span] | None = None
) -> list[Flag]:
    """A flag for each match of a flag rule in the repaired text, outside paragraphs in another language.

    ``spans``: the blocks the screen found the rule's triggers in (None: the whole
    text); look-behinds still see the text before a block (``pos``, not slicing).
    """
    tracker = round.tracker
    text = tracker.text
    found: list[Flag] = []
    try:
        for start, end in whole(text, spans):
            for match in pattern.finditer(text, start, end, timeout=round.timeout):
                if match.end() == match.start() or round.left_alone.meets(match.span()):
                    continue
                if rule.outside_quotes and in_quotation(text, match.start()):
                    continue
                a, b = tracker.to_source(match.start()), tracker.to_source(match.end())
                found.append(Flag(start=a, end=max(a, b), rule=rule.id, category=rule.category, message=rule.message))
    except TimeoutError:
        round.problems.append(timed_out(rule, round.timeout))
    return found


def build(data: Mapping[str, Any], common: dict[str, Any]) -> Rule:
    flags, lists = regex_options(data)
    rule = FlagRule(
        **common,
        pattern=require_str(data, "pattern"),
        flags=flags,
        lists=lists,
        screen=read_screen(data, lists),
        outside_quotes=boolean(data, "outside_quotes", False),
    )
    if any(not example.flagged for example in rule.examples):
        raise RuleError("a flag rule only flags: each example needs 'flags', the passages it flags")
    return rule


def check(rule: FlagRule) -> None:
    """The checks that need a compile: the pattern compiles and the screen finds every example."""
    try:
        rule.compile()
    except (regex.error, TypeError, ValueError) as exc:
        raise RuleError(f"pattern does not compile: {exc}") from None
    check_screen_finds(rule.screen, [example.source for example in rule.examples])


def triggers(rule: FlagRule) -> dict[str, tuple[str, ...]]:
    return {rule.id: rule.screen} if rule.screen else {}


@dataclass(frozen=True)
class Runner:
    rules: list[tuple[FlagRule, Deferred]]

    def run(self, round: Round) -> None:
        if round.flags is None:
            return
        silent = round.where.silent()
        for rule, deferred in self.rules:
            if rule.id in silent or not round.is_active(rule.id):
                continue
            spans = round.where(rule.id)
            if spans != []:
                spans = through_document_end(round.tracker.text, rule.pattern, spans)
                round.flags.extend(pattern_flags(round, rule, deferred.pattern, spans))


def compile_rules(rules: list[FlagRule], fast: bool) -> Runner:
    return Runner([(rule, Deferred(rule)) for rule in rules])


KIND = Kind(
    name="flag",
    rule=FlagRule,
    fields=frozenset({"pattern", "flags", "lists", "screen", "outside_quotes"}),
    build=build,
    check=check,
    compile=compile_rules,
    triggers=triggers,
    flags_only=True,
)
