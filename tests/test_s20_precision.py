"""Unexpected edits on machine-translated text (session 20, s20-precision).

The dev pairs are corpora/mtdev 3040-3059 and the kept-apart trial passages corpora/trials/s20-precision.
The class fixed here: the day-between-commas rules took the comma after the day even where a date
followed it ("held, on Sunday, 26/6/2024, a parade"): that comma opens the date's own pair, and
taking it left the date's closing comma alone between the verb and its object.  Each test gives
the exact text and edits.
"""

from __future__ import annotations

import pytest

from normalize import Normalizer

from .conftest import assert_repaired, assert_untouched


@pytest.mark.parametrize(
    "text",
    [
        "The forces held, on Sunday, 26/6/2024, a military parade in the camp.",
        "The court issued, on Monday, 5 March, a ruling on the lawsuit.",
        "The council approved, on Thursday evening, 2024-03-07, the new budget.",
        "The army received, on Tuesday, 12th February, the first batch of aircraft.",
    ],
)
def test_day_before_a_date_keeps_its_commas_after_a_verb(normalizer: Normalizer, text: str) -> None:
    assert_untouched(normalizer, text)


def test_today_and_day_before_a_date_keep_the_date_s_comma(normalizer: Normalizer) -> None:
    # today-weekday still takes "today, " and leaves "on Monday, 5 March," a balanced apposition;
    # today-weekday-between-commas no longer takes the comma that opens the date's pair.
    assert_repaired(
        normalizer,
        "The Central Bank sold, today, Wednesday, 3/1/2024, the largest sum of the month.",
        "The Central Bank sold, on Wednesday, January 3, 2024, the largest sum of the month.",
        ["today-weekday+figure-date"],
    )
    assert_repaired(
        normalizer,
        "The ministry received, yesterday, Monday, 5 March, the first shipment of wheat.",
        "The ministry received, on Monday, 5 March, the first shipment of wheat.",
        ["today-weekday"],
    )


def test_a_figure_that_is_no_date_still_loses_the_day_s_commas(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The Central Bank of Iraq sold, today, Tuesday, 240 million dollars in the auction.",
        "The Central Bank of Iraq sold on Tuesday 240 million dollars in the auction.",
        ["today-weekday-between-commas"],
    )
    assert_repaired(
        normalizer,
        "Gunmen killed, on Friday night, 3 shepherds near the lake.",
        "Gunmen killed on Friday night 3 shepherds near the lake.",
        ["weekday-between-commas-after-verb"],
    )


def test_professional_dates_with_the_day_are_left_alone(normalizer: Normalizer) -> None:
    assert_untouched(
        normalizer,
        "The vote, held on Sunday, 12 November, was the first since 2005, officials said on Monday.",
    )
