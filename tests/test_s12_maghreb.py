"""Machine translation from Egypt, Libya, the Maghreb and Syria: the classes a field trial found.

A rank read off its Arabic title ("General Brigadier"), a figure glued to the word before it
("risen to14"), a girl or a woman named with her class before the noun ("a child girl", "a
citizen woman"), a figure compound with spaced hyphens ("13 -year -old"), a Tunisian or Algerian
wilaya called a "state", a place's head word glued to its name ("KafrBatna"), set phrases of the
Libyan and Syrian press ("On another side,", "taken in their regard", "the life situation",
"opened the fire of their machineguns"), and names no list had: Operation Dignity (which goes
without "the"), the Government of National Accord, and people of Tunisia and Egypt.
"""

from __future__ import annotations

import pytest

from normalize import Normalizer

from .conftest import assert_repaired, assert_untouched


def test_the_grade_goes_before_general(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The spokesman, General Brigadier Ahmed al-Mismari, said the army had moved south.",
        "The spokesman, Brigadier General Ahmed al-Mismari, said the army had moved south.",
        ["general-before-grade"],
    )


def test_a_glued_figure_and_a_class_noun_before_girl_or_woman(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The toll has risen to14 at least, among them a citizen woman and 2 child girls.",
        "The toll has risen to 14 at least, among them a woman and 2 girls.",
        ["figure-glued-to-word", "child-or-citizen-before-noun", "child-or-citizen-before-noun"],
    )


def test_a_tunisian_wilaya_is_a_governorate(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "A patrol in the state of Kasserine arrested 22 people, and units in the states of Sfax and Nabeul"
        " seized a boat.",
        "A patrol in the governorate of Kasserine arrested 22 people, and units in the governorates of Sfax and"
        " Nabeul seized a boat.",
        ["state-not-governorate-tunisia", "state-not-governorate-tunisia"],
    )


def test_an_algerian_wilaya_is_a_province(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "Police in the state of Oran seized the tablets.",
        "Police in the province of Oran seized the tablets.",
        ["state-not-province-algeria"],
    )


def test_a_wilaya_named_before_state(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "A patrol in Nabeul state caught a boat, and police in Oran state seized the tablets.",
        "A patrol in Nabeul governorate caught a boat, and police in Oran province seized the tablets.",
        ["place-state-not-governorate-tunisia", "place-state-not-province-algeria"],
    )


def test_operation_dignity_goes_without_the_article(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "Sources in Tobruk, Libya, said that the commander of the Dignity Operation, Khalifa Haftar,"
        " refused the talks.",
        "Sources in Tobruk, Libya, said that the commander of Operation Dignity, Khalifa Haftar, refused the talks.",
        ["ly-operation-dignity-literal"],
    )


def test_machine_guns_and_a_glued_place_head_word(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The regime forces opened the fire of their machineguns on KafrBatna.",
        "The regime forces opened fire with their machine guns on Kafr Batna.",
        ["opened-the-fire-of", "glued-place-head-word"],
    )


def test_spaced_figure_compound_and_another_side(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The 13 -year -old war ended. On another side, the council met.",
        "The 13-year-old war ended. Meanwhile, the council met.",
        ["number-compound-spaced-hyphens", "on-another-side"],
    )


def test_living_conditions_and_measures_against_them(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The protest was over the deterioration of the life situation in Tobruk, and legal measures have"
        " been taken in their regard.",
        "The protest was over the deterioration of living conditions in Tobruk, and legal measures have"
        " been taken against them.",
        ["life-situation", "measures-taken-in-their-regard"],
    )


def test_names_no_list_had(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "TUNIS - The secretary-general of the UGTT, Nour al-Din al-Tabubi, said the strike would go ahead.",
        "TUNIS - The secretary-general of the UGTT, Noureddine Taboubi, said the strike would go ahead.",
        ["tn-taboubi"],
    )
    assert_repaired(
        normalizer,
        "TRIPOLI - Forces of the Government of the National Accord repelled an attack.",
        "TRIPOLI - Forces of the Government of National Accord repelled an attack.",
        ["ly-gna-literal"],
    )


def test_what_the_sentence_decides_is_flagged(normalizer: Normalizer) -> None:
    text = (
        "A joint patrol arrested 22 people with the nationality of one of the Arab countries, and the army"
        " said it would not stand against any social component."
    )
    result = normalizer.normalize(text)
    assert result.text == text
    assert [flag.rule for flag in result.flags] == ["nationality-of-one-of-the-countries", "social-component"]


@pytest.mark.parametrize(
    "text",
    [
        "Brigadier General Ahmed al-Mismari met the Inspector General Major Ali Hassan.",
        "He came in 1st; the MP3 player; Windows Win10; the file to2.txt; the AT3 and IN4 codes.",
        "Senior citizen women's groups, child boys' clothing, a child soldier and a citizen journalist.",
        "Options 13 -v -q are code; the 13-year-old war ended.",
        "Officials worried about the state of Sfax's port; the state of Texas; the State of Algiers was a regency.",
        "RasGas and the TellMe app; Kafr Batna; the user @KafrBatna.",
        "Viewers of Tunis state television and workers from Oran state-run firms.",
        "They arrested 22 nationals of an Arab country; the social component of the programme was small.",
        "On the other side, the hills rose; on another side of the square, a crowd gathered.",
        "Moving house is a stressful life situation; she was held in high regard by her colleagues.",
        "Operation Dignity was Hifter's campaign; the Government of National Accord called it a coup.",
    ],
)
def test_professional_english_is_left_alone(normalizer: Normalizer, text: str) -> None:
    assert_untouched(normalizer, text)
