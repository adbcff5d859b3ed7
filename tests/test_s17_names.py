"""Session 17, names: second-rank people and bodies the gazetteer lacked (Iraqi ministries'
spokesmen, governors, judges and sports officials, Kurdistan Region ministers, Syria's and
Lebanon's 2025 office-holders, Iraqi oil, gas and market bodies and their literal renderings),
and the French c of Lebanese names (Choucair) that MT reads back from Arabic as k or q.
Each repair is held to its exact text and rule ids; professional English that names the same
people and bodies is held to no edit and no flag."""

from __future__ import annotations

import pytest

from normalize import Normalizer

from .conftest import assert_repaired, assert_untouched


def test_iraqi_bodies_named_by_calque_take_their_english_names(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The Gas Mobilization Company said it would open three new plants, and the Iraq Market for"
        " Securities closed higher.",
        "The Gas Filling Company said it would open three new plants, and the Iraq Stock Exchange closed higher.",
        ["iq-gas-filling-literal", "iq-isx-literal"],
    )
    assert_repaired(
        normalizer,
        "Baghdad / Obelisk: The Iraqi Information Network said the channel would air the match.",
        "Baghdad / Al-Masalla: The Iraqi Media Network said the channel would air the match.",
        ["iq-masalla", "iq-imn-literal"],
    )


def test_football_union_and_its_president(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "Iraqi Football Union president Adnan Darjal said the federation had paid the coach.",
        "Iraq Football Association president Adnan Dirjal said the federation had paid the coach.",
        ["iq-ifa-literal", "iq-dirjal"],
    )


def test_spokesmen_and_advisers_misspelt(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "Oil ministry spokesman Assem Jihad said exports rose, and Madhar Mohammed Salih warned of a deficit.",
        "Oil ministry spokesman Asim Jihad said exports rose, and Mazhar Mohammed Saleh warned of a deficit.",
        ["iq-asim-jihad", "iq-mazhar-saleh"],
    )
    assert_repaired(
        normalizer,
        "The late Ahmed al-Jalabi returned to Baghdad in 2003.",
        "The late Ahmed Chalabi returned to Baghdad in 2003.",
        ["iq-chalabi"],
    )


def test_kurdistan_and_syrian_officials(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "Sulaimani Governor Haval Abu Bakr opened the bridge.",
        "Sulaimani Governor Haval Abubakir opened the bridge.",
        ["iq-haval-abubakir"],
    )
    assert_repaired(
        normalizer,
        "The Druze spiritual leader Hammoud al-Hanawi called for calm in Suwayda.",
        "The Druze spiritual leader Hammoud al-Hinnawi called for calm in Suwayda.",
        ["unlisted-name-spelling"],
    )


def test_lebanese_names_spelt_the_french_way(normalizer: Normalizer) -> None:
    """Hage and Choucair are French spellings; MT reads them back from Arabic (الحاج, شقير)."""
    assert_repaired(
        normalizer,
        "Lebanese Telecommunications Minister Charles al-Hajj spoke to reporters.",
        "Lebanese Telecommunications Minister Charles Hage spoke to reporters.",
        ["lb-charles-hage-literal"],
    )
    assert_repaired(
        normalizer,
        "In Beirut, the Director General of General Security, Brigadier General Hassan Shukair,"
        " received the Syrian ambassador.",
        "In Beirut, the Director General of General Security, Brigadier General Hassan Choucair,"
        " received the Syrian ambassador.",
        ["unlisted-name-spelling"],
    )


@pytest.mark.parametrize(
    "text",
    [
        "French President Emmanuel Macron met Lebanese President Joseph Aoun and Prime Minister Nawaf Salam"
        " in Beirut, and Cyprus's president Nikos Christodoulides joined them by video.",
        "Lebanon's General Security chief, Brigadier General Hassan Choucair, said on Tuesday that 4,000"
        " Syrians had crossed back through Masnaa.",
        "Oil ministry spokesman Asim Jihad said the Iraq Stock Exchange was not affected.",
        "Iraq coach Jesus Casas named his squad; Younis Mahmood and Adnan Dirjal watched from the stand.",
        "The obelisk in the square was restored, and the Gas Filling Company opened a new plant in Taji.",
        "Jordan's planning minister, Zeina Toukan, met the EU's Marc Pierini and Jacques Chirac's former"
        " aide Maurice Gourdault-Montagne in Amman.",
        "Sulaimani governor Haval Abubakir and Duhok governor Ali Tatar attended the meeting in Erbil"
        " with Awat Sheikh Janab.",
        "The Syrian culture minister Mohammed Yassin Saleh and the tourism minister Mazen al-Salhani"
        " visited Aleppo, where governor Azzam al-Gharib received them.",
        "Charles Hage, Lebanon's telecommunications minister, said Ogero would be restructured;"
        " Nizar Hani and Tamara el-Zein attended.",
        "Ahmed Chalabi's Iraqi National Congress was led after 2015 by Aras Habib Kareem.",
        "Dr Cecil Rhodes and Mr Clark spoke to Carlos Ghosn about Coca-Cola's plant in Lebanon.",
    ],
)
def test_professional_english_with_these_names_is_untouched(normalizer: Normalizer, text: str) -> None:
    assert_untouched(normalizer, text)
