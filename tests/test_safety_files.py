"""In-place rewrites, backups and outputs: what `normalize` may write, and what it refuses (issue 19, items 3-8, 12)."""

from __future__ import annotations

import errno
import fcntl
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from normalize import cli
from normalize.cli import app, route

from .conftest import CORPORA

RUNNER = CliRunner()
MT = "the the militia said .\n"
FIXED = "the militia said.\n"


def run(*args: str):  # type: ignore[no-untyped-def]
    return RUNNER.invoke(app, route(args))


def write(path: Path, text: str = MT) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def only_error(result, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert (result.exit_code, result.output) == (2, f"normalize: error: {expected}\n")


# --- item 3: concurrent runs -------------------------------------------------------------


def test_a_run_is_refused_while_another_rewrites_the_same_folder(tmp_path: Path) -> None:
    article = write(tmp_path / "d" / "a.txt")
    held = os.open(tmp_path / "d", os.O_RDONLY)
    try:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)  # what a running `normalize d --in-place` holds
        result = run(str(tmp_path / "d"), "--in-place", "--backup", ".orig")
    finally:
        os.close(held)
    only_error(
        result, f"{tmp_path / 'd'}: another normalize run is rewriting files here; try again when it has finished"
    )
    assert read(article) == MT and not (tmp_path / "d" / "a.txt.orig").exists()
    assert run(str(tmp_path / "d"), "--in-place", "--backup", ".orig").exit_code == 0  # released: the next run goes
    assert (read(article), read(tmp_path / "d" / "a.txt.orig")) == (FIXED, MT)


