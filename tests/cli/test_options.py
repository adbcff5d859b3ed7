"""FixOptions (normalize/cli/options.py): every combination that makes no sense is refused before any file is read."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import typer.main
from typer.testing import CliRunner

from normalize.cli import app, route
from normalize.cli.options import build_fix_options

RUNNER = CliRunner()
MT = "Mustafa al-Kazimi met the popular crowd .\n"
FIXED = "Mustafa al-Kadhimi met the Popular Mobilization Forces.\n"


def run(*args: str, stdin: str | None = None) -> Any:
    return RUNNER.invoke(app, route(args), input=stdin)


def defaults(**given: Any) -> dict[str, Any]:
    """`fix`'s options as the command line would give them: its declared defaults, then ``given``."""
    command = typer.main.get_command(app).commands["fix"]  # type: ignore[attr-defined]
    values = {p.name: p.default for p in command.params}
    values["inputs"] = []
    return values | given


def test_jobs_0_is_one_worker_per_cpu_resolved_once() -> None:
    built = build_fix_options(defaults(inputs=["-"], jobs=0), lambda _: False, lambda: 3)
    assert (built.jobs, built.output_encoding) == (3, "utf-8")
    assert build_fix_options(defaults(inputs=["-"], jobs=2), lambda _: False, lambda: 3).jobs == 2


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text(MT, encoding="utf-8")
    return path


def test_out_with_one_file_and_a_suffix_writes_that_file(tmp_path: Path, article: Path) -> None:
    """`normalize a.txt -o fixed.txt` made a folder fixed.txt/ holding a.txt (issue 18, defect 5)."""
    result = run(str(article), "-o", str(tmp_path / "fixed.txt"))
    assert result.exit_code == 0, result.output
    assert (tmp_path / "fixed.txt").is_file()
    assert (tmp_path / "fixed.txt").read_text(encoding="utf-8") == FIXED


def test_out_with_one_file_and_no_suffix_is_a_folder(tmp_path: Path, article: Path) -> None:
    assert run(str(article), "-o", str(tmp_path / "fixed")).exit_code == 0
    assert (tmp_path / "fixed" / "a.txt").read_text(encoding="utf-8") == FIXED


def test_standard_input_with_out_writes_the_file_named(tmp_path: Path) -> None:
    """`normalize - --out D` wrote D/stdin.txt: --out names the file; an existing folder is refused."""
    assert run("-", "--out", str(tmp_path / "d.txt"), stdin=MT).exit_code == 0
    assert (tmp_path / "d.txt").read_text(encoding="utf-8") == FIXED
    (tmp_path / "D").mkdir()
    refused = run("-", "--out", str(tmp_path / "D"), stdin=MT)
    assert (refused.exit_code, refused.stderr) == (
        2,
        f"normalize: error: {tmp_path / 'D'}: standard input has no file name; --out names the file to write\n",
    )
    assert list((tmp_path / "D").iterdir()) == []


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--diff", "--out", "{tmp}/o"], "--diff changes nothing and writes nothing; drop --out / --in-place"),
        (["--diff", "--in-place"], "--diff changes nothing and writes nothing; drop --out / --in-place"),
        (["--check", "--in-place"], "--check changes nothing and writes nothing; drop --out / --in-place"),
        (["--field", "body"], "--field only makes sense with --jsonl"),
        (["--skip-bad-lines"], "--skip-bad-lines only makes sense with --jsonl"),
        (["--in-place", "--backup", ""], "--backup '' must be a suffix for the file's name, such as '.orig'"),
        (["--check", "--diff"], "--check and --diff cannot be used together"),
    ],
    ids=["diff-out", "diff-in-place", "check-in-place", "field", "skip-bad-lines", "empty-backup", "check-diff"],
)
def test_options_that_make_no_sense_are_refused_before_any_work(
    tmp_path: Path, article: Path, extra: list[str], message: str
) -> None:
    result = run(str(article), *[e.format(tmp=tmp_path) for e in extra])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and message.format(tmp=tmp_path) in result.stderr
    assert result.stdout == ""
    assert article.read_text(encoding="utf-8") == MT
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_a_report_into_a_missing_folder_is_refused_before_the_run(tmp_path: Path) -> None:
    """It failed only after all the work, with --out already written (issue 18, defect 6); inside --out it is made."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(MT, encoding="utf-8")
    refused = run(str(folder), "--out", str(tmp_path / "out"), "--report", str(tmp_path / "new" / "r.json"))
    assert (refused.exit_code, refused.stderr) == (
        2,
        f"normalize: error: {tmp_path / 'new' / 'r.json'}: --report into a folder that does not exist "
        f"({tmp_path / 'new'}); create it first\n",
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]
    made = run(str(folder), "--out", str(tmp_path / "out"), "--report", str(tmp_path / "out" / "r.json"))
    assert made.exit_code == 0, made.output
    assert json.loads((tmp_path / "out" / "r.json").read_text(encoding="utf-8"))["files"][0]["path"] == str(
        folder / "a.txt"
    )


def test_out_naming_the_input_folder_is_refused_before_the_run(tmp_path: Path) -> None:
    """One error per file after the work, before (issue 18, defect 6): now one line, and nothing read."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.txt", "b.txt"):
        (folder / name).write_text(MT, encoding="utf-8")
    result = run(str(folder), "--out", str(folder))
    assert (result.exit_code, result.stderr) == (
        2,
        f"normalize: error: {folder}: --out would overwrite the input; use --in-place or another folder\n",
    )


def test_a_jsonl_file_without_jsonl_is_refused(tmp_path: Path) -> None:
    """A .jsonl file was repaired as plain text without a word (issue 18, defect 5)."""
    records = tmp_path / "d.jsonl"
    records.write_text('{"text": "the popular crowd ."}\n', encoding="utf-8")
    result = run(str(records))
    assert result.exit_code == 2
    assert f"{records}: a JSON Lines file; pass --jsonl" in result.stderr
    assert run(str(records), "--jsonl").stdout == '{"text": "the Popular Mobilization Forces."}\n'
