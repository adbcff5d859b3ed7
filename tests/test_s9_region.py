"""Real MT from the region outside Iraq (Sudan, Bahrain, Jordan, Palestine, Yemen, Lebanon, Iran):
what the s9-region field trial found and built.

Condolence formulas rendered word for word, a verb of stance said twice round "and", Sudan's
Gezira State spelt as the Qatari channel, Bahrain's Gudaibiya read with a q, the region's site
furniture lines, and wrong-sense words of security reports.  Each test gives the look-alike
that English uses and the tool must leave alone.
"""

from __future__ import annotations

from normalize import Normalizer

from .conftest import edits_and_flags


def test_the_condolence_formula_is_mended_and_english_prayer_stays(normalizer: Normalizer) -> None:
    text = (
        "The Council has mercy on the martyrs, asking Almighty Allah to accept them well and inspire their"
        " families with patience and good consolation."
    )
    result = normalizer.normalize(text)
    assert result.text == (
        "The Council prays for mercy on the martyrs, asking Almighty Allah to accept them and grant their"
        " families patience and solace."
    )
    assert [(e.rule, e.original, e.replacement) for e in result.edits] == [
        ("prays-for-mercy-not-has-mercy-on", "has mercy on ", "prays for mercy on "),
        ("accept-them-not-accept-them-well", "accept them well", "accept them"),
        (
            "grant-patience-not-inspire",
            "inspire their families with patience and good consolation",
            "grant their families patience and solace",
        ),
    ]
    prayer = "May God have mercy on the martyrs; God grant their families patience and solace."
    assert edits_and_flags(normalizer, prayer) == ([], [])


def test_a_stance_verb_said_twice_goes_and_an_emphatic_verb_stays(normalizer: Normalizer) -> None:
    text = "The ministry called on the world to condemn and condemn the attack; they waited and waited."
    edits, flags = edits_and_flags(normalizer, text)
    assert edits == [("doubled-stance-verb-with-and", " and condemn", "")]
    assert flags == []


def test_gezira_state_is_not_the_channel(normalizer: Normalizer) -> None:
    text = "Fighting spread in the state of Al-Jazeera, Sudan's army said. Al Jazeera state media reported it."
    result = normalizer.normalize(text)
    assert result.text == "Fighting spread in Gezira State, Sudan's army said. Al Jazeera state media reported it."
    assert [(e.rule, e.original, e.replacement) for e in result.edits] == [
        ("gezira-state-not-al-jazeera", "the state of Al-Jazeera", "Gezira State")
    ]
    assert edits_and_flags(normalizer, "Al Jazirah State lies south of Khartoum in Sudan.") == ([], [])


def test_gudaibiya_palace_takes_the_gulf_spelling(normalizer: Normalizer) -> None:
    text = "The Crown Prince received the speaker at Al-Qudaibiya Palace."
    assert edits_and_flags(normalizer, text) == ([("bh-gudaibiya", "Al-Qudaibiya", "Gudaibiya")], [])


def test_wrong_sense_words_of_security_reports(normalizer: Normalizer) -> None:
    stray = "The army will confront this stray group; a stray dog followed the group."
    assert edits_and_flags(normalizer, stray) == (
        [("misguided-not-stray-group", "this stray group", "this misguided group")],
        [],
    )
    cards = "Troops checked the citizens' cards and distributed military roadblocks on the road."
    result = normalizer.normalize(cards)
    assert result.text == "Troops checked citizens' identity cards and set up military roadblocks on the road."
    assert [(e.rule, e.original, e.replacement) for e in result.edits] == [
        ("identity-cards-not-citizens-cards", "the citizens' cards", "citizens' identity cards"),
        ("set-up-not-distributed-checkpoints", "distributed", "set up"),
    ]
    rebel = "The rebellious militia attacked; the rebellious teenagers stayed home."
    assert edits_and_flags(normalizer, rebel) == ([("rebel-not-rebellious-militia", "rebellious", "rebel")], [])


def test_the_article_goes_before_occupied_palestine_only(normalizer: Normalizer) -> None:
    text = "near the border with the occupied Palestine, and the occupied Palestinian territories"
    assert edits_and_flags(normalizer, text) == ([("occupied-palestine-no-article", "the ", "")], [])
    fence = "Troops fired towards the occupied Palestine border fence."
    assert edits_and_flags(normalizer, fence) == ([], [])


def test_the_regions_furniture_lines_go_and_lookalikes_stay(normalizer: Normalizer) -> None:
    text = (
        "Publish date26 Feb 2024 - 11:01\nStory Code : 626407\n\nThe movement hit two buildings.\n\n"
        "READ MORE  Labour Minister meets council chairman\n\nPrint Friendly, PDF & Email\n"
    )
    result = normalizer.normalize(text)
    assert result.text == "The movement hit two buildings.\n"
    assert [(e.rule, e.original, e.replacement) for e in result.edits] == [
        ("site-furniture-line-region", "Publish date26 Feb 2024 - 11:01\n", ""),
        ("site-furniture-line-region", "Story Code : 626407\n\n", ""),
        (
            "site-furniture-line-region",
            "\nREAD MORE  Labour Minister meets council chairman\n\nPrint Friendly, PDF & Email\n",
            "",
        ),
    ]
    keep = "Other news\n\nThe ministry said exports rose.\nPublished: 2018\nLike 10 others, she left.\n"
    assert edits_and_flags(normalizer, keep) == ([], [])
