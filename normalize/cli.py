"""The ``normalize`` command line.

``normalize FILE|DIR|- ...`` repairs text; ``normalize rules list|test`` inspects
rule packs; ``normalize apply`` writes reviewed decisions back.  Every failure the
user can cause ends in one line on stderr and exit 2; ``--check`` (and failing
rule examples) exit 1; success exits 0.
"""

from __future__ import annotations

import difflib
import functools
import itertools
import json
import os
import stat
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

import typer

from . import __version__
from .config import settings_for
from .errors import InputError, NormalizeError, did_you_mean
from .evaluate_report import register as register_eval
from .fileguard import (
    RUN_LOCK,
    check_backup_suffix,
    check_glob,
    check_out_target,
    check_rewritable,
    lock_for_rewriting,
    screen_inputs,
)
from .jsonl import parse_jsonl_record, render_jsonl_record, split_jsonl_lines
from .model import Problem, Result
from .packs import DEFAULT_PACKS
from .pipeline import BATCH_CHARS, Normalizer, normalize_present
from .report import Document, documents_of, entry, write_report
from .rules import pack_entry
from .settings import DEFAULT_TIMEOUT, NormalizerSettings
from .textio import (
    KeepOriginal,
    decode_bytes,
    empty_input,
    file_has_text,
    read_text,
    refuse_empty,
    replacing,
    write_atomic,
)

app = typer.Typer(
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    help="Repair machine-translated English and report every edit.",
)
rules_app = typer.Typer(
    add_completion=False, pretty_exceptions_enable=False, no_args_is_help=True, help="Inspect and test rule packs."
)
app.add_typer(rules_app, name="rules")

EXIT_OK, EXIT_CHANGES, EXIT_ERROR = 0, 1, 2


class UsageError(NormalizeError):
    """The options given do not fit together."""


def fail(message: str) -> None:
    typer.echo(f"normalize: error: {message}", err=True)


# --- building the normalizer ---------------------------------------------------------


def split_names(values: Sequence[str] | None) -> list[str] | None:
    """``--select a,b --select c`` → [a, b, c]."""
    if not values:
        return None
    return [name.strip() for value in values for name in value.split(",") if name.strip()]


def pack_specs(rules: Sequence[str] | None, no_default_rules: bool) -> list[str]:
    specs = [] if no_default_rules else list(DEFAULT_PACKS)
    specs.extend(rules or [])
    if not specs:
        raise UsageError("--no-default-rules needs at least one --rules PACK")
    return specs


@dataclass(frozen=True)
class Settings:
    """What a worker needs to rebuild the normalizer and read files the same way."""

    rules: NormalizerSettings
    encoding: str
    errors: str
    output_encoding: str

    def normalizer(self) -> Normalizer:
        return self.rules.build()


_WORKER: Normalizer | None = None
_WORKER_SETTINGS: Settings | None = None


def _init_worker(settings: Settings) -> None:
    """Build the compiled normalizer once per worker process (a forked worker has the parent's already)."""
    global _WORKER, _WORKER_SETTINGS
    if _WORKER is None or settings != _WORKER_SETTINGS:
        _WORKER = settings.normalizer()
    _WORKER_SETTINGS = settings


def _share_with_workers(settings: Settings, normalizer: Normalizer) -> None:
    """Leave the parent's compiled normalizer where forked workers find it, instead of compiling it again."""
    global _WORKER, _WORKER_SETTINGS
    _WORKER, _WORKER_SETTINGS = normalizer, settings


def _work(paths: list[str]) -> list[tuple[str, Result | None, str | None]]:
    """Read and normalize a group of files in a worker: (path, result, error) each, in order."""
    assert _WORKER is not None and _WORKER_SETTINGS is not None
    return _read_and_normalize(paths, _WORKER, _WORKER_SETTINGS.encoding, _WORKER_SETTINGS.errors)


def _read_and_normalize(
    paths: list[str], normalizer: Normalizer, encoding: str, errors: str
) -> list[tuple[str, Result | None, str | None]]:
    """Files read one by one (a bad one gets its error), then normalized together by ``normalize_many``."""
    texts: list[str | None] = []
    failures: list[str | None] = []
    for path in paths:
        try:
            texts.append(refuse_empty(read_text(Path(path), encoding, errors), path))
            failures.append(None)
        except InputError as exc:
            texts.append(None)
            failures.append(str(exc))
    results = normalize_present(normalizer, texts)
    return list(zip(paths, results, failures, strict=True))


def file_sizes(files: Sequence[tuple[str, Path | None, Path | None]]) -> dict[Path, int | None]:
    """Each input file's size from one ``stat``; None for what is not a regular file (or cannot be read).

    Taken once per run: deciding what to stream and how to group files for the
    workers both need it, and for a folder of many small files these calls are a
    noticeable share of the (sequential) start-up.
    """
    sizes: dict[Path, int | None] = {}
    for _, path, _ in files:
        if path is None:
            continue
        try:
            info = path.stat()
        except OSError:
            sizes[path] = None
            continue
        sizes[path] = info.st_size if stat.S_ISREG(info.st_mode) else None
    return sizes


def _groups(paths: list[Path], max_files: int, sizes: dict[Path, int | None]) -> list[list[Path]]:
    """Consecutive files in groups of up to ``max_files`` and about ``BATCH_CHARS`` bytes, for ``normalize_many``."""
    groups: list[list[Path]] = []
    size = 0
    for path in paths:
        length = sizes.get(path) or 0
        if not groups or len(groups[-1]) >= max_files or size + length > BATCH_CHARS:
            groups.append([])
            size = 0
        groups[-1].append(path)
        size += length
    return groups


@dataclass(frozen=True)
class Outcome:
    """What a worker reports back after writing a file itself: no texts, only what the parent prints."""

    changed: bool
    check_line: str
    problems: tuple[str, ...]
    error: str | None = None
    edits: int = 0
    flags: int = 0


