"""Field trial on Iraqi MT, session 9: the classes built from the study pages.

Salaries "dispensed" (sarf al-rawatib), ISIS "dens" (madafat), "energy towers" (abraj al-taqa),
"in his tweet on Twitter", "discussed the reality of services" (waqi'), "Najaf Ashraf", two
bodies of the gazetteer (the 1920 Revolution Brigades, the Falcons Intelligence Cell), a view
count copied with the page, a bracketed figure before "elements", and a dateline written as
"[Outlet-City]".  Each class has its look-alike in professional English beside it.
"""

from __future__ import annotations

import pytest

from normalize import Normalizer

from .conftest import edits_and_flags


def test_salaries_are_disbursed_not_dispensed(normalizer: Normalizer) -> None:
    text = (
        "The Kurdistan Regional Government will dispense the salaries of its employees,"
        " and Baghdad is dispensing the allowances."
    )
    assert normalizer.normalize(text).text == (
        "The Kurdistan Regional Government will disburse the salaries of its employees,"
        " and Baghdad is disbursing the allowances."
    )
    assert edits_and_flags(normalizer, text) == (
        [
            ("disburse-not-dispense-salaries", "dispense", "disburse"),
            ("disburse-not-dispense-salaries", "dispensing", "disbursing"),
        ],
        [],
    )


def test_hideouts_elements_and_the_falcons_cell(normalizer: Normalizer) -> None:
    text = (
        "The Falcons Intelligence Cell raided ISIS dens near Samarra, killed (6) elements of the organization"
        " and destroyed the dens belonging to ISIS."
    )
    assert normalizer.normalize(text).text == (
        "The Falcons Intelligence Cell raided ISIS hideouts near Samarra, killed 6 members of the organization"
        " and destroyed the hideouts belonging to ISIS."
    )
    assert edits_and_flags(normalizer, text) == (
        [
            ("hideouts-not-dens", "dens", "hideouts"),
            ("bracketed-figure", "(6)", "6"),
            ("members-not-elements", "elements", "members"),
            ("hideouts-not-dens-of", "dens", "hideouts"),
        ],
        [],
    )
    hawks = "The Hawks Cell arrested two men in Baghdad on Monday."
    assert edits_and_flags(normalizer, hawks) == (
        [("iq-falcons-cell-literal", "Hawks Cell", "Falcons Intelligence Cell")],
        [],
    )


def test_power_towers_tweets_and_the_state_of_services(normalizer: Normalizer) -> None:
    towers = "Gunmen in Diyala blew up four energy towers and damaged two towers of electric energy."
    assert normalizer.normalize(towers).text == (
        "Gunmen in Diyala blew up four power transmission towers and damaged two power transmission towers."
    )
    assert [rule for rule, _, _ in edits_and_flags(normalizer, towers)[0]] == ["power-towers-not-energy-towers"] * 2
    tweet = "Muqtada al-Sadr said in his tweet on Twitter that the vote must go ahead."
    assert edits_and_flags(normalizer, tweet) == (
        [("in-a-tweet-not-tweet-on-twitter", "in his tweet on Twitter", "in a tweet")],
        [],
    )
    reality = (
        "The governor of Basra discussed the reality of services in the province"
        " and reviewed the reality of the health sector."
    )
    assert normalizer.normalize(reality).text == (
        "The governor of Basra discussed the state of services in the province"
        " and reviewed the state of the health sector."
    )
    assert edits_and_flags(normalizer, reality)[0] == [("state-not-reality-of-services", "reality of", "state of")] * 2


def test_names_of_the_gazetteer(normalizer: Normalizer) -> None:
    assert edits_and_flags(normalizer, "Pilgrims arrived in Najaf Ashraf on Friday.") == (
        [("iq-na", "Najaf Ashraf", "Najaf")],
        [],
    )
    brigades = (
        "Police in Baghdad arrested members of the 20th Revolution Brigades and of the Twentieth Revolution Brigades."
    )
    assert edits_and_flags(normalizer, brigades) == (
        [
            ("iq-1920-revolution-brigades", "20th Revolution Brigades", "1920 Revolution Brigades"),
            ("iq-1920-revolution-brigades-literal", "Twentieth Revolution Brigades", "1920 Revolution Brigades"),
        ],
        [],
    )


def test_view_count_line_and_square_bracket_dateline(normalizer: Normalizer) -> None:
    views = "The presidency in Erbil said the report was untrue.\n\n143 View\n"
    assert normalizer.normalize(views).text == "The presidency in Erbil said the report was untrue.\n"
    assert edits_and_flags(normalizer, views) == ([("view-count-line", "\n143 View\n", "")], [])
    square = "[Ayna-Baghdad] The Ministry of Transport said its trucks will carry water to Basra."
    assert edits_and_flags(normalizer, square) == (
        [("dateline-outlet-city-in-square-brackets", "[Ayna-Baghdad] ", "Baghdad (Ayna) - ")],
        [],
    )


@pytest.mark.parametrize(
    "text",
    [
        "The pharmacy dispenses medicine, the court dispensed justice and the clerk dispensed advice about salaries.",
        "The market was a den of thieves before the war, and the lion's den at the Baghdad zoo was empty.",
        "The Energy Tower design was shown in Baghdad, and the towers of the shrine were lit.",
        "Sadr said in a tweet that the vote must go ahead; his tweet on Twitter was later deleted.",
        "The conference in Baghdad discussed the reality of climate change,"
        " and the troops faced the reality of defeat.",
        "Pilgrims arrived in Najaf al-Ashraf on Friday.",
        "36 Views of Mount Fuji is a print series.\n3 views were heard in Erbil.\n",
        "[Baghdad-Basra] The road reopened on Monday.\n",
        "The company built new communication sites for its mobile network; the report ran to forty pages.",
    ],
)
def test_professional_look_alikes_stay(normalizer: Normalizer, text: str) -> None:
    assert edits_and_flags(normalizer, text) == ([], [])


def test_social_media_pages_and_the_un_security_council(normalizer: Normalizer) -> None:
    text = (
        "Erbil denied a report circulated on pages of communication sites"
        " that it had asked the International Security Council to mediate with Baghdad."
    )
    assert normalizer.normalize(text).text == (
        "Erbil denied a report circulated on social media pages"
        " that it had asked the UN Security Council to mediate with Baghdad."
    )
    assert edits_and_flags(normalizer, text) == (
        [
            ("social-media-pages-of-communication-sites", "pages of communication sites", "social media pages"),
            ("un-security-council", "International Security Council", "UN Security Council"),
        ],
        [],
    )


def test_the_comma_closing_an_aside_before_that_stays(normalizer: Normalizer) -> None:
    # before: the aside's closing comma went, as if it stood between "reported" and "that"
    aside = "Foreign Minister Fouad Hussein said, in a press statement reported to the agency, that the visit was set."
    assert edits_and_flags(normalizer, aside) == ([], [])
    plain = "The Ministry of Transport announced on Monday, that flights to Erbil would resume."
    assert edits_and_flags(normalizer, plain) == ([("comma-before-that-after-verb-of-saying", ",", "")], [])
