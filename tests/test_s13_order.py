"""Arabic word order carried over at phrase level, repaired where the fix is certain.

MT keeps the order of the Arabic phrase: two renderings of one opener ("For his part, in his
turn,"), a nationality between a noun and its "of" ("the ministry Iraqi of the interior"), the
verb before its subject with "on the need" (akkada al-wazir 'ala), al-madhkur as "the mentioned",
and the wa- that opens every sentence ("And it is expected that").  English with the same words
in its own order, literary inversions and quotations are left alone.
"""

from __future__ import annotations

import pytest

from normalize import Normalizer

from .conftest import assert_repaired, assert_untouched


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("For his part, in his turn, the envoy left.", "For his part, the envoy left."),
        (
            "The talks ended. In its turn, for its part, the ministry agreed.",
            "The talks ended. For its part, the ministry agreed.",
        ),
        ("In turn, for her part, the mayor left.", "For her part, the mayor left."),
        ("From his side, for his part, the envoy left.", "For his part, the envoy left."),
    ],
)
def test_a_doubled_opener_is_said_once(normalizer: Normalizer, text: str, expected: str) -> None:
    assert_repaired(normalizer, text, expected, ["doubled-for-his-part"])


def test_in_his_turn_for_his_part_is_not_doubled_by_the_single_opener_rule(normalizer: Normalizer) -> None:
    result = normalizer.normalize("In his turn, for his part, the envoy thanked the hosts.")
    assert result.text == "For his part, the envoy thanked the hosts."
    assert "for his part, for his part" not in result.text.lower()


def test_a_nationality_between_a_noun_and_its_of_goes_first(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The ministry Iraqi of the interior announced the arrest.",
        "The Iraqi ministry of the interior announced the arrest.",
        ["nationality-after-noun-before-of"],
    )
    assert_repaired(
        normalizer,
        "The spokesman for the ministry Iraqi of defence said the forces advanced.",
        "The spokesman for the Iraqi ministry of defence said the forces advanced.",
        ["nationality-after-noun-before-of"],
    )


def test_verb_first_stressed_on_the_need_puts_the_subject_first(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "Stressed the Prime Minister on the need to protect the borders.",
        "The Prime Minister stressed the need to protect the borders.",
        ["verb-first-stressed-on", "stressed-on"],
    )


def test_the_mentioned_noun_loses_mentioned(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The police went to the mentioned area and arrested him.",
        "The police went to the area and arrested him.",
        ["the-mentioned-noun"],
    )


def test_and_it_is_and_this_comes_lose_the_arabic_wa(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The vote was held.\n\nAnd this comes after the talks. And it is expected that the council will meet.",
        "The vote was held.\n\nThis comes after the talks. It is expected that the council will meet.",
        ["and-opening-it-is-this", "and-opening-it-is-this"],
    )


def test_verb_first_action_takes_a_weekday_left_by_the_date_rule(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "Announced the Ministry of Health, today, Sunday, the registration of 20 cases.",
        "The Ministry of Health announced on Sunday the registration of 20 cases.",
        ["today-weekday-between-commas+verb-first-action"],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Said Hassan, a farmer, that the rains came late, and nobody listened.",
        '"Said the minister that we will win" was the headline.',
        "For his part, the envoy said nothing. The envoy, in his turn, spoke. In turn, the army withdrew.",
        "He waited for his turn, for his part in the play was small.",
        "The Iraqi Ministry of the Interior and the ministry of Iraqi affairs met.",
        "She mentioned the area twice; the above-mentioned report; the risks mentioned in the report.",
        "And it is here that we stand. And this is why.",
        "Stressed by the news, he went home.",
    ],
)
def test_english_order_and_quotations_are_left_alone(normalizer: Normalizer, text: str) -> None:
    assert_untouched(normalizer, text)


def test_a_noted_point_opener_without_its_it_is_goes(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The visit is planned. Point to be noted that the president will visit Najaf.",
        "The visit is planned. The president will visit Najaf.",
        ["noted-point-opener"],
    )
    assert_untouched(normalizer, "A point to be noted: talks stalled. It was worth mentioning that the port closed.")


def test_verb_first_arrived_puts_the_subject_first_and_arrives_in_a_place(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "Arrived the Iranian delegation to Baghdad on Monday.",
        "The Iranian delegation arrived in Baghdad on Monday.",
        ["verb-first-arrived"],
    )
    assert_untouched(normalizer, "Arrived at a decision, the council adjourned. The delegation arrived in Baghdad.")


def test_verb_first_action_takes_verbs_of_approving_and_concluding(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "Approved the Council of Ministers the draft budget. Concluded the conference its work in Erbil.",
        "The Council of Ministers approved the draft budget. The conference concluded its work in Erbil.",
        ["verb-first-action", "verb-first-action"],
    )


def test_a_nationality_ending_a_construct_chain_goes_before_it(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The Ministry of Foreign Affairs Iraqi said the ambassador was summoned.",
        "The Iraqi Ministry of Foreign Affairs said the ambassador was summoned.",
        ["nationality-after-construct-chain"],
    )
    assert_untouched(normalizer, "The Ministry of Interior Iraqi officials named were not there.")


def test_a_nationality_between_a_title_and_a_name_goes_before_the_title(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "He met the President Syrian Bashar al-Assad in Damascus.",
        "He met the Syrian President Bashar al-Assad in Damascus.",
        ["nationality-between-title-and-name"],
    )
    assert_untouched(normalizer, "He thanked the envoy Saudi Arabia sent and the minister Iraqi Kurdistan named.")


def test_verb_first_met_with_puts_the_subject_first_and_drops_the_with(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "Met the Minister of Oil, Hayan Abdul-Ghani, with a delegation of the company in Baghdad.",
        "The Minister of Oil, Hayan Abdul-Ghani, met a delegation of the company in Baghdad.",
        ["verb-first-met-with"],
    )
    assert_untouched(normalizer, "Met with resistance, the army withdrew. The minister met with the ambassador.")


def test_verb_first_action_takes_verbs_of_opening_and_beginning(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "Opened the governor the new bridge. Began the delegation its visit to Amman.",
        "The governor opened the new bridge. The delegation began its visit to Amman.",
        ["verb-first-action", "verb-first-action"],
    )
    assert_untouched(normalizer, "Held the minister responsible, the crowd left. Opened in 1990, the bridge is old.")


def test_verb_first_stressed_on_keeps_a_clause_set_off_by_two_commas(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "Stressed the governor of Basra, Asaad al-Eidani, on the importance of the project.",
        "The governor of Basra, Asaad al-Eidani, stressed the importance of the project.",
        ["verb-first-stressed-on", "stressed-on"],
    )