@dataclass
class Tally:
    """What a run over several files did, for the closing line on stderr."""

    files: int = 0
    changed: int = 0
    edits: int = 0
    flagged: int = 0
    failed: int = 0

    def add(self, changed: bool, edits: int, flags: int) -> None:
        self.files += 1
        self.changed += changed
        self.edits += edits
        self.flagged += bool(flags)

    def line(self, check: bool) -> str:
        """E.g. 'normalize: 14 files: 12 changed (143 edits), 2 with passages flagged for review, 1 not processed'."""
        verb = "would change" if check else "changed"
        parts = [f"{self.changed} {verb} ({self.edits} edits)"]
        if self.flagged:
            parts.append(f"{self.flagged} with passages flagged for review")
        if self.failed:
            parts.append(f"{self.failed} not processed")
        total = self.files + self.failed
        return f"normalize: {total} file{'s' if total != 1 else ''}: {', '.join(parts)}"


#: A --jobs writing task: path, name shown, output path (or None), in place?, backup suffix (or None).
_Task = tuple[str, str, str | None, bool, str | None]


def _work_and_write(tasks: list[_Task]) -> list[Outcome]:
    """Read, normalize and write a group of files in the worker, so that texts never cross processes.

    Used for --out and --in-place when no report, diff or explanation needs the edits.
    """
    done = _work([task[0] for task in tasks])
    return [_write_one(task, result, error) for task, (_, result, error) in zip(tasks, done, strict=True)]


def _write_one(task: _Task, result: Result | None, error: str | None) -> Outcome:
    assert _WORKER_SETTINGS is not None
    path, shown, target, in_place, backup = task
    if result is None:
        return Outcome(False, "", (), error)
    try:
        if in_place and result.changed:
            check_rewritable(Path(path), _WORKER_SETTINGS.encoding, _WORKER_SETTINGS.errors)
            write_atomic(Path(path), result.text, _WORKER_SETTINGS.output_encoding, backup)
        elif target is not None:
            make_folder(Path(target).parent)
            write_atomic(Path(target), result.text, _WORKER_SETTINGS.output_encoding)
    except InputError as exc:
        return Outcome(False, "", (), str(exc))
    problems = tuple(problem_line(shown, p) for p in result.problems)
    worth_a_line = result.changed or result.flags
    line = check_line(shown, result) if worth_a_line else ""
    return Outcome(result.changed, line, problems, edits=len(result.edits), flags=len(result.flags))


# --- inputs ------------------------------------------------------------------------


