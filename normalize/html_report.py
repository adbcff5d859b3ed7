"""The review page: one self-contained HTML file, source and repaired text side by side.

Everything from the input is HTML-escaped, the data block is JSON with ``<``, ``>``
and ``&`` escaped, and a Content-Security-Policy allows only this page's own
script (by nonce) and no network at all, so text from an article can never run
as code or fetch anything.  Decisions (accept/reject per edit) are exported as a
JSON file that ``normalize apply`` reads.
"""

from __future__ import annotations

import html
import json
import re
import secrets
import unicodedata
from collections.abc import Sequence
from typing import Any

_DATA_RE = re.compile(r'<script id="report-data" type="application/json">(.*?)</script>', re.DOTALL)

_CSS = """
:root { --ins: #d7f5dd; --del: #fbdada; --flag: #fff0b3; --muted: #666; }
body { font: 15px/1.5 system-ui, sans-serif; margin: 0; color: #111; }
header { position: sticky; top: 0; background: #fafafa; border-bottom: 1px solid #ddd; padding: .6rem 1rem; z-index: 2; }
header h1 { font-size: 1.1rem; margin: 0 0 .3rem; }
.counts span { margin-right: 1rem; }
.filters label { margin-right: .8rem; white-space: nowrap; }
button { margin-right: .4rem; }
section.file { padding: 1rem; border-bottom: 2px solid #ccc; }
section.file h2 { font-size: 1rem; margin: 0 0 .4rem; }
.meta { color: var(--muted); font-size: .85rem; margin-bottom: .5rem; }
.panes { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
.pane { white-space: pre-wrap; overflow-wrap: anywhere; border: 1px solid #ddd; padding: .6rem; background: #fff; }
.pane h3 { margin: 0 0 .4rem; font-size: .9rem; color: var(--muted); white-space: normal; }
.edit { border-radius: 3px; cursor: pointer; outline-offset: 1px; }
.pane.src .edit { background: var(--del); text-decoration: line-through; text-decoration-color: #b00; }
.pane.out .edit { background: var(--ins); }
.edit .kept { display: none; }
.edit.rejected { background: #e8e8e8 !important; text-decoration: none !important; }
.pane.out .edit.rejected .new { display: none; }
.pane.out .edit.rejected .kept { display: inline; }
.edit.empty::after { content: "\\2038"; color: #b00; }
.pane.out .edit.rejected.empty::after { content: ""; }
.edit.hidden-cat { background: transparent !important; text-decoration: none !important; }
.edit:focus, .edit.active { outline: 2px solid #1a5fb4; }
table.edits { border-collapse: collapse; margin-top: .8rem; width: 100%; font-size: .85rem; }
table.edits td, table.edits th { border-top: 1px solid #eee; padding: .2rem .4rem; text-align: left; vertical-align: top; }
table.edits tr.hidden-cat { display: none; }
code { white-space: pre-wrap; }
abbr.cp { font: .7rem monospace; border: 1px dashed #b00; border-radius: 2px; padding: 0 .15rem; text-decoration: none; }
.flags { background: var(--flag); padding: .4rem .6rem; margin: .5rem 0; }
mark.flagged { background: var(--flag); color: inherit; }
#tip { position: fixed; display: none; background: #222; color: #fff; padding: .3rem .5rem; border-radius: 4px; font-size: .8rem; max-width: 28rem; z-index: 3; }
"""

