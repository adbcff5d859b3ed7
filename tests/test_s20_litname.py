"""s20-litname: the words of people's and outlets' names rendered as English words.

A person's name word is found by its Arabic (one romanisation spells two words: "Hakim" is
حكيم, wise, and حاكم, ruler), a word with the article comes out with "the" ("Ammar the wise"),
and the rest of the name is the evidence.  An outlet rendering two outlets of different countries
share ("the Day newspaper": An-Nahar of Beirut, Ennahar of Algiers) goes to the one whose country
the document names, and to neither where both are named.  The English words alone stay.
"""

from __future__ import annotations

import pytest
import yaml

from normalize import Normalizer
from normalize import calques as calque_module
from normalize.calque_table import CalqueTableError


@pytest.fixture(scope="module")
def normalizer() -> Normalizer:
    return Normalizer()


def _found(normalizer: Normalizer, text: str) -> tuple[str, list[tuple[str, str, str]], list[tuple[str, str]]]:
    result = normalizer.normalize(text)
    edits = [(e.rule, e.original, e.replacement) for e in result.edits]
    flags = [(f.rule, text[f.start : f.end]) for f in result.flags]
    return result.text, edits, flags


def _table() -> calque_module.CalqueTable:
    with open("rules/gazetteer/calque_words.yaml", encoding="utf-8") as handle:
        return calque_module.load_calque_table(yaml.safe_load(handle))


def test_a_name_word_is_rendered_by_its_arabic() -> None:
    table = _table()
    assert calque_module.name_renderings("Hakim al-Zamili", table, "حاكم الزاملي") == ["Ruler al-Zamili"]
    assert calque_module.name_renderings("Ammar al-Hakim", table, "عمار الحكيم") == [
        "Ammar the wise",
        "Ammar the Wise",
    ]
    assert calque_module.name_renderings("Sameh Shoukry", table, "سامح شكري") == [
        "Tolerant Shoukry",
        "Forgiving Shoukry",
    ]


def test_a_compound_or_a_name_of_one_word_has_no_rendering() -> None:
    table = _table()
    assert calque_module.name_renderings("Abdul Karim Khalaf", table, "عبد الكريم خلف") == []
    assert calque_module.name_renderings("Mohammed bin Rashid", table, "محمد بن راشد") == []
    assert calque_module.name_renderings("Saleh", table, "صالح") == []


def test_without_the_arabic_lined_up_the_romanised_word_is_looked_up() -> None:
    table = _table()
    assert calque_module.name_renderings("Saeed Jalili", table) == ["Happy Jalili"]
    # three Arabic words for two English ones: the romanisation alone ("Najmaldin" is نجم الدين)
    assert calque_module.name_renderings("Najmaldin Karim", table, "نجم الدين كريم") == ["Najmaldin Generous"]


def test_name_words_must_list_renderings() -> None:
    with pytest.raises(CalqueTableError, match="name_words"):
        calque_module.load_calque_table({"words": {}, "name_words": {"حكيم": "Wise"}})


def test_people_named_in_words_are_repaired(normalizer: Normalizer) -> None:
    text = "In Baghdad, Ruler al-Zamili met Ammar the wise and Good al-Mutlaq on Monday."
    assert _found(normalizer, text) == (
        "In Baghdad, Hakim al-Zamili met Ammar al-Hakim and Saleh al-Mutlaq on Monday.",
        [
            ("iq-zamili", "Ruler al-Zamili", "Hakim al-Zamili"),
            ("iq-hakim", "Ammar the wise", "Ammar al-Hakim"),
            ("iq-mutlaq", "Good al-Mutlaq", "Saleh al-Mutlaq"),
        ],
        [],
    )


def test_a_title_rendering_of_the_article_is_repaired(normalizer: Normalizer) -> None:
    text = "The head of the Supreme Council, Abdul Aziz the Wise, spoke in Najaf."
    assert _found(normalizer, text) == (
        "The head of the Supreme Council, Abdul Aziz al-Hakim, spoke in Najaf.",
        [("iq-abdul-aziz-hakim-literal", "Abdul Aziz the Wise", "Abdul Aziz al-Hakim")],
        [],
    )


def test_people_of_other_countries(normalizer: Normalizer) -> None:
    text = "Egypt's foreign minister Tolerant Shoukry met Success al-Shammari in Cairo."
    assert _found(normalizer, text) == (
        "Egypt's foreign minister Sameh Shoukry met Najah al-Shammari in Cairo.",
        [
            ("eg-shoukry", "Tolerant Shoukry", "Sameh Shoukry"),
            ("iq-najah-shammari", "Success al-Shammari", "Najah al-Shammari"),
        ],
        [],
    )


@pytest.mark.parametrize(
    ("where", "name", "rule"),
    [("Algiers", "Ennahar", "dz-ennahar-source"), ("Beirut", "An-Nahar", "lb-nahar-source")],
)
def test_a_shared_outlet_rendering_goes_to_the_named_country(
    normalizer: Normalizer, where: str, name: str, rule: str
) -> None:
    text = f"In {where}, an official told the Day newspaper that the vote would be held on time."
    assert _found(normalizer, text) == (
        f"In {where}, an official told the {name} newspaper that the vote would be held on time.",
        [(rule, "Day", name)],
        [],
    )


def test_outlet_words_the_table_lacked(normalizer: Normalizer) -> None:
    text = "A source in Baghdad told the Eastern channel that the road was closed."
    assert _found(normalizer, text) == (
        "A source in Baghdad told the Al-Sharqiya channel that the road was closed.",
        [("iq-sharqiya-source", "Eastern", "Al-Sharqiya")],
        [],
    )
    text = "In Damascus, the October newspaper said the talks had failed."
    assert _found(normalizer, text) == (
        "In Damascus, the Tishreen newspaper said the talks had failed.",
        [("sy-tishreen-source", "October", "Tishreen")],
        [],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Algiers and Beirut told the Day newspaper that the talks would go on.",
        "A wise ruler in Baghdad thanked the generous donors on a happy day, and the good news spread.",
        "Saleh al-Mutlaq and Ammar al-Hakim met Hakim al-Zamili in Baghdad.",
        "In Basra, boats used the eastern channel of the river, and the October rains came early.",
        "In Damascus, veterans recalled the October war and the newspaper of the day.",
        "Mohammed bin Rashid and Abdul Karim Khalaf spoke in Dubai and Baghdad.",
        "The Wise Men of the tribe met in Najaf; a good man, they said, is a just ruler.",
    ],
)
def test_professional_english_stays(normalizer: Normalizer, text: str) -> None:
    assert _found(normalizer, text) == (text, [], [])


def test_an_outlet_rendering_as_the_subject_of_a_later_verb_of_reporting(normalizer: Normalizer) -> None:
    text = "The Opinion newspaper, which is close to the government in Amman, reported on Tuesday that it would."
    assert _found(normalizer, text) == (
        "The Al-Rai newspaper, which is close to the government in Amman, reported on Tuesday that it would.",
        [("jo-rai-source", "Opinion", "Al-Rai")],
        [],
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Opinion pages in Amman, which readers love, reported nothing new.",
        "The morning newspaper, which is sold in Baghdad, reported the prices.",
        "In Amman the Opinion newspaper is sold out. Officials said so.",
    ],
)
def test_an_outlet_subject_keep_cases(normalizer: Normalizer, text: str) -> None:
    assert _found(normalizer, text) == (text, [], [])
