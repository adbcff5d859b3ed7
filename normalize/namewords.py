"""Word look-ups the name, place and body matchers share.

Verdicts remembered per word, the English-word test, and whole words looked for in a
document once per document (a long line holds thousands of candidates).
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import TypeVar

import regex

from . import wordlist

_SEEN_LIMIT = 50_000
#: Apostrophes and the marks that stand for ʿayn or hamza, typed however a keyboard gives them: one letter.
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "ʿ": "'", "ʾ": "'", "`": "'"})
#: The article written apart ("Al Sabah") as it is hyphened ("al-Sabah"): a house style, not a spelling.
_ARTICLE_APART = regex.compile(r"(?<![\p{L}'])al (?=\p{L})")
_T = TypeVar("_T")
_SENTENCE_END = regex.compile(r"[.!?](?=\s)|\n")
#: The same, searched backwards from a position: the last sentence end before it is found
#: without reading the text from its start (a file may be one line of megabytes).
_SENTENCE_END_BEFORE = regex.compile(_SENTENCE_END.pattern, regex.REVERSE)


def remembered(memo: dict[str, _T], word: str, judge: Callable[[str], _T]) -> _T:
    """``judge(word)``, kept in ``memo``: news repeats its names, and each judgement costs lookups.

    The memo is emptied when it outgrows ``_SEEN_LIMIT``, so a long run's vocabulary cannot fill memory.
    """
    found = memo.get(word)
    if found is None:
        if len(memo) > _SEEN_LIMIT:
            memo.clear()
        found = memo[word] = judge(word)
    return found


def fold(name: str) -> str:
    """The name as a list is looked up: lower case, single-spaced, one apostrophe, the article hyphened.

    "Sana’a" is the listed "Sana'a" and "Meshal Al Ahmad Al Jaber" the listed "Meshal al-Ahmad
    al-Jaber": a typewriter's apostrophe or an article set apart is typography, not another spelling.
    """
    folded = " ".join(name.casefold().translate(_APOSTROPHES).split())
    return _ARTICLE_APART.sub("al-", folded)


@functools.lru_cache(maxsize=1 << 14)
def english_word(word: str) -> bool:
    """A common English word, or a name English has of its own ("Jordanian", "Mark") that no gazetteer name is."""
    return wordlist.is_common_word(word) or wordlist.is_also_a_name(word)


def sentence_around(text: str, at: int) -> tuple[int, str]:
    """The start and the text of the sentence holding position ``at``."""
    last = _SENTENCE_END_BEFORE.search(text, 0, at)
    begin = last.end() if last else 0
    end = _SENTENCE_END.search(text, at)
    return begin, text[begin : end.start() if end else len(text)]


#: Per thread, the document last asked about and what was found in it: a name or a country is
#: looked for once per document, not once per candidate word (a long line holds thousands).
_FOUND = threading.local()


def text_has_words(text: str, phrase: str) -> bool:
    """``has_words`` over a whole document, remembered for that document."""
    memo: tuple[str, dict[str, bool]] | None = getattr(_FOUND, "memo", None)
    if memo is None or memo[0] is not text:
        memo = (text, {})
        _FOUND.memo = memo
    found = memo[1].get(phrase)
    if found is None:
        found = memo[1][phrase] = has_words(text, phrase)
    return found


def has_words(text: str, phrase: str) -> bool:
    return _as_words(phrase).search(text) is not None


@functools.lru_cache(maxsize=4096)
def _as_words(phrase: str) -> regex.Pattern[str]:
    """The phrase as whole words (kept compiled: ``regex``'s own cache costs more to ask than this one)."""
    return regex.compile(rf"(?<![\p{{L}}\-]){regex.escape(phrase)}(?![\p{{L}}])")
