"""Benchmark: normalize against a naive regex loop, textlint + prh, and ftfy alone.

    python bench/run.py            # about 2 MB of corpus; a few minutes
    python bench/run.py --quick    # smaller, for a smoke run

It builds its own inputs (a corpus from the bundled corpora with injected glossary
hits, and synthetic glossaries of 10, 1,000 and 10,000 terms), measures everything
side by side in one run, prints a table with ratios and the targets, and writes
bench/out/results.json and bench/out/throughput.png.  textlint is installed from the
npm registry into bench/out/node the first time (needs `npm`); without npm its rows
are reported as skipped.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import json
import os
import pstats
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
sys.path.insert(0, str(ROOT))

from normalize import Normalizer  # noqa: E402

GLOSSARY_SIZES = (10, 1_000, 10_000)
#: Where the --jobs runs write, when the machine has it (a RAM disk: see the comment in ``main``).
RAM_DISK = Path("/dev/shm")
#: How many (--jobs 1, --jobs 2) pairs are timed.
JOBS_PAIRS = 5
#: Run once before timing, so that one-time loading (langdetect's language profiles) is not counted.
WARM_UP = "قالت الفصائل إنها ستواصل عملياتها ضد القوات الأمريكية في العراق حتى انسحابها الكامل."


# --- inputs ----------------------------------------------------------------------------


def pseudo_word(rng: random.Random) -> str:
    consonants, vowels = "bdfghjklmnprstvz", "aeiou"
    return "".join(rng.choice(consonants) + rng.choice(vowels) for _ in range(rng.randint(3, 5)))


def glossary(size: int) -> list[tuple[str, list[str]]]:
    """``size`` synthetic terms (canonical, two variants); smaller glossaries are prefixes of larger ones."""
    rng = random.Random(20261125)
    terms = []
    seen: set[str] = set()
    while len(terms) < max(GLOSSARY_SIZES):
        words = [pseudo_word(rng) for _ in range(5)]
        variants = [f"{words[0]} {words[1]}", f"{words[1]} {words[2]} {words[0]}"]
        if seen & set(words):
            continue
        seen.update(words)
        # The canonical name shares no word with its variants, so a second run changes nothing.
        terms.append((f"{words[3].capitalize()} {words[4].capitalize()}", variants))
    return terms[:size]


def write_pack(size: int, folder: Path) -> Path:
    path = folder / f"glossary-{size}.yaml"
    lines = ["pack: synthetic", "rules:"]
    for i, (canonical, variants) in enumerate(glossary(size)):
        lines.append(
            f"  - {{id: syn-{i}, kind: term, category: synthetic, message: m, canonical: {canonical}, "
            f"variants: [{', '.join(variants)}]}}"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def corpus(megabytes: float) -> list[str]:
    """Documents cycled from corpora/input (MT) and corpora/clean, each with a few glossary hits injected."""
    sources = [
        p.read_text(encoding="utf-8")
        for p in sorted((ROOT / "corpora").glob("*/*.txt"))
        if p.parent.name in ("input", "clean")
    ]
    hits = [v for _, variants in glossary(10) for v in variants]
    rng = random.Random(7)
    docs: list[str] = []
    size = 0
    while size < megabytes * 1_000_000:
        doc = sources[len(docs) % len(sources)]
        paragraphs = doc.split("\n\n")
        k = rng.randrange(len(paragraphs))
        paragraphs[k] = paragraphs[k] + f" Officials said the {rng.choice(hits)} would meet."
        doc = "\n\n".join(paragraphs)
        docs.append(doc)
        size += len(doc.encode("utf-8"))
    return docs


def mb(docs: Sequence[str]) -> float:
    return sum(len(d.encode("utf-8")) for d in docs) / 1_000_000


# --- measuring -------------------------------------------------------------------------


def throughput(run: Callable[[str], object], docs: Sequence[str], budget: float) -> float:
    """MB/s of ``run`` over the documents, stopping after ``budget`` seconds (at least one document).

    Seconds of this process's CPU time, not of the wall clock: "per core" is what is
    asked, and on a shared machine other processes would otherwise be counted too.

    One warm-up call on an Arabic paragraph first, so that one-time loading (langdetect's
    language profiles) is not counted as throughput.
    """
    run(WARM_UP)

    def processed() -> Iterator[str]:
        for doc in docs:
            run(doc)
            yield doc

    return mb_per_cpu_second(processed(), budget)


def batched_throughput(normalizer: Normalizer, docs: Sequence[str], budget: float) -> float:
    """MB/s of ``normalize_many`` (the corpus API: documents share stage calls), in CPU seconds as above."""
    normalizer.normalize(WARM_UP)
    return mb_per_cpu_second((result.source for result in normalizer.normalize_many(docs)), budget)


def mb_per_cpu_second(processed: Iterator[str], budget: float) -> float:
    """MB per CPU second while ``processed`` yields the documents it has done, stopping after ``budget``."""
    done = 0
    start = time.process_time()
    for doc in processed:
        done += len(doc.encode("utf-8"))
        if time.process_time() - start > budget:
            break
    return done / 1_000_000 / (time.process_time() - start)


def alone(make: Callable[[], Normalizer], measure: Callable[[Normalizer], float]) -> float:
    """Best of three measurements of a normalizer, with no other normalizer left in memory.

    A compiled glossary of 10,000 terms is some 80,000 objects that Python's garbage
    collector walks on each full collection; normalizers left over from earlier rows
    would make later rows pay for them, which no user holding one normalizer does.
    """
    gc.collect()
    normalizer = make()
    return best_of(3, lambda: measure(normalizer))


def best_of(runs: int, measure: Callable[[], float]) -> float:
    """The highest of a few throughput measurements: noise on a shared machine only ever slows a run down."""
    return max(measure() for _ in range(runs))


def naive_loop(size: int) -> Callable[[str], str]:
    """What a user would write by hand: one regex.sub per glossary variant, in a loop."""
    compiled = [
        (regex.compile(rf"(?<![\w-]){regex.escape(v)}(?![\w-])", regex.IGNORECASE), canonical)
        for canonical, variants in glossary(size)
        for v in variants
    ]

    def run(text: str) -> str:
        for pattern, canonical in compiled:
            text = pattern.sub(canonical, text)
        return text

    return run


def timed(cmd: Sequence[str], cwd: Path | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, check=True, capture_output=True)
    return time.perf_counter() - start


def write_folder(docs: Sequence[str], folder: Path) -> Path:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    for i, doc in enumerate(docs):
        (folder / f"{i:05d}.txt").write_text(doc, encoding="utf-8")
    return folder


def textlint_setup() -> Path | None:
    node = OUT / "node"
    binary = node / "node_modules" / ".bin" / "textlint"
    if binary.exists():
        return binary
    if shutil.which("npm") is None:
        return None
    node.mkdir(parents=True, exist_ok=True)
    subprocess.run(["npm", "init", "-y"], cwd=node, check=True, capture_output=True)
    proc = subprocess.run(
        ["npm", "install", "--no-audit", "--no-fund", "textlint@15", "textlint-rule-prh@6"],
        cwd=node,
        capture_output=True,
    )
    return binary if proc.returncode == 0 and binary.exists() else None


@dataclass
class TextlintRun:
    """textlint+prh over the documents: whole-process seconds, its start-up, and MB/s of the work alone."""

    seconds: float
    startup: float
    mb_s: float


def textlint_run(binary: Path, size: int, docs: Sequence[str], work: Path) -> TextlintRun:
    """textlint --fix with prh, given the same glossary as a prh dictionary, over a folder of the documents.

    textlint (Node) takes about 0.4 s to start, whatever its input.  The library
    figures it is compared with are of the work alone, so textlint's throughput is
    too: the folder's least time (of three, for a small glossary) less the least of
    three runs over one short document (which still loads the dictionary).
    """
    work.mkdir(parents=True, exist_ok=True)
    rules = ["version: 1", "rules:"]
    for canonical, variants in glossary(size):
        rules += [f"  - expected: {canonical}", "    patterns:"] + [f"      - {v}" for v in variants]
    (work / "prh.yml").write_text("\n".join(rules) + "\n", encoding="utf-8")
    (work / ".textlintrc.json").write_text(json.dumps({"rules": {"prh": {"rulePaths": ["prh.yml"]}}}))
    command = [str(binary), "--fix", "--quiet", "docs"]
    startups = []
    for _ in range(3):
        write_folder([docs[0][:200]], work / "docs")
        startups.append(timed(command, cwd=work))
    seconds = float("inf")
    for _ in range(3 if size <= 100 else 1):  # best of three where a run takes seconds, not half a minute
        write_folder(docs, work / "docs")
        seconds = min(seconds, timed(command, cwd=work))
    startup = min(startups)
    return TextlintRun(seconds, startup, mb(docs) / max(seconds - startup, 1e-6))


def peak_rss_mib(args: Sequence[str]) -> float:
    """Peak resident memory of a CLI run, in MiB: the child reports its own high-water mark at exit.

    Linux keeps ``ru_maxrss`` across ``exec``, so a child started from this (large)
    process would report this process's size; ``VmHWM`` belongs to the new address
    space and starts afresh.
    """
    code = (
        "import atexit, resource, sys\n"
        "def peak():\n"
        "    try:\n"
        "        status = open('/proc/self/status').read()\n"
        "        return int(status.split('VmHWM:')[1].split()[0])\n"
        "    except (OSError, IndexError, ValueError):\n"
        "        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "atexit.register(lambda: print(peak(), file=sys.stderr))\n"
        f"from normalize.cli import main\nmain({list(args)!r})"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    return int(proc.stderr.strip().splitlines()[-1]) / 1024


def profile_summary(normalizer: Normalizer, docs: Sequence[str]) -> dict[str, object]:
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in normalizer.normalize_many(docs):
        pass
    profiler.disable()
    stats = pstats.Stats(profiler)
    total = stats.total_tt  # type: ignore[attr-defined]
    langdetect = sum(v[2] for k, v in stats.stats.items() if "langdetect" in k[0])  # type: ignore[attr-defined]
    text = io.StringIO()
    pstats.Stats(profiler, stream=text).sort_stats("tottime").print_stats(12)
    (OUT / "profile.txt").write_text(text.getvalue(), encoding="utf-8")
    return {"total_seconds": round(total, 3), "langdetect_share": round(langdetect / total, 4)}


# --- the run ---------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=2.0, help="corpus size in MB")
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    options = parser.parse_args()
    size_mb = 0.3 if options.quick else options.mb
    budget = 2.0 if options.quick else 8.0
    OUT.mkdir(parents=True, exist_ok=True)
    packs = {n: write_pack(n, OUT) for n in GLOSSARY_SIZES}
    docs = corpus(size_mb)
    results: dict[str, object] = {
        "corpus_mb": round(mb(docs), 3),
        "documents": len(docs),
        "python": sys.version.split()[0],
    }
    print(f"corpus: {mb(docs):.2f} MB in {len(docs)} documents")

    compile_cmd = [
        sys.executable,
        "-c",
        "import time; t = time.process_time(); from normalize import Normalizer; "
        "Normalizer(); print(time.process_time() - t)",
    ]

    def compile_seconds(environment: dict[str, str]) -> float:
        # The least of three fresh processes, like every other figure here: one run on a shared
        # machine read anywhere from 0.44 to 0.62 s.
        env = {**os.environ, **environment}
        runs = [subprocess.run(compile_cmd, capture_output=True, text=True, check=True, env=env) for _ in range(3)]
        return round(min(float(run.stdout) for run in runs), 3)

    # Cold: every Hyperscan database compiled.  Warm: loaded from the on-disk cache a first run
    # filled (normalize/dbcache.py), as on every run after the first with the same rules.
    results["compile_seconds"] = compile_seconds({"NORMALIZE_NO_CACHE": "1"})
    with tempfile.TemporaryDirectory() as cache:
        subprocess.run(compile_cmd, capture_output=True, check=True, env={**os.environ, "NORMALIZE_CACHE_DIR": cache})
        results["compile_seconds_cached"] = compile_seconds({"NORMALIZE_CACHE_DIR": cache, "NORMALIZE_NO_CACHE": ""})

    library: dict[int, float] = {}
    terms_only: dict[int, float] = {}
    glossary_alone: dict[int, float] = {}
    naive: dict[int, float] = {}

    def batched(normalizer: Normalizer) -> float:
        return batched_throughput(normalizer, docs, budget)

    for n, pack in packs.items():
        chosen = ["core", "mideast", pack]
        library[n] = alone(lambda chosen=chosen: Normalizer(packs=chosen), batched)
        terms_only[n] = alone(lambda chosen=chosen: Normalizer(packs=chosen, select=["term"]), batched)
        # Like for like with the naive loop and textlint: the synthetic glossary and nothing else.
        glossary_alone[n] = alone(lambda pack=pack: Normalizer(packs=[pack]), batched)
        naive[n] = best_of(3, lambda n=n: throughput(naive_loop(n), docs, budget))
        print(
            f"glossary {n:>6}: normalize {library[n]:.2f} MB/s, terms only {terms_only[n]:.2f} MB/s, "
            f"glossary alone {glossary_alone[n]:.2f} MB/s, naive loop {naive[n]:.3f} MB/s"
        )
    results["library_mb_s"] = library
    results["terms_only_mb_s"] = terms_only
    results["glossary_alone_mb_s"] = glossary_alone
    results["naive_mb_s"] = naive
    results["default_packs_unscreened_mb_s"] = alone(lambda: Normalizer(screen=False), batched)
    results["default_packs_per_call_mb_s"] = alone(Normalizer, lambda it: throughput(it.normalize, docs, budget))
    results["default_packs_mb_s"] = alone(Normalizer, batched)
    default = Normalizer()
    import ftfy

    results["ftfy_mb_s"] = throughput(ftfy.fix_text, docs, budget)
    # The Unicode stage alone, with its Hyperscan screen (triggers derived from ftfy's badness regex) and
    # without it (ftfy's gates tried on every paragraph in Python); ftfy.fix_text above is the stage with
    # no screen at all.  The three give the same text (tests/test_mojibake.py).
    results["unicode_screened_mb_s"] = alone(lambda: Normalizer(select=["unicode-repair"]), batched)
    results["unicode_unscreened_mb_s"] = alone(lambda: Normalizer(select=["unicode-repair"], screen=False), batched)

    binary = textlint_setup()
    textlint: dict[int, float | None] = {}
    for n in (10, 1_000):
        run = textlint_run(binary, n, docs, OUT / f"textlint-{n}") if binary else None
        textlint[n] = run.mb_s if run else None
        if run is None:
            print(f"textlint+prh, glossary {n}: skipped (no npm)")
            continue
        print(f"textlint+prh, glossary {n}: {run.mb_s:.3f} MB/s ({run.seconds:.2f} s, start-up {run.startup:.2f} s)")
        results[f"textlint_prh_{n}_seconds"] = {"whole": round(run.seconds, 3), "startup": round(run.startup, 3)}
        if n == 10:
            # The same comparison as a user sees it: both commands, start-up and files included.
            # --out writes new files, without the fsync that --in-place makes before replacing each
            # changed file (textlint --fix does not sync either).
            folder = write_folder(docs, OUT / "cli-terms")
            shutil.rmtree(OUT / "cli-terms-out", ignore_errors=True)
            cli = [sys.executable, "-m", "normalize", str(folder), "--out", str(OUT / "cli-terms-out"), "--quiet"]
            cli += ["--no-default-rules", "--rules", str(packs[n])]
            results["cli_terms_10_seconds"] = round(timed(cli, cwd=ROOT), 3)
    results["textlint_prh_mb_s"] = textlint

    base = corpus(size_mb / 4)
    scaling = {}
    for factor in (1, 4, 16):
        scaled = list(base) * factor
        runs = []
        for _ in range(3):  # the least of three: these machines are noisy
            start = time.process_time()
            for _ in default.normalize_many(scaled):
                pass
            runs.append(time.process_time() - start)
        scaling[factor] = min(runs)
    results["scaling_seconds"] = scaling

    # Eight times the corpus, so that starting the process and the pool is a small share of each run.
    folder = write_folder(list(docs) * 8, OUT / "folder")
    # The output goes to a RAM disk where there is one: this machine's disk made the time to create
    # 13,000 files (kernel time) grow from 1 s to 6 s over consecutive runs, which measured the disk,
    # not the workers.  Five runs of each, in turn (1, 2, 1, 2, ...), so that a slow spell hits both;
    # the ratio reported is of each command's fastest run (other work on a shared machine only ever
    # slows a run down, so the fastest is the least disturbed); the pair ratios show the spread.
    written = Path(tempfile.mkdtemp(prefix="normalize-bench-", dir=RAM_DISK if RAM_DISK.is_dir() else OUT))
    pairs: list[dict[int, float]] = []
    for _ in range(JOBS_PAIRS):
        pair = {}
        for j in (1, 2):
            target = written / f"jobs{j}"
            shutil.rmtree(target, ignore_errors=True)  # new files every time, as in a first run
            command = [sys.executable, "-m", "normalize", str(folder), "--out", str(target), "-j", str(j)]
            pair[j] = timed([*command, "--quiet"], cwd=ROOT)
        pairs.append(pair)
    shutil.rmtree(written, ignore_errors=True)
    results["cli_jobs_seconds"] = {j: min(p[j] for p in pairs) for j in (1, 2)}
    results["cli_jobs_ratios"] = [round(p[1] / p[2], 3) for p in pairs]
    results["cli_jobs_output"] = "RAM disk" if RAM_DISK.is_dir() else "disk"

    jsonl_rss = {}
    for factor in (1, 4):
        path = OUT / f"corpus-{factor}.jsonl"
        with path.open("w", encoding="utf-8") as handle:
            for i, doc in enumerate(list(docs) * factor):
                handle.write(json.dumps({"id": i, "text": doc}, ensure_ascii=False) + "\n")
        jsonl_rss[factor] = round(peak_rss_mib([str(path), "--jsonl", "--out", str(OUT / f"jsonl{factor}")]), 1)
    results["jsonl_peak_rss_mib"] = jsonl_rss
    results["profile"] = profile_summary(default, docs[: max(1, len(docs) // 4)])

    report(results)
    (OUT / "results.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    plot(results)
    return 0


def report(r: dict) -> None:  # type: ignore[type-arg]
    lib, terms, naive, tl = r["library_mb_s"], r["terms_only_mb_s"], r["naive_mb_s"], r["textlint_prh_mb_s"]
    gloss = r["glossary_alone_mb_s"]
    scaling, jobs, rss = r["scaling_seconds"], r["cli_jobs_seconds"], r["jsonl_peak_rss_mib"]
    rows = [
        ("end-to-end, default packs (one core)", f"{r['default_packs_mb_s']:.2f} MB/s", ">= 10 MB/s"),
        ("  same, one normalize() call per document", f"{r['default_packs_per_call_mb_s']:.2f} MB/s", "reference"),
        ("  same, batched but without the screen", f"{r['default_packs_unscreened_mb_s']:.2f} MB/s", "reference"),
        ("ftfy.fix_text alone (cost floor)", f"{r['ftfy_mb_s']:.2f} MB/s", "reference"),
        (
            "Unicode stage alone: screened / unscreened / ftfy on all",
            f"{r['unicode_screened_mb_s']:.1f} / {r['unicode_unscreened_mb_s']:.1f} / {r['ftfy_mb_s']:.2f} MB/s",
            "reference",
        ),
        ("cost of 10 -> 10,000 terms (whole pipeline)", f"{lib[10] / lib[10_000]:.2f}x slower", "<= 2x"),
        ("cost of 10 -> 10,000 terms (terms only)", f"{terms[10] / terms[10_000]:.2f}x slower", "<= 2x"),
        ("cost of 10 -> 10,000 terms (glossary alone)", f"{gloss[10] / gloss[10_000]:.2f}x slower", "<= 2x"),
        ("vs naive loop, 1,000 terms (glossary alone)", f"{gloss[1_000] / naive[1_000]:.1f}x faster", ">= 10x"),
        ("vs naive loop, 1,000 terms (terms only)", f"{terms[1_000] / naive[1_000]:.1f}x faster", "reference"),
        ("vs naive loop, 1,000 terms (whole pipeline)", f"{lib[1_000] / naive[1_000]:.1f}x faster", "reference"),
    ]
    for n in (10, 1_000):
        if tl.get(n):
            rows.append((f"vs textlint+prh, {n} terms (glossary alone)", f"{gloss[n] / tl[n]:.1f}x faster", ">= 20x"))
            rows.append((f"vs textlint+prh, {n} terms (terms only)", f"{terms[n] / tl[n]:.1f}x faster", "reference"))
            rows.append((f"vs textlint+prh, {n} terms (whole pipeline)", f"{lib[n] / tl[n]:.1f}x faster", "reference"))
    if "cli_terms_10_seconds" in r:
        whole = r["textlint_prh_10_seconds"]["whole"] / r["cli_terms_10_seconds"]
        rows.append(("  both CLIs, 10 terms alone, start-up incl.", f"{whole:.1f}x faster", "reference"))
    rows += [
        (
            "time for 4x / 16x the corpus",
            f"{scaling[4] / scaling[1]:.2f}x / {scaling[16] / scaling[1]:.2f}x",
            "4x / 16x (linear)",
        ),
        (
            f"CLI --jobs 2 vs --jobs 1, --out to {r['cli_jobs_output']} (fastest of {JOBS_PAIRS}; pairs)",
            f"{jobs[1] / jobs[2]:.2f}x ({', '.join(f'{x:.2f}' for x in r['cli_jobs_ratios'])})",
            ">= 1.7x",
        ),
        ("peak RSS streaming JSONL, 1x vs 4x", f"{rss[1]} MiB vs {rss[4]} MiB", "flat"),
        ("Normalizer() incl. import", f"{r['compile_seconds']:.3f} s", "< 0.5 s"),
        ("  same, databases from the cache", f"{r['compile_seconds_cached']:.3f} s", "reference"),
        ("share of time in langdetect", f"{r['profile']['langdetect_share'] * 100:.1f} %", "not the bottleneck"),
    ]
    width = max(len(a) for a, _, _ in rows)
    print(f"\n{'measure':<{width}}  {'this run':<22}  target")
    for name, value, target in rows:
        print(f"{name:<{width}}  {value:<22}  {target}")


def plot(r: dict) -> None:  # type: ignore[type-arg]
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("matplotlib not installed: no plot (pip install -e '.[bench]')")
        return
    sizes = list(GLOSSARY_SIZES)
    fig, ax = plt.subplots(figsize=(7, 4.5))
    ax.plot(sizes, [r["library_mb_s"][n] for n in sizes], "o-", label="normalize, whole pipeline")
    ax.plot(sizes, [r["terms_only_mb_s"][n] for n in sizes], "s-", label="normalize, terms only (defaults' too)")
    ax.plot(sizes, [r["glossary_alone_mb_s"][n] for n in sizes], "^-", label="normalize, the glossary alone")
    ax.plot(sizes, [r["naive_mb_s"][n] for n in sizes], "x--", label="naive regex.sub loop")
    tl = {n: v for n, v in r["textlint_prh_mb_s"].items() if v}
    if tl:
        ax.plot(list(tl), list(tl.values()), "d:", label="textlint + prh")
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("glossary size (terms)")
    ax.set_ylabel("throughput (MB/s, one core)")
    ax.set_title("Throughput against glossary size")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend()
    fig.tight_layout()
    fig.savefig(OUT / "throughput.png", dpi=120)
    print(f"\nwrote {OUT / 'results.json'} and {OUT / 'throughput.png'}")


if __name__ == "__main__":
    sys.exit(main())
