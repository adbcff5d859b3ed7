"""Deletions that would lose meaning: not made, or turned into flags for a person.

Two stages delete text: the headline stage (copies of the first line) and the
script stage (stray Arabic words).  Both are right on machine translation and
destructive elsewhere: a second line that differs from the first in a figure or a
date is another headline ("Death toll rises to 15" / "... to 16"); a line said three
times is a chant, not a pasted headline, when nothing in the body echoes it; and an
Arabic word in the middle of an English sentence ("the state بالكامل by the end of
the month") is a word the translation left out, which a translator must supply.

The stages propose their deletions as before; ``judge_title_copies`` and
``judge_stray_script`` decide which stand, which become flags and which are dropped.
Their word lists are data (``rules/language/deletions.yaml``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import regex

from .lexicon import compiled_from
from .model import Change, Flag

if TYPE_CHECKING:
    from .kinds.base import Rule
    from .rounds import Round

Span = tuple[int, int]

REFRAIN = (
    "a first line said again that the body does not echo: a refrain or a drill, not a pasted headline? Not deleted"
)
MEANINGFUL_ARABIC = "an Arabic word inside an English sentence may carry meaning: left for a translator, not deleted"


@dataclass(frozen=True)
class _Lists:
    number_words: frozenset[str]
    function_words: frozenset[str]
    min_letters: int
    min_body_words: int
    body_reach: int
    quoted_after: frozenset[str]
    glossed_before: tuple[str, ...]
    #: Words after which a sentence-final run is the complement the sentence needs.
    needs_complement: frozenset[str]


@compiled_from("deletions.yaml")
def _lists(data: Mapping[str, Any]) -> _Lists:
    return _Lists(
        number_words=frozenset(w.casefold() for w in data["number_words"]),
        function_words=frozenset(w.casefold() for w in data["function_words"]),
        min_letters=int(data["min_content_letters"]),
        min_body_words=int(data["min_body_content_words"]),
        body_reach=int(data["body_reach"]),
        quoted_after=frozenset(w.casefold() for w in data["arabic_quoted_after"]),
        glossed_before=tuple(data["arabic_glossed_before"]),
        needs_complement=frozenset(w.casefold() for w in data["needs_complement"]),
    )


_WORD = regex.compile(r"[\p{L}\p{N}]+")
_BYLINE = regex.compile(r"\s*(?:By|From|Posted|Updated|Published|Reporting by|Writing by|Editing by)\b")
_DIGITS = regex.compile(r"\p{N}+")
#: Four words or more (as ``_WORD`` finds them): found without reading the rest of a long line.
_FOUR_WORDS = regex.compile(r"(?<![\p{L}\p{N}])[\p{L}\p{N}]++(?:[^\p{L}\p{N}]++[\p{L}\p{N}]++){3}")


def _facts(line: str) -> Counter[str]:
    """The figures and number or date words of a line: what two headlines must share to be one."""
    lists = _lists()
    words = [w.casefold() for w in _WORD.findall(line)]
    return Counter(w for w in words if _DIGITS.fullmatch(w) or w in lists.number_words)


def _content_words(text: str) -> set[str]:
    lists = _lists()
    long_enough = (w.casefold() for w in _WORD.findall(text) if len(w) >= lists.min_letters)
    return {w for w in long_enough if w not in lists.function_words}


@dataclass(frozen=True)
class Verdict:
    """The deletions that stand, and the spans (of the same text) to flag instead of deleting."""

    kept: list[Change]
    flagged: list[Span]


def judge_title_copies(text: str, changes: list[Change], documents: Iterable[Span]) -> Verdict:
    """Keep a headline copy's deletion only where it is a copy of a headline.

    A copy whose figures or number words differ from the headline is another line and
    stays; copies of a first line that the body does not echo (no content word in
    common) are a refrain or a drill: flagged, not deleted.
    """
    kept: list[Change] = []
    flagged: list[Span] = []
    spans = list(documents)
    for change in changes:
        doc_start, doc_end = next(((a, b) for a, b in spans if a <= change.start <= b), (0, len(text)))
        headline = _first_line(text, doc_start, doc_end)
        copy = text[change.start : change.end].strip()
        if not copy:  # the space between side-by-side copies: judged with its copy
            kept.append(change)
            continue
        if _facts(copy) != _facts(headline):
            continue
        body = _content_words(_body_after(text, change.end, doc_end, headline))
        if len(body) >= _lists().min_body_words and not (_content_words(headline) & body):
            flagged.append(_stripped(text, change.start, change.end))
            continue
        kept.append(change)
    return Verdict(kept, flagged)


def _first_line(text: str, start: int, end: int) -> str:
    for line in text[start:end].splitlines():
        if line.strip():
            return line.strip()
    return ""


def _body_after(text: str, position: int, end: int, headline: str) -> str:
    """The text after ``position``, without lines that repeat the headline and short ones (a byline, a dateline)."""
    key = _WORD.findall(headline.casefold())
    reach = _lists().body_reach
    lines: list[str] = []
    length = -1  # of the lines joined so far; enough once it reaches ``reach``
    for line in text[position : min(end, position + reach * 2)].splitlines():
        if length >= reach:
            break
        if not _same_words(line, key) and not _BYLINE.match(line) and _FOUR_WORDS.search(line):
            lines.append(line)
            length += len(line) + 1
    return "\n".join(lines)[:reach]


def _same_words(line: str, key: list[str]) -> bool:
    """Are the line's words, case-folded, ``key``?  A line without the first of them is not read word by word."""
    folded = line.casefold()
    if key and key[0] not in folded:
        return False
    return _WORD.findall(folded) == key


