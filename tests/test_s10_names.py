"""People's names in real MT: the gazetteer's new rows, a full name deciding a shared Arabic
surname, and given names MT renders as the English words they are built on."""

from __future__ import annotations

import pytest

from normalize import Normalizer

from .conftest import assert_repaired, assert_untouched


@pytest.fixture(scope="module")
def normalizer() -> Normalizer:
    return Normalizer()


@pytest.mark.parametrize(
    ("text", "expected", "rules"),
    [
        (
            "The head of the State of Law coalition, Nouri Al Malki, said the vote would go ahead.",
            "The head of the State of Law coalition, Nouri al-Maliki, said the vote would go ahead.",
            ["nouri-maliki-full-name"],
        ),
        (
            "Former prime minister Nouri Almalki criticised the deal in a televised speech.",
            "Former prime minister Nouri al-Maliki criticised the deal in a televised speech.",
            ["nouri-maliki-full-name"],
        ),
        (
            "Economy Minister Mohammed Struggle al-Shaar said prices would fall.",
            "Economy Minister Mohammed Nidal al-Shaar said prices would fall.",
            ["sy-shaar"],
        ),
        (
            "Lebanese Defence Minister Michel Mansa met the army commander in Yarze.",
            "Lebanese Defence Minister Michel Menassa met the army commander in Yarze.",
            ["lb-menassa"],
        ),
        (
            "US envoy Amos Hokstein arrived in Beirut on Monday.",
            "US envoy Amos Hochstein arrived in Beirut on Monday.",
            ["lb-hochstein"],
        ),
        (
            "Gaza health ministry spokesman Ashraf al-Qidra said 40 people were killed.",
            "Gaza health ministry spokesman Ashraf al-Qudra said 40 people were killed.",
            ["unlisted-name-spelling"],
        ),
        (
            "Eternal Meshaal said the movement would not disarm.",
            "Khaled Meshaal said the movement would not disarm.",
            ["ps-meshaal"],
        ),
        (
            "The Iranian negotiator Happy Jalili met Victorious Bourita in Rabat.",
            "The Iranian negotiator Saeed Jalili met Nasser Bourita in Rabat.",
            ["ir-jalili", "ma-bourita"],
        ),
        (
            "Noble Abu Rudeineh, the presidency spokesman, said the talks had failed.",
            "Nabil Abu Rudeineh, the presidency spokesman, said the talks had failed.",
            ["ps-abu-rudeineh"],
        ),
        (
            "Safe bin Breik was named prime minister by the presidential council.",
            "Salem bin Breik was named prime minister by the presidential council.",
            ["ye-bin-breik"],
        ),
        (
            "Industry Minister George Boshkian visited the factories of Aleppo.",
            "Industry Minister George Bouchikian visited the factories of Aleppo.",
            ["lb-bouchikian"],
        ),
        (
            "Pope Tawadros the Second received the delegation in Cairo.",
            "Pope Tawadros II received the delegation in Cairo.",
            ["eg-tawadros"],
        ),
        (
            "Energy Minister Joe al-Saddi said the plant would reopen.",
            "Energy Minister Joe Saddi said the plant would reopen.",
            ["lb-saddi"],
        ),
    ],
)
def test_people_names_are_repaired(normalizer: Normalizer, text: str, expected: str, rules: list[str]) -> None:
    assert_repaired(normalizer, text, expected, rules)


@pytest.mark.parametrize(
    "text",
    [
        "He felt safe and calm all day; a noble and faithful friend, eternal and glorious.",
        "Riyad Al Malki, the Palestinian foreign minister, spoke first.",
        "Defence Minister Michel Menassa met the army commander.",
        "The minister, Ivan Faiq Jabro, visited the camp on Monday.",
    ],
)
def test_right_english_and_house_styles_are_untouched(normalizer: Normalizer, text: str) -> None:
    assert_untouched(normalizer, text)
