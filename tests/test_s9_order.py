"""Arabic phrase structure careful editors rewrite, session 9.

A local body named in Arabic order ("the police of Diyala", "the council of the province of
Basra"), an MP named by his bloc after the title ("The MP of the State of Law Coalition, X,
said"), and a verbal noun where English has the verb ("carried out the arrest of", "the
explosion led to the killing of").  The places and blocs are read from the gazetteer's tables
by the pack's ``shared_lists`` (normalize/pack_lists.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from normalize import Normalizer
from normalize.errors import RulePackError
from normalize.pack_lists import expand_shared_lists

from .conftest import edits_and_flags

RULES = Path(__file__).resolve().parent.parent / "rules"


def test_a_local_body_in_arabic_order_is_named_place_first(normalizer: Normalizer) -> None:
    text = "A force of the police of Diyala raided a farm, and the council of the province of Basra met."
    result = normalizer.normalize(text)
    assert result.text == "A force of Diyala police raided a farm, and Basra provincial council met."
    assert edits_and_flags(normalizer, text) == (
        [
            ("body-of-place-order", "the police of Diyala", "Diyala police"),
            ("body-of-place-order", "the council of the province of Basra", "Basra provincial council"),
        ],
        [],
    )


def test_commands_and_directorates_take_their_title_case(normalizer: Normalizer) -> None:
    text = "The operations command of Baghdad met. The directorate of the police of Maysan said so."
    assert normalizer.normalize(text).text == "Baghdad Operations Command met. Maysan Police Directorate said so."


def test_a_place_in_a_list_or_a_longer_name_is_left(normalizer: Normalizer) -> None:
    for text in (
        "The police of Basra and Maysan took part; the police of Diyala, Salahuddin and Kirkuk were on alert.",
        "The police of Baghdad International Airport and the police of Basra city were there.",
        "The police of several countries met at the Ministry of the Interior.",
        "The Council of Representatives and the Popular Mobilization Forces met the governor of Nineveh.",
    ):
        assert edits_and_flags(normalizer, text) == ([], []), text


def test_the_mp_of_a_listed_bloc_named_between_commas(normalizer: Normalizer) -> None:
    text = "The MP of the State of Law Coalition, Aref al-Hamami, said the budget is late."
    assert edits_and_flags(normalizer, text) == (
        [
            (
                "mp-of-bloc-before-name",
                "The MP of the State of Law Coalition, Aref al-Hamami, ",
                "State of Law Coalition MP Aref al-Hamami ",
            )
        ],
        [],
    )
    # "MP from" is English, and without a verb of saying after the name nothing is certain
    assert edits_and_flags(normalizer, "The MP from the Fatah Alliance, Hassan Salem, said it.") == ([], [])
    assert edits_and_flags(normalizer, "He met the MP of the Fatah Alliance, Hassan Salem, at noon.") == ([], [])


def test_a_verbal_noun_after_carried_out_becomes_the_verb(normalizer: Normalizer) -> None:
    text = "Gunmen carried out the opening of fire on a patrol, and police carried out the arrest of two men."
    assert edits_and_flags(normalizer, text) == (
        [
            ("carried-out-the-act-of", "carried out the opening of fire on", "opened fire on"),
            ("carried-out-the-act-of", "carried out the arrest of", "arrested"),
        ],
        [],
    )
    assert edits_and_flags(
        normalizer, "The force carried out the arrests and carried out the orders of the court."
    ) == (
        [],
        [],
    )


def test_an_event_that_led_to_casualties_takes_the_verb(normalizer: Normalizer) -> None:
    text = "The explosion led to the killing of two civilians. The strike killed four men and the injury of two others."
    assert edits_and_flags(normalizer, text) == (
        [
            ("event-led-to-casualties", "led to the killing of ", "killed "),
            ("and-the-injury-of-after-past", " and the injury of ", " and injured "),
        ],
        [],
    )
    for kept in (
        "The strike led to the death of two men, the workers said.",
        "The talks led to the death of the plan.",
    ):
        assert edits_and_flags(normalizer, kept) == ([], []), kept


def test_shared_lists_go_to_the_rules_that_name_them() -> None:
    data = {
        "shared_lists": {"places": {"tables": ["gazetteer/places.tsv"], "country": ["IQ"], "type": ["governorate"]}},
        "rules": [
            {"id": "a", "pattern": r"of \L<places>"},
            {"id": "b", "pattern": "x"},
            {"id": "c", "pattern": r"\L<places>", "lists": {"places": ["Mars"]}},
        ],
    }
    rules = expand_shared_lists(data, RULES, "test")["rules"]
    assert "Diyala" in rules[0]["lists"]["places"] and "Basrah" in rules[0]["lists"]["places"]
    assert "Mosul" not in rules[0]["lists"]["places"]  # a city, filtered out
    assert "lists" not in rules[1]
    assert rules[2]["lists"] == {"places": ["Mars"]}  # a rule's own list wins


def test_a_shared_list_that_names_no_row_is_refused() -> None:
    data = {"shared_lists": {"none": {"tables": ["gazetteer/places.tsv"], "country": ["XX"]}}, "rules": []}
    with pytest.raises(RulePackError, match="empty"):
        expand_shared_lists(data, RULES, "test")
    with pytest.raises(RulePackError, match="tables"):
        expand_shared_lists({"shared_lists": {"bad": {"country": ["IQ"]}}, "rules": []}, RULES, "test")
