"""The review loop: reports, the HTML page in a real browser, and `normalize apply`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from normalize.cli import app, route
from normalize.html_report import extract_data

from .conftest import CORPORA, INPUTS, SEED

RUNNER = CliRunner()
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def run(*args: str):  # type: ignore[no-untyped-def]
    return RUNNER.invoke(app, route(args))


@pytest.fixture
def corpus_copy(tmp_path: Path) -> Path:
    target = tmp_path / "input"
    shutil.copytree(CORPORA / "input", target)
    return target


def test_json_report_has_offsets_lines_counts_readability(tmp_path: Path, corpus_copy: Path) -> None:
    report = tmp_path / "report.json"
    result = run(str(corpus_copy), "--check", "--report", str(report))
    assert result.exit_code == 1
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["summary"]["files"] == len(INPUTS)
    assert data["summary"]["edits"] == sum(f["counts"]["edits"] for f in data["files"])
    seed = next(f for f in data["files"] if f["path"].endswith(SEED.name))
    kadhimi = next(e for e in seed["edits"] if e["rule"] == "kadhimi")
    assert (kadhimi["line"], kadhimi["column"], kadhimi["start"], kadhimi["end"]) == (16, 264, 2278, 2287)
    assert seed["counts"]["by_category"]["terminology"] == 12
    assert set(seed["readability"]["before"]) == {"flesch_reading_ease", "flesch_kincaid_grade"}
    statement = next(f for f in data["files"] if f["path"].endswith("005_untranslated_statement.txt"))
    assert [(u["line"], u["detail"]["language"]) for u in statement["untranslated"]] == [(5, "ar")]


def test_jsonl_report_one_line_per_file(tmp_path: Path, corpus_copy: Path) -> None:
    report = tmp_path / "report.jsonl"
    assert run(str(corpus_copy), "--check", "--report", str(report)).exit_code == 1
    lines = report.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(INPUTS)
    assert all(json.loads(line)["path"].startswith(str(corpus_copy)) for line in lines)


def test_reports_use_the_paths_given_unless_absolute_requested(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("the the militia\n", encoding="utf-8")
    assert run("a.txt", "--check", "--report", "r.json").exit_code == 1
    assert json.loads((tmp_path / "r.json").read_text())["files"][0]["path"] == "a.txt"
    assert run("a.txt", "--check", "--report", "r.json", "--absolute-paths").exit_code == 1
    assert json.loads((tmp_path / "r.json").read_text())["files"][0]["path"] == str(tmp_path / "a.txt")


def test_apply_with_a_rejected_edit(tmp_path: Path, corpus_copy: Path) -> None:
    report = tmp_path / "report.json"
    run(str(corpus_copy), "--check", "--report", str(report))
    data = json.loads(report.read_text(encoding="utf-8"))
    seed = next(f for f in data["files"] if f["path"].endswith(SEED.name))
    rejected = next(e["id"] for e in seed["edits"] if e["rule"] == "kadhimi")
    decisions = tmp_path / "decisions.json"
    chosen = {"path": seed["path"], "source_sha256": seed["source_sha256"], "rejected_ids": [rejected]}
    decisions.write_text(json.dumps({"tool": "normalize-decisions", "version": 2, "files": [chosen]}), encoding="utf-8")
    out = tmp_path / "out"
    result = run("apply", str(report), "--decisions", str(decisions), "--out", str(out))
    assert result.exit_code == 0, result.output
    expected = (CORPORA / "expected" / SEED.name).read_text(encoding="utf-8")
    # Absolute report paths are written under --out by file name.
    assert (out / SEED.name).read_text(encoding="utf-8") == expected.replace("al-Kadhimi", "al-Kazimi")
    assert (out / "003_yemen_talks.txt").read_text(encoding="utf-8") == (
        CORPORA / "expected" / "003_yemen_talks.txt"
    ).read_text(encoding="utf-8")


def test_apply_in_place_refuses_a_file_changed_since_the_report(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("the the militia\n", encoding="utf-8")
    report = tmp_path / "r.json"
    run(str(article), "--check", "--report", str(report))
    article.write_text("edited by hand\n", encoding="utf-8")
    result = run("apply", str(report), "--in-place")
    assert result.exit_code == 2
    assert article.read_text(encoding="utf-8") == "edited by hand\n"
    article.write_text("the the militia\n", encoding="utf-8")
    assert run("apply", str(report), "--in-place").exit_code == 0
    assert article.read_text(encoding="utf-8") == "the militia\n"


def test_apply_rejects_unknown_edit_and_foreign_file(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("the the militia\n", encoding="utf-8")
    report = tmp_path / "r.json"
    run(str(article), "--check", "--report", str(report))
    bad = tmp_path / "d.json"
    sha = json.loads(report.read_text(encoding="utf-8"))["files"][0]["source_sha256"]

    def decisions(path: str, ids: list[str]) -> str:
        chosen = {"path": path, "source_sha256": sha, "rejected_ids": ids}
        return json.dumps({"tool": "normalize-decisions", "version": 2, "files": [chosen]})

    bad.write_text(decisions(str(article), ["0123456789abcdef"]), encoding="utf-8")
    assert run("apply", str(report), "--decisions", str(bad)).exit_code == 2
    bad.write_text(decisions("elsewhere.txt", []), encoding="utf-8")
    assert run("apply", str(report), "--decisions", str(bad)).exit_code == 2
    bad.write_text("not json", encoding="utf-8")
    assert run("apply", str(report), "--decisions", str(bad)).exit_code == 2


HOSTILE = (
    "The popular crowd said <script>window.__pwned = 1</script> and "
    '"><img src=x onerror="window.__pwned = 2"> and <a href="javascript:window.__pwned=3">link</a> .\n'
    '<iframe src="http://127.0.0.1:9/"></iframe><link rel=stylesheet href="http://127.0.0.1:9/x.css">\n'
)


def test_html_escapes_everything_from_the_input(tmp_path: Path) -> None:
    article = tmp_path / "hostile.txt"
    article.write_text(HOSTILE, encoding="utf-8")
    report = tmp_path / "r.html"
    assert run(str(article), "--check", "--report", str(report)).exit_code == 1
    page = report.read_text(encoding="utf-8")
    assert "<script>window" not in page and "<img src=x" not in page and "<iframe" not in page
    # The article is in the page only as data (drawn with text nodes), with < and > escaped.
    assert "\\u003cscript\\u003ewindow.__pwned = 1\\u003c/script\\u003e" in page
    assert extract_data(page)["files"][0]["source"] == HOSTILE


def test_html_shows_an_invisible_character_an_edit_removes(tmp_path: Path) -> None:
    # A deleted right-to-left mark drawn as itself would be an empty box nobody can judge.
    article = tmp_path / "marks.txt"
    article.write_text("The minister\u200f said the talks would resume.\n", encoding="utf-8")
    report = tmp_path / "r.html"
    assert run(str(article), "--check", "--report", str(report)).exit_code == 1
    page = report.read_text(encoding="utf-8")
    # The page draws it by code point; its name travels with the page (tests/test_review_page.py draws it).
    assert '<script id="char-names" type="application/json">{"\u200f": "right-to-left mark"}</script>' in page
    assert extract_data(page)["files"][0]["edits"][0]["original"] == "\u200f"


@pytest.mark.skipif(CHROMIUM is None, reason="needs Debian's chromium (installed by .ci/run)")
class TestInBrowser:
    """The page in headless Chromium, driven by Playwright: what a reviewer sees and clicks."""

    @pytest.fixture
    def browser(self):  # type: ignore[no-untyped-def]
        from playwright.sync_api import sync_playwright

        with sync_playwright() as pw:
            browser = pw.chromium.launch(
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
            yield browser
            browser.close()

    def open(self, browser, report: Path):  # type: ignore[no-untyped-def]
        context = browser.new_context(accept_downloads=True)
        page = context.new_page()
        requests: list[str] = []
        page.on("request", lambda r: requests.append(r.url))
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(report.as_uri())
        return page, requests, errors

    def test_review_reject_export(self, browser, tmp_path: Path, corpus_copy: Path) -> None:  # type: ignore[no-untyped-def]
        report = tmp_path / "report.html"
        assert run(str(corpus_copy), "--out", str(tmp_path / "fixed"), "--report", str(report)).exit_code == 0
        page, requests, errors = self.open(browser, report)
        page.wait_for_selector("html[data-ready]")
        data = extract_data(report.read_text(encoding="utf-8"))
        total = sum(len(f["edits"]) for f in data["files"])
        assert page.locator("#count-accepted").inner_text() == str(total)

        seed_index = next(i for i, f in enumerate(data["files"]) if f["path"].endswith(SEED.name))
        seed_edits = data["files"][seed_index]["edits"]
        # Files are drawn as they near the screen; the first is on it.
        page.wait_for_selector(f'section[data-file="{seed_index}"] table.edits')
        assert page.locator(f'section[data-file="{seed_index}"] .src .edit').count() == len(seed_edits)
        assert page.locator(f'section[data-file="{seed_index}"] .out .edit').count() == len(seed_edits)
        edit = next(e for e in seed_edits if e["rule"] == "kadhimi")
        g = sum(len(f["edits"]) for f in data["files"][:seed_index]) + edit["index"]
        target = page.locator(f'section[data-file="{seed_index}"] .out .edit[data-g="{g}"]')
        assert target.locator(".new").inner_text() == "al-Kadhimi"
        target.hover()
        assert page.locator("#tip").inner_text().startswith("kadhimi (transliteration): ")

        page.locator(f'tr[data-id="{edit["id"]}"] input.decide').uncheck()
        assert "rejected" in (target.get_attribute("class") or "")
        assert target.inner_text() == "al-Kazimi"
        assert page.locator("#count-rejected").inner_text() == "1"

        page.locator('input.category[value="terminology"]').uncheck()
        terminology = [e for e in seed_edits if e["category"] == "terminology"]
        assert page.locator(f'section[data-file="{seed_index}"] table.edits tr[data-g][hidden]').count() == len(
            terminology
        )

        with page.expect_download() as download_info:
            page.locator("#export").click()
        decisions = tmp_path / "decisions.json"
        download_info.value.save_as(decisions)
        exported = json.loads(decisions.read_text(encoding="utf-8"))
        assert (exported["tool"], exported["version"]) == ("normalize-decisions", 2)
        seed_decision = next(f for f in exported["files"] if f["path"].endswith(SEED.name))
        assert seed_decision == {
            "path": data["files"][seed_index]["path"],
            "source_sha256": data["files"][seed_index]["source_sha256"],
            "rejected_ids": [edit["id"]],
        }

        out = tmp_path / "applied"
        result = run("apply", str(report), "--decisions", str(decisions), "--out", str(out))
        assert result.exit_code == 0, result.output
        expected = (CORPORA / "expected" / SEED.name).read_text(encoding="utf-8")
        assert (out / SEED.name).read_text(encoding="utf-8") == expected.replace("al-Kadhimi", "al-Kazimi")
        assert errors == []
        assert all(url.startswith("file://") or url.startswith("blob:") for url in requests)

    def test_no_script_from_the_input_runs(self, browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
        article = tmp_path / "hostile.txt"
        article.write_text(HOSTILE, encoding="utf-8")
        report = tmp_path / "r.html"
        run(str(article), "--check", "--report", str(report))
        page, requests, errors = self.open(browser, report)
        page.wait_for_selector("html[data-ready] table.edits")
        for edit in page.locator(".edit").all():
            edit.hover()
            edit.click()
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert "<script>window.__pwned = 1</script>" in page.locator(".panes").inner_text()
        assert page.locator("img, iframe, a[href], link[rel=stylesheet]").count() == 0
        assert requests == [report.as_uri()]
        assert errors == []
