"""Session 20, spellings: a generated house style's spelling of a person, judged by the document.

The transliteration table calls a vowel (Zaydan for Zaidan, al-Juburi for al-Jubouri) and "el-"
for "al-" house styles. A spelling the gazetteer LISTS for anyone ("Moqtada al-Sadr") is an
outlet's and stays in any document; one only the table GENERATES is mended

- where the document reads as machine translation (``unlisted-name-spelling-house-style``,
  held back elsewhere by ``evidence.judge``), and
- in any document that also names the person as the gazetteer does, or misspelt: one name
  spelt two ways follows no house style (``unlisted-name-spelling-two-ways``).

Guards: consistent professional English stays byte-identical, a surname written bare keeps no
article, and another man of a similar name (Sami al-Ameri beside Hadi al-Amiri) is not merged.
"""

from __future__ import annotations

from normalize import Normalizer
from normalize.evidence import GENERATED_STYLE, house_styles
from normalize.model import Edit

from .conftest import assert_repaired, assert_untouched

HOUSE = "unlisted-name-spelling-house-style"
TWO_WAYS = "unlisted-name-spelling-two-ways"


def test_a_generated_vowel_style_is_mended_in_machine_translation(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The head of the Supreme Judicial Council Faiq Zaydan received the delegation of the mission.The two"
        " sides discussed the cooperation.Zaydan affirmed the independence of the judiciary.",
        "The head of the Supreme Judicial Council Faiq Zaidan received the delegation of the mission. The two"
        " sides discussed the cooperation. Zaidan affirmed the independence of the judiciary.",
        [HOUSE, "missing-space-after-period", f"{HOUSE}+missing-space-after-period"],
    )


def test_the_article_el_is_mended_in_machine_translation(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The Sadrist leader Muqtada el-Sadr called his followers to calm.The statement was read in Kufa.The"
        " crowd dispersed.",
        "The Sadrist leader Muqtada al-Sadr called his followers to calm. The statement was read in Kufa. The"
        " crowd dispersed.",
        [HOUSE, "missing-space-after-period", "missing-space-after-period"],
    )


def test_a_listed_style_stays_in_machine_translation(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The Sadrist leader Moqtada al-Sadr called his followers to calm.The statement was read in Kufa.The"
        " crowd dispersed.",
        "The Sadrist leader Moqtada al-Sadr called his followers to calm. The statement was read in Kufa. The"
        " crowd dispersed.",
        ["missing-space-after-period", "missing-space-after-period"],
    )


def test_the_canonical_name_beside_a_style_makes_two_ways(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "Kirkuk governor Rakan al-Jubouri opened a water project on Tuesday. Al-Juburi said it would serve"
        " the villages south of the city.",
        "Kirkuk governor Rakan al-Jubouri opened a water project on Tuesday. Al-Jubouri said it would serve"
        " the villages south of the city.",
        [TWO_WAYS],
    )


def test_a_bare_surname_keeps_no_article(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "Parliament Speaker Mohammed al-Halbousi received the French ambassador on Thursday. Halbusi"
        " discussed with him the reconstruction of the liberated areas.",
        "Parliament Speaker Mohammed al-Halbousi received the French ambassador on Thursday. Halbousi"
        " discussed with him the reconstruction of the liberated areas.",
        [TWO_WAYS],
    )


def test_a_consistent_style_in_a_short_document_stays(normalizer: Normalizer) -> None:
    assert_untouched(
        normalizer,
        "Rakan al-Juburi, the Kirkuk governor, spent much of his first year in office negotiating with"
        " Kurdish parties over jobs. Al-Juburi, a Sunni Arab, has said the posts will be shared.",
    )


def test_a_consistent_el_article_in_professional_english_stays(normalizer: Normalizer) -> None:
    assert_untouched(
        normalizer,
        "Khamis el-Khanjar, who leads the Sovereignty Alliance, said on Monday that his bloc would vote for"
        " the budget once the share of the western provinces was settled. El-Khanjar, a businessman from"
        " Anbar who made his fortune abroad, has spent the past year courting Sunni voters who feel left"
        " behind by the reconstruction effort. An aide to el-Khanjar said talks with the Coordination"
        " Framework would resume after the holiday, and that the alliance expected a deal before the end of"
        " the month. Diplomats in Baghdad said the outcome would shape the coalition that emerges after the"
        " provincial vote, which is due in December.",
    )


def test_another_man_of_a_similar_name_is_not_merged(normalizer: Normalizer) -> None:
    result = normalizer.normalize(
        "Badr leader Hadi al-Amiri met on Sunday the lawyer Sami al-Ameri in Baghdad.The meeting discussed"
        " the draft law.The lawyer presented his remarks."
    )
    assert "Sami al-Ameri" in result.text
    assert [e.rule for e in result.edits] == ["missing-space-after-period", "missing-space-after-period"]


def test_only_a_house_style_repair_alone_is_held() -> None:
    def edit(rule: str) -> Edit:
        return Edit(0, 6, "Zaydan", "Zaidan", rule, "transliteration", "")

    edits = [edit(HOUSE), edit(f"{HOUSE}+missing-space-after-period"), edit(TWO_WAYS), edit("unlisted-name-spelling")]
    assert house_styles(edits) == {0: GENERATED_STYLE}


def test_the_house_style_on_maps_a_generated_style_anywhere() -> None:
    assert_repaired(
        Normalizer(style=True),
        "Rakan al-Juburi, the Kirkuk governor, spent much of his first year in office negotiating with"
        " Kurdish parties over jobs. Al-Juburi, a Sunni Arab, has said the posts will be shared.",
        "Rakan al-Jubouri, the Kirkuk governor, spent much of his first year in office negotiating with"
        " Kurdish parties over jobs. Al-Jubouri, a Sunni Arab, has said the posts will be shared.",
        [HOUSE, HOUSE],
    )


def test_a_repeated_misspelling_opening_a_sentence_is_mended_too(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "Interior Minister Abdul Amir al-Shamari met the ambassador. Al-Shamari said the talks were good.",
        "Interior Minister Abdul Amir al-Shammari met the ambassador. Al-Shammari said the talks were good.",
        ["unlisted-name-spelling", "unlisted-name-spelling"],
    )


def test_an_article_the_name_lacks_is_no_style_to_mend(normalizer: Normalizer) -> None:
    assert_untouched(
        normalizer,
        "The foreign minister of Libya, Najla al-Mangoush, said she would travel to Rome on Monday.",
        flags_allowed=True,
    )
