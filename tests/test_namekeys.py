"""Keys of romanised names: what MT's spelling choices leave alone, and what tells two names apart."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from normalize.namekeys import KeyTable, KeyTableError, load_key_table, name_key

TABLE_DATA: dict[str, Any] = yaml.safe_load(
    (Path(__file__).resolve().parent.parent / "rules" / "gazetteer" / "name_keys.yaml").read_text(encoding="utf-8")
)


@pytest.fixture(scope="module")
def table() -> KeyTable:
    return load_key_table(TABLE_DATA)


@pytest.mark.parametrize(
    ("found", "canonical", "key"),
    [
        ("Mikaty", "Mikati", "mkt"),
        ("Dabaiba", "Dbeibah", "dbb"),
        ("al-Hothi", "al-Houthi", "hd"),
        ("Madboly", "Madbouly", "mdbl"),
        ("Daqlo", "Dagalo", "dkl"),  # ق written q, g
        ("Qarqash", "Gargash", "krkx"),
        ("Bezishkian", "Pezeshkian", "bdxkn"),  # no p in Arabic
        ("al-Bousaidi", "Albusaidi", "bsd"),  # the article glued on
        ("Al-Kazemi", "al-Kadhimi", "kdm"),  # ظ written z, dh
        ("al-Khasawna", "al-Khasawneh", "ksn"),  # the taa marbuta, w between vowels
    ],
)
def test_spellings_of_one_name_share_a_key(table: KeyTable, found: str, canonical: str, key: str) -> None:
    assert table.key(found) == table.key(canonical) == key


def test_light_forms_tell_names_with_one_skeleton_apart(table: KeyTable) -> None:
    assert table.key("Hussein") == table.key("Hassan") == "hsn"
    assert (table.light("Hussein"), table.light("Hassan")) == ("husin", "hasan")
    assert table.light("Mikaty") == table.light("Mikati") == "mikati"


def test_compound_openings_and_articles_fall_together(table: KeyTable) -> None:
    assert name_key(table, ["Abdul", "Latif", "al-Ziani"]) == name_key(table, ["Abdullatif", "al-Zayani"]) == "abdltfdn"
    assert name_key(table, ["Abd", "al-Latif"]) != ""
    assert table.key("Walid") == "wld"  # w opening a word is a consonant
    assert table.key("Allawi") == "al"  # "Al" before l is no glued article


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"min_similarity": 0}, "'min_similarity' must be a number from 1 to 100"),
        ({"consonants": [["sh"]]}, "'consonants' must list [from, to] pairs of strings, not ['sh']"),
        ({"roles": "president"}, "'roles' must be a list of strings"),
        ({"role_reach": -1}, "'role_reach' must be a whole number"),
    ],
)
def test_a_malformed_table_is_refused_with_its_fault(change: dict[str, Any], message: str) -> None:
    with pytest.raises(KeyTableError) as caught:
        load_key_table({**TABLE_DATA, **change})
    assert str(caught.value) == message


def test_a_table_must_be_a_mapping() -> None:
    with pytest.raises(KeyTableError, match="must be a mapping"):
        load_key_table(["letters"])
