"""Field trial, session 10: MT from Arabic across the region, the classes no other helper owns.

Real pages from Iraq, Yemen, Libya, Egypt, Saudi Arabia, Sudan and Lebanon were split into a study
half and a kept-apart half (corpora/STUDIED.md, "Session 10, s10-trial"). What slipped through
on the study half, each case reproduced in a passage of our own: a site's widget labels and
glued section names, a label over a pasted statement, an outlet's byline over the dateline, an
agency dateline on a line of its own, the count before "past" ("the seven past days"), "no any",
a distance given "south to" a city, a figure glued to "than", a place noun glued to its name, a
space after a compound's hyphen and a possessive that lost its apostrophe. Dev pairs 1870-1874.
"""

from __future__ import annotations

import pytest

from normalize import Normalizer

from .conftest import assert_repaired, assert_untouched


def test_widget_labels_at_the_end_go_with_the_blank_lines_before_them(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The ministry denied the report on Monday.\n\nMore Posts\n\nSend Us A Message\n",
        "The ministry denied the report on Monday.\n",
        ["widget-label-lines"],
    )


def test_the_page_clock_over_social_media_profiles_goes_with_it(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "Sunday, May 26\nSocial Media Profiles:\n\nThe committee finished drafting the statement.\n",
        "The committee finished drafting the statement.\n",
        ["widget-label-lines"],
    )


def test_a_label_over_a_pasted_statement_goes(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The office issued a statement on Saturday.\n\nStatement text:\n\nThe council approved the plan.\n",
        "The office issued a statement on Saturday.\n\nThe council approved the plan.\n",
        ["widget-label-lines"],
    )


def test_glued_section_names_go(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "WorldNationalnewsPolitics\n\nThe council met on Monday.\n",
        "The council met on Monday.\n",
        ["glued-category-line"],
    )


def test_an_outlets_byline_line_goes(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The Address | Tobruk – Libya\n\nTOBRUK – The council met on Monday.\n",
        "TOBRUK – The council met on Monday.\n",
        ["outlet-byline-over-dateline"],
    )


def test_an_agency_dateline_on_its_own_line_runs_into_the_story(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The minister met the envoy on Monday.\nTAIZ- SABA\nThe governor opened a school on Tuesday.\n",
        "The minister met the envoy on Monday.\nTAIZ (SABA) - The governor opened a school on Tuesday.\n",
        ["dateline-agency-on-own-line"],
    )


@pytest.mark.parametrize(
    ("text", "expected", "rule"),
    [
        (
            "Prices rose over the three past weeks.",
            "Prices rose over the past three weeks.",
            "number-before-past-period",
        ),
        ("There are no any casualties, the office said.", "There are no casualties, the office said.", "no-any"),
        ("It paid more than4 billion dinars.", "It paid more than 4 billion dinars.", "figure-glued-to-comparative"),
        (
            "Wells in the Tawahi and MuallaDistricts were repaired.",
            "Wells in the Tawahi and Mualla districts were repaired.",
            "place-noun-glued-to-name",
        ),
        ("Rumour- mongers spread the story.", "Rumour-mongers spread the story.", "space-after-hyphen-in-compound"),
        (
            "The plan was paid at the Kingdom s expense.",
            "The plan was paid at the Kingdom's expense.",
            "apostrophe-lost-before-s",
        ),
        (
            "The dam is in Aswan, about 900 km south to Cairo.",
            "The dam is in Aswan, about 900 km south of Cairo.",
            "distance-direction-to-place",
        ),
    ],
)
def test_small_classes(normalizer: Normalizer, text: str, expected: str, rule: str) -> None:
    assert_repaired(normalizer, text, expected, [rule])


@pytest.mark.parametrize(
    "text",
    [
        "The convoy drove 900 km south to Cairo on Monday.",
        "Pre- and post-war prices differ, as do short- or long-term loans.",
        "Show more patience, he said. The past seven days were hard; the last two years too.",
        "More Posts is the name of the column, and we send us a message of hope.",
        "Name | Paris – France",
        "The letter s is silent in some words.",
        "There is no, or hardly any, shortage of bread.",
    ],
)
def test_professional_english_is_left_alone(normalizer: Normalizer, text: str) -> None:
    assert_untouched(normalizer, text)
