"""normalize/kinds/pattern.py: a pattern rule's screen and prefilter are checked against its own examples."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from normalize import Normalizer, RulePackError
from normalize.kinds.base import RuleError
from normalize.rules import build_rule

RULE = {
    "id": "corona-virus",
    "kind": "pattern",
    "category": "phrase",
    "message": "the virus's name",
    "pattern": r"\bthe Corona\b",
    "replacement": "the coronavirus",
    "examples": [{"in": "Cases of the Corona rose.", "out": "Cases of the coronavirus rose."}],
}


def test_a_screen_that_finds_every_example_is_accepted() -> None:
    rule = build_rule({**RULE, "screen": ["orona"], "prefilter": ["Corona"]}, "local")
    assert rule.screen == ("orona",) and rule.prefilter == ("Corona",)


@pytest.mark.parametrize(
    ("shortcut", "message"),
    [
        ({"screen": ["corona"]}, "no 'screen' pattern matches the example 'Cases of the Corona rose.'"),
        ({"prefilter": ["virus"]}, "no 'prefilter' string occurs in the example 'Cases of the Corona rose.'"),
    ],
)
def test_a_screen_or_prefilter_narrower_than_an_example_is_refused(
    shortcut: dict[str, list[str]], message: str
) -> None:
    with pytest.raises(RuleError) as caught:
        build_rule({**RULE, **shortcut}, "local")
    assert str(caught.value) == f"{message}: the rule would skip it"


def write_pack(tmp_path: Path, **fields: object) -> Path:
    """A pack of one rule: RULE with ``fields`` changed (a field given as None is left out)."""
    rule = {key: value for key, value in {**RULE, **fields}.items() if value is not None}
    pack = tmp_path / "local.yaml"
    pack.write_text(yaml.safe_dump({"rules": [rule]}, allow_unicode=True), encoding="utf-8")
    return pack


def test_the_loader_names_the_file_and_rule_of_a_narrow_screen(tmp_path: Path) -> None:
    pack = write_pack(tmp_path, screen=["the corona"])
    with pytest.raises(RulePackError) as caught:
        Normalizer(packs=[pack])
    assert str(caught.value) == (
        f"{pack}: rule 'corona-virus': no 'screen' pattern matches the example 'Cases of the Corona rose.': "
        "the rule would skip it"
    )


def test_keep_texts_are_not_held_to_the_screen() -> None:
    """A keep text is one the rule must leave alone: the screen may well miss it."""
    rule = build_rule({**RULE, "screen": ["orona"], "keep": ["Cases rose."]}, "local")
    assert rule.keep == ("Cases rose.",)


# --- outside_quotes: a speaker's own words are reported as spoken --------------------------

QUOTED = 'The minister said: "the Corona is behind us." Cases of the Corona rose.'


@pytest.mark.parametrize(
    ("outside_quotes", "expected"),
    [
        (True, 'The minister said: "the Corona is behind us." Cases of the coronavirus rose.'),
        (False, 'The minister said: "the coronavirus is behind us." Cases of the coronavirus rose.'),
    ],
)
def test_outside_quotes_leaves_a_quotation_alone(tmp_path: Path, outside_quotes: bool, expected: str) -> None:
    pack = write_pack(tmp_path, outside_quotes=outside_quotes, examples=None)
    result = Normalizer(packs=[pack]).normalize(QUOTED)
    assert result.text == expected
    assert [e.original for e in result.edits] == ["the Corona"] * (1 if outside_quotes else 2)


def test_a_flag_rule_outside_quotes_flags_only_the_reporter_s_words(tmp_path: Path) -> None:
    pack = write_pack(tmp_path, id="corona-word", kind="flag", replacement=None, examples=None, outside_quotes=True)
    result = Normalizer(packs=[pack]).normalize(QUOTED)
    assert [(f.rule, QUOTED[f.start : f.end]) for f in result.flags] == [("corona-word", "the Corona")]
    assert result.flags[0].start == QUOTED.rindex("the Corona")
