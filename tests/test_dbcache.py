"""Compiled Hyperscan databases kept on disk only save time: same edits, and any trouble means compiling."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from normalize import Normalizer, dbcache
from normalize.screen import available

from .conftest import SEED

_HYPERSCAN = dbcache.hyperscan

pytestmark = pytest.mark.skipif(not available(), reason="Hyperscan has no wheel for this platform")

_SOURCE = SEED.read_text(encoding="utf-8")


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("NORMALIZE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("NORMALIZE_NO_CACHE", raising=False)
    return tmp_path / "cache" / "hyperscan"


class _NoCompiling:
    """Hyperscan as the cache sees it, except that compiling is an error."""

    class Database:
        def compile(self, **_: Any) -> None:
            raise AssertionError("compiled instead of loading from the cache")

    def __getattr__(self, name: str) -> Any:
        return getattr(_HYPERSCAN, name)


def _edits(normalizer: Normalizer) -> list[tuple[int, int, str, str]]:
    return [(e.start, e.end, e.replacement, e.rule) for e in normalizer.normalize(_SOURCE).edits]


def test_the_second_normalizer_loads_every_database_and_makes_the_same_edits(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = Normalizer()
    stored = sorted(p.name for p in cache.iterdir())
    assert len(stored) == 3  # the screen, the context phrases and the glossary terms
    assert all(name.endswith(".hsdb") for name in stored)
    monkeypatch.setattr(dbcache, "hyperscan", _NoCompiling())
    second = Normalizer()
    assert _edits(second) == _edits(first)
    assert _edits(second)  # the seed article has plenty to repair
    assert sorted(p.name for p in cache.iterdir()) == stored


def test_corrupt_files_are_compiled_again_and_replaced(cache: Path) -> None:
    expected = _edits(Normalizer())
    for path in cache.iterdir():
        path.write_bytes(b"not a database")
    assert _edits(Normalizer()) == expected
    assert all(path.stat().st_size > 1000 for path in cache.iterdir())


def test_a_cache_folder_that_cannot_be_made_is_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("in the way")
    monkeypatch.setenv("NORMALIZE_CACHE_DIR", str(blocker / "cache"))
    monkeypatch.delenv("NORMALIZE_NO_CACHE", raising=False)
    assert _edits(Normalizer()) == _edits(Normalizer(screen=False))


def test_the_cache_can_be_turned_off(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NORMALIZE_NO_CACHE", "1")
    assert dbcache.cache_folder() is None
    Normalizer()
    assert not cache.exists()


def test_other_rules_get_other_files_and_only_the_newest_are_kept(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Normalizer()
    pack = tmp_path / "extra.yaml"
    pack.write_text(
        "rules:\n  - {id: extra, kind: term, category: terminology, message: m, canonical: Saraya al-Salam,"
        " variants: [Salam Companies]}\n",
        encoding="utf-8",
    )
    fixed = Normalizer(packs=["core", "mideast", pack]).normalize("Salam Companies deployed.").text
    assert fixed == "Saraya al-Salam deployed."
    assert len(list(cache.iterdir())) == 4  # the same screen and phrases; new glossary terms
    monkeypatch.setattr(dbcache, "KEEP", 2)
    Normalizer(packs=["core"])
    assert len(list(cache.iterdir())) == 2
