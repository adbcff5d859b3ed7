"""One description of a normalizer: what must be known to build the same one again elsewhere.

A ``Normalizer`` is pickled as this, the CLI's worker processes and Dask's tasks
are sent this, and each rebuilds (and caches) the compiled normalizer from it.
Small, frozen and hashable, so it is cheap to send and a cache key.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .pipeline import Normalizer

#: Seconds one rule's regex may spend on one document before it is skipped there (a ``Problem``).
DEFAULT_TIMEOUT = 2.0


@dataclass(frozen=True)
class NormalizerSettings:
    """The packs (None: the bundled ones), the rule selection, the regex timeout, the screen switch, the house style."""

    packs: tuple[str, ...] | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    timeout: float = DEFAULT_TIMEOUT
    screen: bool = True
    #: The house style on: style-tier variants mapped in every document (``normalize.tiers``).
    style: bool = False

    @classmethod
    def of(
        cls,
        packs: Sequence[str | Path] | None = None,
        select: Iterable[str] | None = None,
        ignore: Iterable[str] | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        screen: bool = True,
        style: bool = False,
    ) -> NormalizerSettings:
        """Settings from ``Normalizer``'s arguments, names sorted so that one selection is one key."""
        return cls(
            packs=None if packs is None else tuple(str(p) for p in packs),
            select=None if select is None else tuple(sorted(select)),
            ignore=tuple(sorted(ignore or ())),
            timeout=timeout,
            screen=screen,
            style=style,
        )

    def build(self) -> Normalizer:
        from .pipeline import Normalizer

        return Normalizer(self.packs, self.select, self.ignore, self.timeout, self.screen, self.style)
