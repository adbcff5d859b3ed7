"""Scans of a document that tell each rule which paragraphs it needs to look at.

Most rules never fire on most paragraphs, yet a plain ``regex`` scan costs a full
pass over the text per rule.  Instead every rule that can be screened names one or
more *triggers*: simple regexes (no look-around, no back-references) of which one
must match in any paragraph where the rule itself can match.  The triggers are
compiled into three Hyperscan databases (those of the stages before the phrase
rules, of the phrase rules, of the stages after them: ``Screen``), each found in one
scan when a stage of its part first asks; each rule then runs only on the blocks (a
paragraph plus the blank lines after it) where one of its triggers hit.

A trigger is a necessary condition, never a decision: the rule's own regex still
decides what changes, so a screened run gives exactly the edits of an unscreened
one (the test suite compares the two).  Without Hyperscan (a platform it has no
wheel for) or with ``enabled=False``, every rule simply looks everywhere.
"""

from __future__ import annotations

import array
import bisect
import functools
import itertools
import operator
import re
import sys
import threading
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import regex

from .blocks import Blocks, block_byte_starts, blocks_of
from .dbcache import cached_json, compile_database, digest

try:
    import hyperscan
except ImportError:  # pragma: no cover - exercised only where Hyperscan has no wheel
    hyperscan = None  # type: ignore[assignment]

Span = tuple[int, int]


def available() -> bool:
    """Is the Hyperscan engine importable here?"""
    return hyperscan is not None


def trigger_error(pattern: str) -> str | None:
    """Why Hyperscan cannot compile ``pattern`` as a trigger, or None if it can."""
    if hyperscan is None:
        return None
    database = hyperscan.Database()
    try:
        database.compile(expressions=[cheapen(pattern).encode("utf-8")], flags=[_FLAGS])
    except hyperscan.error as exc:
        return str(exc)
    return None


#: Unicode classes a trigger may use, as (superset, subset) of ASCII ranges plus "anything beyond ASCII".
#: Hyperscan compiles \p{Ll} and friends into large automata (tens of milliseconds each); these ranges
#: compile in about one, and since a trigger is only a necessary condition, a looser one is still right.
_CHEAP_CLASSES = {
    "L": ("A-Za-z\\x{80}-\\x{10FFFF}", "A-Za-z"),
    "Ll": ("a-z\\x{80}-\\x{10FFFF}", "a-z"),
    "Lu": ("A-Z\\x{80}-\\x{10FFFF}", "A-Z"),
    "N": ("0-9\\x{80}-\\x{10FFFF}", "0-9"),
}
_CLASS_ESCAPE = re.compile(r"\\p\{([\w=]+)\}")


def cheapen(pattern: str) -> str:
    """``pattern`` with its Unicode classes spelt so that Hyperscan compiles them fast and matches at least as much.

    \\p{L}, \\p{Ll}, \\p{Lu} and \\p{N} are widened to cheap classes; inside a negated
    class (``[^...]``) one is narrowed instead, to its ASCII part, so that the
    negation still admits at least what it admitted before.  Any other \\p{...} (a
    script, say) becomes the exact code points the ``regex`` module gives it, which
    the rules' own regexes use: Hyperscan's Unicode tables are older, and a letter
    added to a script since would otherwise be missed by the trigger.
    """
    if "\\p{" not in pattern:  # most triggers have no class to respell: the walk below would copy them as they are
        return pattern
    out: list[str] = []
    i = 0
    in_class = negated = False
    class_start = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            match = _CLASS_ESCAPE.match(pattern, i)
            if match and match.group(1) in _CHEAP_CLASSES:
                wide, narrow = _CHEAP_CLASSES[match.group(1)]
                if in_class:
                    out.append(narrow if negated else wide)
                else:
                    out.append(f"[{wide}]")
                i = match.end()
                continue
            exact = _exact_ranges(match.group(1)) if match else None
            if match and exact is not None:
                out.append(exact if in_class else f"[{exact}]")
                i = match.end()
                continue
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if not in_class and char == "[":
            in_class = True
            negated = pattern.startswith("^", i + 1)
            class_start = i + (2 if negated else 1)
        elif in_class and char == "]" and i > class_start:
            in_class = False
        out.append(char)
        i += 1
    return "".join(out)


