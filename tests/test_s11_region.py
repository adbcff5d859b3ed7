"""What the field trial on the region's MT (Syria, Lebanon, Yemen, Palestine, Sudan, the Gulf) mended.

Passages of our own in the patterns the trial met: the order of age and nationality, the
Arabic dual with a singular noun, an event named "of" its year, state bodies called
institutions, republican decrees, wrongs "practised", "other" for "others", and a quotation
followed by a bare name with the verb of saying left out.
"""

from __future__ import annotations

import pytest

from normalize import Normalizer

from .conftest import assert_repaired, assert_untouched


@pytest.fixture(scope="module")
def normalizer() -> Normalizer:
    return Normalizer()


def test_age_goes_before_nationality(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "Two Palestinian young men were hurt, and a Syrian old man and an Egyptian young woman fled.",
        "Two young Palestinian men were hurt, and an old Syrian man and a young Egyptian woman fled.",
        ["nationality-before-age-word", "nationality-before-age-word-article", "nationality-before-age-word-article"],
    )


def test_article_at_a_sentence_start_keeps_its_capital(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "A Syrian old man was killed in the blast.",
        "An old Syrian man was killed in the blast.",
        ["nationality-before-age-word-article"],
    )


def test_the_dual_takes_the_plural(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The two country signed the deal, and the two side agreed that the two vice-president attended.",
        "The two countries signed the deal, and the two sides agreed that the two vice-presidents attended.",
        ["dual-the-two-singular", "dual-the-two-singular", "dual-the-two-singular"],
    )


def test_event_named_by_its_year(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "Relations have grown since the war of 2006 and the elections of 2018.",
        "Relations have grown since the 2006 war and the 2018 elections.",
        ["event-of-the-year", "event-of-the-year"],
    )


def test_institutions_and_decrees(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The presidential institution issued republican decisions, and the military institution obeyed.",
        "The presidency issued presidential decrees, and the military obeyed.",
        ["institution-calque", "republican-decree", "institution-calque"],
    )


def test_wrongs_are_committed_and_others_are_plural(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "He condemned the violations practised by settlers, who killed two and injured other.",
        "He condemned the violations committed by settlers, who killed two and injured others.",
        ["practised-by-calque", "others-not-other"],
    )


def test_comes_within_is_part_of(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The visit comes within the framework of efforts to end the war,"
        " and the raids come within the daily campaigns of the army.",
        "The visit is part of efforts to end the war, and the raids are part of the daily campaigns of the army.",
        ["comes-within-part-of", "comes-within-part-of"],
    )


def test_according_to_what_was_reported_by(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The council met, according to what was reported by the official agency.",
        "The council met, according to the official agency.",
        ["according-to-what-was-reported"],
    )


def test_occupied_city_recent_weeks_and_historic(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "Throughout the recent weeks, raids rose in the occupied Jerusalem, a historical turning point.",
        "In recent weeks, raids rose in occupied Jerusalem, a historic turning point.",
        ["in-recent-weeks", "occupied-city-no-article", "historic-not-historical"],
    )


def test_his_countrys_appreciation(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The envoy expressed the appreciation of his country for the truce.",
        "The envoy expressed his country's appreciation for the truce.",
        ["his-countrys-stance"],
    )


def test_quotation_with_a_bare_name_is_flagged() -> None:
    text = "“Our martyrs are our pride”, Mohammed Ali al-Houthi.\n\nThe gallery opened on Monday."
    result = Normalizer(select=["quote-then-bare-name"]).normalize(text)
    assert result.text == text
    assert [(f.rule, text[f.start : f.end]) for f in result.flags] == [
        ("quote-then-bare-name", "Mohammed Ali al-Houthi")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The War of 1812 ended, and the elections of 2018 and 2022 differed; the war of 1980-88 was long.",
        "The two-state solution and the two party system stay; the two side-by-side towers fell.",
        "A military institution in Cairo trains officers, and the Republican decision stood.",
        "The faith practised by millions stays, and the blast injured other people.",
        "Two young Palestinian men marched; the Palestinian Young Men's Association met.",
        "“We will not attend”, said Salem Nouri. “The deal holds”, Reuters.",
        "The town comes within range of the guns, and the case comes within the scope of the law.",
        "According to what he told reporters, the talks failed.",
        "The occupied Jerusalem neighbourhoods and the occupied Golan Heights; during the recent floods.",
        "The historical records of the period and a historical stage of development.",
        "He explained the position of his government on the talks.",
    ],
)
def test_english_is_left_alone(normalizer: Normalizer, text: str) -> None:
    assert_untouched(normalizer, text)


def test_this_came_during_is_flagged() -> None:
    text = "The war must end, he said. This came during his speech in Port Sudan. This came as a surprise."
    result = Normalizer(select=["this-came-during"]).normalize(text)
    assert result.text == text
    assert [(f.rule, text[f.start : f.end]) for f in result.flags] == [("this-came-during", "This came during")]