def usable_cpus() -> int:
    """The CPUs this process may run on (its affinity, where the system tells), for --jobs 0."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def expand_inputs(inputs: Sequence[str], glob: str) -> list[tuple[str, Path | None, Path | None]]:
    """(display name, file path or None for stdin, the folder it was found under) per input."""
    out: list[tuple[str, Path | None, Path | None]] = []
    for item in inputs:
        if item == "-":
            out.append(("<stdin>", None, None))
            continue
        path = Path(item)
        if path.is_dir():
            found = sorted((p for p in path.rglob(glob) if p.is_file() and ".git" not in p.parts), key=_path_order)
            out.extend((str(p), p, path) for p in found)
        elif path.exists() or path.is_symlink():
            out.append((str(path), path, None))
        else:
            raise InputError(f"{item}: no such file or folder")
    return out


def without_earlier_output(
    files: list[tuple[str, Path | None, Path | None]], out_dir: Path
) -> list[tuple[str, Path | None, Path | None]]:
    """The inputs less the files a folder's walk found inside ``--out``.

    ``normalize docs --out docs/fixed`` run a second time would otherwise take the
    first run's output for input and write ``docs/fixed/fixed/``; a file named on
    the command line is kept (and refused later if it is its own target).
    """
    out = out_dir.resolve()
    # Each walked folder is looked at once, and files only under one that holds --out: usually none.
    holding = {root for root in {f[2] for f in files} - {None} if root is not None and _strictly_above(root, out)}
    if not holding:
        return files
    return [f for f in files if f[2] not in holding or f[1] is None or not f[1].resolve().is_relative_to(out)]


def _strictly_above(root: Path, folder: Path) -> bool:
    """Is the (resolved) ``folder`` inside ``root``, and not ``root`` itself?"""
    walked = root.resolve()
    return folder != walked and folder.is_relative_to(walked)


def _path_order(path: Path) -> tuple[str, ...]:
    """Path order (part by part), computed once per path: comparing Path objects is slow for big folders."""
    return path.parts


def read_stdin(encoding: str, errors: str) -> str:
    return decode_bytes(sys.stdin.buffer.read(), "<stdin>", encoding, errors)


# --- output helpers ----------------------------------------------------------------


def explain_lines(name: str, result: Result, first_line: int = 1) -> Iterator[str]:
    """Linter-style lines: path:line:col rule 'before' → 'after' (``first_line``: where a streamed piece starts)."""
    from .report import line_col, line_starts

    starts = line_starts(result.source)
    shift = first_line - 1
    for edit in result.edits:
        line, col = line_col(starts, edit.start)
        yield f"{name}:{line + shift}:{col} {edit.rule} {edit.original!r} → {edit.replacement!r}"
    for flag in result.flags:
        line, col = line_col(starts, flag.start)
        if "suggestion" in flag.detail:  # a review-tier finding or a repair held back: the fix, not applied
            original = result.source[flag.start : flag.end]
            yield f"{name}:{line + shift}:{col} {flag.rule} suggests {original!r} → {flag.detail['suggestion']!r}"
        else:
            yield f"{name}:{line + shift}:{col} {flag.rule} flagged: {flag.message}"
    for problem in result.problems:
        yield f"{name}: {problem.rule}: {problem.message}"


def check_line(name: str, result: Result) -> str:
    """One line for --check: the edits it would make and the passages flagged for review, by rule."""
    return check_summary(name, Counter(e.rule for e in result.edits), Counter(f.rule for f in result.flags))


def check_summary(name: str, edits: Counter[str], flags: Counter[str]) -> str:
    """The --check line from counts by rule, for a whole file or the records of a streamed one."""

    def by_rule(counts: Counter[str]) -> str:
        return ", ".join(f"{rule} ×{n}" for rule, n in sorted(counts.items()))

    parts = []
    if edits:
        parts.append(f"would change ({edits.total()} edits: {by_rule(edits)})")
    if flags:
        parts.append(f"{flags.total()} flagged for review ({by_rule(flags)})")
    return f"{name}: {'; '.join(parts)}"


def unified_diff(name: str, before: str, after: str) -> str:
    lines = difflib.unified_diff(
        before.splitlines(keepends=True), after.splitlines(keepends=True), f"a/{name}", f"b/{name}"
    )
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)


def print_diff(diff: str) -> None:
    if not diff:
        return
    if sys.stdout.isatty():
        from rich.console import Console
        from rich.syntax import Syntax

        Console().print(Syntax(diff, "diff", theme="ansi_dark", background_color="default"))
    else:
        sys.stdout.write(diff)


def output_path(out_dir: Path, file: Path, root: Path | None, out_dir_existed: bool) -> Path:
    """Where ``--out`` puts ``file``: its path below the folder it was found in, or its name.

    Refuses a target that is the input itself, whichever path writes it (in memory,
    streamed or in a worker): ``--out`` never rewrites an input.  If the output
    folder did not exist when the inputs were listed, no target below it can be one
    of them, and none is looked up.
    """
    relative = file.relative_to(root) if root is not None else Path(file.name)
    target = out_dir / relative
    # a target that does not exist yet is no input
    if out_dir_existed and target.exists() and os.path.samefile(target, file):
        raise InputError(f"{target}: --out would overwrite the input; use --in-place")
    check_out_target(out_dir, target)
    return target


def problem_line(shown: str, problem: Problem) -> str:
    """How a rule skipped on a document is reported."""
    return f"{shown}: rule '{problem.rule}': {problem.message}"


def display_name(path: str, absolute: bool) -> str:
    if path == "<stdin>":
        return path
    return os.path.abspath(path) if absolute else path


# --- JSON Lines ----------------------------------------------------------------------


#: A parsed JSONL line waiting for its batch: (line, record id, record or None when it is passed through).
_Pending = tuple[str, str, dict[str, Any] | None]


def jsonl_lines(
    lines: Iterable[str], name: str, field: str, normalizer: Normalizer, skip_bad_lines: bool
) -> Iterator[tuple[str, tuple[str, Result] | None]]:
    """Repair one field of each record: (output line, (record name, result) or None), in line order.

    Records are gathered into batches of about ``BATCH_CHARS`` characters for
    ``Normalizer.normalize_many``, so memory stays bounded.  A bad line stops with
    its line number (after the lines before it), or with ``skip_bad_lines`` is kept
    as it was after a warning.
    """
    pending: list[_Pending] = []
    size = 0
    for number, line in enumerate(lines, start=1):
        record_id = f"{name}:{number}"
        try:
            record = parse_jsonl_record(line, record_id, field)
        except (ValueError, InputError) as exc:
            problem = f"{record_id}: not valid JSON ({exc.msg})" if isinstance(exc, json.JSONDecodeError) else str(exc)
            if not skip_bad_lines:
                yield from _flush_jsonl(pending, field, normalizer)
                raise InputError(problem + "; pass --skip-bad-lines to go on") from None
            typer.echo(f"normalize: warning: {problem}; line kept as it was", err=True)
            record = None
        pending.append((line, record_id, record))
        size += len(line)
        if size >= BATCH_CHARS:
            yield from _flush_jsonl(pending, field, normalizer)
            pending, size = [], 0
    yield from _flush_jsonl(pending, field, normalizer)


def _flush_jsonl(
    pending: list[_Pending], field: str, normalizer: Normalizer
) -> Iterator[tuple[str, tuple[str, Result] | None]]:
    results = normalize_present(normalizer, [None if record is None else record[field] for _, _, record in pending])
    for (line, record_id, record), result in zip(pending, results, strict=True):
        if record is None or result is None:
            yield line, None
        else:
            yield render_jsonl_record(line, record, field, result), (record_id, result)


def process_jsonl(
    text: str, name: str, field: str, normalizer: Normalizer, skip_bad_lines: bool
) -> tuple[str, list[tuple[str, Result]]]:
    """The whole of a JSONL text at once (for reports and diffs, which need every record)."""
    out: list[str] = []
    records: list[tuple[str, Result]] = []
    for line, record in jsonl_lines(split_jsonl_lines(text), name, field, normalizer, skip_bad_lines):
        out.append(line)
        if record is not None:
            records.append(record)
    return "".join(out), records


def _decoded_lines(path: Path, encoding: str, errors: str) -> Iterator[str]:
    """A file's lines, decoded one at a time (bounded memory), with the same refusals as read_text."""
    try:
        with path.open("rb") as handle:
            for number, raw in enumerate(handle, start=1):
                yield decode_bytes(raw, f"{path}:{number}", encoding, errors)
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, not a file") from None


# --- the main command --------------------------------------------------------------


def _from_command_line(ctx: typer.Context) -> Callable[[str], bool]:
    """Whether an option was given on the command line (it then wins over the settings file).

    Compared by name: newer Typer releases carry their own copy of Click's ``ParameterSource``.
    """

    def given(name: str) -> bool:
        source = ctx.get_parameter_source(name)
        return source is not None and source.name not in ("DEFAULT", "DEFAULT_MAP")

    return given


_CONFIG_HELP = "Settings file (default: the nearest normalize.toml, or a pyproject.toml with a tool.normalize table)."


