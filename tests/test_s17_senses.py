"""Session 17, words in the wrong sense: Arabic news words machine translation gives their
dictionary sense (talaba read as "student", dabata as "controlled", muhafiz as "conservative",
al-miyah al-thaqila as "heavy water", bayyana as "between", sarf as "exchange").  Each family
in rules/senses/families.yaml is held here to an exact repair and its rule ids, and the
professional English that shares its words to no edit and no flag."""

from __future__ import annotations

import pytest

from normalize import Normalizer

from .conftest import assert_repaired, assert_untouched

REPAIRS = [
    (
        "The Ministry of Health recorded 95 new injuries from the coronavirus on Monday.",
        "The Ministry of Health recorded 95 new infections from the coronavirus on Monday.",
        ["infections-not-new-injuries"],
    ),
    (
        "The ministry issued the epidemiological stance, and the healing cases rose in Basra.",
        "The ministry issued the epidemiological situation, and recoveries rose in Basra.",
        ["situation-not-epidemiological-stance", "recoveries-not-healing-cases"],
    ),
    (
        "During the epidemic, 1,900 models were examined in the central laboratories.",
        "During the epidemic, 1,900 samples were examined in the central laboratories.",
        ["samples-not-models-examined"],
    ),
    (
        "The governor tightened on the importance of protecting the schools.",
        "The governor stressed the importance of protecting the schools.",
        ["stressed-not-tightened-on"],
    ),
    (
        "The union student the government to pay the teachers.",
        "The union called on the government to pay the teachers.",
        ["called-on-not-student"],
    ),
    (
        "The police controlled a quantity of hashish in a car in Karbala.",
        "The police seized a quantity of hashish in a car in Karbala.",
        ["seized-not-controlled-contraband"],
    ),
    (
        "The traffic police confiscated two wheels without plates.",
        "The traffic police confiscated two vehicles without plates.",
        ["vehicles-not-seized-wheels"],
    ),
    (
        "The MPs demanded the interrogation of the Minister of Oil in parliament.",
        "The MPs demanded the questioning of the Minister of Oil in parliament.",
        ["questioning-not-interrogation-of-minister"],
    ),
    (
        "The minister of electricity said two units entered the national system.",
        "The minister of electricity said two units entered the national grid.",
        ["national-grid-not-national-system"],
    ),
    (
        "The spokesman between that the roads are open.",
        "The spokesman explained that the roads are open.",
        ["explained-not-between-that"],
    ),
    (
        "The bank will complete the exchange of salaries on Sunday.",
        "The bank will complete the payment of salaries on Sunday.",
        ["payment-not-exchange-of-salaries"],
    ),
    (
        "The conservative of Diyala met the tribal elders.",
        "The governor of Diyala met the tribal elders.",
        ["governor-not-conservative-of-province"],
    ),
    (
        "The municipality repaired the heavy water network in Hilla.",
        "The municipality repaired the sewage network in Hilla.",
        ["sewage-not-heavy-water"],
    ),
    (
        "The council approved 900 functional grades for the families of the martyrs.",
        "The council approved 900 jobs for the families of the martyrs.",
        ["jobs-not-functional-grades"],
    ),
    (
        "The ministry received the owners of the victims in Baghdad.",
        "The ministry received the families of the victims in Baghdad.",
        ["families-not-owners-of-the-dead"],
    ),
    (
        "The officers were referred to retirement last year.",
        "The officers were retired last year.",
        ["retired-not-referred-to-retirement"],
    ),
    (
        "The trade ministry delayed the vocabulary of the ration card.",
        "The trade ministry delayed the items of the ration card.",
        ["items-not-vocabulary-of-ration"],
    ),
    (
        "The crisis cell extended the ban on roaming until Sunday.",
        "The crisis cell extended the curfew until Sunday.",
        ["curfew-not-roaming-ban"],
    ),
    (
        "The teams removed the transgressions on state land in Najaf.",
        "The teams removed the encroachments on state land in Najaf.",
        ["encroachments-not-transgressions"],
    ),
    (
        "The court issued a ruling with imprisonment for six years.",
        "The court issued a sentence of imprisonment for six years.",
        ["sentence-not-ruling-with"],
    ),
]

KEEPS = [
    "The noose tightened on the militants, and every student the school admitted had to pay.",
    "The rebels controlled a number of weapons depots; morphine is given in controlled quantities.",
    "The mechanic stole a glance at the wheel; the thieves stole two wheels of the bicycle.",
    "The police began the interrogation of the suspects and of the former minister.",
    "The difference between that plan and ours is small.",
    "The exchange rate of the dinar rose against the dollar.",
    "He is a conservative of the old school and the most conservative of Europe's leaders.",
    "The heavy water reactor at Arak was redesigned under the nuclear deal.",
    "The job grades of the civil service were reviewed by the committee.",
    "The owners of the missing dogs offered a reward.",
    "His file was referred to the retirement department.",
    "The vocabulary of the report was technical.",
    "The mobile operators lifted the ban on roaming charges.",
    "The cleric spoke of the transgressions of the rulers against the people.",
    "The court issued a ruling with far-reaching effects.",
    "The student achievement rate rose, and the success rate of the surgery was high.",
    "The electricity minister praised the national system of education.",
    "The healing process was slow, and the delays frustrated the negotiators.",
]


@pytest.mark.parametrize(("text", "expected", "rules"), REPAIRS)
def test_wrong_sense_words_take_their_news_sense(
    normalizer: Normalizer, text: str, expected: str, rules: list[str]
) -> None:
    assert_repaired(normalizer, text, expected, rules)


@pytest.mark.parametrize("text", KEEPS)
def test_professional_english_with_the_same_words_is_untouched(normalizer: Normalizer, text: str) -> None:
    assert_untouched(normalizer, text)


def test_a_quoted_speaker_keeps_the_national_system(normalizer: Normalizer) -> None:
    assert_untouched(
        normalizer,
        'The Minister of Electricity said that "the national system received 900 megawatts" on Monday.',
    )
