"""What a run prints about documents (normalize/cli/notes.py): explanations, flags, check lines, totals."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from normalize.cli import app, route

RUNNER = CliRunner()


def run(*args: str, stdin: str | None = None) -> Any:
    return RUNNER.invoke(app, route(args), input=stdin)


def test_explain_lists_edits_and_flags_in_line_order_with_context(tmp_path: Path) -> None:
    """Flags came after every edit, and edits read ' ' → '' with no reason (issue 18, defect 9)."""
    article = tmp_path / "a.txt"
    article.write_text(
        "Falih al-Fayyadh spoke . Al-Fayadh left.\nAl-Fayyadh returned to the the city.\n", encoding="utf-8"
    )
    result = run(str(article), "--explain")
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        f"{article}:1:23 space-before-punctuation removed a space before punctuation: "
        "“Falih al-Fayyadh spoke[ ]. Al-Fayadh left.” → “Falih al-Fayyadh spoke[]. Al-Fayadh left.”",
        f"{article}:1:26 name-spellings 'Al-Fayadh' is spelt 'al-Fayyadh' elsewhere in this document (2×): "
        "one name spelt two ways?: “Al-Fayadh”",
        f"{article}:2:27 doubled-word removed a doubled word: “returned to the[ the] city.” → "
        "“returned to the[] city.”",
    ]


def test_one_edit_and_one_file_are_singular(tmp_path: Path) -> None:
    """'1 edits', '1 files' (issue 18, defect 10)."""
    (tmp_path / "a.txt").write_text("He left .\n", encoding="utf-8")
    result = run(str(tmp_path / "a.txt"), "--check")
    assert (result.exit_code, result.stdout) == (
        1,
        f"{tmp_path / 'a.txt'}: would change (1 edit: space-before-punctuation ×1)\n",
    )
    (tmp_path / "b.txt").write_text("He stayed.\n", encoding="utf-8")
    two = run(str(tmp_path), "--check")
    assert two.stderr == "normalize: 2 files: 1 would change (1 edit)\n"


def test_diff_totals_say_would_change(tmp_path: Path) -> None:
    """--diff writes nothing, and its closing line said 'changed' (issue 18, defect 10)."""
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("He left .\n", encoding="utf-8")
    result = run(str(tmp_path), "--diff")
    assert result.exit_code == 0
    assert result.stderr == "normalize: 2 files: 2 would change (2 edits)\n"
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == "He left .\n"
