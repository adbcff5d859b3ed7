"""Every example of every shipped rule, one test each, so a failure names its rule."""

from __future__ import annotations

import functools

import pytest

from normalize import Edit, Flag, Normalizer, Problem, Result
from normalize.kinds import KINDS
from normalize.packs import load_packs
from normalize.screen import available
from normalize.selftest import flagged_by, run_examples

RULES = [rule for pack in load_packs(None) for rule in pack.rules]
FLAGS_ONLY = {rule.id: KINDS[rule.kind].flags_only for rule in RULES}
EXAMPLES = [
    pytest.param(rule.id, ex.source, ex.expected, ex.flagged, id=f"{rule.id}-{i}")
    for rule in RULES
    for i, ex in enumerate(rule.examples)
]
KEEPS = [pytest.param(rule.id, text, id=f"{rule.id}-keep-{i}") for rule in RULES for i, text in enumerate(rule.keep)]


def test_every_rule_has_examples_and_keep_cases() -> None:
    assert len(RULES) >= 60
    missing = [r.id for r in RULES if not r.examples or not r.keep]
    assert missing == []


@pytest.mark.parametrize(("rule_id", "source", "expected", "flagged"), EXAMPLES)
def test_rule_alone_turns_example_into_expected(
    rule_id: str, source: str, expected: str, flagged: tuple[str, ...]
) -> None:
    result = Normalizer(select=[rule_id], style=True).normalize(source)  # house style on: every tier shows
    assert result.text == expected
    if flagged:  # a rule that flags: nothing changes, and exactly these passages are flagged
        assert result.edits == []
        assert flagged_by(rule_id, result) == list(flagged)
    else:
        assert not FLAGS_ONLY[rule_id]  # a kind that only flags has examples that flag
        assert {e.rule for e in result.edits} == {rule_id}


@pytest.mark.parametrize(("rule_id", "text"), KEEPS)
def test_keep_example_survives_every_rule(rule_id: str, text: str, normalizer: Normalizer) -> None:
    result = normalizer.normalize(text)
    assert result.edits == []
    assert result.text == text
    if FLAGS_ONLY[rule_id]:  # a rule that only flags must not flag its keep texts either
        assert flagged_by(rule_id, result) == []


@functools.cache
def _alone(rule_id: str, screen: bool) -> Normalizer:
    return Normalizer(select=[rule_id], screen=screen, style=True)  # house style on: every tier shows


@functools.cache
def _everything(screen: bool) -> Normalizer:
    return Normalizer(screen=screen)


def _outcome(result: Result) -> tuple[str, list[Edit], list[Flag], list[Problem]]:
    return result.text, result.edits, result.flags, result.problems


@pytest.mark.parametrize(("rule_id", "source", "expected", "flagged"), EXAMPLES)
def test_the_screen_changes_nothing_on_an_example(
    rule_id: str, source: str, expected: str, flagged: tuple[str, ...]
) -> None:
    """The screen only narrows where a rule looks: a rule alone does the same with it on and off."""
    with_screen = _alone(rule_id, screen=True).normalize(source)
    assert _outcome(with_screen) == _outcome(_alone(rule_id, screen=False).normalize(source))
    assert with_screen.text == expected


def test_the_screen_is_on_for_the_bundled_rules_where_hyperscan_is() -> None:
    assert _everything(screen=True).screen.enabled is available()
    assert not _everything(screen=False).screen.enabled


@pytest.mark.parametrize(("rule_id", "text"), KEEPS)
def test_the_screen_changes_nothing_on_a_keep_text(rule_id: str, text: str) -> None:
    result = _everything(screen=True).normalize(text)
    assert _outcome(result) == _outcome(_everything(screen=False).normalize(text))
    assert result.text == text


@pytest.mark.parametrize("rule", [r for r in RULES if r.kind == "term"], ids=lambda r: r.id)
def test_canonical_form_is_left_alone(rule) -> None:  # type: ignore[no-untyped-def]
    """A term's canonical name must be a fixed point, or the pipeline would not be idempotent."""
    text = f"They said {rule.canonical} would meet."
    assert Normalizer(select=[rule.id]).normalize(text).edits == []


def test_selftest_reports_no_failures() -> None:
    failures, total = run_examples()
    assert failures == []
    assert total == len(EXAMPLES) + len(KEEPS)
