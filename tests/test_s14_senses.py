"""Arabic verbs' object frames and words in their dictionary sense, caught in their general form:
any addressee of talaba / da'a, every verb form, and the professional English that looks alike."""

from __future__ import annotations

import pytest

from normalize import Normalizer

from .conftest import assert_repaired, assert_untouched

REPAIRED = [
    # the addressee of "demanded ... to" is any body or person, with its modifiers and a name after it
    (
        "The families demanded the Federal Supreme Court to rule on the appeal.",
        "The families called on the Federal Supreme Court to rule on the appeal.",
        ["called-on-not-demanded-to"],
    ),
    (
        "Protesters are demanding the governor of Basra to resign, and demanded Turkey to withdraw.",
        "Protesters are calling on the governor of Basra to resign, and called on Turkey to withdraw.",
        ["called-on-not-demanded-to", "called-on-not-demanded-to"],
    ),
    # "called ... to" with a collective addressee, in every form of the verb
    (
        "The MP called the government to diversify the sources of income; the cleric calls the blocs to agree.",
        "The MP called on the government to diversify the sources of income; the cleric calls on the blocs to agree.",
        ["called-on-not-called-to", "called-on-not-called-to"],
    ),
    (
        "He is calling the international community to intervene.",
        "He is calling on the international community to intervene.",
        ["called-on-not-called-to"],
    ),
    (
        "He warned from the continued dependence on the oil only.",
        "He warned against the continued dependence on oil only.",
        ["warned-against-not-warned-from", "dependence-on-not-on-the"],
    ),
    (
        "The country depends on the oil only, and the region is relying on the loans only.",
        "The country depends only on oil, and the region is relying only on loans.",
        ["only-on-not-on-the-only", "only-on-not-on-the-only"],
    ),
    (
        "He said that the martyrs, no fear on them, are remembered.",
        "He said that the martyrs, no fear for them, are remembered.",
        ["no-fear-for-not-no-fear-on"],
    ),
    (
        "The minister asserted on the importance of coordination and confirmed on the right to protest.",
        "The minister asserted the importance of coordination and confirmed the right to protest.",
        ["asserted-not-asserted-on", "asserted-not-asserted-on"],
    ),
    (
        "The spokesman explained about the reasons of the delay and the ministry denied about any plan.",
        "The spokesman explained the reasons of the delay and the ministry denied any plan.",
        ["direct-object-not-about", "direct-object-not-about"],
    ),
    (
        "The delegation visited to the city of Basra.",
        "The delegation visited the city of Basra.",
        ["visited-not-visited-to"],
    ),
    (
        "A lawmaker accused the former director with corruption and accused the company with delaying the work.",
        "A lawmaker accused the former director of corruption and accused the company of delaying the work.",
        ["accused-of-not-accused-with", "accused-of-not-accused-with"],
    ),
]

REPAIRED += [
    (
        "The minister responded on the questions of the deputies and expressed about his regret.",
        "The minister responded to the questions of the deputies and expressed his regret.",
        ["responded-to-not-responded-on", "expressed-not-expressed-about"],
    ),
    (
        "An engineer supervised on the work, the firm obtained on the approval and the teams entered to the station.",
        "An engineer supervised the work, the firm obtained the approval and the teams entered the station.",
        ["direct-object-not-on", "direct-object-not-on", "entered-not-entered-to"],
    ),
]

UNTOUCHED = [
    "He responded on the same day and replied on the show; the data were obtained on the condition of anonymity.",
    "The weapons were obtained on the black market, and the work was supervised on the ground.",
    "The minister expressed concern about the cuts; she entered to vote and entered into talks.",
    "The economy depends on the oil price, and the budget relies on oil only for a third of its spending.",
    "Lawyers demanded the release of the journalist and demanded the right to appeal the verdict.",
    "The union demanded more time to prepare and demanded the power to veto the plan.",
    "He demanded the government's resignation and demanded an apology from the minister.",
    "The president called his French counterpart to discuss the crisis.",
    "The speaker called the house to order, and the judge called the witness to testify.",
    "Residents called the police to report gunfire, and she called the embassy to ask about her visa.",
    "The opposition called for the government to resign and called the vote a sham.",
    "The mayor called the council to vote on the plan, and the ministry called the companies to a tender.",
    "He warned from the podium that the ceasefire was fragile; a warning from the United Nations followed.",
    "The ministry confirmed on Monday that the talks had collapsed.",
    "There was no fear on the part of investors.",
    "The site has been visited to this day by pilgrims; her visit to the city was brief.",
    "He accused her with a smile of lying, and the committee charged him with corruption.",
    "The clerk explained about 30 cases to the court, and he talked about the delay.",
    "Dependence on the oil sector and reliance on the gas imported from Iran remain high.",
]


@pytest.mark.parametrize(("text", "expected", "rules"), REPAIRED)
def test_repaired(normalizer: Normalizer, text: str, expected: str, rules: list[str]) -> None:
    assert_repaired(normalizer, text, expected, rules)


@pytest.mark.parametrize("text", UNTOUCHED)
def test_untouched(normalizer: Normalizer, text: str) -> None:
    assert_untouched(normalizer, text)


def test_treated_a_problem_is_flagged_not_repaired(normalizer: Normalizer) -> None:
    text = "The committee will treat the problems of the farmers, and doctors treated the wounded."
    result = normalizer.normalize(text)
    assert result.text == text
    assert list(result.edits) == []
    assert [(f.rule, text[f.start : f.end]) for f in result.flags] == [("addressed-not-treated", "treat")]
