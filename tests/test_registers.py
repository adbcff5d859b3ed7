"""The registers pack: MT from the economy, religious affairs, education, culture, agriculture,
sport, health, transport and weather pages, and the professional look-alikes it leaves alone."""

from __future__ import annotations

import pytest

from normalize import Normalizer
from normalize.packs import DEFAULT_PACKS, load_pack

from .conftest import assert_repaired, assert_untouched


@pytest.fixture(scope="module")
def normalizer() -> Normalizer:
    return Normalizer()


def test_the_registers_pack_is_a_default_pack_and_every_rule_has_examples_keeps_and_a_screen() -> None:
    assert DEFAULT_PACKS[-1] == "registers"
    pack = load_pack("registers")
    ids = {rule.id for rule in pack.rules}
    assert {"counted-noun-not-repeated", "score-in-words", "register-senses", "dotted-thousands"} <= ids
    assert all(rule.examples and rule.keep and rule.screen for rule in pack.rules)


@pytest.mark.parametrize(
    ("source", "expected", "rules"),
    [
        # the counted noun comes back after a figure the earlier rounds wrote (thousand-and-hundreds first)
        (
            "The director said that the number of containers unloaded reached 12 thousand and 400 containers.",
            "The director said that the number of containers unloaded reached 12,400.",
            ["thousand-and-hundreds+counted-noun-not-repeated"],  # one stretch, two rounds: one edit
        ),
        # a score, a tally and second place in one sports report
        (
            "Al-Karkh beat Al-Najaf with two clean goals in the league and moved to the runner-up spot; "
            "its balance rose to 20 points.",
            "Al-Karkh beat Al-Najaf 2-0 in the league and moved to second place; its tally rose to 20 points.",
            ["score-in-words", "tally-not-balance", "tally-not-balance"],
        ),
        # dotted thousands before a unit, and a date's AD
        (
            "The ministry sold 2.450.000 barrels on 3 May 2024 AD.",
            "The ministry sold 2,450,000 barrels on 3 May 2024.",
            ["dotted-thousands", "dotted-thousands", "date-without-calque-frame"],
        ),
    ],
)
def test_mt_passages_are_repaired(normalizer: Normalizer, source: str, expected: str, rules: list[str]) -> None:
    assert_repaired(normalizer, source, expected, rules, any_order=True)


@pytest.mark.parametrize(
    "text",
    [
        "The number of trucks reached 40 trucks loaded with flour, the customs said.",
        "During Ramadan the hotel served its breakfast buffet early for guests who were not fasting.",
        "The peasants' revolt of the 19th century began after the wheat harvest failed.",
        "The party's cadres met, and its cadres were purged by the Baath regime.",
        "The director general, Dr. Ali Kadhim, said that the campaign began. Under Law No. 74, it holds sessions.",
        "The works included the tiling of the courtyards; the bank balance rose to 20 million.",
    ],
)
def test_professional_look_alikes_are_left_alone(normalizer: Normalizer, text: str) -> None:
    assert_untouched(normalizer, text)
