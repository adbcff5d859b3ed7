"""Bundled packs kept built between runs: their rule objects, pickled, keyed by every source they come from.

Reading a bundled pack from its cached JSON still means generating the gazetteer's
rules, building and validating 3,452 rule objects and hashing them for the checks
(``normalize.checked``): most of ``Normalizer()`` with the default packs.  Built
once, the rules of a pack unpickle in a tenth of that.

A built pack depends on the pack file, on every file it generates rules from (the
gazetteer's tables, the calque words, ``rules/language``), on the code that reads and
builds it, on the libraries that parse it, and on the data packages the gazetteer generates
rules from (``dbcache.GENERATING_PACKAGES``).  So the key is a hash of the whole
folder of bundled packs, of every module of the package and of those libraries'
versions: any change to any of them builds afresh.  Only bundled packs are kept this
way: a user's pack may read files anywhere beside it, which no key here could name.

Like every file of the cache (``normalize.dbcache``), a stored pack only ever saves
time: a missing, truncated or corrupt one, or one that names a class this code does
not have, is built again.  The unpickler makes only this package's data classes (and
``regex``'s flag enum), so a file dropped into the cache cannot run code by loading.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import gc
import io
import os
import pickle
import sys
from collections.abc import Iterator
from contextvars import ContextVar
from pathlib import Path
from typing import Any

import regex
import yaml

from .dbcache import cache_folder, digest, installed_versions, read_cached, write_cached

_KIND = "built"
_SUFFIX = ".pickle"
#: Raised to a new value when the stored form changes in a way no source file shows.
_FORMAT = b"1"
#: Classes from outside this package that a built rule holds (a flag rule's regex flags).
_FOREIGN = frozenset({("regex._regex_core", "RegexFlag")})
#: The code a built pack comes from: every module of this package.
_PACKAGE = Path(__file__).resolve().parent


def _stats(root: str, suffix: str, label: str) -> list[tuple[str, str, int, int]]:
    """Each file under ``root`` whose name ends in ``suffix``: its name below the root (under ``label``),
    its path, modification time and size; caches of compiled code left out."""
    found: list[tuple[str, str, int, int]] = []
    pending = [root]
    while pending:
        with os.scandir(pending.pop()) as entries:
            for entry in entries:
                if entry.is_dir() and entry.name != "__pycache__":
                    pending.append(entry.path)
                elif entry.name.endswith(suffix) and entry.is_file():
                    info = entry.stat()
                    name = label + entry.path[len(root) :].replace(os.sep, "/")
                    found.append((name, entry.path, info.st_mtime_ns, info.st_size))
    return found


def _signature(rules_folder: Path, package: Path) -> tuple[tuple[str, str, int, int], ...]:
    """What says, within one process, that no file changed: each one's name, path, modification time and size.

    The name is the path below its root, under the root's label: the key then does not
    depend on where the checkout is, and a file moved or renamed is a change.
    """
    return tuple(sorted(_stats(str(rules_folder), "", "rules") + _stats(str(package), ".py", "code")))


@functools.lru_cache(maxsize=4)
def _content_key(signature: tuple[tuple[str, str, int, int], ...]) -> str:
    """The hash of the files' names and bytes."""
    parts: list[bytes] = []
    for name, path, _, _ in signature:
        parts.append(name.encode("utf-8", "surrogatepass"))
        parts.append(Path(path).read_bytes())
    return digest(*parts)


def sources_key(rules_folder: Path, package: Path = _PACKAGE) -> str | None:
    """The key of everything a bundled pack is built from, or None when some file cannot be read.

    Hashed by content, so that a checkout elsewhere with the same files shares the stored packs;
    the hash is kept in the process while no file's time or size changes, so it is computed once.
    """
    settled = _settled.get()
    if settled is not None and (rules_folder, package) in settled:
        return settled[rules_folder, package]
    try:
        content: str | None = _content_key(_signature(rules_folder, package))
    except OSError:
        content = None
    versions = f"{sys.version} {regex.__version__} {yaml.__version__} {pickle.HIGHEST_PROTOCOL}"
    key = None if content is None else digest(_FORMAT, versions.encode(), installed_versions(), content.encode())
    if settled is not None:
        settled[rules_folder, package] = key
    return key


#: The keys worked out while the sources are taken as settled (``sources_settled``), else None.
_settled: ContextVar[dict[tuple[Path, Path], str | None] | None] = ContextVar("settled", default=None)


@contextlib.contextmanager
def sources_settled() -> Iterator[None]:
    """Look at the sources once for all the packs loaded together, not once per pack.

    Each look lists and stats every bundled file and module; a normalizer loads its packs
    at one moment, and a file changed during that moment would give a mixed set anyway.
    """
    token = _settled.set({})
    try:
        yield
    finally:
        _settled.reset(token)


def pack_name(sources: str, path: Path, rules_folder: Path) -> str:
    """The file a built pack is stored under: the sources' key and the pack's path among the bundled ones."""
    where = path.relative_to(rules_folder).as_posix()
    return digest(sources.encode(), where.encode("utf-8", "surrogatepass")) + _SUFFIX


class _PackageUnpickler(pickle.Unpickler):
    """Makes only this package's data classes (and ``_FOREIGN``): a stored file is data, never code to run.

    A name is looked up only as a class defined in its own module: "os.system" reached
    through a module's imports, or any function, is refused.
    """

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in _FOREIGN:
            return super().find_class(module, name)
        if module.split(".")[0] == __package__ and "." not in name:
            found = super().find_class(module, name)
            if isinstance(found, type) and dataclasses.is_dataclass(found) and found.__module__ == module:
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not a built rule's class")


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while a build allocates what it keeps.

    Everything made is kept, so the collector would free nothing; yet each of its runs
    walks every object made so far, tens of thousands of rules, strings and tuples.
    Afterwards the objects go straight to the oldest generation (frozen and thawed at
    once), where the first young collection would have walked them all to put them;
    not when the program froze objects of its own, which thawing would release.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            if gc.get_freeze_count() == 0:
                gc.freeze()
                gc.unfreeze()
            gc.enable()


def load(name: str) -> Any:
    """The object stored under ``name``, or None (none stored, unreadable, or not this package's)."""
    stored = read_cached(_KIND, name)
    if stored is None:
        return None
    try:
        with collector_paused():
            return _PackageUnpickler(io.BytesIO(stored)).load()
    except Exception:  # a truncated or corrupt file, or a class renamed since: built again, as if absent
        return None


def store(name: str, value: Any) -> None:
    """Keep ``value`` under ``name`` (atomically, with the cache's eviction); what cannot be pickled is not kept."""
    try:
        data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, TypeError, AttributeError, RecursionError):
        return
    write_cached(_KIND, name, data)


def in_use() -> bool:
    """Whether there is a cache to read (``NORMALIZE_NO_CACHE`` turns it off): if not, no key is worth hashing."""
    return cache_folder(_KIND) is not None
