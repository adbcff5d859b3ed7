"""A name spelt two ways in one document is flagged for review, never changed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from normalize import Normalizer
from normalize.html_report import extract_data
from normalize.selftest import run_examples

from .cli.test_fix import run
from .conftest import CLEAN, INPUTS

ARTICLE = (
    "Al-Fayyadh: the PMF will remain under the state\n\n"
    "Falih al-Fayyadh said the forces will remain part of the state. Al-Fayadh added that they have no "
    "political project, and Mohammed al-Baldawi said al-Fayyadh's view was shared by Riyadh al-Masoudi."
)


def _flagged(normalizer: Normalizer, text: str) -> list[tuple[str, str]]:
    result = normalizer.normalize(text)
    return [(text[f.start : f.end], f.detail["usual"]) for f in result.flags if f.rule == "name-spellings"]


def test_the_rarer_spelling_is_flagged_with_the_usual_one_and_nothing_changes(normalizer: Normalizer) -> None:
    result = normalizer.normalize(ARTICLE)
    assert result.edits == []
    flags = [f for f in result.flags if f.rule == "name-spellings"]
    start = ARTICLE.index("Al-Fayadh")
    assert [(f.start, f.end, f.category, f.detail) for f in flags] == [
        (start, start + len("Al-Fayadh"), "transliteration", {"usual": "al-Fayyadh", "variant": "Al-Fayadh"})
    ]
    assert (
        flags[0].message
        == "'Al-Fayadh' is spelt 'al-Fayyadh' elsewhere in this document (3×): one name spelt two ways?"
    )


def test_two_names_a_letter_apart_are_two_names(normalizer: Normalizer) -> None:
    """Different consonants, a different first letter, or one name with an ending: not one name spelt twice."""
    text = "Ahmed al-Asadi met Haider al-Abadi. Muqtada al-Sadr, al-Badr and al-Sadri. Al-Saadi and al-Asadi."
    assert _flagged(normalizer, text) == []


def test_spellings_are_counted_in_each_document_alone(normalizer: Normalizer) -> None:
    """Batched documents are joined into one text; a name in one is not compared with another's."""
    first = "Falih al-Fayyadh spoke. Al-Fayyadh left."
    second = "Falih al-Fayadh arrived in Erbil on Monday."
    results = list(normalizer.normalize_many([first, second, first + " Then al-Fayadh returned."]))
    assert [[(r.source[f.start : f.end]) for f in r.flags] for r in results] == [[], [], ["al-Fayadh"]]


def test_a_glossary_spelling_is_repaired_not_flagged(normalizer: Normalizer) -> None:
    text = "Mustafa al-Kadhimi met the envoy. Al-Kazimi said the talks went well."
    result = normalizer.normalize(text)
    assert [e.rule for e in result.edits] == ["kadhimi"]
    assert result.flags == []


def test_in_the_bundled_corpora_only_the_one_name_spelt_two_ways_is_flagged(normalizer: Normalizer) -> None:
    flagged = {path.name: _flagged(normalizer, path.read_text(encoding="utf-8")) for path in INPUTS + CLEAN}
    assert {name: found for name, found in flagged.items() if found} == {
        "013_fayyadh_budget.txt": [("Al-Fayadh", "al-Fayyadh")]
    }


def test_reports_list_the_flags_by_category(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert run(str(article), "--check", "--report", str(tmp_path / "report.json")).exit_code == 0
    entry = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))["files"][0]
    assert [(f["line"], f["rule"], f["detail"]["variant"]) for f in entry["flags"]] == [
        (3, "name-spellings", "Al-Fayadh")
    ]
    assert entry["untranslated"] == []
    assert run(str(article), "--check", "--report", str(tmp_path / "report.html")).exit_code == 0
    # The page carries the same flags; tests/test_review_page.py checks how it draws them.
    page_data = extract_data((tmp_path / "report.html").read_text(encoding="utf-8"))
    assert page_data["files"][0]["flags"] == entry["flags"]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_check_lists_a_file_with_flags_but_exits_0_when_nothing_would_change(tmp_path: Path, jobs: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "flagged.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "clean.txt").write_text("The talks resumed in Baghdad on Monday.\n", encoding="utf-8")
    result = run(str(folder), "--check", "--jobs", jobs)
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [f"{folder / 'flagged.txt'}: 1 flagged for review (name-spellings ×1)"]


@pytest.mark.parametrize("streamed", [False, True])
def test_check_lists_flags_of_streamed_files_and_jsonl_records_too(tmp_path: Path, streamed: bool) -> None:
    """JSONL (always streamed without a report) and big files give the same --check line as a small file."""
    records = tmp_path / "docs.jsonl"
    lines = [{"id": 1, "text": "The talks resumed in Baghdad on Monday."}, {"id": 2, "text": ARTICLE}]
    records.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines), encoding="utf-8")
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE + "\nThe talks resumed in Baghdad on Monday.\n" * 30, encoding="utf-8")
    extra = ["--stream-bytes", "1024"] if streamed else []  # 1.4 kB: in pieces of 1 kB, the names in the first
    # a line per record, as with a report (the whole file in memory) or from standard input
    line = f"{records}:2: 1 flagged for review (name-spellings ×1)\n"
    assert run(str(records), "--jsonl", "--check").stdout == line
    assert run(str(records), "--jsonl", "--check", "--report", str(tmp_path / "r.json")).stdout == line
    assert run("-", "--jsonl", "--check", stdin=records.read_text(encoding="utf-8")).stdout == line.replace(
        str(records), "<stdin>"
    )
    checked = run(str(article), "--check", *extra)
    assert (checked.exit_code, checked.stdout) == (0, f"{article}: 1 flagged for review (name-spellings ×1)\n")


def test_a_pack_can_compare_names_of_two_words(tmp_path: Path) -> None:
    """Each word must start with the same letter: "South Korea" and "North Korea" are two places."""
    pack = tmp_path / "people.yaml"
    pack.write_text(
        "rules:\n"
        "  - id: people\n    kind: spelling\n    category: transliteration\n    message: m\n"
        "    pattern: '\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+'\n"
        "    examples: [{in: 'Hassan Nasrallah spoke. Hassan Nasrallah left. Hasan Nasrallah returned.',"
        " flags: [Hasan Nasrallah]}]\n"
        "    keep: ['North Korea and South Korea met; Hassan Nasrallah and Hussein Nasrallah too.']\n",
        encoding="utf-8",
    )
    normalizer = Normalizer(packs=[pack])
    text = "North Korea and South Korea met; Hassan Nasrallah and Hussein Nasrallah too. Hasan Nasrallah stayed."
    assert [(text[f.start : f.end], f.detail["usual"]) for f in normalizer.normalize(text).flags] == [
        ("Hasan Nasrallah", "Hassan Nasrallah")
    ]
    failures, total = run_examples([pack])
    assert failures == [] and total == 2
