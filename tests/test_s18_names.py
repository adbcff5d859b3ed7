"""Session 18, names: spellings of the gazetteer's people that the matcher found but did not mend.

- A given name before an "al-" surname ("Mohamed Shiaa al-Sudani", "Aiman al-Safadi") was read
  as part of a longer transliterated phrase ("Hashd al-Shaabi"), a mention, and left misspelt:
  the mention cues are now read after the whole name.
- A two-word name with the father's name between its words ("Asaad Hassan al-Shibani").
- Two people sharing a key ("Rashad al-Olaimi": Rashad al-Alimi and Rachid Talbi Alami), settled
  by the given names as written.

Guards: a first name names.yaml lists ("Zeinab") is the writer's spelling; "Abd" for "Abdul" is
a compound head's style; "Ahmed Abdul Hussein" is a compound, no father's name; a surname that
is a spelling some name has is another family's.  Each repair is held to its exact text and rule
ids; professional English that names the same people is held to no edit and no flag.
"""

from __future__ import annotations

import pytest

from normalize import Normalizer

from .conftest import assert_repaired, assert_untouched


def test_a_given_name_before_an_al_surname_is_mended(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "Baghdad - The Prime Minister, Mohamed Shiaa al-Sudani, received on Monday the ambassador of Japan.",
        "Baghdad - The Prime Minister, Mohamed Shia al-Sudani, received on Monday the ambassador of Japan.",
        ["unlisted-name-spelling"],
    )


def test_a_given_name_and_a_listed_article_are_mended_together(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The Jordanian Foreign Minister, Aiman al-Safadi, said that the kingdom supports the agreement.",
        "The Jordanian Foreign Minister, Ayman Safadi, said that the kingdom supports the agreement.",
        ["unlisted-name-spelling+jo-safadi"],
    )


def test_the_fathers_name_between_first_name_and_surname(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "Damascus - The Syrian Foreign Minister, Asaad Hassan al-Shibani, arrived in Amman on Sunday,"
        " and al-Shibani met the king.",
        "Damascus - The Syrian Foreign Minister, Asaad Hassan al-Shaibani, arrived in Amman on Sunday,"
        " and al-Shaibani met the king.",
        ["unlisted-name-spelling", "unlisted-name-spelling"],
    )


def test_a_shared_key_is_settled_by_the_given_name_as_written(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "Aden - The head of the Presidential Leadership Council, Rashad al-Olaimi, met the envoy of the UN.",
        "Aden - The head of the Presidential Leadership Council, Rashad al-Alimi, met the envoy of the UN.",
        ["unlisted-name-spelling"],
    )


def test_a_name_broken_across_a_line_before_its_al_surname(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "Damascus - The Syrian Foreign Minister, Asaad Hassan\nal-Shibani, arrived in Amman on Sunday.",
        "Damascus - The Syrian Foreign Minister, Asaad Hassan\nal-Shaibani, arrived in Amman on Sunday.",
        ["unlisted-name-spelling"],
    )


@pytest.mark.parametrize(
    "text",
    [
        # "Abd al-Ghani" is Abdul Ghani in another style: no "Abdul al-Ghani"
        "The Minister of Oil, Hayan Abd al-Ghani, announced the signing of the contract.",
        # a compound surname, no father's name between: not Ahmad Husni
        "A member of the council, Ahmed Abdul Hussein, said that the vote will be held next week.",
        # a first name in a spelling names.yaml lists is the writer's
        "The head of the council, Abu Zeinab al-Lami, met the committee.",
        # a spelling of the surname some name has, after another man's names: not respelt
        "Ahmed Hassan al-Shara, a shopkeeper in Daraa, said prices had doubled.",
    ],
)
def test_guards_leave_these_names_alone(normalizer: Normalizer, text: str) -> None:
    assert_untouched(normalizer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Syrian Foreign Minister Asaad Hassan al-Shaibani met Jordan's Ayman Safadi in Amman on Sunday.",
        "Prime Minister Mohammed Shia' al-Sudani met Kurdistan Region President Nechirvan Barzani in Baghdad.",
        "Rashad al-Alimi, who chairs Yemen's Presidential Leadership Council, flew to Riyadh on Tuesday.",
        "Moroccan Minister Rachid Talbi Alami opened the session; Talbi Alami later thanked the delegates.",
    ],
)
def test_professional_english_naming_the_same_people_is_untouched(normalizer: Normalizer, text: str) -> None:
    assert_untouched(normalizer, text)


def test_iraqi_bodies_named_by_calque_take_their_english_names(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "Students of the Technological University protested in Baghdad on Monday.",
        "Students of the University of Technology protested in Baghdad on Monday.",
        ["iq-uot"],
    )
    assert_repaired(
        normalizer,
        "The Syndicate of Iraqi Journalists condemned the assault on the correspondent in Basra.",
        "The Iraqi Journalists Syndicate condemned the assault on the correspondent in Basra.",
        ["iq-journalists-syndicate-literal"],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Central Bank of Iraq governor Ali al-Alaq met US Treasury officials in Washington.",
        "Environment Minister Nizar Amedi and adviser Farhad Alaaldin attended the climate summit.",
        "Al-Zawraa beat Al-Shorta 2-1 in Baghdad on Friday, and Al-Quwa Al-Jawiya drew with Al-Talaba.",
        "Technological University of the Shannon and the University of Technology Sydney signed a deal.",
    ],
)
def test_professional_english_naming_the_new_rows_is_untouched(normalizer: Normalizer, text: str) -> None:
    assert_untouched(normalizer, text)
