"""Arabic words left in Latin letters and outlets named in English words: the field trial's two classes.

The untranslated words come from ``rules/senses/untranslated.yaml`` (``normalize.untranslated``);
an outlet cited as a source by its rendering ("according to Morning newspaper") from the media
rows and the source cues of ``rules/gazetteer/calque_words.yaml`` (``normalize.gazetteer_outlets``).
The clean passages are corpora/clean/latin_trial_*.txt; the dev pairs corpora/mtdev/*/10NN_*.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from normalize import Normalizer
from normalize.errors import RulePackError
from normalize.untranslated import expand_untranslated, generate

from .conftest import edits_and_flags

CLEAN = Path(__file__).resolve().parent.parent / "corpora" / "clean"


def test_untranslated_common_nouns_are_translated(normalizer: Normalizer) -> None:
    text = "The Muhafiz of Basra met the mutazahirin, and the Iraqi hukuma sent the shurta to the qadaa of Zubair."
    assert normalizer.normalize(text).text == (
        "The Governor of Basra met the protesters, and the Iraqi government sent the police to the district of Zubair."
    )


def test_names_glosses_and_loanwords_stay(normalizer: Normalizer) -> None:
    for text in (
        "Jaish al-Mahdi was named, and Shahid Ali crossed the Shuhada Bridge.",
        "Kuwait has six governorates (muhafazah); the word mudir means director, and “shurta” is police.",
        "The sheikh, the imam, the mukhtar and the emir met in the majlis near the souk.",
        "The qaimaqam of Marjayoun and the kaymakam of a Turkish district attended, and so did the wali.",
    ):
        assert edits_and_flags(normalizer, text) == ([], []), text


def test_an_uncertain_translation_is_only_flagged(normalizer: Normalizer) -> None:
    text = "Protesters demanded the dismissal of the new Kaimakam near the Diwan of Dhi Qar Governorate."
    edits, flags = edits_and_flags(normalizer, text)
    assert edits == []
    assert flags == [
        ("untranslated-titles", "Kaimakam"),
        ("untranslated-governorate-building", "Diwan"),
    ]


def test_outlet_cited_by_its_rendering_is_named(normalizer: Normalizer) -> None:
    text = "According to Morning newspaper, Baghdad will add power. An Iraqi source told Writings that it was late."
    assert normalizer.normalize(text).text == (
        "According to Al-Sabah newspaper, Baghdad will add power. An Iraqi source told Kitabat that it was late."
    )
    syria = "The Homeland newspaper reported that Damascus airport would reopen."
    assert normalizer.normalize(syria).text == "The Al-Watan newspaper reported that Damascus airport would reopen."


def test_rendering_stays_without_the_country_or_as_an_ordinary_word(normalizer: Normalizer) -> None:
    for text in (
        "According to Morning newspaper, the strike in Leeds is over.",  # no Iraqi context
        "In Iraq, according to Sumerian texts, the city was older.",  # a word, not an outlet
        "In Jordan, according to the Constitution, the king appoints the senate.",
        "In Iraq, according to the morning newspaper, the strike is over.",  # lower case: any paper
        "In Iraq, the Morning Star newspaper said the strike was over.",
    ):
        assert edits_and_flags(normalizer, text)[0] == [], text


def test_clean_passages_get_no_edits_and_no_flags(normalizer: Normalizer) -> None:
    for path in sorted(CLEAN.glob("latin_trial_*.txt")):
        text = path.read_text(encoding="utf-8")
        result = normalizer.normalize(text)
        assert (result.text, result.edits, result.flags) == (text, [], []), path.name


def test_table_errors_name_the_entry(tmp_path: Path) -> None:
    with pytest.raises(RulePackError, match=r"untranslated-governor.*'en' must give the English"):
        generate({"words": [{"id": "governor", "one": ["muhafiz"]}]}, "t.yaml")
    with pytest.raises(RulePackError, match="unknown field"):
        generate({"words": [{"id": "x", "one": ["a"], "en": "b", "colour": 1}]}, "t.yaml")
    with pytest.raises(RulePackError, match=r"cannot read missing\.yaml"):
        expand_untranslated({"untranslated": "missing.yaml"}, tmp_path, "pack.yaml")


def test_generated_rule_carries_its_examples() -> None:
    table = yaml.safe_load("words: [{id: police, one: [shurta], en: police}]\ndeterminers: [the]")
    (rule,) = generate(table, "t.yaml")
    assert rule["id"] == "untranslated-nouns"  # every entry of the tier and context in one rule
    assert rule["maps"] == {"english": {"shurta": "police"}}
    assert rule["examples"] == [
        {
            "in": "Officials said the shurta of the town met them on Monday.",
            "out": "Officials said the police of the town met them on Monday.",
        }
    ]
