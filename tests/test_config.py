"""Settings files: normalize.toml or [tool.normalize], found upwards from the current folder."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from normalize.config import ConfigError, find_config, load_config

MT = "Mustafa al-Kazimi met the popular crowd .\n"
GLOSSARY = "rules:\n  - {id: met, kind: term, category: style, message: m, canonical: greeted, variants: [met]}\n"


def cli(*args: str, cwd: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    # The limit only stops a hung command; `rules test` runs every example of every pack
    # (over a minute of CPU with the gazetteer's people) and takes several times that on a loaded shared machine.
    return subprocess.run(
        [sys.executable, "-m", "normalize", *args], capture_output=True, text=True, cwd=cwd, input=stdin, timeout=900
    )


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project with a glossary and settings at its root, and an article two folders down."""
    (tmp_path / "packs").mkdir()
    (tmp_path / "packs" / "glossary.yaml").write_text(GLOSSARY, encoding="utf-8")
    (tmp_path / "normalize.toml").write_text(
        'rules = ["packs/glossary.yaml"]\nignore = ["punctuation"]\n', encoding="utf-8"
    )
    (tmp_path / "docs" / "2026").mkdir(parents=True)
    (tmp_path / "docs" / "2026" / "a.txt").write_text(MT, encoding="utf-8")
    return tmp_path


def test_settings_apply_from_a_folder_below_with_packs_relative_to_the_file(project: Path) -> None:
    proc = cli("a.txt", cwd=project / "docs" / "2026")
    assert (proc.returncode, proc.stderr) == (0, "")
    assert proc.stdout == "Mustafa al-Kadhimi greeted the Popular Mobilization Forces .\n"


def test_the_command_line_wins_and_no_config_ignores_the_file(project: Path) -> None:
    here = project / "docs" / "2026"
    # --ignore on the command line replaces the file's list (punctuation is repaired again)
    ignoring = cli("a.txt", "--ignore", "terminology", cwd=here)
    assert ignoring.stdout == "Mustafa al-Kadhimi greeted the popular crowd.\n"
    assert cli("a.txt", "--no-config", cwd=here).stdout == "Mustafa al-Kadhimi met the Popular Mobilization Forces.\n"
    other = project / "other.toml"
    other.write_text('select = ["transliteration"]\n', encoding="utf-8")
    assert cli("a.txt", "--config", str(other), cwd=here).stdout == "Mustafa al-Kadhimi met the popular crowd .\n"


def test_pyproject_tool_table_is_used_and_one_without_it_is_passed_by(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.normalize]\nselect = ["transliteration"]\n', encoding="utf-8")
    inner = tmp_path / "pkg"
    inner.mkdir()
    (inner / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert find_config(inner) == tmp_path / "pyproject.toml"
    assert load_config(tmp_path / "pyproject.toml") == {"select": ["transliteration"]}
    proc = cli("-", cwd=inner, stdin=MT)
    assert proc.stdout == "Mustafa al-Kadhimi met the popular crowd .\n"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('selct = ["pmf"]\n', "unknown key 'selct'; did you mean 'select'?"),
        ("jobs = -1\n", "'jobs' must be a whole number of workers, 0 or more, not -1"),
        ('ignore = "pmf"\n', "'ignore' must be a list of rule ids, categories, kinds or packs, not 'pmf'"),
        ('errors = "ignore"\n', "'errors' must be 'strict' or 'replace', not 'ignore'"),
        ("timeout = 0\n", "'timeout' must be a number of seconds above 0, not 0"),
        ("glob = \n", "invalid TOML: Invalid value (at line 1, column 8)"),
    ],
    ids=["typo", "negative", "not-a-list", "bad-choice", "zero", "toml"],
)
def test_a_bad_settings_file_is_one_line_naming_file_and_key(tmp_path: Path, body: str, message: str) -> None:
    (tmp_path / "normalize.toml").write_text(body, encoding="utf-8")
    (tmp_path / "a.txt").write_text(MT, encoding="utf-8")
    proc = cli("a.txt", cwd=tmp_path)
    assert (proc.returncode, proc.stdout) == (2, "")
    assert proc.stderr == f"normalize: error: {tmp_path / 'normalize.toml'}: {message}\n"
    with pytest.raises(ConfigError):
        load_config(tmp_path / "normalize.toml")


def test_a_named_settings_file_must_exist_and_excludes_no_config(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(MT, encoding="utf-8")
    missing = cli("a.txt", "--config", "nope.toml", cwd=tmp_path)
    assert (missing.returncode, missing.stderr) == (2, "normalize: error: nope.toml: no such settings file\n")
    both = cli("a.txt", "--config", "nope.toml", "--no-config", cwd=tmp_path)
    assert both.stderr == "normalize: error: --config and --no-config cannot be used together\n"


def test_a_key_another_command_has_is_left_to_it(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """One file serves both commands: corpus takes the rule settings and has no --glob to set."""
    from normalize.config import settings_for

    (project / "normalize.toml").write_text('glob = "*.md"\nselect = ["pmf"]\nrules = ["core"]\n', encoding="utf-8")
    monkeypatch.chdir(project)
    given = {"source": "in", "select": None, "rules": ["x"]}
    merged = settings_for(given, lambda name: name == "rules", None, False)
    assert merged == {"source": "in", "select": ["pmf"], "rules": ["x"]}


def test_rules_list_and_test_show_what_a_run_here_would_load(project: Path) -> None:
    """Without packs named, `rules list` and `rules test` take the settings file's packs and switches too."""
    here = project / "docs"

    def listed(*args: str) -> list[str]:
        # piped, the list is plain: one rule a line, id first, tab-separated (issue 18, defect 10)
        return [line.split("\t")[0] for line in cli("rules", "list", *args, cwd=here).stdout.splitlines()]

    assert "met" in listed() and "space-before-punctuation" not in listed()  # the glossary in, punctuation out
    assert "met" not in listed("--no-config") and "space-before-punctuation" in listed("--no-config")
    tested = cli("rules", "test", cwd=here)
    # the glossary's "met" rewrites keep examples of the bundled packs: exactly what a team should see
    assert tested.returncode == 1
    assert "FAIL mideast/article-before-name: keep example 'the Hamas and Fatah delegations met; " in tested.stdout
    assert cli("rules", "test", "--no-config", cwd=here).stdout.splitlines()[-1].endswith(" passed, 0 failed")
