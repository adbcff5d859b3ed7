"""Glosses as reference text writes them: the literal translation kept apart from the name it explains.

``quotes.is_gloss`` knows a rendering quoted or bracketed right after its name.  An
encyclopaedia or a think-tank paper puts more between them: the Arabic script and a
romanisation ('Ansar Allah (anṣār allāh أنصار الله "Supporters of God")'), a label
("Arabic:", "lit."), or the rendering inside a longer bracket ('Kataib Hezbollah (Brigade
for the Party of Allah)').  An infobox sets the name and its translation on two lines, and
a contents page glosses a name after a dash ("Saraya al-Salam – How Rebellious are the
Peace Brigades?").  Each of these is the writer explaining the name; machine translation
uses the rendering bare, in running prose, where it is still repaired.

The labels and limits are data (``gloss_*`` and ``field_line_max`` in
``rules/language/mention_cues.yaml``).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import regex

from .aliases import glued_house_style
from .lexicon import compiled_from
from .namewords import without_marks

_ARABIC = regex.compile(r"\p{Arabic}")
_MARKS = str.maketrans("", "", "ʼʿʾʻ'’‘`")
#: The assimilated article of a romanised name ("ash-Sham", "ad-Din", "el-Husseini") read as al-.
_ARTICLE = regex.compile(r"\b(?:a[dnrstz]h?|el|ul)-")
_SPACES = regex.compile(r"[\s\-]+")
_SENTENCE_END = regex.compile(r"[.!?](?:\s|$)")
#: A bracket or a citation mark ("[35]") set after a name, which an apposition glossing the name may follow.
_ASIDES = regex.compile(r"\s*(?:\((?:[^()\n]|\([^()\n]*\))*\)|\[[^\[\]\n]{1,12}\])")


@dataclass(frozen=True)
class _Settings:
    labels: regex.Pattern[str]
    reach: int
    field_line_max: int
    field_line_punctuation: regex.Pattern[str]
    separator: regex.Pattern[str]
    dash_reach: int
    apposition: regex.Pattern[str]


@compiled_from("mention_cues.yaml")
def _settings(cues: Mapping[str, Any]) -> _Settings:
    return _Settings(
        labels=regex.compile(cues["gloss_bracket_labels"], regex.IGNORECASE),
        reach=int(cues["gloss_bracket_reach"]),
        field_line_max=int(cues["field_line_max"]),
        field_line_punctuation=regex.compile(cues["field_line_punctuation"]),
        separator=regex.compile(cues["gloss_separator"]),
        dash_reach=int(cues["gloss_dash_reach"]),
        apposition=regex.compile(cues["gloss_apposition"]),
    )


@functools.lru_cache(maxsize=4096)
def loose(text: str) -> str:
    """``text`` as spellings of one name compare: no diacritics or hamza marks, one article, one case.

    "Hayʼat Taḥrīr ash-Shām" and "Hayat Tahrir al-Sham" come out the same.
    """
    bare = without_marks(text).translate(_MARKS).casefold()
    return _SPACES.sub(" ", _ARTICLE.sub("al-", bare)).strip()


def _line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def _open_bracket(text: str, start: int, limit: int) -> int:
    """Index of the bracket still open at ``start`` (no further back than ``limit``), or -1.

    Read from bracket to bracket backwards: every name found is asked about, and most
    have no bracket before them on their line.
    """
    depth, at = 0, start
    while (opening := text.rfind("(", limit, at)) >= 0:
        closing = text.rfind(")", opening, at)
        if closing >= 0:  # a closed bracket after the last opening: step over its ")" first
            depth, at = depth + 1, closing
        elif depth == 0:
            return opening
        else:
            depth, at = depth - 1, opening
    return -1


def in_open_bracket(text: str, start: int) -> bool:
    """Does a bracket opened earlier on the line (within ``gloss_bracket_reach``) hold ``start``?"""
    return _open_bracket(text, start, max(_line_start(text, start), start - _settings().reach)) >= 0


def _names(before: str, canonical: str) -> bool:
    """Does the text before a bracket end with (a spelling of) the canonical name?"""
    tail = loose(before.rstrip(" ,:;\t")[-(len(canonical) + 40) :])
    return tail.endswith(loose(canonical))


def in_bracket_gloss(text: str, start: int, canonical: str) -> bool:
    """Is the hit inside a bracket glossing a name: after Arabic script or a label, or opened right after the name?"""
    settings = _settings()
    line = _line_start(text, start)
    opening = _open_bracket(text, start, max(line, start - settings.reach))
    if opening < 0:
        return False
    inside = text[opening + 1 : start]
    if _ARABIC.search(inside) or settings.labels.search(inside):
        return True
    return _names(text[line:opening], canonical)


def _previous_line(text: str, line: int) -> str:
    """The last line with any text before the line starting at ``line``."""
    end = line - 1
    while end > 0:
        start = _line_start(text, end)
        if text[start:end].strip():
            return text[start:end]
        end = start - 1
    return ""


def line_gloss(text: str, start: int, end: int, canonical: str) -> bool:
    """Is the hit a line of its own right under a line that names the canonical name (an infobox)?"""
    line = _line_start(text, start)
    if text[line:start].strip():
        return False
    line_end = text.find("\n", end)
    if text[end : len(text) if line_end < 0 else line_end].strip(" \t.,;:"):
        return False
    return loose(canonical) in loose(_previous_line(text, line))


def dash_gloss(text: str, start: int, canonical: str) -> bool:
    """Is the hit after the canonical name earlier in its line, past a dash or colon, in the same sentence?"""
    prefix = loose(text[max(_line_start(text, start), start - _settings().dash_reach) : start])
    found = _named_end(prefix, loose(canonical))
    if found < 0:
        return False
    rest = prefix[found:]
    return _settings().separator.search(rest) is not None and _SENTENCE_END.search(rest) is None


@functools.lru_cache(maxsize=1024)
def _fuller(name: str) -> regex.Pattern[str]:
    """The name's words in order with up to two more words among them ("Harakat Hizballah al-Nujaba")."""
    return regex.compile(r"(?<!\w)" + r"(?:\s+\S+){0,2}?\s+".join(map(regex.escape, name.split())) + r"(?!\w)")


