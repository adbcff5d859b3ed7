"""The fault-injection matrix (bench/faults.py) passes from a fresh clone."""

from __future__ import annotations

import subprocess
import sys

from .conftest import ROOT


def test_fault_matrix_all_rows_pass() -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "faults.py"), "--quick"], capture_output=True, text=True, timeout=600
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "FAIL" not in proc.stdout
    assert proc.stdout.rstrip().endswith("fault matrix: 33 of 33 cases as expected")
