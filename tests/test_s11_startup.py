"""Bundled packs kept built between runs (``normalize.built``): the same rules and edits as a fresh build,
rebuilt when any source changes, and built afresh from a stored file that is damaged or foreign."""

from __future__ import annotations

import pickle
import shutil
from collections import OrderedDict
from collections.abc import Iterator
from pathlib import Path

import pytest

from normalize import Normalizer, built, packs
from normalize.lexicon import rules_directory
from normalize.packs import DEFAULT_PACKS, forget_loaded_packs, load_pack, load_packs

from .conftest import SEED

_SOURCE = SEED.read_text(encoding="utf-8")


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A cache folder of the test's own; the packs parsed in this process are forgotten before and after."""
    monkeypatch.setenv("NORMALIZE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("NORMALIZE_NO_CACHE", raising=False)
    forget_loaded_packs()
    yield tmp_path / "cache" / "built"
    forget_loaded_packs()


@pytest.fixture
def bundled_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the bundled packs' folder, standing in for it, so that a test may edit a pack."""
    folder = tmp_path / "rules"
    shutil.copytree(rules_directory(), folder)
    monkeypatch.setattr(packs, "rules_directory", lambda: folder)
    return folder


def _built_not_read(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Record each pack file that is read and built rather than loaded built."""
    read: list[Path] = []
    real = packs._read_pack

    def reading(path: Path, shown: str) -> packs.Pack:
        read.append(path)
        return real(path, shown)

    monkeypatch.setattr(packs, "_read_pack", reading)
    return read


def _edits(normalizer: Normalizer) -> list[tuple[int, int, str, str]]:
    return [(e.start, e.end, e.replacement, e.rule) for e in normalizer.normalize(_SOURCE).edits]


def test_default_packs_loaded_built_have_the_same_rules_and_make_the_same_edits(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NORMALIZE_NO_CACHE", "1")
    fresh = load_packs(None)
    expected = _edits(Normalizer())
    monkeypatch.delenv("NORMALIZE_NO_CACHE")
    assert not cache.exists()  # with the cache off, nothing is stored
    forget_loaded_packs()
    first = load_packs(None)
    assert len(list(cache.glob("*.pickle"))) == len(DEFAULT_PACKS)
    forget_loaded_packs()
    read = _built_not_read(monkeypatch)
    second = load_packs(None)
    assert read == []  # every pack came built from the cache
    assert first == fresh and second == fresh
    assert all(pack.bundled for pack in second)
    assert sum(len(pack.rules) for pack in second) == sum(len(pack.rules) for pack in fresh)
    assert _edits(Normalizer()) == expected
    assert expected  # the seed article has plenty to repair


_CORE_MESSAGE = "message: "


def test_an_edited_bundled_pack_is_built_again_and_its_change_takes_effect(
    cache: Path, bundled_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = load_pack("core")
    forget_loaded_packs()
    read = _built_not_read(monkeypatch)
    assert load_pack("core") == before and read == []
    rule = before.rules[0]
    path = bundled_copy / "core.yaml"
    text = path.read_text(encoding="utf-8")
    assert f"message: {rule.message}" in text or f'message: "{rule.message}"' in text
    path.write_text(text.replace(rule.message, "an edited message", 1), encoding="utf-8")
    forget_loaded_packs()
    after = load_pack("core")
    assert read == [path.resolve()]
    assert after.rules[0].message == "an edited message"


def test_a_changed_file_the_packs_are_generated_from_changes_the_key(cache: Path, bundled_copy: Path) -> None:
    """Not only the pack files: a table the gazetteer generates rules from, a language file, the code."""
    key = built.sources_key(bundled_copy)
    assert key is not None and built.sources_key(bundled_copy) == key
    language = bundled_copy / "language" / "english.yaml"
    language.write_text(language.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    edited = built.sources_key(bundled_copy)
    assert edited not in (None, key)
    (bundled_copy / "extra.txt").write_text("a new file\n", encoding="utf-8")
    assert built.sources_key(bundled_copy) not in (None, key, edited)


def test_changed_code_changes_the_key(tmp_path: Path) -> None:
    code = tmp_path / "code"
    code.mkdir()
    module = code / "kind.py"
    module.write_text("x = 1\n", encoding="utf-8")
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "pack.yaml").write_text("rules: []\n", encoding="utf-8")
    key = built.sources_key(folder, code)
    module.write_text("x = 2\n", encoding="utf-8")
    assert built.sources_key(folder, code) not in (None, key)


def test_the_key_does_not_depend_on_where_the_checkout_is(tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    shutil.copytree(rules_directory() / "language", one)
    shutil.copytree(rules_directory() / "language", two)
    assert built.sources_key(one) == built.sources_key(two) is not None


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # truncated
        lambda data: b"",  # empty
        lambda data: b"not a pickle at all",  # corrupt
        lambda data: pickle.dumps(OrderedDict(a=1)),  # a class from outside the package: refused, not built
        lambda data: pickle.dumps(built.load),  # a function of the package: refused too
        lambda data: b"cnormalize.built\nos.system\n(S'exit 3'\ntR.",  # a module's import reached through it
        lambda data: pickle.dumps({"a": "plain data, not a pack"}),  # some other object
    ],
)
def test_a_damaged_or_foreign_stored_pack_is_built_again_without_a_traceback(
    cache: Path, monkeypatch: pytest.MonkeyPatch, damage: object
) -> None:
    expected = load_pack("core")
    (stored,) = cache.glob("*.pickle")
    stored.write_bytes(damage(stored.read_bytes()))  # type: ignore[operator]
    forget_loaded_packs()
    read = _built_not_read(monkeypatch)
    assert load_pack("core") == expected
    assert len(read) == 1  # built again ...
    forget_loaded_packs()
    assert load_pack("core") == expected
    assert len(read) == 1  # ... and stored again, whole


def test_a_users_pack_is_not_kept_built(cache: Path, tmp_path: Path) -> None:
    """A user's pack may read files anywhere beside it, which the key could not name."""
    path = tmp_path / "mine.yaml"
    path.write_text((rules_directory() / "core.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    pack = load_pack(path)
    assert pack.rules and not pack.bundled
    assert not cache.exists() or not list(cache.iterdir())


def test_an_unwritable_cache_folder_still_builds(cache: Path) -> None:
    cache.parent.mkdir(parents=True)
    cache.write_text("a file where the folder should be", encoding="utf-8")
    assert load_pack("core").rules


def test_packs_loaded_together_look_at_the_sources_once(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    looks: list[Path] = []
    real = built._signature

    def counted(rules_folder: Path, package: Path) -> tuple[tuple[str, str, int, int], ...]:
        looks.append(rules_folder)
        return real(rules_folder, package)

    monkeypatch.setattr(built, "_signature", counted)
    load_packs(None)
    assert len(looks) == 1
    forget_loaded_packs()
    load_pack("core")
    load_pack("senses")
    assert len(looks) == 3  # alone, each load looks again: a pack file may have changed in between


def test_the_collector_is_left_as_it_was(cache: Path) -> None:
    """A program that turned the collector off, or froze objects of its own, finds it so after a build."""
    import gc

    assert gc.isenabled()
    with built.collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        load_pack("core")
        assert not gc.isenabled()
    finally:
        gc.enable()
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        forget_loaded_packs()
        load_pack("core")
        # still frozen (objects of the program may be freed meanwhile), and nothing of the build frozen in
        assert 0 < gc.get_freeze_count() <= frozen and gc.isenabled()
    finally:
        gc.unfreeze()