def _named_end(prefix: str, name: str) -> int:
    """Where the last writing of ``name`` in ``prefix`` ends, in full or fuller, or -1 (both loose)."""
    found = prefix.rfind(name)
    if found >= 0:
        return found + len(name)
    if " " not in name:
        return -1
    ends = [match.end() for match in _fuller(name).finditer(prefix)]
    return ends[-1] if ends else -1


def is_reference_gloss(text: str, start: int, end: int, canonical: str | tuple[str, ...]) -> bool:
    """Any of the glosses reference text writes (see the module's docstring), or a name it writes its own way.

    ``canonical``: the name, or the names (the canonical one and the house styles'), the gloss may
    explain: "Hizballah ("Party of God")" glosses Hezbollah in a house style's spelling.

    A name in the document's own glued-article style is the writer's record of a name
    (``normalize.aliases``).  A short alias in brackets after a person's name is left only to
    the guesses of the name matchers (``kinds/name.py``): a spelling a rule lists as an MT
    error is one wherever it stands ("Abu Musab (al-Zarkawi)").
    """
    names = (canonical,) if isinstance(canonical, str) else canonical
    return (
        any(
            in_bracket_gloss(text, start, name)
            or line_gloss(text, start, end, name)
            or dash_gloss(text, start, name)
            or apposition_gloss(text, start, name)
            for name in names
        )
        or named_in_bracket_after(text, end, names)
        or glued_house_style(text, start, end)
    )


#: A bracket right after a hit, holding one short item (perhaps quoted): 'the Hezbollah Battalions (Kataeb Hezbollah)'.
_BRACKET_AFTER = regex.compile(r"[ \t]*\(\s*[“\"‘']?(?P<name>[^()\n;,“”\"]{2,60}?)[”\"’']?\s*[);,]")


def named_in_bracket_after(text: str, end: int, names: tuple[str, ...]) -> bool:
    """Is the hit followed by a bracket that gives one of ``names`` (its own spelling or a house style's)?

    The reverse of the usual gloss: a writer who puts the English rendering first and the
    Arabic name after it in brackets ("the Hezbollah Battalions (Kataeb Hezbollah)") has
    named the group; machine translation does not add the romanised name beside its rendering.
    """
    match = _BRACKET_AFTER.match(text, end)
    if match is None:
        return False
    written = loose(match.group("name"))
    return any(loose(name) == written for name in names)


def across_a_field_line(text: str, start: int, end: int) -> bool:
    """Does the hit run over the end of a short line without punctuation (a heading or infobox field)?"""
    newline = text.find("\n", start, end)
    if newline < 0:
        return False
    line, settings = text[_line_start(text, start) : newline].strip(), _settings()
    return len(line) < settings.field_line_max and settings.field_line_punctuation.search(line) is None


def apposition_gloss(text: str, start: int, canonical: str) -> bool:
    """Is the hit set in apposition to the canonical name just before it, in the same sentence?

    "Hezbollah, the Party of God, was founded"; "Hamas is an acronym of the Islamic Resistance
    Movement"; "Kata'ib Hezbollah (Arabic: ...)[35]—or the Hezbollah Battalions—is": the writer
    explains the name, perhaps after the name's own bracket and a citation mark.  Only a comma, a dash
    or the words that expand a name may stand between them; machine translation uses the rendering
    instead of the name, never beside it.
    """
    settings = _settings()
    window = text[max(_line_start(text, start), start - len(canonical) - settings.reach) : start]
    at = window.casefold().rfind(canonical.casefold())
    if at < 0:
        return False
    # The name's own bracket (its Arabic, a literal rendering) and a citation mark may come between.
    between = _ASIDES.sub("", window[at + len(canonical) :])
    return len(between) <= 40 and settings.apposition.search(between.casefold()) is not None
