"""Review-tier suggestions end to end: their ids in reports, `normalize apply` with accepted ones, the page."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from normalize.evidence import as_flag
from normalize.html_report import extract_data
from normalize.model import Edit, Flag
from normalize.report import edit_id, suggestion_id

from .test_review_page import Review, browser, context, expect, make_report  # noqa: F401
from .test_safety_apply import decisions_file, edit, entry, error_of, run, write_report

SOURCE = "Iraq's Hezbollah claimed the attack , officials said.\n"
FIXED_BOTH = "Kata'ib Hezbollah claimed the attack, officials said.\n"


def expected_id(path: str, start: int, end: int, original: str, suggestion: str, rule: str) -> str:
    key = "\x1f".join((path, str(start), str(end), original, suggestion, rule))
    return "s-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def review_report(tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    """A JSON report of SOURCE (one edit, one review suggestion) and its one entry."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(SOURCE, encoding="utf-8")
    report = tmp_path / "r.json"
    result = run(str(folder), "--check", "--report", str(report))
    assert result.exit_code == 1, result.output
    return report, json.loads(report.read_text(encoding="utf-8"))["files"][0]


def decisions(item: dict[str, Any], accepted: list[str], rejected: list[str] | None = None) -> dict[str, Any]:
    return {
        "path": item["path"],
        "source_sha256": item["source_sha256"],
        "rejected_ids": rejected or [],
        "accepted_suggestions": accepted,
    }


# --- ids -------------------------------------------------------------------------------------


def test_a_suggestion_flag_has_an_id_of_its_own_in_the_report(tmp_path: Path) -> None:
    _, item = review_report(tmp_path)
    path = item["path"]
    assert [(f["rule"], f["start"], f["end"], f["detail"]) for f in item["flags"]] == [
        ("kataib-hezbollah", 0, 16, {"suggestion": "Kata'ib Hezbollah", "original": "Iraq's Hezbollah"})
    ]
    assert item["flags"][0]["id"] == expected_id(
        path, 0, 16, "Iraq's Hezbollah", "Kata'ib Hezbollah", "kataib-hezbollah"
    )
    [one] = item["edits"]
    assert (one["start"], one["end"], one["original"], one["replacement"]) == (35, 36, " ", "")
    assert one["id"] == edit_id(path, Edit(35, 36, " ", "", one["rule"], "", ""))
    assert not one["id"].startswith("s-")


def test_held_back_repairs_get_ids_and_plain_flags_do_not() -> None:
    held = as_flag(Edit(4, 9, "Hello", "hello", "lower", "case", "m"), "professional English")
    assert suggestion_id("x.txt", held) == expected_id("x.txt", 4, 9, "Hello", "hello", "lower")
    assert suggestion_id("x.txt", Flag(0, 5, "untranslated", "untranslated", "m")) is None
    # Same span and rule in another file: another id.
    assert suggestion_id("y.txt", held) != suggestion_id("x.txt", held)


# --- apply -----------------------------------------------------------------------------------


def test_apply_with_an_accepted_suggestion_writes_it(tmp_path: Path) -> None:
    report, item = review_report(tmp_path)
    ident = item["flags"][0]["id"]
    chosen = decisions_file(tmp_path / "d.json", [decisions(item, [ident])])
    assert run("apply", str(report), "--decisions", str(chosen)).output == FIXED_BOTH
    # The edit rejected, the suggestion accepted.
    chosen = decisions_file(tmp_path / "d2.json", [decisions(item, [ident], [item["edits"][0]["id"]])])
    assert run("apply", str(report), "--decisions", str(chosen)).output == (
        "Kata'ib Hezbollah claimed the attack , officials said.\n"
    )
    # Not accepted: left as it was.
    chosen = decisions_file(tmp_path / "d3.json", [decisions(item, [])])
    assert run("apply", str(report), "--decisions", str(chosen)).output == (
        "Iraq's Hezbollah claimed the attack, officials said.\n"
    )


def hand_report(tmp_path: Path, flag: Flag, edits: list[dict[str, Any]]) -> tuple[Path, str, dict[str, Any]]:
    source = "He met al-Fayadh on Monday.\n"
    ident = suggestion_id("a.txt", flag)
    assert ident is not None
    item = entry("a.txt", source, edits) | {"flags": [{"id": ident, **flag.to_dict()}]}
    return write_report(tmp_path / "r.json", [item]), ident, item


