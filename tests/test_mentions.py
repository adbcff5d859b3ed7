"""Mention versus use, acronyms and possessives in term rules (the issue's examples are in the do-no-harm set)."""

from __future__ import annotations

import pytest

from normalize import Normalizer
from normalize.mentions import is_mention

_NORMALIZER = Normalizer()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kataib Hezbollah (literally Hezbollah Brigades) is an Iraqi group.", "Hezbollah Brigades"),
        ("The group, commonly referred to as the Hezbollah Brigades, denied it.", "Hezbollah Brigades"),
        ("The paper misspelt al-Kadhimi as al-Kazimi throughout.", "al-Kazimi"),
        ("Mustafa al-Kadhimi (also spelt al-Kazimi, al-Kazemi and al-Kathimi) took office.", "al-Kathimi"),
        ("the documentary The Popular Crowd won a prize.", "Popular Crowd"),
        ("Popular Mobilization Units (PMU) took part.", "Popular Mobilization Units"),
        ('The statement praised the "popular crowd" [sic] for its role.', "popular crowd"),
        ("The band drew a popular crowd of students.", "popular crowd"),
    ],
)
def test_a_mention_is_recognised(text: str, name: str) -> None:
    start = text.index(name)
    assert is_mention(text, start, start + len(name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("the twelfth brigade is linked to the popular crowd.", "popular crowd"),
        ("a spokesman for the Iraqi Hezbollah Brigades, told Reuters", "Iraqi Hezbollah Brigades"),
        ("Prime Minister Mustafa al-Kazimi received a call", "al-Kazimi"),
        ("There were reports that a Hashd force had been hit", "Hashd"),
    ],
)
def test_a_use_is_not_a_mention(text: str, name: str) -> None:
    start = text.index(name)
    assert not is_mention(text, start, start + len(name))


def test_a_spelling_list_is_left_whole_and_a_use_beside_it_repaired() -> None:
    text = "Mustafa al-Kadhimi (also spelt al-Kazimi and al-Kazemi) met the popular crowd."
    result = _NORMALIZER.normalize(text)
    assert result.text == "Mustafa al-Kadhimi (also spelt al-Kazimi and al-Kazemi) met the Popular Mobilization Forces."


def test_possessives_stay_grammatical() -> None:
    assert [
        _NORMALIZER.normalize(t).text
        for t in (
            "The popular crowd's budget rose.",
            "the Iraqi Hezbollah Brigades' spokesman denied it.",
            "the popular crowd’s men",
        )
    ] == [
        "The Popular Mobilization Forces' budget rose.",
        "Kata'ib Hezbollah's spokesman denied it.",
        "the Popular Mobilization Forces’ men",
    ]
