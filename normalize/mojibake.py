"""Where ftfy can change text, found with ftfy's own tests, so that the Unicode stage equals ``ftfy.fix_text``.

``ftfy.fix_text`` cuts a text into lines and fixes each on its own.  With the
pipeline's configuration (see ``kinds.unicode.FTFY_CONFIG``) a line comes back different only
if one of ftfy's gates opens on it:

- its badness test (``ftfy.badness.is_bad``), which gates every encoding repair
  (this regex also matches any C1 control character, which ``fix_c1_controls``
  would replace);
- an HTML entity (``ftfy.chardata.HTML_ENTITY_RE``), unless HTML was seen: with
  ``unescape_html="auto"``, once a line holding "<" is met, ``fix_text`` stops
  unescaping for that line and every later one of the same text;
- an ANSI terminal escape, or a UTF-16 surrogate.

So a line where no gate opens can be skipped without changing the result, and
every line where one does is given to ftfy exactly as ``fix_text`` would give it.
The cheap screens in front of that exact test are taken from ftfy's badness regex
rather than guessed: each of its alternatives must match somewhere in a bad line,
so (1) for Hyperscan, each alternative cut down to its longest run of plain
character classes is a trigger (a run of a match is a match of the run), and (2)
to find the lines worth that exact test in Python, one class of each alternative
(the rarest in English text) goes into a single character class.  A line without
any of those characters, "&", ESC or a surrogate cannot open a gate.
"""

from __future__ import annotations

import bisect
import functools
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

if sys.version_info >= (3, 11):
    from re import _parser as sre_parse  # type: ignore[attr-defined]
else:  # pragma: no cover - the module's older name
    import sre_parse

import ftfy
from ftfy.badness import BADNESS_RE, is_bad
from ftfy.chardata import HTML_ENTITY_RE
from ftfy.fixes import ANSI_RE

Span = tuple[int, int]

_SURROGATES = "\ud800-\udfff"
_SURROGATE = re.compile(f"[{_SURROGATES}]")
#: Characters frequent in clean English news text: a class holding them is a poor screen.
_EVERYDAY = frozenset("“”‘’–—…\u00a0")

# An element of a parsed regex: (operation, argument), as ``re._parser`` gives it.
_Item = tuple[Any, Any]


def _alternatives() -> list[list[_Item]]:
    """The top-level alternatives of ftfy's badness regex, each a sequence of parsed elements."""
    parsed = sre_parse.parse(BADNESS_RE.pattern, BADNESS_RE.flags)
    (op, (_, branches)), *rest = parsed.data
    if op is not sre_parse.BRANCH or rest:
        raise RuntimeError("ftfy's badness regex is no longer one alternation; normalize.mojibake needs updating")
    return [list(branch.data) for branch in branches]


def _code_points(item: _Item) -> tuple[bool, list[Span]] | None:
    """(negated, ranges of code points) of a plain element (a literal or a class of literals and ranges).

    None for anything else (an anchor, a repeat, ``.``, a class holding \\s or \\w):
    such an element ends a run, since its Python meaning is not spelt the same way in Hyperscan.
    """
    op, arg = item
    if op is sre_parse.LITERAL:
        return False, [(arg, arg)]
    if op is not sre_parse.IN:
        return None
    negated, ranges = False, []
    for member_op, member in arg:
        if member_op is sre_parse.NEGATE:
            negated = True
        elif member_op is sre_parse.LITERAL:
            ranges.append((member, member))
        elif member_op is sre_parse.RANGE:
            ranges.append(member)
        else:
            return None
    return negated, ranges


def _hyperscan_class(negated: bool, ranges: list[Span]) -> str:
    spelt = "".join(f"\\x{{{a:x}}}" if a == b else f"\\x{{{a:x}}}-\\x{{{b:x}}}" for a, b in ranges)
    return f"[{'^' if negated else ''}{spelt}]"


def _is_rare(plain: tuple[bool, list[Span]]) -> bool:
    """A class that admits no ASCII character (so not a negated one)."""
    negated, ranges = plain
    return not negated and all(a >= 0x80 for a, _ in ranges)


def _runs(alternative: list[_Item]) -> Iterator[list[tuple[bool, list[Span]]]]:
    """The maximal runs of plain elements in one alternative."""
    run: list[tuple[bool, list[Span]]] = []
    for item in alternative:
        plain = _code_points(item)
        if plain is None:
            if run:
                yield run
            run = []
        else:
            run.append(plain)
    if run:
        yield run


def _best_run(alternative: list[_Item]) -> list[tuple[bool, list[Span]]]:
    """The run with the most ASCII-free classes (then the longest): the one that matches least clean text."""
    runs = list(_runs(alternative))
    best = max(runs, key=lambda run: (sum(map(_is_rare, run)), len(run)))
    if not any(map(_is_rare, best)):
        raise RuntimeError("an alternative of ftfy's badness regex has no non-ASCII class; update normalize.mojibake")
    return best


def _everyday_share(ranges: list[Span]) -> tuple[int, int]:
    """How many everyday characters a class admits, then how many characters in all: lower is rarer."""
    size = sum(b - a + 1 for a, b in ranges)
    everyday = sum(1 for c in _EVERYDAY if any(a <= ord(c) <= b for a, b in ranges))
    return everyday, size


@functools.lru_cache(maxsize=1)
def hyperscan_triggers() -> tuple[str, ...]:
    """Triggers for ``normalize.screen``: one of them matches in every block holding a line ftfy would change."""
    badness = tuple("".join(_hyperscan_class(*plain) for plain in _best_run(alt)) for alt in _alternatives())
    return (*badness, HTML_ENTITY_RE.pattern, r"\x1b\[")


