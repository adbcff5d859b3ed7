"""Kind ``repeat``: collapse a doubled word or phrase ("the the", "support and support").

Runs in the phrase stage, after the pattern rules of that stage, on canonical names.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import regex

from ..bounded import Budget
from ..edits import select_non_overlapping
from ..guards import keep_phrasal_particles
from ..lexicon import current
from ..model import Change, Problem
from ..rounds import Round
from ..text import lower_in_place
from .base import Kind, Rule, RuleError, change, positive_int, str_list, timed_out


@dataclass(frozen=True)
class RepeatRule(Rule):
    """Collapse a doubled word or phrase ("the the", "support and support")."""

    connector: str = ""
    max_words: int = 1
    exceptions: frozenset[str] = frozenset()
    exception_suffixes: tuple[str, ...] = ()
    only: frozenset[str] = frozenset()
    only_suffixes: tuple[str, ...] = ()
    kind = "repeat"


def compile_repeat(rule: RepeatRule) -> regex.Pattern[str]:
    """The regex for a repeat rule: a phrase of up to ``max_words`` words, then (connector) itself."""
    phrase = r"\p{L}+" if rule.max_words == 1 else rf"\p{{L}}+(?: \p{{L}}+){{0,{rule.max_words - 1}}}?"
    joint = rf" {regex.escape(rule.connector)} " if rule.connector else " "
    edge_before = r"(?<![\p{L}\p{N}'’-])"
    edge_after = r"(?![\p{L}\p{N}'’-])"
    return regex.compile(
        rf"{edge_before}(?P<first>{phrase})(?P<second>(?:{joint}(?P=first))+){edge_after}", regex.IGNORECASE
    )


def collapse_repeats(
    text: str, rules: Sequence[tuple[RepeatRule, regex.Pattern[str]]], timeout: float, problems: list[Problem]
) -> list[Change]:
    """Delete the further copies of a doubled word or phrase, unless it is an idiom ("more and more").

    The repeat regex (a back-reference over up to three words) is costly, so it is
    only tried where the text's lower-cased words already show a repeat: word i
    equal to word i + m + (connector words), m times in a row, with the connector
    in between.  Those comparisons run in C over the whole word list; each repeated
    phrase found is then looked up in the text, and the regex tried only there.
    """
    proposals: list[Change] = []
    if not rules:
        return proposals
    lowered = lower_in_place(text)
    words = _words_for_repeats(lowered)
    same_at: dict[int, bytes] = {}
    for rule, compiled in rules:
        budget = Budget(timeout)
        try:
            for needle in _repeated_phrases(words, rule, same_at):
                start = lowered.find(needle)
                while start != -1:
                    match = compiled.match(text, start, timeout=budget.left())
                    at = start
                    start = lowered.find(needle, start + 1)
                    if match is None:
                        continue
                    first = match.group("first")
                    repeated = match.group("second")[len(match.group("second")) - len(first) :]
                    if is_accidental_repeat(first, repeated, rule):
                        proposals.append(change(rule, match.end("first"), match.end("second"), ""))
                        # the change takes the whole run of copies: a match starting inside it would be dropped
                        start = lowered.find(needle, max(at + 1, match.end() - len(needle)))
        except TimeoutError:
            problems.append(timed_out(rule, timeout))
    return select_non_overlapping(proposals)


#: A non-ASCII character that is neither a letter nor a number (curly quotes, dashes, no-break
#: spaces, marks, the joint between documents): the fast word split turns it into a space.
_NON_WORD = re.compile(r"[^\x00-\x7f](?<![^\W_])")


_ASCII_NON_LETTERS_TO_SPACE = bytes(c if 97 <= c <= 122 or c >= 128 else 32 for c in range(256))


def _words_for_repeats(lowered: str) -> list[bytes]:
    """The lower-cased text's words, split (in C) wherever the repeat regex's words can end.

    Every character that is not a letter or a number becomes a space (the ASCII ones in
    the UTF-8 bytes), and ``bytes.split`` does the rest.  A word next to a number then
    differs from the regex's word only where the regex could not match anyway (its edges
    exclude letters and numbers), and a mark ends a word for both, so no repeat is missed.
    """
    if not lowered.isascii():
        lowered = _NON_WORD.sub(" ", lowered)
    return lowered.encode("utf-8").translate(_ASCII_NON_LETTERS_TO_SPACE).split()


def _repeated_phrases(words: list[bytes], rule: RepeatRule, same_at: dict[int, bytes]) -> list[str]:
    """Each distinct "phrase (connector) phrase" of up to ``max_words`` words that the word list shows.

    ``same_at[d]`` holds, for each word, whether it equals the word ``d`` places on
    (computed once per distance and shared by the rules).
    """
    connector = rule.connector.lower().split()
    joint = len(connector)
    found: set[str] = set()
    for m in range(1, rule.max_words + 1):
        distance = m + joint
        if distance not in same_at:
            same_at[distance] = bytes(map(operator.eq, words, words[distance:]))
        same = same_at[distance]
        run = b"\x01" * m
        index = same.find(run)
        while index != -1:
            between = [w.decode("utf-8") for w in words[index + m : index + m + joint]]
            if between == connector:
                phrase = " ".join(w.decode("utf-8") for w in words[index : index + m])
                if _may_collapse(phrase.casefold(), rule):  # the rest would be looked up only to be kept
                    found.add(" ".join([phrase, *connector, phrase]))
            index = same.find(run, index + 1)
    return sorted(found)


def _may_collapse(phrase: str, rule: RepeatRule) -> bool:
    """Is a doubled ``phrase`` (case-folded) one the rule repairs, judged by its words alone?

    ``only`` / ``only_suffixes`` name the words a rule repairs at all: MT doubles function
    words ("the the", "and and") and, round "and", abstract nouns ("support and support"),
    while a doubled content word in English is emphasis or a figure ("poor poor pitiful
    me", "waited and waited", "between man and man").
    """
    if phrase in rule.exceptions or any(phrase.endswith(s) for s in rule.exception_suffixes):
        return False
    words = phrase.split()
    # A phrase that starts or ends with a conjunction (the running normalizer's list, which a pack
    # may override), doubled, is a coordination or a reduplication: "and again and again".
    conjunctions = current().repeats.conjunctions
    if len(words) > 1 and (words[0] in conjunctions or words[-1] in conjunctions):
        return False
    if rule.only or rule.only_suffixes:
        return all(w in rule.only or w.endswith(rule.only_suffixes) for w in words)
    return True


def is_accidental_repeat(first: str, repeated: str, rule: RepeatRule) -> bool:
    if not _may_collapse(first.casefold(), rule):
        return False
    # "Duran Duran", "Sirhan Sirhan": a capitalised second copy is a name, not an accident;
    # "set(TAR tar)": copies that differ in more than a sentence-initial capital are not one word twice.
    if not repeated[:1].islower():
        return False
    return first == repeated or first == repeated[:1].upper() + repeated[1:]


def build(data: Mapping[str, Any], common: dict[str, Any]) -> Rule:
    connector = data.get("connector", "") or ""
    if not isinstance(connector, str):
        raise RuleError("'connector' must be a string")
    return RepeatRule(
        **common,
        connector=connector,
        max_words=positive_int(data, "max_words", 1),
        exceptions=frozenset(w.casefold() for w in str_list(data, "exceptions")),
        exception_suffixes=tuple(str_list(data, "exception_suffixes")),
        only=frozenset(w.casefold() for w in str_list(data, "only")),
        only_suffixes=tuple(str_list(data, "only_suffixes")),
    )


@dataclass(frozen=True)
class Runner:
    rules: list[tuple[RepeatRule, regex.Pattern[str]]]

    def run(self, round: Round) -> None:
        collapsed = collapse_repeats(round.text, self.rules, round.timeout, round.problems)
        round.apply(keep_phrasal_particles(round.text, collapsed))


def compile_rules(rules: list[RepeatRule], fast: bool) -> Runner:
    return Runner([(rule, compile_repeat(rule)) for rule in rules])


KIND = Kind(
    name="repeat",
    rule=RepeatRule,
    fields=frozenset({"connector", "max_words", "exceptions", "exception_suffixes", "only", "only_suffixes"}),
    build=build,
    compile=compile_rules,
)
