"""Running normalize on Dask, for corpora larger than one machine (``pip install 'normalize[dask]'``).

The compiled ``Normalizer`` is built once per worker process, not once per document
or task: tasks carry only a small ``NormalizerSpec`` (the packs and options), and
``worker_normalizer`` keeps one compiled normalizer per spec in a module-level
cache, which lives in each worker process for as long as the worker does.

- ``normalize_bag(bag)``: a bag of strings becomes a bag of result dicts.
- ``normalize_frame(ddf, column)``: adds the repaired column and, optionally, edit
  counts per category and the edits as JSON.
- ``run_corpus(...)``: the engine behind ``normalize corpus IN OUT --engine dask``.
"""

from __future__ import annotations

import functools
import json
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError
from .jsonl import parse_jsonl_record, render_jsonl_record
from .model import Result, edits_json, flags_json
from .pipeline import BATCH_CHARS, Normalizer, normalize_present
from .settings import NormalizerSettings

#: What a task carries to rebuild the normalizer (the name Dask users know it by).
NormalizerSpec = NormalizerSettings


def spec_of(normalizer: Normalizer | None) -> NormalizerSettings:
    """The settings of ``normalizer``; the bundled packs' defaults for None."""
    return NormalizerSettings() if normalizer is None else normalizer.settings


@functools.lru_cache(maxsize=8)
def worker_normalizer(spec: NormalizerSpec) -> Normalizer:
    """The compiled normalizer for ``spec`` in this process, built on first use."""
    return spec.build()


def categories(spec: NormalizerSpec) -> list[str]:
    """The edit categories the spec's rules can produce (the columns of a frame report)."""
    return sorted({rule.category for rule in worker_normalizer(spec).rules})


def result_record(result: Result) -> dict[str, Any]:
    """The per-document summary a bag item becomes."""
    return {
        "text": result.text,
        "changed": result.changed,
        "edits": len(result.edits),
        "by_category": dict(Counter(e.category for e in result.edits)),
        "edits_json": edits_json(result),
        "flags": len(result.flags),
        "flags_json": flags_json(result),
    }


def _normalize_items(texts: Iterable[str], spec: NormalizerSpec) -> list[dict[str, Any]]:
    return [result_record(r) for r in worker_normalizer(spec).normalize_many(list(texts))]


def normalize_bag(bag: Any, normalizer: Normalizer | None = None) -> Any:
    """Map a dask bag of strings to a bag of result dicts (text, changed, edits, by_category, edits_json,
    flags, flags_json).

    Each partition goes through ``normalize_many``, so its documents share stage calls.
    """
    return bag.map_partitions(_normalize_items, spec=spec_of(normalizer))


def _normalize_partition(frame: Any, column: str, spec: NormalizerSpec, report_columns: bool) -> Any:
    import pandas as pd

    normalizer = worker_normalizer(spec)
    results = normalize_present(normalizer, [text if isinstance(text, str) else None for text in frame[column]])
    out = frame.copy()
    out[f"{column}_normalized"] = pd.Series(
        [r.text if r is not None else text for r, text in zip(results, frame[column], strict=True)],
        index=frame.index,
        dtype=frame[column].dtype,
    )
    if report_columns:
        out["edits"] = pd.Series([len(r.edits) if r else 0 for r in results], index=frame.index, dtype="int64")
        for category in categories(spec):
            counts = [sum(1 for e in r.edits if e.category == category) if r else 0 for r in results]
            out[f"edits_{category}"] = pd.Series(counts, index=frame.index, dtype="int64")
        out["edits_json"] = pd.Series(
            [edits_json(r) for r in results],
            index=frame.index,
            dtype="string",
        )
        out["flags"] = pd.Series([len(r.flags) if r else 0 for r in results], index=frame.index, dtype="int64")
        out["flags_json"] = pd.Series([flags_json(r) for r in results], index=frame.index, dtype="string")
    return out


def normalize_frame(
    ddf: Any, column: str = "text", report_columns: bool = True, normalizer: Normalizer | None = None
) -> Any:
    """Add ``<column>_normalized`` and, with ``report_columns``, ``edits``, ``edits_<category>``, ``edits_json``,
    ``flags`` and ``flags_json``."""
    spec = spec_of(normalizer)
    meta = _normalize_partition(ddf._meta, column, spec, report_columns)
    return ddf.map_partitions(_normalize_partition, column, spec, report_columns, meta=meta)


