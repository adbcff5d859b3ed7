"""What a run may read and rewrite: inputs taken once, writes kept inside the folders named, runs locked.

``normalize`` rewrites people's files, so before anything is read or written:

- a ``--glob`` (from the command line or a settings file) only names files inside
  the folder walked: no absolute pattern, no ``..``;
- every input file is taken once, however it was reached (named twice, through a
  symlink, or as a second hard-linked name), so a backup can never end up holding
  the output;
- a folder's walk rewrites in place only files inside that folder: a symlink in
  it that leads elsewhere is refused;
- a file is rewritten in place only if its mode lets it be written, it has a single
  name (rewriting one of several hard-linked names would split them, the others
  keeping the old text), and, with ``--errors replace``, it holds no bytes that
  would be turned into U+FFFD for good;
- ``--out`` never writes through a symlink already in the output folder, nor below it;
- the folders whose files a run rewrites are locked (``flock`` on the folder
  itself, which no rename replaces), and a second run that would rewrite files in
  one of them is refused at once instead of racing the first.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import stat
from collections.abc import Iterable, Sequence
from pathlib import Path, PurePath

from .errors import InputError, NormalizeError

#: (display name, path or None for standard input, the folder it was found in), as the CLI lists inputs.
InputFile = tuple[str, Path | None, Path | None]


class RefusedOption(NormalizeError):
    """An option that would let a run read or write outside what the user named."""


def check_glob(glob: str) -> None:
    """A folder's ``--glob`` must stay inside the folder: no absolute pattern, no ``..`` part."""
    parts = PurePath(glob).parts
    if not glob.strip() or PurePath(glob).is_absolute() or ".." in parts:
        raise RefusedOption(
            f"--glob '{glob}' must name files inside the folder given (a pattern such as '*.txt' or 'news/*.txt')"
        )


def check_backup_suffix(suffix: str | None) -> None:
    """A ``--backup`` suffix makes a name beside the file: not empty, no folder separator."""
    if suffix is None:
        return
    if not suffix or "/" in suffix or os.sep in suffix or "\x00" in suffix or suffix in (".", ".."):
        raise RefusedOption(f"--backup '{suffix}' must be a suffix for the file's name, such as '.orig'")


def screen_inputs(files: Sequence[InputFile], in_place: bool) -> tuple[list[InputFile], list[str]]:
    """The inputs to process, each real file once (at its first name), and the refusals to report.

    With ``in_place``, a file found by walking a folder whose real path is outside
    that folder (a symlink leading out of it) is refused rather than rewritten.
    """
    kept: list[InputFile] = []
    refused: list[str] = []
    seen: set[tuple[int, int]] = set()
    real_roots: dict[Path, Path] = {}
    for name, path, root in files:
        if path is None:
            kept.append((name, path, root))
            continue
        try:
            info = path.stat()
        except OSError:  # a dangling link or an unreadable file: reading it will say why
            kept.append((name, path, root))
            continue
        key = (info.st_dev, info.st_ino)
        if key in seen:
            continue
        seen.add(key)
        if in_place and root is not None:
            real_root = real_roots.setdefault(root, Path(os.path.realpath(root)))
            real = Path(os.path.realpath(path))
            if not real.is_relative_to(real_root):
                refused.append(f"{name}: a symlink to {real}, outside {root}; not rewritten")
                continue
        kept.append((name, path, root))
    return kept, refused


def check_rewritable(path: Path, encoding: str = "utf-8", errors: str = "strict", names: int = 1) -> None:
    """Refuse, in one line, to rewrite ``path`` in place where that would do what the user did not ask.

    ``names``: the hard links the file may have (2 once this run's backup has been made).
    """
    try:
        info = path.stat()
    except OSError:
        return  # the write itself reports it
    if not stat.S_ISREG(info.st_mode):
        raise InputError(f"{path}: not a regular file; not rewritten")
    writable = os.access(path, os.W_OK) and bool(info.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    if not writable:
        raise InputError(f"{path}: read-only; not rewritten (make it writable, or use --out)")
    if info.st_nlink > names:
        raise InputError(
            f"{path}: has {info.st_nlink - names + 1} hard-linked names, which rewriting one would split; "
            "not rewritten (use --out)"
        )
    if errors != "strict" and _has_undecodable_bytes(path, encoding):
        raise InputError(
            f"{path}: has bytes that are not valid {encoding}; --in-place with --errors replace would turn them "
            "into U+FFFD for good; not rewritten (use --out)"
        )


def _has_undecodable_bytes(path: Path, encoding: str) -> bool:
    import codecs

    decoder = codecs.getincrementaldecoder(encoding)("strict")
    try:
        with path.open("rb") as handle:
            while block := handle.read(1 << 20):
                decoder.decode(block)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return True
    except (OSError, LookupError):
        return False  # reading or decoding will report it in its own words
    return False


def check_out_target(out: Path, target: Path) -> None:
    """``--out`` writes only inside the output folder: not through a symlink already there, nor out of it."""
    if target.is_symlink():
        raise InputError(f"{target}: is a symlink already in the output folder; --out does not write through it")
    existing = target.parent
    while not existing.exists() and existing != out and existing != existing.parent:
        existing = existing.parent
    if not existing.exists():
        return  # nothing of the output folder exists yet, so no link in it can lead out
    if not Path(os.path.realpath(existing)).is_relative_to(Path(os.path.realpath(out))):
        raise InputError(f"{target}: leads outside the output folder {out} (through a symlink); not written")


def inside(folder: Path, relative: str) -> Path:
    """``folder / relative`` for a relative path that stays below ``folder``; one line otherwise."""
    pure = PurePath(relative)
    if pure.is_absolute() or ".." in pure.parts or not pure.parts:
        raise InputError(f"'{relative}': not a path inside {folder}; refused")
    return folder / pure


class RunLock:
    """Exclusive locks on the folders a run rewrites files in, held until ``release`` (or the process ends).

    ``flock`` on the folder itself: it needs no lock file in the user's folder, is
    released by the kernel if the process dies, and a rename inside the folder does
    not replace it.  Taken without waiting: a second run is refused at once, naming
    the folder, rather than queued behind the first or racing it.
    """

    def __init__(self) -> None:
        self._fds: list[int] = []

    def acquire(self, folders: Iterable[Path]) -> None:
        for folder in sorted({Path(os.path.realpath(f)) for f in folders}):
            try:
                fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
            except OSError:
                continue  # a folder that cannot be opened cannot be written either; the write says why
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                self.release()
                raise InputError(
                    f"{folder}: another normalize run is rewriting files here; try again when it has finished"
                ) from None
            self._fds.append(fd)

    def release(self) -> None:
        for fd in self._fds:
            with contextlib.suppress(OSError):
                os.close(fd)
        self._fds.clear()


#: The lock of this process's run: one per process, kept until it exits (the CLI runs once per process).
RUN_LOCK = RunLock()


def lock_for_rewriting(paths: Iterable[Path]) -> None:
    """Lock the folders holding ``paths`` (files about to be rewritten in place) for this run."""
    RUN_LOCK.acquire(Path(path).resolve().parent for path in paths)
