"""The command line, used as people use it: files, folders, stdin, check, diff, reports, apply."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from normalize.cli import app, route

from ..conftest import CLEAN, CORPORA, INPUTS, SEED

RUNNER = CliRunner()
MT = "Mustafa al-Kazimi met the popular crowd .\n"
FIXED = "Mustafa al-Kadhimi met the Popular Mobilization Forces.\n"


def run(*args: str, stdin: str | bytes | None = None):  # type: ignore[no-untyped-def]
    return RUNNER.invoke(app, route(args), input=stdin)


def cli(*args: str, cwd: Path | None = None, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    """The real command in a real process, for what only a process shows (tracebacks, exit codes)."""
    return subprocess.run(
        [sys.executable, "-m", "normalize", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        input=None if stdin is None else stdin.decode("utf-8", "replace"),
        timeout=60,
    )


@pytest.fixture
def mt_file(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(MT, encoding="utf-8")
    return path


def test_file_to_stdout(mt_file: Path) -> None:
    result = run(str(mt_file))
    assert result.exit_code == 0
    assert result.stdout == FIXED


def test_stdin_to_stdout() -> None:
    result = run("-", stdin=MT)
    assert result.exit_code == 0 and result.stdout == FIXED


def test_seed_through_a_real_process_matches_expected() -> None:
    proc = cli(str(SEED))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == (CORPORA / "expected" / SEED.name).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("setup", "expected"),
    [
        (lambda d: d / "missing.txt", "no such file or folder"),
        (lambda d: (d / "bin.txt").write_bytes(b"abc\x00def") and d / "bin.txt", "binary file (NUL byte at offset 3)"),
        (
            lambda d: (d / "latin.txt").write_bytes(b"caf\xe9 au lait") and d / "latin.txt",
            "not valid utf-8 (byte 0xe9 at offset 3); pass --encoding or --errors replace",
        ),
        (
            lambda d: (d / "ar.txt").write_bytes("He said بالكامل today.".encode("cp1256")) and d / "ar.txt",
            "not valid utf-8 (byte 0xc8 at offset 8); pass --encoding cp1256 (it reads as Arabic in Windows-1256)",
        ),
        (
            lambda d: (d / "u16.txt").write_bytes("hi".encode("utf-16")) and d / "u16.txt",
            "looks like UTF-16 (byte-order mark); pass --encoding utf-16",
        ),
        (
            lambda d: (d / "empty.txt").write_bytes(b"") == 0 and d / "empty.txt",
            "empty.txt: empty; no text to normalize",
        ),
        (
            lambda d: (d / "blank.txt").write_bytes(b"\n  \t\r\n") and d / "blank.txt",
            "blank.txt: only white space; no text to normalize",
        ),
    ],
    ids=["missing", "binary", "invalid-utf8", "arabic-cp1256", "utf16", "empty", "white-space"],
)
def test_bad_input_is_one_line_exit_2_and_untouched(tmp_path: Path, setup, expected: str) -> None:  # type: ignore[no-untyped-def]
    path = setup(tmp_path)
    before = path.read_bytes() if path.exists() else None
    proc = cli(str(path), "--in-place") if before is not None else cli(str(path))
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
    assert expected in proc.stderr
    if before is not None:
        assert path.read_bytes() == before


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_empty_files_in_a_folder_are_reported_and_the_rest_repaired(tmp_path: Path, jobs: str) -> None:
    """An empty input is refused like a binary one: a line each, the other files done, exit 2."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(MT, encoding="utf-8")
    (folder / "b.txt").write_bytes(b"")
    (folder / "c.txt").write_bytes(b"\n\n")
    proc = cli(str(folder), "--out", str(tmp_path / "out"), "--jobs", jobs)
    assert proc.returncode == 2
    assert proc.stderr == (
        f"normalize: error: {folder / 'b.txt'}: empty; no text to normalize\n"
        f"normalize: error: {folder / 'c.txt'}: only white space; no text to normalize\n"
        "normalize: 3 files: 1 changed (3 edits), 2 not processed\n"
    )
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.txt"]
    assert (tmp_path / "out" / "a.txt").read_text(encoding="utf-8") == FIXED


