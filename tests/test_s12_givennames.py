"""People no list has, whose given name MT rendered as its dictionary sense (session 12).

"Happy al-Lami" for Saeed al-Lami, "Servant of God al-Jubouri" for Abdullah, "Jamal the
blacksmith" for al-Haddad: repaired where a role before the word or an apposition and a
name-shaped word after it make it a name; flagged with the likely name where only the word after
it does.  The tables are rules/language/maps.yaml (s12-givennames), the rules rules/calques.yaml.
"""

from __future__ import annotations

import pytest

from normalize import Normalizer

from .conftest import assert_untouched, edits_and_flags


def test_a_role_and_a_family_name_make_the_sense_a_name(normalizer: Normalizer) -> None:
    text = (
        "The spokesman for the Ministry of Interior, Brigadier General Generous Abdul-Hussein, told reporters "
        "that four suspects were held. The governor, Victorious al-Zamili, said that the road would reopen."
    )
    result = normalizer.normalize(text)
    assert result.text == (
        "The spokesman for the Ministry of Interior, Brigadier General Karim Abdul-Hussein, told reporters "
        "that four suspects were held. The governor, Nasser al-Zamili, said that the road would reopen."
    )
    assert [(e.rule, e.original, e.replacement) for e in result.edits] == [
        ("given-name-as-its-sense", "Generous", "Karim"),
        ("given-name-as-its-sense", "Victorious", "Nasser"),
    ]


def test_an_apposition_closed_by_a_comma_makes_the_sense_a_name(normalizer: Normalizer) -> None:
    assert edits_and_flags(normalizer, "MP for the State of Law coalition, Happy al-Lami, said the law will pass.") == (
        [("given-name-as-its-sense", "Happy", "Saeed")],
        [],
    )


def test_titles_before_several_names(normalizer: Normalizer) -> None:
    text = "Sheikh Morning al-Ahmad and MP Star al-Jubouri agreed with Minister of Oil Happy Ali."
    result = normalizer.normalize(text)
    assert result.text == "Sheikh Sabah al-Ahmad and MP Najm al-Jubouri agreed with Minister of Oil Saeed Ali."
    # Najm al-Jubouri is in the gazetteer: his name's literal rendering is his own rule's (s20-litname)
    assert [e.rule for e in result.edits] == ["given-name-as-its-sense", "iq-najm-jubouri", "given-name-as-its-sense"]


def test_theophoric_names(normalizer: Normalizer) -> None:
    text = "Servant of the Merciful al-Jubouri said that Prime Minister Adel Servant of Mahdi will visit Mosul."
    result = normalizer.normalize(text)
    assert result.text == "Abdul Rahman al-Jubouri said that Prime Minister Adel Abdul Mahdi will visit Mosul."
    assert [(e.rule, e.original, e.replacement) for e in result.edits] == [
        ("theophoric-name-as-its-sense", "Servant of the Merciful", "Abdul Rahman"),
        ("theophoric-name-as-its-sense", "Servant of Mahdi", "Abdul Mahdi"),
    ]


def test_a_family_name_rendered_as_its_trade(normalizer: Normalizer) -> None:
    assert edits_and_flags(normalizer, "The director, Hussein the carpenter, said the hospital will open.") == (
        [("family-name-as-its-trade", "the carpenter", "al-Najjar")],
        [],
    )


def test_without_a_role_the_sense_is_flagged_not_edited(normalizer: Normalizer) -> None:
    assert edits_and_flags(normalizer, "The court sentenced Happy al-Lami to three years in prison.") == (
        [],
        [("given-name-as-its-sense-review", "Happy")],
    )


def test_a_sense_two_names_share_is_flagged_even_after_a_role(normalizer: Normalizer) -> None:
    assert edits_and_flags(normalizer, "The spokesman of the ministry, Praised al-Rubaie, denied the report.") == (
        [],
        [("given-name-doubtful-sense", "Praised")],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Happy Birthday, Hope! The Victorious Army marched down Hope Street past the Peace Corps office.",
        "Happy New Year From Baghdad: Victorious Al-Ahly Fans Celebrate",
        "Happy al-Lami supporters gathered outside the court.",
        '"I am Mr. Happy," he said, and Faith Hamilton laughed; Victor Hugo wrote it.',
        "Minister Hope Adams met the Generous Donor of the year, a Faithful Servant of the church.",
        "The minister wished everyone a Happy Eid al-Adha and praised the victorious army.",
        "Fans of the Victorious Al-Ahly celebrated, and the minister congratulated Victorious Al-Ahly.",
        "The Servant of God Dorothy Day and the Servant of God John Henry were remembered.",
        "The Morning Star and the Noble Sanctuary; Tom the blacksmith said hello.",
        "Jamal, the blacksmith's son, said nothing.",
        "Ali ibn Abi Talib, the Commander of the Faithful Ali, was the fourth caliph.",
        "The general Peace al-Quds plan failed; the leader of the Victorious Army, Happy Ali, spoke.",
    ],
)
def test_english_uses_of_the_words_stay(normalizer: Normalizer, text: str) -> None:
    assert_untouched(normalizer, text)


def test_the_person_named_in_full_elsewhere_settles_the_sense(normalizer: Normalizer) -> None:
    text = "Victorious al-Jubouri said so. Nasser al-Jubouri agreed, and the court heard Happy Hamid and Saeed Hamid."
    result = normalizer.normalize(text)
    assert result.text == (
        "Nasser al-Jubouri said so. Nasser al-Jubouri agreed, and the court heard Saeed Hamid and Saeed Hamid."
    )
    assert [(e.rule, e.original, e.replacement) for e in result.edits] == [
        ("given-name-as-its-sense-named-elsewhere", "Victorious", "Nasser"),
        ("given-name-as-its-sense-named-elsewhere", "Happy", "Saeed"),
    ]
    assert result.flags == []


def test_a_doubtful_sense_is_settled_only_by_its_own_name(normalizer: Normalizer) -> None:
    assert edits_and_flags(normalizer, "Hamid al-Rubaie denied it, and Praised al-Rubaie called it a lie.") == (
        [("doubtful-given-name-named-elsewhere", "Praised", "Hamid")],
        [],
    )
    assert edits_and_flags(normalizer, "Mahmoud al-Rubaie denied it, and Praised al-Rubaie called it a lie.") == (
        [],
        [("given-name-doubtful-sense", "Praised")],
    )


def test_an_english_word_after_the_sense_is_no_family_name(normalizer: Normalizer) -> None:
    assert_untouched(normalizer, "Happy Birthday, Amin! The Victorious Army paraded, and Hope Street met Amal Street.")


def test_the_evidence_stays_within_its_own_document(normalizer: Normalizer) -> None:
    first, second = normalizer.normalize_many(["Happy al-Lami spoke at the rally.", "Saeed al-Lami was not there."])
    assert first.text == "Happy al-Lami spoke at the rally."
    assert first.edits == [] and second.edits == []


def test_an_english_given_name_is_only_flagged(normalizer: Normalizer) -> None:
    assert edits_and_flags(normalizer, "Our guest speaker, Hope Hassan, is a novelist.") == (
        [],
        [("given-name-doubtful-sense", "Hope")],
    )
