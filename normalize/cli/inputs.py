"""The one input expander: what the command line names, as the files a run takes, each once.

Inputs are listed (and looked at with ``stat``) but not read here: every refusal
that needs no file's text comes before the first is read.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Sequence
from pathlib import Path

from ..errors import InputError
from ..fileguard import InputFile, screen_inputs
from ..textio import decode_bytes
from .common import UsageError
from .options import FixOptions

__all__ = ["InputFile", "expand_inputs", "file_sizes", "listed_inputs", "read_stdin", "usable_cpus"]


def usable_cpus() -> int:
    """The CPUs this process may run on (its affinity, where the system tells), for --jobs 0."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def expand_inputs(inputs: Sequence[str], glob: str) -> list[InputFile]:
    """(display name, file path or None for stdin, the folder it was found under) per input."""
    out: list[InputFile] = []
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


def listed_inputs(options: FixOptions) -> tuple[list[InputFile], list[str]]:
    """The files the run takes, and the refusals to report (a file met twice, a symlink leaving a folder)."""
    files, refused = screen_inputs(expand_inputs(options.inputs, options.glob), options.rewrites)
    if options.out is not None and options.out_existed and not options.out_is_file:
        files = without_earlier_output(files, options.out)
    if not files and not refused:
        raise InputError(f"no files matching '{options.glob}' in {', '.join(options.inputs)}")
    if not options.jsonl:
        for name, path, _ in files:
            if path is not None and path.suffix.lower() == ".jsonl":
                raise UsageError(
                    f"{name}: a JSON Lines file; pass --jsonl to repair one field of each record "
                    "(--field, default 'text'), or rename it to repair it as plain text"
                )
    folders = any(root is not None for _, _, root in files)
    prints_text = not (options.out is not None or options.in_place or options.check or options.diff)
    if prints_text and (len(files) > 1 or folders):
        raise UsageError("several inputs or a folder need --out DIR or --in-place (or --check / --diff)")
    return files, refused


def without_earlier_output(files: list[InputFile], out_dir: Path) -> list[InputFile]:
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


def file_sizes(files: Sequence[InputFile]) -> dict[Path, int | None]:
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


def read_stdin(encoding: str, errors: str) -> str:
    return decode_bytes(sys.stdin.buffer.read(), "<stdin>", encoding, errors)
