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

RULE = "unlisted-body-spelling"
GAZETTEER = Path(__file__).resolve().parents[2] / "rules" / "gazetteer"


@pytest.fixture(scope="module")
def alone() -> Normalizer:
    return Normalizer(select=[RULE])


def _edits(result: object) -> list[tuple[str, str]]:
    return [(e.original, e.replacement) for e in result.edits]  # type: ignore[attr-defined]


def _flags(result: object) -> list[tuple[str, str]]:
    return [(f.detail["original"], f.detail["suggestion"]) for f in result.flags]  # type: ignore[attr-defined]


def _yaml(name: str) -> dict[str, object]:
    data = yaml.safe_load((GAZETTEER / name).read_text(encoding="utf-8"))
    data.pop("rule")
    return data


def test_a_whole_name_of_several_words_is_repaired(alone: Normalizer) -> None:
    text = "The Asaib Ahel al-Haq movement and the Kataib Sayed al-Shuhadaa faction rejected the proposal."
    result = alone.normalize(text)
    assert result.text == (
        "The Asa'ib Ahl al-Haq movement and the Kata'ib Sayyid al-Shuhada faction rejected the proposal."
    )
    assert _edits(result) == [
        ("Asaib Ahel al-Haq", "Asa'ib Ahl al-Haq"),
        ("Kataib Sayed al-Shuhadaa", "Kata'ib Sayyid al-Shuhada"),
    ]
    assert result.flags == [] and {e.rule for e in result.edits} == {RULE}


def test_names_with_an_english_word_and_names_of_other_countries(alone: Normalizer) -> None:
    result = alone.normalize("Militants of Hyatt Tahrir al-Sham attacked; Anadolou Agency said 11 were killed.")
    assert _edits(result) == [("Hyatt Tahrir al-Sham", "Hayat Tahrir al-Sham"), ("Anadolou Agency", "Anadolu Agency")]


def test_a_one_word_name_needs_a_word_naming_its_kind_else_it_is_flagged(alone: Normalizer) -> None:
    cued = alone.normalize("A source told Al-Sumeria News that the Al-Maseerah channel had the footage.")
    assert cued.text == "A source told Alsumaria News that the Al-Masirah channel had the footage."
    assert _edits(cued) == [("Al-Sumeria", "Alsumaria"), ("Al-Maseerah", "Al-Masirah")]
    bare = alone.normalize("Tasneem said on Monday that talks would resume.")
    assert bare.text == "Tasneem said on Monday that talks would resume."
    assert bare.edits == [] and _flags(bare) == [("Tasneem", "Tasnim")]
    assert "perhaps Tasnim" in bare.flags[0].message


def test_a_spelling_repaired_once_is_repaired_where_it_comes_back(alone: Normalizer) -> None:
    result = alone.normalize("The Tasneem agency quoted an official. Tasneem later deleted the report.")
    assert result.text == "The Tasnim agency quoted an official. Tasnim later deleted the report."
    assert result.flags == []


def test_the_text_keeps_a_house_styles_longer_form_and_its_article(alone: Normalizer) -> None:
    result = alone.normalize("The Al-Manaar TV said that the Al-Islaah Party and Libya Al-Ahraar agreed.")
    assert _edits(result) == [
        ("Al-Manaar TV", "Al-Manar TV"),
        ("Al-Islaah Party", "Al-Islah Party"),
        ("Libya Al-Ahraar", "Libya al-Ahrar"),
    ]


def test_a_place_of_the_same_name_is_taken_for_the_outlet_only_with_a_cue(alone: Normalizer) -> None:
    channel = alone.normalize("The Al-Mayadin channel reported the strikes.")
    assert _edits(channel) == [("Al-Mayadin", "Al Mayadeen")]
    town = alone.normalize("Farmers near Mayadin said the river had risen.")
    assert (town.edits, town.flags) == ([], [])


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
    result = alone.normalize(text)
    assert (result.text, result.edits, result.flags) == (text, [], [])


