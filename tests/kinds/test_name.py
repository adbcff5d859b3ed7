"""The name kind: unseen spellings of the gazetteer's people, repaired with evidence, flagged without."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from normalize import Normalizer
from normalize.errors import RulePackError
from normalize.packs import load_pack
from normalize.rules import pack_entry
from tests.kinds.gazetteer_fixtures import edits, flags

from ..conftest import assert_untouched

RULE = "unlisted-name-spelling"


@pytest.fixture(scope="module")
def alone() -> Normalizer:
    return Normalizer(select=[RULE])


def test_a_full_name_and_the_surname_after_it_are_repaired(alone: Normalizer) -> None:
    text = "Syrian Foreign Minister Asaad al-Shibani arrived in Amman. Al-Shibani met Ayman Safadi."
    result = alone.normalize(text)
    assert result.text == "Syrian Foreign Minister Asaad al-Shaibani arrived in Amman. Al-Shaibani met Ayman Safadi."
    assert edits(result) == [("al-Shibani", "al-Shaibani"), ("Al-Shibani", "Al-Shaibani")]
    assert result.flags == []


def test_a_name_of_another_word_count_is_replaced_whole(alone: Normalizer) -> None:
    result = alone.normalize("Bahrain's foreign minister, Abdul Latif al-Ziani, arrived in Muscat.")
    assert result.text == "Bahrain's foreign minister, Abdullatif al-Zayani, arrived in Muscat."


def test_only_the_misspelt_words_of_a_name_change(alone: Normalizer) -> None:
    # "Abdel-Malik" is how other names write "Abdul-Malik": a first name's house style stays
    result = alone.normalize("The leader, Abdel-Malik al-Hothi, spoke. The spokesman Mohammed Abdulsalaam agreed.")
    assert edits(result) == [("al-Hothi", "al-Houthi"), ("Abdulsalaam", "Abdulsalam")]


def test_a_lone_surname_needs_evidence_else_it_is_flagged(alone: Normalizer) -> None:
    result = alone.normalize("Mikaty said on Monday that talks would resume.")
    assert result.text == "Mikaty said on Monday that talks would resume."
    assert flags(result) == [("Mikaty", "Mikati")]
    assert "perhaps Najib Mikati" in result.flags[0].message


def test_a_role_word_is_evidence_where_the_country_is_named(alone: Normalizer) -> None:
    lebanon = alone.normalize("In Beirut, Prime Minister Mikaty said that talks would resume.")
    assert edits(lebanon) == [("Mikaty", "Mikati")]
    elsewhere = alone.normalize("In Paris, Prime Minister Mikaty said that talks would resume.")
    assert elsewhere.edits == [] and flags(elsewhere) == [("Mikaty", "Mikati")]


def test_a_first_name_in_the_sentence_is_evidence(alone: Normalizer) -> None:
    result = alone.normalize("Masoud, the president, said Bezishkian would travel on Monday.")
    assert edits(result) == [("Bezishkian", "Pezeshkian")]


def test_a_different_first_name_with_no_one_of_the_family_named_is_left_alone(alone: Normalizer) -> None:
    """Another first name, and none of the people the surname may belong to named: the spelling may
    be that family's own ("lawyer Samir Sabry" is no misspelling of Ekrima Sabri), so no edit and no flag."""
    assert_untouched(alone, "Taha Mikaty, a businessman in Tripoli, spoke on Monday.")
    assert_untouched(alone, "Lawyer Samir Sabry filed the complaint in Cairo on Monday.")
    named = alone.normalize("Najib Mikati met Taha Mikaty, a businessman in Tripoli, on Monday.")
    assert named.edits == [] and flags(named) == [("Mikaty", "Mikati")]  # with Najib Mikati named, it is worth a look


def test_house_styles_english_words_and_other_names_are_left_alone(alone: Normalizer) -> None:
    for text in (
        "Prime Minister Najib Miqati, as some outlets write him, met Nawaf Salam in Beirut.",
        "Falih al-Fayyadh spoke in Baghdad. Al-Fayadh added that the forces would stay.",  # a doubled consonant
        "Bill Hope and Mark Rich said in Geneva that the grain deal was signed.",
        "The Houthi movement said in Sanaa that Hadi had left.",  # a short key says nothing alone
        "US President Joe Biden called Mustafa al-Kadhimi about the elections in Iraq.",
    ):
        assert_untouched(alone, text)


