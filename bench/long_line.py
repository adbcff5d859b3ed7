"""Benchmark: text with no paragraph breaks, up to a 20 MB file that is one line (issue 19, item 11).

    python bench/long_line.py                 # 2, 5, 10 and 20 MB; a few minutes
    python bench/long_line.py --sizes 1 2     # other sizes, in MB
    python bench/long_line.py --quick         # 1 and 2 MB, for a smoke run

The line is the bundled corpora/input texts with every line break made a space,
repeated to the size: ordinary MT news, with the repairs, flags, Arabic passages
and straight quotes those texts have.  Each size runs as ``normalize FILE --out
DIR`` in a child process (a file over 16 MiB is streamed in pieces; a smaller one
is normalized whole), timed by the wall clock and by the child's CPU time, with
its peak memory.  Before them, the other long-input cases of the issue run in this
process (CPU seconds): a run of 50,000 doubled words, 30,000 doubled phrases, a
100 KB paragraph full of mojibake and 200 KB of ordinary text on one line.  Prints
a table, with the CPU seconds per MB (flat when the time is linear in the size),
and writes bench/out/long_line.json.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
sys.path.insert(0, str(ROOT))

from normalize import Normalizer  # noqa: E402

SIZES = (2.0, 5.0, 10.0, 20.0)
MOJIBAKE = "The minister said the talks donâ€™t resume â€œsoonâ€\x9d in Baghdad, officials said. "


def one_line(chars: int) -> str:
    """``chars`` characters of the bundled MT corpus on one line, cut after a word."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpora" / "input").glob("*.txt"))]
    unit = " ".join(texts).replace("\n", " ")
    text = (unit * (chars // len(unit) + 1))[:chars]
    return text[: text.rfind(" ") + 1]


def cases() -> dict[str, Callable[[], str]]:
    """The long-input cases of issue 19, item 11, each as a function that builds its text."""
    return {
        '"the " x 50,000': lambda: "the " * 50_000,
        '"support and " x 30,000': lambda: "support and " * 30_000,
        "100 KB paragraph with mojibake": lambda: MOJIBAKE * 1200,
        "200 KB ordinary text, one line": lambda: one_line(200_000),
    }


def time_cases() -> list[dict[str, object]]:
    normalizer = Normalizer()
    normalizer.normalize("warm up the the text .")  # loads langdetect's profiles, which is not the case's cost
    rows: list[dict[str, object]] = []
    for name, build in cases().items():
        text = build()
        started = time.process_time()
        result = normalizer.normalize(text)
        rows.append(
            {
                "case": name,
                "chars": len(text),
                "cpu_s": round(time.process_time() - started, 2),
                "edits": len(result.edits),
                "skipped_rules": sorted({p.rule for p in result.problems}),
            }
        )
    return rows


def time_file(megabytes: float, work: Path) -> dict[str, object]:
    """``normalize FILE --out DIR`` on a one-line file of ``megabytes`` MB: wall, CPU and peak memory of the child."""
    source = work / f"line-{megabytes:g}mb.txt"
    source.write_text(one_line(int(megabytes * 1_000_000)), encoding="utf-8")
    out = work / f"out-{megabytes:g}"
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "normalize", str(source), "--out", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=False,
    )
    wall = time.monotonic() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    warnings = sorted({line for line in done.stderr.splitlines() if "warning" in line})
    size = source.stat().st_size
    written = (out / source.name).stat().st_size if (out / source.name).exists() else 0
    source.unlink()
    shutil.rmtree(out, ignore_errors=True)
    return {
        "mb": round(size / 1_000_000, 2),
        "exit": done.returncode,
        "wall_s": round(wall, 1),
        "cpu_s": round(cpu, 1),
        "cpu_s_per_mb": round(cpu / (size / 1_000_000), 2),
        "peak_rss_mib": round(after.ru_maxrss / 1024),  # the largest child so far: sizes run smallest first
        "output_bytes": written,
        "warnings": warnings,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=list(SIZES), help="file sizes in MB")
    parser.add_argument("--quick", action="store_true", help="1 and 2 MB only")
    args = parser.parse_args()
    sizes = sorted([1.0, 2.0] if args.quick else args.sizes)
    results: dict[str, object] = {"cases": time_cases()}
    for row in results["cases"]:  # type: ignore[attr-defined]
        print(f"{row['case']:<34} {row['chars']:>9,} chars {row['cpu_s']:>7.2f} s CPU  {row['edits']:>6} edits")
    files = []
    with tempfile.TemporaryDirectory(prefix="normalize-long-line-") as folder:
        for megabytes in sizes:
            row = time_file(megabytes, Path(folder))
            files.append(row)
            print(
                f"one line, {row['mb']:>6} MB: wall {row['wall_s']:>6} s, CPU {row['cpu_s']:>6} s "
                f"({row['cpu_s_per_mb']} s/MB), peak {row['peak_rss_mib']} MiB, exit {row['exit']}"
            )
            for warning in row["warnings"]:  # type: ignore[attr-defined]
                print(f"    {warning}")
    results["files"] = files
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "long_line.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0 if all(row["exit"] == 0 for row in files) else 1


if __name__ == "__main__":
    raise SystemExit(main())
