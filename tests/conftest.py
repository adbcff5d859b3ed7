"""Shared fixtures: paths to the bundled corpora and one compiled default normalizer."""

from __future__ import annotations

from pathlib import Path

import pytest

from normalize import Normalizer

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"
INPUTS = sorted((CORPORA / "input").glob("*.txt"))
CLEAN = sorted((CORPORA / "clean").glob("*.txt"))
SEED = CORPORA / "input" / "000_c3fb2efba6eac9a1.txt"


@pytest.fixture(scope="session")
def normalizer() -> Normalizer:
    return Normalizer()
