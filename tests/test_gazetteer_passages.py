"""Passages of our own through the default packs: unseen spellings and calques of gazetteer names
repaired, and professional English that spells or glosses the same names left alone."""

from __future__ import annotations

import pytest

from normalize import Normalizer

from .conftest import assert_repaired, assert_untouched

REPAIRED = [
    (  # an outlet misspelt, a militia's name translated word by word, in an Iraqi report
        "Shafaj News reported that the Imam Ali Brigades denied any role in the attack near Samarra, Iraq.",
        "Shafaq News reported that Kata'ib al-Imam Ali denied any role in the attack near Samarra, Iraq.",
        ["iq-shafaq", "iq-kataib-imam-ali-literal"],
    ),
    (  # a site's name rendered as an English word, with the noun MT puts around it
        "According to the site of Writings, the Guardians of the Blood Brigades claimed the attack in Basra.",
        "According to the Kitabat site, Saraya Awliya al-Dam claimed the attack in Basra.",
        ["iq-kitabat-literal-site", "iq-saraya-awliya-al-dam-literal"],
    ),
    (  # no country named, but a related name (an Iraqi bloc) ties the report to Iraq
        "The blocs agreed on the budget, according to the site of Writings. The Sovereignty Alliance welcomed it.",
        "The blocs agreed on the budget, according to the Kitabat site. The Sovereignty Alliance welcomed it.",
        ["iq-kitabat-literal-site"],
    ),
    (  # half-translated: the Arabic head kept, the rest rendered
        "The popular crowd said that Saraya peace had handed over its positions in Samarra.",
        "The Popular Mobilization Forces said that Saraya al-Salam had handed over its positions in Samarra.",
        ["pmf", "saraya-al-salam"],
    ),
    (  # a surname in a spelling no list has, alone and at the start of a sentence
        "Al-Muhendis was killed near Baghdad airport; al-Muhendis had led the staff.",
        "Al-Muhandis was killed near Baghdad airport; al-Muhandis had led the staff.",
        ["surname-al-muhandis", "surname-al-muhandis"],
    ),
    (  # a spokesman's surname with a guessed ending
        "Basim al-Awady, the government spokesman, said the inquiry was continuing in Baghdad.",
        "Basim al-Awadi, the government spokesman, said the inquiry was continuing in Baghdad.",
        ["surname-al-awadi"],
    ),
    (  # the article glued on a name English writes without it
        "Prime Minister Aldbeibah said in Tripoli that elections would be held, and Khalifa Hafter rejected the plan.",
        "Prime Minister Dbeibah said in Tripoli that elections would be held, and Khalifa Haftar rejected the plan.",
        ["surname-dbeibah", "ly-haftar"],
    ),
    (  # a party's calque keeps "the" before its English head noun
        "In Lebanon, the speaker Nabih Bari met Sleiman Frangieh, and the Giants Current named its candidate.",
        "In Lebanon, the speaker Nabih Berri met Sleiman Frangieh, and the Marada Movement named its candidate.",
        ["lb-berri", "lb-marada-literal"],
    ),
    (  # Iranian names read from their Arabic spelling (no p in Arabic)
        "President Masoud Bezeshkian received the Iraqi minister, and Abbas Iraqchi said the talks were positive.",
        "President Masoud Pezeshkian received the Iraqi minister, and Abbas Araghchi said the talks were positive.",
        ["ir-pezeshkian", "ir-araghchi"],
    ),
    (
        "Sudan's army said the Quick Support Forces had attacked El Fasher.",
        "Sudan's army said the Rapid Support Forces had attacked El Fasher.",
        ["sd-rsf-literal"],
    ),
    (
        "The Beacon channel, close to Hezbollah, said the strike hit a building in Beirut.",
        "The Al-Manar channel, close to Hezbollah, said the strike hit a building in Beirut.",
        ["lb-manar-named-channel"],
    ),
    (  # an outlet's name that is common English, capitalised with "the" and its noun, the country named
        "Saudi officials told the Middle East newspaper that the talks in Riyadh had made progress.",
        "Saudi officials told the Asharq Al-Awsat newspaper that the talks in Riyadh had made progress.",
        ["sa-asharq-al-awsat-literal-the-newspaper"],
    ),
    (  # rows a hand-written rule repairs bring the calques of English words that rule lacks
        "In Beirut, the Future Stream and the Free National Stream met on Monday.",
        "In Beirut, the Future Movement and the Free Patriotic Movement met on Monday.",
        ["lb-future-literal", "lb-fpm-literal"],
    ),
    (  # a listed rendering with its noun keeps the noun; a head read back from the Arabic (تيار المردة)
        "In Beirut, the Squares channel said the Marada Stream would attend.",
        "In Beirut, the Al Mayadeen channel said the Marada Movement would attend.",
        ["lb-mayadeen-named-channel", "lb-marada"],
    ),
]

UNTOUCHED = [
    # house styles of the same names
    "Iraqi Prime Minister Muhammad Shia al-Sudani met Kurdistan Region President Nechirvan Barzani in Erbil.",
    "Moqtada al-Sadr, Kataib Hezbollah and Asaib Ahl al-Haq were named in the report on Iraq.",
    "Sheikh Tamim bin Hamad Al Thani received Abdullatif bin Rashid Al Zayani in Doha.",
    "Egyptian President Abdel Fattah al-Sisi spoke by phone with Najib Miqati, Lebanon's caretaker premier.",
    "Iran's Supreme Leader Ali Khamene'i, as the Library of Congress spells him, addressed Hizballah's leaders.",
    "Academic writing has Bashar al-Asad; US troops at Ain al-Asad air base, or Al Asad Airbase, are in Anbar.",
    "Abdul Hamid al-Dbeibah, as Asharq Al-Awsat writes his name, heads the Government of National Unity in Libya.",
    # glosses and explanations of the names
    'Saraya al-Salam, or "Peace Brigades", is the armed wing of the Sadrist movement in Iraq.',
    "Kitabat (Writings) is an Iraqi news site; Shafaq News takes its name from the twilight.",
    # the English words of a calque, used as English, with no country to tie them to a name
    "Peace Brigades International sent observers to Colombia in the 1990s.",
    "The Quick Support Forces of the fire brigade arrived within minutes.",
    "Writings on the wall told of the war, and the beacon channel guided ships into port.",
    # any newspaper of the region; the river; an outlet whose English name is a translation
    "A Middle East newspaper editor in Riyadh said the Euphrates was low, The New Arab reported from Doha.",
    # in lower case a calque of English words is that phrase, even with the country named
    "In Beirut, bankers said the trend of the future is a smaller cabinet and fewer peace brigades.",
    # no country named: the Island channel may be any channel
    "The Island channel showed the regatta on Sunday.",
]


@pytest.mark.parametrize(("source", "expected", "rules"), REPAIRED, ids=lambda v: v[:40] if isinstance(v, str) else "")
def test_mt_passage_is_repaired(source: str, expected: str, rules: list[str], normalizer: Normalizer) -> None:
    assert_repaired(normalizer, source, expected, rules)


@pytest.mark.parametrize("text", UNTOUCHED, ids=lambda v: v[:40])
def test_professional_english_is_left_alone(text: str, normalizer: Normalizer) -> None:
    assert_untouched(normalizer, text)


def test_repairs_are_a_fixed_point(normalizer: Normalizer) -> None:
    for _, expected, _ in REPAIRED:
        assert normalizer.normalize(expected).edits == []
