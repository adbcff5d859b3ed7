"""Every trigger Hyperscan compiles finds what the same pattern finds in the ``regex`` module.

The screen's promise (``normalize/screen.py``) is that a trigger is a necessary condition:
wherever it could match, Hyperscan reports it.  Hyperscan has broken that promise in UTF-8
mode: ``(?:its|the ministry.s|the directorate.s|the department.s) cadres`` was not reported
in a sentence with "department" before "its cadres" and a few more words after it, while
the same pattern without UTF-8 mode, or as a ``regex``, matched.  Comparing rule outputs
screened and unscreened (``test_screen.py``) shows such a miss only where it costs an edit;
this compares the triggers themselves, paragraph by paragraph, so a miss shows even where
another rule happens to make the same repair.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
import regex

from normalize import Normalizer
from normalize.screen import Screen, available, cheapen

from .conftest import CLEAN, CORPORA, INPUTS

pytestmark = pytest.mark.skipif(not available(), reason="Hyperscan has no wheel for this platform")

DEV_INPUTS = sorted((CORPORA / "mtdev" / "input").glob("*.txt"))


def as_python(hyperscan_pattern: str) -> regex.Pattern[str] | None:
    """The trigger in the ``regex`` module's syntax (``\\x{…}`` spelt ``\\U…``); None if it has none."""
    spelt = regex.sub(r"\\x\{([0-9a-fA-F]+)\}", lambda m: f"\\U{int(m[1], 16):08x}", cheapen(hyperscan_pattern))
    try:
        return regex.compile(spelt)
    except regex.error:
        return None


@cache
def _default_triggers() -> tuple[Screen, dict[str, list[regex.Pattern[str]]]]:
    screen = Normalizer().screen
    compiled = {
        key: [p for p in map(as_python, patterns) if p is not None] for key, patterns in screen.triggers.items()
    }
    return screen, compiled


def _missed(screen: Screen, triggers: dict[str, list[regex.Pattern[str]]], paragraph: str) -> list[str]:
    """The keys Hyperscan reports silent in ``paragraph`` although one of their triggers matches it."""
    silent = screen.scan(paragraph).silent()
    return sorted(key for key in silent if any(p.search(paragraph) for p in triggers.get(key, ())))


@pytest.mark.parametrize("path", INPUTS + CLEAN + DEV_INPUTS, ids=lambda p: p.name)
def test_hyperscan_reports_every_trigger_the_regex_module_finds(path: Path) -> None:
    screen, triggers = _default_triggers()
    paragraphs = [p for p in path.read_text(encoding="utf-8").split("\n") if p.strip()]
    assert {p: _missed(screen, triggers, p) for p in paragraphs if _missed(screen, triggers, p)} == {}


def test_nearly_every_trigger_has_a_regex_form_to_compare_with() -> None:
    """The comparison is only as wide as the triggers that ``regex`` can read too."""
    screen, triggers = _default_triggers()
    readable = sum(len(found) for found in triggers.values())
    total = sum(len(patterns) for patterns in screen.triggers.values())
    assert readable == total


def test_the_comparison_sees_a_silent_trigger_that_matches() -> None:
    """Where Hyperscan's pattern and the regex disagree, the paragraph is reported, and only then."""
    screen = Screen({"cadres": ["its cadrez"], "other": ["nothing here"]}, stages=[["cadres", "other"]])
    triggers = {"cadres": [regex.compile("its cadres")], "other": [regex.compile("nothing here")]}
    assert _missed(screen, triggers, "The department said its cadres were ready.") == ["cadres"]
    assert _missed(screen, triggers, "The department said its cadrez were ready.") == []
