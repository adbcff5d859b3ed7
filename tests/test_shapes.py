"""The shapes pack: wrong senses told by their collocate's class, Arabic word order told by a phrase's
parts, titles and run-in text; and the fixes made with it to the place matcher and the pronoun walk."""

from __future__ import annotations

import pytest

from normalize import Normalizer
from normalize.packs import DEFAULT_PACKS, load_pack

from .conftest import assert_repaired, assert_untouched


@pytest.fixture(scope="module")
def normalizer() -> Normalizer:
    return Normalizer()


def test_the_shapes_pack_is_a_default_pack_and_every_rule_has_examples_and_keeps() -> None:
    assert "shapes" in DEFAULT_PACKS
    pack = load_pack("shapes")
    ids = {rule.id for rule in pack.rules}
    assert {"released-not-launched-money", "voltage-not-pressure", "committee-of-field", "faculty-of-field"} <= ids
    assert all(rule.examples and rule.keep for rule in pack.rules)


@pytest.mark.parametrize(
    ("source", "expected", "rules"),
    [
        # members of a collocate class that no example names: the class, not the wording, decides
        (
            "The ministry will launch the bonuses of teachers, and the council launched the overdue compensations.",
            "The ministry will release the bonuses of teachers, and the council released the overdue compensations.",
            ["released-not-launched-money", "released-not-launched-money"],
        ),
        (
            "Crews replaced a high-pressure transformer and two medium pressure overhead cables.",
            "Crews replaced a high-voltage transformer and two medium-voltage overhead cables.",
            ["voltage-not-pressure", "voltage-not-pressure"],
        ),
        (
            "The Sadrist bloc waved to dissolve the parliament.",
            "The Sadrist bloc threatened to dissolve the parliament.",
            ["threatened-not-waved"],
        ),
        (
            "It went to the committee of displacement and migration; the committees of youth, women and family met.",
            "It went to the displacement and migration committee; the youth, women and family committees met.",
            ["committee-of-field", "committee-of-field"],
        ),
        (
            "The Dentistry Faculty closed after Al-Fitr Eid.",
            "The Faculty of Dentistry closed after Eid al-Fitr.",
            ["faculty-of-field", "eid-name-order"],
        ),
    ],
)
def test_a_class_repairs_words_its_examples_do_not_name(
    normalizer: Normalizer, source: str, expected: str, rules: list[str]
) -> None:
    assert_repaired(normalizer, source, expected, rules)


@pytest.mark.parametrize(
    "text",
    [
        "The company launched a fund and waved to the crowd; a high-pressure gas line was laid.",
        "The committee of experts and the Committee of Ministers met at the Arts Faculty on Eid al-Fitr.",
        "Iraq's province of Anbar; Chief Engineer John Smith; Dr. Kallas; last November.",
        "The Shafaq outlet said the Zurbatiyah crossing was open, a news outlet reported.",
    ],
)
def test_professional_english_is_left_alone(normalizer: Normalizer, text: str) -> None:
    assert_untouched(normalizer, text)


def test_an_acronym_is_never_taken_for_a_misspelt_place(normalizer: Normalizer) -> None:
    text = "The KR government said Baghdad would send the salaries of the region's employees."
    assert_untouched(normalizer, text)


def test_a_body_with_its_initials_in_brackets_is_the_antecedent_of_she(normalizer: Normalizer) -> None:
    source = "The Ministry of Health (MoH) said the hospital reopened. She added that ten beds were ready."
    assert_repaired(
        normalizer,
        source,
        "The Ministry of Health (MoH) said the hospital reopened. It added that ten beds were ready.",
        ["feminine-pronoun-for-body"],
    )


def test_a_run_in_dateline_after_a_headline_is_flagged(normalizer: Normalizer) -> None:
    source = "Governor opens two schools\n\nKarbala The Governor of Karbala opened two schools on Sunday.\n"
    result = normalizer.normalize(source)
    assert [(f.rule, source[f.start : f.end]) for f in result.flags] == [("dateline-run-in", "Karbala")]
