"""Fault injection: run the bad-input and interruption matrix against the real CLI and print a table.

    python bench/faults.py          # full sizes
    python bench/faults.py --quick  # smaller large-file case (used by the test suite)

Each case runs `python -m normalize` in a fresh process on files made in a temporary
folder, and checks the exit code, the one-line message, and that no input was
changed or left with temporary files beside it.  Faults the OS will not produce for
root (permission denied) are injected by patching the call that would fail.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpora" / "input" / "000_c3fb2efba6eac9a1.txt"
MT = "Mustafa al-Kazimi met the the popular crowd .\n"


@dataclass
class Row:
    case: str
    expected: str
    observed: str
    ok: bool


def normalize(*args: str, inject: str = "", cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the CLI in a new process; ``inject`` is Python run first, to simulate an OS fault."""
    code = f"{inject}\nfrom normalize.cli import main\nmain({list(args)!r})"
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=cwd, timeout=300)


def one_line_error(proc: subprocess.CompletedProcess[str], fragment: str) -> tuple[str, bool]:
    lines = proc.stderr.splitlines()
    ok = proc.returncode == 2 and len(lines) == 1 and fragment in lines[0] and "Traceback" not in proc.stderr
    return f"exit {proc.returncode}: {lines[0] if lines else '(no message)'}", ok


def untouched(folder: Path, before: dict[str, bytes]) -> bool:
    now = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    return now == before


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def error_case(name: str, fragment: str, setup: Callable[[Path], list[str]], inject: str = "") -> Callable[[Path], Row]:
    def check(tmp: Path) -> Row:
        args = setup(tmp)
        before = snapshot(tmp)
        proc = normalize(*args, inject=inject)
        observed, ok = one_line_error(proc, fragment)
        ok = ok and untouched(tmp, before)
        return Row(name, f"exit 2: …{fragment}…, nothing touched", observed, ok)

    return check


def write(tmp: Path, name: str, data: bytes | str) -> Path:
    path = tmp / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def pack(tmp: Path, body: str) -> Path:
    return write(tmp, "pack.yaml", body)