@app.command("fix")
def fix(
    ctx: typer.Context,
    inputs: Annotated[list[str], typer.Argument(help="Files, folders, or - for standard input.", show_default=False)],
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write repaired files under this folder.")] = None,
    in_place: Annotated[bool, typer.Option("--in-place", "-i", help="Rewrite files in place (atomically).")] = False,
    backup: Annotated[str | None, typer.Option(help="With --in-place, keep the original as FILE+SUFFIX.")] = None,
    glob: Annotated[str, typer.Option(help="Which files to take from folders.")] = "*.txt",
    check: Annotated[bool, typer.Option("--check", help="Change nothing; exit 1 if any file would change.")] = False,
    diff: Annotated[bool, typer.Option("--diff", help="Print a unified diff instead of the text.")] = False,
    explain: Annotated[bool, typer.Option("--explain", help="List every edit on stderr, linter style.")] = False,
    report: Annotated[Path | None, typer.Option(help="Write a report: .json, .jsonl or .html.")] = None,
    rules: Annotated[
        list[str] | None, typer.Option("--rules", help="Extra rule pack (name or path); repeatable.")
    ] = None,
    no_default_rules: Annotated[
        bool, typer.Option("--no-default-rules", help="Do not load the bundled packs.")
    ] = False,
    select: Annotated[list[str] | None, typer.Option(help="Only these rule ids/categories/kinds/packs.")] = None,
    ignore: Annotated[list[str] | None, typer.Option(help="Skip these rule ids/categories/kinds/packs.")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=0, help="Worker processes (0: one per CPU).")] = 1,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summaries.")] = False,
    jsonl: Annotated[bool, typer.Option("--jsonl", help="Inputs are JSON Lines; repair one field.")] = False,
    field: Annotated[str, typer.Option(help="With --jsonl, the field to repair.")] = "text",
    skip_bad_lines: Annotated[
        bool, typer.Option("--skip-bad-lines", help="With --jsonl, keep bad lines as they are and go on.")
    ] = False,
    encoding: Annotated[str, typer.Option(help="Encoding of the inputs.")] = "utf-8",
    output_encoding: Annotated[
        str | None, typer.Option(help="Encoding of the files written (default: --encoding).")
    ] = None,
    errors: Annotated[str, typer.Option(help="strict, or replace to go on past undecodable bytes.")] = "strict",
    timeout: Annotated[float, typer.Option(help="Seconds one rule may spend on one document.")] = DEFAULT_TIMEOUT,
    style: Annotated[
        bool, typer.Option("--style", help="House style on: map a house style's spellings in every document.")
    ] = False,
    absolute_paths: Annotated[bool, typer.Option("--absolute-paths", help="Use absolute paths in reports.")] = False,
    stream_bytes: Annotated[
        int, typer.Option(min=1024, help="Files larger than this are processed piece by piece, in bounded memory.")
    ] = 16 * 1024 * 1024,
    config: Annotated[Path | None, typer.Option(help=_CONFIG_HELP)] = None,
    no_config: Annotated[bool, typer.Option("--no-config", help="Ignore settings files.")] = False,
) -> None:
    """Repair text files (the default command: `normalize FILE` is `normalize fix FILE`)."""
    options = {k: v for k, v in locals().items() if k not in ("ctx", "config", "no_config")}
    try:
        code = run_fix(**settings_for(options, _from_command_line(ctx), config, no_config))
    except NormalizeError as exc:
        fail(str(exc))
        raise typer.Exit(EXIT_ERROR) from None
    finally:
        RUN_LOCK.release()
    raise typer.Exit(code)