@functools.lru_cache(maxsize=1)
def _trace() -> re.Pattern[str]:
    """One character class that every line ftfy would change holds a character of."""
    ranges: set[Span] = set()
    for alternative in _alternatives():
        rare: list[list[Span]] = [plain[1] for plain in _best_run(alternative) if _is_rare(plain)]
        rarest = min(rare, key=_everyday_share)
        ranges.update(rarest)
    spelt = "".join(re.escape(chr(a)) + ("" if a == b else "-" + re.escape(chr(b))) for a, b in sorted(ranges))
    return re.compile(f"[{spelt}&\x1b{_SURROGATES}]")


def may_change(paragraph: str) -> bool:
    """A quick necessary test: can ftfy change any line of ``paragraph``?"""
    return _trace().search(paragraph) is not None


def opens_a_gate(line: str, unescape_html: bool) -> bool:
    """Would ``ftfy.fix_text`` (with the pipeline's configuration) look at ``line`` at all?  Exact, not a guess."""
    if unescape_html and "&" in line and HTML_ENTITY_RE.search(line):
        return True
    if "\x1b" in line and ANSI_RE.search(line):
        return True
    return is_bad(line) or _SURROGATE.search(line) is not None


def _traced_lines(text: str, start: int, end: int, limit: int) -> Iterator[Span]:
    """The pieces ``fix_text`` fixes one by one (lines with their "\\n", cut every ``limit`` characters)
    within [start, end) that hold a trace character; the others cannot open a gate.

    ``start`` must be at a line's start (a block of the screen is whole lines).  The
    search for a trace runs in C and jumps over clean lines.
    """
    trace = _trace()
    pos = start
    while (found := trace.search(text, pos, end)) is not None:
        at = found.start()
        line_start = max(pos, text.rfind("\n", pos, at) + 1)
        line_end = text.find("\n", at, end) + 1 or end
        piece_start = line_start + (at - line_start) // limit * limit
        pos = min(line_end, piece_start + limit)
        yield piece_start, pos


def repairs(
    text: str,
    config: ftfy.TextFixerConfig,
    where: Sequence[Span],
    documents: Iterable[Span],
) -> Iterator[tuple[int, str, str]]:
    """(offset, line, fixed line) for each line within ``where`` that ``ftfy.fix_text`` changes.

    ``documents`` are the spans of the separate texts joined in ``text`` (the whole
    text if one), read only once a line may need ftfy: each line is fixed as
    ``fix_text`` called on its own document would fix it, so a document's last
    line is cut at its end (not given the joint's line break), and whether entities
    are unescaped depends on a "<" earlier in that document.
    """
    if not screens(config):
        yield from _whole_documents(text, config, documents)
        return
    found = _Documents(text, documents)
    for start, end in where:
        for a, b in _traced_lines(text, start, end, config.max_decode_length):
            k, doc_end = found.containing(a)
            if k < 0:
                continue  # a joint between documents
            b = min(b, doc_end)
            line, line_config = text[a:b], config
            if config.unescape_html == "auto" and "&" in line and found.holds_lt_before(k, b):
                line_config = config._replace(unescape_html=False)
            if opens_a_gate(line, bool(line_config.unescape_html)):
                fixed = ftfy.fix_and_explain(line, line_config).text
                if fixed != line:
                    yield a, line, fixed


class _Documents:
    """The documents joined in a text, and where each first holds "<", found only when asked.

    Whether ``fix_text`` unescapes entities matters only on a line with "&": no fix
    of ftfy's makes one appear where there was none.
    """

    def __init__(self, text: str, documents: Iterable[Span]) -> None:
        self._text = text
        self._given = documents
        self._spans: list[Span] = []
        self._starts: list[int] = []
        self._first_lt: dict[int, int] = {}

    def containing(self, position: int) -> tuple[int, int]:
        """(index, end) of the document ``position`` lies in; (-1, -1) outside every one."""
        if not self._starts:
            self._spans = list(self._given)
            self._starts = [start for start, _ in self._spans]
        k = bisect.bisect_right(self._starts, position) - 1
        if k < 0 or position >= self._spans[k][1]:
            return -1, -1
        return k, self._spans[k][1]

    def holds_lt_before(self, k: int, end: int) -> bool:
        """Does document ``k`` hold a "<" before ``end``?"""
        if k not in self._first_lt:
            self._first_lt[k] = self._text.find("<", *self._spans[k])
        first = self._first_lt[k]
        return first != -1 and first < end


#: Fixes that can change a line no gate above looks at; the pipeline turns them off (``kinds.unicode.FTFY_CONFIG``).
_UNGATED_FIXES = (
    "fix_latin_ligatures",
    "fix_character_width",
    "uncurl_quotes",
    "fix_line_breaks",
    "remove_control_chars",
    "normalization",
)


@functools.lru_cache(maxsize=8)
def screens(config: ftfy.TextFixerConfig) -> bool:
    """Whether the gates above are all the ways ``fix_text`` with ``config`` can change a line."""
    return not any(getattr(config, name) for name in _UNGATED_FIXES)


def _whole_documents(
    text: str, config: ftfy.TextFixerConfig, documents: Iterable[Span]
) -> Iterator[tuple[int, str, str]]:
    """Each document through ``fix_text`` whole, for a configuration the screen cannot serve."""
    for start, end in documents:
        original = text[start:end]
        fixed = ftfy.fix_text(original, config)
        if fixed != original:
            yield start, original, fixed
