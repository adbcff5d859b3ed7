"""The entry point and help pages (normalize/cli/main.py, helptext.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest


def cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "normalize", *args], capture_output=True, text=True, cwd=cwd, timeout=120
    )


@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_normalize_help_shows_fixs_options_without_python_types(flag: str) -> None:
    """Help showed <bool>, <list[str]>, {inputs}..., had no -h, and `normalize --help` hid fix's options."""
    page = cli(flag)
    assert page.returncode == 0
    assert page.stdout.startswith("Usage: normalize fix [OPTIONS] PATH...\n")
    assert "  -o, --out PATH " in page.stdout and "  -i, --in-place " in page.stdout
    assert "  --rules PACK " in page.stdout and "  -h, --help " in page.stdout
    assert "Other commands (each with -h): apply, rules list|show|test, corpus, eval, version." in " ".join(
        page.stdout.split()
    )
    for noise in ("<bool>", "<list[str]>", "{", "<path>", "<str>", "╭"):
        assert noise not in page.stdout


@pytest.mark.parametrize("command", [["apply"], ["rules", "list"], ["rules", "show"], ["corpus"], ["eval"]])
def test_every_command_has_a_plain_page_and_h(command: list[str]) -> None:
    page = cli(*command, "-h")
    assert page.returncode == 0 and page.stdout.startswith(f"Usage: normalize {' '.join(command)} [OPTIONS]")
    for noise in ("<bool>", "<list[str]>", "<path>", "<str>", "╭"):
        assert noise not in page.stdout


@pytest.mark.parametrize("name", ["corpus", "rules", "apply"])
def test_a_folder_named_like_a_command_is_named_in_the_error(tmp_path: Path, name: str) -> None:
    """`normalize corpus --check` with a folder corpus/ here: the error says how to repair the folder."""
    (tmp_path / name).mkdir()
    (tmp_path / name / "a.txt").write_text("He left .\n", encoding="utf-8")
    proc = cli(name, "--check", cwd=tmp_path)
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1
    assert proc.stderr.rstrip("\n").endswith(
        f"; '{name}' is also a file or folder here: to repair it, run 'normalize fix {name} ...'"
    )
    fixed = cli("fix", name, "--check", cwd=tmp_path)
    assert (fixed.returncode, fixed.stdout) == (
        1,
        f"{name}/a.txt: would change (1 edit: space-before-punctuation ×1)\n",
    )
