"""Glossaries kept as spreadsheets: a CSV or TSV file with a header row is a pack of term rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from normalize import Normalizer, RulePackError

TABLE = (
    "\ufeffCanonical,Variants,Category,Drop Article,Requires\n"
    "Popular Mobilization Forces,popular crowd|popular mobilisation,,,\n"
    "\n"
    "# an editor's note, skipped\n"
    "Kata'ib Hezbollah,Hezbollah Brigades|Iraqi Hezbollah Brigades,,yes,\n"
    "negotiations,talks,style,,Baghdad|Erbil\n"
)


def table(tmp_path: Path, body: str, name: str = "glossary.csv") -> Path:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


def test_a_csv_glossary_is_a_pack_of_term_rules(tmp_path: Path) -> None:
    normalizer = Normalizer(packs=[table(tmp_path, TABLE)])
    assert [(r.id, r.kind, r.category, r.pack) for r in normalizer.rules] == [
        ("popular-mobilization-forces", "term", "terminology", "glossary"),
        ("kata-ib-hezbollah", "term", "terminology", "glossary"),
        ("negotiations", "term", "style", "glossary"),
    ]
    result = normalizer.normalize("In Baghdad the popular crowd and the Iraqi Hezbollah Brigades held talks.")
    assert result.text == "In Baghdad the Popular Mobilization Forces and Kata'ib Hezbollah held negotiations."
    assert [(e.original, e.rule) for e in result.edits] == [
        ("popular crowd", "popular-mobilization-forces"),
        ("the Iraqi Hezbollah Brigades", "kata-ib-hezbollah"),
        ("talks", "negotiations"),
    ]
    # "requires" is the rule's context: no Baghdad or Erbil, no change
    assert normalizer.normalize("The talks in Geneva failed.").edits == []


def test_a_tsv_glossary_and_the_bundled_packs_together(tmp_path: Path) -> None:
    path = table(tmp_path, "canonical\tvariants\tid\nAl-Hadath\tal-Hadath TV|Hadath channel\thadath\n", "news.tsv")
    normalizer = Normalizer(packs=["core", path])
    assert normalizer.normalize("He told Hadath channel , then left.").text == "He told Al-Hadath, then left."


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("canonical,varients\nA,B\n", ":1: unknown column 'varients'; did you mean 'variants'?"),
        ("canonical,id\nA,a\n", ":1: no 'variants' column"),
        ("canonical,variants\nA,B\nC,C\n", ":3: rule 'C': variant 'C' is the canonical form itself"),
        (
            "canonical,variants,case_sensitive\nA,B,maybe\n",
            ":2: rule 'A': 'case_sensitive' must be true or false, not 'maybe'",
        ),
        (
            "canonical,variants\nUS Army,U.S. army\nUS army,American army\n",
            ":3: rule 'us-army': duplicate rule id (give the row an id of its own)",
        ),
        ("", ": empty glossary: a header row with 'canonical' and 'variants' is needed"),
    ],
    ids=["typo-column", "no-variants", "variant-is-canonical", "bad-flag", "duplicate-id", "empty"],
)
def test_a_bad_glossary_names_file_and_line(tmp_path: Path, body: str, message: str) -> None:
    path = table(tmp_path, body)
    with pytest.raises(RulePackError) as info:
        Normalizer(packs=[path])
    assert str(info.value) == f"{path}{message}"


def test_a_missing_table_is_reported_as_a_pack_not_found(tmp_path: Path) -> None:
    with pytest.raises(RulePackError, match="rule pack not found"):
        Normalizer(packs=[tmp_path / "nope.csv"])
