"""Session 17, Arabic sentence structure: the pronoun that repeats a relative clause's object
("the law which the parliament passed it"), a reporting verb left out before a quotation ("The
authority in a statement: ..."), and a body's "she" before any regular past or after "and
that".  Each repair is held to its exact text and rule ids; the professional English beside
each class is held to no edit and no flag."""

from __future__ import annotations

import pytest

from normalize import Normalizer

from .conftest import assert_repaired, assert_untouched


def test_resumptive_pronoun_after_which_is_removed(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The decision contradicts the law which the parliament passed it in 2019.",
        "The decision contradicts the law which the parliament passed in 2019.",
        ["resumptive-object-pronoun"],
    )
    assert_repaired(
        normalizer,
        "The bridge, which a Turkish firm began building it in 2022, links the two banks.",
        "The bridge, which a Turkish firm began building in 2022, links the two banks.",
        ["resumptive-object-pronoun"],
    )


def test_resumptive_pronoun_after_whom_and_a_particle(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The court released the driver whom the police detained him on Monday.",
        "The court released the driver whom the police detained on Monday.",
        ["resumptive-object-pronoun"],
    )
    assert_repaired(
        normalizer,
        "Parliament rejected the amendment, which the committee agreed on it last week.",
        "Parliament rejected the amendment, which the committee agreed on last week.",
        ["resumptive-object-pronoun"],
    )


@pytest.mark.parametrize(
    "text",
    [
        "The grant which the council gave them last year covered the salaries.",
        "The task which the board asked them to finish is done.",
        "The house in which the family kept it for decades was sold.",
        "The plan, which the minister said it would fund, was approved.",
        "The ministry said that the parliament passed it in 2019.",
        "The suspect, whom the court found guilty, appealed on Monday.",
    ],
)
def test_second_objects_and_other_pronouns_are_english(normalizer: Normalizer, text: str) -> None:
    assert_untouched(normalizer, text)


def test_reporting_verb_is_put_in_before_a_quotation(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        'The Border Ports Authority in a statement: "The crossing will reopen on Monday."',
        'The Border Ports Authority said in a statement: "The crossing will reopen on Monday."',
        ["reporting-verb-missing-before-quote"],
    )
    assert_repaired(
        normalizer,
        "The spokesman of the Civil Defence, Nawas Sabah, in a televised interview: “The fire is out.”",
        "The spokesman of the Civil Defence, Nawas Sabah, said in a televised interview: “The fire is out.”",
        ["reporting-verb-missing-before-quote"],
    )


@pytest.mark.parametrize(
    "text",
    [
        'The ministry said in a statement: "Flights resume on Monday."',
        'The minister, in a speech on Monday, said: "We are ready."',
        'In a statement: "Flights resume on Monday."',
        "The rules set out in a letter: Ministers must attend.",
    ],
)
def test_a_sentence_with_its_verb_keeps_it(normalizer: Normalizer, text: str) -> None:
    assert_untouched(normalizer, text)


def test_body_she_before_a_regular_past_and_after_and_that(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The Ministry of Trade announced the arrival of the wheat. She distributed the first shipment to the silos.",
        "The Ministry of Trade announced the arrival of the wheat. It distributed the first shipment to the silos.",
        ["feminine-pronoun-for-body"],
    )
    assert_repaired(
        normalizer,
        "The company said that production rose, and that she exported two cargoes in May.",
        "The company said that production rose, and that it exported two cargoes in May.",
        ["feminine-pronoun-for-body"],
    )
    assert_repaired(
        normalizer,
        "The directorate of municipalities, for her part, removed the stalls.",
        "The directorate of municipalities, for its part, removed the stalls.",
        ["feminine-pronoun-for-body"],
    )


def test_a_woman_named_keeps_her_pronoun(normalizer: Normalizer) -> None:
    assert_untouched(
        normalizer, "The ministry named Suha Kadhim as its spokeswoman. She completed her studies in Baghdad."
    )
    assert_untouched(normalizer, "The minister, for her part, said that she completed the plan.")


def test_verb_first_reporting_with_the_day_between_commas(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "Said the governor of Nineveh, on Monday, that the bridge would open in May.",
        "The governor of Nineveh said on Monday that the bridge would open in May.",
        ["verb-first-reporting-with-day"],
    )
    assert_untouched(normalizer, "Said Jalili, on Monday, met the envoy in Tehran.")
