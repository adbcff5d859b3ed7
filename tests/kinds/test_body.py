"""The body kind: unseen spellings of the gazetteer's organisations and outlets, repaired where certain."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from normalize import Normalizer
from normalize.errors import RulePackError
from normalize.evidence import PROFESSIONAL
from normalize.namekeys import load_key_table
from normalize.orgmatch import BodyIndex, body, find, load_settings
from normalize.packs import load_pack
from normalize.rules import pack_entry
from tests.kinds.gazetteer_fixtures import PROFESSIONAL_PARAGRAPH, edits, flags, gazetteer_pack, shipped_settings

from ..conftest import assert_untouched

#: The shipped settings of the rule under test and the shipped key table, read once.
SETTINGS = shipped_settings("body_keys.yaml")
KEYS = shipped_settings("name_keys.yaml")
RULE = "unlisted-body-spelling"


@pytest.fixture(scope="module")
def alone() -> Normalizer:
    return Normalizer(select=[RULE])


def test_a_whole_name_of_several_words_is_repaired(alone: Normalizer) -> None:
    text = "The Asaib Ahel al-Haq movement and the Kataib Sayed al-Shuhadaa faction rejected the proposal."
    result = alone.normalize(text)
    assert result.text == (
        "The Asa'ib Ahl al-Haq movement and the Kata'ib Sayyid al-Shuhada faction rejected the proposal."
    )
    assert edits(result) == [
        ("Asaib Ahel al-Haq", "Asa'ib Ahl al-Haq"),
        ("Kataib Sayed al-Shuhadaa", "Kata'ib Sayyid al-Shuhada"),
    ]
    assert result.flags == [] and {e.rule for e in result.edits} == {RULE}


def test_names_with_an_english_word_and_names_of_other_countries(alone: Normalizer) -> None:
    result = alone.normalize("Militants of Hyatt Tahrir al-Sham attacked; Anadolou Agency said 11 were killed.")
    assert edits(result) == [("Hyatt Tahrir al-Sham", "Hayat Tahrir al-Sham"), ("Anadolou Agency", "Anadolu Agency")]


def test_a_one_word_name_needs_a_word_naming_its_kind_else_it_is_flagged(alone: Normalizer) -> None:
    cued = alone.normalize("A source told Al-Sumeria News that the Al-Maseerah channel had the footage.")
    assert cued.text == "A source told Alsumaria News that the Al-Masirah channel had the footage."
    assert edits(cued) == [("Al-Sumeria", "Alsumaria"), ("Al-Maseerah", "Al-Masirah")]
    bare = alone.normalize("Tasneem said on Monday that talks would resume.")
    assert bare.text == "Tasneem said on Monday that talks would resume."
    assert bare.edits == [] and flags(bare) == [("Tasneem", "Tasnim")]
    assert "perhaps Tasnim" in bare.flags[0].message


def test_a_spelling_repaired_once_is_repaired_where_it_comes_back(alone: Normalizer) -> None:
    result = alone.normalize("The Tasneem agency quoted an official. Tasneem later deleted the report.")
    assert result.text == "The Tasnim agency quoted an official. Tasnim later deleted the report."
    assert result.flags == []


def test_the_text_keeps_a_house_styles_longer_form_and_its_article(alone: Normalizer) -> None:
    result = alone.normalize("The Al-Manaar TV said that the Al-Islaah Party and Libya Al-Ahraar agreed.")
    assert edits(result) == [
        ("Al-Manaar TV", "Al-Manar TV"),
        ("Al-Islaah Party", "Al-Islah Party"),
        ("Libya Al-Ahraar", "Libya al-Ahrar"),
    ]


def test_a_short_form_takes_the_canonical_name_without_its_kind_word_not_a_house_style(alone: Normalizer) -> None:
    # "Tagadum" is the house style one outlet writes for the Taqaddum coalition; the repair of a
    # misspelt short form is the canonical name's own word, so the Iraqi party's is right too.
    text = "The Sadrist leader hinted at new allies, and the Takadum alliance was ready to join the bloc."
    result = alone.normalize(text)
    assert edits(result) == [("Takadum", "Taqaddum")]
    assert result.text == text.replace("Takadum", "Taqaddum")


def test_a_place_of_the_same_name_is_taken_for_the_outlet_only_with_a_cue(alone: Normalizer) -> None:
    channel = alone.normalize("The Al-Mayadin channel reported the strikes.")
    assert edits(channel) == [("Al-Mayadin", "Al Mayadeen")]
    assert_untouched(alone, "Farmers near Mayadin said the river had risen.")


@pytest.mark.parametrize(
    "text",
    [
        "Kataeb Hezbollah and Asaib Ahl al-Haqq said on Monday that they would keep their weapons.",
        "Kata'ib Hizballah, as the State Department writes it, and Hizbullah's Al-Manar TV.",
        "The statement was carried by Al-Mayadeen, Aljazeera and Al Sumaria on Monday.",
        "In Tunisia, Ennahdha said it would boycott the vote.",
        "The Tishrin Dam was repaired, and the ancient city of Petra drew visitors.",  # a longer name; a place
        "In Kuwait, Sheikh Sabah al-Khalid received the ambassador of Oman.",  # a key too short
        "Amal Clooney spoke at the conference in Geneva on Monday.",
        "The Al-Ghadir channel said so.",  # the key of Al Jazeera ("kdr"), other letters
        "The Mawazeen channel said so.",  # a word of another outlet's listed name, not Al Mayadeen
        "Mawazin News and Sky News Arabia said so.",  # listed names: none of their words is looked at
        'The channel (sometimes spelt "Al-Maseerah") denied the report.',  # a spelling mentioned
        'Saraya al-Salam ("Peace Brigades") is the armed wing of the Sadrist movement.',  # a gloss
    ],
)
def test_house_styles_mentions_and_look_alike_words_are_left_alone(alone: Normalizer, text: str) -> None:
    assert_untouched(alone, text)


def test_a_house_style_is_mapped_only_when_the_user_asks_for_it() -> None:
    text = "Kataeb Hezbollah said on Monday that the truce held."
    assert Normalizer().normalize(text).text == text
    assert Normalizer(style=True).normalize(text).text == "Kata'ib Hezbollah said on Monday that the truce held."


def test_professional_english_keeps_its_own_spelling_of_an_outlet_without_a_flag() -> None:
    # The outlet's spelling in a professional article is its house style: no edit, no flag.
    text = (
        PROFESSIONAL_PARAGRAPH
        + "The Al-Maseerah channel said on Friday that the delegation had returned to the capital."
    )
    result = Normalizer().normalize(text)
    assert result.evidence is not None and result.evidence.verdict == PROFESSIONAL
    assert (result.text, result.edits, result.flags) == (text, [], [])
    # The same sentence with nothing around it is no professional article: the spelling is repaired.
    short = Normalizer().normalize("The Al-Maseerah channel said on Friday that the delegation had returned.")
    assert [(e.rule, e.original, e.replacement) for e in short.edits] == [(RULE, "Al-Maseerah", "Al-Masirah")]


def test_two_bodies_alike_are_only_flagged() -> None:
    table, settings = load_key_table(KEYS), load_settings(SETTINGS)
    bodies = [body("IQ organisation: Saraya al-Salam"), body("SY organisation: Saraya al-Salam Brigade|Saraya Salam")]
    index = BodyIndex(table, settings, bodies, [])
    [finding] = find("Fighters of Saraya al-Salaam withdrew.", index)
    assert (finding.replacement, finding.certain) == ("Saraya al-Salam", False)
    single = BodyIndex(table, settings, bodies[:1], [])
    assert [(f.replacement, f.certain) for f in find("Fighters of Saraya al-Salaam withdrew.", single)] == [
        ("Saraya al-Salam", True)
    ]


def test_a_listed_name_and_a_persons_name_are_not_taken() -> None:
    table, settings = load_key_table(KEYS), load_settings(SETTINGS)
    bodies = [body("LB media: Al Mayadeen|Al-Mayadeen")]
    text = "Officials in Al-Mayadin said so."
    assert [f.replacement for f in find(text, BodyIndex(table, settings, bodies, []))] == ["Al Mayadeen"]
    assert find(text, BodyIndex(table, settings, bodies, ["Al-Mayadin"])) == []  # a name a rule lists
    assert find(text, BodyIndex(table, settings, bodies, [], ["Mayadin"])) == []  # the town, no cue


def test_the_rule_shows_its_bodies_and_settings() -> None:
    rules = {r.id: r for r in Normalizer().rules}
    entry = pack_entry(rules[RULE])
    assert entry["kind"] == "body"
    # "bare": the name goes without "the", so a repair takes in the article before it
    assert "IQ organisation bare: Asa'ib Ahl al-Haq|Asaib Ahl al-Haq|League of the Righteous" in entry["bodies"]
    assert "LB media: Al Mayadeen|Al-Mayadeen" in entry["bodies"]
    # the rows' own variants, and what other packs' rules repair (their names in lower case)
    assert {"shafaj news", "peace brigades", "iraqi hezbollah brigades"} <= {k.casefold() for k in entry["known"]}
    assert "Mayadin" in entry["others"]
    assert entry["settings"]["min_key"] == 3 and "channel" in entry["settings"]["cues"]["media"]


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ({"bodies": []}, "'bodies' must list at least one organisation or outlet"),
        ({"settings": {**SETTINGS, "margin": 0}}, "settings: 'margin' must be a number from 1 to 100"),
        ({"settings": {**SETTINGS, "cues": {"media": ["tv"]}}}, "settings: 'cues' must map"),
        ({"keys": {**KEYS, "min_similarity": 500}}, "keys: 'min_similarity' must be a number"),
    ],
)
def test_a_malformed_rule_is_refused(tmp_path: Path, rule: dict[str, object], message: str) -> None:
    item: dict[str, object] = {"id": "bodies", "kind": "body", "category": "transliteration", "message": "m"}
    item.update({"bodies": ["IQ organisation: Saraya al-Salam"], "keys": KEYS})
    item.update({"settings": SETTINGS, **rule})
    pack = tmp_path / "bodies.yaml"
    pack.write_text(yaml.safe_dump({"pack": "bodies", "rules": [item]}), encoding="utf-8")
    with pytest.raises(RulePackError) as caught:
        load_pack(pack)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


#: One outlet of one's own, with a house style.
BODY_ROWS = "ye-masirah\tAl-Masirah\tالمسيرة\tmedia\tYE\t\tAl-Masirah TV\t\t\n"


def test_a_gazetteer_of_ones_own_bodies_brings_the_rule(tmp_path: Path) -> None:
    settings = {**SETTINGS, "rule": {"id": "my-bodies", "category": "transliteration", "message": "m"}}
    pack = gazetteer_pack(tmp_path, "body", BODY_ROWS, settings)
    rules = {r.id: r for r in load_pack(pack).rules}
    assert rules["my-bodies"].kind == "body"
    assert rules["my-bodies"].bodies == ("YE media bare: Al-Masirah|Al-Masirah TV",)  # type: ignore[attr-defined]
    result = Normalizer(packs=[pack], select=["my-bodies"]).normalize("The Al-Maseerah channel said so.")
    assert result.text == "The Al-Masirah channel said so."


def test_malformed_body_settings_in_a_gazetteer_are_one_line(tmp_path: Path) -> None:
    with pytest.raises(RulePackError) as caught:
        load_pack(gazetteer_pack(tmp_path, "body", BODY_ROWS, {**SETTINGS, "max_words": "many"}))
    assert "gazetteer: 'max_words' must be a number from 1 to 100" in str(caught.value)
    assert "\n" not in str(caught.value)