def test_two_runs_started_together_never_back_up_repaired_text(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    for n in range(300):
        write(folder / f"{n:03}.txt", f"Article {n}: the the militia said .\n")
    command = [sys.executable, "-m", "normalize", str(folder), "--in-place", "--backup", ".orig", "--quiet"]
    env = dict(os.environ, PYTHONPATH=str(Path(cli.__file__).parent.parent.parent))  # the checkout holding normalize/
    first = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
    time.sleep(0.3)
    second = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
    codes = sorted((first.wait(120), second.wait(120)))
    assert codes in ([0, 0], [0, 2])  # the second is refused (or started after the first had finished)
    for n in range(300):
        assert read(folder / f"{n:03}.txt.orig") == f"Article {n}: the the militia said .\n"
        assert read(folder / f"{n:03}.txt") == f"Article {n}: the militia said.\n"


# --- item 4: one file, processed once ---------------------------------------------------------


def test_a_file_named_twice_or_through_a_symlink_is_rewritten_once(tmp_path: Path) -> None:
    article = write(tmp_path / "d" / "a.txt")
    (tmp_path / "d" / "link.txt").symlink_to("a.txt")
    assert run(str(article), str(article), "--in-place", "--backup", ".orig").exit_code == 0
    assert (read(article), read(tmp_path / "d" / "a.txt.orig")) == (FIXED, MT)
    write(article)
    (tmp_path / "d" / "a.txt.orig").unlink()
    assert run(str(tmp_path / "d"), "--in-place", "--backup", ".orig").exit_code == 0
    assert (read(article), read(tmp_path / "d" / "a.txt.orig")) == (FIXED, MT)
    assert (tmp_path / "d" / "link.txt").is_symlink() and not (tmp_path / "d" / "link.txt.orig").exists()


# --- item 5: backups -------------------------------------------------------------------------


def test_an_existing_backup_is_never_replaced(tmp_path: Path) -> None:
    article = write(tmp_path / "a.txt")
    write(tmp_path / "a.txt.orig", "the user's own\n")
    result = run(str(article), "--in-place", "--backup", ".orig")
    only_error(
        result,
        f"{article}: backup {tmp_path / 'a.txt.orig'} already exists; not rewritten "
        "(move it away, or pass another --backup)",
    )
    assert (read(article), read(tmp_path / "a.txt.orig")) == (MT, "the user's own\n")


def test_a_large_file_gets_its_backup_whole_and_at_once(tmp_path: Path) -> None:
    body = "".join(f"Paragraph {n}: the the militia said .\n\n" for n in range(2000))
    article = write(tmp_path / "big.txt", body)
    inode = article.stat().st_ino
    assert run(str(article), "--in-place", "--backup", ".orig", "--stream-bytes", "4096").exit_code == 0
    backup = tmp_path / "big.txt.orig"
    assert read(backup) == body and backup.stat().st_ino == inode  # the original itself, not a copy in progress
    assert "the the" not in read(article) and read(article).endswith("Paragraph 1999: the militia said.\n\n")


def test_a_full_disk_on_the_large_file_path_is_one_line_and_loses_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    body = "".join(f"Paragraph {n}: the the militia said .\n\n" for n in range(500))
    article = write(tmp_path / "big.txt", body)

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("normalize.textio.os.fsync", full)
    result = run(str(article), "--in-place", "--backup", ".orig", "--stream-bytes", "4096")
    only_error(result, f"{article}: not written (No space left on device)")
    assert read(article) == body
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.txt"]  # no backup, no temporary file


def test_a_backup_suffix_with_a_folder_in_it_is_one_line(tmp_path: Path) -> None:
    article = write(tmp_path / "a.txt")
    only_error(
        run(str(article), "--in-place", "--backup", "x/y"),
        "--backup 'x/y' must be a suffix for the file's name, such as '.orig'",
    )
    assert read(article) == MT


# --- item 6: what a rewrite keeps, and what it refuses ---------------------------------------


def test_a_read_only_file_is_not_rewritten(tmp_path: Path) -> None:
    article = write(tmp_path / "a.txt")
    article.chmod(0o444)
    only_error(run(str(article), "--in-place"), f"{article}: read-only; not rewritten (make it writable, or use --out)")
    assert read(article) == MT and (article.stat().st_mode & 0o777) == 0o444


def test_a_rewrite_keeps_owner_mode_and_extended_attributes(tmp_path: Path) -> None:
    article = write(tmp_path / "a.txt")
    article.chmod(0o640)
    try:
        os.setxattr(article, "user.reviewed", b"yes")
    except OSError:
        pytest.skip("this file system has no user extended attributes")
    if os.geteuid() == 0:
        os.chown(article, 4321, 4322)
    assert run(str(article), "--in-place").exit_code == 0
    info = article.stat()
    assert read(article) == FIXED
    assert (info.st_mode & 0o777) == 0o640
    assert os.getxattr(article, "user.reviewed") == b"yes"
    if os.geteuid() == 0:
        assert (info.st_uid, info.st_gid) == (4321, 4322)


def test_a_hard_linked_file_is_refused_rather_than_split(tmp_path: Path) -> None:
    article = write(tmp_path / "a.txt")
    os.link(article, tmp_path / "other-name.txt")
    only_error(
        run(str(article), "--in-place"),
        f"{article}: has 2 hard-linked names, which rewriting one would split; not rewritten (use --out)",
    )
    assert read(tmp_path / "other-name.txt") == MT and article.stat().st_nlink == 2


# --- item 7: writes stay inside the folders named ---------------------------------------------


def test_a_symlink_leading_out_of_the_folder_is_not_rewritten(tmp_path: Path) -> None:
    outside = write(tmp_path / "outside.txt")
    inside = write(tmp_path / "d" / "a.txt")
    (tmp_path / "d" / "escape.txt").symlink_to(outside)
    result = run(str(tmp_path / "d"), "--in-place", "--quiet")
    assert result.exit_code == 2
    assert (
        f"normalize: error: {tmp_path / 'd' / 'escape.txt'}: a symlink to {outside}, "
        f"outside {tmp_path / 'd'}; not rewritten" in result.output
    )
    assert (read(outside), read(inside)) == (MT, FIXED)


def test_out_does_not_follow_a_symlink_already_in_the_output_folder(tmp_path: Path) -> None:
    victim = write(tmp_path / "victim.txt", "keep me\n")
    write(tmp_path / "in" / "a.txt")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "a.txt").symlink_to(victim)
    result = run(str(tmp_path / "in"), "--out", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert "is a symlink already in the output folder; --out does not write through it" in result.output
    assert read(victim) == "keep me\n"


@pytest.mark.parametrize("pattern", ["../*.txt", "/etc/*", "sub/../../*.txt"])
def test_a_glob_may_not_leave_the_folder(tmp_path: Path, pattern: str) -> None:
    write(tmp_path / "outside.txt")
    write(tmp_path / "d" / "a.txt")
    result = run(str(tmp_path / "d"), "--glob", pattern, "--in-place")
    only_error(
        result,
        f"--glob '{pattern}' must name files inside the folder given (a pattern such as '*.txt' or 'news/*.txt')",
    )
    assert read(tmp_path / "outside.txt") == MT


def test_a_settings_file_in_a_parent_folder_cannot_widen_the_glob(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "normalize.toml", 'glob = "../*.txt"\n')
    write(tmp_path / "project" / "outside.txt")
    write(tmp_path / "project" / "d" / "a.txt")
    monkeypatch.chdir(tmp_path / "project")
    result = run("d", "--in-place")
    assert result.exit_code == 2 and "--glob '../*.txt' must name files inside the folder given" in result.output
    assert read(tmp_path / "project" / "outside.txt") == MT


# --- item 8: undecodable bytes are not replaced for good ------------------------------------


def test_in_place_with_errors_replace_keeps_undecodable_bytes(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    raw = b"the the militia \xff said .\n"
    article.write_bytes(raw)
    result = run(str(article), "--in-place", "--errors", "replace")
    only_error(
        result,
        f"{article}: has bytes that are not valid utf-8; --in-place with --errors replace would turn them into "
        "U+FFFD for good; not rewritten (use --out)",
    )
    assert article.read_bytes() == raw
    clean = write(tmp_path / "b.txt")
    assert run(str(clean), "--in-place", "--errors", "replace").exit_code == 0  # a file that decodes is rewritten
    assert read(clean) == FIXED


# --- item 12: no "internal error" ------------------------------------------------------------


def test_ctrl_c_while_a_library_loads_exits_130(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from langdetect.lang_detect_exception import LangDetectException

    def loading(*args: object, **kwargs: object) -> None:
        try:
            raise KeyboardInterrupt
        except BaseException:  # what langdetect's profile loader does with any exception
            raise LangDetectException(0, "Profile format error") from None

    monkeypatch.setattr(cli, "app", loading)
    with pytest.raises(SystemExit) as exited:
        cli.main(["a.txt"])
    assert exited.value.code == 130
    assert (
        capsys.readouterr().err
        == "normalize: error: interrupted; files already written are complete, the others untouched\n"
    )


def test_large_files_are_refused_as_small_ones_are_and_only_when_they_would_change(tmp_path: Path) -> None:
    clean = write(tmp_path / "clean.txt", read(CORPORA / "clean" / "108_lebanon_gulf_wire.txt"))  # streamed: > 1024
    dirty = write(tmp_path / "dirty.txt", "".join(f"Paragraph {n}: the the army said .\n\n" for n in range(400)))
    linked = write(tmp_path / "linked.txt", read(dirty))
    os.link(linked, tmp_path / "other-name.txt")
    for path in (clean, dirty):
        path.chmod(0o444)
    result = run(str(clean), str(dirty), str(linked), "--in-place", "--backup", ".orig", "--stream-bytes", "1024")
    assert result.exit_code == 2
    assert result.output.splitlines()[:2] == [
        f"normalize: error: {dirty}: read-only; not rewritten (make it writable, or use --out)",
        f"normalize: error: {linked}: has 2 hard-linked names, which rewriting one would split; "
        "not rewritten (use --out)",
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clean.txt", "dirty.txt", "linked.txt", "other-name.txt"]
