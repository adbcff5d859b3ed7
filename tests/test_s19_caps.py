"""s19-caps: the capitals kind's grammar pass (normalize/capitals_grammar.py).

MT capitalises common words anywhere in a clause; the cue pass of capitals.py reaches only
those after a listed cue and before a lower-case word.  The grammar pass reads the word's class
(a verb form, a plural, a closed-class word) and what stands before it.  Every repair is held
to its exact text and edit list; professional English with names, titles, teams and surnames
that look like common words is held to no change at all.
"""

from __future__ import annotations

import pytest

from normalize import Normalizer

from .conftest import assert_repaired, assert_untouched

RULE = "capital-mid-sentence"


@pytest.fixture(scope="module")
def normalizer() -> Normalizer:
    return Normalizer()


@pytest.mark.parametrize(
    ("text", "expected", "count"),
    [
        # a plural before a full stop or a comma, after a lower-case word
        ("Police seized pistols and Detonators.", "Police seized pistols and detonators.", 1),
        (
            "The clinic lacks Nurses, and the town needs Ambulances.",
            "The clinic lacks nurses, and the town needs ambulances.",
            2,
        ),
        # after a number
        (
            "The storm destroyed 40 Houses and two Schools in the valley.",
            "The storm destroyed 40 houses and two schools in the valley.",
            2,
        ),
        # after a relative pronoun
        (
            "The scheme, which Covers the northern villages, was approved.",
            "The scheme, which covers the northern villages, was approved.",
            1,
        ),
        (
            "The official who Signed the contract was dismissed.",
            "The official who signed the contract was dismissed.",
            1,
        ),
        # after an auxiliary
        (
            "The crossing was Closed after the clashes and has been Reopened.",
            "The crossing was closed after the clashes and has been reopened.",
            2,
        ),
        # a past verb after its subject, a name included
        ("The governor of Maysan Inaugurated the new bridge.", "The governor of Maysan inaugurated the new bridge.", 1),
        ("The committee Postponed the vote until next week.", "The committee postponed the vote until next week.", 1),
        # a participle after a comma
        (
            "Hundreds of students, Demanding jobs, gathered in the square.",
            "Hundreds of students, demanding jobs, gathered in the square.",
            1,
        ),
        # a present verb after its subject
        (
            "The new law Obliges employers to register their workers.",
            "The new law obliges employers to register their workers.",
            1,
        ),
        # a closed-class word
        ("The inspectors found that the store Was locked.", "The inspectors found that the store was locked.", 1),
        # a singular common noun coordinated with a lower-case one
        ("The region suffers from poverty and Unemployment.", "The region suffers from poverty and unemployment.", 1),
    ],
)
def test_stray_capitals_are_lowered(normalizer: Normalizer, text: str, expected: str, count: int) -> None:
    assert_repaired(normalizer, text, expected, [RULE] * count)


@pytest.mark.parametrize(
    "text",
    [
        "Goals by Kane and Saka put the Blues ahead, and the Lions of Mesopotamia drew with the Eagles of Carthage.",
        "Tom Burns, a former diplomat, said the talks had stalled, said Burns.",
        "The coach said striker Woods scored twice in the Gulf Cup.",
        "The novel Waiting for the Barbarians was discussed at the Sisters of Mercy school.",
        "He grew up in Reading and moved to Ealing before joining the Royal Navy.",
        "The coalition, known as Operation Inherent Resolve, struck targets near the Mosul Dam.",
        "The Hope Probe reached Mars, and the UAE Space Agency said the mission was a success.",
        "The report, titled Living With Drought, was released by the World Bank on Monday.",
        "The West and the Gulf states backed the plan, while Tasnim and Fars reported it.",
        "The fatwa called on Iraqis to fight, and the Hashed al-Shaabi answered.",
        "The troupe, whose name means Keepers of the Flame, sang; its rival calls itself Sons of the River.",
        "The seventh and ninth Imams are buried in Kadhimiya, and the Allies landed in Normandy.",
        'Al-Talaba (the Students) beat Al-Karkh, and Asaib Ahl al-Haq, "the Leagues of the People", objected.',
        "One panel discussed the film Into the Wild; another the memoir On the Front Line.",
        "The council condemned the shelling of the villages. We call upon the government to act.",
        "The ministry said: Schools will reopen on Sunday.",
        "Iraq Seizes Weapons and Explosives in Raid Near Kirkuk",
    ],
)
def test_names_titles_and_teams_are_kept(normalizer: Normalizer, text: str) -> None:
    assert_untouched(normalizer, text)


def test_a_glued_sentence_after_a_comma_keeps_its_capital(normalizer: Normalizer) -> None:
    """ "the villages, We call upon": the capital marks a seam the punctuation rules part; not lowered here."""
    result = normalizer.normalize(
        "The council condemned the shelling of the villages, We call upon the government to act."
    )
    assert all(not (edit.rule == RULE and edit.original == "We") for edit in result.edits)