_JS = r"""
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var rejected = {};
  data.files.forEach(function (f) { rejected[f.path] = new Set(); });
  var tip = document.getElementById("tip");

  function spansFor(file, index) {
    return document.querySelectorAll('section.file[data-file="' + file + '"] [data-edit="' + index + '"]');
  }
  function setDecision(fileIndex, index, accepted) {
    var path = data.files[fileIndex].path;
    if (accepted) { rejected[path].delete(index); } else { rejected[path].add(index); }
    spansFor(fileIndex, index).forEach(function (el) {
      if (el.classList.contains("edit")) { el.classList.toggle("rejected", !accepted); }
      if (el.type === "checkbox") { el.checked = accepted; }
    });
    updateCounts();
  }
  function updateCounts() {
    var total = 0, rej = 0;
    data.files.forEach(function (f) { total += f.edits.length; rej += rejected[f.path].size; });
    document.getElementById("count-accepted").textContent = String(total - rej);
    document.getElementById("count-rejected").textContent = String(rej);
  }
  document.querySelectorAll("input.decide").forEach(function (box) {
    box.addEventListener("change", function () {
      setDecision(Number(box.dataset.file), Number(box.dataset.edit), box.checked);
    });
  });
  document.querySelectorAll(".edit").forEach(function (el) {
    function show() {
      var f = data.files[Number(el.dataset.file)], e = f.edits[Number(el.dataset.edit)];
      tip.textContent = e.rule + " (" + e.category + "): " + e.message;
      var r = el.getBoundingClientRect();
      tip.style.left = Math.max(4, r.left) + "px";
      tip.style.top = (r.bottom + 6) + "px";
      tip.style.display = "block";
      spansFor(Number(el.dataset.file), Number(el.dataset.edit)).forEach(function (x) { x.classList.add("active"); });
    }
    function hide() {
      tip.style.display = "none";
      document.querySelectorAll(".edit.active").forEach(function (x) { x.classList.remove("active"); });
    }
    el.addEventListener("mouseenter", show);
    el.addEventListener("focus", show);
    el.addEventListener("mouseleave", hide);
    el.addEventListener("blur", hide);
    el.addEventListener("click", function () {
      var fi = Number(el.dataset.file), i = Number(el.dataset.edit);
      setDecision(fi, i, rejected[data.files[fi].path].has(i));
    });
    el.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); el.click(); }
    });
  });
  document.querySelectorAll("input.category").forEach(function (box) {
    box.addEventListener("change", function () {
      document.querySelectorAll('[data-category="' + box.value + '"]').forEach(function (el) {
        el.classList.toggle("hidden-cat", !box.checked);
      });
    });
  });
  function setAll(accepted) {
    data.files.forEach(function (f, fi) { f.edits.forEach(function (e) { setDecision(fi, e.index, accepted); }); });
  }
  document.getElementById("accept-all").addEventListener("click", function () { setAll(true); });
  document.getElementById("reject-all").addEventListener("click", function () { setAll(false); });
  function decisions() {
    return {
      tool: "normalize-decisions",
      version: 2,
      files: data.files.map(function (f) {
        var rej = rejected[f.path];
        return {
          path: f.path,
          source_sha256: f.source_sha256,
          rejected_ids: f.edits.filter(function (e) { return rej.has(e.index); }).map(function (e) { return e.id; })
        };
      })
    };
  }
  document.getElementById("export").addEventListener("click", function () {
    var blob = new Blob([JSON.stringify(decisions(), null, 2) + "\n"], { type: "application/json" });
    var a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = "decisions.json";
    document.body.appendChild(a);
    a.click();
    a.remove();
  });
  window.normalizeDecisions = decisions;
  updateCounts();
})();
"""


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


#: Characters a reviewer cannot see: format and control characters (direction marks, zero-width
#: joiners, a byte-order mark) and spaces other than the plain one.
_INVISIBLE = re.compile(
    r"[^\S \n]|[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\x00-\x08\x0b-\x1f\x7f]"
)


def _esc_edit(text: str) -> str:
    """An edit's text, escaped, with each invisible character shown by its code point.

    Deleting a right-to-left mark or a no-break space is a real edit; drawn as itself
    it would be an empty box the reviewer cannot judge.
    """
    parts: list[str] = []
    cursor = 0
    for match in _INVISIBLE.finditer(text):
        char = match.group()
        parts.append(_esc(text[cursor : match.start()]))
        name = unicodedata.name(char, "control character")
        parts.append(f'<abbr class="cp" title="{_esc(name.lower())}">U+{ord(char):04X}</abbr>')
        cursor = match.end()
    parts.append(_esc(text[cursor:]))
    return "".join(parts)


