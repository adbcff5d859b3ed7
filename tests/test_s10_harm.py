"""Do no harm on professional English of the region, and the MT repairs around the same guards.

Each untouched text is a class of wrong edit found on reference and wire English written in the
house styles of studied pages (our own passages): a gloss of a name written in a house style's
spelling, a gloss in apposition after the name's acronym, a gloss after a fuller form of the name,
an acronym in its own case taken for a misspelt surname, a reference work's cross-references taken
for site furniture, a romanised name's end taken for a body's, and a dateline's capital lowered.
"""

from __future__ import annotations

import pytest

from normalize import Normalizer

from .conftest import assert_repaired, assert_untouched

UNTOUCHED = [
    # a quoted gloss in brackets after the house style's spelling of the name
    'Hizballah ("Party of God") emerged in the Beqaa Valley in Lebanon in 1982 with Iranian help.',
    # the same gloss after a dash, under a house style's spelling and the acronym
    'Kata\'ib Hizballah (KH) – "Battalions of the Party of God"\nFounded in 2007 in Iraq, KH was designated in 2009.',
    # a gloss after a fuller form of the name than the canonical one
    'Harakat Hizballah al-Nujaba – "Movement of the Noble Ones"\nLed by Akram al-Kaabi, a former AAH commander.',
    # a gloss in apposition, after the name's acronym in brackets
    "IDLIB, Syria (AP) — Hayat Tahrir al-Sham (HTS), the Levant Liberation Committee, tightened its grip on Thursday.",
    # an acronym written with its own case is no misspelt surname of a person the text names
    'Led by Akram al-Kaabi, a former AAH commander.\nSources: EASO, Iraq (2019); GPPi, "Iraq after ISIS" (2017).',
    # a reference work's cross-references, between semicolons, at the end of the article
    "The group took Sanaa in 2014.\n\nSee also: Believing Youth (al-Shabab al-Mu'min); Zaidiyyah; Saudi-led"
    " intervention in Yemen.\n",
    # the end of a longer romanised name in a bracket glossing an English one
    "Lahib Higel said the PMF Commission (Hay'at al-Hashd al-Sha'bi) now has a budget of more than $2.6bn.",
]


@pytest.mark.parametrize("text", UNTOUCHED)
def test_professional_text_is_untouched(normalizer: Normalizer, text: str) -> None:
    assert_untouched(normalizer, text)


def test_a_dateline_keeps_the_capital_of_the_sentence_after_it(normalizer: Normalizer) -> None:
    assert_untouched(normalizer, "Baghdad, In an air strike conducted by Iraqi war planes, 30 fighters were killed.")


def test_a_capital_after_a_comma_inside_a_sentence_is_still_lowered(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The envoy met Mohammed Abdulsalam in Muscat, In an attempt to revive the truce.",
        "The envoy met Mohammed Abdulsalam in Muscat, in an attempt to revive the truce.",
        ["capital-after-comma"],
    )


def test_a_rendering_used_bare_is_still_repaired(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The Levant Liberation Committee tightened its grip on Idlib on Thursday.",
        "Hayat Tahrir al-Sham tightened its grip on Idlib on Thursday.",
        ["hts"],
    )


def test_a_listing_of_one_story_title_is_still_furniture(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The army opened fire on the drone.\n\nRead more: Israeli drone crashes in South Lebanon\n",
        "The army opened fire on the drone.\n",
        ["boilerplate-line"],
    )


def test_a_surname_after_another_first_name_is_another_persons_spelling(normalizer: Normalizer) -> None:
    # Samir Sabry is not Ekrima Sabri, whom the text does not name: no review flag either
    assert_untouched(normalizer, "The case was raised by lawyer Samir Sabry, who is behind a number of cases.")


def test_the_persons_own_first_name_still_tells_the_surname_is_theirs(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The case was raised by Sheikh Ekrima Sabry, the preacher of al-Aqsa, in Jerusalem.",
        "The case was raised by Sheikh Ekrima Sabri, the preacher of al-Aqsa, in Jerusalem.",
        ["ps-ekrima-sabri"],
    )
