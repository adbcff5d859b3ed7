"""normalize/model.py: the result types and their one JSON form."""

from __future__ import annotations

import json

from normalize import Normalizer, Result
from normalize.model import Edit, Flag, Problem, edits_json, flags_json, unique


def _result() -> Result:
    return Result(
        source="the the talks",
        text="the talks",
        edits=[Edit(3, 7, " the", "", "double-word", "doubled", "removed a doubled word")],
        flags=[Flag(4, 7, "spelling-variants", "review", "one name spelt two ways?", {"usual": "a"})],
        problems=[Problem("slow-rule", "regex took longer than 2s; rule skipped for this document")],
    )


def test_a_result_as_json_numbers_its_edits_and_spells_every_field() -> None:
    assert _result().to_dict() == {
        "changed": True,
        "source": "the the talks",
        "text": "the talks",
        "edits": [
            {
                "index": 0,
                "start": 3,
                "end": 7,
                "original": " the",
                "replacement": "",
                "rule": "double-word",
                "category": "doubled",
                "message": "removed a doubled word",
            }
        ],
        "flags": [
            {
                "start": 4,
                "end": 7,
                "rule": "spelling-variants",
                "category": "review",
                "message": "one name spelt two ways?",
                "detail": {"usual": "a"},
            }
        ],
        "problems": [{"rule": "slow-rule", "message": "regex took longer than 2s; rule skipped for this document"}],
        "protected": [],
        "evidence": None,
    }


def test_the_table_columns_are_the_same_edits_and_flags_unnumbered() -> None:
    result = _result()
    as_dict = result.to_dict()
    assert json.loads(edits_json(result)) == [{k: v for k, v in e.items() if k != "index"} for e in as_dict["edits"]]
    assert json.loads(flags_json(result)) == as_dict["flags"]
    assert edits_json(None) == flags_json(None) == "[]"


def test_a_real_result_round_trips_through_json() -> None:
    result = Normalizer().normalize("The the minister met the the delegation.")
    data = json.loads(json.dumps(result.to_dict(), ensure_ascii=False))
    assert data["text"] == "The minister met the delegation."
    assert [(e["start"], e["end"], e["replacement"]) for e in data["edits"]] == [(3, 7, ""), (24, 28, "")]
    assert result.apply([e["index"] for e in data["edits"]]) == data["text"]


def test_unique_keeps_the_first_of_each_in_order() -> None:
    assert unique(["b", "a", "b", "c", "a"]) == ["b", "a", "c"]
