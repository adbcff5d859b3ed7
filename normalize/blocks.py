"""Blocks: the pieces of a text the rules search, paragraphs with long ones cut at sentence starts.

The screen (``normalize.screen``) sends each rule only to the blocks where its
triggers hit.  A block is a paragraph and the blank lines after it, which costs
nothing on ordinary text; but text with no paragraph breaks (a file that is one
20 MB line) would be one block, and every rule with a single hit anywhere would
search all of it, and a helper that counts from the start of the paragraph (is
this word inside a quotation?) would count from the top for every word.  So a
paragraph longer than ``blocks.max_block_chars`` (rules/language/english.yaml) is
cut at each sentence start (". " before a capital), and a sentence longer than
that limit at the last space in reach, so that a rule still sees whole sentences.
A cut inside a paragraph is *soft*: the screen searches the block on either side
of it too, so that a match that reaches across it, or looks across it, is still
found whole, and a later round reruns a touched block with its neighbours.
Ordinary paragraphs are far shorter than the limit and are never cut, so their
edits cannot depend on it.

The quotations open at each soft cut are known (``Blocks.quotes_open``), so that
``normalize.quotes.in_quotation`` counts from the block's start and still gives
the answer it would give counting from the paragraph's.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
import threading
from collections.abc import Iterable, Iterator

import regex

from .lexicon import current

Span = tuple[int, int]

#: A paragraph ends at a blank line (the stages split paragraphs with this too); the same gaps
#: are found in the text and in its UTF-8 bytes.
GAP = r"\n(?:[ \t\r]*\n)+"
BLANK_LINES = re.compile(GAP)
_BLANK_LINES_IN_BYTES = re.compile(GAP.encode())

#: Where a sentence begins after another in the same paragraph: a full stop, a question or an
#: exclamation mark after a lower-case letter or a digit, any closing quotes or brackets, spaces,
#: then a capital (perhaps behind an opening quote).  A cut goes after the spaces.  The match
#: begins at the punctuation, which the regex engine finds fast, not at every space.
_SENTENCE_START = regex.compile(r"(?<=[\p{Ll}\p{N}])[.!?][”\"’»)]*[ \t]+(?=[“\"‘«(]?\p{Lu})")

#: A run of spaces inside a line: where a sentence longer than the limit is cut.
_SPACES = regex.compile(r"[ \t]+")

#: Quotation marks as a direct quotation uses them.  A curly single quote counts only where it
#: cannot be an apostrophe: opening after a non-letter, closing before one ("the ministers’ meeting"
#: still closes, which at worst ends a quotation early and lets a repair through).
QUOTE_MARK = regex.compile(r"[“”\"«»]|(?<!\p{L})‘|’(?!\p{L})")

_OPENS = {"“": "double", "«": "angle", "‘": "single"}

_CLOSES = {"”": "double", "»": "angle", "’": "single"}


def quotes_after(text: str, start: int, end: int, open_marks: frozenset[str] = frozenset()) -> frozenset[str]:
    """The quotations open at ``end``, given those open at ``start``."""
    for mark in QUOTE_MARK.finditer(text, start, end):
        open_marks = _after(open_marks, mark.group())
    return open_marks


def _after(open_marks: frozenset[str], char: str) -> frozenset[str]:
    """“ and « open, ” and » close, and a straight double quote opens and closes in turn."""
    if char == '"':
        return open_marks ^ {"straight"}
    if char in _OPENS:
        return open_marks | {_OPENS[char]}
    return open_marks - {_CLOSES[char]}


class Blocks:
    """Where each block of a text starts (the first at 0), and whether it starts a paragraph."""

    def __init__(self, text: str, starts: list[int], soft: list[bool]) -> None:
        self.text = text
        self.starts = starts
        #: For each start: is it a cut inside a paragraph (True) or the start of a paragraph (False)?
        self.soft = soft
        self._quotes: list[frozenset[str]] | None = None
        #: The starts in the text's UTF-8 bytes (``block_byte_starts``): each part of the screen asks.
        self._byte_starts: list[int] | None = None

    def index(self, position: int) -> int:
        """The block that holds ``position``."""
        return bisect.bisect_right(self.starts, position) - 1

    def quotes_open(self, block: int) -> frozenset[str]:
        """The quotations open where ``block`` starts (none at the start of a paragraph)."""
        if self._quotes is None:
            self._quotes = self._quote_states()
        return self._quotes[block]

    def _quote_states(self) -> list[frozenset[str]]:
        """The open quotations at every block start.

        Only a soft cut carries quotations over, from the block before it, so only the
        marks of a block that a soft cut follows are read: ordinary text, whose
        paragraphs are never cut, costs nothing here however many quotes it has.
        """
        states: list[frozenset[str]] = []
        none: frozenset[str] = frozenset()
        for k, soft in enumerate(self.soft):
            if not soft:
                states.append(none)
                continue
            open_marks = states[k - 1]
            # From the block's start to the end of the text, as one walk over the whole text
            # would see each mark (a closing mark's look-ahead reads past the cut).
            for mark in QUOTE_MARK.finditer(self.text, self.starts[k - 1]):
                if mark.start() >= self.starts[k]:
                    break
                open_marks = _after(open_marks, mark.group())
            states.append(open_marks)
        return states


def max_block_chars() -> int:
    """The current language's limit (a pack may set its own); 0 means never cut a paragraph."""
    return current().blocks.max_block_chars


