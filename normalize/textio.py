"""Reading inputs as text without guessing, and writing outputs without ever losing data.

Reading refuses what is not text (NUL bytes, UTF-16 without ``--encoding``, bytes
that are not valid in the chosen encoding) with a one-line reason that names the
byte offset.  Writing goes to a temporary file in the same folder, is flushed and
fsynced, keeps the original's permissions and is renamed over the original, so a
crash or signal leaves either the old file or the new one, never half of either.
"""

from __future__ import annotations

import contextlib
import functools
import os
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from .errors import InputError

_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_UTF32_BOMS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")


def decode_bytes(data: bytes, name: str, encoding: str = "utf-8", errors: str = "strict") -> str:
    """Decode file contents, refusing binary data and naming the first bad byte."""
    is_utf8 = encoding.replace("_", "-").lower() in ("utf-8", "utf8", "utf-8-sig")
    if is_utf8 and data.startswith(_UTF32_BOMS):
        raise InputError(f"{name}: looks like UTF-32 (byte-order mark); pass --encoding utf-32")
    if is_utf8 and data.startswith(_UTF16_BOMS):
        raise InputError(f"{name}: looks like UTF-16 (byte-order mark); pass --encoding utf-16")
    if is_utf8:
        nul = data.find(b"\x00")
        if nul != -1:
            raise InputError(f"{name}: binary file (NUL byte at offset {nul}); not processed")
    try:
        return data.decode(encoding, errors)
    except UnicodeDecodeError as exc:
        where = f"byte 0x{data[exc.start]:02x} at offset {exc.start}"
        raise InputError(f"{name}: not valid {encoding} ({where}); {encoding_hint(data)}") from None
    except LookupError:
        raise InputError(f"unknown encoding '{encoding}'") from None


def encoding_hint(data: bytes) -> str:
    """What to do about bytes that are not valid in the chosen encoding."""
    if _reads_as_arabic_cp1256(data):
        return "pass --encoding cp1256 (it reads as Arabic in Windows-1256)"
    return "pass --encoding or --errors replace"


def _reads_as_arabic_cp1256(data: bytes) -> bool:
    """Do the bytes read as Arabic in Windows-1256, the code page much Arabic news text was saved in?

    Most of the non-ASCII characters must come out as Arabic letters: Latin text in
    Windows-1252 decodes too (the code pages share é, à, ç...), but as Latin letters.
    """
    try:
        text = data[:65536].decode("cp1256", "ignore")
    except LookupError:  # pragma: no cover - cp1256 ships with Python
        return False
    non_ascii = [c for c in text if ord(c) > 127]
    arabic = sum(1 for c in non_ascii if "\u0600" <= c <= "\u06ff")
    return bool(non_ascii) and arabic >= 0.5 * len(non_ascii)


def read_text(path: Path, encoding: str = "utf-8", errors: str = "strict") -> str:
    """Read a file as text, with a one-line error for anything that is not a readable text file."""
    try:
        if path.is_dir():
            raise InputError(f"{path}: is a folder, not a file")
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, not a file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    return decode_bytes(data, str(path), encoding, errors)


def refuse_empty(text: str, name: str) -> str:
    """``text`` itself, or a one-line error when an input holds no text at all.

    An empty input is nearly always a mistake upstream (a failed download, a
    truncated export, the wrong file), and a tool that prints nothing and exits 0
    hides it; white space alone is no more a document than nothing.
    """
    if not text.strip():
        raise empty_input(name, white_space=bool(text))
    return text


def empty_input(name: str, white_space: bool) -> InputError:
    """The error for an input with no text: empty, or white space alone."""
    return InputError(f"{name}: {'only white space' if white_space else 'empty'}; no text to normalize")


def file_has_text(path: Path) -> bool:
    """Does the file hold anything but white space?  Reads only up to the first such byte."""
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(1 << 16):
                if chunk.strip():
                    return True
    except OSError:
        return True  # reading it again will report why, in the caller's own words
    return False


class KeepOriginal(Exception):
    """Raise inside ``atomic_writer`` to drop the new contents and leave the file as it was."""


