"""Kind ``script``: remove short runs of a foreign script inside English prose; flag untranslated text.

Run before any English repair: untranslated paragraphs are flagged first and
every later stage leaves them alone (an English rule would misread "Le gouvernement
a annoncé"); stray foreign-script tokens are removed now so that the punctuation
stage later sees (and tidies) the spacing they leave behind.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import regex

from ..blocks import paragraph_spans
from ..deletions import MEANINGFUL_ARABIC, flag_kept, judge_stray_script
from ..edits import EditTracker
from ..glosses import in_open_bracket
from ..language import detect_language, may_not_be_english
from ..lexicon import Script, compiled_from, current
from ..model import Change, Flag
from ..rounds import Round
from ..screen import Span
from .base import Kind, Rule, RuleError, change, positive_int


@dataclass(frozen=True)
class ScriptRule(Rule):
    """Remove short runs of a foreign script inside English prose; flag untranslated paragraphs."""

    script: str = "Arabic"
    max_words: int = 3
    kind = "script"


_LATIN_LETTER = regex.compile(r"\p{Latin}")


@dataclass(frozen=True)
class Untranslated:
    """A paragraph (or a passage inside an English one) that reads as another language, with langdetect's verdict."""

    start: int
    end: int
    language: str
    probability: float
    whole_paragraph: bool = True


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
        has_foreign = foreign is None or (k < len(foreign) and foreign[k][0] < para_end)  # a block may be part of it
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
MAYBE_FOREIGN = r"\x{b5}\x{2b0}-\x{1fff}\x{2070}-\x{10ffff}"


FOREIGN_TRIGGERS = (rf"(?:^|[^{MAYBE_FOREIGN} ])[ ]*[{MAYBE_FOREIGN}]",)


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
            changes.append(change(rule, start, end, ""))
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
    """The paragraphs of ``text`` that meet the blocks ``where`` (all of them when None), each whole.

    Whole, because the decision is the paragraph's: a block may be a piece of a long
    paragraph (``normalize.blocks``).
    """
    if where is None:
        yield from paragraph_spans(text)
        return
    k = 0
    for a, b in paragraph_spans(text):
        while k < len(where) and where[k][1] <= a:
            k += 1
        if k == len(where):
            return
        if where[k][0] < b:
            yield a, b


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
    near = current().script.near  # how far around a run its brackets, quotes or commas are looked for
    before = text[max(0, start - near) : start].rstrip(_SPACE_OR_NUMERAL)[-1:]
    after = text[end : end + near].lstrip(_SPACE_OR_NUMERAL)[:1]
    return before, after


def _quoted_or_named(text: str, start: int, end: int) -> bool:
    """Is the run in brackets, quotation marks or a pair of dashes, or right after the language's name?"""
    before, after = _neighbours(text, start, end)
    if before and before in _OPENERS and after == _CLOSERS[before]:
        return True
    if in_open_bracket(text, start):  # "(AAH; عصائب أهل الحق Aṣaʾib ʾAhl al-Haqq, ...)": a reference gloss
        return True
    script = current().script  # how far back a mention of the language marks a run as quoted
    mention = text[max(0, start - script.named_language_reach) : start]
    mention = mention[mention.rfind("\n") + 1 :]  # a language named on another line quotes nothing here
    return _names_the_language().search(mention) is not None


#: Skipped when looking for what encloses a run: «الموت ٢٠٢٣» quotes the number too, and a
#: right-to-left mark may sit between a quotation mark and the Arabic it quotes.
_SPACE_OR_NUMERAL = " \t\u200e\u200f\u061c" + _SCRIPT_NUMERALS


@compiled_from("script")
def _names_the_language(script: Script) -> regex.Pattern[str]:
    """A mention of a language whose script may be quoted ("known in Arabic as ...")."""
    return regex.compile(r"\b(?:" + "|".join(map(regex.escape, script.language_names)) + r")\b")


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


def untranslated_flag(tracker: EditTracker, rule: ScriptRule, found: Untranslated) -> Flag:
    """The flag for a paragraph or passage that reads as another language, in source coordinates."""
    return Flag(
        start=tracker.to_source(found.start),
        end=tracker.to_source(found.end),
        rule=rule.id,
        category="untranslated",
        message=f"{'paragraph' if found.whole_paragraph else 'passage'} reads as '{found.language}', "
        "not English; left for a person to translate",
        detail={"language": found.language, "probability": f"{found.probability:.2f}"},
    )


def build(data: Mapping[str, Any], common: dict[str, Any]) -> Rule:
    script = data.get("script", "Arabic")
    if not isinstance(script, str):
        raise RuleError("'script' must be a string")
    try:
        regex.compile(rf"\p{{Script={script}}}")
    except regex.error as exc:
        raise RuleError(f"unknown script '{script}': {exc}") from None
    return ScriptRule(**common, script=script, max_words=positive_int(data, "max_words", 3))


def foreign_key(rule: Rule) -> str:
    """The screen key of a script rule's untranslated test (its own key is for stray-script removal)."""
    return f"{rule.id}:foreign"


def triggers(rule: ScriptRule) -> dict[str, tuple[str, ...]]:
    return {rule.id: script_triggers(rule), foreign_key(rule): FOREIGN_TRIGGERS}


@dataclass(frozen=True)
class Runner:
    rules: list[ScriptRule]

    def run(self, round: Round) -> None:
        for rule in self.rules:
            if round.flags is not None:
                untranslated = find_untranslated(round.text, rule, round.where(foreign_key(rule)))
                round.flags.extend(untranslated_flag(round.tracker, rule, u) for u in untranslated)
                round.left_alone.add((u.start, u.end) for u in untranslated)
            verdict = judge_stray_script(round.text, remove_stray_script(round.text, rule, round.where(rule.id)))
            flag_kept(round, rule, verdict.flagged, MEANINGFUL_ARABIC, rule.category)
            round.apply(verdict.kept)


KIND = Kind(
    name="script",
    rule=ScriptRule,
    fields=frozenset({"script", "max_words"}),
    build=build,
    runner=Runner,
    triggers=triggers,
    optional_triggers=True,  # a script Hyperscan does not know leaves the rule searching everywhere
)
