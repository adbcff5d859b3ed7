"""Reliability: no input crashes the library, no interruption loses text, bad input is refused cleanly."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from normalize import Normalizer, apply_edits
from normalize.cli import app, route
from normalize.stream import iter_text_blocks, normalize_blocks

from .conftest import CORPORA, SEED

RUNNER = CliRunner()
_NORMALIZER = Normalizer()
_ANY_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300)
_MARKS = st.text(alphabet="a b\u0301\u0308\u200f\u200e\u202b\u202c\u0627\u0644 \u064b\n.T”", max_size=120)


def run(*args: str, stdin: str | None = None):  # type: ignore[no-untyped-def]
    return RUNNER.invoke(app, route(args), input=stdin)


def _check_faithful(text: str) -> None:
    result = _NORMALIZER.normalize(text)
    assert apply_edits(text, result.edits) == result.text
    cursor = 0
    for edit in result.edits:
        assert edit.start >= cursor and edit.original != edit.replacement
        assert text[edit.start : edit.end] == edit.original
        cursor = edit.end
    assert _NORMALIZER.normalize(result.text).text == result.text


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(_ANY_TEXT, _MARKS))
def test_any_unicode_is_handled_faithfully(text: str) -> None:
    _check_faithful(text)


def test_empty_huge_paragraph_and_many_tiny_lines() -> None:
    _check_faithful("")
    paragraph = " ".join(["The popular crowd said support and support  for it ."] * 2000)
    _check_faithful(paragraph)
    _check_faithful("a\n" * 20000)
    _check_faithful("\n" * 5000 + "x")


def test_glue_far_into_one_long_line_and_a_token_longer_than_any_word() -> None:
    """The glued-sentence stage looks for a word's start only a word's length back.

    Looking back to the text's start made a document on one line cost time in the
    square of its length; a run of letters longer than any word is no sentence end.
    """
    filler = "The militia said nothing. " * 40_000  # a megabyte with no line break
    result = _NORMALIZER.normalize(filler + "They voiced angerThe statement followed.")
    assert [(e.start, e.replacement, e.rule) for e in result.edits] == [(len(filler) + 17, ". ", "glued-sentence")]
    blob = "x" * 70
    assert _NORMALIZER.normalize(f"A key {blob}The end.").edits == []
    assert _NORMALIZER.normalize(f"A key {blob[:50]}The end.").text == f"A key {blob[:50]}. The end."


def test_crlf_and_bom_file_round_trip_in_place(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes("\ufeffTitle line here for the test\r\n\r\nMustafa al-Kazimi met the the press .\r\n".encode())
    assert run(str(path), "--in-place").exit_code == 0
    assert path.read_bytes() == (
        "\ufeffTitle line here for the test\r\n\r\nMustafa al-Kadhimi met the press.\r\n".encode()
    )


@pytest.mark.parametrize("umask", [0o022, 0o077])
def test_new_outputs_follow_the_umask_and_replaced_files_keep_their_mode(tmp_path: Path, umask: int) -> None:
    """A new output file or report gets the permissions ``open`` would give it, not the temporary file's 0600."""
    source = tmp_path / "in"
    source.mkdir()
    (source / "a.txt").write_text("the the militia\n", encoding="utf-8")
    (source / "b.txt").write_text("the the militia\n", encoding="utf-8")
    (source / "b.txt").chmod(0o640)
    before = os.umask(umask)
    try:
        out = subprocess.run(
            [
                sys.executable,
                "-m",
                "normalize",
                str(source),
                "--out",
                str(tmp_path / "out"),
                "--report",
                str(tmp_path / "report.html"),
            ],
            capture_output=True,
            text=True,
            timeout=60,
        )
        in_place = subprocess.run(
            [sys.executable, "-m", "normalize", str(source / "b.txt"), "--in-place", "--backup", ".orig"],
            capture_output=True,
            timeout=60,
        )
    finally:
        os.umask(before)
    assert (out.returncode, in_place.returncode) == (0, 0), out.stderr
    new_file = 0o666 & ~umask
    assert (tmp_path / "out" / "a.txt").stat().st_mode & 0o777 == new_file
    assert (tmp_path / "report.html").stat().st_mode & 0o777 == new_file
    assert (source / "b.txt").stat().st_mode & 0o777 == 0o640
    assert (source / "b.txt.orig").stat().st_mode & 0o777 == 0o640  # a backup is as private as its original
    assert (source / "b.txt").read_text(encoding="utf-8") == "the militia\n"


