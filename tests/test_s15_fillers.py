"""The connectives of Arabic agency copy carried into English word by word (rules/calques.yaml, s15-fillers).

Repaired where the English is certain in context; a wording institutions' English also writes is offered
as a flag in a document that reads as professional English; quotations and titles are left as written.
"""

from __future__ import annotations

import pytest

from normalize import Normalizer

from .conftest import assert_repaired, assert_untouched


def test_an_arrest_report_loses_its_formulas(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The Basra Police Command announced, within the framework of its efforts to combat drugs, the arrest"
        " of two dealers.\n\nThe command said in a statement received by the agency, a copy of which was"
        " received, that the operation came based on accurate intelligence information, and that the two"
        " were referred to the judiciary to take the legal measures against them.",
        "The Basra Police Command announced, as part of its efforts to combat drugs, the arrest"
        " of two dealers.\n\nThe command said in a statement received by the agency that the operation was"
        " based on accurate intelligence information, and that the two were referred to the judiciary to"
        " take legal action against them.",
        ["framework-of-its-efforts", "a-copy-of-which-was-received", "came-based-on", "take-the-legal-measures"],
    )


def test_a_visit_and_a_coincidence(normalizer: Normalizer) -> None:
    result = assert_repaired(
        normalizer,
        "The minister met, in the context of his visit to Basra, the governor, and stressed coordination at"
        " the level of the security services. This comes in conjunction with a campaign by the ministry.",
        "The minister met, during his visit to Basra, the governor, and stressed coordination at"
        " the level of the security services. This coincides with a campaign by the ministry.",
        ["framework-of-his-visit", "comes-in-conjunction-with"],
    )
    assert [f.rule for f in result.flags] == ["coordination-at-the-level-of"]


def test_a_copy_received_by_an_outlet_is_a_statement_it_obtained(normalizer: Normalizer) -> None:
    result = assert_repaired(
        normalizer,
        "A source said in a statement, a copy of which was received by Shafaq News, that the road was open.",
        "A source said in a statement obtained by Shafaq News that the road was open.",
        ["a-copy-of-which-was-received-by"],
    )
    assert [(e.original, e.replacement) for e in result.edits] == [
        (", a copy of which was received by Shafaq News,", " obtained by Shafaq News")
    ]


def test_professional_prose_is_offered_the_fix_as_a_flag(normalizer: Normalizer) -> None:
    text = (
        "The European Union will continue, within the framework of its efforts to support the rule of law in"
        " the region, to fund the training of judges and prosecutors. "
        + "The programme, which began in 2019, covers courts in six countries and is run with ministries. "
        * 8
    )
    result = assert_untouched(normalizer, text, flags_allowed=True)
    assert [f.rule for f in result.flags] == ["framework-of-its-efforts"]


UNTOUCHED = [
    # quoted words are the speaker's, straight or curly
    'The minister said: "The operation came based on accurate information, and this comes in conjunction'
    ' with the holiday."',
    "He said: “The operation came based on accurate information within the framework of our efforts.”",
    # a title keeps its words
    "The report, titled “Within the Framework of Its Efforts”, was published in May.",
    # the English uses of the same words
    "The ruling must be read in the context of its history, within the framework of the treaty.",
    "The drug is used in conjunction with surgery; the council will take the legal measures that the law allows.",
    "The statement, a copy of which was obtained by reporters, was short.",
]


@pytest.mark.parametrize("text", UNTOUCHED)
def test_untouched(normalizer: Normalizer, text: str) -> None:
    assert_untouched(normalizer, text)


def test_the_basis_of_a_raid_and_the_measures_in_their_regard(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The raid came according to accurate information, and the men were handed to the court to take the"
        " legal measures in their regard. The attack came according to plan.",
        "The raid was based on accurate information, and the men were handed to the court to take"
        " legal action against them. The attack came according to plan.",
        ["came-based-on", "take-the-legal-measures-in-their-regard"],
    )
