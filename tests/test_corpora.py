"""The bundled corpora: exact expected outputs, untouched professional English, idempotence."""

from __future__ import annotations

from pathlib import Path

import pytest

from normalize import Normalizer, apply_edits

from .conftest import CLEAN, CORPORA, INPUTS, assert_untouched


def test_corpora_are_present() -> None:
    assert len(INPUTS) >= 7
    assert len(CLEAN) >= 6


@pytest.mark.parametrize("path", INPUTS, ids=lambda p: p.name)
def test_input_gives_reviewed_expected_output(path: Path, normalizer: Normalizer) -> None:
    expected = (CORPORA / "expected" / path.name).read_text(encoding="utf-8")
    result = normalizer.normalize(path.read_text(encoding="utf-8"))
    assert result.text == expected
    assert apply_edits(result.source, result.edits) == expected


@pytest.mark.parametrize("path", INPUTS, ids=lambda p: p.name)
def test_expected_output_is_a_fixed_point(path: Path, normalizer: Normalizer) -> None:
    expected = (CORPORA / "expected" / path.name).read_text(encoding="utf-8")
    assert normalizer.normalize(expected).edits == []


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.name)
def test_professional_english_is_byte_identical(path: Path, normalizer: Normalizer) -> None:
    assert_untouched(normalizer, path.read_text(encoding="utf-8"))
