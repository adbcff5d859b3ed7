"""`normalize apply` takes reports from elsewhere: what a report may make it write, and review decisions by id."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from normalize.cli import app, route
from normalize.edits import Edit
from normalize.model import Flag
from normalize.report import edit_id, suggestion_id

RUNNER = CliRunner()


def run(*args: str):  # type: ignore[no-untyped-def]
    return RUNNER.invoke(app, route(args))


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def edit(start: int, end: int, original: str, replacement: str, rule: str = "r") -> dict[str, Any]:
    return {
        "start": start,
        "end": end,
        "original": original,
        "replacement": replacement,
        "rule": rule,
        "category": "c",
        "message": "m",
    }


def write_report(path: Path, files: list[dict[str, Any]]) -> Path:
    path.write_text(json.dumps({"tool": "normalize", "files": files}), encoding="utf-8")
    return path


def entry(path: str, source: str, edits: list[dict[str, Any]], claimed_sha: str | None = None) -> dict[str, Any]:
    return {"path": path, "source": source, "source_sha256": claimed_sha or sha(source), "edits": edits}


def decisions_file(path: Path, files: list[dict[str, Any]]) -> Path:
    path.write_text(json.dumps({"tool": "normalize-decisions", "version": 2, "files": files}), encoding="utf-8")
    return path


def error_of(result: Any) -> str:
    assert result.exit_code == 2, result.output
    lines = result.output.splitlines()
    assert len(lines) == 1 and "internal error" not in lines[0], result.output
    return lines[0]


# --- issue 19, item 1: paths leaving --out -------------------------------------------------


def test_apply_out_refuses_a_path_that_leaves_the_output_folder(tmp_path: Path) -> None:
    out = tmp_path / "a" / "b" / "out"
    report = write_report(tmp_path / "r.json", [entry("../../pwn.txt", "owned\n", [])])
    message = error_of(run("apply", str(report), "--out", str(out)))
    assert "'../../pwn.txt': a report path that climbs out of its folder" in message
    assert not (tmp_path / "a" / "pwn.txt").exists() and not out.exists()


def test_apply_out_does_not_write_through_a_symlink_in_the_output_folder(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("mine\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "a.txt").symlink_to(victim)
    report = write_report(tmp_path / "r.json", [entry("a.txt", "owned\n", [])])
    assert "is a symlink already in the output folder" in error_of(run("apply", str(report), "--out", str(out)))
    assert victim.read_text(encoding="utf-8") == "mine\n"


def test_apply_out_keeps_absolute_report_paths_below_the_output_folder(tmp_path: Path) -> None:
    report = write_report(tmp_path / "r.json", [entry("/etc/x/passwd", "text one\n", []), entry("/etc/y", "two\n", [])])
    out = tmp_path / "out"
    assert run("apply", str(report), "--out", str(out)).exit_code == 0
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file()) == ["x/passwd", "y"]


# --- issue 19, item 2: a report's source, hash and edits are checked ----------------------------


def test_apply_in_place_refuses_a_source_that_does_not_match_its_hash(tmp_path: Path) -> None:
    victim = tmp_path / "v.txt"
    victim.write_text("The army said.\n", encoding="utf-8")
    forged = entry(str(victim), "The INJECTED said.\n", [], claimed_sha=sha("The army said.\n"))
    report = write_report(tmp_path / "r.json", [forged])
    assert "the source text does not match its source_sha256" in error_of(run("apply", str(report), "--in-place"))
    assert victim.read_text(encoding="utf-8") == "The army said.\n"


def test_apply_refuses_an_edit_whose_original_is_not_the_source(tmp_path: Path) -> None:
    victim = tmp_path / "v.txt"
    victim.write_text("The army said.\n", encoding="utf-8")
    report = write_report(
        tmp_path / "r.json", [entry(str(victim), "The army said.\n", [edit(4, 8, "arm", "INJECTED")])]
    )
    message = error_of(run("apply", str(report), "--in-place"))
    assert message.endswith("edit 0: says 'arm' at 4-8, but the source has 'army'; refused")
    assert victim.read_text(encoding="utf-8") == "The army said.\n"


def test_apply_refuses_an_edit_outside_the_source(tmp_path: Path) -> None:
    victim = tmp_path / "v.txt"
    victim.write_text("The army said.\n", encoding="utf-8")
    report = write_report(tmp_path / "r.json", [entry(str(victim), "The army said.\n", [edit(99, 99, "", " more")])])
    assert "span 99-99 is outside the source (15 characters)" in error_of(run("apply", str(report), "--in-place"))
    assert victim.read_text(encoding="utf-8") == "The army said.\n"


def test_apply_refuses_overlapping_edits_and_missing_keys_in_one_line(tmp_path: Path) -> None:
    source = "the the militia\n"
    overlapping = [edit(0, 4, "the ", ""), edit(2, 6, "e th", "")]
    report = write_report(tmp_path / "r.json", [entry("a.txt", source, overlapping)])
    assert "edit 1 overlaps the one before it (offset 2)" in error_of(run("apply", str(report)))
    missing = edit(0, 4, "the ", "")
    del missing["replacement"]
    write_report(report, [entry("a.txt", source, [missing])])
    assert "edit 0: no 'replacement' (a string)" in error_of(run("apply", str(report)))
    report.write_text(json.dumps({"files": [{"path": "a.txt"}]}), encoding="utf-8")
    assert "entry 1: no 'source' (str)" in error_of(run("apply", str(report)))


def test_apply_refuses_an_edit_id_that_is_not_its_own(tmp_path: Path) -> None:
    source = "the the militia\n"
    forged = edit(0, 4, "the ", "") | {"id": "0000000000000000"}
    report = write_report(tmp_path / "r.json", [entry("a.txt", source, [forged])])
    assert "has id '0000000000000000', which is not its own" in error_of(run("apply", str(report)))


# --- issue 18, item 2: nothing is half-applied ------------------------------------------------


def test_apply_in_place_checks_every_file_before_writing_any(tmp_path: Path) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("the the militia\n", encoding="utf-8")
    second.write_text("the the army\n", encoding="utf-8")
    report = tmp_path / "r.json"
    assert run(str(first), str(second), "--check", "--report", str(report)).exit_code == 1
    second.write_text("edited by hand\n", encoding="utf-8")
    message = error_of(run("apply", str(report), "--in-place"))
    assert message == f"normalize: error: {second}: file changed since the report was written; nothing applied"
    assert first.read_text(encoding="utf-8") == "the the militia\n"  # not half-applied
    second.write_text("the the army\n", encoding="utf-8")
    assert run("apply", str(report), "--in-place").exit_code == 0  # and a rerun finishes the job
    assert (first.read_text(encoding="utf-8"), second.read_text(encoding="utf-8")) == ("the militia\n", "the army\n")


# --- issue 18, item 3: decisions by stable id ------------------------------------------------

ARTICLE = "Mustafa al-Kazimi met the the popular crowd .\n"


def _report_of(tmp_path: Path, name: str, *options: str) -> dict[str, Any]:
    report = tmp_path / name
    assert run(str(tmp_path / "a.txt"), "--check", "--report", str(report), *options).exit_code == 1
    return dict(json.loads(report.read_text(encoding="utf-8"))["files"][0])


def test_decisions_follow_their_edit_into_a_report_made_with_other_options(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    first = _report_of(tmp_path, "r1.json")
    crowd = next(e for e in first["edits"] if e["rule"] == "pmf")
    second = _report_of(tmp_path, "r2.json", "--ignore", "kadhimi")
    assert next(e["index"] for e in second["edits"] if e["id"] == crowd["id"]) != crowd["index"]
    chosen = decisions_file(
        tmp_path / "d.json",
        [{"path": first["path"], "source_sha256": first["source_sha256"], "rejected_ids": [crowd["id"]]}],
    )
    result = run("apply", str(tmp_path / "r2.json"), "--decisions", str(chosen))
    assert result.exit_code == 0, result.output
    assert result.output == "Mustafa al-Kazimi met the popular crowd.\n"


def test_decisions_that_do_not_belong_to_the_report_are_refused(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    data = _report_of(tmp_path, "r.json")
    report = str(tmp_path / "r.json")
    some_id = data["edits"][0]["id"]

    def refused(files: list[dict[str, Any]]) -> str:
        return error_of(run("apply", report, "--decisions", str(decisions_file(tmp_path / "d.json", files))))

    assert "source_sha256 differs" in refused([{"path": data["path"], "source_sha256": "0" * 64, "rejected_ids": []}])
    assert "which is not in the report" in refused(
        [{"path": "other.txt", "source_sha256": data["source_sha256"], "rejected_ids": []}]
    )
    unknown = refused(
        [{"path": data["path"], "source_sha256": data["source_sha256"], "rejected_ids": [some_id, "ffff"]}]
    )
    assert unknown.endswith(f"'{data['path']}' has no edit with id 'ffff' in the report; refused")
    assert "is a report, not a decisions file" in error_of(run("apply", report, "--decisions", report))
    old = tmp_path / "old.json"
    old.write_text(json.dumps({"files": [{"path": data["path"], "rejected": [0]}]}), encoding="utf-8")
    assert "export the decisions again from the page" in error_of(run("apply", report, "--decisions", str(old)))


def test_an_accepted_suggestion_is_applied_by_its_id(tmp_path: Path) -> None:
    source = "He met al-Fayadh.\n"
    flag = Flag(7, 16, "r", "c", "m", {"suggestion": "al-Fayyadh", "original": "al-Fayadh"})
    ident = suggestion_id("a.txt", flag)
    assert ident is not None
    item = entry("a.txt", source, []) | {"flags": [{"id": ident, **flag.to_dict()}]}
    report = write_report(tmp_path / "r.json", [item])
    chosen = decisions_file(
        tmp_path / "d.json",
        [{"path": "a.txt", "source_sha256": sha(source), "rejected_ids": [], "accepted_suggestions": [ident]}],
    )
    assert run("apply", str(report), "--decisions", str(chosen)).output == "He met al-Fayyadh.\n"


# --- issue 18, item 4: JSONL reports round-trip ------------------------------------------------

RECORDS = (
    '{"id": 1, "text": "the the militia said .", "lang": "en"}\n'
    "\n"
    '{"text": "Nothing to change here.", "id": 2}\n'
    '{"id": 3, "meta": {"k": [1, 2]}, "text": "a line\u2028with a separator and the the army"}\r\n'
)


def test_a_jsonl_report_applies_back_to_the_same_records(tmp_path: Path) -> None:
    source = tmp_path / "d.jsonl"
    source.write_text(RECORDS, encoding="utf-8")
    direct = tmp_path / "direct"
    assert run(str(source), "--jsonl", "--out", str(direct)).exit_code == 0
    report = tmp_path / "r.json"
    assert run(str(source), "--jsonl", "--check", "--report", str(report)).exit_code == 1
    out = tmp_path / "out"
    result = run("apply", str(report), "--out", str(out))
    assert result.exit_code == 0, result.output
    applied = (out / "d.jsonl").read_bytes()
    assert applied == (direct / "d.jsonl").read_bytes()
    lines = applied.decode("utf-8").split("\n")
    assert [json.loads(line)["id"] for line in lines if line.strip()] == [1, 2, 3]
    assert lines[1] == "" and lines[2] == '{"text": "Nothing to change here.", "id": 2}'
    assert json.loads(lines[3])["meta"] == {"k": [1, 2]}

    entries = json.loads(report.read_text(encoding="utf-8"))["files"]
    assert [(e["path"], e["record"]) for e in entries] == [
        (f"{source}:{n}", {"file": str(source), "line": n, "field": "text"}) for n in (1, 3, 4)
    ]
    doubled = next(e for e in entries[2]["edits"] if e["rule"] == "doubled-word")
    chosen = decisions_file(
        tmp_path / "dec.json",
        [{"path": entries[2]["path"], "source_sha256": entries[2]["source_sha256"], "rejected_ids": [doubled["id"]]}],
    )
    assert run("apply", str(report), "--decisions", str(chosen), "--in-place").exit_code == 0
    rewritten = source.read_bytes().decode("utf-8").split("\n")
    assert json.loads(rewritten[0]) == {"id": 1, "text": "the militia said.", "lang": "en"}
    assert json.loads(rewritten[3])["text"] == "a line\u2028with a separator and the the army"
    assert rewritten[3].endswith("\r")


def test_a_jsonl_record_changed_since_the_report_is_not_applied(tmp_path: Path) -> None:
    source = tmp_path / "d.jsonl"
    source.write_text(RECORDS, encoding="utf-8")
    report = tmp_path / "r.json"
    assert run(str(source), "--jsonl", "--check", "--report", str(report)).exit_code == 1
    source.write_text(RECORDS.replace("militia", "army"), encoding="utf-8")
    message = error_of(run("apply", str(report), "--in-place"))
    assert message == f"normalize: error: {source}:1: the record changed since the report was written; not applied"
    assert source.read_bytes().decode("utf-8") == RECORDS.replace("militia", "army")


# --- issue 19, item 15: one path, one set of decisions -------------------------------------


def test_a_report_never_lists_a_file_twice_and_apply_refuses_one_that_does(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("the the militia\n", encoding="utf-8")
    report = tmp_path / "r.json"
    assert run(str(article), str(article), "--check", "--report", str(report)).exit_code == 1
    files = json.loads(report.read_text(encoding="utf-8"))["files"]
    assert [f["path"] for f in files] == [str(article)]
    write_report(report, [files[0], files[0]])
    assert f"lists '{article}' twice" in error_of(run("apply", str(report), "--out", str(tmp_path / "o")))


def test_edit_ids_are_what_the_contract_says() -> None:
    one = Edit(4, 8, "the ", "", "doubled-word", "repetition", "m")
    key = "\x1f".join(("a.txt", "4", "8", "the ", "", "doubled-word"))
    assert edit_id("a.txt", one) == hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