def test_empty_stdin_and_empty_jsonl_are_refused(tmp_path: Path) -> None:
    assert cli("-", stdin=b"").stderr == "normalize: error: <stdin>: empty; no text to normalize\n"
    blank = tmp_path / "blank.jsonl"
    blank.write_bytes(b"\n\n")
    proc = cli(str(blank), "--jsonl", "--check")
    assert (proc.returncode, proc.stderr) == (2, f"normalize: error: {blank}: only white space; no text to normalize\n")


def test_the_library_takes_an_empty_text() -> None:
    """Only the command line refuses empty inputs: a pipeline's empty record is no error."""
    from normalize import Normalizer

    result = Normalizer().normalize("")
    assert (result.text, result.edits, result.flags) == ("", [], [])


def test_encoding_and_errors_options(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("al-Kazimi, café\n".encode("latin-1"))
    assert run(str(path), "--encoding", "latin-1").stdout == "al-Kadhimi, café\n"
    assert run(str(path), "--errors", "replace").stdout == "al-Kadhimi, caf\ufffd\n"


def test_folder_needs_out_or_in_place(tmp_path: Path) -> None:
    proc = cli(str(CORPORA / "input"))
    assert proc.returncode == 2
    assert proc.stderr == (
        "normalize: error: several inputs or a folder need --out DIR or --in-place (or --check / --diff)\n"
    )


def test_out_mirrors_the_tree(tmp_path: Path) -> None:
    src = tmp_path / "src"
    (src / "sub").mkdir(parents=True)
    (src / "a.txt").write_text(MT, encoding="utf-8")
    (src / "sub" / "b.txt").write_text("Clean text.\n", encoding="utf-8")
    (src / "sub" / "c.md").write_text(MT, encoding="utf-8")
    result = run(str(src), "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "a.txt").read_text(encoding="utf-8") == FIXED
    assert (tmp_path / "out" / "sub" / "b.txt").read_text(encoding="utf-8") == "Clean text.\n"
    assert not (tmp_path / "out" / "sub" / "c.md").exists()
    assert run(str(src), "--out", str(tmp_path / "md"), "--glob", "*.md").exit_code == 0
    assert sorted(p.name for p in (tmp_path / "md").rglob("*")) == ["c.md", "sub"]


def test_corpus_to_out_equals_expected(tmp_path: Path) -> None:
    result = run(str(CORPORA / "input"), "--out", str(tmp_path), "--quiet")
    assert result.exit_code == 0, result.output
    for path in INPUTS:
        assert (tmp_path / path.name).read_text(encoding="utf-8") == (CORPORA / "expected" / path.name).read_text(
            encoding="utf-8"
        )


def test_in_place_with_backup_keeps_permissions(tmp_path: Path, mt_file: Path) -> None:
    os.chmod(mt_file, 0o640)
    result = run(str(mt_file), "--in-place", "--backup", ".orig")
    assert result.exit_code == 0 and result.stdout == ""
    assert mt_file.read_text(encoding="utf-8") == FIXED
    assert (tmp_path / "article.txt.orig").read_text(encoding="utf-8") == MT
    assert oct(mt_file.stat().st_mode & 0o777) == oct(0o640)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article.txt", "article.txt.orig"]


def test_in_place_leaves_unchanged_files_alone(tmp_path: Path) -> None:
    path = tmp_path / "clean.txt"
    path.write_text("Clean text.\n", encoding="utf-8")
    os.utime(path, (1_000_000_000, 1_000_000_000))
    assert run(str(path), "--in-place").exit_code == 0
    assert path.stat().st_mtime == 1_000_000_000


def test_in_place_through_a_symlink_keeps_the_link(tmp_path: Path, mt_file: Path) -> None:
    link = tmp_path / "link.txt"
    link.symlink_to(mt_file)
    assert run(str(link), "--in-place").exit_code == 0
    assert link.is_symlink()
    assert mt_file.read_text(encoding="utf-8") == FIXED


def test_check_exit_codes(tmp_path: Path) -> None:
    raw = run(str(CORPORA / "input"), "--check")
    assert raw.exit_code == 1
    lines = raw.stdout.splitlines()
    assert len(lines) == len(INPUTS)
    assert lines[0] == (
        f"{CORPORA / 'input' / SEED.name}: would change (25 edits: and-pronoun-report ×1, ansar-allah-al-awfiya ×1, "
        "article-an-before-consonant ×1, comma-before-that-after-verb-of-saying ×1, corona-epidemic-crisis ×1, "
        "doubled-with-and ×1, kadhimi ×1, "
        "kataib-hezbollah ×3, pmf ×5, pmf-crowd ×2, pmf-hashd ×1, seizing-response ×1, stray-arabic ×1, "
        "stray-capital ×1, stray-period-after-quote ×1, the-before-names ×1, title-repeat ×2); "
        "2 flagged for review (ministry-file ×1, stray-full-stop ×1)"
    )
    assert run(str(CORPORA / "expected"), "--check").exit_code == 0
    assert run(str(CORPORA / "clean"), "--check").exit_code == 0


def test_diff_is_unified(mt_file: Path) -> None:
    result = run(str(mt_file), "--diff")
    assert result.exit_code == 0
    assert result.stdout == (f"--- a/{mt_file}\n+++ b/{mt_file}\n@@ -1 +1 @@\n-{MT}+{FIXED}")


def test_explain_is_linter_style(mt_file: Path) -> None:
    proc = cli(str(mt_file), "--explain")
    assert proc.stdout == FIXED
    # path:line:col rule message: the change in its words (bracketed when not coloured), as ruff and Vale print
    assert proc.stderr.splitlines() == [
        f"{mt_file}:1:9 kadhimi the former prime minister's name is spelt al-Kadhimi: "
        "“Mustafa [al-Kazimi] met the popular crowd .” → “Mustafa [al-Kadhimi] met the popular crowd .”",
        f"{mt_file}:1:27 pmf al-Hashd al-Shaabi is the Popular Mobilization Forces "
        '("popular crowd" is a literal rendering): '
        "“al-Kazimi met the [popular crowd] .” → “al-Kazimi met the [Popular Mobilization Forces] .”",
        f"{mt_file}:1:40 space-before-punctuation removed a space before punctuation: "
        "“met the popular crowd[ ].” → “met the popular crowd[].”",
    ]


def test_select_ignore_and_extra_pack(tmp_path: Path, mt_file: Path) -> None:
    assert run(str(mt_file), "--select", "terminology,transliteration").stdout == (
        "Mustafa al-Kadhimi met the Popular Mobilization Forces .\n"
    )
    assert run(str(mt_file), "--ignore", "pmf").stdout == "Mustafa al-Kadhimi met the popular crowd.\n"
    pack = tmp_path / "mine.yaml"
    pack.write_text(
        "rules:\n  - {id: met, kind: term, category: style, message: m, canonical: greeted, variants: [met]}\n",
        encoding="utf-8",
    )
    assert run(str(mt_file), "--no-default-rules", "--rules", str(pack)).stdout == (
        "Mustafa al-Kazimi greeted the popular crowd .\n"
    )
    bad = run(str(mt_file), "--no-default-rules")
    assert bad.exit_code == 2
    typo = cli(str(mt_file), "--select", "terminology,pmf-crwod")
    assert (typo.returncode, typo.stdout) == (2, "")
    assert typo.stderr == (
        "normalize: error: select: no rule id, category, kind or pack is named 'pmf-crwod'; did you mean 'pmf-crowd'?\n"
    )


def test_malformed_pack_is_one_line(tmp_path: Path, mt_file: Path) -> None:
    pack = tmp_path / "bad.yaml"
    pack.write_text("rules:\n  - {id: x, kind: pattern, category: c, message: m, pattern: '(', replacement: ''}\n")
    proc = cli(str(mt_file), "--rules", str(pack))
    assert proc.returncode == 2
    assert proc.stderr.startswith(f"normalize: error: {pack}: rule 'x': pattern does not compile:")
    assert proc.stderr.count("\n") == 1


def test_jsonl_repairs_one_field_and_keeps_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    records = [{"id": 1, "text": MT.strip(), "lang": "en"}, {"text": "Clean.", "id": 2}]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    result = run(str(path), "--jsonl")
    assert result.exit_code == 0
    assert [json.loads(line) for line in result.stdout.splitlines()] == [
        {"id": 1, "text": FIXED.strip(), "lang": "en"},
        {"text": "Clean.", "id": 2},
    ]
    assert list(json.loads(result.stdout.splitlines()[0])) == ["id", "text", "lang"]


def test_jsonl_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_text('{"text": "the the militia"}\nnot json\n{"body": "x"}\n', encoding="utf-8")
    proc = cli(str(path), "--jsonl")
    assert proc.returncode == 2
    assert proc.stderr == (
        f"normalize: error: {path}:2: not valid JSON (Expecting value); pass --skip-bad-lines to go on\n"
    )
    proc = cli(str(path), "--jsonl", "--skip-bad-lines")
    assert proc.returncode == 0
    assert proc.stdout == '{"text": "the militia"}\nnot json\n{"body": "x"}\n'
    assert proc.stderr.splitlines() == [
        f"normalize: warning: {path}:2: not valid JSON (Expecting value); line kept as it was",
        f"normalize: warning: {path}:3: no string field 'text'; line kept as it was",
    ]


def test_jobs_2_gives_the_same_files_as_jobs_1(tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    assert run(str(CORPORA / "input"), str(CORPORA / "clean"), "--out", str(one), "-j", "1").exit_code == 0
    assert run(str(CORPORA / "input"), str(CORPORA / "clean"), "--out", str(two), "-j", "2").exit_code == 0
    files = sorted(p.relative_to(one) for p in one.rglob("*.txt"))
    assert len(files) == len(INPUTS) + len(CLEAN)
    assert files == sorted(p.relative_to(two) for p in two.rglob("*.txt"))
    for rel in files:
        assert (one / rel).read_bytes() == (two / rel).read_bytes()


def test_rules_list_and_test() -> None:
    listing = run("rules", "list")
    assert listing.exit_code == 0
    assert "kataib-hezbollah" in listing.stdout and "stray-capital" in listing.stdout
    tested = run("rules", "test")
    assert tested.exit_code == 0
    assert tested.stdout.strip().endswith("passed, 0 failed")


def test_rules_test_reports_a_failing_example(tmp_path: Path) -> None:
    pack = tmp_path / "wrong.yaml"
    pack.write_text(
        "rules:\n  - id: w\n    kind: term\n    category: c\n    message: m\n    canonical: B\n    variants: [A]\n"
        "    examples:\n      - {in: 'A x', out: 'C x'}\n",
        encoding="utf-8",
    )
    result = run("rules", "test", str(pack))
    assert result.exit_code == 1
    assert result.stdout == "FAIL wrong/w: 'A x' gave 'B x', expected 'C x'\n0 passed, 1 failed\n"


def test_no_traceback_on_usage_errors(mt_file: Path) -> None:
    for args in (["--out", "x", "--in-place", str(mt_file)], ["-", "--in-place"], [str(mt_file), "--backup", ".b"]):
        proc = cli(*args)
        assert proc.returncode == 2, args
        assert "Traceback" not in proc.stderr
        assert proc.stderr.startswith("normalize: error: ")


def test_out_never_rewrites_an_input_whichever_path_writes(tmp_path: Path) -> None:
    folder = tmp_path / "src"
    folder.mkdir()
    article = folder / "a.txt"
    article.write_text(MT * 200, encoding="utf-8")
    for extra in ([], ["--stream-bytes", "1024"], ["--jobs", "2"]):
        result = run(str(folder), "--out", str(folder), *extra)
        assert result.exit_code == 2, extra
        assert "--out would overwrite the input; use --in-place" in result.stderr
        assert article.read_text(encoding="utf-8") == MT * 200


def test_file_sizes_take_one_look_at_each_input(tmp_path: Path) -> None:
    """Sizes decide streaming and worker groups; what is not a readable regular file has none."""
    from normalize.cli import expand_inputs, file_sizes

    (tmp_path / "a.txt").write_text("abc", encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(tmp_path / "a.txt")
    (tmp_path / "broken.txt").symlink_to(tmp_path / "missing.txt")
    files = [*expand_inputs([str(tmp_path)], "*.txt"), ("<stdin>", None, None), ("x", tmp_path / "broken.txt", None)]
    sizes = file_sizes(files)
    assert sizes == {tmp_path / "a.txt": 3, tmp_path / "link.txt": 3, tmp_path / "broken.txt": None}


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_output_folder_inside_the_input_folder_is_not_read_back(tmp_path: Path, jobs: str) -> None:
    """Running `normalize docs --out docs/fixed` again repairs docs, not the first run's output too."""
    docs = tmp_path / "docs"
    (docs / "sub").mkdir(parents=True)
    (docs / "a.txt").write_text(MT, encoding="utf-8")
    (docs / "sub" / "b.txt").write_text(MT, encoding="utf-8")
    for _ in range(2):
        proc = cli(str(docs), "--out", str(docs / "fixed"), "--jobs", jobs)
        assert (proc.returncode, proc.stderr) == (0, "normalize: 2 files: 2 changed (6 edits)\n")  # not 4 files
    written = sorted(str(p.relative_to(docs / "fixed")) for p in (docs / "fixed").rglob("*") if p.is_file())
    assert written == ["a.txt", "sub/b.txt"]
    assert (docs / "fixed" / "sub" / "b.txt").read_text(encoding="utf-8") == FIXED
    # an --out folder above the input folder is no earlier output: docs/sub --out docs writes docs/b.txt
    proc = cli(str(docs / "sub"), "--out", str(docs), "--jobs", jobs)
    assert (proc.returncode, proc.stderr) == (0, "")  # one file: no closing line
    assert (docs / "b.txt").read_text(encoding="utf-8") == FIXED


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_run_over_several_files_ends_with_a_line_of_totals(tmp_path: Path, jobs: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(MT, encoding="utf-8")
    (folder / "b.txt").write_text("The talks resumed in Baghdad on Monday.\n", encoding="utf-8")
    (folder / "c.txt").write_text("Falih al-Fayyadh spoke. Al-Fayadh left. Al-Fayyadh returned.\n", encoding="utf-8")
    (folder / "d.txt").write_bytes(b"\x00")
    checked = cli(str(folder), "--check", "--jobs", jobs)
    assert checked.returncode == 2
    assert checked.stderr.splitlines()[-1] == (
        "normalize: 4 files: 1 would change (3 edits), 1 with passages flagged for review, 1 not processed"
    )
    (folder / "d.txt").unlink()
    written = cli(str(folder), "--out", str(tmp_path / "out"), "--jobs", jobs)
    # the flagged passage is named, file:line:col, before the totals (it was silent: issue 18, defect 7)
    assert (written.returncode, written.stderr) == (
        0,
        f"{folder / 'c.txt'}:1:25 name-spellings 'Al-Fayadh' is spelt 'al-Fayyadh' elsewhere in this document "
        "(2×): one name spelt two ways?: “Al-Fayadh”\n"
        "normalize: 3 files: 1 changed (3 edits), 1 with passages flagged for review\n",
    )
    assert cli(str(folder), "--check", "--quiet", "--jobs", jobs).stderr == ""


def test_jobs_0_means_one_worker_per_cpu(tmp_path: Path) -> None:
    """--jobs 0 is resolved once, in the options (see tests/cli/test_options.py); the run then writes every file."""
    from normalize.cli import usable_cpus

    assert 1 <= usable_cpus() <= (os.cpu_count() or 1)
    folder = tmp_path / "in"
    folder.mkdir()
    for k in range(6):
        (folder / f"{k}.txt").write_text(MT, encoding="utf-8")
    result = run(str(folder), "--out", str(tmp_path / "out"), "--jobs", "0")
    assert result.exit_code == 0
    assert [(tmp_path / "out" / f"{k}.txt").read_text(encoding="utf-8") for k in range(6)] == [FIXED] * 6


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_repair_the_output_encoding_cannot_hold_is_refused_cleanly(tmp_path: Path, jobs: str) -> None:
    """Latin-1 has no curly quotes: the file is left as it was, with no backup, unless --output-encoding says utf-8."""
    folder = tmp_path / "in"
    folder.mkdir()
    latin = "He said \xabwe agree\xbb and left .\n".encode("latin-1")
    (folder / "a.txt").write_bytes(latin)
    (folder / "b.txt").write_bytes(b"He left .\n")
    proc = cli(str(folder), "--encoding", "latin-1", "--in-place", "--backup", ".orig", "--jobs", jobs)
    assert proc.returncode == 2
    assert proc.stderr.splitlines()[0] == (
        f"normalize: error: {folder / 'a.txt'}: the repaired text has '“' (U+201C), which latin-1 cannot hold; "
        "pass --output-encoding utf-8 (the file was not written)"
    )
    assert (folder / "a.txt").read_bytes() == latin and not (folder / "a.txt.orig").exists()
    assert (folder / "b.txt").read_bytes() == b"He left.\n"
    (folder / "b.txt").write_bytes(b"He left .\n")
    report = tmp_path / "report.json"
    reported = cli(str(folder), "--encoding", "latin-1", "--in-place", "--report", str(report), "--jobs", jobs)
    assert reported.returncode == 2
    assert [f["path"] for f in json.loads(report.read_text(encoding="utf-8"))["files"]] == [str(folder / "b.txt")]
    fixed = cli(str(folder / "a.txt"), "--encoding", "latin-1", "--output-encoding", "utf-8", "--in-place")
    assert fixed.returncode == 0
    assert (folder / "a.txt").read_text(encoding="utf-8") == "He said “we agree” and left.\n"


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["{mt}", "--bogus"], "No such option: --bogus (Possible options: --jobs, --out) (see 'normalize fix --help')"),
        (["{mt}", "--stream-bytes", "10"], "Invalid value for '--stream-bytes': Input should be greater than or equal"),
        (["rules", "test", "--bogus"], "No such option: --bogus (see 'normalize rules test --help')"),
        (["apply"], "Missing argument 'report'. (see 'normalize apply --help')"),
        # one input file: --out names the file to write, so naming the input is refused (issue 18, defect 5)
        (["{mt}", "--out", "{mt}"], "--out would overwrite the input; use --in-place"),
        (["{mt}", "--timeout", "0"], "--timeout must be more than 0 seconds, not 0"),
        (["apply", "{mt}", "--out", "{mt}"], "--out names a folder to write into, and this is a file"),
        (["corpus", "{mt}", "{mt}"], "OUT names a folder to write into, and this is a file"),
        (["{mt}", "{mt}", "--out", "/proc/normalize-out"], "/proc/normalize-out: cannot create this folder"),
    ],
    ids=[
        "unknown-option",
        "out-of-range",
        "subcommand-option",
        "missing-argument",
        "out-is-a-file",
        "zero-timeout",
        "apply-out-is-a-file",
        "corpus-out-is-a-file",
        "out-cannot-be-made",
    ],
)
def test_usage_errors_are_one_line_too(mt_file: Path, args: list[str], expected: str) -> None:
    """Click's own checks end like ours: one line on stderr, exit 2, no box drawn round it."""
    proc = cli(*[a.format(mt=mt_file) for a in args])
    assert (proc.returncode, proc.stdout) == (2, "")
    assert proc.stderr.count("\n") == 1 and proc.stderr.startswith("normalize: error: ")
    assert expected in proc.stderr
    assert mt_file.read_text(encoding="utf-8") == MT
