"""The do-no-harm set: text an editor leaves alone must come out byte-identical.

Each file under ``tests/data/do_no_harm`` holds one class of the harm described in
issue 17 (non-prose content, mentions of names, transliterations and acronyms,
ordinary English, Arabic quoted on purpose, facts, grammar, house style).  A case is
``{text, expect}``: ``expect`` is ``unchanged`` or ``{out, edits}`` where the text
also holds MT artefacts, ``edits`` being ``[rule, original, replacement]`` in order.
``harmed_before: true`` marks the cases the tool harmed before this work.
``flagged_before: true`` marks those it left unchanged but wrongly flagged for review.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from normalize.pipeline import Normalizer

DATA = Path(__file__).parent / "data" / "do_no_harm"


def _cases() -> list[Any]:
    params = []
    for path in sorted(DATA.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for i, case in enumerate(data["cases"]):
            params.append(pytest.param(data["class"], case, id=f"{path.stem}-{i}"))
    return params


CASES = _cases()


@pytest.fixture(scope="module")
def normalizer() -> Normalizer:
    return Normalizer()


def test_the_set_is_large_and_covers_every_class() -> None:
    classes = {p.values[0] for p in CASES}
    assert len(CASES) >= 330
    assert classes == {
        "non-prose",
        "mentions",
        "transliterations-acronyms",
        "ordinary-english",
        "arabic-on-purpose",
        "facts",
        "grammar",
        "house-style",
    }


@pytest.mark.parametrize(("klass", "case"), CASES)
def test_no_harm(normalizer: Normalizer, klass: str, case: dict[str, Any]) -> None:
    result = normalizer.normalize(case["text"])
    expect = case["expect"]
    if expect == "unchanged":
        assert result.text == case["text"], [(e.rule, e.original, e.replacement) for e in result.edits]
        assert result.edits == []
        return
    assert result.text == expect["out"]
    assert [[e.rule, e.original, e.replacement] for e in result.edits] == expect["edits"]


def test_the_joined_batch_agrees(normalizer: Normalizer) -> None:
    """The same texts normalized together (``normalize_many``) come out as they do alone."""
    texts = [p.values[1]["text"] for p in CASES]
    alone = [normalizer.normalize(t).text for t in texts]
    assert [r.text for r in normalizer.normalize_many(texts)] == alone
