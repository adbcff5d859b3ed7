"""Field trial on Iraqi MT (session 11): reporting formulas, exchange rates and "sides".

The classes are counted in corpora/STUDIED.md (section s11-iraq); the dev pairs are
corpora/mtdev 1900-1904.  Each test gives the exact edits and the English left alone.
"""

from __future__ import annotations

from normalize import Normalizer

from .conftest import assert_untouched, edits_and_flags


def test_and_before_a_pronoun_of_a_report_goes(normalizer: Normalizer) -> None:
    text = (
        "The minister met the farmers.\n\nAnd he pointed out that water would be released. "
        "And she added: the road is open."
    )
    result = normalizer.normalize(text)
    assert result.text == (
        "The minister met the farmers.\n\nHe pointed out that water would be released. She added: the road is open."
    )
    assert [(e.rule, e.original, e.replacement) for e in result.edits] == [
        ("and-pronoun-report", "And he", "He"),
        ("and-pronoun-report", "And she", "She"),
    ]


def test_and_before_a_pronoun_that_reports_nothing_stays(normalizer: Normalizer) -> None:
    assert_untouched(normalizer, "And he said unto them: go. And they said nothing. And it rained.")


def test_a_verb_of_saying_with_no_subject_is_flagged(normalizer: Normalizer) -> None:
    assert edits_and_flags(normalizer, "The minister met the farmers. And added that water would be released.") == (
        [],
        [("subjectless-report-flag", "And added")],
    )
    assert_untouched(normalizer, "The minister stressed that the road is open, and added that the talks would resume.")


def test_said_to_an_outlet_is_told(normalizer: Normalizer) -> None:
    assert edits_and_flags(
        normalizer, "An MP said to Shafaq News that the vote was set. A source said to Alsumaria that it ended."
    ) == (
        [("told-not-said-to-outlet", "said to", "told"), ("told-not-said-to-outlet", "said to", "told")],
        [],
    )
    assert_untouched(normalizer, "The man was said to be ill. He said to the council that the budget was late.")


def test_exchange_rates_given_against_a_count_of_dollars(normalizer: Normalizer) -> None:
    text = "The rate closed at 146,250 dinars against 100 dollars; the bank sells at 1,310 dinars against one dollar."
    result = normalizer.normalize(text)
    assert result.text == (
        "The rate closed at 146,250 dinars per 100 dollars; the bank sells at 1,310 dinars to the dollar."
    )
    assert [(e.rule, e.original, e.replacement) for e in result.edits] == [
        ("exchange-rate-against-hundred", " against ", " per "),
        ("exchange-rate-against-one", " against one dollar", " to the dollar"),
    ]
    assert_untouched(normalizer, "The dinar fell against the dollar, and the pound gained 2 percent against the euro.")


def test_political_sides_are_parties(normalizer: Normalizer) -> None:
    assert edits_and_flags(
        normalizer, "The head of the commission warned that political sides protect the accused."
    ) == (
        [("parties-not-political-sides", "political sides", "political parties")],
        [],
    )
    assert_untouched(normalizer, "Both sides agreed, and the regional sides of the border were closed.")


def test_she_after_a_phrasal_verb_of_the_body(normalizer: Normalizer) -> None:
    text = (
        "The Ministry of Trade said the wheat arrived. "
        "The ministry pointed out in a statement that she would distribute it."
    )
    result = normalizer.normalize(text)
    assert result.text == (
        "The Ministry of Trade said the wheat arrived. "
        "The ministry pointed out in a statement that it would distribute it."
    )
    assert [(e.rule, e.original, e.replacement) for e in result.edits] == [("feminine-pronoun-for-body", "she", "it")]


def test_verb_first_report_before_a_title_and_a_name(normalizer: Normalizer) -> None:
    text = "The grid held. Said the ministry's spokesman Ahmed Mousa in a statement that the loads fell."
    assert edits_and_flags(normalizer, text) == (
        [
            (
                "verb-first-reporting-titled-name",
                "Said the ministry's spokesman Ahmed Mousa in a statement",
                "The ministry's spokesman Ahmed Mousa said in a statement",
            )
        ],
        [],
    )
    assert_untouched(normalizer, "The spokesman Ahmed Mousa said that the loads fell.")
