"""The capitals a rewording takes from what it replaces: title case stays title case.

A rule's replacement is written as running text has it ("prime minister", "cybercrime law",
"adjourned").  Where it replaces a title-cased name ("the President of Ministers", "the
Information Crimes Law") or falls in a headline in title case ("Session Was Raised Until
Sunday"), that case would leave "the Prime minister", "the cybercrime law" or "Was adjourned":
a capital lost mid-name.  There the replacement's words take capitals, a word the match had
keeps the match's own, and the minor words (``title.minor_words`` of the language file) stay
lower case.  A sentence's first word is capitalised for the sentence, so it says nothing of
the case of what follows; it is not counted.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import regex

from .lexicon import current
from .text import at_sentence_start

#: A word as title case sees it: letters with apostrophes; a hyphen parts words ("al-Sadr", "Minister-designate").
_WORD = regex.compile(r"\p{L}[\p{L}'’]*")

#: A title-cased match has at least this many words to judge by, a title-cased line at least this many.
_SPAN_WORDS, _LINE_WORDS = 2, 3


def fit_title_case(text: str, start: int, matched: str, replacement: str) -> str:
    """``replacement`` for the match at ``start``, in title case where the match or its line is."""
    words = [m.group() for m in _WORD.finditer(matched)]
    if words and at_sentence_start(text, start):
        words = words[1:]
    if not (_title_cased(words, _SPAN_WORDS) or _in_title_line(text, start)):
        return replacement
    minor = current().title.minor_words
    had = {w.casefold(): w for w in words}

    def cased(m: regex.Match[str]) -> str:
        word = m.group()
        if word.casefold() in minor or (m.start() > 0 and replacement[m.start() - 1] == "-"):
            return word
        if word.casefold() in had:
            return had[word.casefold()]
        return word[:1].upper() + word[1:] if word[:1].islower() else word

    return _WORD.sub(cased, replacement)


def _in_title_line(text: str, start: int) -> bool:
    """Is the line holding ``start`` a headline in title case (its first word aside)?"""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    most = current().terms.headline_words
    # no further than one word past a headline's length: a long line is prose, and is not read whole
    words = _WORD.finditer(text, line_start, len(text) if line_end < 0 else line_end)
    found = [m.group() for m in itertools.islice(words, most + 1)]
    return len(found) <= most and _title_cased(found[1:], _LINE_WORDS)


def _title_cased(words: Sequence[str], least: int) -> bool:
    """At least ``least`` words that title case capitalises, and every one of them capitalised."""
    minor = current().title.minor_words
    major = [w for w in words if w.casefold() not in minor]
    return len(major) >= least and all(w[:1].isupper() for w in major)
