"""The pipeline's stages.  Each takes the current text and returns changes in its coordinates.

Stages never edit text themselves: they only propose ``Change`` records, and the
pipeline (``normalize/pipeline.py``) folds them into source-coordinate edits.  That
keeps every stage a small function that can be tested on its own.
"""

from __future__ import annotations

import difflib
import functools
import itertools
import operator
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import ftfy
import regex
from rapidfuzz.distance import Levenshtein

from .bounded import Budget, pieces
from .edits import Change, select_non_overlapping
from .rules import GlueRule, PatternRule, RepeatRule, Rule, ScriptRule, SpellingRule, TitleRule, UnicodeRule
from .screen import BLANK_LINES, Span, whole


def paragraph_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each paragraph: text between blank lines, without the line breaks around it."""
    start = 0
    for gap in BLANK_LINES.finditer(text):
        if gap.start() > start:
            yield start, gap.start()
        start = gap.end()
    if start < len(text):
        yield start, len(text)


def lower_in_place(text: str) -> str:
    """``text`` lower-cased with every offset kept: the few characters whose lower case is
    longer (e.g. "İ") stay as they are, so a position in the copy is a position in ``text``."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


_LINE = re.compile(r"[^\r\n]*(?:\r?\n|$)")
_FTFY = ftfy.TextFixerConfig(
    uncurl_quotes=False,
    fix_line_breaks=False,
    remove_control_chars=False,
    normalization=None,
    fix_character_width=False,
    fix_latin_ligatures=False,
    explain=False,
)


@dataclass(frozen=True)
class Problem:
    """A rule that could not run on this document (e.g. its regex timed out)."""

    rule: str
    message: str


def timed_out(rule: Rule, timeout: float) -> Problem:
    """How a rule whose regex ran past the timeout on a document is reported (it is skipped there)."""
    return Problem(rule.id, f"regex took longer than {timeout:g}s; rule skipped for this document")


def _change(rule: Rule, start: int, end: int, replacement: str) -> Change:
    return Change(start, end, replacement, rule.id, rule.category, rule.message)


# --- 1. Unicode repair ---------------------------------------------------------------


#: Triggers (see ``normalize.screen``) for the unicode stage: a mojibake trace, an HTML entity, a terminal escape.
UNICODE_TRIGGERS = (
    r"[\x{c2}-\x{f4}][\x{80}-\x{bf}\x{152}\x{153}\x{160}\x{161}\x{178}\x{17d}\x{17e}\x{192}\x{2c6}\x{2dc}"
    r"\x{2013}\x{2014}\x{2018}-\x{201e}\x{2020}-\x{2022}\x{2026}\x{2030}\x{2039}\x{203a}\x{20ac}\x{2122}]",
    r"[\x{80}-\x{9f}]",
    r"&(?:#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z]+[0-9]*);",
    r"\x1b",
)


def repair_unicode(text: str, rule: UnicodeRule, where: list[Span] | None = None) -> list[Change]:
    """Fix mojibake and HTML entities line by line, reporting minimal character diffs.

    ftfy is slow on long text, so it only sees lines that its own badness test (or
    an HTML entity) flags, within the blocks ``where`` the screen saw a trace;
    changed lines are diffed so that the edits are as small as the damage rather
    than one edit per line.
    """
    changes: list[Change] = []
    for start, end in whole(text, where):
        if not _may_need_ftfy(text[start:end]):
            continue
        for line in _LINE.finditer(text, start, end):
            for piece_start, piece_end in pieces(text, line.start(), line.end()):  # ftfy and the diff: per piece
                original = text[piece_start:piece_end]
                if not original or not _may_need_ftfy(original):
                    continue
                fixed = ftfy.fix_text(original, _FTFY)
                if fixed != original:
                    changes.extend(_diff_changes(original, fixed, piece_start, rule))
    return changes


_ENTITY = regex.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z]+\d*);")


#: UTF-8 read as Windows-1252 or Latin-1 leaves a lead byte (Â-ô) before a continuation byte
#: (U+0080-U+00BF, or what cp1252 maps those bytes to); C1 controls are another trace.
_MOJIBAKE_TRACE = regex.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]|[\u0080-\u009f]"
)


def _may_need_ftfy(text: str) -> bool:
    """A cheap necessary test (mojibake traces, HTML entities, terminal escapes) before ftfy's own.

    ftfy's badness test is itself a large regex; most clean text is ruled out here first.
    """
    if "&" in text and _ENTITY.search(text) is not None:
        return True
    if text.isascii():
        return "\x1b" in text
    return _MOJIBAKE_TRACE.search(text) is not None and ftfy.badness.is_bad(text)


def _diff_changes(old: str, new: str, offset: int, rule: Rule) -> Iterator[Change]:
    """Minimal changes turning ``old`` into ``new``: words first, then characters within changed words.

    A character-level diff of a whole line is quadratic; ftfy's repairs are local,
    so the common ends are cut off and the rest is diffed word by word, and only
    the (short) changed runs of words character by character.  Where the repair
    kept every space (nearly always), the two texts are compared space-separated
    part by part first, which keeps the diff linear however long the line.
    """
    old_parts, new_parts = old.split(" "), new.split(" ")
    if len(old_parts) > 1 and len(old_parts) == len(new_parts):
        for before, after in zip(old_parts, new_parts, strict=True):
            if before != after:
                yield from _diff_changes(before, after, offset, rule)
            offset += len(before) + 1
        return
    head = _common_prefix_length(old, new)
    tail = _common_prefix_length(old[head:][::-1], new[head:][::-1])
    old_mid, new_mid = old[head : len(old) - tail], new[head : len(new) - tail]
    old_words, new_words = _DIFF_TOKEN.findall(old_mid), _DIFF_TOKEN.findall(new_mid)
    words = difflib.SequenceMatcher(None, old_words, new_words, autojunk=False)
    old_at = list(itertools.accumulate(map(len, old_words), initial=0))
    new_at = list(itertools.accumulate(map(len, new_words), initial=0))
    for op, i1, i2, j1, j2 in words.get_opcodes():
        if op == "equal":
            continue
        before, after = old_mid[old_at[i1] : old_at[i2]], new_mid[new_at[j1] : new_at[j2]]
        base = offset + head + old_at[i1]
        chars = difflib.SequenceMatcher(None, before, after, autojunk=False)
        for char_op, a1, a2, b1, b2 in chars.get_opcodes():
            if char_op != "equal":
                yield _change(rule, base + a1, base + a2, after[b1:b2])


