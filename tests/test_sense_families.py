"""Sense families: one description of a wrong-sense word, a rule for every form of it."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from normalize import Normalizer
from normalize.errors import RulePackError
from normalize.packs import load_pack, rules_directory
from normalize.sense_families import Inflections, build_family, expand_families, generate

WORDS = Inflections(
    {
        "verbs": {"be": {"s": "is", "plural": "are", "past": "was", "past_plural": "were", "en": "been"}},
        "doubled": ["ban"],
        "plurals": {"person": "people"},
    }
)


def test_regular_verbs_take_the_usual_endings_and_british_spellings() -> None:
    forms = WORDS.verb("apologize")
    assert forms["s"] == ["apologizes", "apologises"]
    assert forms["past"] == ["apologized", "apologised"]
    assert forms["ing"] == ["apologizing", "apologising"]
    assert WORDS.verb("ban")["ing"] == ["banning"]
    assert WORDS.verb("liquidate")["ing"] == ["liquidating"]
    assert WORDS.verb("carry")["past"] == ["carried"]
    assert WORDS.verb("push")["s"] == ["pushes"]


def test_irregular_forms_come_from_the_data() -> None:
    forms = WORDS.verb("be")
    assert (forms["s"], forms["plural"], forms["past"], forms["past_plural"], forms["en"], forms["ing"]) == (
        ["is"],
        ["are"],
        ["was"],
        ["were"],
        ["been"],
        ["being"],
    )
    assert WORDS.noun("person") == {"sg": ["person"], "pl": ["people"]}
    assert WORDS.noun("personality")["pl"] == ["personalities"]


def test_a_verb_slot_writes_the_matched_form_of_the_other_verb() -> None:
    entry = build_family(
        {"id": "t", "message": "m", "find": r"\b<v:raise> the session", "write": "<v:adjourn>"}, {}, WORDS
    )
    table = entry["maps"]["s0"]
    assert table["raised"] == "adjourned" and table["raises"] == "adjourns" and table["raising"] == "adjourning"
    assert entry["replacement"] == r"\M<s0>{s0}"
    assert entry["prefilter"] == ["aise", "aising"]  # what every match contains, a capital aside
    assert entry["screen"] == ["(?i:(?:raising|raised|raises|raise) the session)"]


def test_a_slot_of_several_verbs_matches_any_form_of_each_and_maps_each_form() -> None:
    entry = build_family(
        {"id": "t", "message": "m", "find": r"\b<v:ask|request> from", "write": "<v:ask>", "key": [" from"]},
        {},
        WORDS,
    )
    table = entry["maps"]["s0"]
    assert (table["requested"], table["requests"], table["asking"], table["ask"]) == ("asked", "asks", "asking", "ask")
    pattern = regex.compile(entry["pattern"], regex.IGNORECASE)
    found = [m.group("s0") for m in pattern.finditer("He requested from them, she asks from us, they asked for it.")]
    assert found == ["requested", "asks"]
    assert WORDS.verb_forms(["ban", "ask"])["ing"] == ["banning", "asking"]


def test_the_shapes_pack_repairs_verb_patterns_and_leaves_their_english_uses() -> None:
    normalizer = Normalizer()
    text = (
        "The council heard to a report, the blocs reached to an agreement and the governor asked from "
        "Baghdad to pay; the board discussed about 40 items and he was heard to say so."
    )
    assert normalizer.normalize(text).text == (
        "The council heard a report, the blocs reached an agreement and the governor asked "
        "Baghdad to pay; the board discussed about 40 items and he was heard to say so."
    )


def test_be_forms_map_to_come_forms_by_person_and_tense() -> None:
    words = Inflections(
        {
            "verbs": {
                "be": {"s": "is", "plural": "are", "past": "was", "past_plural": "were", "en": "been", "ing": "being"},
                "come": {"past": "came", "en": "come", "past_plural": "came"},
            }
        }
    )
    entry = build_family(
        {"id": "t", "message": "m", "find": r"\b<v:be> exposed to", "write": "<v:come> under", "key": ["xposed"]},
        {},
        words,
    )
    assert entry["maps"]["s0"] == {
        "be": "come",
        "is": "comes",
        "was": "came",
        "been": "come",
        "being": "coming",
        "are": "come",
        "were": "came",
    }


def test_gerund_slot_and_base_and_noun_number() -> None:
    entry = build_family(
        {
            "id": "t",
            "message": "m",
            "find": r"\bfrom <ing:form|ban> the <n:cell>",
            "write": "to <base> the <n:hideout>",
        },
        {},
        WORDS,
    )
    assert entry["maps"]["s0"] == {"forming": "form", "banning": "ban"}
    assert entry["maps"]["s1"] == {"cell": "hideout", "cells": "hideouts"}


def test_macros_are_spelt_out_and_a_family_without_slots_needs_a_key() -> None:
    item = {"id": "t", "message": "m", "find": r"(?<=\b%N% )(?P<x>bomb)(?= of\b)", "write": "x"}
    with pytest.raises(ValueError, match="needs a 'key'"):
        build_family(item, {"N": "(?:two|three)"}, WORDS)
    entry = build_family({**item, "key": ["bomb"]}, {"N": "(?:two|three)"}, WORDS)
    assert entry["pattern"] == r"(?<=\b(?:two|three) )(?P<x>bomb)(?= of\b)"
    assert entry["prefilter"] == ["bomb"]
    assert entry["screen"] == ["(?i:(?:bomb))"]  # no look-arounds or word boundaries for Hyperscan
    with pytest.raises(ValueError, match="share too little"):
        build_family({"id": "t", "message": "m", "find": r"\b<v:be> exposed", "write": "x"}, {}, WORDS)


@pytest.mark.parametrize(
    ("item", "error"),
    [
        ({"find": "%NOPE% x", "write": "y"}, "unknown macro %NOPE%"),
        ({"find": "x", "write": "<v:go>"}, "more slots than 'find'"),
        ({"find": "<n:cell>", "write": "<v:go>"}, "pairs with a <n:...> slot"),
        ({"find": "<v:go>", "write": "<base>"}, "<base> must pair"),
        ({"find": "x", "write": "y", "colour": "red"}, "unknown field(s): colour"),
        ({"find": "x", "write": "y", "key": ["x"], "maps": {"s0": {"a": "b"}}}, "'maps' must map table names"),
    ],
)
def test_a_malformed_family_is_refused_with_the_reason(item: dict[str, object], error: str) -> None:
    with pytest.raises(ValueError, match=regex.escape(error)):
        build_family({"id": "t", "message": "m", **item}, {}, WORDS)


def test_a_bad_table_is_a_one_line_pack_error_naming_the_family() -> None:
    table = "families:\n  - id: broken\n    message: m\n    find: '%NOPE%'\n    write: x\n"
    with pytest.raises(RulePackError, match=r"senses\.yaml: t\.yaml: rule 'broken': unknown macro %NOPE%"):
        generate(table, "verbs: {}\n", "senses.yaml: t.yaml")
    with pytest.raises(RulePackError, match="invalid YAML"):
        generate("families: [\n", "verbs: {}\n", "senses.yaml: t.yaml")


def test_a_missing_families_file_is_a_pack_error(tmp_path: Path) -> None:
    with pytest.raises(RulePackError, match="cannot read"):
        expand_families({"families": {"table": "no.yaml", "inflections": "no.yaml"}, "rules": []}, tmp_path, "p.yaml")
    with pytest.raises(RulePackError, match="must name a 'table'"):
        expand_families({"families": "x", "rules": []}, tmp_path, "p.yaml")


def test_the_senses_pack_holds_at_least_forty_families_each_with_examples_and_keeps() -> None:
    table = (rules_directory() / "senses" / "families.yaml").read_text(encoding="utf-8")
    ids = regex.findall(r"(?m)^  - id: (\S+)$", table)
    rules = {rule.id: rule for rule in load_pack("senses").rules}
    assert len(ids) >= 40
    for family in ids:
        assert rules[family].examples and rules[family].keep, family


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("The Speaker raised the session until Sunday.", "The Speaker adjourned the session until Sunday."),
        ("The Speaker raises the sitting to Monday.", "The Speaker adjourns the sitting to Monday."),
        ("He is apologising from assuming the post.", "He is declining to assume the post."),
        ("The bases were exposed to rocket fire.", "The bases came under rocket fire."),
        ("Two sleeping cells were found.", "Two sleeper cells were found."),
    ],
)
def test_every_form_of_a_family_is_repaired(source: str, expected: str) -> None:
    assert Normalizer(packs=["senses"]).normalize(source).text == expected


def test_a_speakers_figure_of_speech_in_quotes_is_left_alone() -> None:
    text = 'The minister said the militia "uses the file as a pressure card" and “water is a pressure card”.'
    assert Normalizer(packs=["senses"]).normalize(text).text == text
    outside = "The militia uses the file as a pressure card."
    assert Normalizer(packs=["senses"]).normalize(outside).text == "The militia uses the file as a bargaining chip."
