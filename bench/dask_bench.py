"""Dask engine benchmark: documents/s with 1 and 2 workers, against the CLI's --jobs on the same documents.

    python bench/dask_bench.py [--documents 6000]

Writes the corpus as JSONL (for `normalize corpus`) and as a folder of .txt files (for
`normalize DIR --jobs N`, which parallelises over files), times each whole command,
and prints documents/s and ratios.  Results go to bench/out/dask.json.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out" / "dask"


def make_corpus(documents: int) -> tuple[Path, Path]:
    sources = [
        p.read_text(encoding="utf-8")
        for p in sorted((ROOT / "corpora").glob("*/*.txt"))
        if p.parent.name in ("input", "clean")
    ]
    if OUT.exists():
        shutil.rmtree(OUT)
    jsonl, folder = OUT / "jsonl", OUT / "txt"
    jsonl.mkdir(parents=True)
    folder.mkdir(parents=True)
    files = 8
    handles = [(jsonl / f"part{k}.jsonl").open("w", encoding="utf-8") for k in range(files)]
    for i in range(documents):
        text = sources[i % len(sources)]
        handles[i % files].write(json.dumps({"id": i, "text": text}, ensure_ascii=False) + "\n")
        (folder / f"{i:06d}.txt").write_text(text, encoding="utf-8")
    for handle in handles:
        handle.close()
    return jsonl, folder


def timed(args: list[str]) -> tuple[float, str]:
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "normalize", *args], capture_output=True, text=True, check=True)
    return time.perf_counter() - start, proc.stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=6000)
    documents = parser.parse_args().documents
    jsonl, folder = make_corpus(documents)
    results: dict[str, dict[str, float]] = {}
    for workers in (1, 2):
        seconds, stdout = timed(
            ["corpus", str(jsonl), str(OUT / f"out{workers}"), "--workers", str(workers), "--partitions", "16"]
        )
        inside = float(re.search(r"\(([\d.]+) s\)", stdout).group(1))  # type: ignore[union-attr]
        results[f"dask, {workers} worker(s)"] = {
            "seconds": seconds,
            "docs_per_s": documents / seconds,
            "docs_per_s_excluding_cluster_start": documents / inside,
        }
    for jobs in (1, 2):
        seconds, _ = timed([str(folder), "--out", str(OUT / f"jobs{jobs}"), "--jobs", str(jobs), "--quiet"])
        results[f"CLI --jobs {jobs} (txt files)"] = {"seconds": seconds, "docs_per_s": documents / seconds}
    print(f"{documents} documents\n")
    print(f"{'run':<28}  {'wall s':>7}  {'docs/s':>8}  {'docs/s (no cluster start)':>26}")
    for name, r in results.items():
        extra = r.get("docs_per_s_excluding_cluster_start")
        shown = "-" if extra is None else f"{extra:.1f}"
        print(f"{name:<28}  {r['seconds']:>7.2f}  {r['docs_per_s']:>8.1f}  {shown:>26}")
    d1, d2 = results["dask, 1 worker(s)"], results["dask, 2 worker(s)"]
    j2 = results["CLI --jobs 2 (txt files)"]
    print(f"\ndask 2 workers vs 1 worker: {d1['seconds'] / d2['seconds']:.2f}x")
    print(f"dask 2 workers vs CLI --jobs 2: {d2['seconds'] / j2['seconds']:.2f}x the time (overhead of Dask)")
    (OUT.parent / "dask.json").write_text(json.dumps({"documents": documents, "runs": results}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
