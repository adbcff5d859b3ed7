"""Protected spans: content that is not prose, found once per document, which no rule may edit.

A URL, an e-mail address, a handle or a hashtag, a file path, code, markup, a dotted
or camel-case identifier, a table or CSV line: each is read by a machine or names
something byte for byte, so a repair inside one destroys it ("#الحشد_الشعبي" → "#_",
"Amazon.Com" → "Amazon. Com").  The pipeline finds the spans before the first stage
and drops, in one place, every change that touches one (``pipeline._LeftAlone``).

What counts is data: ``rules/language/protected.yaml`` lists the patterns by kind, and
``rules/language/sentence_openers.yaml`` the words that make "talks.The" two glued
sentences rather than an identifier (the running normalizer's, which a pack may
override).  CSV-like blocks are found here, by structure.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

import regex

from .dbcache import compile_database, hyperscan
from .lexicon import compiled_from
from .screen import ThreadScratch

Span = tuple[int, int]

_FLAGS = {"multiline": regex.MULTILINE, "dotall": regex.DOTALL, "ignorecase": regex.IGNORECASE}


@dataclass(frozen=True, slots=True)
class Protected:
    """A span of the text no rule may change, and what it is (url, code, csv ...)."""

    start: int
    end: int
    kind: str

    def to_dict(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "kind": self.kind}

    def moved(self, by: int) -> Protected:
        return Protected(self.start + by, self.end + by, self.kind)


class _Entry(NamedTuple):
    """One entry of ``protected.yaml``, compiled."""

    kind: str
    #: Cheap tests, one of which the text must pass before the pattern is tried at all.
    needs: tuple[regex.Pattern[str], ...]
    pattern: regex.Pattern[str]
    #: For a pattern that stays within a line: a test each match holds on its own line (None: not given).
    lines: regex.Pattern[str] | None


@compiled_from("protected.yaml", "sentence_openers.yaml")
def _patterns(protected: Mapping[str, Any], sentence_openers: Mapping[str, Any]) -> tuple[_Entry, ...]:
    """Each entry of ``protected.yaml``, compiled (a bad one is a load error naming the file)."""
    openers = sentence_openers.get("words", [])
    compiled = []
    for entry in protected.get("patterns", []):
        flags = 0
        for name in entry.get("flags", []):
            flags |= _FLAGS[name]
        lists = {"openers": openers} if entry.get("lists_from") == "sentence_openers" else {}
        needs = entry.get("needs", "")
        tests = tuple(regex.compile(n) for n in ([needs] if isinstance(needs, str) else needs))
        lines = regex.compile(entry["line_needs"]) if "line_needs" in entry else None
        pattern = regex.compile(entry["pattern"], flags, **lists)
        compiled.append(_Entry(str(entry["kind"]), tests, pattern, lines))
    return tuple(compiled)


def find_protected(text: str) -> list[Protected]:
    """Every protected span of ``text``, sorted, overlapping ones merged (the first kind is kept)."""
    found: list[Protected] = []
    if not text:
        return found
    entries = _patterns()
    present = _needs_screen(entries).present(text)
    for index, entry in enumerate(entries):
        if index not in present:
            continue
        for start, end in [(0, len(text))] if entry.lines is None else _lines_with(entry.lines, text):
            matches = entry.pattern.finditer(text, start, end)
            found.extend(Protected(m.start(), m.end(), entry.kind) for m in matches if m.end() > m.start())
    found.extend(Protected(a, b, "csv") for a, b in csv_blocks(text))
    found.extend(Protected(a, b, "quoted-mention") for a, b in quoted_mentions(text))
    return _merged(found)


class _NeedsScreen:
    """Which entries' ``needs`` occur in a text, found in one Hyperscan scan.

    Searching each entry's needs with ``regex`` took most of the time of finding the
    protected spans: two dozen passes over every text, a few of them case-blind.
    An entry with a need Hyperscan cannot take (or every entry, without Hyperscan) is
    tested with ``regex`` as before.
    """

    def __init__(self, entries: Sequence[_Entry]) -> None:
        scanned = list(range(len(entries))) if hyperscan is not None else []
        try:
            self._database = _needs_database(entries, scanned)
        except hyperscan.error:  # some need Hyperscan cannot take: those entries are searched by regex
            scanned = [i for i in scanned if all(_compiles(need.pattern) for need in entries[i].needs)]
            self._database = _needs_database(entries, scanned)
        self._scratch = None if self._database is None else ThreadScratch(self._database)
        self._all = [(i, e.needs) for i, e in enumerate(entries)]
        self._searched = [(i, needs) for i, needs in self._all if i not in scanned]

    def present(self, text: str) -> set[int]:
        """The indexes of the entries one of whose needs occurs in ``text``."""
        found: set[int] = set()
        searched = self._searched
        if self._database is not None and self._scratch is not None:
            try:
                data = text.encode("utf-8")
            except UnicodeEncodeError:  # a lone surrogate: Hyperscan takes UTF-8 only, so every need by regex
                searched = self._all
            else:
                self._database.scan(data, match_event_handler=lambda i, *_: found.add(i), scratch=self._scratch.get())
        found.update(i for i, needs in searched if any(need.search(text) is not None for need in needs))
        return found


_SCAN_FLAGS = 0 if hyperscan is None else hyperscan.HS_FLAG_UTF8 | hyperscan.HS_FLAG_UCP | hyperscan.HS_FLAG_SINGLEMATCH


@functools.lru_cache(maxsize=8)
def _needs_screen(entries: tuple[_Entry, ...]) -> _NeedsScreen:
    return _NeedsScreen(entries)


def _needs_database(entries: Sequence[_Entry], scanned: list[int]) -> Any:
    expressions = [need.pattern.encode("utf-8") for i in scanned for need in entries[i].needs]
    ids = [i for i in scanned for _ in entries[i].needs]
    return compile_database(expressions, ids, _SCAN_FLAGS) if expressions else None


def _compiles(pattern: str) -> bool:
    try:
        hyperscan.Database().compile(expressions=[pattern.encode("utf-8")], flags=[_SCAN_FLAGS])
    except hyperscan.error:
        return False
    return True


def _lines_with(test: regex.Pattern[str], text: str) -> list[Span]:
    """The lines (each with its line break) where ``test`` matches, neighbours merged.

    An entry's pattern is searched in these alone: a pattern that matches anywhere
    matches within one line and holds ``line_needs`` there, so the other lines have
    nothing for it, and a regex tried at every character of a long text is the cost
    this saves.  Look-behinds still see the text before a line; a line break ends it.
    """
    spans: list[Span] = []
    found = test.search(text)
    while found is not None:
        start = text.rfind("\n", 0, found.start()) + 1
        end = text.find("\n", found.end())
        end = len(text) if end == -1 else end + 1
        if spans and spans[-1][1] >= start:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
        found = test.search(text, end) if end < len(text) else None
    return spans


def _merged(spans: Iterable[Protected]) -> list[Protected]:
    merged: list[Protected] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if merged and span.start < merged[-1].end:
            last = merged[-1]
            if span.end > last.end:
                merged[-1] = Protected(last.start, span.end, last.kind)
            continue
        merged.append(span)
    return merged


_DELIMITERS = (",", ";", "\t")
#: A delimiter with a letter or digit right after it, or a quote opening a field: data, where prose puts
#: a space.  A quote after a comma and before a space closes a quotation (`extortion," he said`): prose.
#: A comma between figures in groups of three (24,500) is a thousands separator, in prose as in data.
_TIGHT = {
    d: regex.compile(rf"{regex.escape(d)}(?!(?<=[0-9],)[0-9]{{3}}(?![0-9]))(?:\w|[\"'](?![\s\p{{P}}]|$))")
    for d in _DELIMITERS
}


def csv_blocks(text: str) -> list[Span]:
    """Runs of two or more lines that read as delimited data: one delimiter, as often on each line.

    Prose puts a space after its commas and seldom has two lines in a row with the same
    number of them; a header and its rows ("name,role" / "al-Kazimi,prime minister")
    do, and at least one of the lines has a delimiter with no space after it.
    """
    lines: list[Span] = []
    position = 0
    for line in text.split("\n"):
        lines.append((position, position + len(line)))
        position += len(line) + 1
    blocks: list[Span] = []
    i = 0
    while i < len(lines):
        # A block is two lines or more: a line before a blank one (most lines of prose) starts none.
        found = None if i + 1 == len(lines) or _blank(text, lines[i + 1]) else _block_at(text, lines, i)
        if found is None:
            i += 1
            continue
        j = found
        blocks.append((lines[i][0], lines[j - 1][1]))
        i = j
    return blocks


def _blank(text: str, line: Span) -> bool:
    start, end = line
    return start == end or text[start:end].isspace()


def _block_at(text: str, lines: list[Span], i: int) -> int | None:
    """The end index (exclusive) of a delimited block starting at line ``i``, if any."""
    first = text[lines[i][0] : lines[i][1]]
    for delimiter in _DELIMITERS:
        count = first.count(delimiter)
        if count == 0:
            continue
        j = i + 1
        while j < len(lines):
            line = text[lines[j][0] : lines[j][1]]
            if not line.strip() or line.count(delimiter) != count:
                break
            j += 1
        if j - i < 2:
            continue
        rows = [text[a:b] for a, b in lines[i:j]]
        if any(_TIGHT[delimiter].search(row) for row in rows) and all(len(row) <= 400 for row in rows):
            return j
    return None


def touches(spans: list[Protected], start: int, end: int) -> bool:
    """Does a change of [start, end) touch a protected span?  An insertion must fall strictly inside one."""
    if start == end:
        return any(s.start < start < s.end for s in spans)
    return any(start < s.end and end > s.start for s in spans)


_QUOTATION = regex.compile(r'"[^"\n]{1,80}"|“[^“”\n]{1,80}”|(?<!\w)\'[^\'\n]{1,40}\'(?!\w)')


@compiled_from("mention_cues.yaml")
def _quoted_cues(cues: Mapping[str, Any]) -> tuple[int, int, regex.Pattern[str], regex.Pattern[str]]:
    quoted = cues["quoted"]
    return (
        int(quoted["max_words"]),
        int(quoted.get("reach", 160)),
        regex.compile(quoted["before"], regex.IGNORECASE),
        regex.compile(quoted["after"], regex.IGNORECASE),
    )


def quoted_mentions(text: str) -> list[Span]:
    """Short quotations the sentence talks about as forms ('"the the" is a common typo', 'the phrase "and and"').

    The cues around the quotation are data (``quoted`` in ``rules/language/mention_cues.yaml``).
    """
    if '"' not in text and "“" not in text and "'" not in text:
        return []
    max_words, reach, before, after = _quoted_cues()
    spans = []
    for match in _QUOTATION.finditer(text):
        if len(match.group()[1:-1].split()) > max_words:
            continue
        line_start = text.rfind("\n", max(0, match.start() - reach), match.start()) + 1  # as far back as is read
        if before.search(text, max(line_start, match.start() - reach), match.start()) or after.match(
            text[match.end() : match.end() + 40]
        ):
            spans.append(match.span())
    return spans
