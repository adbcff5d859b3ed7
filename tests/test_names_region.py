"""Names of the whole region as MT spells them: the mechanisms mended for the held-out gap.

A place ending in the feminine nisba written short (-ia) is the same place as one written
-iya; a place listed after another shares the list's place cue; Israel's and the
Palestinians' towns are read in reports that name either people.  A body's English name
comes out with another sense of a word it renders ("Islamic Labor Front") or in the Arabic
order ("Front of Islamic Action"), and a half-literal genitive ("the Authority of Tahrir
al-Sham") is repaired beside a hand-written rule's variants.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from normalize import Normalizer, calques
from normalize.nisba import nisba_differs

from .conftest import assert_untouched, edits_and_flags

PLACE = "unlisted-place-spelling"
CALQUES = Path(__file__).resolve().parents[1] / "rules" / "gazetteer" / "calque_words.yaml"


def test_the_feminine_nisba_written_short_is_the_same_ending() -> None:
    assert not nisba_differs("Ismailiya", "Ismailia")
    assert not nisba_differs("Ajdabia", "Ajdabiya")
    assert nisba_differs("al-Basri", "Basra")  # the masculine suffix still makes another name
    assert nisba_differs("Karkouki", "Kirkuk")
    assert not nisba_differs("Soleimany", "Sulaymaniyah")


@pytest.mark.parametrize(
    ("text", "found", "fixed"),
    [
        ("Passengers in Ismailiya waited at the station until the evening.", "Ismailiya", "Ismailia"),
        ("Forces loyal to the army deployed near Ajdabia on Monday.", "Ajdabia", "Ajdabiya"),
    ],
)
def test_a_place_in_ia_is_repaired_after_a_cue(normalizer: Normalizer, text: str, found: str, fixed: str) -> None:
    assert edits_and_flags(normalizer, text)[0] == [(PLACE, found, fixed)]


def test_a_place_listed_after_another_shares_its_cue(normalizer: Normalizer) -> None:
    text = "Heavy rain flooded streets in Nasriya and Karkuk on Saturday."
    assert edits_and_flags(normalizer, text)[0] == [(PLACE, "Nasriya", "Nasiriyah"), (PLACE, "Karkuk", "Kirkuk")]
    # without a cue at the head of the list the second name is as weak as before
    assert edits_and_flags(normalizer, "Nasriya and Karkuk were quiet.")[0] == []


def test_palestinian_towns_in_a_report_that_names_israel(normalizer: Normalizer) -> None:
    text = "Israeli bulldozers demolished homes in Toulkarm and Qalqilia."
    assert edits_and_flags(normalizer, text)[0] == [(PLACE, "Toulkarm", "Tulkarm"), (PLACE, "Qalqilia", "Qalqilya")]


@pytest.mark.parametrize(
    "text",
    [
        "The talks in Amman and Riyadh ended on Monday, and Maria Haddad spoke for the delegation.",
        "Officials in Gaza and Ramallah said the crossing would open, Israeli media reported.",
    ],
)
def test_correct_names_in_lists_stay(normalizer: Normalizer, text: str) -> None:
    assert_untouched(normalizer, text)


def _table(extra: dict[str, object] | None = None) -> calques.CalqueTable:
    data = yaml.safe_load(CALQUES.read_text(encoding="utf-8"))
    return calques.load_calque_table({**data, **(extra or {})})


def test_another_sense_of_a_word_the_english_name_renders() -> None:
    table = _table()
    assert calques.other_senses("Islamic Action Front", "جبهة العمل الإسلامي", table) == [
        "Islamic Labor Front",
        "Islamic Labour Front",
        "Islamic Work Front",
    ]
    # the swap needs the Arabic word: "Action" in a name whose Arabic has no عمل stays
    assert calques.other_senses("Rapid Action Force", "قوة التدخل السريع", table) == [
        "Quick Action Force",
        "Fast Action Force",
    ]


def test_an_english_name_in_the_arabic_order() -> None:
    table = _table()
    assert calques.arabic_order(["Islamic Action Front", "Justice and Equality Movement"], table) == [
        "Front of Islamic Action",
        "Front of the Islamic Action",
        "Movement of Justice and Equality",
        "Movement of the Justice and Equality",
    ]
    assert calques.arabic_order(["Council of Ministers", "Hezbollah", "Times of Israel"], table) == []


def test_a_malformed_sense_is_a_table_error() -> None:
    with pytest.raises(calques.CalqueTableError, match="english_senses: 'Action'"):
        _table({"english_senses": {"Action": {"en": ["Labor"]}}})


@pytest.mark.parametrize(
    ("text", "rule", "found"),
    [
        ("The Islamic Work Front called on its supporters to vote in Amman.", "jo-iaf-literal", "Islamic Work Front"),
        (
            "The Front of Islamic Action said the list was ready, Jordanian media said.",
            "jo-iaf-literal",
            "Front of Islamic Action",
        ),
        (
            "Fighters of the Authority of Tahrir al-Sham shelled positions near Hama in Syria.",
            "sy-hts-literal",
            "the Authority of Tahrir al-Sham",
        ),
    ],
)
def test_body_calques_with_the_country(normalizer: Normalizer, text: str, rule: str, found: str) -> None:
    edits = edits_and_flags(normalizer, text)[0]
    assert [(r, o) for r, o, _ in edits] == [(rule, found)]


def test_body_calques_need_the_country(normalizer: Normalizer) -> None:
    text = "The Islamic Work Front is a name no one in the report uses."
    assert_untouched(normalizer, text)