def _json_for_script(value: Any) -> str:
    """JSON that cannot close the script element or open a comment."""
    text = json.dumps(value, ensure_ascii=False)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def _pane(file_index: int, item: dict[str, Any], side: str) -> str:
    """One side of the comparison, with every edit wrapped in a focusable span."""
    source = item["source"]
    flags = sorted(item.get("flags", item.get("untranslated", [])), key=lambda f: (f["start"], f["end"]))
    parts: list[str] = []
    cursor = 0
    for edit in item["edits"]:
        parts.append(_esc_marking_flags(source, cursor, edit["start"], flags))
        shown = edit["original"] if side == "src" else edit["replacement"]
        empty = " empty" if not shown else ""
        attrs = (
            f'class="edit{empty}" tabindex="0" role="button" data-file="{file_index}" data-edit="{edit["index"]}" '
            f'data-category="{_esc(edit["category"])}" aria-label="{_esc(edit["rule"])}"'
        )
        if side == "src":
            parts.append(f"<span {attrs}>{_esc_edit(shown)}</span>")
        else:
            parts.append(
                f'<span {attrs}><span class="new">{_esc_edit(shown)}</span>'
                f'<span class="kept">{_esc_edit(edit["original"])}</span></span>'
            )
        cursor = edit["end"]
    parts.append(_esc_marking_flags(source, cursor, len(source), flags))
    title = "Source" if side == "src" else "Repaired"
    return f'<div class="pane {side}"><h3>{title}</h3>{"".join(parts)}</div>'


def _esc_marking_flags(source: str, start: int, end: int, flags: list[dict[str, Any]]) -> str:
    """``source[start:end]`` escaped, with each flagged passage that lies wholly inside it marked.

    Unchanged text is the same on both sides, so a flagged name or paragraph is marked
    in both panes; the rare flag that reaches into an edit is listed above the panes only.
    """
    parts: list[str] = []
    cursor = start
    for flag in flags:
        if flag["start"] < cursor or flag["end"] > end or flag["start"] >= flag["end"]:
            continue
        parts.append(_esc(source[cursor : flag["start"]]))
        parts.append(
            f'<mark class="flagged" title="{_esc(flag["message"])}">{_esc(source[flag["start"] : flag["end"]])}</mark>'
        )
        cursor = flag["end"]
    parts.append(_esc(source[cursor:end]))
    return "".join(parts)


def _edit_table(file_index: int, item: dict[str, Any]) -> str:
    rows = []
    for edit in item["edits"]:
        rows.append(
            f'<tr data-category="{_esc(edit["category"])}"><td><input type="checkbox" class="decide" checked '
            f'data-file="{file_index}" data-edit="{edit["index"]}" aria-label="accept edit {edit["index"]}"></td>'
            f"<td>{edit['line']}:{edit['column']}</td><td><code>{_esc(edit['rule'])}</code></td>"
            f"<td><code>{_esc_edit(edit['original'])}</code> → <code>{_esc_edit(edit['replacement'])}</code></td>"
            f"<td>{_esc(edit['message'])}</td></tr>"
        )
    head = "<tr><th>accept</th><th>line:col</th><th>rule</th><th>change</th><th>why</th></tr>"
    return f'<table class="edits">{head}{"".join(rows)}</table>' if rows else "<p>No edits.</p>"


#: Flagged passages are listed by category, each under its own heading; other categories come last.
_FLAG_TITLES = {
    "untranslated": "Untranslated passages (not changed)",
    "transliteration": "Names spelt more than one way (not changed)",
    "punctuation": "Punctuation to check (not changed)",
}


