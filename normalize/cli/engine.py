"""Reading and normalizing inputs: groups of files (in this process or in workers), one input, a streamed file.

Every way ends in the same ``Writer``: a group's files are normalized together
(``normalize_many``) and each handed to ``Writer.finish``, in a worker process with
``--jobs`` or here without; standard input and a JSONL file held whole go through
``finish`` too; a file too large to hold goes through ``Writer.stream``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from ..errors import InputError
from ..fileguard import InputFile
from ..model import Result
from ..pipeline import BATCH_CHARS, Normalizer, normalize_present
from ..settings import NormalizerSettings
from ..textio import empty_input, file_has_text, read_text, refuse_empty
from .inputs import read_stdin
from .jsonlines import decoded_lines, jsonl_lines, process_jsonl
from .options import FixOptions
from .writer import Records, Said, Writer

_WORKER: Normalizer | None = None
_WORKER_SETTINGS: NormalizerSettings | None = None


def init_worker(settings: NormalizerSettings) -> None:
    """Build the compiled normalizer once per worker process (a forked worker has the parent's already)."""
    global _WORKER, _WORKER_SETTINGS
    if _WORKER is None or settings != _WORKER_SETTINGS:
        _WORKER = settings.build()
    _WORKER_SETTINGS = settings


def share_with_workers(settings: NormalizerSettings, normalizer: Normalizer) -> None:
    """Leave the parent's compiled normalizer where forked workers find it, instead of compiling it again."""
    global _WORKER, _WORKER_SETTINGS
    _WORKER, _WORKER_SETTINGS = normalizer, settings


def finish_group_in_worker(writer: Writer, files: list[InputFile]) -> list[Said]:
    """``finish_group`` in a worker process, with the normalizer ``init_worker`` built there."""
    assert _WORKER is not None
    return finish_group(writer, _WORKER, files)


def finish_group(writer: Writer, normalizer: Normalizer, files: list[InputFile]) -> list[Said]:
    """Read a group of files one by one (a bad one gets its error), normalize them together, finish each."""
    opts = writer.options
    texts: list[str | None] = []
    failures: list[str | None] = []
    for name, path, _ in files:
        assert path is not None
        try:
            texts.append(refuse_empty(read_text(path, opts.encoding, opts.errors), name))
            failures.append(None)
        except InputError as exc:
            texts.append(None)
            failures.append(str(exc))
    said = []
    for file, result, error in zip(files, normalize_present(normalizer, texts), failures, strict=True):
        if result is None:
            said.append(Said(writer.shown(file[0]), error=error))
        else:
            said.append(writer.finish(file, [(file[0], result)], result.text))
    return said


def finish_one(writer: Writer, normalizer: Normalizer, file: InputFile) -> Said:
    """Standard input, or a JSONL file held whole (a report or a diff needs every record)."""
    name, path, _ = file
    opts = writer.options
    try:
        text = refuse_empty(
            read_stdin(opts.encoding, opts.errors) if path is None else read_text(path, opts.encoding, opts.errors),
            name,
        )
        if opts.jsonl:
            rendered, records = process_jsonl(text, name, opts.field, normalizer, opts.skip_bad_lines)
        else:
            result = normalizer.normalize(text)
            rendered, records = result.text, [(name, result)]
    except InputError as exc:
        return Said(writer.shown(name), error=str(exc))
    return writer.finish(file, records, rendered)


def streamed_pieces(file: InputFile, normalizer: Normalizer, options: FixOptions) -> Iterator[tuple[str, Records, int]]:
    """(output text, results, first line of the piece) for each piece of a file too large to hold."""
    from ..stream import file_verdicts, iter_text_blocks, normalize_blocks

    name, path, _ = file
    assert path is not None
    if not file_has_text(path):
        raise empty_input(name, white_space=path.stat().st_size > 0)
    if options.jsonl:
        lines = decoded_lines(path, options.encoding, options.errors)
        for line, record in jsonl_lines(lines, name, options.field, normalizer, options.skip_bad_lines):
            yield line, [record] if record is not None else [], 1
        return
    block = min(options.stream_bytes, 4 * 1024 * 1024)
    try:
        with path.open("rb") as source:
            verdicts = file_verdicts(normalizer, path, options.encoding, options.errors, block)
            blocks = iter_text_blocks(source, str(path), options.encoding, options.errors, block)
            for piece in normalize_blocks(normalizer, blocks, limit=block, verdicts=verdicts):
                yield piece.result.text, [(name, piece.result)], piece.line
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None


def streamable(path: Path | None, options: FixOptions, sizes: dict[Path, int | None]) -> bool:
    """Files whose whole text is not needed (no report, no diff) are streamed: large ones, and all JSONL."""
    if path is None or options.report is not None or options.diff:
        return False
    size = sizes.get(path)
    return size is not None and (options.jsonl or size > options.stream_bytes)


def groups(files: Sequence[InputFile], max_files: int, sizes: dict[Path, int | None]) -> list[list[InputFile]]:
    """Consecutive files in groups of up to ``max_files`` and about ``BATCH_CHARS`` bytes, for ``normalize_many``."""
    grouped: list[list[InputFile]] = []
    size = 0
    for file in files:
        length = sizes.get(file[1]) or 0 if file[1] is not None else 0
        if not grouped or len(grouped[-1]) >= max_files or size + length > BATCH_CHARS:
            grouped.append([])
            size = 0
        grouped[-1].append(file)
        size += length
    return grouped


def result_of(said: Said) -> list[tuple[str, Result]]:
    return said.records or []
