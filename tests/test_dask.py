"""Scale-out on Dask: same results as the single-process CLI, normalizer built once per worker."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from normalize import Normalizer

from .conftest import CLEAN, INPUTS

distributed = pytest.importorskip("distributed")
pd = pytest.importorskip("pandas")
dd = pytest.importorskip("dask.dataframe")
db = pytest.importorskip("dask.bag")

DOCS = [p.read_text(encoding="utf-8") for p in [*INPUTS, *CLEAN]]


@pytest.fixture(scope="module")
def client():  # type: ignore[no-untyped-def]
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


def write_corpus(folder: Path, files: int, per_file: int) -> None:
    folder.mkdir(parents=True)
    n = 0
    for k in range(files):
        with (folder / f"part{k}.jsonl").open("w", encoding="utf-8") as handle:
            for _ in range(per_file):
                record = {"id": n, "text": DOCS[n % len(DOCS)], "meta": {"k": k}}
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
                n += 1


def flagged_line(texts: list[str]) -> str:
    """The summary line the corpus command should print for these documents, from the library."""
    results = Normalizer().normalize_many(texts)
    counts: Counter[str] = Counter()
    documents = 0
    for result in results:
        documents += bool(result.flags)
        counts.update(f.category for f in result.flags)
    return f"flagged for review: {documents} documents ({', '.join(f'{c} {n}' for c, n in sorted(counts.items()))})"


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "normalize", *args], capture_output=True, text=True, cwd=cwd, timeout=600
    )


def test_corpus_on_a_local_cluster_matches_the_single_process_cli(tmp_path: Path) -> None:
    write_corpus(tmp_path / "in", files=3, per_file=800)
    dask_run = cli("corpus", "in", "out", "--workers", "2", "--partitions", "6", cwd=tmp_path)
    assert dask_run.returncode == 0, dask_run.stderr
    single = cli("in", "--jsonl", "--glob", "*.jsonl", "--out", "single", "--quiet", cwd=tmp_path)
    assert single.returncode == 0, single.stderr
    for k in range(3):
        got = (tmp_path / "out" / f"part{k}.jsonl").read_text(encoding="utf-8").splitlines()
        want = (tmp_path / "single" / f"part{k}.jsonl").read_text(encoding="utf-8").splitlines()
        assert len(got) == len(want) == 800
        for a, b in zip(got, want, strict=True):
            assert json.loads(a) == json.loads(b)
            assert a == b
    lines = dask_run.stdout.splitlines()
    assert lines[0].startswith("documents: 2400, changed: ")
    assert lines[-1] == "failures: 0"
    expected = flagged_line([DOCS[n % len(DOCS)] for n in range(2400)])
    # the seed (a full stop to check and a calque, "the political file"), 011 (a calque), 005 (a paragraph left in
    # another language and an Arabic word inside a sentence) and 013 (a name spelt two ways), each
    # cycled through the 2,400 records
    cycles = {
        path.stem[:3]: sum(1 for n in range(2400) if n % len(DOCS) == k) for k, path in enumerate([*INPUTS, *CLEAN])
    }
    stop, untranslated, spelt = cycles["000"], cycles["005"], cycles["013"]
    salaries = cycles["011"]  # "the file of salaries", flagged as a calque
    assert expected == (
        f"flagged for review: {stop + untranslated + spelt + salaries} documents "
        f"(calque {stop + salaries}, punctuation {stop}, script {untranslated}, transliteration {spelt}, "
        f"untranslated {untranslated})"
    )
    assert expected in lines
    assert not (tmp_path / "out" / ".parts").exists()


def test_a_failing_document_is_reported_with_its_id_and_kept(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.jsonl").write_text('{"text": "the the militia"}\nnot json\n{"body": 1}\n', encoding="utf-8")
    run = cli("corpus", "in", "out", "--workers", "1", cwd=tmp_path)
    assert run.returncode == 1
    assert "  a.jsonl:2: JSONDecodeError: Expecting value: line 1 column 1 (char 0)" in run.stdout.splitlines()
    assert "  a.jsonl:3: InputError: a.jsonl:3: no string field 'text'" in run.stdout.splitlines()
    assert (tmp_path / "out" / "a.jsonl").read_text(encoding="utf-8") == (
        '{"text": "the militia"}\nnot json\n{"body": 1}\n'
    )


def test_parquet_dataset_round_trip(tmp_path: Path) -> None:
    frame = pd.DataFrame({"id": range(40), "text": [DOCS[i % len(DOCS)] for i in range(40)]})
    frame.to_parquet(tmp_path / "in.parquet", index=False)
    run = cli("corpus", "in.parquet", "out", "--workers", "2", "--partitions", "4", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    result = pd.read_parquet(tmp_path / "out").sort_values("id").reset_index(drop=True)
    assert list(result.columns) == ["id", "text"]
    normalizer = Normalizer()
    assert list(result["text"]) == [normalizer.normalize(t).text for t in frame["text"]]
    assert flagged_line(list(frame["text"])) in run.stdout.splitlines()


def test_normalize_frame_adds_columns_and_builds_once_per_worker(client) -> None:  # type: ignore[no-untyped-def]
    from normalize.dask import NormalizerSpec, categories, normalize_frame, worker_normalizer

    frame = pd.DataFrame({"text": [DOCS[i % len(DOCS)] for i in range(200)]})
    ddf = dd.from_pandas(frame, npartitions=8)
    got = normalize_frame(ddf, column="text").compute(scheduler=client.get)
    normalizer = Normalizer()
    results = [normalizer.normalize(t) for t in frame["text"]]
    assert list(got["text_normalized"]) == [r.text for r in results]
    assert list(got["edits"]) == [len(r.edits) for r in results]
    assert list(got["edits_terminology"]) == [sum(e.category == "terminology" for e in r.edits) for r in results]
    assert json.loads(got["edits_json"].iloc[0]) == [e.to_dict() for e in results[0].edits]
    assert list(got["flags"]) == [len(r.flags) for r in results] and sum(got["flags"]) > 0
    assert [json.loads(f) for f in got["flags_json"]] == [[f.to_dict() for f in r.flags] for r in results]
    assert "edits_terminology" in [f"edits_{c}" for c in categories(NormalizerSpec())]
    # Built at most once in each worker (a worker the scheduler gave no task builds none).
    builds = client.run(lambda: worker_normalizer.cache_info().misses)
    assert all(count <= 1 for count in builds.values()) and sum(builds.values()) >= 1, builds
    calls = client.run(lambda: worker_normalizer.cache_info().hits + worker_normalizer.cache_info().misses)
    assert sum(calls.values()) >= 8  # one lookup per partition at least, served from the cache


def test_normalize_bag(client) -> None:  # type: ignore[no-untyped-def]
    from normalize.dask import normalize_bag

    texts = [DOCS[i % len(DOCS)] for i in range(60)]
    got = normalize_bag(db.from_sequence(texts, npartitions=6)).compute(scheduler=client.get)
    normalizer = Normalizer()
    assert [g["text"] for g in got] == [normalizer.normalize(t).text for t in texts]
    assert [g["edits"] for g in got] == [len(normalizer.normalize(t).edits) for t in texts]
    assert [json.loads(g["flags_json"]) for g in got] == [
        [f.to_dict() for f in normalizer.normalize(t).flags] for t in texts
    ]
    assert sum(g["flags"] for g in got) > 0


def test_unreachable_scheduler_is_one_line(tmp_path: Path) -> None:
    write_corpus(tmp_path / "in", files=1, per_file=2)
    run = cli("corpus", "in", "out", "--scheduler", "tcp://127.0.0.1:9", cwd=tmp_path)
    assert run.returncode == 2
    assert run.stderr.startswith("normalize: error: cannot reach the Dask scheduler at tcp://127.0.0.1:9")
    assert run.stderr.count("\n") == 1
