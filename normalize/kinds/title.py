"""Kind ``title``: drop repeats of the headline at the top, including one glued to the first sentence.

A structure stage, run before any repair so that the copies are not repaired (and
reported) two or three times over.  Judged per document: at the top of the text,
or of each document ``normalize_many`` joined.
"""

from __future__ import annotations

import functools
import itertools
import re
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import regex

from ..blocks import BLANK_LINES
from ..deletions import REFRAIN, flag_kept, judge_title_copies
from ..lexicon import current
from ..model import Change
from ..rounds import Round, Titles, documents, per_document
from ..text import LINE, LOWER_UPPER, WORD_START
from .base import Kind, Rule, change, positive_int, str_list


@dataclass(frozen=True)
class TitleRule(Rule):
    """Drop repeats of the headline at the top, including one glued to the first sentence."""

    max_title_length: int = 200
    starters: frozenset[str] = frozenset()
    kind = "title"


#: The lengths and counts that recognise a copy are read per run from section ``title`` of
#: rules/language/english.yaml (``lexicon.current``), so that a pack may override them.
_NORMALISE_TITLE = regex.compile(r"[^\p{L}\p{N}]+")


def _title_key(line: str) -> str:
    return _NORMALISE_TITLE.sub(" ", line).strip().casefold()


