"""Protected spans: content that is not prose, found once per document, which no rule may edit.

A URL, an e-mail address, a handle or a hashtag, a file path, code, markup, a dotted
or camel-case identifier, a table or CSV line: each is read by a machine or names
something byte for byte, so a repair inside one destroys it ("#الحشد_الشعبي" → "#_",
"Amazon.Com" → "Amazon. Com").  The pipeline finds the spans before the first stage
and drops, in one place, every change that touches one (``pipeline._LeftAlone``).

What counts is data: ``rules/language/protected.yaml`` lists the patterns by kind, and
``rules/language/sentence_openers.yaml`` the words that make "talks.The" two glued
sentences rather than an identifier.  CSV-like blocks are found here, by structure.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import regex
import yaml

from .errors import RulePackError
from .lexicon import rules_directory

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


def language_file(name: str) -> Path:
    """A data file of language knowledge under ``rules/language``."""
    return rules_directory() / "language" / name


def load_language_data(name: str) -> dict[str, Any]:
    """A mapping read from ``rules/language/<name>``; a missing or malformed file is a pack error."""
    path = language_file(name)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise RulePackError(str(path), f"cannot read language data: {exc}") from None
    if not isinstance(data, dict):
        raise RulePackError(str(path), "language data must be a mapping")
    return data


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, regex.Pattern[str], regex.Pattern[str]], ...]:
    """(kind, the cheap test a document must pass, the pattern) for each entry of ``protected.yaml``."""
    openers = load_language_data("sentence_openers.yaml").get("words", [])
    compiled = []
    for entry in load_language_data("protected.yaml").get("patterns", []):
        flags = 0
        for name in entry.get("flags", []):
            flags |= _FLAGS[name]
        lists = {"openers": openers} if entry.get("lists_from") == "sentence_openers" else {}
        try:
            needs = regex.compile(entry.get("needs", ""))
            compiled.append((str(entry["kind"]), needs, regex.compile(entry["pattern"], flags, **lists)))
        except (regex.error, KeyError, TypeError) as exc:
            raise RulePackError(str(language_file("protected.yaml")), f"pattern {entry!r}: {exc}") from None
    return tuple(compiled)


def find_protected(text: str) -> list[Protected]:
    """Every protected span of ``text``, sorted, overlapping ones merged (the first kind is kept)."""
    found: list[Protected] = []
    if not text:
        return found
    for kind, needs, pattern in _patterns():
        if needs.search(text) is not None:
            found.extend(Protected(m.start(), m.end(), kind) for m in pattern.finditer(text) if m.end() > m.start())
    found.extend(Protected(a, b, "csv") for a, b in csv_blocks(text))
    found.extend(Protected(a, b, "quoted-mention") for a, b in quoted_mentions(text))
    return _merged(found)


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


_LINE = regex.compile(r"^[^\n]*", regex.MULTILINE)
_DELIMITERS = (",", ";", "\t")
#: A delimiter with a letter or digit right after it: data, where prose puts a space.
_TIGHT = {d: regex.compile(rf"{regex.escape(d)}[\w\"']") for d in _DELIMITERS}


def csv_blocks(text: str) -> list[Span]:
    """Runs of two or more lines that read as delimited data: one delimiter, as often on each line.

    Prose puts a space after its commas and seldom has two lines in a row with the same
    number of them; a header and its rows ("name,role" / "al-Kazimi,prime minister")
    do, and at least one of the lines has a delimiter with no space after it.
    """
    lines = [m.span() for m in _LINE.finditer(text)]
    blocks: list[Span] = []
    i = 0
    while i < len(lines):
        found = _block_at(text, lines, i)
        if found is None:
            i += 1
            continue
        j = found
        blocks.append((lines[i][0], lines[j - 1][1]))
        i = j
    return blocks


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


@functools.lru_cache(maxsize=1)
def _quoted_cues() -> tuple[int, regex.Pattern[str], regex.Pattern[str]]:
    quoted = load_language_data("mention_cues.yaml")["quoted"]
    return (
        int(quoted["max_words"]),
        regex.compile(quoted["before"], regex.IGNORECASE),
        regex.compile(quoted["after"], regex.IGNORECASE),
    )


def quoted_mentions(text: str) -> list[Span]:
    """Short quotations the sentence talks about as forms ('"the the" is a common typo', 'the phrase "and and"').

    The cues around the quotation are data (``quoted`` in ``rules/language/mention_cues.yaml``).
    """
    if '"' not in text and "“" not in text and "'" not in text:
        return []
    max_words, before, after = _quoted_cues()
    spans = []
    for match in _QUOTATION.finditer(text):
        if len(match.group()[1:-1].split()) > max_words:
            continue
        line_start = text.rfind("\n", max(0, match.start() - 40), match.start()) + 1  # as far back as is read
        if before.search(text, max(line_start, match.start() - 40), match.start()) or after.match(
            text[match.end() : match.end() + 40]
        ):
            spans.append(match.span())
    return spans