def cases(quick: bool) -> list[Callable[[Path], Row]]:
    rule = "  - {id: r1, kind: term, category: c, message: m, canonical: B, variants: [A]}\n"
    return [
        error_case("missing path", "no such file or folder", lambda t: [str(t / "nope.txt")]),
        error_case(
            "folder where a file was expected", "is a folder", lambda t: (t / "d").mkdir() or ["apply", str(t / "d")]
        ),
        error_case(
            "permission denied on read",
            "permission denied",
            lambda t: [str(write(t, "a.txt", MT))],
            # only the input is unreadable: the tool's own data (a word list a pack reads) still is
            inject="import pathlib\n_read = pathlib.Path.read_bytes\n"
            "def _deny(self):\n"
            "    if self.name == 'a.txt': raise PermissionError(13, 'Permission denied')\n"
            "    return _read(self)\n"
            "pathlib.Path.read_bytes = _deny",
        ),
        error_case(
            "permission denied on write",
            "permission denied (cannot write)",
            lambda t: [str(write(t, "a.txt", MT)), "--in-place"],
            inject="import normalize.textio\ndef _deny(*a, **k): raise PermissionError(13, 'Permission denied')\n"
            "normalize.textio.create_exclusive = _deny",
        ),
        error_case(
            "binary file (NUL bytes)",
            "binary file (NUL byte at offset 4)",
            lambda t: [str(write(t, "b.txt", b"text\x00more")), "--in-place"],
        ),
        error_case(
            "invalid UTF-8", "byte 0xe9 at offset 3", lambda t: [str(write(t, "l.txt", b"caf\xe9\n")), "--in-place"]
        ),
        ok_case(
            "invalid UTF-8 with --errors replace",
            lambda t: [str(write(t, "l.txt", b"caf\xe9\n")), "--errors", "replace"],
            "caf\ufffd\n",
        ),
        error_case("UTF-16 with BOM", "looks like UTF-16", lambda t: [str(write(t, "u.txt", MT.encode("utf-16")))]),
        ok_case(
            "UTF-16 with --encoding utf-16",
            lambda t: [str(write(t, "u.txt", MT.encode("utf-16"))), "--encoding", "utf-16"],
            "Mustafa al-Kadhimi met the Popular Mobilization Forces.\n",
        ),
        error_case("empty file", "e.txt: empty; no text to normalize", lambda t: [str(write(t, "e.txt", b""))]),
        error_case(
            "file of white space only",
            "w.txt: only white space",
            lambda t: [str(write(t, "w.txt", b"\n \n")), "--in-place"],
        ),
        error_case(
            "JSONL line that is not JSON",
            ":2: not valid JSON",
            lambda t: [str(write(t, "d.jsonl", '{"text": "a"}\nnope\n')), "--jsonl"],
        ),
        error_case(
            "JSONL line without the field",
            ":1: no string field 'text'",
            lambda t: [str(write(t, "d.jsonl", '{"body": "a"}\n')), "--jsonl"],
        ),
        ok_case(
            "JSONL bad lines with --skip-bad-lines",
            lambda t: [str(write(t, "d.jsonl", '{"text": "the the militia"}\nnope\n')), "--jsonl", "--skip-bad-lines"],
            '{"text": "the militia"}\nnope\n',
        ),
        error_case(
            "rule pack: YAML error",
            "pack.yaml:3: invalid YAML: mapping values are not allowed",
            lambda t: [
                str(write(t, "a.txt", MT)),
                "--rules",
                str(pack(t, "rules:\n  - id: x\n    kind: term: odd\n  - id: y\n")),
            ],
        ),
        error_case(
            "rule pack: unknown kind",
            "rule 'x': unknown kind 'magic'",
            lambda t: [
                str(write(t, "a.txt", MT)),
                "--rules",
                str(pack(t, "rules:\n  - {id: x, kind: magic, category: c, message: m}\n")),
            ],
        ),
        error_case(
            "rule pack: missing field",
            "rule 'r1': missing or empty field 'canonical'",
            lambda t: [
                str(write(t, "a.txt", MT)),
                "--rules",
                str(pack(t, "rules:\n  - {id: r1, kind: term, category: c, message: m, variants: [A]}\n")),
            ],
        ),
        error_case(
            "rule pack: duplicate id",
            "rule 'r1': duplicate rule id",
            lambda t: [str(write(t, "a.txt", MT)), "--rules", str(pack(t, "rules:\n" + rule + rule))],
        ),
        error_case(
            "rule pack: regex does not compile",
            "rule 'bad': pattern does not compile",
            lambda t: [
                str(write(t, "a.txt", MT)),
                "--rules",
                str(
                    pack(
                        t,
                        "rules:\n  - {id: bad, kind: pattern, category: c, message: m, "
                        "pattern: 'a(', replacement: x}\n",
                    )
                ),
            ],
        ),
        *refusals(),
        catastrophic_regex,
        large_file(quick),
        interrupted_in_place,
        symlink_in_place,
        unchanged_file_not_rewritten,
        hostile_html,
    ]


def _read_only(t: Path) -> list[str]:
    path = write(t, "a.txt", MT)
    path.chmod(0o444)
    return [str(path), "--in-place"]


def _hard_linked(t: Path) -> list[str]:
    path = write(t, "a.txt", MT)
    os.link(path, t / "b.txt")
    return [str(path), "--in-place"]


def _forged_report(t: Path) -> list[str]:
    import hashlib
    import json

    victim = write(t, "a.txt", "The army said.\n")
    forged = {
        "path": str(victim),
        "source": "The INJECTED said.\n",
        "source_sha256": hashlib.sha256(b"The army said.\n").hexdigest(),
        "edits": [],
    }
    return ["apply", str(write(t, "r.json", json.dumps({"files": [forged]}))), "--in-place"]


