"""Bodies of the whole region rendered as calques: the gazetteer rows of the s10-bodies block.

Arabic outlets name UN missions, armies' commands, regulators, state companies, shrines and
parliaments in Arabic words, and machine translation renders those words literally: UNIFIL as
"the International Emergency Forces", Israel's Northern Command as "the Northern Region
Command", the Imam Hussein Holy Shrine as "the Holy Husseini Threshold".  Each row lists the
renderings; the head words Arabic shares (جهاز "Apparatus", قيادة "Leadership", مؤسسة
"Foundation", هيئة "Commission") are swapped by `english_senses` for every row whose Arabic has
them.  A rendering made only of English words is repaired only where the document names the
body's country (or the row's own context words), and only in capitals.
"""

from __future__ import annotations

from normalize import Normalizer

from .conftest import assert_repaired, assert_untouched


def test_unifil_rendered_as_the_emergency_forces_is_named(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "A patrol of the International Emergency Forces was stopped near Naqoura in southern Lebanon.",
        "A patrol of UNIFIL was stopped near Naqoura in southern Lebanon.",
        ["lb-unifil-literal"],
    )


def test_emergency_forces_in_lower_case_or_without_lebanon_stay(normalizer: Normalizer) -> None:
    assert_untouched(normalizer, "In Lebanon the civil defence sent international emergency forces to the fire.")
    assert_untouched(normalizer, "Red Cross teams and International Emergency Forces reached the flooded town.")


def test_israeli_regional_commands_take_their_english_names(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The Israeli army said the Northern Region Command and the Internal Front Command raised the alert.",
        "The Israeli army said the Northern Command and the Home Front Command raised the alert.",
        ["il-northern-command-literal", "il-home-front-command-literal"],
    )


def test_iraqs_holy_shrines_are_not_thresholds(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The Holy Husseini Threshold and the Holy Abbasid Threshold received the pilgrims.",
        "The Imam Hussein Holy Shrine and the Al-Abbas Holy Shrine received the pilgrims.",
        ["iq-hussein-shrine", "iq-abbas-shrine"],
    )


def test_the_askari_shrine_is_repaired_only_where_iraq_is_named(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "Pilgrims reached the Holy Military Threshold in Samarra, Iraq.",
        "Pilgrims reached the Al-Askari Holy Shrine in Samarra, Iraq.",
        ["iq-askari-shrine-literal"],
    )
    assert_untouched(normalizer, "The novel is called The Holy Military Threshold.")


def test_a_state_company_named_by_its_arabic_words(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "Iraq's Ministry of Oil said the Central Oil Company raised its output in Baghdad.",
        "Iraq's Ministry of Oil said the Midland Oil Company raised its output in Baghdad.",
        ["iq-midland-oil-literal"],
    )


def test_lebanons_power_utility_is_no_foundation(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "Residents said the Lebanon Electricity Foundation cut supply to Beirut for ten hours.",
        "Residents said Electricité du Liban cut supply to Beirut for ten hours.",
        ["lb-edl-literal"],
    )
    assert_untouched(normalizer, "Electricity of Lebanon (EDL) cut supply to Beirut for ten hours.")


def test_regulators_and_auditors_of_egypt_and_the_gulf(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "Egypt's Administrative Control Commission arrested an official in Giza.",
        "Egypt's Administrative Control Authority arrested an official in Giza.",
        ["eg-aca-literal"],
    )
    assert_repaired(
        normalizer,
        "The Saudi Control and Anti-Corruption Authority arrested 112 people in Riyadh.",
        "The Saudi Oversight and Anti-Corruption Authority arrested 112 people in Riyadh.",
        ["sa-nazaha-literal"],
    )


def test_international_bodies_as_arabic_outlets_name_them(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The United Nations Childhood Organization warned of malnutrition among children in Yemen.",
        "UNICEF warned of malnutrition among children in Yemen.",
        ["un-unicef"],
    )
    assert_repaired(
        normalizer,
        "The International Amnesty Organization said the detainees were tortured.",
        "Amnesty International said the detainees were tortured.",
        ["un-amnesty"],
    )
    assert_repaired(
        normalizer,
        "The Organization of Oil Exporting Countries kept its crude output unchanged.",
        "The Organization of the Petroleum Exporting Countries kept its crude output unchanged.",
        ["un-opec"],
    )


def test_an_apparatus_is_a_service_where_the_row_has_jihaz(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The General Intelligence Apparatus said it foiled a plot in Port Sudan.",
        "The General Intelligence Service said it foiled a plot in Port Sudan.",
        ["sd-gis"],
    )


def test_maghreb_parliaments_and_security_services(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The Council of the People's Deputies in Tunisia passed the budget.",
        "The Assembly of the Representatives of the People in Tunisia passed the budget.",
        ["tn-arp"],
    )
    assert_repaired(
        normalizer,
        "Morocco's Central Office for Judicial Research dismantled a cell in Tangier.",
        "Morocco's Central Bureau of Judicial Investigations dismantled a cell in Tangier.",
        ["ma-bcij-literal"],
    )


def test_professional_names_of_the_new_rows_stay(normalizer: Normalizer) -> None:
    text = (
        "UNIFIL peacekeepers, the Home Front Command, the Imam Hussein Holy Shrine, the Midland Oil"
        " Company in Iraq, Electricité du Liban, Egypt's Administrative Control Authority, UNICEF and"
        " Amnesty International were all named in the report on Lebanon, Israel and Iraq."
    )
    assert_untouched(normalizer, text)
