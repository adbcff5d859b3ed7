"""Wrong senses, idioms and literal names: the senses pack, the calque orders and the gazetteer rows behind them."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from normalize import Normalizer
from normalize.calques import calques, load_calque_table
from normalize.packs import DEFAULT_PACKS, load_pack

from .conftest import assert_repaired, assert_untouched

ROOT = Path(__file__).resolve().parent.parent
TABLE = load_calque_table(yaml.safe_load((ROOT / "rules/gazetteer/calque_words.yaml").read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def normalizer() -> Normalizer:
    return Normalizer()


def test_the_senses_pack_is_a_default_pack_and_every_rule_has_examples_and_keeps() -> None:
    assert "senses" in DEFAULT_PACKS
    pack = load_pack("senses")
    assert len(pack.rules) >= 50
    assert all(rule.examples and rule.keep for rule in pack.rules)
    tiers = {getattr(rule, "tier", "error") for rule in pack.rules}
    assert tiers == {"error", "review"}


@pytest.mark.parametrize(
    ("source", "expected", "rules"),
    [
        (
            "Police threw the arrest on two men and the judge sentenced them with seven years in prison.",
            "Police arrested two men and the judge sentenced them to seven years in prison.",
            ["threw-the-arrest", "sentenced-with"],
        ),
        (
            "In Baghdad the Sunni component rejected the ministerial cabin.",
            "In Baghdad the Sunni community rejected the cabinet.",
            ["community-not-component", "ministerial-cabin"],
        ),
        (
            "The Walkers Alliance won 54 seats in Baghdad, ahead of the Marchers Alliance.",
            "The Sairoon Alliance won 54 seats in Baghdad, ahead of the Sairoon Alliance.",
            ["iq-sairoon-literal", "iq-sairoon"],
        ),
        (
            "The Homeland Shield Forces deployed in Aden.",
            "The Nation's Shield Forces deployed in Aden.",
            ["ye-nations-shield-literal"],
        ),
        (
            "The Republic newspaper reported from Beirut.",
            "The Al-Joumhouria newspaper reported from Beirut.",
            ["lb-joumhouria-literal-newspaper"],
        ),
    ],
)
def test_repairs_with_their_rules(source: str, expected: str, rules: list[str], normalizer: Normalizer) -> None:
    assert_repaired(normalizer, source, expected, rules, any_order=True)


@pytest.mark.parametrize(
    "text",
    [
        # the same words in their English sense
        "The Kurdish component of the joint force will be led from Erbil; the report confirmed the need for turbines.",
        "The school curriculum adds a unit on sound, and a coalition of state law enforcement agencies met in Iraq.",
        # literal renderings with no country to tie them to, or quoted as glosses
        "The Walkers Alliance is a hiking club, and the Republic newspaper is sold in Paris.",
        'In Cairo, the Nour Party (Hizb al-Nour, "Party of Light") is the largest Salafist party.',
    ],
)
def test_right_senses_and_glosses_stay(text: str, normalizer: Normalizer) -> None:
    assert_untouched(normalizer, text, flags_allowed=True)  # a review flag may stand: no edit is what counts


def test_review_findings_are_flagged_with_their_fix_and_not_applied(normalizer: Normalizer) -> None:
    text = "Talks between the center and the region on Kurdistan's oil resumed."
    result = normalizer.normalize(text)
    assert result.text == text
    assert [(f.rule, f.detail["suggestion"]) for f in result.flags] == [("center-and-region", "Baghdad and Erbil")]


def test_calques_stack_modifiers_and_keep_the_arabic_after_of() -> None:
    texts = [c.text for c in calques("Quwwat Dir al-Watan", TABLE)]
    assert texts[:2] == ["Shield of the Homeland Forces", "Homeland Shield Forces"]
    assert "Forces of Dir al-Watan" in texts
    assert "Brigades of al-Salam" in [c.text for c in calques("Saraya al-Salam", TABLE)]


def test_an_outlets_common_word_rendering_is_repaired_only_above_the_common_cut() -> None:
    assert TABLE.common_words == 2000
    # "Republic" (about the 2,400th word) is a name before "newspaper"; "Message" (about the 1,050th) is not
    assert [c.text for c in calques("Al-Joumhouria", TABLE)] == ["Republic"]
    normalizer = Normalizer()
    text = "Readers in Gaza bought the Message newspaper."
    assert normalizer.normalize(text).text == text
    # cited as a source, where its country is named, the rendering is the outlet (gazetteer_outlets.source_rules)
    cited = "The Message newspaper reported from Gaza."
    assert normalizer.normalize(cited).text == "The Al-Resalah newspaper reported from Gaza."