@functools.lru_cache(maxsize=32)
def _exact_ranges(name: str) -> str | None:
    """The code points ``regex`` matches with \\p{name}, as Hyperscan ranges; None for a name it does not know.

    Kept in the cache (``normalize.dbcache``): finding them searches every assigned code point,
    a tenth of ``Normalizer()`` from the cache.  The answer depends on the name, ``regex`` and
    its Unicode tables (its version), and this module's code.
    """
    try:
        code = _own_code()
    except OSError:  # this module cannot be read back: the ranges are found afresh and not kept
        return _search_ranges(name)
    key = digest(name.encode("utf-8"), regex.__version__.encode(), sys.version.encode(), code) + ".json"
    found = cached_json(_RANGES, key, lambda: [_search_ranges(name)])
    return found[0] if len(found) == 1 and isinstance(found[0], str | None) else _search_ranges(name)


_RANGES = "ranges"


@functools.cache
def _own_code() -> bytes:
    return Path(__file__).read_bytes()


def _search_ranges(name: str) -> str | None:
    try:
        compiled = regex.compile(rf"\p{{{name}}}")
    except regex.error:
        return None
    codes = [ord(c) for c in compiled.findall(candidate_characters())]
    if not codes:
        return None
    ranges: list[list[int]] = []
    for code in codes:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "".join(f"\\x{{{a:x}}}-\\x{{{b:x}}}" for a, b in ranges)


def candidate_characters() -> str:
    """Every character of the planes Unicode assigns scripts in (0-3 and 14), surrogates left out."""
    codes = array.array("I", itertools.chain(range(0xD800), range(0xE000, 0x40000), range(0xE0000, 0xF0000)))
    return codes.tobytes().decode("utf-32-le" if sys.byteorder == "little" else "utf-32-be")


_FLAGS = 0 if hyperscan is None else hyperscan.HS_FLAG_UTF8 | hyperscan.HS_FLAG_UCP


class TriggerError(Exception):
    """A trigger Hyperscan cannot compile, with the key (rule id) it belongs to."""

    def __init__(self, key: str, pattern: str, problem: str) -> None:
        super().__init__(f"screen pattern {pattern!r} is not a valid trigger: {problem}")
        self.key = key


class Screen:
    """Compiled triggers, keyed by rule id (or a stage's own key).

    A trigger Hyperscan cannot compile raises ``TriggerError``.  Triggers are checked
    one by one only when the database as a whole does not compile (or the screen is
    off): compiling each alone costs about 2 ms, a sixth of the start-up.

    ``stages``: the keys of each stage, in pipeline order.  The stages are then cut into
    parts (``_parts``), each with a database of its own, scanned when a stage of the part
    asks: a stage that changes a text costs a new scan of only the triggers of the parts
    still to ask, not of every rule's.  Hyperscan's time here grows with the number of
    triggers, and one stage (the phrase rules) has most of them.
    """

    def __init__(
        self, triggers: Mapping[str, Sequence[str]], enabled: bool = True, stages: Sequence[Sequence[str]] = ()
    ) -> None:
        keys = [key for key, patterns in triggers.items() if patterns]
        self._screened = frozenset(keys)
        self.triggers, self.stages = triggers, stages  # as given
        groups = _parts([[k for k in stage if k in self._screened] for stage in stages], keys)
        self._part_of = {key: n for n, group in enumerate(groups) for key in group}
        #: The part of each stage's keys (``stages`` order); 0 for a stage with none.
        self.stage_parts = [next((self._part_of[k] for k in stage if k in self._part_of), 0) for stage in stages]
        self._parts = [_Part(group, triggers) for group in groups] or [_Part([], triggers)]
        self._enabled = False
        if hyperscan is None or not keys:
            return
        if not enabled:
            _check_each(triggers)
            return
        try:
            for part in self._parts:
                part.compile()
        except hyperscan.error:
            _check_each(triggers)
            raise  # pragma: no cover - a database fails only for a trigger that fails alone
        self._enabled = True

    @property
    def enabled(self) -> bool:
        return self._enabled

    @property
    def screened(self) -> frozenset[str]:
        """The keys that have triggers: a rule not among them looks at the whole text."""
        return self._screened

    def part_of(self, key: str) -> int | None:
        """The part whose database holds ``key``'s triggers (None: the key is not screened)."""
        return self._part_of.get(key)

    def scan(self, text: str, pieces: Pieces | None = None, part: int | None = None) -> Where:
        """Where each screened key's triggers hit in ``text`` (of the keys of ``part``; None: every part).

        ``pieces``, for a text of documents joined by ``pieces.separator``: each document is
        scanned as a text of its own, as ``normalize`` would, and only once while it stays
        as it is (a stage changes a few documents of the many joined).
        """
        if not self._enabled:
            return Where(text, None, frozenset())
        if part is None and len(self._parts) > 1:
            return _AllParts(text, [self.scan(text, pieces, n) for n in range(len(self._parts))], self._part_of)
        one = self._parts[part or 0]
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate is not UTF-8, which Hyperscan must be given: no screening
            return Where(text, None, frozenset())
        found = one.matches(data) if pieces is None else pieces.matches(text, one.matches, part or 0)
        return Where(text, _Hits(text, data, found, one.keys, one.index), one.screened)

    def _matches(self, data: bytes, part: int = 0) -> list[tuple[int, int]]:
        """(pattern id, end offset) of every trigger match of ``part`` in ``data``."""
        return self._parts[part].matches(data)


