"""Session 16, economy, services and society: health tallies counted in "cases", weather ranges
given with "from", a thousands comma followed by a space, and "the completion of the
implementation of" a building project.  Each repair is held to its exact text and rule ids;
the professional English beside each class is held to no edit and no flag."""

from __future__ import annotations

import pytest

from normalize import Normalizer

from .conftest import assert_repaired, assert_untouched


def test_death_and_recovery_cases_are_deaths_and_recoveries(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The Ministry of Health said the death of two cases was recorded in Mosul,"
        " and 12 mortality cases were registered.",
        "The Ministry of Health said two deaths were recorded in Mosul, and 12 deaths were registered.",
        ["deaths-not-death-cases", "deaths-not-death-cases"],
    )
    assert_repaired(
        normalizer,
        "The health department said the recovery cases reached 310 in the cholera ward.",
        "The health department said the recoveries reached 310 in the cholera ward.",
        ["deaths-not-death-cases"],
    )


def test_weather_range_and_amount_of_fall(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The forecast said the weather will be from clear to dusty,"
        " with a decrease in the temperatures from 3 to 4 degrees.",
        "The forecast said the weather will be clear to dusty, with a decrease in temperatures of 3 to 4 degrees.",
        ["weather-range-not-from", "weather-range-not-from"],
    )


def test_speed_and_spaced_thousands(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "Winds reached 50 km / hour, and the grid received an additional 1, 200 megawatts.",
        "Winds reached 50 km/h, and the grid received an additional 1,200 megawatts.",
        ["speed-unit-spaced-slash", "spaced-thousands-comma"],
    )


def test_completion_of_a_project_not_of_its_implementation(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The governor announced the completion of the implementation of the Hilla sewage project.",
        "The governor announced the completion of the Hilla sewage project.",
        ["completion-not-of-implementation"],
    )


@pytest.mark.parametrize(
    "text",
    [
        # health: a penalty's cases, a plan's death, a disease's cases
        "Defence lawyers in death cases asked the court for more time, the rights group said.",
        "The Ministry of Health confirmed the death of two cases of cholera reported last week.",
        "The recovery of the health sector after the epidemic will take years, the minister said.",
        # weather: a change from one state to another, a rise, a fall between absolute figures
        "The shift was from cold to warm weather within a day, forecasters said.",
        "Temperatures fell from 40 to 35 degrees overnight, and a rise in temperatures from 3 to 4 degrees followed.",
        # figures: a date and a list before an amount, a speed as outlets write it
        "On May 5, 300 families returned to the village; the limit is 90 km/h.",
        "Phases 1, 200 homes and a school were planned, and about 1,200 megawatts were added.",
        # a plan or an agreement is implemented
        "The government is completing the implementation of the agreement and of the project plan.",
    ],
)
def test_professional_english_untouched(normalizer: Normalizer, text: str) -> None:
    assert_untouched(normalizer, text)
