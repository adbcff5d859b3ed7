"""Figure dates as MT from Arabic writes them: dots, spaced slashes, Arabic-Indic digits, an era,
ambiguous readings decided by the document's marks of Arabic origin, or flagged."""

from __future__ import annotations

import pytest

from normalize import Normalizer


@pytest.fixture(scope="module")
def dates() -> Normalizer:
    return Normalizer(select=["figure-date", "spelt-out-date", "ordinal-figure-date"])


@pytest.mark.parametrize(
    ("text", "expected", "edits"),
    [
        # Dots and spaced slashes, decided by the document's unambiguous date (20 July).
        (
            "It begins on 8.6.2024, ends on 3 / 7 / 2024 and resumes on 20-7-2024.",
            "It begins on June 8, 2024, ends on July 3, 2024 and resumes on July 20, 2024.",
            [("8.6.2024", "June 8, 2024"), ("3 / 7 / 2024", "July 3, 2024"), ("20-7-2024", "July 20, 2024")],
        ),
        # Arabic-Indic digits; an ambiguous one is decided by them (a mark of Arabic origin).
        (
            "It starts on ٥/٦/٢٠٢٤ in Basra.",
            "It starts on June 5, 2024 in Basra.",
            [("٥/٦/٢٠٢٤", "June 5, 2024")],
        ),
        # "AD" (the Arabic m) is dropped and is itself the mark that decides.
        (
            "They leave on 5/6/2024 AD from Najaf.",
            "They leave on June 5, 2024 from Najaf.",
            [("5/6/2024 AD", "June 5, 2024")],
        ),
        (
            "They leave on 5/6/2024م from Najaf.",
            "They leave on June 5, 2024 from Najaf.",
            [("5/6/2024م", "June 5, 2024")],
        ),
        # A Hijri year elsewhere in the document.
        (
            "Eid falls in Dhu al-Hijjah 1445 AH; the convoys leave on 5/6/2024.",
            "Eid falls in Dhu al-Hijjah 1445 AH; the convoys leave on June 5, 2024.",
            [("5/6/2024", "June 5, 2024")],
        ),
        # Spelt dates written day first say the figure dates are too.
        (
            "The committee met on 11 February; the vote is on 5/6/2025.",
            "The committee met on 11 February; the vote is on 5 June 2025.",
            [("5/6/2025", "5 June 2025")],
        ),
        # A spelt date after a weekday, without "the", with its year.
        (
            "It named Saturday 18th of July 2015 and Wednesday (10th of April, 2024).",
            "It named Saturday, July 18, 2015 and Wednesday (April 10, 2024).",
            [("Saturday 18th of July 2015", "Saturday, July 18, 2015"), ("10th of April, 2024", "April 10, 2024")],
        ),
    ],
)
def test_forms_of_figure_dates(dates: Normalizer, text: str, expected: str, edits: list[tuple[str, str]]) -> None:
    result = dates.normalize(text)
    assert result.text == expected
    assert [(e.original, e.replacement) for e in result.edits] == edits


@pytest.mark.parametrize(
    "text",
    [
        "The filing of 5/6/2024 and the notice of 3/14/2024.",  # a month-first date: the document is American
        "Najaf, 1445 AH: the decision of 5/6/2024 and the notice of 3/14/2024.",  # even with a Hijri year
        "The law was passed on 12/5/1445 AH in Najaf.",  # a Hijri date is no Gregorian one
        "The code 1.12.2024 and version 2.5.2024-1 stay.",  # no word before, or a figure after
        "| April | 12/5/2024 |\n|---|---|",  # a table
    ],
)
def test_dates_that_stay(dates: Normalizer, text: str) -> None:
    assert dates.normalize(text).edits == []


def test_a_date_that_reads_both_ways_is_flagged_with_the_day_first_reading(dates: Normalizer) -> None:
    text = "The statement, dated 7/11/2023, was read on Monday."
    result = dates.normalize(text)
    assert result.edits == []
    assert [(f.rule, text[f.start : f.end], f.detail["suggestion"]) for f in result.flags] == [
        ("figure-date", "7/11/2023", "November 7, 2023")
    ]


def test_no_flag_where_the_document_decides(dates: Normalizer) -> None:
    # Month first (3/14) decides: 5/6 is May 6, nothing to ask.
    assert dates.normalize("The filing of 5/6/2024 and the notice of 3/14/2024.").flags == []
    # A weekday that fits neither reading is no date to suggest.
    assert dates.normalize("It met on Monday 12/3/2024.").flags == []


def test_earlier_repairs_of_arabic_mt_decide_the_reading() -> None:
    # "today, Sunday," (an Arabic date form) repaired before the date rules run: the text is
    # translated from Arabic, and its figure dates are day first.
    normalizer = Normalizer(select=["today-weekday", "figure-date"])
    result = normalizer.normalize("The ministry announced today, Sunday, that exams start on 5/6/2024.")
    assert result.text == "The ministry announced on Sunday that exams start on June 5, 2024."
    assert [(e.original, e.replacement, e.rule) for e in result.edits] == [
        ("today, Sunday,", "on Sunday", "today-weekday"),
        ("5/6/2024", "June 5, 2024", "figure-date"),
    ]
    assert result.flags == []


def test_each_document_of_a_batch_is_judged_on_its_own_repairs() -> None:
    normalizer = Normalizer(select=["today-weekday", "figure-date"])
    first, second = normalizer.normalize_many(
        ["The ministry announced today, Sunday, that exams start on 5/6/2024.", "The exams start on 5/6/2024."]
    )
    assert first.text == "The ministry announced on Sunday that exams start on June 5, 2024."
    assert second.text == "The exams start on 5/6/2024."
    assert [(f.rule, f.detail["suggestion"]) for f in second.flags] == [("figure-date", "June 5, 2024")]
