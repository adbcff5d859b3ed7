"""Spellings the gazetteer lists as MT errors: mended in any document, and their surname alone with them."""

from __future__ import annotations

from normalize import Normalizer
from normalize.gazetteer import Entry
from normalize.gazetteer_items import listed_surname_rules

_NORMALIZER = Normalizer()

#: Fluent English of some length with nothing MT leaves behind but the names.
_FLUENT = (
    "The commander of the eastern forces met the speaker of the House of Representatives at his headquarters "
    "outside Benghazi on Saturday. The two men discussed the plans of the United Nations mission for a new "
    "road map towards elections, their offices said in separate statements issued after the meeting. The "
    "speaker told the commander that the parliament would approve a special budget for the reconstruction "
    "of Derna before the summer, and observers in Tripoli said the meeting showed that the eastern camp was "
    "coordinating its position before the next round of talks, which the mission wants to hold next month. "
    "Diplomats said the envoy would travel to Cairo and Ankara later in the week to brief both governments. "
)


def _person(row_id: str, canonical: str, variants: tuple[str, ...], styles: tuple[str, ...] = ()) -> Entry:
    return Entry(row_id, canonical, "اسم", "person", "person", "LY", variants=variants, style_variants=styles)


def test_the_surname_alone_follows_the_listed_full_name() -> None:
    text = _FLUENT + "Khalifa Hafter received the envoy. Hafter said the army would stay neutral."
    result = _NORMALIZER.normalize(text)
    assert result.text.endswith("Khalifa Haftar received the envoy. Haftar said the army would stay neutral.")
    assert [(e.rule, e.original) for e in result.edits] == [
        ("ly-haftar", "Khalifa Hafter"),
        ("ly-haftar-surname-alone", "Hafter"),
    ]


def test_the_surname_alone_without_the_full_name_is_left() -> None:
    text = "Hafter said the army would stay neutral."
    assert _NORMALIZER.normalize(text).text == text


def test_a_word_another_row_uses_or_the_canonical_surname_makes_no_rule() -> None:
    rows = [
        _person("ly-a", "Khalifa Haftar", ("Khalifa Hafter", "Khalifa Haftar Jr")),
        _person("ly-b", "Aguila Saleh", ("Aqila Saleh",)),  # the surname is spelt right
        _person("ly-c", "Fathi Bashagha", ("Fathi Hafter",)),  # "Hafter" is another row's too
        _person("ly-d", "Omar Mukhtar", ("Omar Mokhtar",), styles=("Umar al-Mukhtar",)),
    ]
    rules = {rule["id"]: rule for rule in listed_surname_rules(rows)}
    assert sorted(rules) == ["ly-d-surname-alone"]
    rule = rules["ly-d-surname-alone"]
    assert (rule["canonical"], rule["variants"], rule["context"]) == (
        "Mukhtar",
        ["Mokhtar"],
        {"requires": ["Omar Mokhtar"]},
    )
    assert rule["examples"] == [
        {
            "in": "Omar Mokhtar arrived on Sunday. Mokhtar said on Monday that talks would resume.",
            "out": "Omar Mukhtar arrived on Sunday. Mukhtar said on Monday that talks would resume.",
        }
    ]


def test_a_listed_misspelling_in_fluent_text_is_mended_and_brings_the_generated_ones() -> None:
    # "Khalifa Hafter" and "Aqila Saleh" are listed as MT errors: mended although the text reads
    # fluently, and as evidence of translation they let a generated spelling ("Banghazi") be mended too.
    text = _FLUENT + "Khalifa Hafter and Aqila Saleh flew from Banghazi to Cairo."
    result = _NORMALIZER.normalize(text)
    assert result.evidence is not None and result.evidence.by_class == {"listed-misspellings": 2}
    assert result.text.endswith("Khalifa Haftar and Aguila Saleh flew from Benghazi to Cairo.")


def test_an_article_glued_on_in_lower_case_is_no_house_style() -> None:
    # "Aldbeibah" is generated, not listed, but English writes the article apart: mended in fluent text.
    text = _FLUENT + "Abdulhamid Aldbeibah did not attend. Aldbeibah's office said he was in Misrata."
    result = _NORMALIZER.normalize(text)
    assert result.evidence is not None and result.evidence.by_class == {"listed-misspellings": 2}
    assert result.text.endswith("Abdulhamid Dbeibah did not attend. Dbeibah's office said he was in Misrata.")


def test_an_article_set_apart_stays_as_house_style() -> None:
    text = _FLUENT + "Hadi al-Ameri did not attend. Al Ameri's office said he was in Basra."
    result = _NORMALIZER.normalize(text)
    assert result.evidence is not None and result.evidence.verdict == "professional"
    assert result.text == text
