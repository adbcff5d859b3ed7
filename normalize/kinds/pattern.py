"""Kind ``pattern``: a regex and a replacement template, for garbled phrases, grammar and punctuation.

A pattern rule runs in the phrase stage or, with ``stage: punctuation``, in the last
repair stage, after every deletion that may leave a space before a full stop.
Within a stage, earlier rules win where matches collide.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import regex

from ..articles import with_agreeing_article
from ..batching import JoinedVerdicts, holds_where, where_on, within
from ..bounded import Budget
from ..edits import select_non_overlapping
from ..fitting import fit_number, fit_participle, lower_moved_opening, makes_twins
from ..model import Change, Problem
from ..quotes import in_quotation
from ..rounds import SEPARATOR, Round, Screening
from ..screen import Span, whole
from ..templates import MAP_CALL, TemplateError, check_template, expand, lists_from_maps, read_maps, uses_maps
from ..text import starts_sentence
from ..tiers import suggest
from ..titling import fit_title_case
from .base import (
    TIERS,
    Deferred,
    Kind,
    Rule,
    RuleError,
    boolean,
    change,
    compile_with_lists,
    regex_options,
    require_str,
    str_list,
    through_document_end,
    timed_out,
)


@dataclass(frozen=True)
class PatternRule(Rule):
    """A regex and a replacement template, for garbled phrases, grammar and punctuation."""

    pattern: str = ""
    replacement: str = ""
    flags: int = 0
    lists: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    match_case: bool = False
    transform: str = "none"
    stage_name: str = "phrase"
    prefilter: tuple[str, ...] = ()
    screen: tuple[str, ...] = ()
    #: ``normalize.tiers``: error (repaired), style (a house style's form), review (flagged with the fix).
    tier: str = "error"
    #: Tables for ``\\M<table>{group}`` in the replacement (normalize/templates.py).
    maps: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    #: Where a match may run once the screen has found a trigger: "paragraph" (the blocks the
    #: triggers are in) or "document" (the whole text, for a match that spans paragraphs, such as a
    #: heading and the list under it).
    reach: str = "paragraph"
    #: Skip matches inside a direct quotation (``quotes.in_quotation``): an official's own words
    #: are reported as spoken, and a formula an agency writes is not one a speaker says.
    outside_quotes: bool = False
    kind = "pattern"

    def compile(self) -> regex.Pattern[str]:
        return compile_with_lists(self.pattern, self.flags, lists_from_maps(self.pattern, self.lists, self.maps))


def build(data: Mapping[str, Any], common: dict[str, Any]) -> Rule:
    pattern = require_str(data, "pattern")
    replacement = data.get("replacement", "")
    if not isinstance(replacement, str):
        raise RuleError("'replacement' must be a string")
    flags, lists = regex_options(data)
    try:  # tables for the replacement; their keys are lists for the pattern
        maps = read_maps(data.get("maps"))
        all_lists = lists_from_maps(pattern, lists, maps)
    except TemplateError as exc:
        raise RuleError(str(exc)) from None
    transform = data.get("transform", "none")
    if transform not in ("none", "lower", "upper", "ascii"):
        raise RuleError("'transform' must be one of: none, lower, upper, ascii")
    stage = data.get("stage", "phrase")
    if stage not in ("phrase", "punctuation"):
        raise RuleError("'stage' must be 'phrase' or 'punctuation'")
    tier = data.get("tier", "error")
    if tier not in TIERS:
        raise RuleError(f"'tier' must be one of: {', '.join(TIERS)}")
    reach = data.get("reach", "paragraph")
    if reach not in ("paragraph", "document"):
        raise RuleError("'reach' must be 'paragraph' or 'document'")
    rule = PatternRule(
        **common,
        pattern=pattern,
        replacement=replacement,
        flags=flags,
        lists=lists,
        match_case=boolean(data, "match_case", False),
        transform=transform,
        stage_name=stage,
        prefilter=tuple(str_list(data, "prefilter")),
        screen=tuple(_expand_lists(s, all_lists) for s in str_list(data, "screen")),
        tier=tier,
        maps=maps,
        reach=reach,
        outside_quotes=boolean(data, "outside_quotes", False),
    )
    return rule


def check(rule: PatternRule) -> None:
    """Checks that need a compile: the pattern compiles, the replacement fits it, the screen finds the examples."""
    try:
        compiled = rule.compile()
    except (regex.error, TypeError, ValueError) as exc:
        raise RuleError(f"pattern does not compile: {exc}") from None
    try:
        probe = compiled.search("probe") or compiled.search("")
        if probe is not None:
            probe.expand(MAP_CALL.sub("", rule.replacement))
        check_template(rule.replacement, compiled, rule.maps)
    except (regex.error, IndexError, TemplateError) as exc:
        raise RuleError(f"replacement is not valid for the pattern: {exc}") from None
    _check_template_groups(compiled, rule.replacement)
    _check_shortcuts_find_examples(rule)


def _check_shortcuts_find_examples(rule: PatternRule) -> None:
    """The screen and the prefilter must each find every example the rule changes.

    Both only ever narrow where the rule looks (the screen with the fast path on,
    the prefilter with it off); one narrower than the rule's own examples would
    silently switch the rule off on text like them.
    """
    check_screen_finds(rule.screen, [ex.source for ex in rule.examples if ex.expected != ex.source])
    for example in rule.examples:
        if example.expected == example.source:
            continue
        if rule.prefilter and not any(literal in example.source for literal in rule.prefilter):
            raise RuleError(f"no 'prefilter' string occurs in the example {example.source!r}: the rule would skip it")


def read_screen(data: Mapping[str, Any], lists: Mapping[str, tuple[str, ...]]) -> tuple[str, ...]:
    """A rule's ``screen`` patterns (the screen's triggers), its named lists spelt out."""
    return tuple(_expand_lists(s, lists) for s in str_list(data, "screen"))


def check_screen_finds(screen: Sequence[str], sources: Sequence[str]) -> None:
    """Raise ``RuleError`` if no ``screen`` pattern matches one of ``sources`` (a rule's examples).

    The triggers are tried with the ``regex`` module, whose syntax they share with
    Hyperscan; a trigger it cannot compile is left for Hyperscan to judge when the
    normalizer is built.
    """
    try:
        triggers = [regex.compile(trigger) for trigger in screen]
    except regex.error:
        return
    for source in sources:
        if triggers and not any(trigger.search(source) for trigger in triggers):
            raise RuleError(f"no 'screen' pattern matches the example {source!r}: the rule would skip it")


def _expand_lists(trigger: str, lists: Mapping[str, tuple[str, ...]]) -> str:
    """Spell out ``\\L<name>`` in a screen pattern as an alternation of the list's words."""

    def spell(match: regex.Match[str]) -> str:
        name = match.group(1)
        if name not in lists:
            raise RuleError(f"screen pattern refers to unknown list '{name}'")
        return "(?:" + "|".join(regex.escape(w) for w in sorted(lists[name], key=len, reverse=True)) + ")"

    return regex.sub(r"\\L<(\w+)>", spell, trigger)


def _check_template_groups(compiled: regex.Pattern[str], replacement: str) -> None:
    """Reject replacement templates that name a group the pattern lacks."""
    for match in regex.finditer(r"\\(\d+)|\\g<(\w+)>", replacement):
        number, name = match.group(1), match.group(2)
        if number is not None and int(number) > compiled.groups:
            raise RuleError(f"replacement refers to group {number}, but the pattern has {compiled.groups}")
        if name is not None and not name.isdigit() and name not in compiled.groupindex:
            raise RuleError(f"replacement refers to unknown group '{name}'")


def apply_patterns(
    text: str,
    rules: Sequence[tuple[PatternRule, Deferred]],
    timeout: float,
    problems: list[Problem],
    active: dict[str, bool] | None = None,
    where: Callable[[str], list[Span] | None] | None = None,
) -> list[Change]:
    """Run each pattern rule over the same text; earlier rules win where matches collide.

    ``active`` maps the ids of rules with a context condition to its verdict for this
    document; a rule missing from it has no condition.  ``where`` gives, by rule id,
    the blocks the screen found the rule's triggers in (None: search everywhere).
    """
    proposals: list[Change] = []
    # One set test per rule for the rules the screen found nothing for, not a call to ``where`` each.
    silent = where.silent() if isinstance(where, Screening) else frozenset()
    disputed = active.disputed_set if isinstance(active, JoinedVerdicts) else frozenset()
    for rule, deferred in rules:
        if rule.id in silent:
            continue
        spans = None if where is None else where(rule.id)
        if spans and rule.reach == "document":
            spans = None  # the screen found a trigger: the match may run on past its paragraph
        # The condition is read only for the joined documents the rule would search (``where_on``).
        holds = where_on(text, rule.id, active, spans) if rule.id in disputed and active is not None else None
        if holds == [] or (holds is None and active is not None and not holds_where(text, rule.id, active, spans)):
            continue
        spans = spans if holds is None else within(whole(text, spans), holds)
        if spans == []:
            continue
        spans = through_document_end(text, rule.pattern, spans)
        if spans is None and rule.prefilter and not any(literal in text for literal in rule.prefilter):
            continue  # the literal test is for runs without the screen; a screened rule has had a stricter one
        try:
            proposals.extend(_pattern_changes(text, rule, deferred.pattern, timeout, spans))
        except TimeoutError:
            problems.append(timed_out(rule, timeout))
    return select_non_overlapping(proposals)


def _pattern_changes(
    text: str, rule: PatternRule, compiled: regex.Pattern[str], timeout: float, spans: list[Span] | None = None
) -> list[Change]:
    """Matches within each span; look-behinds still see the text before it (``pos``, not slicing).

    A span starts after a blank line; a match may start in that blank line, as it may
    without the screen (a line of site furniture at the end goes with the gap before it).
    """
    changes: list[Change] = []
    budget = Budget(timeout)  # for the rule on the whole document, not for each span
    matches = (
        m
        for start, end in whole(text, spans)
        for m in compiled.finditer(text, _gap_start(text, start), _document_end(text, end), timeout=budget.left())
    )
    mapped = uses_maps(rule.replacement)
    for match in matches:
        if rule.outside_quotes and in_quotation(text, match.start()):
            continue
        expanded = expand(match, rule.replacement, rule.maps) if mapped else match.expand(rule.replacement)
        if expanded is None:
            continue  # a table lacks the captured word: the rule knows no replacement for it
        replacement = expanded
        if rule.transform == "lower":
            replacement = replacement.lower()
        elif rule.transform == "upper":
            replacement = replacement.upper()
        elif rule.transform == "ascii":
            replacement = replacement.translate(ASCII_FORMS)
        matched = match.group()
        if replacement[:1].islower() and _opens_sentence(rule, text, match.start(), matched):
            replacement = replacement[:1].upper() + replacement[1:]
        if rule.category in _TITLED and replacement.casefold() != matched.casefold():
            replacement = fit_participle(
                text, match.start(), lower_moved_opening(text, match.start(), matched, replacement)
            )
            replacement = fit_title_case(text, match.start(), matched, replacement)
        if replacement.casefold() != matched.casefold():
            replacement = fit_number(text, match.start(), replacement)
        if replacement == matched or makes_twins(text, match.start(), match.end(), matched, replacement):
            continue
        start, replacement = with_agreeing_article(text, match.start(), match.end(), replacement, common=True)
        changes.append(change(rule, start, match.end(), replacement))
    return changes


def _opens_sentence(rule: PatternRule, text: str, start: int, matched: str) -> bool:
    """Must the replacement open with a capital: ``match_case`` at a sentence start, or a capital it replaces there?

    A rewording of a sentence's capitalised first words ("Electricity stations stopped") keeps
    the capital whether or not its rule asks for ``match_case``: "power stations stopped" would
    leave the sentence opening in lower case.
    """
    return (rule.match_case or matched[:1].isupper()) and starts_sentence(text, start, matched)


#: Categories whose rewordings keep a title-cased name or headline title-cased ("the Prime Minister").
#: A grammar or structure rule moves words about ("Added the Minister:" is "The Minister added:"),
#: where a capital tells of the sentence start, not of a title.
_TITLED = frozenset({"calque", "terminology", "phrase"})


def _document_end(text: str, end: int) -> int:
    """``end``, or the end of the joined document a span ran on into the separator after.

    A span can take in the blank line that opens ``SEPARATOR``; ending the search at the
    document's own end lets ``\\Z`` match there, as it does in the document alone.
    """
    joint = text.rfind(SEPARATOR, max(0, end - len(SEPARATOR)), end + len(SEPARATOR))
    return joint if 0 <= joint < end else end


def _gap_start(text: str, start: int) -> int:
    """Where the white space just before ``start`` begins (``start`` itself if there is none)."""
    while start > 0 and text[start - 1] in "\n\r\t ":
        start -= 1
    return start


class _AsciiForms(dict[int, str]):
    """``str.translate`` table: a decimal digit of any script as 0-9, Arabic punctuation as ASCII.

    Filled as characters are met, since a table of every digit in Unicode would cost
    start-up time for the few scripts a corpus uses.
    """

    def __missing__(self, code: int) -> str:
        digit = unicodedata.decimal(chr(code), None)
        form = chr(code) if digit is None else str(digit)
        self[code] = form
        return form


ASCII_FORMS = _AsciiForms({ord("٪"): "%", ord("٫"): ".", ord("٬"): ",", ord("،"): ",", ord("؛"): ";", ord("؟"): "?"})


def triggers(rule: PatternRule) -> dict[str, tuple[str, ...]]:
    return {rule.id: rule.screen} if rule.screen else {}


@dataclass(frozen=True)
class Runner:
    rules: list[tuple[PatternRule, Deferred]]

    #: The review-tier rules by id, found once rather than on every run over every rule.
    review: dict[str, PatternRule] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.review.update((rule.id, rule) for rule, _ in self.rules if rule.tier == "review")

    def run(self, round: Round) -> None:
        changes = apply_patterns(round.text, self.rules, round.timeout, round.problems, round.active, round.where)
        review = self.review
        if review:  # review-tier rules: flagged with their fix, never applied
            suggest(round, [(c.start, c.end, review[c.rule], c.replacement) for c in changes if c.rule in review])
            changes = [c for c in changes if c.rule not in review]
        round.apply(changes)


def compile_rules(rules: list[PatternRule], fast: bool) -> Runner:
    return Runner([(rule, Deferred(rule)) for rule in rules])


KIND = Kind(
    name="pattern",
    rule=PatternRule,
    fields=frozenset(
        {
            "pattern",
            "replacement",
            "flags",
            "lists",
            "maps",
            "match_case",
            "transform",
            "stage",
            "prefilter",
            "screen",
            "tier",
            "reach",
            "outside_quotes",
        }
    ),
    build=build,
    check=check,
    compile=compile_rules,
    triggers=triggers,
    in_stage=lambda rule, stage: rule.stage_name == stage,  # "phrase" or "punctuation"
)
