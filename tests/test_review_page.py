"""The review page in headless Chromium (Playwright): filters, bulk decisions, keys, storage, import, scale."""

from __future__ import annotations

import json
import re
import shutil
import time
import tracemalloc
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from normalize import Normalizer
from normalize.cli import app, route
from normalize.html_report import extract_data
from normalize.report import Document, entry, summary, write_report

from .conftest import CORPORA

RUNNER = CliRunner()
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def expect(locator):  # type: ignore[no-untyped-def]
    """Playwright's polling assertion (the page's CSP forbids the eval that wait_for_function needs)."""
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(locator)


# a.txt: two spaces before punctuation and a doubled word; b.txt: a literal rendering and a space
# before a full stop; c.txt: nothing to change.
TEXTS = {
    "a.txt": "The minister said , the talks would resume .\n\nThe the militia withdrew from the city.\n",
    "b.txt": "Kataib Hezbollah said the Popular Crowd would stay .\n",
    "c.txt": "Officials met in Baghdad on Monday.\n",
}


def make_report(
    folder: Path, texts: dict[str, str], name: str = "r.html", exit_code: int = 1
) -> tuple[Path, dict[str, Any]]:
    folder.mkdir(parents=True, exist_ok=True)
    for file_name, text in texts.items():
        (folder / file_name).write_text(text, encoding="utf-8")
    report = folder.parent / name
    result = RUNNER.invoke(app, route([str(folder), "--check", "--report", str(report)]))
    assert result.exit_code == exit_code, result.output
    return report, extract_data(report.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    if CHROMIUM is None:
        pytest.skip("needs Debian's chromium (installed by .ci/run)")
    sync_api = pytest.importorskip("playwright.sync_api")
    sync_playwright = sync_api.sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
            ],
        )
        yield chromium
        chromium.close()


@pytest.fixture
def context(browser):  # type: ignore[no-untyped-def]
    ctx = browser.new_context(accept_downloads=True, viewport={"width": 1400, "height": 900})
    yield ctx
    ctx.close()


class Review:
    """One open page, with the errors and requests it made."""

    def __init__(self, context, report: Path) -> None:  # type: ignore[no-untyped-def]
        self.page = context.new_page()
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.goto(report.as_uri())
        self.page.wait_for_selector("html[data-ready]")

    def text(self, selector: str) -> str:
        return str(self.page.locator(selector).inner_text())

    def counts(self) -> dict[str, int]:
        names = ["accepted", "rejected", "shown", "hidden", "hidden-accepted", "hidden-rejected", "flags"]
        return {n: int(self.text(f"#count-{n}")) for n in names}

    def export(self, tmp_path: Path) -> dict[str, Any]:
        with self.page.expect_download() as info:
            self.page.locator("#export").click()
        target = tmp_path / "exported.json"
        info.value.save_as(target)
        return dict(json.loads(target.read_text(encoding="utf-8")))

    def rejected(self, tmp_path: Path) -> dict[str, list[str]]:
        """File name → rejected edit ids, from the exported decisions file."""
        return {Path(f["path"]).name: f["rejected_ids"] for f in self.export(tmp_path)["files"]}

    def shown_rows(self) -> list[int]:
        rows = self.page.locator("table.edits tr[data-g]:not([hidden])")
        return sorted(int(g) for g in rows.evaluate_all("rows => rows.map(r => r.dataset.g)"))

    def open_rules(self) -> None:
        self.page.locator("details.rules summary").click()


@pytest.fixture
def small(tmp_path: Path) -> tuple[Path, list[dict[str, Any]]]:
    report, data = make_report(tmp_path / "in", TEXTS)
    edits = [e for f in data["files"] for e in f["edits"]]
    assert [(Path(f["path"]).name, len(f["edits"])) for f in data["files"]] == [
        ("a.txt", 3),
        ("b.txt", 2),
        ("c.txt", 0),
    ]
    assert [e["rule"] for e in edits] == [
        "space-before-punctuation",
        "space-before-punctuation",
        "doubled-word",
        "pmf",
        "space-before-punctuation",
    ]
    return report, edits