def _bomb(t: Path) -> list[str]:
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    return [str(write(t, "a.txt", MT)), "--rules", str(pack(t, "\n".join([*lines, "rules: [*a9]"]) + "\n"))]


def _with_backup(t: Path) -> list[str]:
    write(t, "a.txt.orig", "mine\n")
    return [str(write(t, "a.txt", MT)), "--in-place", "--backup", ".orig"]


def refusals() -> list[Callable[[Path], Row]]:
    """What a run must not write (issue 19): each refused in one line, with nothing touched."""
    return [
        error_case("in place: read-only file", "a.txt: read-only; not rewritten", _read_only),
        error_case("in place: hard-linked file", "has 2 hard-linked names", _hard_linked),
        error_case(
            "in place: existing backup",
            "a.txt.orig already exists; not rewritten",
            _with_backup,
        ),
        error_case(
            "in place, --errors replace: undecodable bytes",
            "--in-place with --errors replace would turn them into U+FFFD",
            lambda t: [str(write(t, "a.txt", b"the the caf\xe9\n")), "--in-place", "--errors", "replace"],
        ),
        error_case(
            "--glob leaving the folder",
            "--glob '../*.txt' must name files inside the folder given",
            lambda t: (t / "d").mkdir() or [str(t / "d"), "--glob", "../*.txt", "--in-place"],
        ),
        error_case(
            "--backup with a folder in it",
            "--backup 'x/y' must be a suffix",
            lambda t: [str(write(t, "a.txt", MT)), "--in-place", "--backup", "x/y"],
        ),
        error_case("rule pack: YAML alias bomb", "its aliases expand to more than", _bomb),
        error_case("apply: a forged report", "the source text does not match its source_sha256", _forged_report),
    ]


def ok_case(name: str, setup: Callable[[Path], list[str]], stdout: str) -> Callable[[Path], Row]:
    def check(tmp: Path) -> Row:
        proc = normalize(*setup(tmp))
        ok = proc.returncode == 0 and proc.stdout == stdout and "Traceback" not in proc.stderr
        return Row(name, f"exit 0, output {stdout[:30]!r}", f"exit {proc.returncode}, output {proc.stdout[:30]!r}", ok)

    return check


def catastrophic_regex(tmp: Path) -> Row:
    body = "rules:\n  - {id: slow, kind: pattern, category: c, message: m, pattern: '(a|aa)+$', replacement: x}\n"
    article = write(tmp, "a.txt", "a" * 60 + "b, the the militia\n")
    proc = normalize(str(article), "--rules", str(pack(tmp, body)), "--timeout", "0.2")
    ok = proc.returncode == 0 and proc.stdout.endswith("b, the militia\n") and "rule 'slow'" in proc.stderr
    return Row(
        "catastrophic user regex (a|aa)+$",
        "exit 0, rule 'slow' skipped with a warning, rest applied",
        f"exit {proc.returncode}: {proc.stderr.strip()[:70]}",
        ok,
    )