def test_permission_denied_on_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("the the militia\n", encoding="utf-8")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    result = run(str(path))
    assert result.exit_code == 2
    assert result.stderr == f"normalize: error: {path}: permission denied\n"


def test_permission_denied_on_write_leaves_file_untouched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("the the militia\n", encoding="utf-8")

    def refuse(*args: object, **kwargs: object) -> int:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("normalize.textio.create_exclusive", refuse)
    result = run(str(path), "--in-place")
    assert result.exit_code == 2
    assert result.stderr == f"normalize: error: {path}: permission denied (cannot write)\n"
    assert path.read_text(encoding="utf-8") == "the the militia\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["locked.txt"]


@pytest.mark.parametrize(
    "args",
    [
        ["apply", "{dir}"],
        ["{file}", "--rules", "{dir}"],
        ["{file}", "--check", "--report", "{dir}/sub.json"],
        ["{dir}", "--out", "{file}"],
    ],
    ids=["apply-dir", "rules-dir", "report-in-missing-folder", "out-is-a-file"],
)
def test_folder_where_a_file_was_expected(tmp_path: Path, args: list[str]) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "a.txt").write_text("the the militia\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("the the militia\n", encoding="utf-8")
    argv = [a.format(dir=folder if "sub" not in a else tmp_path / "nowhere", file=article) for a in args]
    proc = subprocess.run([sys.executable, "-m", "normalize", *argv], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.startswith("normalize: error: ") and proc.stderr.count("\n") == 1
    assert "Traceback" not in proc.stderr
    assert article.read_text(encoding="utf-8") == "the the militia\n"


def test_catastrophic_regex_is_reported_and_the_rest_runs(tmp_path: Path) -> None:
    pack = tmp_path / "slow.yaml"
    pack.write_text(
        "rules:\n  - {id: slow, kind: pattern, category: c, message: m, pattern: '(a|aa)+$', replacement: x}\n",
        encoding="utf-8",
    )
    article = tmp_path / "a.txt"
    article.write_text("a" * 60 + "b, the the militia\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "normalize", str(article), "--rules", str(pack), "--timeout", "0.2"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0
    assert proc.stdout == "a" * 60 + "b, the militia\n"
    assert proc.stderr == (
        f"normalize: warning: {article}: rule 'slow': regex took longer than 0.2s; rule skipped for this document\n"
    )


def _make_folder(tmp_path: Path, count: int) -> tuple[Path, dict[str, str], dict[str, str]]:
    folder = tmp_path / "many"
    folder.mkdir()
    seed = SEED.read_text(encoding="utf-8")
    fixed = _NORMALIZER.normalize(seed).text
    originals, repaired = {}, {}
    for i in range(count):
        # A number after a name no rule touches, so every file differs but repairs the same way.
        originals[f"{i:04d}.txt"] = seed.replace("Firas al-Yasser", f"Firas al-Yasser {i}")
        repaired[f"{i:04d}.txt"] = fixed.replace("Firas al-Yasser", f"Firas al-Yasser {i}")
        (folder / f"{i:04d}.txt").write_text(originals[f"{i:04d}.txt"], encoding="utf-8")
    return folder, originals, repaired


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_interrupted_in_place_run_leaves_each_file_whole(tmp_path: Path, signum: int) -> None:
    # Enough files that the run, batched and fast, is still going when the signal comes.
    folder, originals, repaired = _make_folder(tmp_path, 1200)
    proc = subprocess.Popen(
        [sys.executable, "-m", "normalize", str(folder), "--in-place", "--quiet"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # A shell starts background jobs with SIGINT ignored, and the child would inherit that.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    first = sorted(repaired)[:12]  # files are done in name order: watching the first few is enough
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        done = sum(1 for name in first if (folder / name).read_text(encoding="utf-8") == repaired[name])
        if done >= 3:
            break
        time.sleep(0.02)
    proc.send_signal(signum)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode in (130, 143), err
    assert "Traceback" not in err
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted(originals), "temporary files were left behind"
    new = sum(1 for name in names if (folder / name).read_text(encoding="utf-8") == repaired[name])
    old = sum(1 for name in names if (folder / name).read_text(encoding="utf-8") == originals[name])
    assert new + old == len(names)
    assert 3 <= new < len(names)


def _peak_bytes(size: int, tmp_path: Path) -> int:
    body = (SEED.read_text(encoding="utf-8") + "\n\n") * (size // 7800 + 1)
    path = tmp_path / f"big-{size}.txt"
    path.write_text(body[:size], encoding="utf-8")
    _NORMALIZER.normalize(SEED.read_text(encoding="utf-8"))  # a rule's regex compiles on first use: not counted
    tracemalloc.start()
    with path.open("rb") as handle:
        written = 0
        for piece in normalize_blocks(
            _NORMALIZER, iter_text_blocks(handle, str(path), "utf-8", "strict", 16384), 16384
        ):
            written += len(piece.result.text)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert written > 0
    return peak


def test_streaming_memory_stays_flat_as_the_file_grows(tmp_path: Path) -> None:
    """The 200 MB case in miniature: the same code path, 8x the input, about the same peak.

    The peak is mostly the fixed working memory of a window (about 1.2 MB here), so the file
    is large enough that holding it and its repair at once would show well above that.
    """
    small = _peak_bytes(150_000, tmp_path)
    large = _peak_bytes(1_200_000, tmp_path)
    assert large < small * 1.5
    assert large < 1_200_000 * 2  # well under holding the file and its repair at once


def test_streamed_output_equals_in_memory_output(tmp_path: Path) -> None:
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((CORPORA / "input").glob("00[1-6]*.txt")))
    path = tmp_path / "doc.txt"
    path.write_text(text * 20, encoding="utf-8")
    streamed = run(str(path), "--stream-bytes", "4096", "--out", str(tmp_path / "s"))
    whole = run(str(path), "--out", str(tmp_path / "w"))
    assert streamed.exit_code == whole.exit_code == 0
    assert (tmp_path / "s" / "doc.txt").read_text(encoding="utf-8") == (tmp_path / "w" / "doc.txt").read_text(
        encoding="utf-8"
    )


def test_streamed_invalid_utf8_names_the_file_offset(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(b"Clean text.\n\n" * 1000 + b"caf\xe9\n")
    result = run(str(path), "--stream-bytes", "4096", "--check")
    assert result.exit_code == 2
    assert result.stderr == (
        f"normalize: error: {path}: not valid utf-8 (byte at offset 13003); pass --encoding or --errors replace\n"
    )
    arabic = tmp_path / "arabic.txt"
    arabic.write_bytes(b"Clean text.\n\n" * 1000 + "قال الوزير إن المحادثات ستستأنف.\n".encode("cp1256"))
    hinted = run(str(arabic), "--stream-bytes", "4096", "--check")
    assert hinted.stderr == (
        f"normalize: error: {arabic}: not valid utf-8 (byte at offset 13000); "
        "pass --encoding cp1256 (it reads as Arabic in Windows-1256)\n"
    )
    assert run(str(arabic), "--stream-bytes", "4096", "--check", "--encoding", "cp1256").exit_code == 0


def test_jsonl_report_lists_each_record(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_text(json.dumps({"text": "the the militia"}) + "\n", encoding="utf-8")
    report = tmp_path / "r.json"
    assert run(str(path), "--jsonl", "--check", "--report", str(report)).exit_code == 1
    assert [f["path"] for f in json.loads(report.read_text())["files"]] == [f"{path}:1"]


def test_no_absolute_paths_in_reports_by_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text("the the militia\n", encoding="utf-8")
    assert run("a.txt", "--check", "--report", "r.html").exit_code == 1
    assert str(tmp_path) not in Path("r.html").read_text(encoding="utf-8")
    assert os.path.sep + "a.txt" not in Path("r.html").read_text(encoding="utf-8")
