"""The hooks in .pre-commit-hooks.yaml, run as a user's repository would run them: `pre-commit try-repo`.

pre-commit installs a `language: python` hook by building this repository into a fresh
virtualenv.  The test does that offline: the virtualenv sees the packages already
installed here (VIRTUALENV_SYSTEM_SITE_PACKAGES), pip may not use an index (PIP_NO_INDEX)
and builds with the hatchling installed here (PIP_NO_BUILD_ISOLATION=0 turns isolation off).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

pytest.importorskip("pre_commit")


def try_repo(repo: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(home),
        "VIRTUALENV_SYSTEM_SITE_PACKAGES": "1",
        "PIP_NO_INDEX": "1",
        "PIP_NO_BUILD_ISOLATION": "0",
        "NO_COLOR": "1",
    }
    env.pop("PYTHONPATH", None)  # the hook runs the copy pre-commit installed, not this checkout's modules
    command = [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), *args, "--color", "never"]
    return subprocess.run(command, cwd=repo, env=env, capture_output=True, text=True, timeout=600)


def test_check_then_fix_hooks_through_try_repo(tmp_path: Path) -> None:
    repo = tmp_path / "project"
    repo.mkdir()
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    (repo / "a.txt").write_text("The the militia withdrew .\n", encoding="utf-8")
    (repo / "b.txt").write_text("Officials met in Baghdad.\n", encoding="utf-8")
    (repo / "notes.md").write_text("The the draft .\n", encoding="utf-8")
    subprocess.run(["git", "add", "."], cwd=repo, check=True)
    home = tmp_path / "pre-commit-home"

    check = try_repo(repo, home, "normalize-check", "--all-files")
    assert check.returncode == 1, check.stdout + check.stderr
    # --explain's shape is path:line:col rule message: the change in context (issue 18, defect 9)
    assert (
        "a.txt:1:4 doubled-word removed a doubled word: “The[ the] militia withdrew .” → “The[] militia withdrew .”\n"
        "a.txt:1:25 space-before-punctuation removed a space before punctuation: "
        "“The the militia withdrew[ ].” → “The the militia withdrew[].”\n"
    ) in check.stdout
    assert "notes.md" not in check.stdout  # only .txt files unless `files:` says otherwise
    assert (repo / "a.txt").read_text(encoding="utf-8") == "The the militia withdrew .\n"

    fix = try_repo(repo, home, "normalize-fix", "--all-files")
    assert fix.returncode == 1, fix.stdout + fix.stderr  # pre-commit fails a hook that modified files
    assert "files were modified by this hook" in fix.stdout
    assert (repo / "a.txt").read_text(encoding="utf-8") == "The militia withdrew.\n"
    assert (repo / "b.txt").read_text(encoding="utf-8") == "Officials met in Baghdad.\n"
    assert (repo / "notes.md").read_text(encoding="utf-8") == "The the draft .\n"

    again = try_repo(repo, home, "normalize-check", "--all-files")
    assert again.returncode == 0, again.stdout + again.stderr
    assert "normalize (check)" in again.stdout and "Passed" in again.stdout