def _stripped(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_SCRIPT_LETTERS = regex.compile(r"[\p{Arabic}&&\p{L}][^\n]*[\p{Arabic}&&\p{L}]|[\p{Arabic}&&\p{L}]", regex.V1)
#: A finished sentence before the run, on its line or at the end of the line before.
#: Other runs of the script on the same stretch count as part of it ("ب  ب").
_SENTENCE_END_BEFORE = regex.compile(r"[.!?][\"”’)]*[ \t]*(?:\r?\n[ \t]*)?[\p{Arabic} \t]*\Z")
_LINE_END_AFTER = regex.compile(r"[\p{Arabic} \t]*(?:\r?\n|\Z)")
_WORD_BEFORE = regex.compile(r"([\p{Latin}]+)[ \t\p{N}]*\Z")
#: The end of a sentence right after the run ("600 families returned this year عائلة.").
_SENTENCE_END_AFTER = regex.compile(r"[ \t]*[.!?](?:\s|$)")
_LATIN_AFTER = regex.compile(r"[ \t\p{N}]*[\p{Latin}]")


def judge_stray_script(text: str, changes: list[Change]) -> Verdict:
    """Keep the deletion of a stray Arabic run only where it trails a sentence.

    Machine translation leaves a word of the source after a sentence's end ("in 2017.
    عام") or at its end ("600 families returned this year عائلة."); that goes, unless a
    word before it shows it is quoted ("The Arabic for it is الحشد الشعبي.").  A run
    inside a sentence is left: flagged for a translator when it stands between English
    words, or opens an English sentence, with nothing showing it is quoted on purpose
    ("the state بالكامل by the end", "بغداد Berri said"),
    left alone when the writer quotes or glosses it ("The word كتاب means book",
    "حشد (hashd)").
    """
    lists = _lists()
    kept: list[Change] = []
    flagged: list[Span] = []
    for change in changes:
        found = _SCRIPT_LETTERS.search(text, change.start, change.end)
        if found is None:
            kept.append(change)
            continue
        start, end = found.span()
        line_start = text.rfind("\n", max(0, start - 40), start) + 1  # only as far back as is read
        if _SENTENCE_END_BEFORE.search(text, max(0, start - 200), start) and _LINE_END_AFTER.match(text, end):
            kept.append(change)
            continue
        previous = _WORD_BEFORE.search(text, max(line_start, start - 40), start)
        after = text[end : end + 12].lstrip(" \t")
        quoted = previous is not None and previous.group(1).casefold() in lists.quoted_after
        glossed = after.startswith(lists.glossed_before)
        completes = (  # the word right before it, no figure between ("in 2017 عام." is a leftover)
            previous is not None
            and previous.group(1).casefold() in lists.needs_complement
            and not text[previous.end(1) : start].strip(" \t")
        )
        if previous is not None and not quoted and _SENTENCE_END_AFTER.match(text, end):
            if completes:
                flagged.append((start, end))  # "held in نيسان.": the sentence needs the word; a translator does
            else:
                kept.append(change)  # the source's word left at the end of the sentence it was translated in
        elif _LATIN_AFTER.match(text, end) and not quoted and not glossed:
            # between English words, or opening an English sentence ("بغداد Berri said"): it may carry
            # meaning (a dateline, a word left out of the English), so a translator decides
            flagged.append((start, end))
    return Verdict(kept, flagged)


def flag_kept(round: Round, rule: Rule, spans: list[Span], message: str, category: str) -> None:
    """Flags (first round only) for deletions not made because they would lose meaning, outside guarded spans."""
    if round.flags is None:
        return
    for a, b in spans:
        if round.left_alone.guards((a, b)):
            continue
        round.flags.append(
            Flag(
                start=round.tracker.to_source(a),
                end=round.tracker.to_source(b),
                rule=rule.id,
                category=category,
                message=message,
                detail={"text": round.text[a:b]},
            )
        )
