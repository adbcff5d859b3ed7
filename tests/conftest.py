"""Shared fixtures: paths to the bundled corpora and one compiled default normalizer."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

import pytest

from normalize import Normalizer, Result

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"
INPUTS = sorted((CORPORA / "input").glob("*.txt"))
CLEAN = sorted((CORPORA / "clean").glob("*.txt"))
SEED = CORPORA / "input" / "000_c3fb2efba6eac9a1.txt"

# Compiled Hyperscan databases go to a folder of this run's own (the command lines the tests start
# inherit it), not to the user's cache; tests of the cache itself point it elsewhere.
os.environ.setdefault("NORMALIZE_CACHE_DIR", tempfile.mkdtemp(prefix="normalize-test-cache-"))


@pytest.fixture(scope="session")
def normalizer() -> Normalizer:
    return Normalizer()


def edits_and_flags(normalizer: Normalizer, text: str) -> tuple[list[tuple[str, str, str]], list[tuple[str, str]]]:
    """What normalizing ``text`` does, as the field-trial tests compare it: (rule, original,
    replacement) for each edit and (rule, passage) for each flag."""
    result = normalizer.normalize(text)
    edits = [(e.rule, e.original, e.replacement) for e in result.edits]
    return edits, [(f.rule, text[f.start : f.end]) for f in result.flags]


def assert_repaired(
    normalizer: Normalizer,
    text: str,
    expected_text: str,
    expected_rules: Sequence[str],
    *,
    any_order: bool = False,
) -> Result:
    """Normalize ``text`` and hold it to the exact repaired text and the exact list of its edits'
    rule ids (in text order; with ``any_order``, the same ids as a multiset). Returns the result
    for what a test checks besides."""
    result = normalizer.normalize(text)
    assert result.text == expected_text
    rules = [edit.rule for edit in result.edits]
    if any_order:
        assert sorted(rules) == sorted(expected_rules)
    else:
        assert rules == list(expected_rules)
    return result


def assert_untouched(normalizer: Normalizer, text: str, *, flags_allowed: bool = False) -> Result:
    """Normalize ``text`` and hold it to no change at all: the same text, no edit and (unless
    ``flags_allowed``) no flag. Returns the result for what a test checks besides."""
    result = normalizer.normalize(text)
    assert result.text == text
    assert list(result.edits) == []
    if not flags_allowed:
        assert list(result.flags) == []
    return result


#: What the repository's top folder held when the run started: a test must write into tmp_path, never here.
_TOP_BEFORE = {p.name for p in ROOT.iterdir()}


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Fail the run if a test left a file in the repository's top folder (as e.jsonl and e2.jsonl once were)."""
    left = sorted(p.name for p in ROOT.iterdir() if p.name not in _TOP_BEFORE and not p.name.startswith("."))
    if left and exitstatus == 0:
        print(f"\nfiles left in {ROOT} by the tests: {', '.join(left)} (tests must write into tmp_path)")
        session.exitstatus = 1
