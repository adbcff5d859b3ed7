"""Two lower-case words run together with no space ("theminister", "ministershortly").

Copying MT output out of a page loses the space between two words as often as between
a word and a capitalised one; with no capital to mark the seam, only a dictionary can
find it.  The split is made only where it is certain:

- the token is no word itself: not in Webster's list (stems, with their plurals and past
  and -ing forms) nor among the commonest English words (``rules/english_words.txt``,
  which has "spokesperson", "online" and the other words Webster's predates);
- exactly one place cuts it into two of the commonest words;
- the seam is one no English compound has: the first part a word that cannot end a phrase
  (the rule's ``left_words``: "the", "with"; one of two letters only before another of them:
  "ofthe", not "byelection"), or, both parts six letters or more, the second an adverb or a
  past form (the rule's ``right_endings``: "-ly", "-ed"; not "downplayed", "spearheaded"),
  or, with the rule's ``pair_length``, both parts common words that long ("securityforces",
  "oilexports") and the token no compound English writes closed: not in
  ``rules/english_compounds.txt`` (wordfreq's words that are two common ones, "oilfield",
  "flashpoint", "heatwave", which Webster's is too old to hold), nor an inflection of one, and
  written so only once in the text (a token the text repeats is a word of its own: "textlint"),
  in a paragraph with an English word no other European language has near it ("the", "of").

A token inside a URL, an address, a handle, a hashtag or a path is never touched.
"""

from __future__ import annotations

import bisect
import functools
import threading
from collections import Counter
from collections.abc import Collection

import regex

from .lexicon import current
from .rounds import SEPARATOR_MARK
from .screen import Span, whole
from .wordlist import closed_compounds, frequent_words, is_common_word

#: A whole lower-case token (a possessive's too), not part of a URL, address, handle, tag, path or hyphenated word.
_TOKEN = regex.compile(
    r"(?<![\p{L}\p{N}_@#/.\\:=&?%+-]|\p{L}['’])(\p{Ll}{5,40})"
    r"(?![\p{L}\p{N}_@/\\=&%+-]|[.:][\p{L}\p{N}]|[’'](?!s\b)[\p{L}\p{N}])"
)
#: The quick first look: every lower-case run of letters (``_TOKEN`` then sees where each stands).
_WORDS = regex.compile(r"\b[a-z]{5,40}\b")
#: Inflections Webster's does not list: a token that is one of a listed stem is a word.
_ENDINGS = ("ing", "ied", "ed", "es", "s", "er", "est", "ly")


def is_word(token: str, frequent: Collection[str]) -> bool:
    """Is ``token`` an English word: a common one, in Webster's, or an inflection of a stem there?"""
    if token in frequent or is_common_word(token):
        return True
    for ending in _ENDINGS:
        if token.endswith(ending) and len(token) - len(ending) > 2:
            stem = token[: -len(ending)]
            if stem in frequent or is_common_word(stem) or is_common_word(stem + "e"):
                return True
            if ending == "ied" and is_common_word(stem + "y"):
                return True
            if len(stem) > 3 and stem[-1] == stem[-2] and is_common_word(stem[:-1]):  # "planned"
                return True
    return False


def certain_split(
    token: str, frequent: Collection[str], left_words: Collection[str], endings: tuple[str, ...], pair_length: int = 0
) -> int:
    """Where ``token`` splits into two words at a seam no compound has, or 0 when that is not certain.

    Of the places that cut it into two common words, exactly one may be such a seam, and
    no other may leave a word of three letters or more after it ("areport": "a report", not
    "are port"; "tothe" is still "to the", "tot he" leaving only "he").
    """
    if token in frequent:
        return 0
    cuts = [i for i in range(1, len(token) - 1) if _word_pair(token[:i], token[i:], frequent)]
    seams = [i for i in cuts if _certain_seam(token[:i], token[i:], left_words, endings, pair_length)]
    if len(seams) != 1 or (len(cuts) > 1 and any(c != seams[0] and len(token) - c >= 3 for c in cuts)):
        return 0  # "areport": "are port" or "a report"
    left, right = token[: seams[0]], token[seams[0] :]
    if left not in left_words and not right.endswith(endings) and not _open_pair(token, left, right):
        return 0  # "oilfield", "heatwaves": English writes them as one word
    # Webster's (a quarter of a second to read) is asked last, and only about a token that would be split.
    return 0 if is_word(token, frequent) else seams[0]


def _open_pair(token: str, left: str, right: str) -> bool:
    """Two words English keeps apart: both in Webster's ("fol" of the frequency list is not), and
    ``token`` neither a compound English writes closed nor an inflection of one ("oilfields")."""
    compounds = closed_compounds()
    if token in compounds or any(token.endswith(end) and token[: -len(end)] in compounds for end in _ENDINGS):
        return False
    return is_common_word(left) and is_common_word(right)


