"""The progress bar (normalize/cli/progress.py) moves with every file, with or without workers."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .terminal import on_terminal

MT = "Mustafa al-Kazimi met the popular crowd .\n"


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_the_bar_shows_files_done_before_the_end_of_the_run(tmp_path: Path, jobs: str) -> None:
    """With --jobs 1 the bar sat at 0/N until the run ended (issue 18, defect 1): it must show 1/N on the way."""
    folder = tmp_path / "in"
    folder.mkdir()
    for k in range(6):
        (folder / f"{k}.txt").write_text(MT * 50, encoding="utf-8")
    code, printed = on_terminal(str(folder), "--out", str(tmp_path / "out"), "--jobs", jobs, cwd=tmp_path)
    assert code == 0, printed
    plain = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", printed)
    counts = set(re.findall(r"\b([0-6])/6\b", plain))
    assert "1" in counts, printed  # the first file done is drawn at once, not at the end
    assert [(tmp_path / "out" / f"{k}.txt").exists() for k in range(6)] == [True] * 6


def test_no_bar_with_quiet(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for k in range(3):
        (folder / f"{k}.txt").write_text(MT, encoding="utf-8")
    code, printed = on_terminal(str(folder), "--out", str(tmp_path / "out"), "--quiet", cwd=tmp_path)
    assert (code, printed) == (0, "")
