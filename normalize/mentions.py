"""Mention versus use: a name talked about is not a name to repair.

Professional English glosses a name ("Kataib Hezbollah (literally Hezbollah
Brigades)"), quotes a rendering ('translates literally as "popular crowd"'), corrects
or lists spellings ("misspelt al-Kadhimi as al-Kazimi", "also spelt al-Kazimi,
al-Kazemi and al-Kathimi"), names a work ("the documentary The Popular Crowd") or
writes a name with its acronym ("Popular Mobilization Units (PMU)").  Rewriting any of
those to the canonical name destroys what the sentence says.  Machine translation
uses the literal name bare, where it is repaired as before.

The cues are data (``rules/language/mention_cues.yaml``); this module only says where
they are looked for: in the text right before the name (within its line and
``reach`` characters), or right after it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import regex

from .lexicon import compiled_from

#: What may stand between a cue and the name: white space, quotes, an opening bracket, "the".
_FILLER = r"[\s\"“‘'«(]*(?:(?:the|The)\s+)?[\"“‘'«]?"
#: Names of a spelling list before the one at hand: "al-Kazimi, al-Kazemi and ".
_LISTED = r"(?:[^.;:!?()\n]{1,40}?(?:,\s*|\s+(?:and|or|nor)\s+))*"


@dataclass(frozen=True)
class _Cues:
    #: The cue before the name, one pattern per form of it (see ``_cues``).
    before: tuple[regex.Pattern[str], ...]
    after: regex.Pattern[str]
    acronym: regex.Pattern[str]
    transliteration: regex.Pattern[str]
    not_a_name: regex.Pattern[str]
    historical_before: regex.Pattern[str]
    historical_after: regex.Pattern[str]
    compounds: frozenset[str]
    reach: int
    forms: regex.Pattern[str]


def _alternation(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


@compiled_from("mention_cues.yaml")
def _cues(data: Mapping[str, Any]) -> _Cues:
    """The compiled cues.  Those that end at the name (``\\Z``) are searched from the end (``regex.REVERSE``).

    Searched forward, such a pattern is tried at each of the hundred characters before
    the name, and fails at all but the last; from the end, it starts where it must.  The
    cue before a name comes in three forms (a plain cue, a list of spellings, a work's
    title), one pattern each, so that each is searched the way it is fastest: the list
    is quicker forward, where its lazy repeat seldom gets going.  Whether a pattern
    matches is the same either way (none of them holds an atomic group or a possessive
    repeat, whose meaning would turn with the direction); where it matches is not asked.
    """
    plain, listed, work = (_alternation(data[key]) for key in ("before", "list", "work"))
    backward = regex.IGNORECASE | regex.REVERSE
    return _Cues(
        before=(
            regex.compile(rf"(?:{plain}){_FILLER}\Z", backward),
            regex.compile(rf"(?:{listed}){_FILLER}{_LISTED}{_FILLER}\Z", regex.IGNORECASE),
            regex.compile(rf"(?:{work})\s*[\"“‘']?(?:The\s+)?\Z", backward),
        ),
        after=regex.compile(_alternation(data["after"]), regex.IGNORECASE),
        acronym=regex.compile(data["acronym"]),
        transliteration=regex.compile(rf"(?:{data['transliteration']}){_FILLER}\Z", backward),
        not_a_name=regex.compile(rf"(?:{data['not_a_name']})\s+\Z", backward),
        historical_before=regex.compile(data["historical_before"], backward),
        historical_after=regex.compile(data["historical_after"]),
        compounds=frozenset(c.casefold() for c in data["compounds"]),
        reach=int(data.get("reach", 100)),
        forms=regex.compile(rf"(?:{_alternation(data.get('forms') or ['(?!)'])}){_FILLER}\Z", backward),
    )


_LAST_WORD = regex.compile(r"[\w'’-]+\Z")
_NEXT_WORD = regex.compile(r"\s+([\w'’-]+)")


def _compound(text: str, start: int, end: int, compounds: frozenset[str]) -> bool:
    """Do the name's last word and the word after it make a common noun ("organization chart")?"""
    last = _LAST_WORD.search(text, start, end)
    following = _NEXT_WORD.match(text, end)
    if last is None or following is None:
        return False
    return f"{last.group()} {following.group(1)}".casefold() in compounds


_INITIAL = regex.compile(r"(?<![\p{L}'’-])\p{Lu}")
_BRACKETED = regex.compile(r"\s*\((?:the )?(\w+)\)")


def initials(name: str) -> str:
    """The capitals that open the words of a name: "Qatar News Agency" is "QNA"."""
    return "".join(_INITIAL.findall(name))


def _own_acronym(after: str, canonical: str, written: str) -> bool:
    """Is the bracketed acronym after a spelling the canonical name's own ("Qatari News Agency (QNA)")?

    Only where the spelling has the same initials: then it is the name misspelt, not a rendering a
    writer chose and glossed with the body's acronym ("Iraqi Hezbollah Brigades (KH)", "Popular
    Mobilization Units (PMU)"), which stays.
    """
    found = _BRACKETED.match(after)
    acronym = found.group(1) if found is not None else ""
    return len(acronym) > 1 and acronym == initials(canonical) == initials(written)


def is_mention(text: str, start: int, end: int, canonical: str = "") -> bool:
    """Is the name at [start, end) mentioned (glossed, quoted, corrected, listed, a title) rather than used?

    ``canonical``: the name a rule would write; its own acronym after a spelling is no gloss.
    """
    cues = _cues()
    before = text[_read_from(text, start, cues.reach) : start]
    after = text[end : end + cues.reach]
    if cues.acronym.match(after) and not (canonical and _own_acronym(after, canonical, text[start:end])):
        return True
    if cues.after.match(after) or cues.historical_after.match(after):
        return True
    if cues.historical_before.search(before) or _compound(text, start, end, cues.compounds):
        return True
    if any(cue.search(before) for cue in cues.before) or cues.transliteration.search(before):
        return True
    # Only words written in lower case: "a Hashd force" uses the name as a noun's attribute.
    return text[start : start + 1].islower() and cues.not_a_name.search(before) is not None


def shows_a_form(text: str, start: int) -> bool:
    """Is what starts at ``start`` a form shown as an example ("forms like 05/03/2021"), not one used?

    The cues are ``forms`` in mention_cues.yaml, read within the line and ``reach`` characters back.
    """
    cues = _cues()
    return cues.forms.search(text, _read_from(text, start, cues.reach), start) is not None


def _read_from(text: str, start: int, reach: int) -> int:
    """Where the cues before ``start`` are read from: ``reach`` characters back, within its line."""
    line_start = text.rfind("\n", max(0, start - reach), start) + 1  # only as far back as is read
    return max(line_start, start - reach)
