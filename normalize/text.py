"""Small text helpers several rule kinds share: lines, word edges, sentence starts (paragraphs are ``blocks``).

Each works in the coordinates of the text it is given, so a position found with
one of them is a position a ``Change`` can use.
"""

from __future__ import annotations

import re

import regex


def lower_in_place(text: str) -> str:
    """``text`` lower-cased with every offset kept: the few characters whose lower case is
    longer (e.g. "İ") stay as they are, so a position in the copy is a position in ``text``."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    longer = "".join(c for c in set(text) if len(c.lower()) != 1)
    pieces = re.split(f"([{re.escape(longer)}])", text)
    # The split keeps the longer characters at the odd places; only the rest is lowered.
    return "".join(piece if i % 2 else piece.lower() for i, piece in enumerate(pieces))


LINE = re.compile(r"[^\r\n]*(?:\r?\n|$)")


#: Runs of letters, as the repeat regex sees words (``\p{L}+``); digits and "_" end a word.
LETTERS = re.compile(r"[^\W\d_]+")


#: Not inside a token: no letter, digit or the characters of handles, paths, URLs and code before.
WORD_START = r"(?<![\p{L}\p{N}_@#/.'’$%&*+=<>\\|~^-])"


#: Where a lower-case letter meets a capital: the cheap scan that finds glue candidates.
LOWER_UPPER = regex.compile(r"\p{Ll}\p{Lu}")


def contains_as_words(text: str, part: str, ignore_case: bool) -> bool:
    """Does ``part`` occur in ``text`` with no letter, digit or "_" right before or after it?

    String searches rather than a regex per variant: compiling one for each variant of
    a glossary of 10,000 terms took four seconds.
    """
    if ignore_case:
        text, part = text.casefold(), part.casefold()
    start = text.find(part)
    while start != -1:
        if at_word_boundaries(text, start, start + len(part)):
            return True
        start = text.find(part, start + 1)
    return False


def at_word_boundaries(text: str, start: int, end: int) -> bool:
    """No letter, digit or underscore right before or after (a context phrase may follow "al-")."""
    return not (start > 0 and is_word_char(text[start - 1])) and not (end < len(text) and is_word_char(text[end]))


def is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


SENTENCE_END = regex.compile(r"(?:^|[.!?][”\"’»)]*\s+|\n\s*|^[“\"‘«(]|[.!?]\s+[“\"‘«(])\Z")


def at_sentence_start(text: str, pos: int) -> bool:
    """Is ``pos`` the first letter of a sentence (text start, after a line break or after . ! ?)?"""
    return SENTENCE_END.search(text[max(0, pos - 8) : pos]) is not None or pos == 0


#: A dateline or a label before the first word of a sentence: "Baghdad - Outlet, September 19: ", "BEIRUT — ".
_AFTER_DATELINE = regex.compile(r"[^\n.!?]{1,80}(?::| [-–—]) ")


def starts_sentence(text: str, pos: int, matched: str) -> bool:
    """Does the match at ``pos`` open a sentence: at a sentence start, or capitalised after a dateline?

    "September 19: Today, Saturday, the council met": the writer's capital after the dateline's
    colon or dash says a sentence opens there, so a rewording keeps it ("On Saturday, the council").
    """
    if at_sentence_start(text, pos):
        return True
    line = text.rfind("\n", 0, pos) + 1
    return matched[:1].isupper() and _AFTER_DATELINE.fullmatch(text, line, pos) is not None