def _word_pair(left: str, right: str, frequent: Collection[str]) -> bool:
    """Two common words, the first perhaps "a" ("a report"), the second of two letters or more."""
    return (left in frequent if len(left) > 1 else left == "a") and len(right) > 1 and right in frequent


def _certain_seam(
    left: str, right: str, left_words: Collection[str], endings: tuple[str, ...], pair_length: int
) -> bool:
    if left in left_words:  # "ofthe" ("oft he" is no such seam), not "byelection"
        return len(right) >= 3 and (len(left) > 2 or right in left_words)
    long_enough = len(left) >= pair_length and len(right) > pair_length and len(left + right) > 2 * pair_length + 1
    if pair_length and long_enough:
        return True  # two common words ("oil" "exports"), not two short ones ("kat" "aba" of kataba)
    return len(left) >= 6 and len(right) >= 6 and right.endswith(endings)  # not "downplayed", "spearheaded"


def split_lower_glued(
    text: str, where: list[Span] | None, left_words: Collection[str], endings: tuple[str, ...], pair_length: int = 0
) -> list[int]:
    """The offsets in ``text`` where a space goes between two lower-case words run together.

    The tokens are gathered first and the common words taken away as a set: nearly every
    token is one, and asking about each in turn cost a tenth of the whole run.
    """
    frequent = frequent_words()
    if not frequent:
        return []
    spans = whole(text, where)
    tokens = _tokens(text, spans)
    cuts = {
        token: cut
        for token in tokens - frequent
        if (cut := certain_split(token, frequent, left_words, endings, pair_length))
    }
    if not cuts:
        return []
    found = _standing(text, spans, cuts)
    if not pair_length:
        return [at for _, at in found]
    # two common words of English's lists may be one word of French ("sal|aires"): only in English
    english = _english_words_pattern()
    found = [(token, at) for token, at in found if _english_around(text, at, english)]
    # two common words glued by accident are glued once; a document that writes the token again
    # uses it as a word of its own ("textlint", "docstring"), whatever the lists say
    joints = _marks(text)
    keyed = [((token, bisect.bisect(joints, at)), at) for token, at in found]
    seen = Counter(key for key, _ in keyed)
    return [at for key, at in keyed if seen[key] == 1]


#: Per thread, the last text's lower-case runs: both lower-case glue rules read them, and the
#: text is mostly the same for the second (the first seldom splits anything).
_LAST = threading.local()


def _tokens(text: str, spans: list[Span]) -> set[str]:
    """The distinct ``_WORDS`` runs of ``text`` within ``spans`` (kept for the next rule on the same text)."""
    last: tuple[str, list[Span], set[str]] | None = getattr(_LAST, "tokens", None)
    if last is not None and last[0] is text and last[1] == spans:
        return last[2]
    tokens: set[str] = set()
    for start, end in spans:
        tokens.update(_WORDS.findall(text, start, end))
    _LAST.tokens = (text, spans, tokens)
    return tokens


def _standing(text: str, spans: list[Span], cuts: dict[str, int]) -> list[tuple[str, int]]:
    """Each ``_TOKEN`` match within ``spans`` that is one of ``cuts``, as (token, where it is cut), in order.

    The few tokens to cut are looked for as strings and each place tried with ``_TOKEN``, rather
    than ``_TOKEN`` tried along the whole text: a match is a whole run of lower-case letters with
    no letter before it, so it starts where a token to cut stands, and no match runs into another.
    """
    found: list[tuple[int, str]] = []
    for start, end in spans:
        for token in cuts:
            at = text.find(token, start, end)
            while at >= 0:
                match = _TOKEN.match(text, at, end)
                if match is not None and match.group(1) == token:
                    found.append((at, token))
                at = text.find(token, at + 1, end)
    found.sort()
    return [(token, at + cuts[token]) for at, token in found]


def _marks(text: str) -> list[int]:
    """Where ``SEPARATOR_MARK`` stands in ``text``: the joints between joined documents."""
    marks: list[int] = []
    at = text.find(SEPARATOR_MARK)
    while at >= 0:
        marks.append(at)
        at = text.find(SEPARATOR_MARK, at + 1)
    return marks


def _english_words_pattern() -> regex.Pattern[str]:
    """English function words no quoted European language shares (``untranslated`` in english.yaml)."""
    words = sorted(current().untranslated.english_only_function_words)
    return _compiled_words(tuple(words))


@functools.lru_cache(maxsize=4)
def _compiled_words(words: tuple[str, ...]) -> regex.Pattern[str]:
    return regex.compile(r"(?i)(?<![\p{L}])(?:" + "|".join(map(regex.escape, words)) + r")(?![\p{L}])")


def _english_around(text: str, at: int, english: regex.Pattern[str], reach: int = 150) -> bool:
    """Does the paragraph round ``at`` hold, within ``reach`` characters, a word only English has?"""
    start = max(text.rfind("\n\n", max(0, at - reach), at), at - reach, 0)
    end = text.find("\n\n", at, at + reach)
    return english.search(text, start, end if end != -1 else min(len(text), at + reach)) is not None
