"""Rules that fire at the right place must write what fits there, or leave it alone."""

from __future__ import annotations

import pytest

from normalize import Normalizer

from .conftest import assert_repaired, assert_untouched

REPAIRED = [
    # a rewording joined to another verb keeps its own word
    (
        "Troops cordoned off and combed the area, then began combing the hills near the border.",
        "Troops cordoned off and searched the area, then began searching the hills near the border.",
        ["combed-the-area", "combed-the-area"],
    ),
    (
        "Two leaders of the organization of ISIS in Anbar were killed, and the organization of Daesh lost its cells.",
        "Two leaders of ISIS in Anbar were killed, and Daesh lost its cells.",
        ["organization-before-daesh", "organization-before-daesh"],
    ),
    # two full stops end a sentence only where the line does not use them as its pause
    (
        '"The talks will resume," he said..\nIt cost 5 million dinars.. The bank paid.',
        '"The talks will resume," he said.\nIt cost 5 million dinars. The bank paid.',
        ["doubled-punctuation", "doubled-punctuation"],
    ),
]

#: Each with whether a flag is allowed on it (no edit ever is).
UNTOUCHED = [
    # "searched the area in search of" would say it twice; "comb a place in search of" is English
    ("Security forces are combing the area in search of the attackers, police said.", False),
    # the rewording would make its word the twin of the one joined to it
    ("Security forces searched and combed the area after the attack on the army post.", False),
    ("Iraqi forces launched a search and combing operation in the orchards near Baqubah.", False),
    # "the organization of ISIS attacks" is the organizing of them: the words are English and mean it
    ("He was charged with the organization of ISIS attacks in Europe.", False),
    ("Experts studied the organization of ISIS's finances after the fall of Mosul.", False),
    ("The organisation of ISIL fighters into small cells made them hard to track.", False),
    # ".." as the line's pause, or after a word that leaves the sentence unfinished
    ("The prime minister.. Mustafa al-Kadhimi.. arrived in Tehran.", True),
    ("The talks ended.. He left. The minister.. returned to Baghdad.", True),
    ("He said that..", True),
]


@pytest.mark.parametrize(("text", "expected", "rules"), REPAIRED)
def test_repaired(normalizer: Normalizer, text: str, expected: str, rules: list[str]) -> None:
    assert_repaired(normalizer, text, expected, rules)


@pytest.mark.parametrize(("text", "flags_allowed"), UNTOUCHED)
def test_untouched(normalizer: Normalizer, text: str, flags_allowed: bool) -> None:
    assert_untouched(normalizer, text, flags_allowed=flags_allowed)


def test_declined_takes_the_gerund_without_its_preposition(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The prime minister-designate apologized from continuing in forming the government.",
        "The prime minister-designate declined to continue forming the government.",
        ["declined-not-apologized"],
    )
    assert_repaired(
        normalizer,
        "He apologized from continuing in office after the vote.",
        "He declined to continue in office after the vote.",
        ["declined-not-apologized"],
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three nahiyat of the district were flooded.", "Three sub-districts of the district were flooded."),
        ("Dozens of baladiyat of Basra were closed.", "Dozens of municipalities of Basra were closed."),
        ("An intikhabat of the council was held.", "An election of the council was held."),
        ("They shelled a mintaqa near the border.", "They shelled an area near the border."),
        # "the" and a possessive take either number: the table's English stays
        ("The mudiriyat of education in Basra announced.", "The directorate of education in Basra announced."),
    ],
)
def test_untranslated_noun_takes_its_determiners_number(normalizer: Normalizer, text: str, expected: str) -> None:
    assert_repaired(normalizer, text, expected, ["untranslated-nouns"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prime Minister Adel Abdulmahdi met the envoy. AbdulMahdi said the talks went well.",
            "Prime Minister Adel Abdulmahdi met the envoy. Abdulmahdi said the talks went well.",
        ),
        (
            "Prime Minister Adel Abdul-Mahdi met the envoy. AbdulMahdi said the talks went well.",
            "Prime Minister Adel Abdul-Mahdi met the envoy. Abdul-Mahdi said the talks went well.",
        ),
        ("Prime Minister Adel AbdulMahdi met the envoy.", "Prime Minister Adel Abdul Mahdi met the envoy."),
    ],
)
def test_glued_name_split_as_the_document_writes_it(normalizer: Normalizer, text: str, expected: str) -> None:
    assert_repaired(normalizer, text, expected, ["glued-name"])


def test_capitalised_untranslated_word_heading_a_name_stays(normalizer: Normalizer) -> None:
    # (another rule flags "Shaheed" as a possible spelling of a known person's name: a flag, no edit)
    assert_untouched(
        normalizer, "Wreaths were laid at the Shaheed of the Mihrab Foundation in Najaf.", flags_allowed=True
    )
    assert_repaired(
        normalizer,
        "Officials said the Muhafiz of Dhi Qar met them.",
        "Officials said the Governor of Dhi Qar met them.",
        ["untranslated-nouns"],
    )
