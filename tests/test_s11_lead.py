"""The lead's fixes of session 11: gaps found in the closing notes of the sessions before."""

from __future__ import annotations

import pytest

from normalize import Normalizer

from .conftest import assert_repaired, assert_untouched


@pytest.fixture(scope="module")
def normalizer() -> Normalizer:
    return Normalizer()


def test_a_name_a_hand_rule_spells_still_gets_its_given_name_rendering(normalizer: Normalizer) -> None:
    """Hadi al-Amiri's spelling is a hand-written rule's; "Calm al-Amiri" is still his name, where Iraq is named."""
    assert_repaired(
        normalizer,
        "In Baghdad, Calm al-Amiri, head of the Badr Organization, said the alliance would not back the deal.",
        "In Baghdad, Hadi al-Amiri, head of the Badr Organization, said the alliance would not back the deal.",
        ["iq-amiri-literal"],
    )


def test_the_english_word_alone_is_no_name(normalizer: Normalizer) -> None:
    """The rest of the name is the evidence: "calm" with no al-Amiri beside it is the English word."""
    assert_untouched(normalizer, "In Baghdad, Calm returned on Monday; al-Amiri's bloc said the streets were quiet.")


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan runner won the race in Nairobi on Sunday.",
        "Israeli forces raided Jenin on Monday, and a Kenyan aid worker and two Ghanaian nurses were hurt.",
    ],
)
def test_a_countrys_people_are_no_misspelt_place(normalizer: Normalizer, text: str) -> None:
    """ "Kenyan" has the key of Jenin; it is an English word all the same, and never flagged as the town."""
    assert_untouched(normalizer, text)