def _parts(stages: list[list[str]], keys: list[str]) -> list[list[str]]:
    """The stages' keys cut into parts: the stage with the most triggers alone, those before it, those after.

    Keys of no stage go with the first part.  Without stages, one part holds every key.
    """
    if not any(stages):
        return [keys] if keys else []
    first: dict[str, int] = {}  # a key goes with the first stage that has it
    for n, stage in enumerate(stages):
        for key in stage:
            first.setdefault(key, n)
    stages = [[k for k in stage if first[k] == n] for n, stage in enumerate(stages)]
    largest = max(range(len(stages)), key=lambda n: len(stages[n]))
    staged = {k for stage in stages for k in stage}
    before = [k for stage in stages[:largest] for k in stage] + [k for k in keys if k not in staged]
    after = [k for stage in stages[largest + 1 :] for k in stage]
    return [group for group in (before, stages[largest], after) if group]


class _Part:
    """One part's keys and its database; a trigger's pattern id is its key's index here."""

    def __init__(self, keys: list[str], triggers: Mapping[str, Sequence[str]]) -> None:
        self.keys = keys
        self.index = {key: i for i, key in enumerate(keys)}
        self.screened = frozenset(keys)
        self._expressions = [cheapen(p).encode("utf-8") for key in keys for p in triggers[key]]
        self._ids = [i for i, key in enumerate(keys) for _ in triggers[key]]
        self._database: Any = None
        self._scratch: ThreadScratch | None = None

    def compile(self) -> None:
        if self._expressions:
            self._database = compile_database(self._expressions, self._ids, _FLAGS)
            self._scratch = ThreadScratch(self._database)

    def matches(self, data: bytes) -> list[tuple[int, int]]:
        """(pattern id, end offset) of every trigger match in ``data``."""
        found: list[tuple[int, int]] = []
        if self._database is None or self._scratch is None:
            return found

        def on_match(pattern_id: int, start: int, end: int, flags: int, context: object) -> None:
            found.append((pattern_id, end))

        self._database.scan(data, match_event_handler=on_match, scratch=self._scratch.get())
        return found


class Pieces:
    """The trigger matches of the documents of joined texts, kept by each document's text."""

    def __init__(self, separator: str) -> None:
        self.separator = separator
        self._separator_bytes = len(separator.encode("utf-8"))
        #: (part, text) → (its UTF-8 length, its matches)
        self._known: dict[tuple[int, str], tuple[int, list[tuple[int, int]]]] = {}

    def matches(
        self, text: str, scan: Callable[[bytes], list[tuple[int, int]]], part: int = 0
    ) -> list[tuple[int, int]]:
        """The matches of each document of ``text``, at their offsets in its UTF-8 bytes; new documents scanned.

        ``part``: which of the screen's databases ``scan`` searches with (``Screen``)."""
        found: list[tuple[int, int]] = []
        offset = 0
        for piece in text.split(self.separator):
            known = self._known.get((part, piece))
            if known is None:
                data = piece.encode("utf-8")
                known = self._known[(part, piece)] = (len(data), scan(data))
            found.extend((pattern_id, offset + end) for pattern_id, end in known[1])
            offset += known[0] + self._separator_bytes
        return found


def _check_each(triggers: Mapping[str, Sequence[str]]) -> None:
    """Raise ``TriggerError`` for the first trigger that does not compile on its own."""
    for key, patterns in triggers.items():
        for pattern in patterns:
            problem = trigger_error(pattern)
            if problem is not None:
                raise TriggerError(key, pattern, problem)