#: Words, runs of spaces and single other characters: the units of the coarse diff.
_DIFF_TOKEN = re.compile(r"\w+|\s+|[^\w\s]", re.DOTALL)


def _common_prefix_length(a: str, b: str) -> int:
    """Length of the longest common prefix, by halving (each comparison runs in C)."""
    low, high = 0, min(len(a), len(b))
    while low < high:
        middle = (low + high + 1) // 2
        if a[:middle] == b[:middle]:
            low = middle
        else:
            high = middle - 1
    return low


# --- 2. Structure: repeated title, glued sentences -----------------------------------

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
    content = list(itertools.islice((m for m in _LINE.finditer(text) if m.group().strip()), 5))
    if len(content) < 2:
        return []
    title = content[0].group().strip()
    changes: list[Change] = []
    side_by_side = _copies_on_one_line(title, rule.max_title_length)
    if side_by_side is not None:
        first_start = content[0].start() + (len(content[0].group()) - len(content[0].group().lstrip()))
        changes.append(_change(rule, first_start + side_by_side[0], first_start + side_by_side[1], ""))
        title = title[: side_by_side[0]]
    if len(title) > rule.max_title_length or len(title) < 12:
        return changes
    if title[-1] in ",;-–—":  # a line that runs on is verse or a sentence ("This is the way the world ends,")
        return changes
    key = _title_key(title)
    if len(key) < 12:  # "00::::::::::" is no headline: too few letters and digits to recognise a copy by
        return changes
    budget = max(1, len(title) // 40)  # a dropped comma or two; a different headline is not a copy
    copies: list[tuple[int, int]] = []  # (start, end) of each whole-line copy's text
    glued: tuple[int, int] | None = None
    for line in content[1:4]:
        body = line.group().strip()
        start = line.start() + (len(line.group()) - len(line.group().lstrip()))
        # A line over twice the headline's length is a paragraph, not a copy: no need for its key.
        if len(body) <= 2 * len(title) + 40:
            body_key = _title_key(body)
            if body_key == key or _fuzzy_equal(key, body_key, budget, timeout):
                copies.append((start, start + len(body)))
                continue
        same_start = body[:3].casefold() == title[:3].casefold()
        length = _glued_title_length(title, body, budget, timeout) if same_start else 0
        if length:
            glued = (start, start + length)
        break
    title_end = content[0].start() + len(content[0].group().rstrip())
    changes += [_change(rule, a, b, "") for a, b in _copy_deletions(text, title_end, copies)]
    if glued is not None:
        changes.append(_change(rule, glued[0], glued[1], ""))
    return changes


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
    words = _title_words(line)
    for count in (3, 2):
        size, remainder = divmod(len(words), count)
        if remainder or size < 4:
            continue
        copy = [w for _, _, w in words[:size]]
        if any([w for _, _, w in words[k * size : (k + 1) * size]] != copy for k in range(1, count)):
            continue
        if sum(map(len, copy)) < 12 or _said_twice(copy) or words[size - 1][1] - words[0][0] > max_title_length:
            return None
        if sum(any(c.isalpha() for c in w) for w in copy) < 4:
            return None
        gaps = [line[words[k * size - 1][1] : words[k * size][0]] for k in range(1, count)]
        if not all(_COPY_GAP.fullmatch(gap) for gap in gaps):
            return None
        end_of_first = words[size - 1][1]
        space = next((i for i, c in enumerate(gaps[0]) if c.isspace()), len(gaps[0]))
        return end_of_first + space, len(line.rstrip())
    return None


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


def _copy_deletions(text: str, title_end: int, copies: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """What to delete for each whole-line headline copy: the copy and one of the gaps beside it.

    Deleting each copy with the white space after it keeps the gap between the
    headline and its first copy; that is right when that gap is a blank line
    ("Title\n\nTitle\n\nBody").  When only a line break separates them
    ("Title\nTitle\n\nBody"), each copy goes with the white space before it
    instead, so the blank line that set the headline apart from the body stays.
    """
    if not copies:
        return []
    first_gap = text[title_end : copies[0][0]]
    last_gap = text[copies[-1][1] : _next_content_start(text, copies[-1][1])]
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
    first = _LINE.match(text)
    if first is None:
        return []
    line = first.group().rstrip("\r\n")
    limit = min(len(line), rule.max_title_length + 1)
    if _LOWER_UPPER.search(line, 0, limit) is None:  # every glued headline has a lower-case letter before a capital
        return []
    humps = _TITLE_HUMP.finditer(line, 0, limit)
    hump = next((m for m in humps if m.group(2) in rule.starters), None)
    if hump is None:
        return []
    cut = hump.end(1)
    head, rest = line[:cut], line[cut:]
    if len(head.split()) < 4 or _SENTENCE_PUNCTUATION.search(head) or len(rest) < 40 or head[-1:].isupper():
        return []
    newline = "\r\n" if "\r\n" in text[: first.end() + 2] else "\n"
    return [_change(rule, cut, cut, newline * 2)]


_SENTENCE_PUNCTUATION = re.compile(r"[.!?:;]")
#: Like ``_HUMP`` but the first word may be capitalised ("IraqThe"): headlines end in names.
_WORD_START = r"(?<![\p{L}\p{N}_@#/.'’$%&*+=<>\\|~^-])"
_TITLE_HUMP = regex.compile(_WORD_START + r"(\p{L}[\p{Ll}'’-]*\p{Ll})(\p{Lu}\p{Ll}+)(?=\s)")
#: Function words cannot end a sentence, so "notBefore" or "isThe" is an identifier, not glue.
_NEVER_ENDS_A_SENTENCE = frozenset(
    "not is are was were has have had get set the a an and or of to in on at by for from with as if".split()
)
#: Openers that are prepositions: "logOn screen" and "checkIn flow" are identifiers, and a sentence
#: that starts with one goes on with a name, a number, a determiner or a fixed phrase ("In the",
#: "On Monday", "At least", "In addition").
_PREPOSITION_STARTERS = frozenset({"In", "On", "At", "After", "Before", "Since", "During", "Following", "Despite"})
_SENTENCE_GOES_ON = regex.compile(
    r"[ \t]+(?:[\p{Lu}\p{N}“\"]|(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|some|all|each|"
    r"every|both|many|most|least|addition|response|light|order|turn|contrast|particular|fact|short|"
    r"total|return|exchange|spite|front|view|line|part|theory|practice|recent|years|months|weeks|days)\b)"
)
#: Where a lower-case letter meets a capital: the cheap scan that finds glue candidates.
_LOWER_UPPER = regex.compile(r"\p{Ll}\p{Lu}")
_HUMP = regex.compile(_WORD_START + r"(\p{Ll}[\p{Ll}'’-]*\p{Ll})(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}_@/])")


#: Every lower-case letter (\p{Ll}) in plain ranges: ASCII, µ, ß-ÿ but ÷, and anything past Latin-1
#: except the General Punctuation block, where curly quotes and dashes live (and no letters).
_MAYBE_LOWER = r"a-z\x{b5}\x{df}-\x{f6}\x{f8}-\x{1fff}\x{2070}-\x{10ffff}"


def glue_triggers(rule: GlueRule) -> tuple[str, ...]:
    """Trigger for glued sentences: a lower-case letter right before the capital of one of the openers.

    With openers that all begin with an ASCII capital (as in the bundled packs), the
    capital is [A-Z], and Arabic text or an opening quote before a capital gives no hit.
    """
    if all("A" <= word[:1] <= "Z" for word in rule.starters):
        return (f"[{_MAYBE_LOWER}][A-Z]",)
    return (r"\p{Ll}\p{Lu}",)


#: No English word is longer than this many characters (the longest in common use have about 30).
_LONGEST_WORD = 60


def split_glued_sentences(text: str, rule: GlueRule, where: list[Span] | None = None) -> list[Change]:
    """Insert ". " where a sentence runs into the next without a space ("angerThe").

    Only when the capitalised part is a common sentence opener ("The", "He",
    "However", ...) listed in the pack, so camel-case names ("iPhone", "McDonald",
    "YouTube", "al-Sadr", "easyJet") and code identifiers are left alone; the pack's
    ``keep_words`` protect brands that happen to end in an opener.
    """
    changes: list[Change] = []
    candidates = (m for start, end in whole(text, where) for m in _LOWER_UPPER.finditer(text, start, end))
    for candidate in candidates:
        # The word's start is looked for only so far back: searching to the start of the text
        # made a long line (a document on one line) cost time in the square of its length.
        lo = max(0, candidate.start() - _LONGEST_WORD)
        before = max(text.rfind(sep, lo, candidate.start()) for sep in ' \n\t(“"')
        if before == -1 and lo > 0:
            continue  # a token longer than any word (a URL, code, a base64 blob) is no sentence end
        match = _HUMP.match(text, before + 1)
        if match is None or match.end(1) != candidate.start() + 1:
            continue
        if match.group(2) not in rule.starters or match.group() in rule.keep_words:
            continue
        if match.group(1).casefold() in _NEVER_ENDS_A_SENTENCE:  # "notBefore", "getThe": identifiers
            continue
        if match.group(2) in _PREPOSITION_STARTERS and _SENTENCE_GOES_ON.match(text, match.end()) is None:
            continue
        changes.append(_change(rule, match.end(1), match.end(1), ". "))
    return changes


# --- 3. Script: stray foreign tokens, untranslated paragraphs ------------------------

_LATIN_LETTER = regex.compile(r"\p{Latin}")
_NON_LATIN_LETTER = regex.compile(r"[^\P{L}\p{Latin}]")
_FUNCTION_WORDS_TEXT = (
    "the of and to in a is that for on with as was by at from it his her their its be are were "
    "has have had this which who not but or an said after about will would"
)
_ENGLISH_FUNCTION_WORDS = frozenset(_FUNCTION_WORDS_TEXT.split())
_ASCII_WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class Untranslated:
    """A paragraph (or a passage inside an English one) that reads as another language, with langdetect's verdict."""

    start: int
    end: int
    language: str
    probability: float
    whole_paragraph: bool = True


def may_not_be_english(paragraph: str, has_foreign: bool = True) -> bool:
    """Cheap test run before langdetect: many non-Latin letters, or almost no English function words."""
    foreign = len(_NON_LATIN_LETTER.findall(paragraph)) if has_foreign and not paragraph.isascii() else 0
    if foreign and foreign / len(paragraph) > 0.15:
        return True
    lowered = paragraph.lower()
    tokens = lowered.split()
    if len(tokens) >= 15:
        # English prose has a function word in every three or so; counted on whitespace tokens
        # (in C), a share well above the bar settles it before the word-by-word count. Words
        # English shares with French, Portuguese or German ("a", "as", "in", "was") do not count,
        # and where French, Spanish... function words outnumber English ones, langdetect decides.
        english = sum(map(_ENGLISH_ONLY_FUNCTION_WORDS.__contains__, tokens))
        european = sum(map(_EUROPEAN_FUNCTION_WORDS.__contains__, tokens))
        if european > english and european >= 0.08 * len(tokens):
            return True
        if english >= 0.12 * len(tokens):
            return False
    words = _ASCII_WORD.findall(lowered)
    if len(words) < 15:  # headlines have few function words: a short paragraph needs a foreign one's
        return _reads_as_a_european_language(paragraph, tokens)
    common = sum(map(_ENGLISH_ONLY_FUNCTION_WORDS.__contains__, words))
    if common / len(words) >= 0.06:
        return False
    # A list of names (attendees, places, a dateline and credits) has no function words either,
    # and langdetect calls it Indonesian; prose in another language is mostly lower-case words.
    return not _mostly_names(_ASCII_WORD_ANY_CASE.findall(paragraph))


_ASCII_WORD_ANY_CASE = re.compile(r"[A-Za-z]+")


#: Function words of the European languages a news text quotes most (French, Spanish, Italian,
#: Portuguese, German), without those that are also English words or parts of names ("a", "as",
#: "do", "son", "pour", "al", "hat").
_EUROPEAN_FUNCTION_WORDS = frozenset(
    "le la les des du de et est une un il elle nous vous ils ne pas qui dans sur avec au aux cette sa ses leur "
    "été sont mais où à el los las del y en por para una está pero su sus se como más gli della delle dei di com ao "
    "è che per non sono nel nella hanno os um uma dos das da em não der die das und ist nicht ein eine mit auf "
    "für von zu dem den im sich auch wird werden kann ihr sie wir oder aber wenn dass nach bei aus es si ou très "
    "peut cela ces ça je aussi pode são também foi sua seu esta este isso ele ela anche questo questa può "
    "dal alla alle degli essere sobre muy fue han estos cuando donde porque entre nas nos há estes estas esse "
    "essa aos às pela pelo num numa".split()
)
#: English function words that are also French, Portuguese or German ones ("a déclaré", "as
#: imagens", "in der", "an die", "was ist", "will nicht").
_SHARED_FUNCTION_WORDS = frozenset({"a", "in", "on", "as", "an", "was", "will"})
_ENGLISH_ONLY_FUNCTION_WORDS = _ENGLISH_FUNCTION_WORDS - _SHARED_FUNCTION_WORDS
_ANY_FUNCTION_WORD = _EUROPEAN_FUNCTION_WORDS | _ENGLISH_FUNCTION_WORDS


def _reads_as_a_european_language(paragraph: str, tokens: list[str]) -> bool:
    """Cheap test for a short paragraph: several French, Spanish, German... function words and no English ones.

    Headlines and datelines are short and have few function words of any language, so
    the share-of-English test above cannot judge them; a short quotation in French
    ("« Nous ne partirons pas », a déclaré le ministre.") has foreign ones.  Names
    ("Des Moines and La Paz", "Staffan de Mistura") have one or two of them among
    capitalised words, and are left out the way lists of names are.  Upper-case
    tokens are acronyms: "UN" is not Spanish "un".
    """
    # Most short paragraphs (headlines, datelines) have not even two such words among their
    # whitespace tokens, which a count in C tells.
    if sum(map(_EUROPEAN_FUNCTION_WORDS.__contains__, tokens)) < 2:
        return False
    words = _LETTERS.findall(paragraph)
    if len(words) < 4:
        return False
    folded = [w.lower() for w in words if not (len(w) > 1 and w.isupper())]
    foreign = sum(map(_EUROPEAN_FUNCTION_WORDS.__contains__, folded))
    if foreign < 2 or foreign < 0.2 * len(words):
        return False
    english = sum(map(_ENGLISH_ONLY_FUNCTION_WORDS.__contains__, folded))
    if english > 1:
        return False
    content = [w for w in words if w.lower() not in _ANY_FUNCTION_WORD]
    capitalised = sum(1 for w in content if w[0].isupper())
    return capitalised <= 0.5 * len(content)


def _mostly_names(words: list[str]) -> bool:
    """At least half the words capitalised ("Faleh al-Fayyadh, Qais al-Khazali, ..."); all-capital words are not."""
    capitalised = sum(1 for w in words if w[0].isupper() and not w.isupper())
    return capitalised >= 0.5 * len(words)


def detect_language(paragraph: str) -> tuple[str, float]:
    """langdetect's best guess, made deterministic by fixing its seed.

    langdetect's time goes into its random trials, not the text's length: three
    trials over the first 200 characters name a paragraph's language with the same
    confidence as its default seven over the whole paragraph, at a third of the cost.
    """
    from langdetect import DetectorFactory
    from langdetect.detector_factory import init_factory
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    init_factory()
    from langdetect.detector_factory import _factory

    detector = _factory.create()
    detector.n_trial = 3
    try:
        detector.append(paragraph[:200])
        best = detector.get_probabilities()[0]
    except (LangDetectException, IndexError):
        return "unknown", 0.0
    return best.lang, float(best.prob)


def find_untranslated(text: str, rule: ScriptRule, foreign: list[Span] | None = None) -> list[Untranslated]:
    """Paragraphs langdetect reads as not English; only those the cheap test picked are checked.

    ``foreign`` are the blocks where the screen saw a letter of a non-Latin script;
    elsewhere the share of such letters is known to be zero without counting them.
    """
    found: list[Untranslated] = []
    k = 0  # the first foreign block that does not end before the current paragraph
    for para_start, para_end in paragraph_spans(text):
        body = text[para_start:para_end]
        while foreign is not None and k < len(foreign) and foreign[k][1] <= para_start:
            k += 1
        has_foreign = foreign is None or (k < len(foreign) and foreign[k][0] <= para_start)
        # Judged without the white space around it: a last paragraph may end in a line
        # break or not, and one letter plus a line break is another text to langdetect.
        content = body.strip()
        if not content:
            continue
        if may_not_be_english(content, has_foreign):
            language, probability = detect_language(content)
            if language != "en":
                start = para_start + (len(body) - len(body.lstrip()))
                found.append(Untranslated(start, start + len(content), language, probability))
                continue
        if has_foreign and not body.isascii():
            found.extend(_passages_left_untranslated(text, para_start, body, rule))
    return found


def _passages_left_untranslated(text: str, para_start: int, body: str, rule: ScriptRule) -> list[Untranslated]:
    """Runs of the rule's script too long to be stray words, inside an English paragraph.

    ``remove_stray_script`` leaves such a paragraph whole (a sentence left in Arabic is
    content), so a person must be told of it; unless the writer quoted it on purpose
    (brackets, quotation marks, dashes, after naming the language) or a translation
    follows in brackets ("الموت لأمريكا (Death to America)").
    """
    if _LATIN_LETTER.search(body) is None:
        return []
    found = []
    for match in _script_run(rule.script).finditer(body):
        if match.group().count(" ") + 1 <= rule.max_words:
            continue
        start, end = para_start + match.start(), para_start + match.end()
        # Not flagged when quoted on purpose, or when a translation follows in brackets; an
        # appositive ("said: ...,"), which removal leaves alone, is still something to translate.
        if _quoted_or_named(text, start, end) or _neighbours(text, start, end)[1] == "(":
            continue
        language, probability = detect_language(match.group())
        found.append(Untranslated(start, end, language, probability, whole_paragraph=False))
    return found


_OPENERS = "([“\"«‘'—–"
#: A pair of dashes sets a gloss off like brackets: "a victory — النصر — for the resistance".
_CLOSERS = {"(": ")", "[": "]", "“": "”", '"': '"', "«": "»", "‘": "’", "'": "'", "—": "—", "–": "–"}


def script_triggers(rule: ScriptRule) -> tuple[str, ...]:
    """Trigger for stray-script removal: the first letter of a run of the rule's script."""
    return (rf"(?:^|[^\p{{{rule.script}}} ])[ ]*\p{{{rule.script}}}",)


#: Trigger for the untranslated test: the first of a run (spaces between allowed) of characters that
#: may be letters of a non-Latin script.  Plain ranges, which Hyperscan compiles in a millisecond where the exact class
#: takes a hundred; they cover every such letter (µ, modifier letters, Greek onwards) and leave
#: out only ASCII, Latin-1, Latin Extended and the General Punctuation block (curly quotes, dashes).
_MAYBE_FOREIGN = r"\x{b5}\x{2b0}-\x{1fff}\x{2070}-\x{10ffff}"
FOREIGN_TRIGGERS = (rf"(?:^|[^{_MAYBE_FOREIGN} ])[ ]*[{_MAYBE_FOREIGN}]",)


def remove_stray_script(text: str, rule: ScriptRule, where: list[Span] | None = None) -> list[Change]:
    """Delete short runs of the rule's script inside English prose, with the space that joined them.

    A paragraph that holds a run longer than ``max_words`` words (a quotation or an
    untranslated passage: content a person should decide on), or that has no Latin
    letters at all, is left whole.  The test looks only at the foreign runs and the
    presence of Latin letters, which no later stage changes, so a second pass makes
    the same decision as the first (langdetect's verdict, used for flags, could
    change once terminology has edited the paragraph).
    """
    run = _script_run(rule.script)
    changes: list[Change] = []
    if where is None and run.search(text) is None:
        return changes
    for para_start, para_end in _paragraphs_within(text, where):
        body = text[para_start:para_end]
        runs = list(run.finditer(body))
        if not runs or _LATIN_LETTER.search(body) is None:
            continue
        if any(m.group().count(" ") + 1 > rule.max_words for m in runs):
            continue
        offset = para_start
        for match in runs:
            start, end = offset + match.start(), offset + match.end()
            if _set_off_on_purpose(text, start, end):
                continue
            start, end = _absorb_joining_space(text, start, end)
            changes.append(_change(rule, start, end, ""))
    return changes


@functools.lru_cache(maxsize=16)
def _script_run(script_name: str) -> regex.Pattern[str]:
    """A run of the script's letters (with its marks, tatweel and joiners), spaces inside allowed.

    Only letters: the script's digits and signs ("٢٠٢٣", "١٥٪") are numbers the
    reader needs, which the ``ascii`` transform of a pattern rule writes as 0-9 and %.
    """
    letter = rf"[\p{{Script={script_name}}}&&\p{{L}}]"
    # One space between words; a number between words of the run is part of it.
    between = rf"(?:[ ]|[ ]?[{_SCRIPT_NUMERALS}]+[ ]?)(?={letter})"
    return regex.compile(rf"{letter}(?:{letter}|[\p{{Mn}}\u0640\u200c\u200d]|{between})*", regex.V1)


#: Digits and number signs of the Arabic script (Arabic-Indic and Persian digits, %, decimal and
#: thousands separators): a number, kept when the words around it go.
_SCRIPT_NUMERALS = "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٪٫٬"


def _paragraphs_within(text: str, where: list[Span] | None) -> Iterator[Span]:
    """The paragraphs of ``text`` inside the blocks ``where`` (all of them when None)."""
    for start, end in whole(text, where):
        for a, b in paragraph_spans(text[start:end]):
            yield start + a, start + b


#: How far back a mention of the script's language marks a run as quoted ("known in Arabic as ...").
_NAMED_LANGUAGE_REACH = 40
#: How far around a run its brackets, quotes or commas are looked for (past any spaces).
_NEAR = 16


def _set_off_on_purpose(text: str, start: int, end: int) -> bool:
    """Is the foreign run quoted by the writer rather than left over by the translation?

    English prose quotes Arabic on purpose: in brackets, quotation marks or a pair of
    dashes ("hashd (حشد) means mobilization"), as an appositive between commas ("The Arabic name,
    الحشد الشعبي, is ..."), or right after naming the language ("known in Arabic as
    ...").  Machine translation leaves its untranslated words bare, between words or
    after a sentence ("in 2017. عام").  A quoted run is content, never deleted.
    """
    before, after = _neighbours(text, start, end)
    if before in (",", ":", "—", "–") and (after in (",", ".", ";", ")") or not after or after in "\r\n"):
        return True
    return _quoted_or_named(text, start, end)


def _neighbours(text: str, start: int, end: int) -> tuple[str, str]:
    """The characters just before and after a run, past spaces and numerals (a few either side keep this linear)."""
    before = text[max(0, start - _NEAR) : start].rstrip(_SPACE_OR_NUMERAL)[-1:]
    after = text[end : end + _NEAR].lstrip(_SPACE_OR_NUMERAL)[:1]
    return before, after


def _quoted_or_named(text: str, start: int, end: int) -> bool:
    """Is the run in brackets, quotation marks or a pair of dashes, or right after the language's name?"""
    before, after = _neighbours(text, start, end)
    if before and before in _OPENERS and after == _CLOSERS[before]:
        return True
    mention = text[max(0, start - _NAMED_LANGUAGE_REACH) : start]
    mention = mention[mention.rfind("\n") + 1 :]  # a language named on another line quotes nothing here
    return _NAMES_THE_LANGUAGE.search(mention) is not None


#: Skipped when looking for what encloses a run: «الموت ٢٠٢٣» quotes the number too, and a
#: right-to-left mark may sit between a quotation mark and the Arabic it quotes.
_SPACE_OR_NUMERAL = " \t\u200e\u200f\u061c" + _SCRIPT_NUMERALS
_NAMES_THE_LANGUAGE = regex.compile(r"\b(?:Arabic|Persian|Farsi|Kurdish|Urdu|Hebrew)\b")


def _absorb_joining_space(text: str, start: int, end: int) -> tuple[int, int]:
    """Take the space before the run (or after it, at a line start) so no double space is left."""
    before = start
    while before > 0 and text[before - 1] in " \t":
        before -= 1
    after = end
    while after < len(text) and text[after] in " \t":
        after += 1
    at_line_start = before == 0 or text[before - 1] == "\n"
    at_line_end = after == len(text) or text[after] in "\r\n"
    if at_line_start:
        return before, after
    if at_line_end or text[after] in ".,;:!?)”’»]":
        return before, after
    if before < start:
        return before, end
    return start, end


# --- 5. Phrase repair: pattern and repeat rules --------------------------------------


def apply_patterns(
    text: str,
    rules: Sequence[tuple[PatternRule, regex.Pattern[str]]],
    timeout: float,
    problems: list[Problem],
    active: dict[str, bool] | None = None,
    where: Callable[[str], list[Span] | None] | None = None,
) -> list[Change]:
    """Run each pattern rule over the same text; earlier rules win where matches collide.

    ``active`` maps the ids of rules with a context condition to its verdict for this
    document; a rule missing from it has no condition.  ``where`` gives, by rule id,
    the blocks the screen found the rule's triggers in (None: search everywhere).
    """
    proposals: list[Change] = []
    for rule, compiled in rules:
        if active is not None and not active.get(rule.id, True):
            continue
        spans = None if where is None else where(rule.id)
        if spans == []:
            continue
        if spans is None and rule.prefilter and not any(literal in text for literal in rule.prefilter):
            continue  # the literal test is for runs without the screen; a screened rule has had a stricter one
        try:
            proposals.extend(_pattern_changes(text, rule, compiled, timeout, spans))
        except TimeoutError:
            problems.append(timed_out(rule, timeout))
    return select_non_overlapping(proposals)


def _pattern_changes(
    text: str, rule: PatternRule, compiled: regex.Pattern[str], timeout: float, spans: list[Span] | None = None
) -> list[Change]:
    """Matches within each span; look-behinds still see the text before it (``pos``, not slicing)."""
    changes: list[Change] = []
    budget = Budget(timeout)  # for the rule on the whole document, not for each span
    matches = (
        m for start, end in whole(text, spans) for m in compiled.finditer(text, start, end, timeout=budget.left())
    )
    for match in matches:
        replacement = match.expand(rule.replacement)
        if rule.transform == "lower":
            replacement = replacement.lower()
        elif rule.transform == "upper":
            replacement = replacement.upper()
        elif rule.transform == "ascii":
            replacement = replacement.translate(ASCII_FORMS)
        matched = match.group()
        if rule.match_case and replacement[:1].islower() and at_sentence_start(text, match.start()):
            replacement = replacement[:1].upper() + replacement[1:]
        if replacement != matched:
            changes.append(_change(rule, match.start(), match.end(), replacement))
    return changes


class _AsciiForms(dict[int, str]):
    """``str.translate`` table: a decimal digit of any script as 0-9, Arabic punctuation as ASCII.

    Filled as characters are met, since a table of every digit in Unicode would cost
    start-up time for the few scripts a corpus uses.
    """

    def __missing__(self, code: int) -> str:
        digit = unicodedata.decimal(chr(code), None)
        form = chr(code) if digit is None else str(digit)
        self[code] = form
        return form


ASCII_FORMS = _AsciiForms({ord("٪"): "%", ord("٫"): ".", ord("٬"): ",", ord("،"): ",", ord("؛"): ";", ord("؟"): "?"})


_SENTENCE_END = regex.compile(r"(?:^|[.!?][”\"’»)]*\s+|\n\s*|^[“\"‘«(]|[.!?]\s+[“\"‘«(])\Z")


def at_sentence_start(text: str, pos: int) -> bool:
    """Is ``pos`` the first letter of a sentence (text start, after a line break or after . ! ?)?"""
    return _SENTENCE_END.search(text[max(0, pos - 8) : pos]) is not None or pos == 0


def compile_repeat(rule: RepeatRule) -> regex.Pattern[str]:
    """The regex for a repeat rule: a phrase of up to ``max_words`` words, then (connector) itself."""
    phrase = r"\p{L}+" if rule.max_words == 1 else rf"\p{{L}}+(?: \p{{L}}+){{0,{rule.max_words - 1}}}?"
    joint = rf" {regex.escape(rule.connector)} " if rule.connector else " "
    edge_before = r"(?<![\p{L}\p{N}'’-])"
    edge_after = r"(?![\p{L}\p{N}'’-])"
    return regex.compile(
        rf"{edge_before}(?P<first>{phrase})(?P<second>(?:{joint}(?P=first))+){edge_after}", regex.IGNORECASE
    )


def collapse_repeats(
    text: str, rules: Sequence[tuple[RepeatRule, regex.Pattern[str]]], timeout: float, problems: list[Problem]
) -> list[Change]:
    """Delete the further copies of a doubled word or phrase, unless it is an idiom ("more and more").

    The repeat regex (a back-reference over up to three words) is costly, so it is
    only tried where the text's lower-cased words already show a repeat: word i
    equal to word i + m + (connector words), m times in a row, with the connector
    in between.  Those comparisons run in C over the whole word list; each repeated
    phrase found is then looked up in the text, and the regex tried only there.
    """
    proposals: list[Change] = []
    if not rules:
        return proposals
    lowered = lower_in_place(text)
    words = _words_for_repeats(lowered)
    same_at: dict[int, bytes] = {}
    for rule, compiled in rules:
        budget = Budget(timeout)
        try:
            for needle in _repeated_phrases(words, rule, same_at):
                start = lowered.find(needle)
                while start != -1:
                    match = compiled.match(text, start, timeout=budget.left())
                    at = start
                    start = lowered.find(needle, start + 1)
                    if match is None:
                        continue
                    first = match.group("first")
                    repeated = match.group("second")[len(match.group("second")) - len(first) :]
                    if _is_accidental_repeat(first, repeated, rule):
                        proposals.append(_change(rule, match.end("first"), match.end("second"), ""))
                        # the change takes the whole run of copies: a match starting inside it would be dropped
                        start = lowered.find(needle, max(at + 1, match.end() - len(needle)))
        except TimeoutError:
            problems.append(timed_out(rule, timeout))
    return select_non_overlapping(proposals)


#: Runs of letters, as the repeat regex sees words (``\p{L}+``); digits and "_" end a word.
_LETTERS = re.compile(r"[^\W\d_]+")
#: Non-ASCII characters news text has between words; the fast word split turns them into spaces.
_SPLIT_CHARACTERS = "“”‘’–—…«»\u00a0\u2009\u202f\ue000"
#: Any other non-ASCII character that is neither a letter nor a number: the fast split would
#: glue it to a word, so such a text is split word by word with ``_LETTERS`` instead.
_ODD_CHARACTER = re.compile(f"[^\\x00-\\x7f{_SPLIT_CHARACTERS}](?<![^\\W_])")
_ASCII_NON_LETTERS_TO_SPACE = bytes(c if 97 <= c <= 122 or c >= 128 else 32 for c in range(256))


def _words_for_repeats(lowered: str) -> list[str] | list[bytes]:
    """The lower-cased text's words, split (in C) wherever the repeat regex's words can end.

    Usually via UTF-8 bytes: the common non-ASCII punctuation and every ASCII
    non-letter become spaces, and ``bytes.split`` does the rest.  A word next to a
    number or another letter then differs from the regex's word only where the regex
    could not match anyway (its edges exclude letters and numbers), so no repeat is
    missed.  A text with other non-ASCII symbols or marks takes the exact, slower split.
    """
    if not lowered.isascii() and _ODD_CHARACTER.search(lowered) is not None:
        return _LETTERS.findall(lowered)
    data = lowered.encode("utf-8")
    if not lowered.isascii():
        for character in _SPLIT_CHARACTERS:
            if character in lowered:
                data = data.replace(character.encode("utf-8"), b" ")
    return data.translate(_ASCII_NON_LETTERS_TO_SPACE).split()


def _repeated_phrases(words: list[str] | list[bytes], rule: RepeatRule, same_at: dict[int, bytes]) -> list[str]:
    """Each distinct "phrase (connector) phrase" of up to ``max_words`` words that the word list shows.

    ``same_at[d]`` holds, for each word, whether it equals the word ``d`` places on
    (computed once per distance and shared by the rules).
    """
    connector = rule.connector.lower().split()
    joint = len(connector)
    as_text = (lambda w: w.decode("utf-8")) if words and isinstance(words[0], bytes) else str
    found: set[str] = set()
    for m in range(1, rule.max_words + 1):
        distance = m + joint
        if distance not in same_at:
            same_at[distance] = bytes(map(operator.eq, words, words[distance:]))
        same = same_at[distance]
        run = b"\x01" * m
        index = same.find(run)
        while index != -1:
            between = [as_text(w) for w in words[index + m : index + m + joint]]
            if between == connector:
                phrase = " ".join(as_text(w) for w in words[index : index + m])
                if _may_collapse(phrase.casefold(), rule):  # the rest would be looked up only to be kept
                    found.add(" ".join([phrase, *connector, phrase]))
            index = same.find(run, index + 1)
    return sorted(found)


#: A phrase that starts or ends with one of these, doubled, is a coordination or a reduplication:
#: "again and again and without", "and again and again".
_CONJUNCTIONS = frozenset({"and", "or", "nor", "but"})


def _may_collapse(phrase: str, rule: RepeatRule) -> bool:
    """Is a doubled ``phrase`` (case-folded) one the rule repairs, judged by its words alone?

    ``only`` / ``only_suffixes`` name the words a rule repairs at all: MT doubles function
    words ("the the", "and and") and, round "and", abstract nouns ("support and support"),
    while a doubled content word in English is emphasis or a figure ("poor poor pitiful
    me", "waited and waited", "between man and man").
    """
    if phrase in rule.exceptions or any(phrase.endswith(s) for s in rule.exception_suffixes):
        return False
    words = phrase.split()
    if len(words) > 1 and (words[0] in _CONJUNCTIONS or words[-1] in _CONJUNCTIONS):
        return False
    if rule.only or rule.only_suffixes:
        return all(w in rule.only or w.endswith(rule.only_suffixes) for w in words)
    return True


def _is_accidental_repeat(first: str, repeated: str, rule: RepeatRule) -> bool:
    if not _may_collapse(first.casefold(), rule):
        return False
    # "Duran Duran", "Sirhan Sirhan": a capitalised second copy is a name, not an accident;
    # "set(TAR tar)": copies that differ in more than a sentence-initial capital are not one word twice.
    if not repeated[:1].islower():
        return False
    return first == repeated or first == repeated[:1].upper() + repeated[1:]


# --- 7. Review: a name spelt more than one way --------------------------------------------


@dataclass(frozen=True)
class SpellingVariant:
    """An occurrence of a name spelt otherwise than it mostly is in the same document."""

    start: int
    end: int
    usual: str
    usual_count: int


def find_spelling_variants(
    text: str, rule: SpellingRule, names: regex.Pattern[str], timeout: float | None = None
) -> list[SpellingVariant]:
    """Occurrences of a name whose spelling is a few letters off another name of the same text.

    MT transliterates each mention afresh, so one article names "al-Khazali" three
    times and "al-Khazaali" once.  Names (found by the rule's pattern) are compared
    by spelling, case aside; two spellings are one name when their words start with the
    same letters ("al-Sadr" and "al-Badr" are two), have the same consonants
    (``_consonants``: "al-Asadi" and "al-Abadi" are two), differ by at most
    ``max_distance`` edits, and are not one name with an ending ("al-Sadr", "al-Sadri"):
    see ``_name_key`` and ``_close``.
    The spelling used most (the first used, on a tie) is the usual one; each
    occurrence of any other is reported.
    """
    found = [(m.start(), m.end(), m.group()) for m in names.finditer(text, timeout=timeout)]
    if len(found) < 2:
        return []
    counts: dict[str, int] = {}
    first_seen: dict[str, str] = {}
    for _, _, name in found:
        key = name.casefold()
        counts[key] = counts.get(key, 0) + 1
        if key not in first_seen or (first_seen[key][:1].isupper() and name[:1].islower()):
            first_seen[key] = name  # shown as written mid-sentence ("al-Fayyadh"), where it is
    if len(counts) < 2:
        return []
    usual_of = _usual_spellings(list(counts), counts, rule.max_distance)
    return [
        SpellingVariant(start, end, first_seen[usual_of[name.casefold()]], counts[usual_of[name.casefold()]])
        for start, end, name in found
        if usual_of.get(name.casefold(), name.casefold()) != name.casefold()
    ]


def _usual_spellings(spellings: list[str], counts: dict[str, int], max_distance: int) -> dict[str, str]:
    """Each spelling that has a more usual close one, mapped to the most used of its group.

    Only spellings with the same ``_name_key`` can be one name, so each is compared
    with the few that share its key, not with every name in the text.  Closeness is
    chained (union-find): "al-Amiri", "al-Ameri" and "al-Amery" are one name.
    """
    buckets: dict[tuple[str, str], list[str]] = {}
    for spelling in spellings:
        key = _name_key(spelling)
        if key is not None:
            buckets.setdefault(key, []).append(spelling)
    usual: dict[str, str] = {}
    for bucket in buckets.values():
        for members in _chained_groups(bucket, max_distance) if len(bucket) > 1 else ():
            best = max(members, key=lambda m: (counts[m], -spellings.index(m)))
            usual.update({m: best for m in members if m != best})
    return usual


def _chained_groups(bucket: list[str], max_distance: int) -> list[list[str]]:
    """The spellings of a bucket grouped by chains of ``_close`` pairs (union-find)."""
    parent = {spelling: spelling for spelling in bucket}

    def root(spelling: str) -> str:
        while parent[spelling] != spelling:
            spelling = parent[spelling]
        return spelling

    for i, a in enumerate(bucket):
        for b in bucket[:i]:
            if root(a) != root(b) and _close(a, b, max_distance):
                parent[root(a)] = root(b)
    groups: dict[str, list[str]] = {}
    for spelling in bucket:
        groups.setdefault(root(spelling), []).append(spelling)
    return [members for members in groups.values() if len(members) > 1]


#: Endings that make another word of a name rather than another spelling: "al-Sadri", "Kurds".
_NAME_ENDINGS = ("i", "y", "s", "n", "an", "ian", "is", "ite", "ites")
#: Letters that transliterations render several ways, each written as one ("al-Kadhimi", "al-Kazimi").
_SAME_SOUND = regex.compile(r"dh|th|zh|q|[aeiouy'’ʿʾ-]")
_SOUND_AS = {"dh": "z", "th": "z", "zh": "z", "q": "k"}
_DOUBLED = regex.compile(r"(.)\1+")


@functools.lru_cache(maxsize=4096)  # news names the same people over and over
def _consonants(name: str) -> str:
    """The consonants of a case-folded name, as transliterations share them: "al-khazaali" → "lkhzl".

    Vowels (and y) go, since MT renders Arabic's vowels freely ("Amiri", "Ameri",
    "Amery"); doubled letters are written once ("Abadi", "Abbadi"); dh, th and zh
    are z, and q is k.  Two spellings of one name have the same consonants; two
    names a letter apart mostly do not ("al-Asadi", "al-Abadi").
    """
    return _DOUBLED.sub(r"\1", _SAME_SOUND.sub(lambda m: _SOUND_AS.get(m.group(), ""), name))


def _name_key(spelling: str) -> tuple[str, str] | None:
    """What two spellings of one name share: the first letter of each of its words, and its consonants.

    "al-Sadr" and "al-Badr" differ in the first, "al-Asadi" and "al-Abadi" in the
    second.  Words are parted by hyphens or spaces, so a rule's pattern may match
    names of several words ("Hassan Nasrallah", "Hasan Nasrallah").
    """
    words = _NAME_PARTS.split(spelling)
    if not all(words):
        return None
    return "".join(word[0] for word in words), _consonants(spelling)


_NAME_PARTS = regex.compile(r"[- ]")


def _close(a: str, b: str, max_distance: int) -> bool:
    """Two case-folded spellings with one ``_name_key``: one name, unless a few edits do not make one the other.

    One name plus an ending is another word ("al-Sadr", "al-Sadri": a man, an adjective).
    """
    shorter, longer = sorted((a, b), key=len)
    if longer.startswith(shorter) and longer[len(shorter) :] in _NAME_ENDINGS:
        return False
    return Levenshtein.distance(a, b, score_cutoff=max_distance) <= max_distance