def make_folder(folder: Path) -> None:
    """Create an output folder (and its parents), or say in one line why it cannot be."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"{folder}: cannot create this folder ({exc.strerror})") from None


def refuse_file_as_folder(folder: Path | None, option: str) -> None:
    """An output folder that is an existing file would fail deep inside a write; say so at once."""
    if folder is not None and folder.exists() and not folder.is_dir():
        raise UsageError(f"{folder}: {option} names a folder to write into, and this is a file")


def run_fix(**opts: Any) -> int:
    inputs: list[str] = opts["inputs"]
    if opts["errors"] not in ("strict", "replace"):
        raise UsageError("--errors must be 'strict' or 'replace'")
    if opts["out"] is not None and opts["in_place"]:
        raise UsageError("--out and --in-place cannot be used together")
    refuse_file_as_folder(opts["out"], "--out")
    if not opts["timeout"] > 0:
        raise UsageError(f"--timeout must be more than 0 seconds, not {opts['timeout']:g}")
    if opts["backup"] and not opts["in_place"]:
        raise UsageError("--backup only makes sense with --in-place")
    if opts["in_place"] and "-" in inputs:
        raise UsageError("cannot rewrite standard input in place")
    if opts["report"] is not None and opts["report"].suffix.lower() not in (".json", ".jsonl", ".html", ".htm"):
        raise UsageError(f"{opts['report']}: report format must be .json, .jsonl or .html")
    check_glob(opts["glob"])
    check_backup_suffix(opts["backup"])
    opts["jobs"] = opts["jobs"] or usable_cpus()
    opts["output_encoding"] = opts["output_encoding"] or opts["encoding"]
    files, refused = screen_inputs(expand_inputs(inputs, opts["glob"]), opts["in_place"] and not opts["check"])
    for problem in refused:
        fail(problem)
    opts["refused"] = len(refused)
    # Looked at once: when --out names a folder that does not exist yet, no target below it can be an input.
    opts["out_existed"] = opts["out"] is not None and opts["out"].exists()
    if opts["out_existed"]:
        files = without_earlier_output(files, opts["out"])
    if not files and not refused:
        raise InputError(f"no files matching '{opts['glob']}' in {', '.join(inputs)}")
    if opts["in_place"] and not opts["check"] and not opts["diff"]:
        lock_for_rewriting(path for _, path, _ in files if path is not None)
    if opts["out"] is not None and not opts["out_existed"] and not opts["check"]:
        make_folder(opts["out"])  # at once: an --out that cannot be made is one error, not one per file
    writes = opts["out"] is not None or opts["in_place"]
    prints_text = not (writes or opts["check"] or opts["diff"])
    if prints_text and (len(files) > 1 or any(root is not None for _, _, root in files)):
        raise UsageError("several inputs or a folder need --out DIR or --in-place (or --check / --diff)")

    settings = Settings(
        rules=NormalizerSettings.of(
            packs=pack_specs(opts["rules"], opts["no_default_rules"]),
            select=split_names(opts["select"]) or [] if opts["select"] else None,
            ignore=split_names(opts["ignore"]) or [],
            timeout=opts["timeout"],
            style=opts["style"],
        ),
        encoding=opts["encoding"],
        output_encoding=opts["output_encoding"],
        errors=opts["errors"],
    )
    normalizer = settings.normalizer()
    sizes = file_sizes(files)
    if _workers_can_write(files, opts, sizes):
        _share_with_workers(settings, normalizer)
        return _run_pool_writing(files, settings, opts, sizes)
    documents: list[Document] = []
    tally = Tally()
    streamed = [_streamable(f[1], opts, sizes) for f in files]
    chosen = [f for f, s in zip(files, streamed, strict=True) if not s]
    in_memory = _results(chosen, settings, normalizer, opts, sizes)
    for (name, path, root), stream in zip(files, streamed, strict=True):
        try:
            if stream:
                assert path is not None
                tally.add(*stream_file(name, path, root, normalizer, opts))
                continue
        except InputError as exc:
            fail(str(exc))
            tally.failed += 1
            continue
        name, path, root, result, error, rendered = next(in_memory)
        if error is not None:
            fail(error)
            tally.failed += 1
            continue
        assert result is not None
        shown = display_name(name, opts["absolute_paths"])
        changed = any(r.changed for _, r in result)
        _warn_problems(result, opts)
        try:
            _emit(shown, result, rendered, path, root, opts, changed)
        except InputError as exc:  # this file could not be written; the others still are, and only they are reported
            fail(str(exc))
            tally.failed += 1
            continue
        shown_as = functools.partial(display_name, absolute=opts["absolute_paths"])
        documents.extend(documents_of(name, result, shown_as, opts["field"] if opts["jsonl"] else None))
        tally.add(changed, sum(len(r.edits) for _, r in result), sum(len(r.flags) for _, r in result))
    if opts["report"] is not None:
        write_report(opts["report"], [entry(d) for d in documents])
    return _finish(tally, len(files), opts)


def _finish(tally: Tally, inputs: int, opts: dict[str, Any]) -> int:
    """The closing line for a run over several files (stderr, not with --quiet), and the exit code."""
    tally.failed += opts.get("refused", 0)
    if inputs > 1 and not opts["quiet"]:
        typer.echo(tally.line(opts["check"]), err=True)
    if tally.failed:
        return EXIT_ERROR
    return EXIT_CHANGES if opts["check"] and tally.changed else EXIT_OK


def _workers_can_write(
    files: list[tuple[str, Path | None, Path | None]], opts: dict[str, Any], sizes: dict[Path, int | None]
) -> bool:
    """--jobs with --out/--in-place/--check on plain files, and nothing that needs the edits in the parent."""
    needs_edits = opts["report"] is not None or opts["diff"] or opts["explain"] or opts["jsonl"]
    writes_or_checks = opts["out"] is not None or opts["in_place"] or opts["check"]
    plain = all(path is not None and not _streamable(path, opts, sizes) for _, path, _ in files)
    return opts["jobs"] > 1 and writes_or_checks and not needs_edits and plain


def _run_pool_writing(
    files: list[tuple[str, Path | None, Path | None]],
    settings: Settings,
    opts: dict[str, Any],
    sizes: dict[Path, int | None],
) -> int:
    """The --jobs path: workers read, normalize and write; the parent prints what they report, in input order."""
    tasks: list[_Task] = []
    for name, path, root in files:
        assert path is not None
        target = None
        if opts["out"] is not None and not opts["check"]:
            target = str(output_path(opts["out"], path, root, opts["out_existed"]))
        in_place = opts["in_place"] and not opts["check"]
        tasks.append((str(path), display_name(name, opts["absolute_paths"]), target, in_place, opts["backup"]))
    tally = Tally()
    progress = _progress(len(files), opts["quiet"])
    paths = [path for _, path, _ in files if path is not None]
    groups = _groups(paths, max(1, len(tasks) // (opts["jobs"] * 8)), sizes)
    ordered = iter(tasks)  # the groups hold the files in input order, so the tasks follow along
    task_groups = [[next(ordered) for _ in group] for group in groups]
    try:
        with ProcessPoolExecutor(max_workers=opts["jobs"], initializer=_init_worker, initargs=(settings,)) as pool:
            for outcome in itertools.chain.from_iterable(pool.map(_work_and_write, task_groups)):
                if progress:
                    progress.advance()
                if outcome.error is not None:
                    fail(outcome.error)
                    tally.failed += 1
                    continue
                tally.add(outcome.changed, outcome.edits, outcome.flags)
                if not opts["quiet"]:
                    for problem in outcome.problems:
                        typer.echo(f"normalize: warning: {problem}", err=True)
                    if opts["check"] and outcome.check_line:
                        typer.echo(outcome.check_line)
    finally:
        if progress:
            progress.close()
    return _finish(tally, len(files), opts)


def _streamable(path: Path | None, opts: dict[str, Any], sizes: dict[Path, int | None]) -> bool:
    """Files whose whole text is not needed (no report, no diff) are streamed: large ones, and all JSONL."""
    if path is None or opts["report"] is not None or opts["diff"]:
        return False
    size = sizes.get(path)
    return size is not None and (opts["jsonl"] or size > opts["stream_bytes"])


def stream_file(
    name: str, path: Path, root: Path | None, normalizer: Normalizer, opts: dict[str, Any]
) -> tuple[bool, int, int]:
    """Normalize one large file piece by piece; returns whether it changed, its edits and its flags."""
    from .stream import file_verdicts, iter_text_blocks, normalize_blocks

    shown = display_name(name, opts["absolute_paths"])
    if not file_has_text(path):
        raise empty_input(name, white_space=path.stat().st_size > 0)
    counts: Counter[str] = Counter()
    flagged: Counter[str] = Counter()
    changed = False
    block = min(opts["stream_bytes"], 4 * 1024 * 1024)

    def produce() -> Iterator[tuple[str, list[tuple[str, Result]], int]]:
        """(output text, records, first line of the piece) for each piece of the file."""
        if opts["jsonl"]:
            lines = _decoded_lines(path, opts["encoding"], opts["errors"])
            for line, record in jsonl_lines(lines, name, opts["field"], normalizer, opts["skip_bad_lines"]):
                yield line, [record] if record is not None else [], 1
            return
        try:
            with path.open("rb") as source:
                verdicts = file_verdicts(normalizer, path, opts["encoding"], opts["errors"], block)
                blocks = iter_text_blocks(source, str(path), opts["encoding"], opts["errors"], block)
                for piece in normalize_blocks(normalizer, blocks, limit=block, verdicts=verdicts):
                    yield piece.result.text, [(name, piece.result)], piece.line
        except PermissionError:
            raise InputError(f"{path}: permission denied") from None

    def pieces(handle: Any) -> Iterator[str]:
        nonlocal changed
        for text, records, first_line in produce():
            for record_name, result in records:
                if opts["jsonl"] and opts["check"] and not opts["quiet"] and (result.changed or result.flags):
                    typer.echo(check_line(display_name(record_name, opts["absolute_paths"]), result))
                counts.update(e.rule for e in result.edits)
                flagged.update(f.rule for f in result.flags)
                changed = changed or result.changed
                _warn_problems([(record_name, result)], opts)
                if opts["explain"]:
                    for line in explain_lines(display_name(record_name, opts["absolute_paths"]), result, first_line):
                        typer.echo(line, err=True)
            if handle is not None:
                handle.write(text)
            yield text

    if opts["check"]:
        for _ in pieces(None):
            pass
        if (changed or flagged) and not opts["quiet"] and not opts["jsonl"]:  # JSONL records had a line each
            typer.echo(check_summary(shown, counts, flagged))
        return changed, counts.total(), flagged.total()
    if opts["in_place"] or opts["out"] is not None:
        target = path if opts["in_place"] else output_path(opts["out"], path, root, opts["out_existed"])
        if opts["out"] is not None:
            make_folder(target.parent)
        try:
            with replacing(target, opts["output_encoding"], opts["backup"] if opts["in_place"] else None) as handle:
                for _ in pieces(handle):
                    pass
                if opts["in_place"] and not changed:
                    raise KeepOriginal
                if opts["in_place"]:  # the backup, if any, is a second name of the file by now
                    check_rewritable(path, opts["encoding"], opts["errors"], names=2 if opts["backup"] else 1)
        except KeepOriginal:
            return False, 0, flagged.total()
        return changed, counts.total(), flagged.total()
    for text in pieces(None):
        sys.stdout.write(text)
    sys.stdout.flush()
    return changed, counts.total(), flagged.total()


def _warn_problems(records: list[tuple[str, Result]], opts: dict[str, Any]) -> None:
    """Rules skipped on a document (e.g. a regex timeout) are reported, never silent."""
    if opts["quiet"]:
        return
    for name, result in records:
        for problem in result.problems:
            typer.echo(
                f"normalize: warning: {problem_line(display_name(name, opts['absolute_paths']), problem)}", err=True
            )


def _results(
    files: list[tuple[str, Path | None, Path | None]],
    settings: Settings,
    normalizer: Normalizer,
    opts: dict[str, Any],
    sizes: dict[Path, int | None],
) -> Iterator[tuple[str, Path | None, Path | None, list[tuple[str, Result]] | None, str | None, str | None]]:
    """Yield, in input order: name, path, root, [(record name, result)], error, repaired file text."""
    progress = _progress(len(files), opts["quiet"])
    jobs = opts["jobs"]
    plain = [f for f in files if f[1] is not None] if (jobs > 1 and not opts["jsonl"]) else []
    pooled: dict[str, tuple[Result | None, str | None]] = {}
    if plain:
        _share_with_workers(settings, normalizer)
        groups = _groups([f[1] for f in plain if f[1] is not None], max(1, len(plain) // (jobs * 8)), sizes)
        with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(settings,)) as pool:
            done = pool.map(_work, [[str(p) for p in group] for group in groups])
            for done_path, result, error in itertools.chain.from_iterable(done):
                pooled[done_path] = (result, error)
                if progress:
                    progress.advance()
    # Without workers, plain files are read a group ahead and normalized together (normalize_many).
    ahead = [] if plain or opts["jsonl"] else [f[1] for f in files if f[1] is not None]
    upcoming = iter(_groups(ahead, 256, sizes))
    try:
        for name, path, root in files:
            try:
                if path is not None and ahead and str(path) not in pooled:
                    pooled.clear()  # the previous group has been yielded: keep one group in memory
                    group = next(upcoming, [])
                    for done_path, result, error in _read_and_normalize(
                        [str(p) for p in group], normalizer, settings.encoding, settings.errors
                    ):
                        pooled[done_path] = (result, error)
                if path is not None and str(path) in pooled:
                    result, error = pooled[str(path)]
                    if error is not None:
                        raise InputError(error)
                    assert result is not None
                    yield name, path, root, [(name, result)], None, result.text
                    continue
                text = refuse_empty(
                    read_stdin(settings.encoding, settings.errors)
                    if path is None
                    else read_text(path, settings.encoding, settings.errors),
                    name,
                )
                if opts["jsonl"]:
                    repaired, records = process_jsonl(text, name, opts["field"], normalizer, opts["skip_bad_lines"])
                    yield name, path, root, records, None, repaired
                else:
                    result = normalizer.normalize(text)
                    yield name, path, root, [(name, result)], None, result.text
            except InputError as exc:
                yield name, path, root, None, str(exc), None
            if progress and not (plain and path is not None):
                progress.advance()
    finally:
        if progress:
            progress.close()


def _emit(
    shown: str,
    records: list[tuple[str, Result]],
    rendered: str | None,
    path: Path | None,
    root: Path | None,
    opts: dict[str, Any],
    changed: bool,
) -> None:
    """Print, diff, explain or write one input's outcome, as the options ask."""
    assert rendered is not None
    source = "".join(r.source for _, r in records) if not opts["jsonl"] else None
    if opts["explain"]:
        for name, result in records:
            for line in explain_lines(display_name(name, opts["absolute_paths"]), result):
                typer.echo(line, err=True)
    if opts["check"]:
        if not opts["quiet"]:
            for name, result in records:
                if result.changed or result.flags:
                    typer.echo(check_line(display_name(name, opts["absolute_paths"]), result))
        return
    if opts["diff"]:
        before = source if source is not None else _original_text(path, opts)
        print_diff(unified_diff(shown, before, rendered))
        return
    if opts["in_place"]:
        assert path is not None
        if changed:
            check_rewritable(path, opts["encoding"], opts["errors"])
            write_atomic(path, rendered, opts["output_encoding"], opts["backup"])
        return
    if opts["out"] is not None:
        target = (
            output_path(opts["out"], path, root, opts["out_existed"]) if path is not None else opts["out"] / "stdin.txt"
        )
        check_out_target(opts["out"], target)
        make_folder(target.parent)
        write_atomic(target, rendered, opts["output_encoding"])
        return
    sys.stdout.write(rendered)
    sys.stdout.flush()


