"""`normalize apply` (normalize/cli/apply_cmd.py): a summary, and files where `fix --out` puts them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from normalize.cli import app, route

RUNNER = CliRunner()
MT = "Mustafa al-Kazimi met the popular crowd .\n"


def run(*args: str) -> Any:
    return RUNNER.invoke(app, route(args))


def test_apply_out_writes_like_fix_out_and_prints_a_summary(tmp_path: Path, monkeypatch: Any) -> None:
    """`apply --out reviewed` wrote reviewed/corpora/input/x.txt and said nothing (issue 18, defect 10)."""
    monkeypatch.chdir(tmp_path)
    source = Path("corpora") / "input"
    source.mkdir(parents=True)
    (source / "x.txt").write_text(MT, encoding="utf-8")
    (source / "sub").mkdir()
    (source / "sub" / "y.txt").write_text("He left .\n", encoding="utf-8")
    assert run(str(source), "--check", "--report", "r.json").exit_code == 1
    report = json.loads(Path("r.json").read_text(encoding="utf-8"))
    x = next(f for f in report["files"] if f["path"].endswith("x.txt"))
    pmf = next(e for e in x["edits"] if e["rule"] == "pmf")
    Path("d.json").write_text(
        json.dumps(
            {
                "tool": "normalize-decisions",
                "version": 2,
                "files": [{"path": x["path"], "source_sha256": x["source_sha256"], "rejected_ids": [pmf["id"]]}],
            }
        ),
        encoding="utf-8",
    )
    result = run("apply", "r.json", "--decisions", "d.json", "--out", "reviewed")
    assert result.exit_code == 0, result.output
    assert result.stderr == "normalize: applied 3 of 4 edits (1 rejected); 2 files of 2 written under reviewed\n"
    assert Path("reviewed/x.txt").read_text(encoding="utf-8") == "Mustafa al-Kadhimi met the popular crowd.\n"
    assert Path("reviewed/sub/y.txt").read_text(encoding="utf-8") == "He left.\n"
    fixed = run(str(source), "--out", "fixed")
    assert fixed.exit_code == 0
    assert sorted(str(p.relative_to("fixed")) for p in Path("fixed").rglob("*.txt")) == sorted(
        str(p.relative_to("reviewed")) for p in Path("reviewed").rglob("*.txt")
    )
