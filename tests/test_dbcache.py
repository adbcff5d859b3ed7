"""Compiled Hyperscan databases kept on disk only save time: same edits, and any trouble means compiling."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from normalize import Normalizer, dbcache
from normalize.packs import DEFAULT_PACKS
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
    from normalize import protect

    first = Normalizer()
    protect._needs_screen.cache_clear()  # built at the first text, and kept in the process after
    expected = _edits(first)
    stored = sorted(p.name for p in cache.iterdir())
    assert len(stored) == 6  # the screen's three parts, context phrases, glossary terms, protected spans' needs
    assert all(name.endswith(".hsdb") for name in stored)
    monkeypatch.setattr(dbcache, "hyperscan", _NoCompiling())
    protect._needs_screen.cache_clear()
    second = Normalizer()
    assert _edits(second) == expected
    assert expected  # the seed article has plenty to repair
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
        " variants: [Salam Squadrons]}\n",
        encoding="utf-8",
    )
    fixed = Normalizer(packs=[*DEFAULT_PACKS, pack]).normalize("Salam Squadrons deployed.").text
    assert fixed == "Saraya al-Salam deployed."
    assert len(list(cache.iterdir())) == 6  # the same screen (three parts) and phrases; new glossary terms
    monkeypatch.setattr(dbcache, "KEEP_FILES", 2)
    Normalizer(packs=["core"])
    assert len(list(cache.iterdir())) == 2


def test_many_small_files_do_not_push_out_a_large_one_under_the_byte_limit(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``rules test`` builds one small database per rule; the default packs' large ones must survive it."""
    monkeypatch.setattr(dbcache, "KEEP_FILES", 1000)
    monkeypatch.setattr(dbcache, "KEEP_BYTES", 10_000)
    dbcache.write_cached("hyperscan", "large.hsdb", b"x" * 6_000)
    for k in range(40):
        dbcache.write_cached("hyperscan", f"small{k}.hsdb", b"y" * 10)
    assert (cache / "large.hsdb").read_bytes() == b"x" * 6_000
    assert len(list(cache.iterdir())) == 41
    dbcache.write_cached("hyperscan", "second.hsdb", b"z" * 6_000)  # the two large ones no longer fit
    assert not (cache / "large.hsdb").exists()
    assert sorted(p.name for p in cache.iterdir()) == sorted(["second.hsdb", *(f"small{k}.hsdb" for k in range(40))])


def test_the_newest_file_is_kept_whatever_its_size(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dbcache, "KEEP_BYTES", 100)
    dbcache.write_cached("hyperscan", "old.hsdb", b"o" * 50)
    dbcache.write_cached("hyperscan", "huge.hsdb", b"h" * 1_000)
    assert [p.name for p in cache.iterdir()] == ["huge.hsdb"]


# --- parsed packs: JSON of the YAML's data, keyed by the file's bytes ---------------------------------

_GLOSSARY = (
    "pack: people\n"
    "description: kept as JSON\n"
    "rules:\n"
    "  - {id: fayyadh, kind: term, category: transliteration, message: m,\n"
    "     canonical: al-Fayyadh, variants: [al-Fayad]}\n"
)


def _fresh_pack(path: Path) -> Any:
    from normalize import packs

    packs.forget_loaded_packs()  # the in-process cache would answer without the disk
    return packs.load_pack(path)


def test_a_pack_parsed_once_is_read_from_json_after(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from normalize import packs

    pack = tmp_path / "people.yaml"
    pack.write_text(_GLOSSARY, encoding="utf-8")
    first = _fresh_pack(pack)
    stored = list((cache.parent / "packs").iterdir())
    assert [p.suffix for p in stored] == [".json"]

    def no_yaml(*_: Any, **__: Any) -> None:
        raise AssertionError("parsed the YAML again")

    load = packs.yaml.load
    monkeypatch.setattr(packs.yaml, "load", no_yaml)
    assert _fresh_pack(pack) == first
    assert Normalizer(packs=[pack]).normalize("al-Fayad spoke.").text == "al-Fayyadh spoke."
    monkeypatch.setattr(packs.yaml, "load", load)
    pack.write_text(_GLOSSARY.replace("al-Fayad]", "al-Fayad, al-Fayadh]"), encoding="utf-8")
    assert _fresh_pack(pack).rules[0].variants == ("al-Fayad", "al-Fayadh")  # new bytes, new key
    assert len(list((cache.parent / "packs").iterdir())) == 2


def test_a_corrupt_json_file_is_parsed_again_and_yaml_that_json_cannot_hold_is_not_stored(
    cache: Path, tmp_path: Path
) -> None:
    pack = tmp_path / "people.yaml"
    pack.write_text(_GLOSSARY, encoding="utf-8")
    first = _fresh_pack(pack)
    for stored in (cache.parent / "packs").iterdir():
        stored.write_text("{not json", encoding="utf-8")
    assert _fresh_pack(pack) == first
    dated = tmp_path / "dated.yaml"
    dated.write_text(_GLOSSARY.replace("description: kept as JSON", "description: 2026-11-26"), encoding="utf-8")
    assert _fresh_pack(dated).description == "2026-11-26"
    assert len(list((cache.parent / "packs").iterdir())) == 1  # only the first pack's file
