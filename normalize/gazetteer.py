"""The gazetteer: the region's people, organisations, places and media, kept as TSV tables.

A terminologist edits ``rules/gazetteer/*.tsv`` in a spreadsheet, one name a row:

    id  canonical  arabic  type  country  variants  style_variants  requires  note  [romanised  rule  keep]

``variants`` are MT errors, repaired by default; ``style_variants`` are spellings that
professional outlets use as their house style (Hizballah, Khamene'i), kept in the data
and never repaired by default.  Both, like ``requires`` (context words) and ``keep``
(sentences no rule may change), are separated by "|".  ``romanised`` is the Arabic name
in Latin letters where the canonical form is English (the Popular Mobilization Forces
are al-Hashd al-Shaabi), for its calques; ``rule`` names a hand-written rule of another
pack that already repairs the name, which the gazetteer then leaves to it.

``normalize.gazetteer_rules`` turns the rows into term rules; this module reads and
checks them.  Each problem is a ``RulePackError`` naming the file and line.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import regex

from .errors import RulePackError, did_you_mean

COLUMNS = (
    "id",
    "canonical",
    "arabic",
    "type",
    "country",
    "variants",
    "style_variants",
    "requires",
    "note",
    "romanised",
    "rule",
    "keep",
)
REQUIRED = ("id", "canonical", "arabic", "type", "country")
_LISTS = ("variants", "style_variants", "requires", "keep")
_ARABIC = regex.compile(r"\p{Script=Arabic}")
#: Letters of the Arabic script, and what may come between them in a name (spaces, the tatweel, marks).
_ARABIC_NAME = regex.compile(r"[\p{Script=Arabic}\p{Mn} \u0640\u200c\u200d()\-.'0-9/]+")
_ID = regex.compile(r"[a-z0-9][a-z0-9-]*")


@dataclass(frozen=True)
class Entry:
    """One row of the gazetteer."""

    id: str
    canonical: str
    arabic: str
    type: str
    family: str
    country: str
    variants: tuple[str, ...] = ()
    style_variants: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    note: str = ""
    romanised: str = ""
    rule: str = ""
    keep: tuple[str, ...] = ()
    source: str = ""
    line: int = 0


def read_tables(paths: Sequence[Path], types: Mapping[str, str], countries: frozenset[str]) -> list[Entry]:
    """Every row of every table, checked; ids are unique across the tables."""
    entries: list[Entry] = []
    seen: dict[str, str] = {}
    for path in paths:
        shown = f"gazetteer/{path.name}"
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise RulePackError(shown, f"cannot read: {exc}") from None
        for entry in read_table(text, shown, types, countries):
            if entry.id in seen:
                raise RulePackError(shown, f"id already used in {seen[entry.id]}", rule=entry.id, line=entry.line)
            seen[entry.id] = shown
            entries.append(entry)
    return entries


def read_table(text: str, shown: str, types: Mapping[str, str], countries: frozenset[str]) -> list[Entry]:
    """The rows of one table; blank rows and rows whose first cell starts with "#" (comments) are skipped."""
    rows = csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(rows, None)
    while header is not None and header[:1] and header[0].startswith("#"):  # comments above the header
        header = next(rows, None)
    if header is None:
        raise RulePackError(shown, "empty table: a header row is needed")
    columns = [cell.strip().lower() for cell in header]
    for column in columns:
        if column not in COLUMNS:
            raise RulePackError(shown, f"unknown column '{column}'{did_you_mean(column, COLUMNS)}", line=1)
    for column in REQUIRED:
        if column not in columns:
            raise RulePackError(shown, f"no '{column}' column", line=1)
    entries: list[Entry] = []
    for row in rows:
        line = rows.line_num
        if not any(cell.strip() for cell in row) or row[0].lstrip().startswith("#"):
            continue
        if len(row) > len(columns):
            raise RulePackError(shown, f"{len(row)} cells, but the header names {len(columns)}", line=line)
        cells = {column: value.strip() for column, value in zip(columns, row, strict=False)}
        entries.append(_entry(cells, shown, line, types, countries))
    return entries


def _entry(cells: dict[str, str], shown: str, line: int, types: Mapping[str, str], countries: frozenset[str]) -> Entry:
    def fail(message: str) -> RulePackError:
        return RulePackError(shown, message, rule=cells.get("id") or None, line=line)

    for column in REQUIRED:
        if not cells.get(column):
            raise fail(f"empty '{column}'")
    if not _ID.fullmatch(cells["id"]):
        raise fail("an id is lower-case letters, digits and hyphens")
    if cells["type"] not in types:
        raise fail(f"unknown type '{cells['type']}'{did_you_mean(cells['type'], types)}")
    if cells["country"] not in countries:
        raise fail(f"unknown country '{cells['country']}' (an ISO 3166 code of the region)")
    arabic = cells["arabic"]
    if not _ARABIC.search(arabic) or not _ARABIC_NAME.fullmatch(arabic):
        raise fail(f"'arabic' must be written in Arabic script, not {arabic!r}")
    lists = {column: tuple(v.strip() for v in cells.get(column, "").split("|") if v.strip()) for column in _LISTS}
    for column in ("variants", "style_variants"):
        for value in lists[column]:
            if value.casefold() == cells["canonical"].casefold():
                raise fail(f"'{column}' lists the canonical form '{value}' itself")
    return Entry(
        id=cells["id"],
        canonical=cells["canonical"],
        arabic=arabic,
        type=cells["type"],
        family=types[cells["type"]],
        country=cells["country"],
        note=cells.get("note", ""),
        romanised=cells.get("romanised", ""),
        rule=cells.get("rule", ""),
        source=shown,
        line=line,
        **lists,
    )