def _original_text(path: Path | None, opts: dict[str, Any]) -> str:
    if path is None:
        raise UsageError("--diff with --jsonl needs a file, not standard input")
    return read_text(path, opts["encoding"], opts["errors"])


class _Progress:
    def __init__(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

        self._progress = Progress(
            "[progress.description]{task.description}",
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self._progress.start()
        self._task = self._progress.add_task("normalizing", total=total)

    def advance(self) -> None:
        self._progress.advance(self._task)

    def close(self) -> None:
        self._progress.stop()


def _progress(total: int, quiet: bool) -> _Progress | None:
    if quiet or total < 2 or not sys.stderr.isatty():
        return None
    return _Progress(total)


# --- apply ---------------------------------------------------------------------------


@app.command("apply")
def apply_cmd(
    report: Annotated[Path, typer.Argument(help="A report written by --report (.json, .jsonl or .html).")],
    decisions: Annotated[Path | None, typer.Option(help="Decisions exported from the HTML page.")] = None,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write the files under this folder.")] = None,
    in_place: Annotated[bool, typer.Option("--in-place", "-i", help="Rewrite the reported files in place.")] = False,
) -> None:
    """Write the text with only the accepted edits applied (rejected ones keep the source)."""
    try:
        from .apply import run_apply

        code = run_apply(report, decisions, out, in_place)
    except NormalizeError as exc:
        fail(str(exc))
        raise typer.Exit(EXIT_ERROR) from None
    raise typer.Exit(code)


# --- corpus (Dask) ---------------------------------------------------------------------


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


@app.command("corpus")
def corpus_cmd(
    ctx: typer.Context,
    source: Annotated[str, typer.Argument(help="A folder or glob of JSONL files, or a Parquet dataset.")],
    out: Annotated[Path, typer.Argument(help="Folder for the repaired corpus.")],
    engine: Annotated[str, typer.Option(help="Execution engine (dask).")] = "dask",
    scheduler: Annotated[str | None, typer.Option(help="tcp://HOST:PORT of a Dask scheduler.")] = None,
    partitions: Annotated[int | None, typer.Option(min=1, help="Split the corpus into this many tasks.")] = None,
    workers: Annotated[int, typer.Option(min=1, help="Worker processes of the local cluster.")] = 2,
    field: Annotated[str, typer.Option(help="The field (JSONL) or column (Parquet) to repair.")] = "text",
    rules: Annotated[list[str] | None, typer.Option("--rules", help="Extra rule pack; repeatable.")] = None,
    no_default_rules: Annotated[
        bool, typer.Option("--no-default-rules", help="Do not load the bundled packs.")
    ] = False,
    select: Annotated[list[str] | None, typer.Option(help="Only these rule ids/categories/kinds/packs.")] = None,
    ignore: Annotated[list[str] | None, typer.Option(help="Skip these rule ids/categories/kinds/packs.")] = None,
    style: Annotated[
        bool, typer.Option("--style", help="House style on: map a house style's spellings in every document.")
    ] = False,
    config: Annotated[Path | None, typer.Option(help=_CONFIG_HELP)] = None,
    no_config: Annotated[bool, typer.Option("--no-config", help="Ignore settings files.")] = False,
) -> None:
    """Normalize a corpus on a Dask cluster (a local one unless --scheduler is given)."""
    options = {k: v for k, v in locals().items() if k not in ("ctx", "config", "no_config")}
    try:
        code = run_corpus_cmd(**settings_for(options, _from_command_line(ctx), config, no_config))
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
    from .dask import run_corpus, run_parquet

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
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
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
    per_category = ", ".join(f"{c} {n}" for c, n in sorted(summary.by_category.items())) or "none"
    typer.echo(f"documents: {summary.documents}, changed: {summary.changed}")
    typer.echo(f"edits per category: {per_category}")
    if summary.flagged:
        flags = ", ".join(f"{c} {n}" for c, n in sorted(summary.flags_by_category.items()))
        typer.echo(f"flagged for review: {summary.flagged} documents ({flags})")
    rate = summary.documents / seconds if seconds else 0.0
    megabytes = f", {summary.bytes_in / 1e6 / seconds:.2f} MB/s" if summary.bytes_in and seconds else ""
    typer.echo(f"throughput: {rate:.1f} documents/s{megabytes} ({seconds:.1f} s)")
    typer.echo(f"failures: {len(summary.failures)}")
    for record_id, error in summary.failures:
        typer.echo(f"  {record_id}: {error}")
    return EXIT_CHANGES if summary.failures else EXIT_OK


# --- rules ---------------------------------------------------------------------------


def configured_rules(config: Path | None, no_config: bool) -> dict[str, Any]:
    """The packs, select and ignore that `normalize FILE` would use here: the bundled packs and the settings file's."""
    settings = settings_for(
        {"rules": None, "no_default_rules": False, "select": None, "ignore": None}, lambda _: False, config, no_config
    )
    return {
        "packs": pack_specs(settings["rules"], settings["no_default_rules"]),
        "select": split_names(settings["select"]),
        "ignore": split_names(settings["ignore"]),
    }


@rules_app.command("list")
def rules_list(
    packs: Annotated[
        list[str] | None, typer.Argument(help="Packs to list (default: those `normalize FILE` would load here).")
    ] = None,
    config: Annotated[Path | None, typer.Option(help=_CONFIG_HELP)] = None,
    no_config: Annotated[bool, typer.Option("--no-config", help="Ignore settings files.")] = False,
) -> None:
    """A table of rules: id, kind, category, message, pack; without packs, what a run here would use."""
    from rich.console import Console
    from rich.table import Table

    try:
        normalizer = Normalizer(packs=packs) if packs else Normalizer(**configured_rules(config, no_config))
    except NormalizeError as exc:
        fail(str(exc))
        raise typer.Exit(EXIT_ERROR) from None
    table = Table("id", "kind", "category", "message", "pack", title=f"{len(normalizer.rules)} rules")
    for rule in normalizer.rules:
        table.add_row(rule.id, rule.kind, rule.category, rule.message, rule.pack)
    Console(width=None if sys.stdout.isatty() else 200).print(table)


@rules_app.command("show")
def rules_show(
    ids: Annotated[list[str], typer.Argument(help="Rule ids, as `rules list` and reports name them.")],
    packs: Annotated[list[str] | None, typer.Option("--rules", help="Pack to look in; repeatable.")] = None,
    config: Annotated[Path | None, typer.Option(help=_CONFIG_HELP)] = None,
    no_config: Annotated[bool, typer.Option("--no-config", help="Ignore settings files.")] = False,
) -> None:
    """Print rules in full, as a pack would spell them: fields, examples, keep cases, and their pack's file."""
    import yaml

    try:
        chosen = {"packs": packs} if packs else {"packs": configured_rules(config, no_config)["packs"]}
        normalizer = Normalizer(**chosen)
        by_id = {rule.id: rule for rule in normalizer.rules}
        for rule_id in ids:
            if rule_id not in by_id:
                raise UsageError(f"no rule '{rule_id}' in the loaded packs{did_you_mean(rule_id, by_id)}")
    except NormalizeError as exc:
        fail(str(exc))
        raise typer.Exit(EXIT_ERROR) from None
    files = {pack.name: pack.path for pack in normalizer.packs}
    # id and kind first, then where the rule comes from, then the rest as its pack spells it
    shown = [
        {"id": rule.id, "kind": rule.kind, "pack": rule.pack, "file": files.get(rule.pack, "")} | pack_entry(rule)
        for rule in (by_id[rule_id] for rule_id in ids)
    ]
    typer.echo(yaml.safe_dump_all(shown, allow_unicode=True, sort_keys=False, width=100).rstrip("\n"))


@rules_app.command("test")
def rules_test(
    packs: Annotated[
        list[str] | None, typer.Argument(help="Packs to test (default: those `normalize FILE` would load here).")
    ] = None,
    config: Annotated[Path | None, typer.Option(help=_CONFIG_HELP)] = None,
    no_config: Annotated[bool, typer.Option("--no-config", help="Ignore settings files.")] = False,
) -> None:
    """Run every rule's examples; exit 1 if any fails."""
    from .selftest import run_examples

    try:
        failures, total = run_examples(packs or configured_rules(config, no_config)["packs"])
    except NormalizeError as exc:
        fail(str(exc))
        raise typer.Exit(EXIT_ERROR) from None
    for failure in failures:
        typer.echo(f"FAIL {failure}")
    typer.echo(f"{total - len(failures)} passed, {len(failures)} failed")
    raise typer.Exit(EXIT_CHANGES if failures else EXIT_OK)


@app.command("version")
def version() -> None:
    """Print the version."""
    typer.echo(f"normalize {__version__}")


_COMMANDS = {"fix", "apply", "rules", "version", "corpus", "eval"}

register_eval(app)


def route(args: Sequence[str]) -> list[str]:
    """A first argument that is not a command is an input, so `normalize FILE` means `normalize fix FILE`."""
    args = list(args)
    if args and args[0] == "--version":
        return ["version"]
    if args and args[0] not in _COMMANDS and args[0] not in ("--help", "-h"):
        return ["fix", *args]
    return args


class Terminated(BaseException):
    """SIGTERM, turned into an exception so that half-written temporary files are removed."""


def _on_sigterm(signum: int, frame: object) -> None:
    raise Terminated


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point of the `normalize` command."""
    import signal

    args = route(sys.argv[1:] if argv is None else argv)
    signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        code = app(args=args, prog_name="normalize", standalone_mode=False)
    except KeyboardInterrupt:
        fail("interrupted; files already written are complete, the others untouched")
        sys.exit(130)
    except Terminated:
        fail("terminated; files already written are complete, the others untouched")
        sys.exit(143)
    except NormalizeError as exc:
        fail(str(exc))
        sys.exit(EXIT_ERROR)
    except Exception as exc:
        if type(exc).__name__ == "Abort" or _interrupted(exc):  # Click's form of Ctrl-C, or one a library caught
            fail("interrupted; files already written are complete, the others untouched")
            sys.exit(130)
        if hasattr(exc, "format_message") and hasattr(exc, "exit_code"):  # a usage error Click found
            message = " ".join(exc.format_message().split())
            if message:  # no message: the help page was shown for a command given nothing
                fail(f"{message} (see 'normalize {_command_of(args)}--help')")
            sys.exit(exc.exit_code)
        fail(f"internal error: {type(exc).__name__}: {exc}".splitlines()[0])  # a bug of ours: one line all the same
        sys.exit(EXIT_ERROR)
    sys.exit(code if isinstance(code, int) else 0)


def _interrupted(exc: BaseException) -> bool:
    """Was ``exc`` raised while handling Ctrl-C (langdetect's loader turns any exception into its own)?"""
    seen = exc.__context__
    while seen is not None:
        if isinstance(seen, (KeyboardInterrupt, Terminated)):
            return True
        seen = seen.__context__
    return False


def _command_of(args: Sequence[str]) -> str:
    """The command words of ``args`` ("fix ", "rules test "), to point at the right help page."""
    words: list[str] = []
    for arg in args:
        if arg.startswith("-") or (words and words[-1] != "rules"):
            break
        if arg in _COMMANDS or (words == ["rules"] and arg in ("list", "test", "show")):
            words.append(arg)
        else:
            break
    return "".join(f"{w} " for w in words)
