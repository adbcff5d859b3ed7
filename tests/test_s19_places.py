"""Literal and half-literal renderings of compositional place names (s19-places).

Every gazetteer place made of Arabic place words brings its renderings with it
(``normalize.placecalques``): "Mother of Palaces" and "Umm Palaces" for Umm Qasr, "Gate of the Wind
crossing" for the Bab al-Hawa crossing.  A rendering in English words only is repaired beside a
place cue, where the document names the country; glosses and professional English stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from normalize import Normalizer
from normalize.calque_table import CalqueTableError, load_calque_table
from normalize.placecalques import place_name, renderings
from tests.conftest import assert_repaired, assert_untouched

TABLE = load_calque_table(
    yaml.safe_load((Path(__file__).parent.parent / "rules" / "gazetteer" / "calque_words.yaml").read_text("utf-8"))
)


@pytest.mark.parametrize(
    ("text", "expected", "rules"),
    [
        (
            "Three ships docked at the Mother of Palaces port, south of Basra.",
            "Three ships docked at the Umm Qasr port, south of Basra.",
            ["iq-umm-qasr-literal"],
        ),
        (
            "Iraq's wheat arrived at the port of Umm Palaces on Sunday.",
            "Iraq's wheat arrived at the port of Umm Qasr on Sunday.",
            ["iq-umm-qasr-literal"],
        ),
        (
            "Drones targeted the Ain Lion base in Anbar.",
            "Drones targeted the Ain al-Asad base in Anbar.",
            ["iq-ain-al-asad-literal-place"],
        ),
        (
            "Rockets struck the Eye of the Lion air base in Iraq.",
            "Rockets struck the Ain al-Asad air base in Iraq.",
            ["iq-ain-al-asad-literal"],
        ),
        (
            "A bomb exploded in the City of Sadr, east of Baghdad.",
            "A bomb exploded in Sadr City, east of Baghdad.",
            ["iq-sadr-city"],
        ),
        (
            "Aid trucks entered through the Gate of the Wind crossing from Turkey into Syria.",
            "Aid trucks entered through the Bab al-Hawa crossing from Turkey into Syria.",
            ["sy-bab-al-hawa-literal"],
        ),
        (
            "Sources in Syria said the shelling hit villages west of Tal White.",
            "Sources in Syria said the shelling hit villages west of Tal Abyad.",
            ["sy-tal-abyad-literal"],
        ),
        (
            "The inmates were moved from the prison of Father of Ghraib, west of Baghdad.",
            "The inmates were moved from the prison of Abu Ghraib, west of Baghdad.",
            ["iq-abu-ghraib"],
        ),
        (
            "The Syrian army shelled the countryside of Monastery of Zor.",
            "The Syrian army shelled the countryside of Deir ez-Zor.",
            ["sy-dy"],
        ),
    ],
)
def test_literal_place_names_are_repaired(normalizer: Normalizer, text: str, expected: str, rules: list[str]) -> None:
    assert_repaired(normalizer, text, expected, rules)


@pytest.mark.parametrize(
    "text",
    [
        'Umm Qasr, literally "Mother of Palaces", is the main port of Iraq.',
        "Umm Qasr, whose name means 'Mother of Palaces', is Iraq's port.",
        "The Mother of Palaces is a novel by an Iraqi writer.",
        "In Iraq, the Eye of the Lion was the name of the exhibition.",
        "In Baghdad, the minister spoke of the eye of the storm and the head of the spring.",
        "The Algerian minister visited the White House in Washington.",
        "In Syria, a poem about the Gate of the Wind was read at the festival.",
        "In Jordan, the Green Mountain resort reopened after the storm.",
        "The Abu Ghraib prison and the Sadr City district were named in the report from Baghdad.",
    ],
)
def test_professional_english_and_glosses_stay(normalizer: Normalizer, text: str) -> None:
    assert_untouched(normalizer, text)


def test_place_names_are_read_in_arabic_words() -> None:
    sadr = place_name("Sadr City", "مدينة الصدر", TABLE)
    assert sadr is not None and (sadr.words, sadr.takes_no_article) == ("Madinat al-Sadr", True)
    crossing = place_name("Bab al-Hawa crossing", "معبر باب الهوى", TABLE)
    assert crossing is not None and (crossing.words, crossing.suffix) == ("Bab al-Hawa", "crossing")
    assert not crossing.takes_no_article
    assert place_name("Gaza Strip", "قطاع غزة", TABLE) is None
    assert place_name("Basra", "البصرة", TABLE) is None


def test_renderings_in_the_orders_mt_gives() -> None:
    english = frozenset({"mother", "palaces", "palace", "white", "hill", "house"})
    umm = {c.text for c in renderings("Umm Qasr", "أم قصر", TABLE, english)}
    assert {"Mother of Palaces", "Umm Palaces", "Mother Palaces"} <= umm
    tal = {c.text for c in renderings("Tal Abyad", "تل أبيض", TABLE, english)}
    assert "Tal White" in tal and "White Hill" not in tal  # English order: an English name as often
    beida = {c.text for c in renderings("Dar el Beida", "الدار البيضاء", TABLE, english)}
    assert "White House" not in beida
    assert all(" " in c.text for c in renderings("Ain al-Asad", "عين الأسد", TABLE, english))


def test_a_malformed_place_table_is_refused() -> None:
    with pytest.raises(CalqueTableError):
        load_calque_table({"words": {}, "place_words": {"umm": {"ar": "أم"}}})
    with pytest.raises(CalqueTableError):
        load_calque_table({"words": {}, "place_cues": {"before": "in"}})
