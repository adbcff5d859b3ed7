"""Dates repaired in the document's own order: every date rule that writes a date writes it day
first ("27 December 2021", no comma) where the document's own dates are day first, month first
("December 27, 2021") where they are month first, where there are as many of each, or where it
has none of its own."""

from __future__ import annotations

import pytest

from normalize import Normalizer

from .conftest import assert_untouched, edits_and_flags


@pytest.mark.parametrize(
    ("text", "expected", "edits"),
    [
        # No date of the document's own: month first, the default of every date rule.
        (
            "The court ratified the results on 27/December/2021.",
            "The court ratified the results on December 27, 2021.",
            [("date-with-slashes", "27/December/2021", "December 27, 2021")],
        ),
        # The document writes "9 January": day first, no comma; the weekday takes its comma.
        (
            "The court met on Monday 27/December/2021 and the parliament on 9 January.",
            "The court met on Monday, 27 December 2021 and the parliament on 9 January.",
            [("date-with-slashes", "Monday 27/December/2021", "Monday, 27 December 2021")],
        ),
        # The document writes "January 9": month first.
        (
            "The court met on 27-December-2021 and the parliament on January 9.",
            "The court met on December 27, 2021 and the parliament on January 9.",
            [("date-with-slashes", "27-December-2021", "December 27, 2021")],
        ),
        # As many of each: the default.
        (
            "Talks on 3 May and on May 9 led to the deal of 27/December/2021.",
            "Talks on 3 May and on May 9 led to the deal of December 27, 2021.",
            [("date-with-slashes", "27/December/2021", "December 27, 2021")],
        ),
        # A dateline's AP abbreviation tells the order too.
        (
            "BASRA, Sept. 17 (INA) - The port reopened on 16/September/2019.",
            "BASRA, Sept. 17 (INA) - The port reopened on September 16, 2019.",
            [("date-with-slashes", "16/September/2019", "September 16, 2019")],
        ),
        (
            "BASRA, 17 Sept. (INA) - The port reopened on 16/September/2019.",
            "BASRA, 17 Sept. (INA) - The port reopened on 16 September 2019.",
            [("date-with-slashes", "16/September/2019", "16 September 2019")],
        ),
        # The month left in Arabic, in a day-first document and by default.
        (
            "Traders meet governor on prices [03/ تشرين الثاني /2019]\n\nThe market reopened on 1 November.",
            "Traders meet governor on prices [3 November 2019]\n\nThe market reopened on 1 November.",
            [("arabic-month-in-figure-date", "03/ تشرين الثاني /2019", "3 November 2019")],
        ),
        (
            "Traders meet governor on prices [03/ تشرين الثاني /2019]",
            "Traders meet governor on prices [November 3, 2019]",
            [("arabic-month-in-figure-date", "03/ تشرين الثاني /2019", "November 3, 2019")],
        ),
        # Stray dashes around a month-first date follow a day-first document.
        (
            "The council met on 1 May and again on May- 5 - 2019.",
            "The council met on 1 May and again on 5 May 2019.",
            [("date-with-stray-dashes", "May- 5 - 2019", "5 May 2019")],
        ),
        # Every date rule agrees within one document.
        (
            "The vote of 14/3/2024 followed the talks of the fifth of March and the decree of 27/December/2023;"
            " the count ends on 2 April.",
            "The vote of 14 March 2024 followed the talks of 5 March and the decree of 27 December 2023;"
            " the count ends on 2 April.",
            [
                ("figure-date", "14/3/2024", "14 March 2024"),
                ("spelt-out-date", "the fifth of March", "5 March"),
                ("date-with-slashes", "27/December/2023", "27 December 2023"),
            ],
        ),
        # A Hijri date is day first in any English: it says nothing of the document's own order.
        (
            "The holiday falls on Tuesday, 10 Muharram 1443 AH, corresponding to 17/8/2021.",
            "The holiday falls on Tuesday, 10 Muharram 1443 AH, corresponding to August 17, 2021.",
            [("figure-date", "17/8/2021", "August 17, 2021")],
        ),
        # A year in brackets after a spelt date joins it, in the document's order.
        (
            "The vote was held on the tenth of October (2021), and the court met on 27/December/2021."
            " The session opened on 9 January.",
            "The vote was held on 10 October 2021, and the court met on 27 December 2021."
            " The session opened on 9 January.",
            [
                ("spelt-out-date", "the tenth of October (2021)", "10 October 2021"),
                ("date-with-slashes", "27/December/2021", "27 December 2021"),
            ],
        ),
        # A year in brackets after a day-first date follows it without a comma.
        (
            "The previous session, held on 20 October (2021), drew 400 exhibitors.",
            "The previous session, held on 20 October 2021, drew 400 exhibitors.",
            [("year-in-brackets-after-day-first-date", " (2021)", " 2021")],
        ),
        # A worded date says the figure dates beside it are day first: "10/3/2023" is 10 March.
        (
            "Salaries are paid on 9/March/2023 and pensions on 10/3/2023.",
            "Salaries are paid on March 9, 2023 and pensions on March 10, 2023.",
            [
                ("date-with-slashes", "9/March/2023", "March 9, 2023"),
                ("figure-date", "10/3/2023", "March 10, 2023"),
            ],
        ),
        # A Levantine month name between figures becomes the Gregorian month, then the date is written.
        (
            "The council met on 27/Kanun al-Awwal/2021 and on 3 / Shubat / 2022.",
            "The council met on December 27, 2021 and on February 3, 2022.",
            [
                ("syriac-month-name+date-with-slashes", "27/Kanun al-Awwal/2021", "December 27, 2021"),
                ("syriac-month-name+date-with-slashes", "3 / Shubat / 2022", "February 3, 2022"),
            ],
        ),
        # The era MT writes for the Arabic m is dropped, as from a figure date.
        (
            "The ministry set 22 Jumada al-Awwal 1443 AH, corresponding to 27/December/2021 AD, as the date.",
            "The ministry set 22 Jumada al-Awwal 1443 AH, corresponding to December 27, 2021, as the date.",
            [("date-with-slashes", "27/December/2021 AD", "December 27, 2021")],
        ),
        # A range of days ending in a date is written whole, in the document's order.
        (
            "The fair runs from 3 to 15/1/2022 in Baghdad and between 20 and 25/March/2022 in Basra.",
            "The fair runs from January 3 to 15, 2022 in Baghdad and between March 20 and 25, 2022 in Basra.",
            [
                ("figure-date", "3 to 15/1/2022", "January 3 to 15, 2022"),
                ("date-with-slashes", "20 and 25/March/2022", "March 20 and 25, 2022"),
            ],
        ),
        (
            "The programme ran 27-29/December/2021 in three cities and 3–5/January/2022 in Erbil.",
            "The programme ran December 27-29, 2021 in three cities and January 3–5, 2022 in Erbil.",
            [
                ("date-with-slashes", "27-29/December/2021", "December 27-29, 2021"),
                ("date-with-slashes", "3–5/January/2022", "January 3–5, 2022"),
            ],
        ),
        (
            "The programme ran 27-29/December/2021 in three cities, as it did on 2 May.",
            "The programme ran 27-29 December 2021 in three cities, as it did on 2 May.",
            [("date-with-slashes", "27-29/December/2021", "27-29 December 2021")],
        ),
        (
            "The fair runs from 3 to 15/1/2022 in Baghdad, as it did on 2 May.",
            "The fair runs from 3 to 15 January 2022 in Baghdad, as it did on 2 May.",
            [("figure-date", "3 to 15/1/2022", "3 to 15 January 2022")],
        ),
        # A date in brackets after its weekday, and the month left in Arabic between dashes.
        (
            "The court met on Monday (27/December/2021) and the traders on 04-أغسطس-2018.",
            "The court met on Monday, December 27, 2021 and the traders on August 4, 2018.",
            [
                ("date-with-slashes+weekday-date-in-brackets", " (27/December/2021)", ", December 27, 2021"),
                ("arabic-month-in-figure-date", "04-أغسطس-2018", "August 4, 2018"),
            ],
        ),
    ],
)
def test_a_date_is_written_in_the_documents_own_order(
    normalizer: Normalizer, text: str, expected: str, edits: list[tuple[str, str, str]]
) -> None:
    assert normalizer.normalize(text).text == expected
    assert edits_and_flags(normalizer, text) == (edits, [])


def test_a_weekday_the_date_did_not_fall_on_is_flagged_not_repaired(normalizer: Normalizer) -> None:
    text = "The court met on Sunday 27/December/2021 and adjourned."
    result = normalizer.normalize(text)
    assert result.text == text
    assert edits_and_flags(normalizer, text) == ([], [("date-with-slashes", "Sunday 27/December/2021")])
    assert result.flags[0].detail == {"suggestion": "Sunday, December 27, 2021", "original": "Sunday 27/December/2021"}


@pytest.mark.parametrize(
    "text",
    [
        "The court ratified the results on 27 December 2021 and on December 28, 2021.",
        "The programme ran 29-27/December/2021 in three cities.",
        "The season ran March-2-2019 in the table's code column, and May 3-2019 was its label.",
        "File 2021-December-27 is archived; 1/December/21 is a short form.",
        "The report dated 32/December/2021 is a misprint in the original.",
    ],
)
def test_professional_dates_and_shapes_that_are_no_date_are_left_alone(normalizer: Normalizer, text: str) -> None:
    assert_untouched(normalizer, text)
