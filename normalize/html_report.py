"""The review page: one self-contained HTML file, source and repaired text side by side.

The page carries the report data once, as JSON (``<``, ``>`` and ``&`` escaped so it
cannot close its script element), and its own script draws each file from that data
with text nodes when the file nears the screen: nothing from an article is ever
markup, and a report of thousands of edits opens as fast as a small one.  A
Content-Security-Policy allows only this page's own script and style (by hash) and
no network at all.  The page is written piece by piece to a stream, so writing a
large report never holds the whole page in memory.  Decisions are exported as the
version 2 decisions file ``normalize apply`` reads (edits named by id).
"""

from __future__ import annotations

import base64
import hashlib
import html
import io
import json
import re
import unicodedata
from collections.abc import Sequence
from functools import cache
from importlib import resources
from typing import IO, Any

_DATA_RE = re.compile(r'<script id="report-data" type="application/json">(.*?)</script>', re.DOTALL)

#: Characters a reviewer cannot see: format and control characters (direction marks, zero-width
#: joiners, a byte-order mark) and spaces other than the plain one.  The page shows each by its
#: code point, with the names of those that occur sent along (JavaScript has no name table).
_INVISIBLE = re.compile(
    r"[^\S \n]|[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\x00-\x08\x0b-\x1f\x7f]"
)

_KEYS = (
    "<kbd>j</kbd>/<kbd>k</kbd> next/previous edit · <kbd>a</kbd> accept · <kbd>r</kbd> reject "
    "(both then move on) · <kbd>n</kbd>/<kbd>p</kbd> next/previous file · <kbd>s</kbd> next suggestion "
    "(<kbd>space</kbd> accepts it) · click an edit to flip it"
)


@cache
def _asset(name: str) -> str:
    return resources.files("normalize").joinpath(name).read_text(encoding="utf-8")


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _json_for_script(value: Any) -> str:
    """JSON that cannot close the script element or open a comment."""
    text = json.dumps(value, ensure_ascii=False)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def _invisible_names(item: dict[str, Any], names: dict[str, str]) -> None:
    """Add the name of every invisible character in the entry's edits to ``names``."""
    for edit in item["edits"]:
        for char in set(_INVISIBLE.findall(edit["original"] + edit["replacement"])) - names.keys():
            names[char] = unicodedata.name(char, "control character").lower()


def _head(summary: dict[str, Any]) -> str:
    css, js = _asset("review_page.css"), _asset("review_page.js")
    csp = (
        f"default-src 'none'; style-src {_csp_hash(css)}; script-src {_csp_hash(js)}; "
        "base-uri 'none'; form-action 'none'"
    )
    flags = summary.get("flags", 0)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>normalize review — {_esc(_plural(summary['files'], 'file'))}, "
        f"{_esc(_plural(summary['edits'], 'edit'))}</title>"
        f"<style>{css}</style></head><body>"
        "<header><h1>normalize review</h1>"
        f'<span class="counts"><span>{_plural(summary["files"], "file")}</span>'
        f"<span>{summary['files_changed']} changed</span><span>{_plural(summary['edits'], 'edit')}</span>"
        f'<span>flagged passages: <b id="count-flags">{flags}</b></span>'
        f'<span>accepted: <b id="count-accepted">{summary["edits"]}</b></span>'
        '<span>rejected: <b id="count-rejected">0</b></span>'
        '<span>suggestions accepted: <b id="count-suggestions">0</b></span>'
        f'<span>shown: <b id="count-shown">{summary["edits"]}</b></span>'
        '<span id="hidden-note" class="hidden-note" hidden>hidden by the filter: <b id="count-hidden">0</b> '
        '(<b id="count-hidden-accepted">0</b> accepted, <b id="count-hidden-rejected">0</b> rejected; '
        "hiding keeps a decision)</span></span>"
        '<div class="row filters" id="filters">Categories: <span id="categories"></span>'
        '<details class="rules"><summary>Rules (<span id="rule-count">0</span>)</summary>'
        '<ul class="rule-list" id="rule-list"></ul></details>'
        '<label>File: <input type="search" id="filter-file" placeholder="path contains…"></label></div>'
        '<div class="row"><button id="accept-all" type="button" title="Accept every edit the filter shows">'
        "Accept shown</button>"
        '<button id="reject-all" type="button" title="Reject every edit the filter shows">Reject shown</button>'
        '<button id="export" type="button">Export decisions</button>'
        '<label>Import decisions: <input type="file" id="import" accept=".json,application/json"></label>'
        '<span id="status" role="status"></span></div>'
        f'<div class="row keys">Keys: {_KEYS}. <span id="current"></span></div></header>'
        '<div class="layout"><nav id="index" aria-label="files"><h2>Files</h2><ol id="index-list"></ol></nav>'
        '<main id="files"></main></div><div id="tip" role="tooltip"></div>'
    )


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def write_html(out: IO[str], entries: Sequence[dict[str, Any]], summary: dict[str, Any]) -> None:
    """Write the review page to ``out``, one file's data at a time.

    The localStorage key that keeps decisions across a reload is a hash of the data, so
    decisions made on one report never turn up on another.
    """
    out.write(_head(summary))
    out.write('<script id="report-data" type="application/json">{"files": [')
    digest = hashlib.sha256()
    names: dict[str, str] = {}
    for number, item in enumerate(entries):
        chunk = (", " if number else "") + _json_for_script({k: v for k, v in item.items() if k != "text"})
        digest.update(chunk.encode("utf-8", "surrogatepass"))
        out.write(chunk)
        _invisible_names(item, names)
    out.write("]}</script>")
    out.write(f'<script id="char-names" type="application/json">{_json_for_script(names)}</script>')
    out.write(f'<script id="report-key" type="application/json">"{digest.hexdigest()[:32]}"</script>')
    out.write(f"<script>{_asset('review_page.js')}</script></body></html>\n")


def render_html(entries: Sequence[dict[str, Any]], summary: dict[str, Any]) -> str:
    """The whole review page as one string (``write_html`` streams it instead)."""
    buffer = io.StringIO()
    write_html(buffer, entries, summary)
    return buffer.getvalue()


def extract_data(page: str) -> dict[str, Any]:
    """The report data embedded in a page written by ``write_html``."""
    match = _DATA_RE.search(page)
    if match is None:
        raise ValueError("no report data in page")
    return json.loads(match.group(1))
