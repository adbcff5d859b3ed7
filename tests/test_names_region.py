"""Names of the whole region as MT spells them: the mechanisms mended for the held-out gap.

A place ending in the feminine nisba written short (-ia) is the same place as one written
-iya; a place listed after another shares the list's place cue; Israel's and the
Palestinians' towns are read in reports that name either people.
"""

from __future__ import annotations

import pytest

from normalize import Normalizer
from normalize.nisba import nisba_differs

from .conftest import edits_and_flags

PLACE = "unlisted-place-spelling"


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
    result = normalizer.normalize(text)
    assert (result.text, result.edits, result.flags) == (text, [], [])
