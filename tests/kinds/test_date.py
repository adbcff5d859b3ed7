"""normalize/kinds/date.py: figure and spelt-out dates, certain readings only, in the document's style."""

from __future__ import annotations

import pytest

from normalize import Normalizer
from normalize.kinds.base import RuleError
from normalize.kinds.date import day_first_style
from normalize.rules import build_rule, pack_entry

from ..conftest import assert_untouched

ENTRY = {
    "id": "local-figure-date",
    "kind": "date",
    "form": "numeric",
    "category": "date",
    "message": "a figure date",
    "examples": [{"in": "It met on 14/3/2024.", "out": "It met on March 14, 2024."}],
}


@pytest.fixture(scope="module")
def dates() -> Normalizer:
    return Normalizer(select=["figure-date", "spelt-out-date", "ordinal-figure-date"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The day above 12: day first for certain.
        ("It met on 14/3/2024.", "It met on March 14, 2024."),
        # The year first.
        ("It met on 2019/11/27.", "It met on November 27, 2019."),
        # A weekday that fits the day-first reading only (4 March 2024 was a Monday, 3 April a Wednesday).
        ("It met on Monday 4/3/2024.", "It met on Monday, March 4, 2024."),
        ("It met on Monday, 4-3-2024.", "It met on Monday, March 4, 2024."),
        # 12 March and 3 December 2024 were both Tuesdays: another date of the document decides.
        ("It met on Tuesday 12/3/2024 and on 14/3/2024.", "It met on Tuesday, March 12, 2024 and on March 14, 2024."),
        # Day first where the document writes its dates so.
        ("It met on 11 February and on 18/2/2025.", "It met on 11 February and on 18 February 2025."),
        ("It met on the twentieth of February, after 3 February.", "It met on 20 February, after 3 February."),
        ("It met on the 5th of June and the thirty-first of May.", "It met on June 5 and May 31."),
        # "not" before a date is a day set against another, not a form talked about
        ("It met on 18/2/2025, not the twentieth of February.", "It met on February 18, 2025, not February 20."),
    ],
)
def test_certain_dates_are_written_in_the_documents_style(dates: Normalizer, text: str, expected: str) -> None:
    result = dates.normalize(text)
    assert result.text == expected
    assert {edit.rule for edit in result.edits} <= {"figure-date", "spelt-out-date", "ordinal-figure-date"}


@pytest.mark.parametrize(
    "text",
    [
        "It met on 7/11/2023.",  # either reading
        "It met on Tuesday 12/3/2024.",  # the weekday fits both readings
        "It met on Monday 12/3/2024.",  # the weekday fits neither
        "It met on 3/14/2024 and on 7/11/2023.",  # month first: the American order is English
        "14/3/2024\nBaghdad",  # a timestamp at the start of a line
        "He said: “We met on 14/3/2024 and on the twelfth of March.”",  # a speaker's words
        "It met on 31/2/2024, on the thirtieth of February and on version 1.14/3/2024.",
        # forms shown, not used: a style guide's examples (``forms`` in mention_cues.yaml)
        "Forms like 05/03/2021 are ambiguous, and so are formats such as 12/6/2022.",
        "Dates are often filed as 14/3/2024 or, e.g., 2019/11/27, and desks rewrite them.",
    ],
)
def test_uncertain_or_quoted_dates_stay(dates: Normalizer, text: str) -> None:
    assert_untouched(dates, text, flags_allowed=True)  # an uncertain date is flagged, not edited


def test_the_edit_names_the_rule_and_the_span(dates: Normalizer) -> None:
    result = dates.normalize("It met on Monday 4/3/2024 in Baghdad.")
    assert [(e.rule, e.original, e.replacement) for e in result.edits] == [
        ("figure-date", "Monday 4/3/2024", "Monday, March 4, 2024")
    ]


def test_document_style() -> None:
    assert day_first_style("on 11 February and 12 March, then March 14")
    assert not day_first_style("on February 11 and 12 March")
    assert not day_first_style("no date at all")


def test_a_pack_entry_reads_back_and_a_bad_form_is_refused() -> None:
    rule = build_rule(ENTRY, "local")
    entry = pack_entry(rule)
    assert "form" not in entry and "outside_quotes" not in entry  # defaults are left out
    spelt = pack_entry(build_rule({**ENTRY, "form": "spelt", "outside_quotes": False, "examples": []}, "local"))
    assert (spelt["form"], spelt["outside_quotes"]) == ("spelt", False)
    assert pack_entry(build_rule(spelt, "local")) == spelt
    with pytest.raises(RuleError, match="'form' must be one of: numeric, spelt"):
        build_rule({**ENTRY, "form": "hijri"}, "local")


def test_each_document_of_a_batch_keeps_its_own_style(dates: Normalizer) -> None:
    texts = ["It met on 11 February and on 18/2/2025.", "It met on February 11 and on 18/2/2025."]
    batched = [result.text for result in dates.normalize_many(texts)]
    assert batched == [dates.normalize(text).text for text in texts]
    assert batched == [
        "It met on 11 February and on 18 February 2025.",
        "It met on February 11 and on February 18, 2025.",
    ]
