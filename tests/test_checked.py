"""Costly rule checks run once per rules-and-code: a pack that passed is not checked again, a bad one always is."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from normalize import Normalizer, checked
from normalize.errors import RulePackError
from normalize.kinds import KINDS
from normalize.packs import forget_loaded_packs, load_pack

_PACK = """
rules:
  - id: spelt-out-percent
    kind: pattern
    category: style
    message: a figure takes the sign
    pattern: '(\\d) per cent'
    replacement: '\\1%'
    screen: ['per cent']
    examples:
      - {in: 'up 5 per cent', out: 'up 5%'}
"""


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("NORMALIZE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("NORMALIZE_NO_CACHE", raising=False)
    forget_loaded_packs()
    yield tmp_path / "cache" / "checked"
    forget_loaded_packs()


def _counting_checks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Replace the pattern kind's ``check`` with one that records the rule ids it is asked about."""
    asked: list[str] = []
    kind = KINDS["pattern"]
    real = kind.check

    def counted(rule: Any) -> None:
        asked.append(rule.id)
        real(rule)

    monkeypatch.setitem(KINDS, "pattern", dataclasses.replace(kind, check=counted))
    return asked


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "mine.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_pack_that_passed_is_not_checked_again_and_still_repairs(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _counting_checks(monkeypatch)
    path = _write(tmp_path, _PACK)
    load_pack(path)
    assert asked == ["spelt-out-percent"]
    assert len(list(cache.iterdir())) == 1
    forget_loaded_packs()
    pack = load_pack(path)
    assert asked == ["spelt-out-percent"]  # the second load skipped the check
    result = Normalizer(packs=[path]).normalize("Sales rose 5 per cent.")
    assert result.text == "Sales rose 5%."
    assert [(e.start, e.end, e.replacement, e.rule) for e in result.edits] == [(11, 21, "5%", "spelt-out-percent")]
    assert pack.rules[0].id == "spelt-out-percent"


def test_a_changed_rule_is_checked_again(cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _counting_checks(monkeypatch)
    path = _write(tmp_path, _PACK)
    load_pack(path)
    forget_loaded_packs()
    _write(tmp_path, _PACK.replace("per cent'\n", "percent'\n").replace("['per cent']", "['percent']"))
    with pytest.raises(RulePackError, match="no 'screen' pattern matches the example 'up 5 per cent'"):
        load_pack(path)
    assert asked == ["spelt-out-percent", "spelt-out-percent"]


def test_a_pack_that_fails_its_checks_fails_on_every_load(cache: Path, tmp_path: Path) -> None:
    path = _write(tmp_path, _PACK.replace("'(\\d) per cent'", "'(\\d per cent'"))
    for _ in range(2):
        forget_loaded_packs()
        with pytest.raises(RulePackError, match="pattern does not compile"):
            load_pack(path)
    assert not cache.exists() or not list(cache.iterdir())


def test_rules_json_cannot_spell_have_no_key() -> None:
    assert checked.checks_key([{"id": "x", "when": object()}]) is None
    assert not checked.passed_before(None)