def large_file(quick: bool) -> Callable[[Path], Row]:
    sizes = (250_000, 1_000_000) if quick else (2_000_000, 8_000_000)

    def peak_rss_kib(tmp: Path, size: int) -> int:
        text = (SEED.read_text(encoding="utf-8") + "\n\n") * (size // 7800 + 1)
        path = write(tmp, f"big{size}.txt", text[:size])
        inject = (
            "import atexit, resource, sys\n"
            "atexit.register(lambda: print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr))"
        )
        proc = normalize(str(path), "--out", str(tmp / "out"), "--stream-bytes", "65536", inject=inject)
        return int(proc.stderr.strip().splitlines()[-1])

    def check(tmp: Path) -> Row:
        small, large = (peak_rss_kib(tmp, s) for s in sizes)
        ok = large < small * 1.3
        return Row(
            f"large file, streamed ({sizes[0] // 1000} kB vs {sizes[1] // 1000} kB)",
            "peak RSS flat (4x the input, < 1.3x the memory)",
            f"{small // 1024} MiB vs {large // 1024} MiB",
            ok,
        )

    return check


def interrupted_in_place(tmp: Path) -> Row:
    folder = tmp / "many"
    folder.mkdir()
    seed = SEED.read_text(encoding="utf-8")
    # Enough files that the run, batched and fast, is still going when the signal comes.
    for i in range(1200):
        write(folder, f"{i:04d}.txt", seed.replace("Firas al-Yasser", f"Firas al-Yasser {i}"))
    originals = snapshot(folder)
    first = sorted(originals)[:12]  # files are done in name order: watching the first few is enough
    proc = subprocess.Popen(
        [sys.executable, "-m", "normalize", str(folder), "--in-place", "--quiet"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and sum((folder / n).read_bytes() != originals[n] for n in first) < 3:
        time.sleep(0.02)
    proc.send_signal(signal.SIGTERM)
    proc.communicate(timeout=60)
    now = snapshot(folder)
    changed = [n for n in now if now[n] != originals[n]]
    whole = all(now[n].endswith(b"political or popular.\xe2\x80\x9d") for n in now)
    ok = proc.returncode == 143 and sorted(now) == sorted(originals) and whole and 0 < len(changed) < len(now)
    return Row(
        "SIGTERM during --in-place over 1,200 files",
        "exit 143, each file old or new, no temp files",
        f"exit {proc.returncode}, {len(changed)} new, {len(now) - len(changed)} old, {len(now)} files",
        ok,
    )


def symlink_in_place(tmp: Path) -> Row:
    target = write(tmp, "real.txt", MT)
    link = tmp / "link.txt"
    link.symlink_to(target)
    proc = normalize(str(link), "--in-place")
    ok = proc.returncode == 0 and link.is_symlink() and "al-Kadhimi" in target.read_text(encoding="utf-8")
    return Row(
        "--in-place through a symlink",
        "link kept, target rewritten",
        f"exit {proc.returncode}, link {link.is_symlink()}",
        ok,
    )


def unchanged_file_not_rewritten(tmp: Path) -> Row:
    path = write(tmp, "clean.txt", "Nothing to repair here.\n")
    os.utime(path, (1_000_000_000, 1_000_000_000))
    proc = normalize(str(path), "--in-place")
    ok = proc.returncode == 0 and path.stat().st_mtime == 1_000_000_000
    return Row(
        "--in-place on a clean file",
        "not rewritten (mtime kept)",
        f"exit {proc.returncode}, mtime {path.stat().st_mtime:.0f}",
        ok,
    )


def hostile_html(tmp: Path) -> Row:
    article = write(tmp, "x.txt", 'The popular crowd <script>alert(1)</script> "><img src=x onerror=alert(2)> .\n')
    report = tmp / "r.html"
    proc = normalize(str(article), "--check", "--report", str(report))
    page = report.read_text(encoding="utf-8") if report.exists() else ""
    # The page carries the article only as JSON data, with < and > escaped, and draws it as text.
    raw = "<script>alert" in page or "<img src=x" in page
    ok = proc.returncode == 1 and not raw and "\\u003cscript\\u003e" in page
    return Row(
        "HTML report of a hostile input",
        "everything escaped",
        f"exit {proc.returncode}, raw tags {'absent' if ok else 'PRESENT'}",
        ok,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller large-file case")
    options = parser.parse_args()
    rows: list[Row] = []
    for case in cases(options.quick):
        with tempfile.TemporaryDirectory() as folder:
            rows.append(case(Path(folder)))
    widths = [max(len(getattr(r, f)) for r in rows) for f in ("case", "expected")]
    print(f"{'case':<{widths[0]}}  {'expected':<{widths[1]}}  observed")
    for row in rows:
        mark = "" if row.ok else "   <-- FAIL"
        print(f"{row.case:<{widths[0]}}  {row.expected:<{widths[1]}}  {row.observed}{mark}")
    failed = sum(not r.ok for r in rows)
    print(f"\nfault matrix: {len(rows) - failed} of {len(rows)} cases as expected")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
