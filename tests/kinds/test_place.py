"""The place kind: unseen spellings of the gazetteer's places, repaired with evidence, flagged without."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from normalize import Normalizer
from normalize.errors import RulePackError
from normalize.namekeys import load_key_table
from normalize.packs import load_pack
from normalize.placematch import PlaceIndex, find, load_settings, place
from normalize.rules import pack_entry
from tests.kinds.gazetteer_fixtures import edits, flags, gazetteer_pack, shipped_settings

from ..conftest import assert_untouched

#: The shipped settings of the rule under test and the shipped key table, read once.
SETTINGS = shipped_settings("place_keys.yaml")
KEYS = shipped_settings("name_keys.yaml")
RULE = "unlisted-place-spelling"


@pytest.fixture(scope="module")
def alone() -> Normalizer:
    return Normalizer(select=[RULE])


def test_a_spelling_after_a_place_cue_is_repaired_and_so_is_the_same_spelling_later(alone: Normalizer) -> None:
    text = "Hundreds of farmers demonstrated in Nassiriyah on Sunday. Nassiriyah's governor promised more water."
    result = alone.normalize(text)
    assert result.text == (
        "Hundreds of farmers demonstrated in Nasiriyah on Sunday. Nasiriyah's governor promised more water."
    )
    assert edits(result) == [("Nassiriyah", "Nasiriyah"), ("Nassiriyah", "Nasiriyah")]
    assert result.flags == []
    assert {e.rule for e in result.edits} == {RULE}


def test_names_of_several_words_and_an_article_the_place_does_not_have(alone: Normalizer) -> None:
    syria = alone.normalize("A convoy left Deir Ezzor on Monday, Syrian sources said.")
    assert syria.text == "A convoy left Deir ez-Zor on Monday, Syrian sources said."
    assert edits(syria) == [("Deir Ezzor", "Deir ez-Zor")]
    iraq = alone.normalize("Forces raided hideouts in Salah el-Din governorate and in the orchards of Diyalah.")
    assert iraq.text == "Forces raided hideouts in Salahuddin governorate and in the orchards of Diyala."
    road = alone.normalize("The council approved the road between Al-Fallujah and Ramady, the Iraqi ministry said.")
    assert edits(road) == [("Al-Fallujah", "Fallujah"), ("Ramady", "Ramadi")]


def test_the_country_named_is_evidence_without_a_cue_else_the_spelling_is_flagged(alone: Normalizer) -> None:
    libya = alone.normalize("Benghazy said on Monday that the Libyan talks would resume.")
    assert libya.text == "Benghazi said on Monday that the Libyan talks would resume."
    bare = alone.normalize("Benghazy said on Monday that talks would resume.")
    assert bare.text == "Benghazy said on Monday that talks would resume."
    assert bare.edits == [] and flags(bare) == [("Benghazy", "Benghazi")]
    assert "perhaps Benghazi" in bare.flags[0].message


def test_a_place_repaired_on_a_cue_names_its_country_for_the_others(alone: Normalizer) -> None:
    result = alone.normalize("The trucks entered the province of Edlib. Maarat al-Nouman received 12 of them.")
    assert edits(result) == [("Edlib", "Idlib"), ("Maarat al-Nouman", "Maarat al-Numan")]


def test_a_cue_in_a_report_on_another_country_is_no_evidence(alone: Normalizer) -> None:
    # Hasakah is in Syria; a report that names only Iraq may mean some other place
    assert_untouched(alone, "Iraqi officials met in Hasakeh on Monday.")


def test_two_places_as_close_as_each_other_are_only_flagged(alone: Normalizer) -> None:
    result = alone.normalize("Clashes broke out in Jeneen on Monday.")  # Jenin (PS), El Geneina (SD)
    assert result.edits == [] and flags(result) == [("Jeneen", "Jenin")]


def test_a_place_only_the_generated_table_lists_is_only_flagged(alone: Normalizer) -> None:
    result = alone.normalize("Officials met in Talkalakh on Monday, Syrian sources said.")
    assert result.edits == [] and flags(result) == [("Talkalakh", "Tallkalakh")]


@pytest.mark.parametrize(
    "text",
    [
        "Oil exports from Basrah rose, and the province of Al Anbar was connected to the grid.",
        "Flights resumed between Sana'a and Amman, and farmers in Idleb and Deir al-Zor sowed wheat.",
        "Irbil and Nasiriya both hosted trade fairs, Iraqi officials said.",
        "The Germany that emerged after 1990 was larger, Iranian officials said.",  # a country, not Kerman
        "Iraqi officials met in Naples and Kiev on Monday.",  # cities of the world, not Nablus or El Kef
        "Officials met in Singer on Monday, Iraqi sources said.",  # an English word
        "In Amman, Ramady Ahmed welcomed the Iraqi delegation.",  # one of a person's names
        "The ministry's spokesman, Asim Jihad, said in Baghdad that exports rose.",  # after a role word
        "Protests spread in the city of Tabqa, Syrian sources said.",  # Al-Tabqa without its article
        'The town of Nasiriyah (sometimes spelt "Nassiriyah") was calm, Iraqi sources said.',
    ],
)
def test_house_styles_known_names_and_people_are_left_alone(alone: Normalizer, text: str) -> None:
    assert_untouched(alone, text)


def test_capitals_are_kept(alone: Normalizer) -> None:
    result = alone.normalize("NASSIRIYAH: hundreds of farmers demonstrated in Iraq on Sunday.")
    assert result.text == "NASIRIYAH: hundreds of farmers demonstrated in Iraq on Sunday."


def test_a_word_closer_to_a_persons_name_than_to_the_place_is_not_taken() -> None:
    table, settings = load_key_table(KEYS), load_settings(SETTINGS)
    places = [place("IQ: Sulaymaniyah|Sulaimaniyah")]
    text = "Crowds gathered in Soleimany on Monday, Iraqi sources said."
    with_person = PlaceIndex(table, settings, places, [], ["Soleimani"], {"IQ": ["Iraqi"]})
    without = PlaceIndex(table, settings, places, [], [], {"IQ": ["Iraqi"]})
    assert find(text, with_person) == []
    assert [(f.replacement, f.certain) for f in find(text, without)] == [("Sulaymaniyah", True)]


def test_the_rule_shows_its_places_and_settings() -> None:
    rules = {r.id: r for r in Normalizer().rules}
    entry = pack_entry(rules[RULE])
    assert entry["kind"] == "place"
    assert "IQ: Nasiriyah|Nasiriya|Nassiriya" in entry["places"]
    assert "LB,LY: Tripoli" in entry["places"]  # one place, two countries
    assert "SY?: Tallkalakh" in entry["places"]  # only in the generated table
    assert entry["settings"]["min_key"] == 3 and "province of" in entry["settings"]["cues_before"]
    assert {"Germany", "Naples", "Basrah"} <= set(entry["known"])


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ({"places": []}, "'places' must list at least one place"),
        ({"settings": {**SETTINGS, "min_key": 0}}, "settings: 'min_key' must be a number from 1 to 100"),
        ({"settings": {**SETTINGS, "cues_before": []}}, "settings: 'cues_before' must be a list of words"),
        ({"keys": {**KEYS, "min_similarity": 500}}, "keys: 'min_similarity' must be a number from 1 to 100"),
        ({"countries": ["IQ"]}, "'countries' must map an ISO code to the words that name the country"),
    ],
)
def test_a_malformed_rule_is_refused(tmp_path: Path, rule: dict[str, object], message: str) -> None:
    item: dict[str, object] = {"id": "places", "kind": "place", "category": "transliteration", "message": "m"}
    item.update({"places": ["IQ: Nasiriyah"], "keys": KEYS, "settings": SETTINGS, **rule})
    pack = tmp_path / "places.yaml"
    pack.write_text(yaml.safe_dump({"pack": "places", "rules": [item]}), encoding="utf-8")
    with pytest.raises(RulePackError) as caught:
        load_pack(pack)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


#: Two places of one's own, each with a house style.
PLACE_ROWS = "iq-nas\tNasiriyah\tالناصرية\tcity\tIQ\t\tNasiriya\t\t\nsy-idl\tIdlib\tإدلب\tcity\tSY\t\tIdleb\t\t\n"


def test_a_gazetteer_of_ones_own_places_brings_the_rule(tmp_path: Path) -> None:
    settings = {**SETTINGS, "rule": {"id": "my-places", "category": "transliteration", "message": "m"}}
    rules = {r.id: r for r in load_pack(gazetteer_pack(tmp_path, "place", PLACE_ROWS, settings)).rules}
    assert rules["my-places"].kind == "place"
    assert rules["my-places"].places == ("IQ: Nasiriyah|Nasiriya", "SY: Idlib|Idleb")  # type: ignore[attr-defined]


def test_malformed_place_settings_in_a_gazetteer_are_one_line(tmp_path: Path) -> None:
    with pytest.raises(RulePackError) as caught:
        load_pack(gazetteer_pack(tmp_path, "place", PLACE_ROWS, {**SETTINGS, "margin": "wide"}))
    assert "gazetteer: 'margin' must be a number from 1 to 100" in str(caught.value)
    assert "\n" not in str(caught.value)
