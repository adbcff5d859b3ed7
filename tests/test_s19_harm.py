"""Do no harm on professional English about the region: wire copy, encyclopaedic profiles, think-tank
briefs (our own passages, written after a sweep of 62 professional excerpts).

Each untouched text is a class of wrong edit found in the sweep: a quoted name glossed after a comma
("'Ansar Allah', or supporters of God"), a rendering followed by the group's name in brackets ("the
Hezbollah Battalions (Kataeb Hezbollah)"), wire copy that calls Arbaeen's pilgrims by sect and varies
them with "foreign visitors", a sum after a currency sign ("a $3 billion loan"), and a series of
predicates whose second member is an -s verb ("remains ..., considers ..., and will ...").
The repair beside each guard still happens on MT.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from normalize import Normalizer

from .conftest import assert_repaired, assert_untouched

CLEAN = Path(__file__).parent.parent / "corpora" / "clean"
PASSAGES = sorted(CLEAN.glob("s19_harm_*.txt"))

UNTOUCHED = [
    # a quoted name, its closing quote before the comma, glossed by its rendering
    "Yemen's rebels call themselves 'Ansar Allah', or partisans of God, and hold the capital.",
    # ... the comma inside the quotes, the rendering quoted too
    'Yemen\'s rebels call themselves "Ansar Allah," or "Supporters of God," and hold the capital.',
    # a rendering with the group's romanised name in brackets after it
    "Two factions, the Hezbollah Battalions (Kataeb Hezbollah) and the Nujaba Movement, rejected the deal.",
    # wire copy that labels the pilgrims by sect
    "Shiite pilgrims crowded Karbala for Arbaeen, joined by some two million foreign visitors from Iran.",
    # a sum after a currency sign modifies the noun
    "The lender approved a $3 billion loan, and the bloc added a €250 million grant.",
    # a series of predicates, the second an -s verb
    "The bloc holds 40 seats, distrusts the cabinet's oil plan, and will vote against the budget.",
]


@pytest.mark.parametrize("text", UNTOUCHED)
def test_professional_english_is_untouched(normalizer: Normalizer, text: str) -> None:
    assert_untouched(normalizer, text)


@pytest.mark.parametrize("path", PASSAGES, ids=lambda p: p.name)
def test_the_passages_come_out_unchanged(normalizer: Normalizer, path: Path) -> None:
    assert_untouched(normalizer, path.read_text(encoding="utf-8"))


def test_there_are_passages() -> None:
    assert len(PASSAGES) >= 5


def test_the_bare_rendering_of_ansar_allah_is_still_repaired(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "In Yemen, the Supporters of God movement fired drones at Marib on Monday.",
        "In Yemen, the Ansar Allah movement fired drones at Marib on Monday.",
        ["ansar-allah"],
    )


def test_the_bare_rendering_of_kataib_hezbollah_is_still_repaired(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The Hezbollah Battalions said on Monday that they would halt their attacks.",
        "Kata'ib Hezbollah said on Monday that they would halt their attacks.",
        ["kataib-hezbollah"],
    )


def test_arab_and_foreign_visitors_are_still_pilgrims(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "During Arbaeen, the number of Arab and foreign visitors exceeded four million.",
        "During Arbaeen, the number of Arab and foreign pilgrims exceeded four million.",
        ["pilgrims-not-visitors-of-arbaeen"],
    )


def test_a_singular_after_a_bare_figure_is_still_plural(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The bank granted 40 loan to farmers, and the fund approved a $2 billion loan.",
        "The bank granted 40 loans to farmers, and the fund approved a $2 billion loan.",
        ["count-noun-singular-after-figure"],
    )


def test_a_subject_comma_before_an_s_verb_is_still_removed(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The Ministry of Health, confirms that the situation is stable in all provinces.",
        "The Ministry of Health confirms that the situation is stable in all provinces.",
        ["comma-between-subject-and-verb"],
    )