def test_a_gloss_or_a_quoted_spelling_is_not_repaired(alone: Normalizer) -> None:
    text = 'Najib Mikati (sometimes spelt "Mikaty") met the envoy in Beirut.'
    assert alone.normalize(text).edits == []


def test_the_rule_shows_its_people_and_keys_and_house_styles_show_on_their_rule() -> None:
    rules = {r.id: r for r in Normalizer().rules}
    entry = pack_entry(rules[RULE])
    assert entry["kind"] == "name"
    # the row's own spellings first, then the house styles its vowels generate
    mikati_names = [n for n in entry["names"] if n.startswith("LB: Najib Mikati|")]
    assert mikati_names == ["LB: Najib Mikati|Najib Miqati|Najeb Mikati|Najib Mekati|Najeb Mekati"]
    assert entry["keys"]["min_similarity"] == 72
    assert "Beirut" in entry["countries"]["LB"]
    mikati = pack_entry(rules["lb-mikati"])
    assert mikati["style_variants"] == ["Najib Miqati"] and mikati["style_on_request"] is True


def test_a_gazetteer_house_style_is_mapped_only_when_asked_for() -> None:
    machine = "Tripoli.The the Presidential Council met; the the envoy came. Najib Miqati spoke in Beirut."
    kept = Normalizer().normalize(machine)
    assert kept.evidence is not None and kept.evidence.verdict == "machine-translation"
    assert "Najib Miqati spoke" in kept.text
    assert "Najib Mikati spoke" in Normalizer(style=True).normalize(machine).text


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ({"names": []}, "'names' must list at least one person's name"),
        ({"keys": {"min_similarity": 500}}, "keys: 'min_similarity' must be a number from 1 to 100"),
        ({"countries": ["LB"]}, "'countries' must map an ISO code to the words that name the country"),
    ],
)
def test_a_malformed_rule_is_refused(tmp_path: Path, rule: dict[str, object], message: str) -> None:
    keys = yaml.safe_load((Path(__file__).resolve().parents[2] / "rules/gazetteer/name_keys.yaml").read_text())
    keys.pop("rule")
    item: dict[str, object] = {"id": "names", "kind": "name", "category": "transliteration", "message": "m"}
    item.update({"names": ["LB: Najib Mikati"], "keys": keys, **rule})
    pack = tmp_path / "names.yaml"
    pack.write_text(yaml.safe_dump({"pack": "names", "rules": [item]}), encoding="utf-8")
    with pytest.raises(RulePackError) as caught:
        load_pack(pack)
    assert message in str(caught.value)


def test_a_house_style_that_joins_or_splits_words_is_not_a_misspelling() -> None:
    # "Abdelrahim Dagalo" (one given name for two) and "Itamar Ben Gvir" (no hyphen) are the rows'
    # house styles: kept by default and with the house style on alike.
    for text in ("Abdelrahim Dagalo said the talks would resume.", "Itamar Ben Gvir said the talks would resume."):
        for normalizer in (Normalizer(), Normalizer(style=True)):
            result = normalizer.normalize(text)
            assert [e.rule for e in result.edits if e.rule == RULE] == []
    assert Normalizer().normalize("Abdelraheem Dagalo said so.").text == "Abdel Rahim Dagalo said so."


def test_an_article_the_name_does_not_have_makes_another_name_only_flagged(alone: Normalizer) -> None:
    # السيد and سعيد share a key once the article and the ʿayn are gone; MT never invents an article
    result = alone.normalize("The economist Karim al-Sayed told reporters in Beirut that prices rose.")
    assert result.text == "The economist Karim al-Sayed told reporters in Beirut that prices rose."
    assert result.edits == []
    assert flags(result) == [("al-Sayed", "Souaid")]
    # a canonical name with its article glued on still takes a hyphened one
    fixed = alone.normalize("Omani Foreign Minister Badr al-Bousaidi arrived in Tehran.")
    assert edits(fixed) == [("al-Bousaidi", "Albusaidi")]


def test_a_word_with_the_article_is_a_name_even_if_the_dictionary_lists_it(alone: Normalizer) -> None:
    # Webster's lists "hakeem" (a physician); with "al-" before it, it is Ammar al-Hakim's name misspelt
    result = alone.normalize("The cleric Ammar al-Hakeem met the prime minister in Baghdad.")
    assert result.text == "The cleric Ammar al-Hakim met the prime minister in Baghdad."
    assert edits(result) == [("al-Hakeem", "al-Hakim")]
    assert alone.normalize("The hakeem treated him.").edits == []