def paragraph_cuts(text: str, start: int, end: int, limit: int) -> list[int]:
    """Soft cuts of ``text[start:end]`` (one paragraph): at every sentence start, and in a sentence
    longer than ``limit`` at the end of a run of spaces, leaving no block longer than ``limit``
    unless a single "word" is (which is never cut)."""
    cuts: list[int] = []
    block = start
    for sentence in _SENTENCE_START.finditer(text, start, end):
        cut = sentence.end()
        cuts.extend(_at_spaces(text, block, cut, limit))
        cuts.append(cut)
        block = cut
    cuts.extend(_at_spaces(text, block, end, limit))
    return cuts


def last_sentence_start(text: str) -> int | None:
    """Where the last sentence that begins after another in ``text`` begins (None if none does)."""
    last = None
    for sentence in _SENTENCE_START.finditer(text):
        last = sentence.end()
    return last


def _at_spaces(text: str, start: int, end: int, limit: int) -> list[int]:
    """Cuts after runs of spaces in ``text[start:end]``, each the last within ``limit`` of the one before."""
    cuts: list[int] = []
    while end - start > limit:
        reach = start + limit
        cut = None
        for space in _SPACES.finditer(text, start + 1, reach):
            if space.end() < reach:
                cut = space.end()
        if cut is None:  # no space within reach: the first one after it
            later = _SPACES.search(text, reach, end)
            if later is None or later.end() >= end:
                break
            cut = later.end()
        cuts.append(cut)
        start = cut
    return cuts


def _compute(text: str, limit: int) -> Blocks:
    starts = [0]
    starts.extend(gap.end() for gap in BLANK_LINES.finditer(text))
    ends = [*starts[1:], len(text)]
    if not limit or max(map(operator.sub, ends, starts)) <= limit:
        return Blocks(text, starts, [False] * len(starts))
    blocks = Blocks(text, [], [])
    for a, b in zip(starts, ends, strict=True):
        blocks.starts.append(a)
        blocks.soft.append(False)
        if b - a > limit:
            gap = BLANK_LINES.search(text, a, b)
            cuts = paragraph_cuts(text, a, gap.start() if gap else b, limit)
            blocks.starts.extend(cuts)
            blocks.soft.extend([True] * len(cuts))
    return blocks


#: The last two texts' blocks, per thread: the stages ask for one text's blocks many times (the
#: screen, the quotation test, the later rounds), and a round's text and the joined text of its
#: later round alternate.  Only two, since each holds its text, which may be large.
_LAST = threading.local()


def blocks_of(text: str) -> Blocks:
    """The blocks of ``text`` under the current limit (remembered for the last two texts asked about)."""
    limit = max_block_chars()
    remembered: list[tuple[int, Blocks]] = getattr(_LAST, "entries", [])
    for known_limit, found in remembered:
        if found.text is text and known_limit == limit:
            return found
    found = _compute(text, limit)
    _LAST.entries = [(limit, found), *remembered[:1]]
    return found


def settle_spans(text: str, touched: list[Span]) -> list[Span]:
    """What a later round normalizes again: the paragraphs that meet a touched span (sorted, a point
    for a deletion); in a paragraph cut into blocks, only the touched blocks, each with the block on
    either side of it as context, joined where they meet."""
    units = _units(text, blocks_of(text))
    chosen: set[int] = set()
    k = 0
    for j, (a, b, _) in enumerate(units):
        while k < len(touched) and touched[k][1] < a:
            k += 1
        if k < len(touched) and touched[k][0] <= b:
            chosen.add(j)
    for j in list(chosen):
        chosen.update(i for i in (j - 1, j + 1) if 0 <= i < len(units) and units[i][2] == units[j][2])
    spans: list[Span] = []
    for j in sorted(chosen):
        a, b, paragraph = units[j]
        if spans and j - 1 in chosen and units[j - 1][2] == paragraph:
            spans[-1] = (spans[-1][0], b)
        else:
            spans.append((a, b))
    return spans


def _units(text: str, blocks: Blocks) -> list[tuple[int, int, int]]:
    """Each paragraph (without the blank lines around it), or each block of one cut into blocks,
    as (start, end, the paragraph's number)."""
    units: list[tuple[int, int, int]] = []
    i = 0
    for number, (a, b) in enumerate(paragraph_spans(text)):
        edges = [a]
        while i < len(blocks.starts) and blocks.starts[i] < b:
            if blocks.soft[i] and blocks.starts[i] > a:
                edges.append(blocks.starts[i])
            i += 1
        edges.append(b)
        units.extend((x, y, number) for x, y in itertools.pairwise(edges))
    return units


def paragraph_spans(text: str) -> Iterator[Span]:
    """(start, end) of each paragraph: text between blank lines, without the line breaks around it."""
    start = 0
    for gap in BLANK_LINES.finditer(text):
        if gap.start() > start:
            yield start, gap.start()
        start = gap.end()
    if start < len(text):
        yield start, len(text)


def block_byte_starts(blocks: Blocks, data: bytes) -> list[int]:
    """The blocks' starts as offsets in ``data``, their text's UTF-8 bytes (what Hyperscan reports).

    Where every block is a whole paragraph, the same blank lines are found in the bytes, in C.
    They are found once for the blocks, whichever part of the screen asks first.
    """
    if len(data) == len(blocks.text):
        return blocks.starts
    if blocks._byte_starts is None:
        if not any(blocks.soft):
            blocks._byte_starts = [0, *(gap.end() for gap in _BLANK_LINES_IN_BYTES.finditer(data))]
        else:
            blocks._byte_starts = byte_starts(blocks.text, blocks.starts)
    return blocks._byte_starts


def byte_starts(text: str, starts: Iterable[int]) -> list[int]:
    """The block starts as offsets in ``text``'s UTF-8 bytes (what Hyperscan reports)."""
    found: list[int] = []
    position = offset = 0
    for start in starts:
        offset += len(text[position:start].encode("utf-8"))
        found.append(offset)
        position = start
    return found
