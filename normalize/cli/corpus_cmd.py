"""`normalize corpus`: a corpus of JSONL files or a Parquet dataset on a Dask cluster."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ..config import settings_for
from ..errors import InputError, NormalizeError
from ..settings import NormalizerSettings
from ..textio import make_folder
from .common import (
    EXIT_CHANGES,
    EXIT_ERROR,
    EXIT_OK,
    ConfigOption,
    IgnoreOption,
    NoConfig,
    NoDefaultRules,
    RulesOption,
    SelectOption,
    UsageError,
    fail,
    plural,
)
from .fix import from_command_line
from .helptext import HelpCommand, settings
from .options import pack_specs, split_names

if TYPE_CHECKING:  # Dask is optional: imported when the command runs
    from ..dask import Summary


def register(app: typer.Typer) -> None:
    app.command("corpus", cls=HelpCommand, context_settings=settings())(corpus_cmd)


def refuse_file_as_folder(folder: Path | None, option: str) -> None:
    """An output folder that is an existing file would fail deep inside a write; say so at once."""
    if folder is not None and folder.exists() and not folder.is_dir():
        raise UsageError(f"{folder}: {option} names a folder to write into, and this is a file")


def corpus_inputs(source: str) -> tuple[str, list[Path]]:
    """("jsonl", files) for a folder or glob of JSONL files, ("parquet", [path]) for a Parquet dataset."""
    import glob as globbing

    path = Path(source)
    if path.suffix == ".parquet" or (path.is_dir() and any(path.glob("*.parquet"))):
        if not path.exists():
            raise InputError(f"{source}: no such file or folder")
        return "parquet", [path]
    if path.is_dir():
        files = sorted(p for p in path.rglob("*.jsonl") if p.is_file())
    else:
        files = sorted(Path(p) for p in globbing.glob(source) if Path(p).is_file())
    if not files:
        raise InputError(f"{source}: no JSONL files (*.jsonl) or Parquet dataset found")
    return "jsonl", files


def corpus_cmd(
    ctx: typer.Context,
    source: Annotated[str, typer.Argument(help="A folder or glob of JSONL files, or a Parquet dataset.")],
    out: Annotated[Path, typer.Argument(help="Folder for the repaired corpus.")],
    engine: Annotated[str, typer.Option(help="Execution engine (dask).")] = "dask",
    scheduler: Annotated[str | None, typer.Option(help="tcp://HOST:PORT of a Dask scheduler.")] = None,
    partitions: Annotated[int | None, typer.Option(min=1, help="Split the corpus into this many tasks.")] = None,
    workers: Annotated[int, typer.Option(min=1, help="Worker processes of the local cluster.")] = 2,
    field: Annotated[
        str, typer.Option(metavar="NAME", help="The field (JSONL) or column (Parquet) to repair.")
    ] = "text",
    rules: RulesOption = None,
    no_default_rules: NoDefaultRules = False,
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    style: Annotated[
        bool, typer.Option("--style", help="House style on: map a house style's spellings in every document.")
    ] = False,
    config: ConfigOption = None,
    no_config: NoConfig = False,
) -> None:
    """Normalize a corpus on a Dask cluster (a local one unless --scheduler is given)."""
    options = {k: v for k, v in locals().items() if k not in ("ctx", "config", "no_config")}
    try:
        code = run_corpus_cmd(**settings_for(options, from_command_line(ctx), config, no_config))
    except NormalizeError as exc:
        fail(str(exc))
        raise typer.Exit(EXIT_ERROR) from None
    raise typer.Exit(code)


def run_corpus_cmd(
    source: str,
    out: Path,
    engine: str,
    scheduler: str | None,
    partitions: int | None,
    workers: int,
    field: str,
    rules: list[str] | None,
    no_default_rules: bool,
    select: list[str] | None,
    ignore: list[str] | None,
    style: bool = False,
) -> int:
    if engine != "dask":
        raise UsageError(f"unknown engine '{engine}' (available: dask)")
    refuse_file_as_folder(out, "OUT")
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise UsageError("the dask engine needs Dask: pip install 'normalize[dask]'") from None
    from ..dask import run_corpus, run_parquet

    kind, inputs = corpus_inputs(source)
    selected = split_names(select)
    spec = NormalizerSettings.of(
        packs=pack_specs(rules, no_default_rules),
        select=selected or None,
        ignore=split_names(ignore) or (),
        style=style,
    )
    spec.build()  # fail fast on bad packs
    make_folder(out)
    if scheduler is not None:
        try:
            client = Client(scheduler, timeout="10s")
        except OSError as exc:
            raise InputError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
        cluster = None
    else:
        # A worker's last heartbeat can race the scheduler's close on a loaded machine, and Dask logs
        # that as an error with a traceback. Every failure that matters reaches the summary through
        # the client, so the local cluster's own logging is limited to the fatal.
        cluster = LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.CRITICAL,
        )
        client = Client(cluster)
    try:
        if kind == "parquet":
            summary, seconds = run_parquet(inputs[0], out, field, spec, client, partitions)
        else:
            summary, seconds = run_corpus(inputs, out, field, spec, client, partitions)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    _echo_summary(summary, seconds)
    return EXIT_CHANGES if summary.failures else EXIT_OK


def _echo_summary(summary: Summary, seconds: float) -> None:
    """What the run did: documents, edits and flags by category, throughput, failures."""
    per_category = ", ".join(f"{c} {n}" for c, n in sorted(summary.by_category.items())) or "none"
    typer.echo(f"documents: {summary.documents}, changed: {summary.changed}")
    typer.echo(f"edits per category: {per_category}")
    if summary.flagged:
        flags = ", ".join(f"{c} {n}" for c, n in sorted(summary.flags_by_category.items()))
        typer.echo(f"flagged for review: {plural(summary.flagged, 'document')} ({flags})")
    rate = summary.documents / seconds if seconds else 0.0
    megabytes = f", {summary.bytes_in / 1e6 / seconds:.2f} MB/s" if summary.bytes_in and seconds else ""
    typer.echo(f"throughput: {rate:.1f} documents/s{megabytes} ({seconds:.1f} s)")
    typer.echo(f"failures: {len(summary.failures)}")
    for record_id, error in summary.failures:
        typer.echo(f"  {record_id}: {error}")
