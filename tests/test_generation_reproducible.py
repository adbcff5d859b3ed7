"""The gazetteer's generated rules are the same in every process, whatever Python's hash seed.

They are cached under a digest of their inputs and code, so a machine that generated them
with one seed and another with another must write the same file; a set's order, which the
seed decides, must not reach a pattern's alternatives or a rule's word lists.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _generated(tmp_path: Path, seed: str) -> bytes:
    cache = tmp_path / f"cache-{seed}"
    env = {**os.environ, "PYTHONHASHSEED": seed, "NORMALIZE_CACHE_DIR": str(cache), "PYTHONPATH": str(ROOT)}
    env.pop("NORMALIZE_NO_CACHE", None)
    code = "from normalize.packs import load_packs; load_packs(['gazetteer'])"
    subprocess.run([sys.executable, "-c", code], env=env, check=True, cwd=ROOT)
    (written,) = sorted((cache / "gazetteer").glob("*.json"))
    return written.read_bytes()


def test_two_hash_seeds_generate_the_same_rules(tmp_path: Path) -> None:
    first, second = _generated(tmp_path, "1"), _generated(tmp_path, "2")
    assert first == second
