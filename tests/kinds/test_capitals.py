"""normalize/kinds/capitals.py: a common word capitalised in mid-sentence is lowered, and nothing else."""

from __future__ import annotations

import pytest

from normalize import Normalizer
from normalize.kinds.capitals import lower_mid_sentence_capitals
from normalize.rules import build_rule, pack_entry


@pytest.fixture(scope="module")
def normalizer() -> Normalizer:
    return Normalizer(select=["capital-mid-sentence"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The factions seek to Withstand the pressure and will Confront any attack.",
            "The factions seek to withstand the pressure and will confront any attack.",
        ),
        (
            "The minister pledged to Expedite the payment of the Salaries of employees.",
            "The minister pledged to expedite the payment of the salaries of employees.",
        ),
        ("He called for handing over Weapons to the state.", "He called for handing over weapons to the state."),
        ("He said they should Refrain from escalation.", "He said they should refrain from escalation."),
    ],
)
def test_common_words_in_mid_sentence_are_lowered(normalizer: Normalizer, text: str, expected: str) -> None:
    result = normalizer.normalize(text)
    assert result.text == expected
    assert all(e.rule == "capital-mid-sentence" for e in result.edits)


@pytest.mark.parametrize(
    "text",
    [
        "The bill went to the Senate and then to Parliament, and the Pope met the President at the White House.",
        "A Reuters report said Parliament voted on Monday, and the Times said the Army would withdraw.",
        "Iraq Asks Turkey to Release Water Into the Tigris",  # a headline in title case
        "He flew to Turkey on Monday, will travel to Jordan in March, then to China for talks.",
        "She donated to Save the Children and joined a march to Stop the War; he moved to Face the Nation.",
        "He said: Withstand it. Weapons were found; Salaries rose.",  # after a colon, at a sentence start
        "He will Samir nothing; the envoy went to Baghdad with Geagea.",  # names are no common words
        "The speaker of Parliament, the minister of Interior and the governor of Basra met the Crowd.",
        "The Muslim Brotherhood and the Popular Mobilization Forces met the members of Soldiers for Peace.",
    ],
)
def test_names_institutions_headlines_and_sentence_starts_stay(normalizer: Normalizer, text: str) -> None:
    assert normalizer.normalize(text).edits == []


def test_a_rule_protects_its_own_words_and_reads_back() -> None:
    entry = {"id": "caps", "kind": "capitals", "category": "capitalisation", "message": "m", "protect": ["Confront"]}
    rule = build_rule(entry, "local")
    assert pack_entry(rule) == entry
    text = "They seek to Withstand it and will Confront any attack."
    assert [(text[c.start : c.end], c.replacement) for c in lower_mid_sentence_capitals(text, rule)] == [
        ("Withstand", "withstand")
    ]


@pytest.mark.parametrize(
    ("text", "lowered"),
    [
        (
            "The government seeks to Withstand the pressure of the markets and Reduce the deficit.",
            ["Withstand", "Reduce"],
        ),
        ("The court Sentenced two men to prison.", ["Sentenced"]),
        ("The directorate Imposed a curfew on the town.", ["Imposed"]),
        # a new sentence after the lowered verb: "and" there shares no cue with it
        ("They want to Cut the deficit. Bread and Butter Street is closed.", ["Cut"]),
    ],
)
def test_a_coordinated_verb_and_an_unlisted_past_verb_are_lowered(
    normalizer: Normalizer, text: str, lowered: list[str]
) -> None:
    result = normalizer.normalize(text)
    assert [e.original for e in result.edits] == lowered
    assert [e.replacement for e in result.edits] == [word.lower() for word in lowered]
    assert {e.rule for e in result.edits} == {"capital-mid-sentence"}


@pytest.mark.parametrize(
    "text",
    [
        # the word before "and" was not lowered, so the word after it has no cue
        "The team of Save the Children and Oxfam arrived.",
        # a name ending in -ed after a title is followed by a verb, not an object
        "The minister Rashed said the road was open, and the envoy Waleed Hameed agreed.",
        # the word before the capitalised one is a name: a club, not a subject
        "He met the Manchester United players and the mayor.",
    ],
)
def test_names_after_and_or_ending_in_ed_stay(normalizer: Normalizer, text: str) -> None:
    assert normalizer.normalize(text).edits == []
