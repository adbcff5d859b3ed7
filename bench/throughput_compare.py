"""Throughput of ``normalize_many`` in several checkouts, side by side, alternating.

    git worktree add --detach /work/wt-old 64cba79
    python bench/throughput_compare.py old=/work/wt-old new=.
    python bench/throughput_compare.py old=/work/wt-old new=. --rounds 5 --repeat 200

Every checkout normalizes the same texts (``corpora/input`` and ``corpora/clean`` of
this checkout, repeated ``--repeat`` times), each measurement in a fresh subprocess
that imports that checkout's package (``PYTHONPATH``).  The checkouts take turns,
``--rounds`` times, so that a busy spell on a shared machine slows each of them
rather than one.  Figures are MB per CPU second of the child (warm-up and
``Normalizer()`` not counted); the best round of each checkout is what the ratios
use, the range shows the noise.  Each child also prints a digest of its outputs
(texts and edits), so that a faster checkout that repairs differently is seen.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: The child: normalize the texts ``repeat`` times in one ``normalize_many`` and report.
CHILD = r"""
import hashlib, json, sys, time
from pathlib import Path
from normalize import Normalizer

folders, repeat = sys.argv[1:-1], int(sys.argv[-1])
texts = [p.read_text(encoding="utf-8") for f in folders for p in sorted(Path(f).glob("*.txt"))]
normalizer = Normalizer()
digest = hashlib.sha256()
for result in normalizer.normalize_many(texts):  # warm-up, and the digest of one pass
    digest.update(result.text.encode())
    for e in result.edits:
        digest.update(f"{e.start}:{e.end}:{e.replacement}:{e.rule}".encode())
size = sum(len(t.encode("utf-8")) for t in texts) * repeat
start = time.process_time()
for _ in normalizer.normalize_many(t for _ in range(repeat) for t in texts):
    pass
seconds = time.process_time() - start
print(json.dumps({"mb_s": size / 1e6 / seconds, "seconds": seconds, "mb": size / 1e6, "digest": digest.hexdigest()}))
"""


def measure(checkout: Path, folders: list[Path], repeat: int) -> dict[str, float | str]:
    """One measurement in a fresh interpreter importing ``checkout``'s package."""
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    args = [sys.executable, "-c", CHILD, *map(str, folders), str(repeat)]
    done = subprocess.run(args, env=env, cwd=checkout, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{checkout}: the child failed: {done.stderr.strip().splitlines()[-1:]}")
    figures: dict[str, float | str] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("checkouts", nargs="+", help="name=path of a checkout, e.g. old=/work/wt-old new=.")
    parser.add_argument("--rounds", type=int, default=3, help="turns each checkout takes (default 3)")
    parser.add_argument("--repeat", type=int, default=200, help="times the corpora are repeated (default 200)")
    options = parser.parse_args()
    named: list[tuple[str, Path]] = []
    for item in options.checkouts:
        name, sep, path = item.partition("=")
        if not sep or not Path(path).is_dir():
            parser.error(f"'{item}': give name=path of a checkout folder")
        named.append((name, Path(path).resolve()))
    folders = [ROOT / "corpora" / "input", ROOT / "corpora" / "clean"]
    runs: dict[str, list[float]] = {name: [] for name, _ in named}
    digests: dict[str, str] = {}
    for k in range(options.rounds):
        order = named if k % 2 == 0 else named[::-1]  # neither goes first every time
        for name, path in order:
            figures = measure(path, folders, options.repeat)
            runs[name].append(float(figures["mb_s"]))
            digests[name] = str(figures["digest"])
            print(f"round {k + 1} {name:>8}: {figures['mb_s']:.2f} MB/s ({figures['seconds']:.1f} s)", flush=True)
    print()
    first = named[0][0]
    for name, _ in named:
        best = max(runs[name])
        spread = ", ".join(f"{v:.2f}" for v in runs[name])
        ratio = best / max(runs[first])
        print(f"{name:>8}: best {best:.2f} MB/s ({spread}); {ratio:.2f}x {first}; outputs {digests[name][:12]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
