"""Verbs whose Arabic preposition or sense MT keeps, for any object (rules/senses/families.yaml, s16-lead)."""

from __future__ import annotations

import pytest

from normalize import Normalizer

from .conftest import assert_repaired, assert_untouched


@pytest.mark.parametrize(
    ("text", "expected", "rules"),
    [
        (
            "The governor warned from a wave of displacement if the dam is not repaired.",
            "The governor warned of a wave of displacement if the dam is not repaired.",
            ["warned-of-not-warned-from"],
        ),
        (
            "Patients complained from the shortage of insulin in the hospitals of the province.",
            "Patients complained of the shortage of insulin in the hospitals of the province.",
            ["complained-of-not-complained-from"],
        ),
        (
            "Air defense batteries in Homs were dropping a number of Israeli missiles late on Monday.",
            "Air defense batteries in Homs were shooting down a number of Israeli missiles late on Monday.",
            ["shot-down-not-dropped"],
        ),
        (
            "The bloc affirmed on that its ministers will not resign.",
            "The bloc affirmed that its ministers will not resign.",
            ["stressed-not-stressed-on-that"],
        ),
    ],
)
def test_the_preposition_goes(normalizer: Normalizer, text: str, expected: str, rules: list[str]) -> None:
    assert_repaired(normalizer, text, expected, rules)


@pytest.mark.parametrize(
    "text",
    [
        "The senator warned from the floor of the chamber that the bill would fail.",
        "The coach complained from the touchline that the referee had missed a foul.",
        "She insisted on that condition before signing, and he confirmed on that day that he would run.",
        "A warning from the central bank came on Monday; the fans complained from the stands.",
        "Oil prices dropped after the air defenses of the Gulf were upgraded, and the ministry dropped the charges.",
    ],
)
def test_a_place_or_a_noun_after_the_preposition_stays(normalizer: Normalizer, text: str) -> None:
    assert_untouched(normalizer, text)
