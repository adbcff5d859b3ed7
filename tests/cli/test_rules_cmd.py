"""`normalize rules list|show` (normalize/cli/rules_cmd.py) as scripts read them."""

from __future__ import annotations

import json
import subprocess
import sys

from normalize import Normalizer
from normalize.lexicon import rules_directory


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "normalize", *args], capture_output=True, text=True, timeout=120)


def test_piped_rules_list_is_one_plain_line_per_rule() -> None:
    """Piped, `rules list` was a 600-column box (issue 18, defect 10)."""
    listed = cli("rules", "list", "core")
    assert listed.returncode == 0
    rules = Normalizer(packs=["core"]).rules
    assert listed.stdout.splitlines() == ["\t".join((r.id, r.kind, r.category, r.message, r.pack)) for r in rules]


def test_rules_list_as_json() -> None:
    listed = cli("rules", "list", "core", "--format", "json")
    rows = json.loads(listed.stdout)
    assert rows[0] == {
        "id": "unicode-repair",
        "kind": "unicode",
        "category": "unicode",
        "message": Normalizer(packs=["core"]).rules[0].message,
        "pack": "core",
    }
    assert len(rows) == len(Normalizer(packs=["core"]).rules)
    assert cli("rules", "list", "--format", "xml").stderr == (
        "normalize: error: --format must be table, plain or json, not 'xml'\n"
    )


def test_rules_show_names_the_pack_file_with_its_path() -> None:
    shown = cli("rules", "show", "doubled-word")
    assert f"file: {(rules_directory() / 'core.yaml').resolve()}\n" in shown.stdout
