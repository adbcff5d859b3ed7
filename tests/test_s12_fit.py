"""A repair whose output fits the words around it: verb form, capital, article, and English left alone.

A rewording maps the verb form it matched to a form of the new verb, but a regular "-ed" is
both a simple past and a participle: after "had" or "was" an irregular verb put in must be its
participle ("had given", not "had gave").  A rewording of a sentence's capitalised first words
keeps the capital whether or not its rule asks for it; "a"/"an" before a rewording agrees with
the word put in; and English's own constructions ("combed the area for clues", "his protection
detail") are left alone.
"""

from __future__ import annotations

import pytest

from normalize import Normalizer

from .conftest import assert_repaired, assert_untouched


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army has responded a firm response to the attack.", "The army has given a firm response to the attack."),
        ("The army had not yet responded a deterrent response.", "The army had not yet given a deterrent response."),
        ("The army responded a firm response.", "The army gave a firm response."),
        ("The envoy hasn't visited an official visit to Amman.", "The envoy hasn't paid an official visit to Amman."),
    ],
)
def test_a_simple_past_after_an_auxiliary_is_a_participle(normalizer: Normalizer, text: str, expected: str) -> None:
    assert_repaired(normalizer, text, expected, ["cognate-object"])


def test_a_suggestion_for_review_takes_the_participle_too(normalizer: Normalizer) -> None:
    result = normalizer.normalize("The reforms had pushed the wheel of development.")
    assert result.text == "The reforms had pushed the wheel of development."
    assert [flag.rule for flag in result.flags] == ["push-forward-not-wheel-of"]
    assert "driven forward" in result.flags[0].message


@pytest.mark.parametrize(
    ("text", "expected", "rule"),
    [
        ("Electricity stations stopped in Basra.", "Power stations stopped in Basra.", "power-stations"),
        (
            "The report came. Electricity stations stopped in Basra.",
            "The report came. Power stations stopped in Basra.",
            "power-stations",
        ),
        ("Until the moment, no group has claimed it.", "So far, no group has claimed it.", "until-the-moment"),
        (
            "The match that brought them together at the stadium ended 2-1.",
            "Their match at the stadium ended 2-1.",
            "match-that-brought-them",
        ),
    ],
)
def test_a_rewording_at_a_sentence_start_keeps_its_capital(
    normalizer: Normalizer, text: str, expected: str, rule: str
) -> None:
    assert_repaired(normalizer, text, expected, [rule])


def test_the_indefinite_article_agrees_with_the_word_put_in(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "Students protested, and an Engineering Faculty will reopen.",
        "Students protested, and a Faculty of Engineering will reopen.",
        ["faculty-of-field"],
    )
    result = assert_repaired(
        normalizer,
        "The crowd waited, and an orator of the Friday prayers called for calm.",
        "The crowd waited, and a Friday prayer leader called for calm.",
        ["friday-prayer-leader"],
    )
    assert [(e.original, e.replacement) for e in result.edits] == [
        ("an orator of the Friday prayers", "a Friday prayer leader")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The police combed the area for clues after the robbery, and the army said two men were held.",
        "Troops combed the hills for the missing pilot, security sources said.",
        "The witness asked for police protection, and members of his protection detail were armed.",
        "The army had launched a fierce attack on the base, and the envoy had given a statement.",
        "A union official said an hour later that a European delegation had arrived.",
    ],
)
def test_english_constructions_are_left_alone(normalizer: Normalizer, text: str) -> None:
    assert_untouched(normalizer, text)


def test_a_mass_noun_that_was_the_subject_takes_a_singular_verb(normalizer: Normalizer) -> None:
    result = assert_repaired(
        normalizer,
        "The ministry said that the medical equipments were delivered, and that the furnitures have arrived.",
        "The ministry said that the medical equipment was delivered, and that the furniture has arrived.",
        ["uncountable-noun-plural", "uncountable-noun-plural"],
    )
    assert [(e.original, e.replacement) for e in result.edits] == [
        ("equipments were", "equipment was"),
        ("furnitures have", "furniture has"),
    ]
    assert_repaired(
        normalizer,
        "Details of the equipments were kept secret; equipments and furnitures were sent,"
        " and the aircrafts were grounded.",
        "Details of the equipment were kept secret; equipment and furniture were sent, and the aircraft were grounded.",
        ["uncountable-noun-plural"] * 4,
    )


def test_an_arrest_or_a_release_is_by_someone(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The suspect was arrested on the hands of the police, and two hostages were freed at the hands of the army.",
        "The suspect was arrested by the police, and two hostages were freed by the army.",
        ["by-not-at-the-hands-of", "by-not-at-the-hands-of"],
    )
    assert_repaired(
        normalizer,
        "Two soldiers were killed on the hands of gunmen.",
        "Two soldiers were killed at the hands of gunmen.",
        ["at-the-hands-of"],
    )
    assert_untouched(normalizer, "He was arrested in March and died at the hands of his captors, his family said.")


def test_a_city_that_fell_on_the_hands_of_a_group_is_flagged(normalizer: Normalizer) -> None:
    result = normalizer.normalize("Mosul fell on the hands of Daesh in 2014.")
    assert result.text == "Mosul fell on the hands of Daesh in 2014."
    assert [flag.rule for flag in result.flags] == ["fell-to-not-on-the-hands-of"]


def test_declined_and_refused_take_to_and_the_verb(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The minister had declined from attending the session, and the blocs are refusing from joining the cabinet.",
        "The minister had declined to attend the session, and the blocs are refusing to join the cabinet.",
        ["declined-to-not-declined-from", "refused-to-not-refused-from"],
    )
    assert_repaired(
        normalizer,
        "Allawi Declined From Forming the Government",
        "Allawi Declined to Form the Government",
        ["declined-to-not-declined-from"],
    )
    assert_untouched(
        normalizer, "Exports declined from rising levels; the blocs refrained from voting and abstained from attending."
    )


def test_a_sentence_opening_word_moved_inward_loses_its_capital(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "General directors of the health departments in Baghdad met on Monday.",
        "Directors general of the health departments in Baghdad met on Monday.",
        ["director-general-not-general-director"],
    )
    assert_repaired(
        normalizer,
        "Baghdad - General directors of the health departments met on Monday.",
        "Baghdad - Directors general of the health departments met on Monday.",
        ["director-general-not-general-director"],
    )
