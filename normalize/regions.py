"""Is a name followed by a region's head noun, and so that region's name rather than a body's?

Many bodies and outlets carry a place word as their name: the channel Al-Sharqiya is
"the Eastern", as are Oman's Al Sharqiyah governorates and Saudi Arabia's Eastern
Province.  Where a geographic head follows ("the Al Sharqiyah Sands", "Al Sharqiyah
South Governorate"), the text names the region, in its own house spelling.  The heads
are data (``region_heads`` in rules/gazetteer/name_keys.yaml), given to the term rules
the gazetteer generates for organisations and media.
"""

from __future__ import annotations

from collections.abc import Collection

import regex

#: The next word after a name, and the one after it when the first is capitalised ("South Governorate").
_NEXT = regex.compile(r"[ \t]+(\p{L}+)(?:[ \t]+(\p{L}+))?")


def before_a_region(text: str, end: int, heads: Collection[str]) -> bool:
    """Does a head of ``heads`` follow ``end``, at once or after one capitalised word?"""
    found = _NEXT.match(text, end)
    if found is None:
        return False
    first, second = found.group(1), found.group(2)
    if first.casefold() in heads:
        return True
    return bool(second) and first[:1].isupper() and second.casefold() in heads


#: The word just before a name, an article between them allowed ("in the City of Sadr").
_PREVIOUS = regex.compile(r"(\p{L}+)[ \t]+(?:(?:the|The)[ \t]+)?$")


def beside_a_place_cue(text: str, start: int, end: int, before: Collection[str], after: Collection[str]) -> bool:
    """Does a word of ``before`` stand just before ``start`` (an article between allowed), or one of
    ``after`` just after ``end``?  A place's rendering in English words is a place only there."""
    previous = _PREVIOUS.search(text, max(0, start - 30), start)
    if previous is not None and previous.group(1).casefold() in before:
        return True
    following = _NEXT.match(text, end)
    return following is not None and following.group(1).casefold() in after
