"""Punctuation, date and spacing rules on the shapes real MT pages hold.

Pages machine-translated from Arabic quote French and Spanish speakers in their own typography,
write times and decimals with spaced points, name newspapers called "Today", and open quotations
with a closing mark glued to the sentence before.  A repair must leave the first three alone, and
must turn MT's opening ” round rather than treat it as a closing one.
"""

from __future__ import annotations

import pytest

from normalize import Normalizer

from .conftest import assert_repaired, assert_untouched

KEPT = [
    "The slogan « Dégage ! » was chanted in Tunis, and « Où êtes-vous ? » was written on a wall.",
    "The Spanish phrase ¿ Qué pasa ? was painted on the bus.",
    "Polls closed at 10 . 30 in the evening, and the turnout was 41 . 2 percent.",
    "The newspaper Today, Sunday edition, sold out within hours.",
    "Readers of USA Today (Sunday) saw the photograph.",
    "The prompts “> ” and “$ ” were shown on the screen.",
    "- [ ] translate the statement\n- [ x ] check the figures",
    "“We will stay,” he said; the screens are 5” wide.",
    "Call getX().Then in the script; the results were final.",
]


@pytest.mark.parametrize("text", KEPT)
def test_real_page_shapes_stay(normalizer: Normalizer, text: str) -> None:
    assert_untouched(normalizer, text)


def test_english_in_guillemets_loses_its_marks_and_then_its_space(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The protesters chanted « No to corruption ! » outside the council.",
        "The protesters chanted “No to corruption!” outside the council.",
        ["guillemets+space-inside-quotes+space-before-punctuation"],
    )


def test_today_opening_a_sentence_or_a_dateline_is_still_repaired(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "Baghdad - Today, Sunday, the ministry announced the results.",
        "Baghdad - On Sunday, the ministry announced the results.",
        ["today-weekday"],
    )


def test_glued_opening_closing_mark_is_turned_round(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The minister said the talks had failed.”We will try again,” he added.",
        "The minister said the talks had failed. “We will try again,” he added.",
        ["glued-closing-mark-opening-quote"],
    )


def test_glued_closing_quote_before_a_sentence_still_gets_its_space(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "“The hospitals have enough beds.”The ministry added that vaccines would arrive.",
        "“The hospitals have enough beds.” The ministry added that vaccines would arrive.",
        ["missing-space-after-closing-quote"],
    )


def test_spaced_closing_marks_around_a_quotation(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "He said that ” the talks failed ” .",
        "He said that “the talks failed”.",
        ["closing-mark-opening-quote", "space-inside-quotes", "space-before-punctuation"],
    )


def test_comma_and_colon_glued_to_an_opening_quote(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "He said,“We will stay.” She added :“We agree.”",
        "He said, “We will stay.” She added: “We agree.”",
        ["comma-glued-to-opening-quote", "spaced-colon-glued-to-quote"],
    )


def test_closing_quote_glued_to_the_next_word(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "“We will try again,”he said.",
        "“We will try again,” he said.",
        ["closing-quote-glued-to-word"],
    )


def test_full_stop_after_a_quotation_glued_to_the_next_sentence(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "He called it a “victory”.Officials left.",
        "He called it a “victory”. Officials left.",
        ["missing-space-after-quote-full-stop"],
    )


def test_spaces_inside_square_brackets(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "Kuwait [ KUNA ] reported the talks.",
        "Kuwait [KUNA] reported the talks.",
        ["space-inside-square-brackets", "space-inside-square-brackets"],
    )
