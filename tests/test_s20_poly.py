"""s20-poly: wrong-sense nouns by collocate class (rules/senses/polysemes.yaml), and the verbs of
warning and of taking action with any object (rules/senses/families.yaml, s20-poly block).

The polysemes table names a noun once per Arabic word (ajhiza: device, apparatus, organ; jihat:
side) with the class of the modifier that decides its sense, so the repair reaches modifiers and
verbs no test lists here.  A device reading (cameras, radar guns) stays unless the phrase acts as
only people do; "both sides", "the sides of the border" and the parties to talks stay.
"""

from __future__ import annotations

import pytest

from normalize import Normalizer, polysemes
from normalize.sense_families import Inflections

from .conftest import assert_repaired, assert_untouched

DEVICES = "services-not-security-devices"
SIDES = "authorities-not-official-sides"


@pytest.fixture(scope="module")
def normalizer() -> Normalizer:
    return Normalizer()


@pytest.mark.parametrize(
    ("text", "expected", "rules"),
    [
        (
            "The state security apparatuses in Basra detained three men.",
            "The state security services in Basra detained three men.",
            [DEVICES],
        ),
        (
            "The military organs have dismantled a cell, and the rescue devices evacuated the families.",
            "The military services have dismantled a cell, and the rescue services evacuated the families.",
            [DEVICES, DEVICES],
        ),
        (
            "The cargo was confiscated by the anti-smuggling organs.",
            "The cargo was confiscated by the anti-smuggling services.",
            [DEVICES],
        ),
        (
            "The electoral sides in Kirkuk counted the ballots, and the licensing sides closed the shop.",
            "The electoral authorities in Kirkuk counted the ballots, and the licensing authorities closed the shop.",
            [SIDES, SIDES],
        ),
        (
            "The farmers warned the ministry from importing tomatoes.",
            "The farmers warned the ministry against importing tomatoes.",
            ["warned-against-not-warned-someone-from"],
        ),
        (
            "The mayor took immediate procedures to open the road.",
            "The mayor took immediate measures to open the road.",
            ["measures-not-take-procedures"],
        ),
        (
            "The doctors warned on Monday from an outbreak of cholera.",
            "The doctors warned on Monday of an outbreak of cholera.",
            ["warned-of-not-warned-on-day-from"],
        ),
        (
            "The envoy emphasised on the necessity of compensating the families.",
            "The envoy emphasised the necessity of compensating the families.",
            ["stressed-on"],
        ),
        (
            "The mayor emphasised on the cleaning of the drains before the rains.",
            "The mayor emphasised the cleaning of the drains before the rains.",
            ["stressed-not-stressed-on-any-object"],
        ),
        (
            "The rent was paid to an official in a flagrant situation, and inspectors caught him in flagrante.",
            "The rent was paid to an official in a flagrant situation, and inspectors caught him red-handed.",
            ["red-handed-not-in-the-act-of-flagrante"],
        ),
        (
            "The fraud was uncovered by the inspection organs.",
            "The fraud was uncovered by the inspection bodies.",
            ["bodies-not-oversight-devices"],
        ),
    ],
)
def test_repaired(normalizer: Normalizer, text: str, expected: str, rules: list[str]) -> None:
    assert_repaired(normalizer, text, expected, rules)


@pytest.mark.parametrize(
    "text",
    [
        "The security devices at the gate include scanners and cameras.",
        "Police devices recorded the speed of every car on the highway.",
        "Intelligence devices were seized on Monday at the airport.",
        "The regime's security apparatus was rebuilt after the war.",
        "Both sides met in Geneva, and the two sides agreed on a truce.",
        "The local sides of the river are flooded every spring.",
        "The government sides in the negotiations signed the deal.",
        "He warned them from the start that the road was closed.",
        "The clerks followed the necessary procedures for the tender.",
        "The judge said the pair were caught in flagrante delicto.",
        "The ministry warned farmers against burning the stubble.",
        "She warned on Monday from the capital that the roads were shut.",
        "The auditors doubted the necessity of closing the plant.",
        "He stressed on the sidelines of the forum that the deal was sound.",
        "The inspection devices at the port scan every container.",
    ],
)
def test_professional_english_untouched(normalizer: Normalizer, text: str) -> None:
    assert_untouched(normalizer, text)


def test_table_generates_every_number_and_the_class_words() -> None:
    """The table's entry becomes one family whose map keeps the number matched."""
    words = Inflections({})
    data = {
        "classes": {"body": ["police"], "act": {"verbs": True, "words": ["arrest"]}},
        "polysemes": [
            {"id": "x", "renders": ["device"], "number": "any", "before": "body", "after": "act", "write": "service"}
        ],
    }
    ((label, family),) = polysemes.generate(data, words)
    assert label == "x"
    assert family["maps"] == {"sense": {"device": "service", "devices": "services"}}
    assert "arrested" in family["find"]


def test_table_refuses_an_unknown_class() -> None:
    data = {"classes": {}, "polysemes": [{"id": "y", "renders": ["side"], "before": "nope", "write": "authority"}]}
    with pytest.raises(ValueError, match="y: unknown class 'nope'"):
        polysemes.generate(data, Inflections({}))