def test_a_house_style_is_mapped_only_when_the_user_asks_for_it() -> None:
    text = "Kataeb Hezbollah said on Monday that the truce held."
    assert Normalizer().normalize(text).text == text
    assert Normalizer(style=True).normalize(text).text == "Kata'ib Hezbollah said on Monday that the truce held."


def test_professional_english_keeps_its_own_spelling_unflagged() -> None:
    """An outlet's spelling of a channel is its house style: no repair, no flag (``house_spellings``)."""
    text = (
        "Yemen's warring parties met again in Muscat on Thursday without agreeing on the release of prisoners, "
        "the third such round since the truce expired. Omani mediators said the talks would resume after the "
        "holiday, and diplomats in the capital said regional contacts had done little to shift positions. "
        "The government warned that the deadlock was paralysing decisions on salaries, the currency and the "
        "ports, while aid agencies said food prices had doubled in a year. Analysts expect the standoff to "
        "last for months, since neither side commands the ground and each has refused the other's terms. "
        "Envoys from the region are due in the capital next week to press both sides on a wider exchange. "
        "The Al-Maseerah channel said on Friday that the delegation had returned to the capital."
    )
    result = Normalizer().normalize(text)
    assert result.evidence is not None and result.evidence.verdict == PROFESSIONAL
    assert (result.text, result.edits, result.flags) == (text, [], [])
    short = Normalizer().normalize(text[text.index("The Al-Maseerah") :])  # too short to judge: repaired
    assert [(e.rule, e.original, e.replacement) for e in short.edits] == [(RULE, "Al-Maseerah", "Al-Masirah")]


def test_two_bodies_alike_are_only_flagged() -> None:
    table, settings = load_key_table(_yaml("name_keys.yaml")), load_settings(_yaml("body_keys.yaml"))
    bodies = [body("IQ organisation: Saraya al-Salam"), body("SY organisation: Saraya al-Salam Brigade|Saraya Salam")]
    index = BodyIndex(table, settings, bodies, [])
    [finding] = find("Fighters of Saraya al-Salaam withdrew.", index)
    assert (finding.replacement, finding.certain) == ("Saraya al-Salam", False)
    single = BodyIndex(table, settings, bodies[:1], [])
    assert [(f.replacement, f.certain) for f in find("Fighters of Saraya al-Salaam withdrew.", single)] == [
        ("Saraya al-Salam", True)
    ]


def test_a_listed_name_and_a_persons_name_are_not_taken() -> None:
    table, settings = load_key_table(_yaml("name_keys.yaml")), load_settings(_yaml("body_keys.yaml"))
    bodies = [body("LB media: Al Mayadeen|Al-Mayadeen")]
    text = "Officials in Al-Mayadin said so."
    assert [f.replacement for f in find(text, BodyIndex(table, settings, bodies, []))] == ["Al Mayadeen"]
    assert find(text, BodyIndex(table, settings, bodies, ["Al-Mayadin"])) == []  # a name a rule lists
    assert find(text, BodyIndex(table, settings, bodies, [], ["Mayadin"])) == []  # the town, no cue


