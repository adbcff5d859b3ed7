"""Every `normalize ...` command in the README's shell examples, run as written, in order, in a sandbox.

The sandbox holds the files the examples name (article.txt, docs.jsonl, the README's own
CSV glossary, my-glossary.yaml, team.toml, ...) and a copy of corpora/.  Two things are
changed and only these: "/tmp/" becomes the sandbox, and HOME is the sandbox (for
~/Downloads).  A decisions file is exported (nothing rejected) from a report an earlier
example wrote, as a reviewer would from the page.  An example passes when it exits as a
person would expect (0, or 1 for --check) with no error, or, for one that needs a Dask
scheduler the README only stands for, fails with the one-line error a person would meet.
"""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from normalize.report import load_report

from .conftest import CORPORA

README = Path(__file__).resolve().parent.parent / "README.md"
MT = "Mustafa al-Kazimi met the popular crowd .\n"


def readme_commands() -> list[str]:
    """The `normalize` commands of the README's ```sh blocks (after `&&` too), comments dropped."""
    commands: list[str] = []
    for block in re.findall(r"```sh\n(.*?)```", README.read_text(encoding="utf-8"), re.DOTALL):
        for line in block.splitlines():
            for part in line.split("&&"):
                words = shlex.split(part, comments=True)
                if words and words[0] == "normalize":
                    commands.append(" ".join(shlex.quote(w) for w in words))
    return commands


def _sandbox(root: Path) -> None:
    shutil.copytree(CORPORA, root / "corpora", ignore=shutil.ignore_patterns("*.md"))
    (root / "article.txt").write_text(MT, encoding="utf-8")
    (root / "docs.jsonl").write_text(json.dumps({"id": 1, "text": MT.strip()}) + "\n", encoding="utf-8")
    glossary = re.search(r"```csv\n(.*?)```", README.read_text(encoding="utf-8"), re.DOTALL)
    assert glossary is not None
    (root / "glossary.csv").write_text(glossary.group(1), encoding="utf-8")
    pack = (
        "pack: my-glossary\nrules:\n  - id: my-talks\n    kind: term\n    category: terminology\n"
        "    message: the house style\n    canonical: negotiations\n    variants: [peace talks]\n"
        "    examples:\n      - {in: 'the peace talks went on', out: 'the negotiations went on'}\n"
        "    keep: ['the negotiations went on']\n"
    )
    for name in ("my-glossary.yaml", "my-pack.yaml", "glossary.yaml"):
        (root / name).write_text(pack, encoding="utf-8")
    (root / "team.toml").write_text('ignore = ["stray-capital"]\n', encoding="utf-8")
    (root / "FOLDER").mkdir()
    (root / "FOLDER" / "a.txt").write_text(MT, encoding="utf-8")
    shutil.copytree(CORPORA / "heldout", root / "my-reviewed-pairs")
    (root / "Downloads").mkdir()
    (root / "data" / "jsonl").mkdir(parents=True)
    for k in range(2):
        (root / "data" / "jsonl" / f"{k}.jsonl").write_text(json.dumps({"text": MT}) + "\n", encoding="utf-8")
        (root / "data" / f"{k}.jsonl").write_text(json.dumps({"text": MT}) + "\n", encoding="utf-8")
    import pandas

    pandas.DataFrame({"body": [MT, "All is well.\n"]}).to_parquet(root / "data" / "articles.parquet")


def _decisions_for(report: Path, decisions: Path) -> None:
    files = [{"path": e["path"], "source_sha256": e["source_sha256"], "rejected_ids": []} for e in load_report(report)]
    decisions.write_text(json.dumps({"tool": "normalize-decisions", "version": 2, "files": files}), encoding="utf-8")


def test_the_readme_has_the_examples_this_test_runs() -> None:
    commands = readme_commands()
    assert len(commands) >= 25
    assert "normalize corpora/input --check --rules glossary.csv" in commands


def test_every_readme_example_runs_as_written(tmp_path: Path) -> None:
    _sandbox(tmp_path)
    env = {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "PYTHONPATH": str(README.parent)}
    for command in readme_commands():
        words = [w.replace("/tmp/", f"{tmp_path}/") for w in shlex.split(command)]
        words = [str(tmp_path) + w[1:] if w.startswith("~/") else w for w in words]
        stdin = None
        if "<" in words:
            at = words.index("<")
            stdin = (tmp_path / words[at + 1]).read_bytes()
            words = words[:at] + words[at + 2 :]
        if words[1] == "apply":
            _decisions_for(Path(tmp_path / words[2]), tmp_path / words[words.index("--decisions") + 1])
        proc = subprocess.run(
            [sys.executable, "-m", "normalize", *words[1:]],
            cwd=tmp_path,
            env=env,
            input=stdin,
            capture_output=True,
            timeout=600,
        )
        stderr = proc.stderr.decode("utf-8", "replace")
        if "--scheduler" in words:  # the README's placeholder address: no scheduler there
            assert (proc.returncode, stderr.count("\n")) == (2, 1), command
            assert "cannot reach the Dask scheduler at tcp://scheduler:8786" in stderr, command
            continue
        assert proc.returncode in ((0, 1) if "--check" in words else (0,)), f"{command}\n{stderr}"
        assert "error:" not in stderr and "Traceback" not in stderr, f"{command}\n{stderr}"


@pytest.mark.parametrize("separator", [",", "\t"])
def test_the_readme_glossary_takes_over_the_bundled_variant(tmp_path: Path, separator: str) -> None:
    """The README's CSV failed as written: "variant 'Hezbollah Brigades' is already claimed" (issue 18, defect 11)."""
    glossary = re.search(r"```csv\n(.*?)```", README.read_text(encoding="utf-8"), re.DOTALL)
    assert glossary is not None
    table = tmp_path / ("g.csv" if separator == "," else "g.tsv")
    table.write_text(glossary.group(1).replace(",", separator), encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("The Hezbollah Brigades said the talks in Baghdad had ended.\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "normalize", str(article), "--rules", str(table), "--explain"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "Kata'ib Hezbollah said the negotiations in Baghdad had ended.\n"
    assert [line.split(" ")[1] for line in proc.stderr.splitlines()] == ["kata-ib-hezbollah", "negotiations"]


def test_a_glossary_clash_of_ones_own_names_the_file_and_line(tmp_path: Path) -> None:
    table = tmp_path / "g.csv"
    table.write_text("canonical,variants\nnegotiations,talks\nparleys,talks\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "normalize", "-", "--rules", str(table)],
        input="the talks\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert (proc.returncode, proc.stderr) == (
        2,
        f"normalize: error: {table}:3: rule 'parleys': variant 'talks' is already claimed by rule 'negotiations' "
        f"of {table}\n",
    )