class ThreadScratch:
    """A Hyperscan database's scratch space, one per thread: a Normalizer may be shared by threads."""

    def __init__(self, database: Any) -> None:
        self._database = database
        self._local = threading.local()

    def get(self) -> object:
        scratch = getattr(self._local, "scratch", None)
        if scratch is None:
            scratch = hyperscan.Scratch(self._database)
            self._local.scratch = scratch
        return scratch


class _Hits:
    """One scan's matches, and the blocks each key's triggers hit in, found for a key only when it is asked about.

    A stage asks about its own rules only, and a text is scanned again once a stage
    changes it: placing every match of every trigger in its block would be done for
    keys nobody asks about before the next scan.  The matches are sorted (in C) by
    the key they belong to (a pattern's id is its key's index), so a key's are a slice.
    """

    def __init__(self, text: str, data: bytes, found: list[tuple[int, int]], keys: list[str], index: dict[str, int]):
        found.sort()
        self._text, self._data, self._found, self._index = text, data, found, index
        self.keys = frozenset(keys[i] for i in set(map(operator.itemgetter(0), found)))
        self._bounds: list[int] | None = None
        self.blocks: Blocks | None = None

    def of(self, key: str) -> set[int]:
        """The blocks where ``key``'s triggers hit (``key`` is one of ``keys``)."""
        k = self._index[key]
        found = self._found
        chosen = found[bisect.bisect_left(found, (k, -1)) : bisect.bisect_left(found, (k + 1, -1))]
        if self._bounds is None:
            self.blocks = blocks_of(self._text)
            self._bounds = block_byte_starts(self.blocks, self._data)
        bounds = self._bounds
        return {bisect.bisect_right(bounds, max(0, end - 1)) - 1 for _, end in chosen}


class Where:
    """The answer of one scan: the spans each rule should look at in one text."""

    def __init__(self, text: str, hits: _Hits | None, screened: frozenset[str]) -> None:
        self.text = text
        self._hits = hits
        self._screened = screened
        self._silent: frozenset[str] | None = None

    def silent(self) -> frozenset[str]:
        """The screened keys none of whose triggers hit: their rules have nowhere to look.

        One set for a stage to test its rules against, rather than a ``spans`` call
        per rule: most of a large pack's rules have nothing to do in most texts.
        """
        if self._silent is None:
            self._silent = frozenset() if self._hits is None else self._screened.difference(self._hits.keys)
        return self._silent

    def spans(self, key: str) -> list[Span] | None:
        """Sorted, merged spans to search for ``key``'s rule; None means the whole text."""
        if self._hits is None or key not in self._screened:
            return None
        if key not in self._hits.keys:
            return []
        hits = self._hits.of(key)
        assert self._hits.blocks is not None
        return _spans_around(self._hits.blocks, hits, len(self.text))


class _AllParts(Where):
    """The answer of one scan of every part: each key's spans from its own part's."""

    def __init__(self, text: str, parts: list[Where], part_of: dict[str, int]) -> None:
        super().__init__(text, None, frozenset())
        self._by_part, self._part_of = parts, part_of

    def silent(self) -> frozenset[str]:
        return frozenset().union(*(where.silent() for where in self._by_part))

    def spans(self, key: str) -> list[Span] | None:
        part = self._part_of.get(key)
        return None if part is None else self._by_part[part].spans(key)


def _spans_around(blocks: Blocks, hits: set[int], length: int) -> list[Span]:
    """The hit blocks as sorted, merged spans; a block cut from a long paragraph brings its neighbours.

    A soft cut (``normalize.blocks``) falls between two sentences of one paragraph, and
    a rule's match may reach across it or look across it ("ground. Without air cover."):
    searching the block on each side of a soft cut as well finds such a match whole.
    """
    starts, soft = blocks.starts, blocks.soft
    last = len(starts) - 1
    merged: list[Span] = []
    for block in sorted(hits):
        first = block - 1 if soft[block] else block
        end_block = block + 1 if block < last and soft[block + 1] else block
        start = starts[first]
        end = starts[end_block + 1] if end_block < last else length
        if merged and merged[-1][1] >= start:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def whole(text: str, spans: list[Span] | None) -> list[Span]:
    """``spans``, or the whole text when the rule is not screened."""
    return [(0, len(text))] if spans is None else spans
