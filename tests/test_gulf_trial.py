"""The region's own English-language press left alone: what the field trial on Gulf, Egyptian and Libyan papers found.

Their house styles carry honorifics, nasab chains ("bin ... bin ..."), lists of wilayats,
regions named like outlets ("Al Sharqiyah") and the agencies' "cable of congratulations".
The clean passages are corpora/clean/gulf_trial_*.txt; the keep cases are in the packs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from normalize import Normalizer
from normalize.evidence import PROFESSIONAL
from normalize.regions import before_a_region
from normalize.wordlist import is_plural_in_use
from tests.kinds.gazetteer_fixtures import PROFESSIONAL_PARAGRAPH

from .conftest import assert_untouched, edits_and_flags

CLEAN = Path(__file__).resolve().parent.parent / "corpora" / "clean"


def test_bin_opens_no_one_s_name(normalizer: Normalizer) -> None:
    # "bin Jabor" shares its key with Bayan Jabr: a name begins with a name, not with "bin"
    text = "Sheikh Jabor bin Yousef bin Jassim bin Jabor al-Thani attended the opening in Doha."
    assert_untouched(normalizer, text)
    # the person himself, misspelt, is still repaired
    assert edits_and_flags(normalizer, "Former minister Bayan Jabor said the budget was late.") == (
        [("unlisted-name-spelling", "Jabor", "Jabr")],
        [],
    )


def test_the_items_of_a_list_of_wilayats_are_places(normalizer: Normalizer) -> None:
    assert_untouched(normalizer, "Projects in the wilayats of Khasab, Nakhal and Sur were signed.")
    assert_untouched(normalizer, "Lodges will open in the villages of Nakhal and Bidiya.")
    # outside such a list a lone surname close to a known one is still worth a look
    assert edits_and_flags(normalizer, "Mikaty said on Monday that talks would resume.") == (
        [],
        [("unlisted-name-spelling", "Mikaty")],
    )


def test_a_compound_s_glued_article_is_no_misspelling(normalizer: Normalizer) -> None:
    assert_untouched(normalizer, "Meanwhile, Abd Alhamid Dbeibah presented his programme.")
    # the glued article of "Abd Alhamid" is a house style the writer keeps: the surname is offered, not respelt
    assert edits_and_flags(normalizer, "Meanwhile, Abd Alhamid Aldabaiba presented his programme.") == (
        [],
        [("unlisted-name-spelling", "Aldabaiba")],
    )


def test_a_body_s_name_before_a_region_head_names_the_region(normalizer: Normalizer) -> None:
    text = "Tourists crossed the Al Sharqiyah Sands to reach Al Sharqiyah South Governorate."
    assert_untouched(normalizer, text)
    assert edits_and_flags(normalizer, "Al Sharqiyah reported that the talks failed.") == (
        [("iq-sharqiya", "Al Sharqiyah", "Al-Sharqiya")],
        [],
    )
    heads = frozenset({"sands", "governorate"})
    assert before_a_region("Al Sharqiyah Sands area", len("Al Sharqiyah"), heads)
    assert before_a_region("Al Sharqiyah South Governorate", len("Al Sharqiyah"), heads)
    assert not before_a_region("Al Sharqiyah said the sands moved", len("Al Sharqiyah"), heads)
    assert not before_a_region("Al Sharqiyah south governorate", len("Al Sharqiyah"), heads)


def test_a_surname_in_s_is_no_plural_of_a_rare_word(normalizer: Normalizer) -> None:
    assert not is_plural_in_use("Jenkins") and not is_plural_in_use("Dawkins")
    assert is_plural_in_use("Salaries") and is_plural_in_use("Weapons") and is_plural_in_use("Pensions")
    assert_untouched(normalizer, "Key findings of Jenkins report were published.")
    assert edits_and_flags(normalizer, "He called for paying the Salaries of employees.") == (
        [("capital-mid-sentence", "Salaries", "salaries")],
        [],
    )


def test_a_cable_of_congratulations_is_the_region_s_press_usage(normalizer: Normalizer) -> None:
    text = (CLEAN / "gulf_trial_honorifics.txt").read_text(encoding="utf-8")
    result = normalizer.normalize(text)
    assert result.evidence.verdict == PROFESSIONAL
    assert (result.text, result.edits, result.flags) == (text, [], [])
    # alone, with nothing to say the text is professional, it is still flagged for a person
    assert edits_and_flags(normalizer, "The king sent a cable of congratulations to the president.") == (
        [],
        [("message-of-condolence", "cable of ")],
    )


@pytest.mark.parametrize("name", ["gulf_trial_honorifics.txt", "gulf_trial_places_and_names.txt"])
def test_the_clean_passages_get_no_edit_and_no_flag(normalizer: Normalizer, name: str) -> None:
    text = (CLEAN / name).read_text(encoding="utf-8")
    assert_untouched(normalizer, text)


def test_the_gulf_press_own_article_use_and_abbreviated_title_are_not_rewritten() -> None:
    # kept-apart pages of the trial: "of Makkah region" and "Eng." are the papers' style
    text = PROFESSIONAL_PARAGRAPH + "The deputy emir of Makkah region and the minister, Eng. Suhail Al Mazrouei, met."
    result = Normalizer().normalize(text)
    assert result.evidence is not None and result.evidence.verdict == PROFESSIONAL
    assert (result.text, result.edits) == (text, [])
    assert [f.rule for f in result.flags] == ["article-before-named-area"]  # offered, not applied