def remove_repeated_title(text: str, rule: TitleRule, timeout: float) -> list[Change]:
    """Keep the first headline line; drop later copies and a copy glued to the first sentence.

    MT pipelines often paste the headline two or three times (sometimes without its
    punctuation) and glue the last copy to the body: "...American angerThe remarkable
    change".  A copy is recognised by an equal key (letters and digits only) or, for
    the glued copy, a fuzzy match (a few edits) directly followed by a capital.
    """
    content = list(itertools.islice((m for m in LINE.finditer(text) if m.group().strip()), 5))
    if len(content) < 2:
        return []
    title = content[0].group().strip()
    changes: list[Change] = []
    side_by_side = _copies_on_one_line(title, rule.max_title_length)
    if side_by_side is not None:
        first_start = content[0].start() + (len(content[0].group()) - len(content[0].group().lstrip()))
        changes.append(change(rule, first_start + side_by_side[0], first_start + side_by_side[1], ""))
        title = title[: side_by_side[0]]
    if len(title) > rule.max_title_length or len(title) < current().title.min_title_chars:
        return changes
    if title[-1] in ",;-–—":  # a line that runs on is verse or a sentence ("This is the way the world ends,")
        return changes
    key = _title_key(title)
    if len(key) < current().title.min_title_chars:  # "00::::::::::": too few letters and digits to recognise a copy by
        return changes
    budget = max(1, len(title) // current().title.chars_per_edit)  # a dropped comma or two; not a different headline
    copies: list[tuple[int, int]] = []  # (start, end) of each whole-line copy's text
    glued: tuple[int, int] | None = None
    skipped = False
    for line in content[1:4]:
        body = line.group().strip()
        start = line.start() + (len(line.group()) - len(line.group().lstrip()))
        if _is_date_line(body) or _is_dateline(body):
            skipped = True  # a page's date, or a dateline, between the headline and its copy: looked past, kept
            continue
        # A line over twice the headline's length is a paragraph, not a copy: no need for its key.
        if len(body) <= current().title.paragraph_factor * len(title) + current().title.paragraph_slack:
            body_key = _title_key(_without_site_name(body))
            if body_key == key or _fuzzy_equal(key, body_key, budget, timeout):
                copies.append((start, start + len(body)))
                continue
        same_start = body[:3].casefold() == title[:3].casefold()
        length = _glued_title_length(title, body, budget, timeout) if same_start else 0
        length = length or (_spaced_title_length(title, body, budget, timeout) if same_start else 0)
        if length:
            glued = (start, start + length)
        break
    title_end = content[0].start() + len(content[0].group().rstrip())
    changes += [change(rule, a, b, "") for a, b in _copy_deletions(text, title_end, copies, skipped)]
    if glued is not None:
        changes.append(change(rule, glued[0], glued[1], ""))
    last = _last_line_copy(text, title, max([title_end, *(b for _, b in copies), *(glued[1:] if glued else ())]))
    return changes + ([change(rule, *last, "")] if last else [])


def _is_date_line(line: str) -> bool:
    """A page's date or time, bare or after a label such as "Published:"."""
    for label in current().title.date_labels:
        if line.startswith(label) and line[len(label) : len(label) + 1] in (":", " "):
            line = line[len(label) :].lstrip(": ")
            break
    return _DATE_LINE.fullmatch(line) is not None


#: A dateline on a line of its own: a capitalised place, then an outlet's name set off by a slash, a
#: dash or brackets ("Baghdad / INA /", "Erbil - Rudaw", "BAGHDAD (Reuters)"); no lower-case word.
_DATELINE = regex.compile(
    r"\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)*[ \t]*(?:[/–—-][ \t]*|\()"
    r"\p{Lu}[\p{L}\p{N}'’.&-]*(?: [\p{Lu}\p{N}][\p{L}\p{N}'’.&-]*)*[ \t]*[/)]?[ \t]*[:–—-]?"
)


def _is_dateline(line: str) -> bool:
    """A dateline alone on its line, of a few words: looked past between the headline and its copy."""
    return len(line.split()) <= current().title.dateline_max_words and _DATELINE.fullmatch(line) is not None


#: A site's name after a copy of the headline: " - Shafaq News", " | Rudaw", " – INA".
_SITE_NAME = regex.compile(r"\s+[-–—|]\s+(\p{Lu}[\p{L}\p{N}.'’&]*(?: [\p{L}\p{N}.'’&]+)*)$")


def _without_site_name(line: str) -> str:
    """``line`` less a short capitalised name after a dash or a bar at its end."""
    found = _SITE_NAME.search(line)
    if found is None or len(found.group(1).split()) > current().title.site_name_words:
        return line
    return line[: found.start()]


#: A dateline after a headline copy: a place and a dash, or a place and its agency in brackets.
_DATELINE_AFTER = r"\s+\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}(?:\s[-–—]\s|\s?\(\p{Lu})"
_DATELINE_AT = regex.compile(_DATELINE_AFTER)


@functools.lru_cache(maxsize=256)
def _fuzzy_spaced_copy(title: str, budget: int) -> regex.Pattern[str]:
    """The headline within ``budget`` edits, then a space and a dateline."""
    return regex.compile(rf"(?b)(?:{regex.escape(title)}){{e<={budget}}}(?={_DATELINE_AFTER})")


def _spaced_title_length(title: str, body: str, budget: int, timeout: float) -> int:
    """Length of a headline copy (with the space after it) that opens the first paragraph's dateline.

    "TITLE Basra - The governor said ...": the copy was pasted before the dateline with a
    space, not glued to it, so ``_glued_title_length`` does not see it.
    """
    if len(body) <= len(title) + budget:
        return 0
    # Compiling the fuzzy pattern costs milliseconds a headline: only where a dateline can follow a copy.
    ends = range(max(0, len(title) - budget), len(title) + budget + 1)
    if not any(_DATELINE_AT.match(body, end) for end in ends):
        return 0
    try:
        match = _fuzzy_spaced_copy(title, budget).match(body, timeout=timeout)
    except TimeoutError:
        return 0
    if match is None or match.end() < len(title) - budget:
        return 0
    return match.end() + len(body[match.end() :]) - len(body[match.end() :].lstrip())


def _last_line_copy(text: str, title: str, after: int) -> tuple[int, int] | None:
    """The last line, with the white space before it, when it repeats the headline (a page's own link to itself).

    Only for a headline, not a first line that is a sentence: a text may end by repeating
    its opening sentence on purpose.
    """
    if _SENTENCE_END.search(title):
        return None
    body = text.rstrip()
    start = body.rfind("\n") + 1
    if start <= after or _title_key(_without_site_name(body[start:].strip())) != _title_key(title):
        return None
    return len(body[:start].rstrip()), len(body)


#: A first line that ends as a sentence does is no headline for ``_last_line_copy``.
_SENTENCE_END = regex.compile(r"[.!?…][”\"’)]*$")


def _title_words(line: str) -> list[tuple[int, int, str]]:
    """The words of a headline as (start, end, case-folded word), to compare copy with copy.

    Runs of letters and digits, also split where one runs into a capitalised word,
    so that a copy glued on ("electionsAl-Kadhimi", "the USAnalysis") is a word of its own.
    """
    words = []
    for match in _TITLE_WORD.finditer(line):
        start = match.start()
        for point in _CAPITALISED_WORD_INSIDE.finditer(line, match.start() + 1, match.end()):
            words.append((start, point.start(), line[start : point.start()].casefold()))
            start = point.start()
        words.append((start, match.end(), line[start : match.end()].casefold()))
    return words


_TITLE_WORD = regex.compile(r"[\p{L}\p{N}]+")


#: Where a capitalised word starts inside a run of letters ("electionsAl", "USAnalysis").
_CAPITALISED_WORD_INSIDE = regex.compile(r"(?<=[\p{L}\p{N}])(?=\p{Lu}\p{Ll})")


def _copies_on_one_line(line: str, max_title_length: int) -> tuple[int, int] | None:
    """The span to delete when ``line`` is one headline written two or three times over, else None.

    MT pipelines also paste the headline copies side by side on the first line ("Al-Kazemi
    receives a call Al-Kazemi receives a call").  The copies must be the same words in
    the same order (case aside), of at least four words and twelve letters each, with
    only a space between them (see ``_COPY_GAP``), and a copy must not itself be a
    phrase said twice: "let it be, let it be, let it be, let it be" is a refrain, not a
    pasted headline.  The first copy stays with the punctuation right after it; the
    rest of the line goes.
    """
    if len(line) > 3 * max_title_length + 10:
        return None
    first = _TITLE_WORD.search(line)
    if first is None or line.casefold().find(first.group().casefold(), first.end()) == -1:
        return None  # most first lines: the first word never comes back
    if not _letters_repeat(line):
        return None
    words = _title_words(line)
    for count in (3, 2):
        size, remainder = divmod(len(words), count)
        if remainder or size < current().title.copy_min_words:
            continue
        copy = [w for _, _, w in words[:size]]
        if any([w for _, _, w in words[k * size : (k + 1) * size]] != copy for k in range(1, count)):
            continue
        if (
            sum(map(len, copy)) < current().title.min_title_chars
            or _said_twice(copy)
            or words[size - 1][1] - words[0][0] > max_title_length
        ):
            return None
        if sum(any(c.isalpha() for c in w) for w in copy) < current().title.copy_min_words:
            return None
        gaps = [line[words[k * size - 1][1] : words[k * size][0]] for k in range(1, count)]
        if not all(_COPY_GAP.fullmatch(gap) for gap in gaps):
            return None
        end_of_first = words[size - 1][1]
        space = next((i for i, c in enumerate(gaps[0]) if c.isspace()), len(gaps[0]))
        return end_of_first + space, len(line.rstrip())
    return None


def _letters_repeat(line: str) -> bool:
    """Are the line's letters and digits, case aside, one run of them written two or three times?

    Copies with the same words have the same letters, so a line failing this has no
    copies; it is asked before splitting the line into words, which costs far more.
    """
    letters = "".join(_TITLE_WORD.findall(line)).casefold()
    for count in (3, 2):
        size, remainder = divmod(len(letters), count)
        if not remainder and letters == letters[:size] * count:
            return True
    return False


#: What may stand between two pasted headline copies: a closing quote or bracket, a space or
#: two, an opening quote, or nothing.  Not a full stop or "!" ("The British are coming!  The British are coming!"
#: is said twice on purpose), nor "=", tabs or brackets that open (code, man page headers, links).
_COPY_GAP = regex.compile(r"[\"”’)\]]?(?:[ ]{1,2}[\"“‘]?)?")


def _said_twice(words: list[str]) -> bool:
    """Is this run of words one phrase said two or more times over ("let it be let it be")?"""
    return any(
        len(words) % size == 0 and words == words[:size] * (len(words) // size)
        for size in range(1, len(words) // 2 + 1)
    )


#: A line that is only a date or a time ("2020-09-24T08:43:18+00:00", "Tuesday, 04 September 2018
#: 02:32 PM", "13/10/2018 - 17:46"): pages print one between the headline and its copy.
_DATE_LINE = regex.compile(
    r"(?=[^\n]*\p{N})(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day[,،]? ?)?[\p{N} :/.,+T|–—-]*"
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"[\p{N} :/.,+|–—-]*(?:[AP]M)?)?"
)


def _copy_deletions(
    text: str, title_end: int, copies: list[tuple[int, int]], skipped: bool = False
) -> list[tuple[int, int]]:
    """What to delete for each whole-line headline copy: the copy and one of the gaps beside it.

    Deleting each copy with the white space after it keeps the gap between the
    headline and its first copy; that is right when that gap is a blank line
    ("Title\n\nTitle\n\nBody").  When a date line stands between them (``skipped``), which
    stays, each copy goes with the white space before it.  When only a line break separates them
    ("Title\nTitle\n\nBody"), each copy goes with the white space before it
    instead, so the blank line that set the headline apart from the body stays.
    """
    if not copies:
        return []
    first_gap = text[title_end : copies[0][0]]
    last_gap = text[copies[-1][1] : _next_content_start(text, copies[-1][1])]
    if skipped:  # each copy with the white space before it: the date line keeps its place and its gaps
        return [(len(text[:a].rstrip(" \t\r\n")), b) for a, b in copies]
    if BLANK_LINES.search(first_gap) or not BLANK_LINES.search(last_gap):
        return [(a, _next_content_start(text, b)) for a, b in copies]
    ends = [title_end] + [b for _, b in copies[:-1]]
    return [(previous_end, b) for previous_end, (_, b) in zip(ends, copies, strict=True)]


_SPACE_RUN = re.compile(r"[ \t\r\n]*")


#: Where a glued headline copy can end: its last letter (lower-case) before a capitalised word.
_GLUE_POINT = regex.compile(r"\p{Lowercase}(?=\p{Lu}\p{Ll})")


def _next_content_start(text: str, pos: int) -> int:
    match = _SPACE_RUN.match(text, pos)
    return match.end() if match else pos


def _fuzzy_equal(a: str, b: str, budget: int, timeout: float) -> bool:
    if abs(len(a) - len(b)) > budget or not b:
        return False
    try:
        return _fuzzy_copy(a, budget).fullmatch(b, timeout=timeout) is not None
    except TimeoutError:
        return False


@functools.lru_cache(maxsize=256)
def _fuzzy_copy(title: str, budget: int) -> regex.Pattern[str]:
    """The headline within ``budget`` edits (compiled once per headline: a corpus repeats its own)."""
    return regex.compile(rf"(?:{regex.escape(title)}){{e<={budget}}}")


@functools.lru_cache(maxsize=256)
def _fuzzy_glued_copy(title: str, budget: int) -> regex.Pattern[str]:
    return regex.compile(rf"(?b)(?:{regex.escape(title)}){{e<={budget}}}(?=\p{{Lu}}\p{{Ll}})")


def _glued_title_length(title: str, body: str, budget: int, timeout: float) -> int:
    """Length of a headline copy at the start of ``body`` that runs straight into a capital.

    Compiling the fuzzy pattern costs a few milliseconds per headline, so it is only
    done where a copy could end: a lower-case letter right before a capitalised word,
    no earlier than the headline's length less its edits.  Most first paragraphs
    merely start like their headline ("The ... / The ...") and have no such point.
    """
    window = body[: len(title) + budget + 2]
    if _GLUE_POINT.search(window, max(0, len(title) - budget - 1)) is None:
        return 0
    try:
        match = _fuzzy_glued_copy(title, budget).match(window, timeout=timeout)
    except TimeoutError:
        return 0
    if match is None or not match.group()[-1:].isalpha() or not match.group()[-1].islower():
        return 0
    return match.end()


def split_glued_title(text: str, rule: TitleRule) -> list[Change]:
    """Split a headline glued to the first sentence when no separate headline line exists.

    "Militias tend to appease in IraqThe change was sudden ..." as the first line: a
    word running into one of the pack's sentence openers ("The", "Iraqi", ...), where
    the part before it reads as a headline (several
    words, no sentence punctuation, short), so a paragraph break goes in there.
    """
    first = LINE.match(text)
    if first is None:
        return []
    line = first.group().rstrip("\r\n")
    limit = min(len(line), rule.max_title_length + 1)
    if LOWER_UPPER.search(line, 0, limit) is None:  # every glued headline has a lower-case letter before a capital
        return []
    humps = _TITLE_HUMP.finditer(line, 0, limit)
    hump = next((m for m in humps if m.group(2) in rule.starters), None)
    if hump is None:
        return []
    cut = hump.end(1)
    head, rest = line[:cut], line[cut:]
    words, settings = len(head.split()), current().title
    too_short = words < settings.glued_min_words or len(rest) < settings.glued_min_rest
    # a long head is a sentence run into the next one ("... expressed their angerThe police"): glued-sentence's
    if too_short or words > settings.glued_max_words or _SENTENCE_PUNCTUATION.search(head) or head[-1:].isupper():
        return []
    newline = "\r\n" if "\r\n" in text[: first.end() + 2] else "\n"
    return [change(rule, cut, cut, newline * 2)]


_SENTENCE_PUNCTUATION = re.compile(r"[.!?:;]")


#: Like ``_HUMP`` but the first word may be capitalised ("IraqThe"): headlines end in names.
_TITLE_HUMP = regex.compile(WORD_START + r"(\p{L}[\p{Ll}'’-]*\p{Ll})(\p{Lu}\p{Ll}+)(?=\s)")


def build(data: Mapping[str, Any], common: dict[str, Any]) -> Rule:
    return TitleRule(
        **common,
        max_title_length=positive_int(data, "max_title_length", 200),
        starters=frozenset(str_list(data, "starters")),
    )


@dataclass(frozen=True)
class Runner:
    rules: list[TitleRule]

    def run(self, round: Round) -> None:
        for rule in self.rules if round.titles is not Titles.NONE else ():
            copies = per_document(round.text, round.titles, _copies_in(round), rule, round.timeout)
            verdict = judge_title_copies(round.text, copies, documents(round.text, round.titles))
            flag_kept(round, rule, verdict.flagged, REFRAIN, rule.category)
            round.apply(verdict.kept)
            round.apply(per_document(round.text, round.titles, split_glued_title, rule))

    def remove_copies(self, round: Round) -> None:
        """Only the copies of the headline: for lines that later stages made copies of.

        Judged as in ``run``: a line that differs from the headline in a figure or date is not a copy.
        """
        for rule in self.rules if round.titles is not Titles.NONE else ():
            copies = per_document(round.text, round.titles, _copies_in(round), rule, round.timeout)
            round.apply(judge_title_copies(round.text, copies, documents(round.text, round.titles)).kept)


#: Per thread, the text being repaired (its tracker) and the copies ``remove_repeated_title`` found
#: in each of its documents, by the document's text and the rule: the copies are looked for again
#: after the later rounds (``remove_copies``), and most documents are as they were then.
_FOUND = threading.local()


def _copies_in(round: Round) -> Callable[[str, TitleRule, float], list[Change]]:
    """``remove_repeated_title``, remembered while the round's text is repaired; a document is only what it says."""
    memo: tuple[object, dict[tuple[str, str], list[Change]]] | None = getattr(_FOUND, "memo", None)
    if memo is None or memo[0] is not round.tracker:
        memo = _FOUND.memo = (round.tracker, {})
    known = memo[1]

    def copies(document: str, rule: TitleRule, timeout: float) -> list[Change]:
        found = known.get((rule.id, document))
        if found is None:
            found = known[(rule.id, document)] = remove_repeated_title(document, rule, timeout)
        return found

    return copies


KIND = Kind(
    name="title",
    rule=TitleRule,
    fields=frozenset({"max_title_length", "starters"}),
    build=build,
    runner=Runner,
)
