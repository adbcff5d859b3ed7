"""The quotepair kind: spaces at straight quotation marks, repaired from the marks' pairs on a line."""

from __future__ import annotations

import pytest

from normalize import Normalizer
from normalize.kinds.base import RuleError, common_fields
from normalize.kinds.quotepair import QuotePairRule, build, pairs_on_line, quote_pair_changes
from tests.conftest import assert_repaired, assert_untouched

INSIDE = "space-inside-paired-straight-quotes"
OUTSIDE = "space-outside-paired-straight-quotes"


def _rule(repair: str) -> QuotePairRule:
    data = {"id": "q", "kind": "quotepair", "category": "punctuation", "message": "m", "repair": repair}
    rule = build(data, common_fields(data, "test"))
    assert isinstance(rule, QuotePairRule)
    return rule


def _applied(text: str, repair: str) -> str:
    for change in reversed(quote_pair_changes(text, _rule(repair))):
        text = text[: change.start] + change.replacement + text[change.end :]
    return text


def test_marks_pair_off_in_order_on_each_line() -> None:
    text = 'He said "we stay" and "we fight".\nShe said "no more".'
    assert pairs_on_line(text, 0, text.index("\n")) == [(8, 16), (22, 31)]
    start = text.index("\n") + 1
    assert pairs_on_line(text, start, len(text)) == [(start + 9, start + 17)]


@pytest.mark.parametrize(
    "line",
    [
        'a 40" screen and a "large" one',  # a figure before a mark: inches
        'set width="100" and "main"',  # markup
        'He left." He said: "We will',  # a closing mark paired with an opening one across the line
        'odd "one" mark"',  # an odd number of marks
        'an empty "" pair and "a word"',  # no letters inside
        'join(", ") and "words here"',  # a separator in code
    ],
)
def test_a_line_whose_marks_do_not_pair_cleanly_gives_no_pairs(line: str) -> None:
    assert pairs_on_line(line, 0, len(line)) == []


def test_inside_takes_out_the_spaces_on_either_side_alone() -> None:
    assert _applied('He said " we stay" and "we fight ".', "inside") == 'He said "we stay" and "we fight".'


def test_outside_puts_in_the_space_before_an_opening_and_after_a_closing_mark() -> None:
    assert _applied('He told reporters,"we stay"and left.', "outside") == 'He told reporters, "we stay" and left.'
    assert _applied('The source said:" we stay".', "outside") == 'The source said: " we stay".'


def test_outside_leaves_a_colon_glued_to_a_mark_with_nothing_spaced_inside() -> None:
    text = 'Search for intitle:"index of" in the engine.'
    assert quote_pair_changes(text, _rule("outside")) == []


def test_outside_leaves_a_mark_before_punctuation_or_a_space() -> None:
    text = 'He said "we stay", and "no". Then "yes" again.'
    assert quote_pair_changes(text, _rule("outside")) == []


def test_a_rule_needs_a_known_repair() -> None:
    data = {"id": "q", "kind": "quotepair", "category": "punctuation", "message": "m", "repair": "both"}
    with pytest.raises(RuleError, match="'repair' must be one of: inside, outside"):
        build(data, common_fields(data, "test"))


def test_the_bundled_rules_repair_machine_translation_quotes(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        'The source added to Nineveh News:" the gunmen fled towards the border ".',
        'The source added to Nineveh News: "the gunmen fled towards the border".',
        [OUTSIDE, INSIDE, INSIDE],
    )
    assert_repaired(
        normalizer,
        'Police said the operation was "a success"after the raid.',
        'Police said the operation was "a success" after the raid.',
        [OUTSIDE],
    )
    assert_repaired(
        normalizer,
        'The governor called the plan " a betrayal" on Monday.',
        'The governor called the plan "a betrayal" on Monday.',
        [INSIDE],
    )


def test_professional_quotations_stay_as_written(normalizer: Normalizer) -> None:
    assert_untouched(
        normalizer,
        'The ministry said the talks were "constructive", and the envoy called them "a first step".\n'
        'Officials seized 40" screens, and the form reads width="100".\n',
    )
