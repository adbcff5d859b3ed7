"""Kind ``flag``: flag every match of a pattern for a person, changing nothing.

A review stage, matched on the repaired text after every repair, outside
paragraphs in another language, on the first round only.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import regex

from ..model import Flag
from ..rounds import Round
from .base import Kind, Rule, RuleError, compile_with_lists, regex_options, require_str, timed_out


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
    kind = "flag"

    def compile(self) -> regex.Pattern[str]:
        return compile_with_lists(self.pattern, self.flags, self.lists)


def pattern_flags(round: Round, rule: FlagRule, pattern: regex.Pattern[str]) -> list[Flag]:
    """A flag for each match of a flag rule in the repaired text, outside paragraphs in another language."""
    tracker = round.tracker
    text = tracker.text
    found: list[Flag] = []
    try:
        for match in pattern.finditer(text, timeout=round.timeout):
            if match.end() == match.start() or round.left_alone.meets(match.span()):
                continue
            start, end = tracker.to_source(match.start()), tracker.to_source(match.end())
            found.append(
                Flag(start=start, end=max(end, start), rule=rule.id, category=rule.category, message=rule.message)
            )
    except TimeoutError:
        round.problems.append(timed_out(rule, round.timeout))
    return found


def build(data: Mapping[str, Any], common: dict[str, Any]) -> Rule:
    flags, lists = regex_options(data)
    rule = FlagRule(**common, pattern=require_str(data, "pattern"), flags=flags, lists=lists)
    try:
        rule.compile()
    except (regex.error, TypeError, ValueError) as exc:
        raise RuleError(f"pattern does not compile: {exc}") from None
    if any(not example.flagged for example in rule.examples):
        raise RuleError("a flag rule only flags: each example needs 'flags', the passages it flags")
    return rule


@dataclass(frozen=True)
class Runner:
    rules: list[tuple[FlagRule, regex.Pattern[str]]]

    def run(self, round: Round) -> None:
        if round.flags is None:
            return
        for rule, pattern in self.rules:
            if round.is_active(rule.id):
                round.flags.extend(pattern_flags(round, rule, pattern))


def compile_rules(rules: list[FlagRule], fast: bool) -> Runner:
    return Runner([(rule, rule.compile()) for rule in rules])


KIND = Kind(
    name="flag",
    rule=FlagRule,
    fields=frozenset({"pattern", "flags", "lists"}),
    build=build,
    compile=compile_rules,
    flags_only=True,
)