# Over 60 lines with its docstring, kept whole: every step (create, write, fsync, keep owner, replace)
# shares the temporary file and the handlers that remove it on failure.
@contextlib.contextmanager
def atomic_writer(path: Path, encoding: str | None = "utf-8", copy_mode_of: Path | None = None) -> Iterator[IO[Any]]:
    """A handle (text, or bytes when ``encoding`` is None) on a temporary file beside ``path``
    that replaces it only on success.

    On any exception (a signal included, once the CLI has turned SIGTERM into one)
    the temporary file is removed and ``path`` is untouched.  A symlink keeps
    pointing at its target, which is what gets replaced.  A replaced file keeps its
    permissions, owner and extended attributes (ACLs included): when the owner
    cannot be kept (another user's file in a folder we may write), nothing is
    replaced.  A new file gets what ``open`` would give it under the umask, or
    ``copy_mode_of``'s mode.

    Replacing an existing file is fsynced (data, then the folder) before and after the
    rename, so that a power cut cannot leave it empty.  A file that did not exist
    before (``--out`` into a new folder) is still written by rename, so it is never
    seen half-written, but not fsynced: a crash can only lose new output whose source
    is intact, and one fsync per file would halve ``--jobs`` throughput.  A full disk
    or any other failure while writing is one ``InputError`` naming the file.
    """
    target = Path(os.path.realpath(path))
    before, tmp_name, fd = _temporary_beside(target, path)
    try:
        mode_string = "wb" if encoding is None else "w"
        with os.fdopen(fd, mode_string, encoding=encoding, newline=None if encoding is None else "") as handle:
            yield handle
            handle.flush()
            if before is not None:
                os.fsync(handle.fileno())
        if before is not None:
            keep_owner_and_attributes(target, before, tmp_name, path)
        if copy_mode_of is not None:  # a backup is as private as what it keeps a copy of
            os.chmod(tmp_name, stat.S_IMODE(copy_mode_of.stat().st_mode))
        else:
            os.chmod(tmp_name, stat.S_IMODE(before.st_mode) if before is not None else 0o666 & ~_umask())
        os.replace(tmp_name, target)
    except UnicodeEncodeError as exc:
        _remove_quietly(tmp_name)
        raise unencodable(path, exc) from None
    except OSError as exc:  # a full disk, a quota, an I/O error: one line, and the old file as it was
        _remove_quietly(tmp_name)
        raise InputError(f"{path}: not written ({exc.strerror or exc})") from None
    except BaseException:
        _remove_quietly(tmp_name)
        raise
    if before is not None:
        _fsync_folder(target.parent)


def _temporary_beside(target: Path, shown: Path) -> tuple[os.stat_result | None, str, int]:
    """``target``'s status (None when it does not exist yet), and a new file with a fresh
    name in its folder: that file's name and an open descriptor.

    The name is chosen before the file exists, so a signal at any point (even inside the
    call that creates it) finds a name to clean up.
    """
    tmp_name = ""
    try:
        try:
            before = target.stat() if target.exists() else None
            while True:
                tmp_name = str(target.parent / f".{target.name}.{secrets.token_hex(4)}.tmp")
                try:
                    return before, tmp_name, create_exclusive(tmp_name)
                except FileExistsError:
                    continue
        except BaseException:
            _remove_quietly(tmp_name)
            raise
    except PermissionError:
        raise InputError(f"{shown}: permission denied (cannot write)") from None
    except OSError as exc:
        raise InputError(f"{shown}: cannot write ({exc.strerror})") from None


def keep_owner_and_attributes(target: Path, before: os.stat_result, tmp_name: str, shown: Path) -> None:
    """Give the new file the owner and extended attributes of the one it replaces, or refuse to replace it.

    A rename puts a new inode in place, owned by whoever runs us and without the
    old one's extended attributes (ACLs, user tags): rewriting a shared file would
    otherwise quietly take it over or drop its ACL.  SELinux labels (``security.*``)
    are left to the system, which gives the new file its folder's.
    """
    created = os.stat(tmp_name)
    if (created.st_uid, created.st_gid) != (before.st_uid, before.st_gid):
        try:
            os.chown(tmp_name, before.st_uid, before.st_gid)
        except PermissionError:
            raise InputError(
                f"{shown}: owned by another user (uid {before.st_uid}); "
                "rewriting it would change its owner; not rewritten"
            ) from None
    try:
        names = os.listxattr(target)
    except OSError:  # a file system without extended attributes
        return
    for name in names:
        try:
            os.setxattr(tmp_name, name, os.getxattr(target, name))
        except OSError as exc:
            if name.startswith("security."):
                continue
            raise InputError(
                f"{shown}: cannot keep its extended attribute '{name}' ({exc.strerror}); not rewritten"
            ) from None


