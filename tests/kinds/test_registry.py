"""normalize/kinds/__init__.py: every kind is one module with a KIND, and PIPELINE is the stage order."""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass

import pytest

import normalize.kinds
from normalize import Normalizer
from normalize.kinds import KINDS, PIPELINE
from normalize.kinds.base import COMMON_FIELDS, Kind, Rule
from normalize.packs import load_packs


def test_the_pipeline_runs_the_stages_in_this_order() -> None:
    assert [(stage, kind.name) for stage, kind in PIPELINE] == [
        ("unicode", "unicode"),
        ("structure", "title"),
        ("structure", "glue"),
        ("script", "script"),
        ("terminology", "term"),
        ("terminology", "name"),
        ("terminology", "place"),
        ("terminology", "body"),
        ("terminology", "givenname"),
        ("phrase", "pattern"),
        ("phrase", "repeat"),
        ("phrase", "replace"),
        ("phrase", "antecedent"),
        ("phrase", "date"),
        ("punctuation", "pattern"),
        ("punctuation", "quotepair"),
        ("punctuation", "capitals"),
        ("review", "spelling"),
        ("review", "flag"),
    ]


def test_every_kind_module_declares_its_kind_and_is_in_the_pipeline() -> None:
    modules = [m.name for m in pkgutil.iter_modules(normalize.kinds.__path__) if m.name != "base"]
    for name in modules:
        kind = importlib.import_module(f"normalize.kinds.{name}").KIND
        assert isinstance(kind, Kind)
        assert kind.name == name == kind.rule.kind
        assert KINDS[name] is kind
        assert not kind.fields & COMMON_FIELDS
    assert sorted(modules) == sorted(KINDS)


def test_only_the_review_kinds_only_flag() -> None:
    assert sorted(name for name, kind in KINDS.items() if kind.flags_only) == ["flag", "spelling"]
    for rule in (r for pack in load_packs(None) for r in pack.rules):
        if KINDS[rule.kind].flags_only:
            assert rule.examples and all(example.flagged for example in rule.examples), rule.id


def test_a_normalizer_compiles_one_stage_per_pipeline_entry() -> None:
    normalizer = Normalizer()
    assert [(s.name, s.kind) for s in normalizer.stages] == PIPELINE


def test_a_kind_without_compile_runs_its_rules_as_they_are() -> None:
    @dataclass(frozen=True)
    class Runner:
        rules: list[Rule]

        def run(self, round: object) -> None: ...

    kind = Kind(name="plain", rule=Rule, fields=frozenset(), build=lambda data, common: Rule(**common), runner=Runner)
    rule = Rule(id="r", category="c", message="m", pack="p")
    assert kind.compile([rule], True) == Runner([rule])
    assert kind.compile([rule], False) == Runner([rule])
    with pytest.raises(TypeError, match="kind 'bare' needs 'compile' or 'runner'"):
        Kind(name="bare", rule=Rule, fields=frozenset(), build=lambda data, common: Rule(**common))
