"""One `normalize fix` run: list the inputs, plan how each is processed, print what the writer says, in order."""

from __future__ import annotations

import functools
import sys
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import typer

from ..errors import InputError
from ..fileguard import InputFile, lock_for_rewriting
from ..pipeline import Normalizer
from ..report import Document, documents_of, entry, write_report
from ..textio import make_folder
from .common import EXIT_CHANGES, EXIT_ERROR, EXIT_OK, fail
from .engine import (
    finish_group,
    finish_group_in_worker,
    finish_one,
    groups,
    init_worker,
    share_with_workers,
    streamable,
    streamed_pieces,
)
from .inputs import file_sizes, listed_inputs
from .notes import Tally
from .options import FixOptions
from .progress import Progress, progress_for
from .writer import Said, Writer

#: Files normalized together in this process (no workers): one ``normalize_many`` call each group.
GROUP_FILES = 256


@dataclass(frozen=True)
class Unit:
    """A step of the run, in input order: a group of plain files, one input held whole, or a streamed file."""

    how: str  # "group", "one" or "stream"
    files: list[InputFile]


def run_fix(options: FixOptions, writer: Writer) -> int:
    """Every check that needs no file's text has been made (``FixOptions``); now list, process and report."""
    files, refused = listed_inputs(options)
    for problem in refused:
        fail(problem)
    if options.rewrites:
        lock_for_rewriting(path for _, path, _ in files if path is not None)
    # At once, before any file is read: an output folder that cannot be made is one error, not one per file
    # or one after all the work.
    if options.out is not None and not options.out_is_file and not options.out_existed and not options.check:
        make_folder(options.out)
    if options.report is not None and not options.check:
        make_folder(options.report.parent)  # inside --out (the options refuse any other missing folder)
    normalizer = options.rules.build()
    tally = Tally(failed=len(refused))
    documents: list[Document] = []
    shown_as = functools.partial(_shown, writer)
    progress = progress_for(len(files), options.quiet)
    try:
        for file, said in _processed(files, options, writer, normalizer, progress):
            if said.error is not None:
                fail(said.error)
                tally.failed += 1
                continue
            tally.add(said.changed, said.edits, said.flags)
            if said.records is not None:
                documents.extend(
                    documents_of(file[0], said.records, shown_as, options.field if options.jsonl else None)
                )
    finally:
        if progress is not None:
            progress.close()
    if options.report is not None:
        write_report(options.report, [entry(d) for d in documents])
    if len(files) + len(refused) > 1 and not options.quiet:
        typer.echo(tally.line(options.check or options.diff), err=True)
    if tally.failed:
        return EXIT_ERROR
    return EXIT_CHANGES if options.check and tally.changed else EXIT_OK


def _shown(writer: Writer, name: str) -> str:
    return writer.shown(name)


def say(said: Said) -> None:
    """Print what the writer produced for a file (or a streamed piece of one)."""
    for line in said.err:
        typer.echo(line, err=True)
    for text in said.out:
        sys.stdout.write(text)
    if said.out:
        sys.stdout.flush()


def _processed(
    files: list[InputFile], options: FixOptions, writer: Writer, normalizer: Normalizer, progress: Progress | None
) -> Iterator[tuple[InputFile, Said]]:
    """Each file with what processing it said (already printed), in input order; the progress moves per file."""
    sizes = file_sizes(files)
    units = _units(files, options, sizes)
    pooled = sum(len(u.files) for u in units if u.how == "group") > 1 and options.jobs > 1
    pool = _pool(options, normalizer) if pooled else None
    try:
        futures: list[Future[list[Said]]] = [
            pool.submit(finish_group_in_worker, writer, unit.files)
            for unit in units
            if pool is not None and unit.how == "group"
        ]
        waiting = iter(futures)
        for unit in units:
            for file, said in zip(unit.files, _run_unit(unit, writer, normalizer, waiting, options), strict=True):
                say(said)
                if progress is not None:
                    progress.advance()
                yield file, said
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


def _run_unit(
    unit: Unit, writer: Writer, normalizer: Normalizer, waiting: Iterator[Future[list[Said]]], options: FixOptions
) -> list[Said]:
    if unit.how == "group":
        future = next(waiting, None) if options.jobs > 1 else None
        return future.result() if future is not None else finish_group(writer, normalizer, unit.files)
    if unit.how == "one":
        return [finish_one(writer, normalizer, unit.files[0])]
    file = unit.files[0]
    try:
        return [writer.stream(file, streamed_pieces(file, normalizer, options), say)]
    except InputError as exc:
        return [Said(writer.shown(file[0]), error=str(exc))]


def _units(files: list[InputFile], options: FixOptions, sizes: dict[Path, int | None]) -> list[Unit]:
    """Runs of plain files in groups (smaller ones with workers, so that each has several); the rest one by one."""
    plain = [f[1] is not None and not options.jsonl and not streamable(f[1], options, sizes) for f in files]
    per_group = max(1, sum(plain) // (options.jobs * 8)) if options.jobs > 1 else GROUP_FILES
    units: list[Unit] = []
    run: list[InputFile] = []
    for file, is_plain in zip(files, plain, strict=True):
        if is_plain:
            run.append(file)
            continue
        units.extend(Unit("group", group) for group in groups(run, per_group, sizes))
        run = []
        units.append(Unit("stream" if streamable(file[1], options, sizes) else "one", [file]))
    units.extend(Unit("group", group) for group in groups(run, per_group, sizes))
    return units


def _pool(options: FixOptions, normalizer: Normalizer) -> ProcessPoolExecutor:
    share_with_workers(options.rules, normalizer)
    return ProcessPoolExecutor(max_workers=options.jobs, initializer=init_worker, initargs=(options.rules,))