def test_apply_refuses_a_suggestion_that_overlaps_an_applied_edit(tmp_path: Path) -> None:
    flag = Flag(7, 16, "r", "c", "m", {"suggestion": "al-Fayyadh", "original": "al-Fayadh"})
    report, ident, item = hand_report(tmp_path, flag, [edit(7, 16, "al-Fayadh", "al-Fayyad")])
    out = tmp_path / "out"
    chosen = decisions_file(tmp_path / "d.json", [decisions(item, [ident])])
    line = error_of(run("apply", str(report), "--decisions", str(chosen), "--out", str(out)))
    assert (
        line
        == "normalize: error: a.txt: an accepted suggestion overlaps an applied edit at offset 7; reject one of them"
    )
    assert not out.exists()
    # With the edit rejected, the suggestion applies.
    rejected = [edit_id("a.txt", Edit(7, 16, "al-Fayadh", "al-Fayyad", "r", "c", "m"))]
    chosen = decisions_file(tmp_path / "d2.json", [decisions(item, [ident], rejected)])
    assert run("apply", str(report), "--decisions", str(chosen)).output == "He met al-Fayyadh on Monday.\n"


def test_apply_refuses_a_suggestion_whose_original_is_not_the_source(tmp_path: Path) -> None:
    flag = Flag(7, 16, "r", "c", "m", {"suggestion": "al-Fayyadh", "original": "al-Fayyad"})
    report, ident, item = hand_report(tmp_path, flag, [])
    out = tmp_path / "out"
    chosen = decisions_file(tmp_path / "d.json", [decisions(item, [ident])])
    line = error_of(run("apply", str(report), "--decisions", str(chosen), "--out", str(out)))
    assert line == (
        f"normalize: error: a.txt: suggestion {ident} says 'al-Fayyad' at 7-16, but the source differs there; refused"
    )
    assert not out.exists()
    # Not accepted, it stops nothing.
    chosen = decisions_file(tmp_path / "d2.json", [decisions(item, [])])
    assert run("apply", str(report), "--decisions", str(chosen)).output == "He met al-Fayadh on Monday.\n"


def test_apply_refuses_unknown_and_forged_suggestion_ids(tmp_path: Path) -> None:
    flag = Flag(7, 16, "r", "c", "m", {"suggestion": "al-Fayyadh", "original": "al-Fayadh"})
    report, ident, item = hand_report(tmp_path, flag, [edit(22, 22, "", "x")])
    edit_ident = edit_id("a.txt", Edit(22, 22, "", "x", "r", "c", "m"))
    chosen = decisions_file(tmp_path / "d.json", [decisions(item, [edit_ident])])
    assert error_of(run("apply", str(report), "--decisions", str(chosen))) == (
        f"normalize: error: {chosen}: 'a.txt' has no suggestion with id '{edit_ident}' in the report; refused"
    )
    item["flags"][0]["detail"]["suggestion"] = "al-Fayyad"  # the id no longer names this suggestion
    forged = write_report(tmp_path / "forged.json", [item])
    chosen = decisions_file(tmp_path / "d2.json", [decisions(item, [ident])])
    assert error_of(run("apply", str(forged), "--decisions", str(chosen))) == (
        f"normalize: error: a.txt: suggestion {ident}: the id is not this suggestion's own; refused"
    )


# --- the page --------------------------------------------------------------------------------


def test_page_accepts_a_suggestion_and_exports_it(context, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    report, _ = make_report(tmp_path / "in", {"a.txt": SOURCE}, "r.html")
    item = extract_data(report.read_text(encoding="utf-8"))["files"][0]
    ident = item["flags"][0]["id"]
    review = Review(context, report)
    box = review.page.locator(f'input.suggest[data-id="{ident}"]')
    expect(box).not_to_be_checked()
    mark = review.page.locator(".out mark.suggested")
    expect(mark).not_to_have_class("flagged suggested accepted")
    box.check()
    expect(mark).to_have_class("flagged suggested accepted")
    expect(mark.locator(".sug")).to_have_text("Kata'ib Hezbollah")
    expect(review.page.locator("#count-suggestions")).to_have_text("1")
    exported = review.export(tmp_path)
    assert exported["files"] == [decisions(item, [ident])]

    # Kept across a reload; `s` then space flips it back.
    review.page.reload()
    review.page.wait_for_selector("html[data-ready]")
    expect(box).to_be_checked()
    assert review.text("#status") == "restored 0 rejected edits and 1 accepted suggestion from an earlier visit"
    review.page.keyboard.press("s")
    expect(box).to_be_focused()
    review.page.keyboard.press(" ")
    expect(box).not_to_be_checked()
    expect(review.page.locator("#count-suggestions")).to_have_text("0")

    # Importing the exported file brings it back, and apply writes what the page showed.
    saved = tmp_path / "decisions.json"
    saved.write_text(json.dumps(exported), encoding="utf-8")
    review.page.locator("#import").set_input_files(str(saved))
    expect(box).to_be_checked()
    expect(review.page.locator("#status")).to_have_text(
        "imported decisions for 1 file: 0 rejected edits, 1 accepted suggestion"
    )
    assert run("apply", str(report), "--decisions", str(saved)).output == FIXED_BOTH
    assert review.errors == [] and set(review.requests) == {report.as_uri()}  # loaded twice (the reload)