# --- the corpus command ------------------------------------------------------------------


@dataclass
class Summary:
    """What a corpus run did, aggregated over all tasks."""

    documents: int = 0
    changed: int = 0
    by_category: Counter[str] = field(default_factory=Counter)
    failures: list[tuple[str, str]] = field(default_factory=list)
    bytes_in: int = 0
    flagged: int = 0  # documents with a passage flagged for a person
    flags_by_category: Counter[str] = field(default_factory=Counter)

    def add(self, other: Summary) -> None:
        self.documents += other.documents
        self.changed += other.changed
        self.by_category.update(other.by_category)
        self.flagged += other.flagged
        self.flags_by_category.update(other.flags_by_category)
        self.failures.extend(other.failures)
        self.bytes_in += other.bytes_in


@dataclass(frozen=True)
class Slice:
    """A line-aligned byte range of one JSONL file: one task."""

    path: str
    index: int
    start: int
    end: int


def plan_slices(paths: Sequence[Path], partitions: int | None) -> list[Slice]:
    """One task per file, or more by cutting files into line-aligned byte ranges."""
    sizes = [p.stat().st_size for p in paths]
    wanted = max(partitions or len(paths), len(paths))
    total = sum(sizes) or 1
    slices: list[Slice] = []
    for path, size in zip(paths, sizes, strict=True):
        pieces = max(1, round(wanted * size / total)) if partitions else 1
        step = -(-size // pieces) if size else 1
        for k in range(pieces):
            slices.append(Slice(str(path), k, k * step, min(size, (k + 1) * step)))
    return slices


def _slice_lines(path: str, start: int, end: int) -> Iterable[tuple[int, bytes]]:
    """Lines whose first byte lies in [start, end), with their 1-based line numbers."""
    with open(path, "rb") as handle:
        line_number = 1
        if start:
            handle.seek(0)
            head = handle.read(start)
            line_number += head.count(b"\n")
            if not head.endswith(b"\n"):
                handle.readline()
                line_number += 1
        position = handle.tell()
        while position < end:
            raw = handle.readline()
            if not raw:
                return
            yield line_number, raw
            line_number += 1
            position += len(raw)


def _process_slice(piece: Slice, out_dir: str, field_name: str, spec: NormalizerSpec, name: str) -> Summary:
    """Normalize one slice of a JSONL file into a part file; a failing record is kept and reported.

    Records go through ``normalize_many`` in batches; should a batch fail, its
    records are normalized one by one so that only the failing one is reported.
    """
    normalizer = worker_normalizer(spec)
    summary = Summary()
    part = Path(out_dir) / ".parts" / f"{name}.{piece.index:06d}"
    part.parent.mkdir(parents=True, exist_ok=True)
    pending: list[tuple[str, bytes, dict[str, Any] | None]] = []
    size = 0
    with part.open("w", encoding="utf-8", newline="") as sink:
        for number, raw in _slice_lines(piece.path, piece.start, piece.end):
            summary.bytes_in += len(raw)
            record_id = f"{name}:{number}"
            try:
                record = parse_jsonl_record(raw.decode("utf-8"), record_id, field_name)
            except Exception as exc:  # reported with its id, never dropped; the job goes on
                summary.failures.append((record_id, f"{type(exc).__name__}: {exc}"))
                pending.append((record_id, raw, None))
                continue
            pending.append((record_id, raw, record))
            size += len(raw)
            if size >= BATCH_CHARS:
                _write_batch(pending, field_name, normalizer, sink, summary)
                pending, size = [], 0
        _write_batch(pending, field_name, normalizer, sink, summary)
    return summary


def _write_batch(
    pending: list[tuple[str, bytes, dict[str, Any] | None]],
    field_name: str,
    normalizer: Normalizer,
    sink: Any,
    summary: Summary,
) -> None:
    texts = [None if record is None else record[field_name] for _, _, record in pending]
    try:
        results: list[Result | Exception | None] = list(normalize_present(normalizer, texts))
    except Exception:
        results = [None if text is None else _normalize_or_error(normalizer, text) for text in texts]
    for (record_id, raw, record), result in zip(pending, results, strict=True):
        line = raw.decode("utf-8", "replace")
        if record is None or result is None:
            sink.write(line)
            continue
        if isinstance(result, Exception):
            summary.failures.append((record_id, f"{type(result).__name__}: {result}"))
            sink.write(line)
            continue
        sink.write(render_jsonl_record(line, record, field_name, result))
        summary.documents += 1
        summary.changed += result.changed
        summary.by_category.update(e.category for e in result.edits)
        summary.flagged += bool(result.flags)
        summary.flags_by_category.update(f.category for f in result.flags)


def _normalize_or_error(normalizer: Normalizer, text: str) -> Result | Exception:
    try:
        return normalizer.normalize(text)
    except Exception as exc:  # kept with its record, reported by id
        return exc


def run_corpus(
    inputs: Sequence[Path],
    out_dir: Path,
    field_name: str,
    spec: NormalizerSpec,
    client: Any,
    partitions: int | None,
) -> tuple[Summary, float]:
    """Normalize JSONL files on the cluster behind ``client``; returns the summary and seconds taken."""
    import dask.bag as db

    from .textio import atomic_writer

    names = {str(p): p.name for p in inputs}
    if len(set(names.values())) != len(names):
        raise InputError("two input files share a name; give them distinct names")
    slices = plan_slices(list(inputs), partitions)
    started = time.perf_counter()
    bag = db.from_sequence(slices, npartitions=len(slices))
    summaries = bag.map(lambda s: _process_slice(s, str(out_dir), field_name, spec, names[s.path])).compute(
        scheduler=client.get if client is not None else "processes"
    )
    total = Summary()
    for summary in summaries:
        total.add(summary)
    parts = out_dir / ".parts"
    for path in inputs:
        name = names[str(path)]
        with atomic_writer(out_dir / name) as sink:
            for part in sorted(parts.glob(f"{name}.*")):
                sink.write(part.read_text(encoding="utf-8"))
                part.unlink()
    if parts.exists() and not any(parts.iterdir()):
        parts.rmdir()
    return total, time.perf_counter() - started


def run_parquet(
    source: Path, out_dir: Path, field_name: str, spec: NormalizerSpec, client: Any, partitions: int | None
) -> tuple[Summary, float]:
    """Normalize one column of a Parquet dataset; the output has the same columns, the field repaired."""
    import dask.dataframe as dd

    started = time.perf_counter()
    ddf = dd.read_parquet(str(source))
    if field_name not in ddf.columns:
        raise InputError(f"{source}: no column '{field_name}'")
    if partitions:
        ddf = ddf.repartition(npartitions=partitions)
    normalized = _frame_with_spec(ddf, field_name, spec)
    kwargs = {"scheduler": client.get} if client is not None else {}
    normalized = normalized.persist(**kwargs)
    categories_ = categories(spec)
    stats = normalized[["edits", *[f"edits_{c}" for c in categories_]]].sum().compute(**kwargs)
    changed = (normalized[f"{field_name}_normalized"] != normalized[field_name]).sum().compute(**kwargs)
    rows = len(normalized)
    flag_lists = normalized["flags_json"][normalized["flags"] > 0].compute(**kwargs)  # few: flags are rare
    report_columns = ["edits", "edits_json", "flags", "flags_json", *[f"edits_{c}" for c in categories_]]
    written = normalized.drop(columns=[field_name, *report_columns])
    written = written.rename(columns={f"{field_name}_normalized": field_name})[list(ddf.columns)]
    written.to_parquet(str(out_dir), write_index=False, compute_kwargs=kwargs)
    summary = Summary(documents=rows, changed=int(changed), flagged=len(flag_lists))
    summary.flags_by_category.update(f["category"] for flags in flag_lists for f in json.loads(flags))
    summary.by_category.update({c: int(stats[f"edits_{c}"]) for c in categories_ if int(stats[f"edits_{c}"])})
    return summary, time.perf_counter() - started


def _frame_with_spec(ddf: Any, column: str, spec: NormalizerSpec) -> Any:
    meta = _normalize_partition(ddf._meta, column, spec, True)
    return ddf.map_partitions(_normalize_partition, column, spec, True, meta=meta)
