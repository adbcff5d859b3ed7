"""The date grammar (normalize/dategrammar.py, rule date-grammar): Arabic day and date
expressions carried over part by part, each construction covering every weekday, part of the
day, relative word, ordinal, month name and connector of rules/language/dates.yaml, and the
professional English those words also make left alone."""

from __future__ import annotations

import pytest

from normalize import Normalizer

from .conftest import assert_untouched, edits_and_flags


@pytest.mark.parametrize(
    ("text", "expected", "edits"),
    [
        # an ordinal day of a Levantine month, a relative word after it, a year: month first (no date of its own)
        (
            "Registration closes on the ninth of Adhar next and reopens on the second of Aylul 2027.",
            "Registration closes on March 9 and reopens on September 2, 2027.",
            [
                ("syriac-month-name+date-grammar", "the ninth of Adhar next", "March 9"),
                ("syriac-month-name+spelt-out-date", "the second of Aylul 2027", "September 2, 2027"),
            ],
        ),
        # a relative word before an English month, in a document that writes its dates day first
        (
            "The summit moved from 3 May to the eleventh of next June.",
            "The summit moved from 3 May to 11 June.",
            [("date-grammar", "the eleventh of next June", "11 June")],
        ),
        # a weekday and its date joined by any connector
        (
            "The shrine reopens on Friday which falls on 17 July 2026.",
            "The shrine reopens on Friday, 17 July 2026.",
            [("date-grammar", " which falls on ", ", ")],
        ),
        # the day of the month named before it
        (
            "Talks open on 21 March and close on the twenty-fourth of the same month.",
            "Talks open on 21 March and close on 24 March.",
            [("date-grammar", "the twenty-fourth of the same month", "24 March")],
        ),
        # a moment of the day after a weekday, and before it with "of"
        (
            "The convoy left on Saturday sunset and reached the border at noon of Sunday.",
            "The convoy left at sunset on Saturday and reached the border at noon on Sunday.",
            [
                ("date-grammar", "on Saturday sunset", "at sunset on Saturday"),
                ("date-grammar", "at noon of Sunday", "at noon on Sunday"),
            ],
        ),
        # a weekday's possessive before a part of the day, and "late night of"
        (
            "Police raided the depot on Friday's night, and the fire burned until late evening of Saturday.",
            "Police raided the depot on Friday night, and the fire burned until late on Saturday evening.",
            [
                ("date-grammar", "'s", ""),
                ("date-grammar", "late evening of Saturday", "late on Saturday evening"),
            ],
        ),
        # relative units after "the end/beginning of", and "of last year"
        (
            "Imports will be cut from the start of the coming year, below the same quarter of last year.",
            "Imports will be cut from the start of next year, below the same quarter last year.",
            [("next-period-without-article", "the coming ", "next "), ("date-grammar", " of", "")],
        ),
        # the era of a year, and a bracketed year
        (
            "The dam was finished in the (2019) year and will be upgraded by 2031 AD.",
            "The dam was finished in 2019 and will be upgraded by 2031.",
            [
                ("date-grammar", "the (2019) year", "2019"),
                ("date-grammar", "2031 AD", "2031"),
            ],
        ),
        # the mid of a month, and of a unit
        (
            "Prices peaked in the mid of July and will fall by the mid of next month.",
            "Prices peaked in mid-July and will fall by the middle of next month.",
            [
                ("date-grammar", "the ", ""),
                ("mid-month-not-mid-of", "mid of ", "mid-"),
                ("mid-month-not-mid-of", "the mid of next ", "the middle of next "),
            ],
        ),
        # "on the day before yesterday": English drops the "on"
        (
            "Inspectors toured the site on the day before yesterday and left.",
            "Inspectors toured the site the day before yesterday and left.",
            [("date-grammar", "on ", "")],
        ),
    ],
)
def test_date_grammar_repairs(
    normalizer: Normalizer, text: str, expected: str, edits: list[tuple[str, str, str]]
) -> None:
    result = normalizer.normalize(text)
    assert result.text == expected
    found, _ = edits_and_flags(normalizer, text)
    assert found == edits


@pytest.mark.parametrize(
    "text",
    [
        "The next year, the firm moved to Basra, and over the past month its sales rose.",
        "The last Friday of each month is a holiday; the coming Friday of prayer was quiet.",
        "Monday's evening session ran late, and Sunday's night shift was cut.",
        "Passover begins on the fifteenth of Nisan in the Hebrew calendar.",
        "The census of 10 Muharram 1436 AH (3 November 2014 CE) is cited; the first of the month is payday.",
        "Law No. 5 of 2026 took effect at 14:30 on the day before yesterday's deadline.",
        "In the month of Ramadan offices close early; sales for the current month rose.",
        "On 1 Ramadan 1447, corresponding to 18 February 2026, the fast began.",
        "The feast falls on Tuesday, 10 Muharram 1448 AH, coinciding with 25 June 2026.",
        "The mid-February deadline passed, and the Nisan plant reopened in Tammuz Street.",
    ],
)
def test_date_grammar_leaves_professional_english(normalizer: Normalizer, text: str) -> None:
    assert_untouched(normalizer, text)
