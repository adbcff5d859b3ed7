"""Kind ``glue``: split sentences glued without a space ("angerThe"), guided by a list of openers,
and, with ``names: true``, a name glued to the next ("SamirGeagea", "NewsBaghdad").

A structure stage, before any word-based one: a glued word hides the word edges
the terminology matcher and the capitalisation rule rely on.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import regex

from ..lexicon import Glue, compiled_from, current
from ..lowerglue import split_lower_glued
from ..model import Change
from ..rounds import SEPARATOR_MARK, Round
from ..screen import Span, whole
from ..text import LOWER_UPPER, WORD_START
from ..wordlist import is_common_word
from .base import Kind, Rule, RuleError, boolean, change, positive_int, str_list


@dataclass(frozen=True)
class GlueRule(Rule):
    """Split sentences glued without a space ("angerThe"), guided by a list of sentence starters."""

    starters: frozenset[str] = frozenset()
    keep_words: frozenset[str] = frozenset()
    #: Split two capitalised words run together ("SamirGeagea") instead of sentences (glued_names.py).
    names: bool = False
    #: Split a lower-case word run into the capitalised word after it ("occupiedWest Bank").
    words: bool = False
    #: Split two lower-case words run together where a dictionary says so (``normalize.lowerglue``):
    #: after one of ``left_words`` ("theminister") or before a word with one of ``right_endings``.
    lower: bool = False
    left_words: frozenset[str] = frozenset()
    right_endings: tuple[str, ...] = ()
    #: With ``lower``: also part two common words each at least this long, run together in no
    #: compound English writes closed ("securityforces"); 0 leaves such pairs.
    pair_length: int = 0
    kind = "glue"


#: Function words (``never_ends_a_sentence`` in rules/language/english.yaml, section ``glue``, which
#: says what each list is for) cannot end a sentence, so "notBefore" or "isThe" is an identifier, not
#: glue; openers that are prepositions (``preposition_starters``: "logOn screen" and "checkIn flow"
#: are identifiers) are glue only if a sentence goes on after them: with a name, a number, a quote
#: or one of the words of ``after_preposition``.  All are the running normalizer's (``lexicon.current``).
@compiled_from("glue")
def _sentence_goes_on(glue: Glue) -> regex.Pattern[str]:
    return regex.compile(
        r"[ \t]+(?:[\p{Lu}\p{N}“\"]|(?:" + "|".join(map(regex.escape, glue.after_preposition)) + r")\b)"
    )


_HUMP = regex.compile(WORD_START + r"(\p{Ll}[\p{Ll}'’-]*\p{Ll})(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}_@/])")


#: Every lower-case letter (\p{Ll}) in plain ranges: ASCII, µ, ß-ÿ but ÷, and anything past Latin-1
#: except the General Punctuation block, where curly quotes and dashes live (and no letters).
MAYBE_LOWER = r"a-z\x{b5}\x{df}-\x{f6}\x{f8}-\x{1fff}\x{2070}-\x{10ffff}"


def glue_triggers(rule: GlueRule) -> tuple[str, ...]:
    """Trigger for glued sentences: a lower-case letter right before the capital of one of the openers.

    With openers that all begin with an ASCII capital (as in the bundled packs), the
    capital is [A-Z], and Arabic text or an opening quote before a capital gives no hit.
    """
    if all("A" <= word[:1] <= "Z" for word in rule.starters):
        return (f"[{MAYBE_LOWER}][A-Z]",)
    return (r"\p{Ll}\p{Lu}",)


def split_glued_sentences(text: str, rule: GlueRule, where: list[Span] | None = None) -> list[Change]:
    """Insert ". " where a sentence runs into the next without a space ("angerThe").

    Only when the capitalised part is a common sentence opener ("The", "He",
    "However", ...) listed in the pack, so camel-case names ("iPhone", "McDonald",
    "YouTube", "al-Sadr", "easyJet") and code identifiers are left alone; the pack's
    ``keep_words`` protect brands that happen to end in an opener.
    """
    changes: list[Change] = []
    glue = current().glue  # no English word is longer than ``longest_word`` (a longer token is no sentence end)
    candidates = (m for start, end in whole(text, where) for m in LOWER_UPPER.finditer(text, start, end))
    for candidate in candidates:
        # The word's start is looked for only so far back: searching to the start of the text
        # made a long line (a document on one line) cost time in the square of its length.
        lo = max(0, candidate.start() - glue.longest_word)
        before = max(text.rfind(sep, lo, candidate.start()) for sep in ' \n\t(“"')
        if before == -1 and lo > 0:
            continue  # a token longer than any word (a URL, code, a base64 blob) is no sentence end
        match = _HUMP.match(text, before + 1)
        if match is None or match.end(1) != candidate.start() + 1:
            continue
        if match.group(2) not in rule.starters or match.group() in rule.keep_words:
            continue
        if match.group(1).casefold() in glue.never_ends_a_sentence:  # "notBefore", "getThe": identifiers
            continue
        if match.group(2) in glue.preposition_starters and _sentence_goes_on().match(text, match.end()) is None:
            continue
        changes.append(change(rule, match.end(1), match.end(1), ". "))
    return changes


#: Two capitalised words run together, as a whole token (not in a handle, path, URL or domain).
_GLUED_NAME = regex.compile(WORD_START + r"(\p{Lu}\p{Ll}+)(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}_@/]|[.’'-]\p{L})")
NAME_TRIGGERS = (r"[A-Z][a-z]+[A-Z][a-z]",)


@compiled_from("names.yaml")
def _names(data: Mapping[str, Any]) -> tuple[frozenset[str], frozenset[str], tuple[str, ...], frozenset[str]]:
    """First names, camel-case names, family-name prefixes and dateline places (rules/language/names.yaml)."""
    first = frozenset(data["female_first_names"].split()) | frozenset(data["male_first_names"].split())
    places = frozenset(data["dateline_places"].split())
    return first, frozenset(data["camel_case_names"].split()), tuple(data["name_prefixes"].split()), places


def split_glued_names(text: str, rule: GlueRule, where: list[Span] | None = None) -> list[Change]:
    """Insert a space between two capitalised words run together ("SamirGeagea", "NewsBaghdad").

    Only where the second part is no common word (so a name), the token is no
    camel-case name or brand ("YouTube", "PayPal", listed), the first part is no
    family-name prefix ("McCain", "MacArthur", "DeSantis", "LaGuardia"), and either
    the first part is a known first name, or it is a common English word and the
    second a first name, a dateline city, or a word the text also writes on its own
    (which "OrderedDict" and other identifiers are not).
    """
    changes: list[Change] = []
    first_names, camel, prefixes, places = _names()
    known = first_names | places
    fields: frozenset[int] | None = None  # found on the first candidate: most texts have none
    for start, end in whole(text, where):
        for match in _GLUED_NAME.finditer(text, start, end):
            left, right = match.group(1), match.group(2)
            if match.group() in camel or match.group() in rule.keep_words or left in prefixes:
                continue
            fields = _field_labels(text) if fields is None else fields
            if match.start() in fields:
                continue
            if is_common_word(right) or not (left in first_names or is_common_word(left)):
                continue
            if left not in first_names and right not in known and not _alone(text, right, match.start()):
                continue
            changes.append(_split_as_written(text, rule, match))
    return changes


def _split_as_written(text: str, rule: GlueRule, match: regex.Match[str]) -> Change:
    """The split of a glued name as its document writes the two parts elsewhere, else with a space.

    "AbdulMahdi" in a text that also writes "Abdul-Mahdi" (or "Abdulmahdi", or "Shafaq News/ Baghdad")
    is that spelling: the editor keeps one form through the article.
    """
    left, right = match.group(1), match.group(2)
    start, end = _document_at(text, match.start())
    seen = regex.search(
        rf"(?<![\p{{L}}\p{{N}}_]){regex.escape(left)}(?:(?P<sep>[ \t]*[-/][ \t]*|[ \t]+)(?P<up>{regex.escape(right)})"
        rf"|(?P<low>{regex.escape(right[:1].lower() + right[1:])}))(?![\p{{L}}\p{{N}}_])",
        text,
        pos=start,
        endpos=end,
    )
    if seen is not None and seen.group("low"):
        return change(rule, match.end(1), match.end(1) + 1, right[:1].lower())
    if seen is None:  # a dateline's outlet the text writes before other places with a slash ("Shafaq News/ Basra")
        seen = regex.search(
            rf"(?<![\p{{L}}\p{{N}}_]){regex.escape(left)}(?P<sep>[ \t]*/[ \t]*)\p{{Lu}}", text, pos=start, endpos=end
        )
    return change(rule, match.end(1), match.end(1), seen.group("sep") if seen is not None else " ")


#: A line that opens with a label of a few words glued to a capitalised value: "LeaderQais al-Khazali",
#: "Founding leaderMuqtada al-Sadr".  Group 1: the label's last word.
_FIELD_LINE = regex.compile(r"(?m)^[ \t]*(?=\p{Lu})(?:\p{L}+ ){0,3}(\p{L}\p{Ll}+)(?=\p{Lu}\p{Ll})")


@compiled_from("names.yaml")
def _min_fields(data: Mapping[str, Any]) -> int:
    return int(data["infobox_min_fields"])


#: Per thread, the last text's field labels (``_field_labels``), with the language they were found in:
#: the name and word rules both ask about the same text, each at its first candidate.
_LAST_FIELDS = threading.local()


def _field_labels(text: str) -> frozenset[int]:
    """``_find_field_labels``, found once while the text and the language are the same."""
    language = current()
    last: tuple[str, object, frozenset[int]] | None = getattr(_LAST_FIELDS, "last", None)
    if last is not None and last[0] is text and last[1] is language:
        return last[2]
    found = _find_field_labels(text)
    _LAST_FIELDS.last = (text, language, found)
    return found


def _find_field_labels(text: str) -> frozenset[int]:
    """Where a scraped infobox's labels stand glued to their values, if the text has such a block.

    A reference page copied as text loses the cell borders of its infobox: "LeaderQais
    al-Khazali", "IdeologyShia Islamism", "HeadquartersNajaf, Iraq", one field a line.
    That is the page's layout, not two names run together; a lone "NewsBaghdad" in a
    dateline still is.  It takes ``infobox_min_fields`` such lines, each label a common word.
    """
    if "\n" not in text:
        return frozenset()
    found: list[int] = []
    for start, end in _documents(text):  # each joined document has its infobox or none
        # A field line has a lower-case letter before a capital: only such lines are tried, not every line.
        lines = dict.fromkeys(text.rfind("\n", 0, m.start()) + 1 for m in LOWER_UPPER.finditer(text, start, end))
        fields = (_FIELD_LINE.match(text, max(line, start), end) for line in lines)
        starts = [m.start(1) for m in fields if m is not None and is_common_word(m.group(1))]
        found += starts if len(starts) >= _min_fields() else []
    return frozenset(found)


def _documents(text: str) -> list[Span]:
    """The spans of the documents joined in ``text`` (``SEPARATOR_MARK`` between them), or the whole text."""
    spans, start = [], 0
    mark = text.find(SEPARATOR_MARK)
    while mark >= 0:
        spans.append((start, mark))
        start = mark + len(SEPARATOR_MARK)
        mark = text.find(SEPARATOR_MARK, start)
    return [*spans, (start, len(text))]


def _document_at(text: str, pos: int) -> Span:
    """The span of the joined document that holds ``pos``."""
    start = text.rfind(SEPARATOR_MARK, 0, pos) + 1
    end = text.find(SEPARATOR_MARK, pos)
    return start, len(text) if end < 0 else end


#: A lower-case word run into a capitalised one inside running text ("occupiedWest", "Saudi-ledCoalition").
_GLUED_WORDS = regex.compile(
    r"(?:(?<=\p{L}-)|" + WORD_START + r")(\p{Ll}{2,})(\p{Lu}\p{Ll}{2,})(?=[ \t]+[\p{L}\p{N}“\"(]|,[ \t])"
)
WORD_TRIGGERS = (r"[a-z]{2}[A-Z][a-z]{2}",)


def split_glued_words(text: str, rule: GlueRule, where: list[Span] | None = None) -> list[Change]:
    """Insert a space where a word runs into the next, capitalised one ("occupiedWest Bank").

    Both parts must be words of their own: the first a common English word that can end
    a phrase, the second a common word, a first name or a dateline place; or the first a
    word that cannot end one (``never_ends_a_sentence``: "the", "of", "in") and the second
    a name, no common word ("theKurdistan"); the token is no listed camel-case name or keep word,
    and a word follows it after a space or a comma (an identifier is followed by a
    bracket, a dot, a colon or an operator).
    """
    changes: list[Change] = []
    first_names, camel, _, places = _names()
    never = current().glue.never_ends_a_sentence
    fields: frozenset[int] | None = None  # an infobox's "Founding leaderMuqtada" is layout; found when needed
    for start, end in whole(text, where):
        for match in _GLUED_WORDS.finditer(text, start, end):
            left, right = match.group(1), match.group(2)
            if match.group() in camel or match.group() in rule.keep_words:
                continue
            fields = _field_labels(text) if fields is None else fields
            if match.start(1) in fields:
                continue
            if left in never or len(left) < 3:
                # "theKurdistan", "inBaghdad": after a function word only a name, which no identifier
                # ("toString", "onClick", "isValid") has after its verb or preposition
                if left not in never or is_common_word(right):
                    continue
            elif not _inflected_word(left) or not (is_common_word(right) or right in first_names or right in places):
                continue
            changes.append(change(rule, match.end(1), match.end(1), " "))
    return changes


def _inflected_word(word: str) -> bool:
    """A common word, or its past or -ing form ("occupied", "stormed", "leading"): the list has stems only."""
    stems = [word]
    if word.endswith("ied"):
        stems.append(word[:-3] + "y")
    if word.endswith("ed"):
        stems += [word[:-2], word[:-1], word[:-3]]  # stormed, used, planned
    if word.endswith("ing"):
        stems += [word[:-3], word[:-3] + "e", word[:-4]]  # leading, making, running
    return any(len(stem) > 2 and is_common_word(stem) for stem in stems)


def _alone(text: str, word: str, at: int) -> bool:
    """Does the document holding ``at`` also write ``word`` as a word of its own (not another joined one)?"""
    start, end = _document_at(text, at)
    pattern = r"(?<![\p{L}\p{N}_])" + regex.escape(word) + r"(?![\p{L}\p{N}_])"
    return regex.search(pattern, text, pos=start, endpos=end) is not None


def build(data: Mapping[str, Any], common: dict[str, Any]) -> Rule:
    starters = frozenset(str_list(data, "starters"))
    names, words = boolean(data, "names", False), boolean(data, "words", False)
    if boolean(data, "lower", False):
        left, endings = str_list(data, "left_words"), str_list(data, "right_endings")
        pairs = positive_int(data, "pair_length", 1) if "pair_length" in data else 0
        if starters or names or words or not (left or endings or pairs):
            raise RuleError(
                "a glue rule with 'lower: true' needs 'left_words', 'right_endings' or 'pair_length', and nothing else"
            )
        seams = {"left_words": frozenset(left), "right_endings": tuple(endings)}
        return GlueRule(**common, lower=True, pair_length=pairs, **seams)  # type: ignore[arg-type]
    if not starters and not names and not words:
        raise RuleError("'starters' must list at least one word")
    if starters and names:
        raise RuleError("a glue rule splits sentences ('starters') or names ('names: true'), not both")
    if words and (starters or names):
        raise RuleError("a glue rule with 'words: true' splits words only: no 'starters', no 'names'")
    keep = frozenset(str_list(data, "keep_words"))
    return GlueRule(**common, starters=starters, keep_words=keep, names=names, words=words)


@dataclass(frozen=True)
class Runner:
    rules: list[GlueRule]

    def run(self, round: Round) -> None:
        for rule in self.rules:
            if rule.lower:
                cuts = split_lower_glued(
                    round.text, round.where(rule.id), rule.left_words, rule.right_endings, rule.pair_length
                )
                round.apply([change(rule, at, at, " ") for at in cuts])
                continue
            split = split_glued_names if rule.names else split_glued_words if rule.words else split_glued_sentences
            round.apply(split(round.text, rule, round.where(rule.id)))


KIND = Kind(
    name="glue",
    rule=GlueRule,
    fields=frozenset(
        {"starters", "keep_words", "names", "words", "lower", "left_words", "right_endings", "pair_length"}
    ),
    build=build,
    runner=Runner,
    # a lower-case seam has no shape a trigger could find more cheaply than the split itself:
    # the lower-case rule looks at the whole text, unscreened
    triggers=lambda rule: (
        {}
        if rule.lower
        else {rule.id: NAME_TRIGGERS if rule.names else WORD_TRIGGERS if rule.words else glue_triggers(rule)}
    ),
)