def unencodable(path: Path, exc: UnicodeEncodeError) -> InputError:
    """The error for a repaired text the output encoding cannot hold (a legacy code page and a curly quote)."""
    character = exc.object[exc.start]
    return InputError(
        f"{path}: the repaired text has {character!r} (U+{ord(character):04X}), which {exc.encoding} cannot hold; "
        "pass --output-encoding utf-8 (the file was not written)"
    )


@functools.cache
def _umask() -> int:
    """The process's umask, which a new output file's permissions follow, as ``open`` would make them.

    Read from /proc where Linux gives it; elsewhere set and restored at once (``os.umask``
    can only be read by changing it), once per process.
    """
    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def create_exclusive(name: str) -> int:
    """A new file, readable by its owner only until the original's mode is copied over."""
    return os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)


def _remove_quietly(name: str) -> None:
    """Remove a temporary file that may or may not have been created."""
    if name:
        with contextlib.suppress(OSError):
            os.unlink(name)


def write_atomic(path: Path, text: str, encoding: str = "utf-8", backup_suffix: str | None = None) -> None:
    """Replace ``path``'s contents atomically, keeping the original as ``path + backup_suffix`` if asked."""
    try:
        data = text.encode(encoding)  # first: a text the encoding cannot hold leaves no backup behind either
    except UnicodeEncodeError as exc:
        raise unencodable(path, exc) from None
    with replacing(path, None, backup_suffix) as handle:
        handle.write(data)


@contextlib.contextmanager
def replacing(path: Path, encoding: str | None, backup_suffix: str | None = None) -> Iterator[IO[Any]]:
    """``atomic_writer`` on ``path`` that first keeps the original as ``path + backup_suffix``.

    The backup is a second name for the original's inode (a hard link, made before
    the new file is renamed into place), so it is instant and atomic whatever the
    file's size, exact down to owner, mode and attributes, and it never replaces a
    file already there: an existing backup (the user's, or an earlier run's) is
    refused, and the file is not rewritten.  Where the file system has no hard links
    the original is copied to a temporary file first and that is given the backup's
    name, still without replacing anything.  If the new contents are not written
    (an error, an interrupt, ``KeepOriginal``), the backup made here is removed.
    """
    target = Path(os.path.realpath(path))
    backup = make_backup(target, backup_suffix, path) if backup_suffix and target.exists() else None
    try:
        with atomic_writer(target, encoding) as handle:
            yield handle
    except BaseException:
        if backup is not None:
            _remove_quietly(str(backup))
        raise


def make_backup(target: Path, suffix: str, shown: Path) -> Path:
    """``target + suffix`` as a new name of ``target``'s contents; never replaces an existing file."""
    backup = target.with_name(target.name + suffix)
    exists = InputError(
        f"{shown}: backup {backup} already exists; not rewritten (move it away, or pass another --backup)"
    )
    try:
        os.link(target, backup)
    except FileExistsError:
        raise exists from None
    except OSError:
        _copy_without_replacing(target, backup, shown, exists)
    _fsync_folder(target.parent)
    return backup


def _copy_without_replacing(target: Path, backup: Path, shown: Path, exists: InputError) -> None:
    """The backup as a copy, for file systems without hard links: written whole, then named."""
    if backup.exists() or backup.is_symlink():
        raise exists
    tmp = backup.with_name(f".{backup.name}.{secrets.token_hex(4)}.tmp")
    try:
        with atomic_writer(tmp, None, copy_mode_of=target) as raw, target.open("rb") as source:
            while chunk := source.read(1 << 20):
                raw.write(chunk)
        try:
            os.link(tmp, backup)
        except FileExistsError:
            raise exists from None
        except OSError:
            os.rename(tmp, backup)  # no hard links here at all; checked for an existing backup above
    except OSError as exc:
        raise InputError(f"{shown}: cannot write its backup {backup} ({exc.strerror}); not rewritten") from None
    finally:
        _remove_quietly(str(tmp))


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable."""
    with contextlib.suppress(OSError):
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def make_folder(folder: Path) -> None:
    """Create an output folder (and its parents), or say in one line why it cannot be."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"{folder}: cannot create this folder ({exc.strerror})") from None
