"""Arabic construct chains (idafa) and Arabic's generic article, as MT carries them into English."""

from __future__ import annotations

import pytest

from normalize import Normalizer

from .conftest import assert_repaired, assert_untouched


def test_a_commodity_chain_with_both_articles_becomes_the_compound(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The prices of the oil fell on Monday, and the revenues of the oil covered the budget.",
        "Oil prices fell on Monday, and oil revenues covered the budget.",
        ["idafa-commodity-plural", "idafa-commodity-plural"],
    )


def test_a_singular_head_keeps_its_article(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "Investment in the sector of the oil slowed this year as the crisis of the electricity worsened.",
        "Investment in the oil sector slowed this year as the electricity crisis worsened.",
        ["idafa-commodity-singular", "idafa-commodity-singular"],
    )


def test_rights_chains_become_the_english_compound(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The organizations of human rights condemned the arrests, and the activists of the civil society"
        " organized a sit-in.",
        "Human rights organizations condemned the arrests, and civil society activists organized a sit-in.",
        ["idafa-rights-compound", "idafa-rights-compound"],
    )


def test_the_electric_current_of_a_supply_is_electricity(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "Residents spent fourteen hours without the electric current, and the ministry promised"
        " the return of the electric current.",
        "Residents spent fourteen hours without electricity, and the ministry promised the return of electricity.",
        ["electric-current-supply", "electric-current-supply"],
    )


def test_a_social_ill_as_the_subject_of_a_general_truth_loses_its_article(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "He said that the unemployment and the inflation remain the biggest challenges."
        " The terrorism still targets the grid.",
        "He said that unemployment and inflation remain the biggest challenges. Terrorism still targets the grid.",
        ["generic-abstract-noun-subject", "generic-abstract-noun-subject"],
    )


def test_a_widened_social_ill_after_a_word_of_fighting(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The plan is a war against the poverty and the hunger.",
        "The plan is a war against poverty and hunger.",
        ["article-before-generic-abstract-noun"],
    )


def test_market_classes_and_civilians_named_in_general(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The producers and the consumers alike will pay, and the army must protect the civilians.",
        "Producers and consumers alike will pay, and the army must protect civilians.",
        ["generic-plural-pair", "generic-civilians-after-harm"],
    )


@pytest.mark.parametrize(
    "text",
    [
        "The revenues of the oil sector rose although the prices of the oil exported by the region fell.",
        "The prices of oil rose, and the exports of the oil and the gas are reported separately.",
        "The Organization of the Petroleum Exporting Countries met the Ministry of Oil.",
        "The work of the committee formed by the Council of Ministers will continue.",
        "The report listed the violations of human rights in the prisons.",
        "The corruption in the ministry was exposed, and the corruption of those years cost billions.",
        "Engineers measured the electric current flowing through the cable.",
        "The civilians who fled returned, and the rich and the poor alike suffer.",
        "The buyers and the sellers of the land signed the contracts.",
        "He said the inflation rate remains high and the poverty line is the measure.",
    ],
)
def test_english_of_the_same_shapes_is_left_alone(normalizer: Normalizer, text: str) -> None:
    assert_untouched(normalizer, text)


def test_a_mass_noun_after_a_word_of_change_loses_its_article(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "Prices fell amid fears of a slowdown in the demand, and the crisis of the housing deepened.",
        "Prices fell amid fears of a slowdown in demand, and the housing crisis deepened.",
        ["change-in-the-generic-mass-noun", "idafa-commodity-singular"],
    )


def test_a_mass_noun_narrowed_by_what_follows_keeps_its_article(normalizer: Normalizer) -> None:
    assert_untouched(
        normalizer,
        "An increase in the demand for housing and a fall in the supply of credit followed;"
        " the exchange rate of the dollar against the dinar rose.",
    )
