"""Senses in Iraqi agency copy, session 10: the classes built from the study pages.

The anti-terrorism law cited as "Article 4 of terrorism" in every shape agencies give it,
"judicially wanted" people, "defendants" at an arrest, explosives "control" teams, a party's
"masses", "march" planes and the "liquidation" of a leader.  Each has its look-alike in
professional English beside it, which stays as it is.
"""

from __future__ import annotations

import pytest

from normalize import Normalizer

from .conftest import assert_repaired, assert_untouched

LAW = "anti-terrorism-law-not-article-of-terrorism"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police arrested a man wanted according to Article 4 of terrorism in Samarra.",
            "Police arrested a man wanted under Article 4 of the Anti-Terrorism Law in Samarra.",
        ),
        (
            "Four men were arrested in accordance with Article 4/1 of terrorism.",
            "Four men were arrested under Article 4/1 of the Anti-Terrorism Law.",
        ),
        (
            "They are wanted per provisions of Article 4-terrorism, the agency said.",
            "They are wanted under Article 4 of the Anti-Terrorism Law, the agency said.",
        ),
        (
            "He was wanted according to the provisions of Article 4 (of terrorism) and fled.",
            "He was wanted under Article 4 of the Anti-Terrorism Law and fled.",
        ),
    ],
)
def test_the_anti_terrorism_law_in_each_shape(normalizer: Normalizer, text: str, expected: str) -> None:
    assert_repaired(normalizer, text, expected, [LAW])


def test_the_article_without_a_preposition(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The charges include Article 4 of terrorism, the judge said.",
        "The charges include Article 4 of the Anti-Terrorism Law, the judge said.",
        ["anti-terrorism-law-not-article-of-terrorism-bare"],
    )


@pytest.mark.parametrize(
    "text",
    [
        "He was wanted under Article 4 of the Anti-Terrorism Law and faces Article 4 terrorism charges.",
        "The court ruled according to Article 4 of the Terrorism Act 2000.",
        "According to 2 terrorism experts, the risk is low.",
        "Article 2 of the Convention defines the financing of terrorism.",
    ],
)
def test_the_law_named_in_english_stays(normalizer: Normalizer, text: str) -> None:
    assert_untouched(normalizer, text)


def test_judicially_wanted_people_and_defendants_at_an_arrest(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The forces arrested 6 defendants, including two judicially wanted persons.",
        "The forces arrested 6 suspects, including two persons wanted by the judiciary.",
        ["suspects-not-arrested-defendants", "wanted-by-the-judiciary-not-judicially-wanted"],
    )


def test_defendants_in_court_stay(normalizer: Normalizer) -> None:
    assert_untouched(normalizer, "The court heard the defendants, and defendants arrested in 2019 were tried.")


def test_bomb_disposal_teams(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "An explosives control team arrived, and anti-explosives detachments swept the road.",
        "A bomb disposal team arrived, and bomb disposal detachments swept the road.",
        ["bomb-disposal-not-an-explosives-control", "bomb-disposal-not-explosives-control"],
    )


def test_the_directorate_and_explosives_experts_stay(normalizer: Normalizer) -> None:
    assert_untouched(normalizer, "The Directorate of Explosives Control said explosives experts cleared the road.")


def test_a_movements_masses_are_its_supporters(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The masses of the Sadrist movement gathered, and the movement's masses marched.",
        "Supporters of the Sadrist movement gathered, and the movement's supporters marched.",
        ["supporters-not-masses-of-movement", "supporters-not-masses-of-movement"],
    )


def test_the_masses_in_english_stay(normalizer: Normalizer) -> None:
    assert_untouched(normalizer, "He appealed to the masses; air masses of the polar front moved south.")


def test_march_planes_and_the_liquidation_of_leaders(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "A march plane struck a car, and the service announced the liquidation of a senior ISIS leader.",
        "A drone struck a car, and the service announced the killing of a senior ISIS leader.",
        ["drone-not-march-plane", "killing-not-liquidation-of"],
    )


def test_the_liquidation_of_a_company_and_a_march_stay(normalizer: Normalizer) -> None:
    assert_untouched(
        normalizer,
        "The court ordered the liquidation of the company's assets; the march planned for Friday went ahead.",
    )
