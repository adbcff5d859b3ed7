"""Which packs passed their rules' costly checks, remembered between runs.

Checking a pattern rule means compiling its regex, trying its replacement on it and
its screen on its examples; for the default packs that was most of ``Normalizer()``.
The outcome depends only on the rules' data and on the code that checks them, so a
pack whose rules (as data) passed once with the same code and the same ``regex``
need not be checked again: its regexes are then compiled when a document first
needs them (``kinds.base.Deferred``).  A pack that fails is never remembered, so
its error is raised on every load.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import regex

from .dbcache import digest, read_cached, write_cached

_KIND = "checked"
#: The modules whose code decides whether a rule passes (every kind's ``build`` and ``check``).
_CHECKING_CODE = ("kinds/*.py", "templates.py", "rules.py", "screen.py")


@functools.cache
def _code_key() -> bytes:
    here = Path(__file__).parent
    sources = sorted(path for pattern in _CHECKING_CODE for path in here.glob(pattern))
    return digest(regex.__version__.encode(), *(path.read_bytes() for path in sources)).encode()


def checks_key(rules: Sequence[Any]) -> str | None:
    """The name a pack's passed checks are stored under, or None for data JSON cannot spell
    (or when the checking code cannot be read: then the checks simply run)."""
    try:
        spelt = json.dumps(rules, sort_keys=True, ensure_ascii=False)
        code = _code_key()
    except (TypeError, ValueError, OSError):
        return None
    return digest(code, spelt.encode("utf-8"))


def passed_before(key: str | None) -> bool:
    return key is not None and read_cached(_KIND, key) is not None


def remember_passed(key: str | None) -> None:
    if key is not None:
        write_cached(_KIND, key, b"passed")