def drawn(review: Review) -> Review:
    review.page.wait_for_selector('section[data-file="1"] table.edits tr[data-g]')
    return review


def test_filters_by_rule_category_and_file(context, small, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    report, _ = small
    review = drawn(Review(context, report))
    assert review.shown_rows() == [0, 1, 2, 3, 4]
    review.open_rules()
    review.page.locator('input.rule[value="space-before-punctuation"]').uncheck()
    assert review.shown_rows() == [2, 3]
    assert review.counts() | {"flags": 0} == {
        "accepted": 5,
        "rejected": 0,
        "shown": 2,
        "hidden": 3,
        "hidden-accepted": 3,
        "hidden-rejected": 0,
        "flags": 0,
    }
    assert review.page.locator("#hidden-note").is_visible()
    review.page.locator('input.rule[value="space-before-punctuation"]').check()
    review.page.locator('input.category[value="repetition"]').uncheck()
    assert review.shown_rows() == [0, 1, 3, 4]
    review.page.locator('input.category[value="repetition"]').check()
    review.page.locator("#filter-file").fill("b.txt")
    assert review.shown_rows() == [3, 4]
    assert review.page.locator('section[data-file="0"]').is_hidden()
    assert "filtered-out" in (review.page.locator('#index-list li[data-file="0"]').get_attribute("class") or "")
    review.page.locator("#filter-file").fill("")
    assert review.shown_rows() == [0, 1, 2, 3, 4]
    assert not review.page.locator("#hidden-note").is_visible()
    assert review.errors == []


def test_bulk_actions_honour_the_filter(context, small, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    report, edits = small
    ids = [e["id"] for e in edits]
    review = drawn(Review(context, report))
    review.page.locator('input.category[value="punctuation"]').uncheck()
    review.page.locator("#reject-all").click()
    assert review.rejected(tmp_path) == {"a.txt": [ids[2]], "b.txt": [ids[3]], "c.txt": []}
    assert review.counts()["hidden-accepted"] == 3 and review.counts()["hidden-rejected"] == 0

    review.page.locator('input.category[value="punctuation"]').check()
    review.page.locator("#filter-file").fill("a.txt")
    review.page.locator("#accept-all").click()
    assert review.rejected(tmp_path) == {"a.txt": [], "b.txt": [ids[3]], "c.txt": []}
    assert review.counts()["hidden-rejected"] == 1  # b.txt's edit, hidden by the file filter, stays rejected

    review.page.locator("#filter-file").fill("")
    review.open_rules()
    review.page.locator('button.reject-rule[value="space-before-punctuation"]').click()
    assert review.rejected(tmp_path) == {"a.txt": [ids[0], ids[1]], "b.txt": [ids[3], ids[4]], "c.txt": []}
    review.page.locator('section[data-file="1"] button.accept-file').click()
    assert review.rejected(tmp_path) == {"a.txt": [ids[0], ids[1]], "b.txt": [], "c.txt": []}
    review.page.locator('section[data-file="0"] button.reject-file').click()
    assert review.rejected(tmp_path) == {"a.txt": ids[:3], "b.txt": [], "c.txt": []}
    assert review.counts()["rejected"] == 3
    assert review.text('#index-list li[data-file="0"] .n') == "3 edits, 3 rejected"
    assert review.errors == []


def test_hiding_a_category_keeps_its_edits_decisions_visible(context, small, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    report, edits = small
    review = drawn(Review(context, report))
    doubled = review.page.locator('.src .edit[data-g="2"]')
    doubled.click()
    review.page.locator('input.category[value="repetition"]').uncheck()
    review.page.locator('input.category[value="punctuation"]').uncheck()
    counts = review.counts()
    assert (counts["rejected"], counts["shown"], counts["hidden"], counts["hidden-rejected"]) == (1, 1, 4, 1)
    assert "hidden by the filter: 4 (3 accepted, 1 rejected" in review.text("#hidden-note")
    # Hidden edits are still drawn in the panes, marked, with their decision.
    assert set((doubled.get_attribute("class") or "").split()) >= {"edit", "rejected", "filtered"}
    punctuation = review.page.locator('.out .edit[data-g="0"]')
    assert "filtered" in (punctuation.get_attribute("class") or "")
    assert "rejected" not in (punctuation.get_attribute("class") or "")
    assert review.rejected(tmp_path) == {"a.txt": [edits[2]["id"]], "b.txt": [], "c.txt": []}


def test_keyboard_review(context, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # d.txt has a name spelt two ways: a flag, no edit.
    names = "Falih al-Fayyadh met the minister.\n\nFalih al-Fayadh said the budget would pass.\n"
    report, data = make_report(tmp_path / "in", {**TEXTS, "d.txt": names})
    edits = [e for f in data["files"] for e in f["edits"]]
    assert [len(f["edits"]) for f in data["files"]] == [3, 2, 0, 0] and len(data["files"][3]["flags"]) == 1
    review = drawn(Review(context, report))
    keys = review.text(".keys")
    for shown in ("j/k next/previous edit", "a accept", "r reject", "n/p next/previous file"):
        assert shown in keys

    def current() -> int:
        rows = review.page.locator("table.edits tr.active")
        return int(rows.get_attribute("data-g") or "") if rows.count() else -1

    def current_file() -> str:
        return str(review.page.locator("#index-list li.current").get_attribute("data-file"))

    for key, edit in [("j", 0), ("j", 1), ("k", 0), ("r", 1), ("a", 2), ("n", 3), ("r", 4)]:
        review.page.keyboard.press(key)
        assert current() == edit, key
    assert review.text("#current").startswith("edit 5 of 5 shown: ")
    review.page.keyboard.press("n")  # c.txt has nothing to draw; d.txt has a flag only
    assert (current(), current_file()) == (-1, "3")
    review.page.keyboard.press("p")
    assert (current(), current_file()) == (3, "1")
    review.page.keyboard.press("p")
    assert (current(), current_file()) == (0, "0")
    assert review.rejected(tmp_path) == {"a.txt": [edits[0]["id"]], "b.txt": [edits[3]["id"]], "c.txt": [], "d.txt": []}
    # Keys go through what the filter shows only.
    review.page.locator('input.category[value="punctuation"]').uncheck()
    review.page.locator("body").click(position={"x": 5, "y": 5})
    for key, edit in [("j", 2), ("j", 3), ("j", 3), ("k", 2)]:
        review.page.keyboard.press(key)
        assert current() == edit, key
    assert review.errors == []


def test_decisions_survive_a_reload_and_stay_with_their_report(context, small, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    report, edits = small
    review = drawn(Review(context, report))
    review.page.locator('tr[data-g="3"] input.decide').uncheck()
    review.page.locator('.src .edit[data-g="1"]').click()
    review.page.reload()
    review.page.wait_for_selector("html[data-ready]")
    drawn(review)
    assert review.counts()["rejected"] == 2
    assert review.text("#status") == "restored 2 rejected edits from an earlier visit"
    assert not review.page.locator('tr[data-g="3"] input.decide').is_checked()
    assert review.rejected(tmp_path) == {"a.txt": [edits[1]["id"]], "b.txt": [edits[3]["id"]], "c.txt": []}

    other, _ = make_report(tmp_path / "other", {"a.txt": TEXTS["a.txt"]}, "other.html")
    assert Review(context, other).counts()["rejected"] == 0


def test_import_a_decisions_file(context, small, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    report, edits = small
    data = extract_data(report.read_text(encoding="utf-8"))
    a, b = data["files"][0], data["files"][1]
    review = drawn(Review(context, report))
    review.page.locator('.src .edit[data-g="0"]').click()  # replaced by the import, which names a.txt
    decisions = tmp_path / "decisions.json"

    def load(doc: dict[str, Any]) -> None:
        decisions.write_text(json.dumps(doc), encoding="utf-8")
        review.page.set_input_files("#import", str(decisions))
        expect(review.page.locator("#status")).not_to_have_text("")

    def file(item: dict[str, Any], ids: list[str]) -> dict[str, Any]:
        return {"path": item["path"], "source_sha256": item["source_sha256"], "rejected_ids": ids}

    load({"tool": "normalize-decisions", "version": 2, "files": [file(a, [edits[2]["id"]]), file(b, [edits[4]["id"]])]})
    assert review.text("#status") == "imported decisions for 2 files: 2 rejected edits"
    assert review.rejected(tmp_path) == {"a.txt": [edits[2]["id"]], "b.txt": [edits[4]["id"]], "c.txt": []}
    assert not review.page.locator('tr[data-g="4"] input.decide').is_checked()

    review.page.evaluate("document.getElementById('status').textContent = ''")
    load({"tool": "normalize-decisions", "version": 2, "files": [file(a, ["0123456789abcdef"])]})
    assert review.text("#status").endswith("; 1 id not in this report")
    assert "error" in (review.page.locator("#status").get_attribute("class") or "")

    review.page.evaluate("document.getElementById('status').textContent = ''")
    changed = file(b, []) | {"source_sha256": "0" * 64}
    load({"tool": "normalize-decisions", "version": 2, "files": [changed]})
    assert "1 file not in this report (or changed since)" in review.text("#status")
    assert review.rejected(tmp_path)["b.txt"] == [edits[4]["id"]]

    review.page.evaluate("document.getElementById('status').textContent = ''")
    load({"files": [{"path": a["path"], "rejected": [0]}]})
    assert review.text("#status") == (
        "decisions.json: not a decisions file of version 2 (export the decisions again from the page)"
    )
    assert review.errors == []


def test_each_edit_is_shown_in_its_sentence(context, small, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    report, _ = small
    review = drawn(Review(context, report))
    # A removed space is drawn as a visible space symbol, in the sentence it was removed from.
    assert review.text('tr[data-g="0"] td.ctx') == "The minister said\u2423, the talks would resume ."
    assert review.text('tr[data-g="0"] td.ctx del') == "\u2423"
    assert review.text('tr[data-g="2"] td.ctx') == "The the militia withdrew from the city."
    assert review.text('tr[data-g="2"] td.ctx del') == " the"
    assert review.text('tr[data-g="3"] td.ctx del') == "Popular Crowd"
    assert review.text('tr[data-g="3"] td.ctx ins') == "Popular Mobilization Forces"
    assert review.text('.src .edit[data-g="0"]') == "\u2423"

    # An edit that is a sentence of its own is shown after the sentence before it.
    stray, _ = make_report(
        tmp_path / "stray", {"s.txt": "Officials met in Baghdad.\n\nThe fighting ended in 2017. عام\n"}, "s.html"
    )
    page = Review(context, stray).page
    page.wait_for_selector("table.edits tr[data-g]")
    assert page.locator("td.ctx").inner_text() == "The fighting ended in 2017. عام"
    assert page.locator("td.ctx del").inner_text() == " عام"

    marks, _ = make_report(tmp_path / "marks", {"m.txt": "The minister\u200f said the talks would resume.\n"}, "m.html")
    page = Review(context, marks).page
    page.wait_for_selector("table.edits tr[data-g]")
    cps = page.locator("abbr.cp")
    # source pane, repaired pane (shown when rejected) and the table
    assert cps.evaluate_all("xs => xs.map(x => [x.textContent, x.title])") == [["U+200F", "right-to-left mark"]] * 3


def test_panes_are_aligned_paragraph_by_paragraph(context, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    seed = CORPORA / "input" / "000_c3fb2efba6eac9a1.txt"
    report, data = make_report(tmp_path / "seed", {"seed.txt": seed.read_text(encoding="utf-8")})
    review = Review(context, report)
    review.page.wait_for_selector("table.edits tr[data-g]")
    rows = review.page.evaluate(
        """() => {
          const src = [...document.querySelectorAll('.p.src')], out = [...document.querySelectorAll('.p.out')];
          const box = (x) => x.getBoundingClientRect();
          return [src.length, out.length,
                  src.map((s, i) => [box(s).top, box(out[i]).top, box(s).height, box(out[i]).height])];
        }"""
    )
    source, edits = data["files"][0]["source"], data["files"][0]["edits"]
    # A row per line, except where an edit spans a line end (a repeated title deleted with its line).
    ends = [i + 1 for i, ch in enumerate(source) if ch == "\n" and i + 1 < len(source)]
    rows_expected = 1 + sum(1 for at in ends if not any(e["start"] < at < e["end"] for e in edits))
    assert rows[0] == rows[1] == rows_expected
    assert all(src_top == out_top and src_h == out_h for src_top, out_top, src_h, out_h in rows[2])
    assert review.page.locator(".edit").count() == 2 * len(data["files"][0]["edits"])


def test_file_index_counts_and_flags(context, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    texts = dict(TEXTS)
    texts["d.txt"] = (CORPORA / "input" / "005_untranslated_statement.txt").read_text(encoding="utf-8")
    report, data = make_report(tmp_path / "in", texts)
    review = Review(context, report)
    flags = sum(len(f["flags"]) for f in data["files"])
    assert flags > 0 and review.counts()["flags"] == flags
    items = review.page.locator("#index-list li")
    assert items.count() == 4
    assert review.text('#index-list li[data-file="0"] .n') == "3 edits, 0 rejected"
    assert review.text('#index-list li[data-file="2"]') == f"{data['files'][2]['path']}\nno edits"
    assert "none" in (items.nth(2).get_attribute("class") or "")
    assert review.page.locator('section[data-file="2"]').count() == 0  # listed, not drawn
    d_flags = len(data["files"][3]["flags"])
    assert review.text('#index-list li[data-file="3"] .n').endswith(f"{d_flags} flag" + ("" if d_flags == 1 else "s"))
    review.page.locator('#index-list li[data-file="3"] button.go').click()
    review.page.wait_for_selector('section[data-file="3"] .flags')
    # 005 has two boxes: the paragraph left in Arabic, and an Arabic word inside a sentence (issue 17)
    assert "Untranslated passages (not changed)" in review.text('section[data-file="3"] .flags >> nth=0')
    assert "an Arabic word inside an English sentence" in review.text('section[data-file="3"] .flags >> nth=1')


def test_flags_are_listed_by_category_and_marked_in_both_panes(context, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    article = (
        "Al-Fayyadh: the PMF will remain under the state\n\n"
        "Falih al-Fayyadh said the forces will remain part of the state. Al-Fayadh added that they have no "
        "political project, and Mohammed al-Baldawi said al-Fayyadh's view was shared by Riyadh al-Masoudi."
    )
    report, data = make_report(tmp_path / "in", {"article.txt": article}, exit_code=0)
    assert [f["rule"] for f in data["files"][0]["flags"]] == ["name-spellings"] and data["files"][0]["edits"] == []
    review = Review(context, report)
    review.page.wait_for_selector('section[data-file="0"] .flags')
    assert review.page.locator(".flags strong").all_inner_texts() == ["Names spelt more than one way (not changed)"]
    marks = review.page.locator("mark.flagged")
    assert marks.all_inner_texts() == ["Al-Fayadh", "Al-Fayadh"]  # in the source pane and in the repaired one
    assert all(
        title.startswith("'Al-Fayadh' is spelt 'al-Fayyadh' elsewhere")
        for title in marks.evaluate_all("ms => ms.map(m => m.title)")
    )
    assert review.counts()["flags"] == 1
    assert review.errors == []


def test_hostile_paths_and_imports_stay_text(context, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    name = '"><img src=x onerror="window.__pwned=1">.txt'
    report, data = make_report(tmp_path / "in", {name: TEXTS["b.txt"]})
    page = report.read_text(encoding="utf-8")
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page)
    assert csp is not None and "unsafe" not in csp.group(1)
    assert re.fullmatch(
        r"default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; script-src 'sha256-[A-Za-z0-9+/=]+'; "
        r"base-uri 'none'; form-action 'none'",
        csp.group(1),
    )
    review = drawn_single(Review(context, report))
    assert review.text("section.file h2").startswith(data["files"][0]["path"])
    decisions = tmp_path / "d.json"
    decisions.write_text(
        json.dumps({"tool": "normalize-decisions", "version": 2, "files": [{"path": "<img src=y onerror=alert(1)>"}]}),
        encoding="utf-8",
    )
    review.page.set_input_files("#import", str(decisions))
    expect(review.page.locator("#status")).not_to_have_text("")
    assert review.page.evaluate("typeof window.__pwned") == "undefined"
    assert review.page.locator("img, iframe, a[href]").count() == 0
    assert review.requests == [report.as_uri()]
    assert review.errors == []


def drawn_single(review: Review) -> Review:
    review.page.wait_for_selector('section[data-file="0"] table.edits tr[data-g]')
    return review


def _scale_entries(normalizer: Normalizer, files: int) -> list[dict[str, Any]]:
    """10,000 edits in all (a space before a comma on every line), in ``files`` files."""
    lines = 10_000 // files
    entries = []
    for number in range(files):
        text = f"Talks resume in city {number}\n\n" + "".join(
            f"The minister said , the talks on item {i} resumed.\n" for i in range(lines)
        )
        entries.append(entry(Document(f"d/{number:04}.txt", normalizer.normalize(text)), with_readability=False))
    assert sum(len(e["edits"]) for e in entries) == 10_000
    return entries


@pytest.mark.parametrize("files", [1, 1000], ids=["one-file", "1000-files"])
def test_ten_thousand_edits_load_and_reject_all_in_seconds(context, normalizer, tmp_path: Path, files: int) -> None:  # type: ignore[no-untyped-def]
    report = tmp_path / "big.html"
    write_report(report, _scale_entries(normalizer, files))
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    start = time.perf_counter()
    page.goto(report.as_uri())
    page.wait_for_selector("html[data-ready] table.edits tr[data-g]")
    loaded = time.perf_counter() - start
    start = time.perf_counter()
    page.locator("#reject-all").click()
    expect(page.locator("#count-rejected")).to_have_text("10000", timeout=30_000)
    rejected = time.perf_counter() - start
    assert loaded < 5 and rejected < 5, (loaded, rejected)
    exported = page.evaluate("normalizeDecisions()")
    assert sum(len(f["rejected_ids"]) for f in exported["files"]) == 10_000
    assert page.locator("table.edits tr[data-g] input.decide:checked").count() == 0
    assert errors == []


def test_reports_are_written_an_entry_at_a_time(normalizer, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    entries = _scale_entries(normalizer, 1000)
    for suffix in (".html", ".json", ".jsonl"):
        report = tmp_path / f"r{suffix}"
        tracemalloc.start()
        write_report(report, entries)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        size = report.stat().st_size
        assert size > 2_000_000 and peak < size / 10, (suffix, peak, size)
    expected = json.dumps(
        {"tool": "normalize", "summary": summary(entries), "files": entries}, ensure_ascii=False, indent=2
    )
    assert (tmp_path / "r.json").read_text(encoding="utf-8") == expected + "\n"
    assert extract_data((tmp_path / "r.html").read_text(encoding="utf-8"))["files"] == [
        {k: v for k, v in e.items() if k != "text"} for e in entries
    ]