def test_the_rule_shows_its_bodies_and_settings() -> None:
    rules = {r.id: r for r in Normalizer().rules}
    entry = pack_entry(rules[RULE])
    assert entry["kind"] == "body"
    assert "IQ organisation: Asa'ib Ahl al-Haq|Asaib Ahl al-Haq|League of the Righteous" in entry["bodies"]
    assert "LB media: Al Mayadeen|Al-Mayadeen" in entry["bodies"]
    # the rows' own variants, and what other packs' rules repair (their names in lower case)
    assert {"shafaj news", "peace brigades", "iraqi hezbollah brigades"} <= {k.casefold() for k in entry["known"]}
    assert "Mayadin" in entry["others"]
    assert entry["settings"]["min_key"] == 3 and "channel" in entry["settings"]["cues"]["media"]


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ({"bodies": []}, "'bodies' must list at least one organisation or outlet"),
        ({"settings": {**_yaml("body_keys.yaml"), "margin": 0}}, "settings: 'margin' must be a number from 1 to 100"),
        ({"settings": {**_yaml("body_keys.yaml"), "cues": {"media": ["tv"]}}}, "settings: 'cues' must map"),
        ({"keys": {**_yaml("name_keys.yaml"), "min_similarity": 500}}, "keys: 'min_similarity' must be a number"),
    ],
)
def test_a_malformed_rule_is_refused(tmp_path: Path, rule: dict[str, object], message: str) -> None:
    item: dict[str, object] = {"id": "bodies", "kind": "body", "category": "transliteration", "message": "m"}
    item.update({"bodies": ["IQ organisation: Saraya al-Salam"], "keys": _yaml("name_keys.yaml")})
    item.update({"settings": _yaml("body_keys.yaml"), **rule})
    pack = tmp_path / "bodies.yaml"
    pack.write_text(yaml.safe_dump({"pack": "bodies", "rules": [item]}), encoding="utf-8")
    with pytest.raises(RulePackError) as caught:
        load_pack(pack)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def _gazetteer_pack(tmp_path: Path, settings: dict[str, object]) -> Path:
    """A gazetteer of one body of one's own, with the shipped key table and ``settings`` for bodies."""
    rules = GAZETTEER.parent
    for name in ("gazetteer/transliteration.yaml", "gazetteer/calque_words.yaml", "english_words.txt"):
        (tmp_path / Path(name).name).write_bytes((rules / name).read_bytes())
    (tmp_path / "name_keys.yaml").write_bytes((GAZETTEER / "name_keys.yaml").read_bytes())
    (tmp_path / "body_keys.yaml").write_text(yaml.safe_dump(settings), encoding="utf-8")
    header = "id\tcanonical\tarabic\ttype\tcountry\tvariants\tstyle_variants\trequires\tnote\n"
    rows = "ye-masirah\tAl-Masirah\tالمسيرة\tmedia\tYE\t\tAl-Masirah TV\t\t\n"
    rows += "iq-kad\tMustafa al-Kadhimi\tمصطفى الكاظمي\tperson\tIQ\t\t\t\t\n"  # the person rule needs one
    (tmp_path / "bodies.tsv").write_text(header + rows, encoding="utf-8")
    spec = yaml.safe_load((rules / "gazetteer.yaml").read_text(encoding="utf-8"))["gazetteer"]
    spec.pop("place_keys")
    spec.update(
        tables=["bodies.tsv"],
        defer_to=[],
        transliteration="transliteration.yaml",
        calques="calque_words.yaml",
        name_keys="name_keys.yaml",
        body_keys="body_keys.yaml",
    )
    pack = tmp_path / "bodies.yaml"
    pack.write_text(yaml.safe_dump({"pack": "bodies", "gazetteer": spec, "rules": []}), encoding="utf-8")
    return pack


def test_a_gazetteer_of_ones_own_bodies_brings_the_rule(tmp_path: Path) -> None:
    settings = {**_yaml("body_keys.yaml"), "rule": {"id": "my-bodies", "category": "transliteration", "message": "m"}}
    pack = _gazetteer_pack(tmp_path, settings)
    rules = {r.id: r for r in load_pack(pack).rules}
    assert rules["my-bodies"].kind == "body"
    assert rules["my-bodies"].bodies == ("YE media: Al-Masirah|Al-Masirah TV",)  # type: ignore[attr-defined]
    result = Normalizer(packs=[pack], select=["my-bodies"]).normalize("The Al-Maseerah channel said so.")
    assert result.text == "The Al-Masirah channel said so."


def test_malformed_body_settings_in_a_gazetteer_are_one_line(tmp_path: Path) -> None:
    with pytest.raises(RulePackError) as caught:
        load_pack(_gazetteer_pack(tmp_path, {**_yaml("body_keys.yaml"), "max_words": "many"}))
    assert "gazetteer: 'max_words' must be a number from 1 to 100" in str(caught.value)
    assert "\n" not in str(caught.value)
