"""Compiled Hyperscan databases, kept on disk between runs.

Compiling the default packs' screen and phrase databases is half of ``Normalizer()``
(about 0.2 s), and every run of the command line pays it again for the same rules.
Hyperscan can serialize a compiled database; loading one takes a fraction of a
millisecond.  So each database is stored under a key that is a hash of everything
its compilation depends on (the expressions, their ids and flags, the mode, the
Hyperscan version and the machine), and a later run with the same rules loads it.

The cache only ever saves time.  A missing, unreadable, corrupt or foreign file
(another CPU, another Hyperscan) is compiled afresh; a cache folder that cannot be
written is simply not written.  Files are written to a temporary name and renamed,
so a reader never sees half a file (``textio.atomic_writer``, as for the command
line's output), and only the newest ``KEEP`` are kept.

Where: ``$NORMALIZE_CACHE_DIR`` if set, else the user cache folder that
platformdirs gives (``~/.cache/normalize`` on Linux).  ``NORMALIZE_NO_CACHE=1``
turns it off.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import platform
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import platformdirs

from .errors import InputError
from .textio import atomic_writer

try:
    import hyperscan
except ImportError:  # pragma: no cover - exercised only where Hyperscan has no wheel
    hyperscan = None  # type: ignore[assignment]

#: How many databases are kept; a run with the default packs writes three.
KEEP = 32
_SUFFIX = ".hsdb"


def cache_folder() -> Path | None:
    """Where databases are kept, or None when the cache is turned off."""
    if os.environ.get("NORMALIZE_NO_CACHE", "") not in ("", "0"):
        return None
    chosen = os.environ.get("NORMALIZE_CACHE_DIR")
    base = Path(chosen) if chosen else Path(platformdirs.user_cache_dir("normalize"))
    return base / "hyperscan"


def compile_database(
    expressions: Sequence[bytes], ids: Sequence[int], flags: Sequence[int] | int, literal: bool = False
) -> Any:
    """A block-mode database of ``expressions``, loaded from the cache or compiled (and then stored).

    Raises ``hyperscan.error`` as ``Database.compile`` does when an expression does
    not compile; nothing is stored then.
    """
    folder = cache_folder()
    key = _key(expressions, ids, flags, literal)
    if folder is not None:
        database = _load(folder / (key + _SUFFIX))
        if database is not None:
            return database
    database = hyperscan.Database()
    database.compile(
        expressions=list(expressions), ids=list(ids), elements=len(expressions), flags=flags, literal=literal
    )
    if folder is not None:
        _store(folder, key, database)
    return database


def _key(expressions: Sequence[bytes], ids: Sequence[int], flags: Sequence[int] | int, literal: bool) -> str:
    """A hash of all a compilation depends on; any change in the rules gives another key."""
    digest = hashlib.sha256()
    version = getattr(hyperscan, "__version__", "")
    digest.update(repr((version, platform.machine(), literal, flags, list(ids), len(expressions))).encode())
    for expression in expressions:
        digest.update(len(expression).to_bytes(4, "little"))
        digest.update(expression)
    return digest.hexdigest()[:40]


def _load(path: Path) -> Any:
    """The database stored at ``path``, or None if there is none that this machine can use."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        database = hyperscan.loadb(data, hyperscan.HS_MODE_BLOCK)
        hyperscan.Scratch(database)  # refuses a database built for another platform
    except Exception:
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # recently used: kept longest
    return database


def _store(folder: Path, key: str, database: Any) -> None:
    """Write the database atomically and keep only the newest ``KEEP``; a folder that cannot be written is left."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with atomic_writer(folder / (key + _SUFFIX), encoding=None) as out:
            out.write(hyperscan.dumpb(database))
        _prune(folder)
    except (OSError, InputError):
        return


def _prune(folder: Path) -> None:
    stored = sorted(folder.glob("*" + _SUFFIX), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in stored[KEEP:]:
        old.unlink(missing_ok=True)