def _flag_boxes(item: dict[str, Any]) -> str:
    """The flagged passages of one file, a box per category (a report from before "flags" has "untranslated")."""
    by_category: dict[str, list[dict[str, Any]]] = {}
    for flag in item.get("flags", item.get("untranslated", [])):
        by_category.setdefault(flag["category"], []).append(flag)
    order = [c for c in _FLAG_TITLES if c in by_category] + sorted(set(by_category) - set(_FLAG_TITLES))
    boxes = []
    for category in order:
        title = _FLAG_TITLES.get(category, f"Flagged: {category} (not changed)")
        lines = "".join(
            f"<li>line {f['line']}: {_esc(f['message'])} — <q>{_esc(item['source'][f['start'] : f['end']][:160])}</q></li>"
            for f in by_category[category]
        )
        boxes.append(f'<div class="flags"><strong>{_esc(title)}</strong><ul>{lines}</ul></div>')
    return "".join(boxes)


def _file_section(file_index: int, item: dict[str, Any]) -> str:
    counts = item["counts"]
    meta = [f"{counts['edits']} edits"]
    meta += [f"{_esc(k)}: {v}" for k, v in counts["by_category"].items()]
    if "readability" in item:
        before, after = item["readability"]["before"], item["readability"]["after"]
        meta.append(
            f"Flesch reading ease {before['flesch_reading_ease']} → {after['flesch_reading_ease']}, "
            f"grade {before['flesch_kincaid_grade']} → {after['flesch_kincaid_grade']}"
        )
    flags = _flag_boxes(item)
    return (
        f'<section class="file" data-file="{file_index}"><h2>{_esc(item["path"])}</h2>'
        f'<div class="meta">{" · ".join(meta)}</div>{flags}'
        f'<div class="panes">{_pane(file_index, item, "src")}{_pane(file_index, item, "out")}</div>'
        f"{_edit_table(file_index, item)}</section>"
    )


def render_html(entries: Sequence[dict[str, Any]], summary: dict[str, Any]) -> str:
    """The whole review page as one string."""
    nonce = secrets.token_urlsafe(16)
    categories = sorted(summary["by_category"])
    filters = "".join(
        f'<label><input type="checkbox" class="category" value="{_esc(c)}" checked> {_esc(c)} '
        f"({summary['by_category'][c]})</label>"
        for c in categories
    )
    data = {"files": [{k: v for k, v in e.items() if k not in ("text",)} for e in entries]}
    sections = "".join(_file_section(i, e) for i, e in enumerate(entries))
    csp = (
        f"default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-{nonce}'; img-src data:; form-action 'none'"
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>normalize review — {summary['files']} files, {summary['edits']} edits</title>"
        f"<style>{_CSS}</style></head><body>"
        "<header><h1>normalize review</h1>"
        f'<div class="counts"><span>{summary["files"]} files</span><span>{summary["files_changed"]} changed</span>'
        f'<span>{summary["edits"]} edits</span><span>accepted: <b id="count-accepted">{summary["edits"]}</b></span>'
        '<span>rejected: <b id="count-rejected">0</b></span></div>'
        f'<div class="filters">Categories: {filters or "none"}</div>'
        '<div><button id="accept-all" type="button">Accept all</button>'
        '<button id="reject-all" type="button">Reject all</button>'
        '<button id="export" type="button">Export decisions</button></div></header>'
        f'<main>{sections or "<p>No files.</p>"}</main><div id="tip" role="tooltip"></div>'
        f'<script id="report-data" type="application/json">{_json_for_script(data)}</script>'
        f'<script nonce="{nonce}">{_JS}</script></body></html>\n'
    )


def extract_data(page: str) -> dict[str, Any]:
    """The report data embedded in a page written by ``render_html``."""
    match = _DATA_RE.search(page)
    if match is None:
        raise ValueError("no report data in page")
    return json.loads(match.group(1))
