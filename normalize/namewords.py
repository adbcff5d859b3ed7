"""Word look-ups the name, place and body matchers share.

Verdicts remembered per word, the English-word test, and whole words looked for in a
document once per document (a long line holds thousands of candidates).
"""

from __future__ import annotations

import bisect
import functools
import threading
import unicodedata
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar

import regex

from . import wordlist
from .lexicon import compiled_from

if TYPE_CHECKING:
    from .namekeys import KeyTable

_SEEN_LIMIT = 50_000
#: Apostrophes and the marks that stand for ʿayn or hamza, typed however a keyboard gives them: one letter.
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "ʿ": "'", "ʾ": "'", "`": "'"})
#: The article written apart ("Al Sabah") as it is hyphened ("al-Sabah"): a house style, not a spelling.
_ARTICLE_APART = regex.compile(r"(?<![\p{L}'])al (?=\p{L})")
_T = TypeVar("_T")
_K = TypeVar("_K")
_M = TypeVar("_M")
_SENTENCE_END = regex.compile(r"[.!?](?=\s)|\n")
#: The same, searched backwards from a position: the last sentence end before it is found
#: without reading the text from its start (a file may be one line of megabytes).
_SENTENCE_END_BEFORE = regex.compile(_SENTENCE_END.pattern, regex.REVERSE)


def remembered(memo: dict[_K, _T], key: _K, judge: Callable[[_K], _T]) -> _T:
    """``judge(key)``, kept in ``memo``: news repeats its names, and each judgement costs lookups.

    The memo is emptied when it outgrows ``_SEEN_LIMIT``, so a long run's vocabulary cannot fill memory.
    """
    try:
        return memo[key]
    except KeyError:
        if len(memo) > _SEEN_LIMIT:
            memo.clear()
        found = memo[key] = judge(key)
        return found


class Screen:
    """A yes-or-no verdict per word, kept as two sets of the words judged so far.

    A matcher first screens a document's distinct words, and news repeats its words: with
    the verdicts in sets, the known ones are sorted out by set operations, without a call
    per word, and only new words are judged.  Both sets are emptied when they outgrow
    ``_SEEN_LIMIT``, as ``remembered``'s memo is.
    """

    def __init__(self, judge: Callable[[str], bool]) -> None:
        self._judge = judge
        self._yes: set[str] = set()
        self._no: set[str] = set()

    def __call__(self, word: str) -> bool:
        if word in self._yes:
            return True
        if word in self._no:
            return False
        self._make_room(1)
        return self._learn(word)

    def among(self, words: AbstractSet[str]) -> set[str]:
        """The words of ``words`` the verdict is yes for."""
        found = self._yes.intersection(words)
        fresh = words - found - self._no
        if fresh:
            self._make_room(len(fresh))
            found.update(w for w in fresh if self._learn(w))
        return found

    def _make_room(self, more: int) -> None:
        if len(self._yes) + len(self._no) + more > _SEEN_LIMIT:
            self._yes.clear()
            self._no.clear()

    def _learn(self, word: str) -> bool:
        verdict = self._judge(word)
        (self._yes if verdict else self._no).add(word)
        return verdict


class ScreenedIndex(Generic[_M]):
    """What the place and body indexes share: each word judged once (``_judge``, kept in a ``Screen``),
    and each stretch of words' verdicts, listed (``_is_listed``) and matched (``_match``), kept in memos,
    as news repeats its names.  A subclass calls ``__init__`` once what ``_judge`` reads is set."""

    def __init__(self) -> None:
        self._candidate = Screen(self._judge)
        self._matches: dict[tuple[str, ...], _M | None] = {}
        self._listed: dict[tuple[str, ...], bool] = {}

    def _judge(self, word: str) -> bool:
        raise NotImplementedError

    def _is_listed(self, words: tuple[str, ...]) -> bool:
        raise NotImplementedError

    def _match(self, words: Sequence[str]) -> _M | None:
        raise NotImplementedError

    def candidate(self, word: str) -> bool:
        """Could ``word`` be part of a misspelt name of the index (``_judge``: no English word, a key of its words)?"""
        return self._candidate(word)

    def candidates(self, words: frozenset[str]) -> set[str]:
        """The words of ``words`` that could be part of a misspelt name of the index (``candidate``)."""
        return self._candidate.among(words)

    def listed(self, words: Sequence[str]) -> bool:
        """Are the words a name some rule lists (never taken for a misspelling)?"""
        return remembered(self._listed, tuple(words), self._is_listed)

    def match(self, words: Sequence[str]) -> _M | None:
        """What the words may be (``_match``), kept per stretch of words."""
        return remembered(self._matches, tuple(words), self._match)


_POSSESSIVE = regex.compile(r"['’]s?$")


@functools.lru_cache(maxsize=1 << 14)
def without_possessive(word: str) -> str:
    """The word without its possessive ending ("Mikati's"): kept, as each run's words are cut again."""
    return _POSSESSIVE.sub("", word)


def fold(name: str) -> str:
    """The name as a list is looked up: lower case, single-spaced, one apostrophe, the article hyphened.

    "Sana’a" is the listed "Sana'a" and "Meshal Al Ahmad Al Jaber" the listed "Meshal al-Ahmad
    al-Jaber": a typewriter's apostrophe or an article set apart is typography, not another spelling.
    """
    folded = " ".join(name.casefold().translate(_APOSTROPHES).split())
    return _ARTICLE_APART.sub("al-", folded)


def abbreviation(word: str, longest: int) -> bool:
    """Is the word of at most ``longest`` capital letters, as an abbreviation is (KR, KRG, PMF), or its plural (NGOs)?

    A longer word in capitals is more often a name in a dateline or a headline ("NASSIRIYAH:").
    """
    if len(word) > 2 and word.endswith("s") and abbreviation(word[:-1], longest):
        return True  # "NGOs", "IDPs", "MPs": an abbreviation's plural, no one's name
    return 2 <= len(word) <= longest and word.isalpha() and word.isupper()


@functools.lru_cache(maxsize=1 << 14)
def english_word(word: str) -> bool:
    """A common English word, or a name English has of its own ("Jordanian", "Mark", "Emiratis") that no
    gazetteer name is."""
    return wordlist.is_common_word(word) or wordlist.is_also_a_name(word) or _demonym(word) or _loanword(word)


def _loanword(word: str) -> bool:
    """A word of religion or law English took from Arabic ("Qur’an", "Qurʾān", "sharia"), however marked."""
    bare = unaccented(without_possessive(word)).casefold().translate(_APOSTROPHES).replace("'", "")
    return bare in loanwords()


@compiled_from("names.yaml")
def loanwords(data: Mapping[str, Any]) -> frozenset[str]:
    """Arabic loanwords the dictionary lacks (rules/language/names.yaml), lower case, without marks."""
    return frozenset(w.casefold() for w in str(data["loanwords"]).split())


def _demonym(word: str) -> bool:
    folded = word.casefold()
    return folded in demonyms() or (folded.endswith("s") and folded[:-1] in demonyms())


@compiled_from("names.yaml")
def demonyms(data: Mapping[str, Any]) -> frozenset[str]:
    """Words for a country's people that the dictionary lacks (rules/language/names.yaml), lower case."""
    return frozenset(w.casefold() for w in data["demonyms"].split())


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


#: A word, with hyphens and apostrophes inside it: the neighbours ``in_a_place`` reads.
_A_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*")
#: How far before and after a run of a name its neighbouring word is looked for.
_NEIGHBOUR_REACH = 24


def in_a_place(text: str, run: Sequence[tuple[int, int, str]], table: KeyTable) -> bool:
    """Is the run of words (start, end, text) a place's name, not a person's?

    A place head among its words or just before them ("Jabal Mukaber"), or just after
    them ("Sakhir Palace"): the heads are ``place_heads_before`` and ``place_heads_after``
    of the key table (rules/gazetteer/name_keys.yaml).
    """
    first, last = run[0], run[-1]
    if table.place_list_heads and _in_a_list_of_places(text, first[0], table.place_list_heads):
        return True
    before = _A_WORD.findall(text, max(0, first[0] - _NEIGHBOUR_REACH), first[0])[-1:]
    if any(w.casefold() in table.place_heads_before for w in [r[2] for r in run[:-1]] + before):
        return True
    after = _A_WORD.search(text, last[1], min(len(text), last[1] + _NEIGHBOUR_REACH))
    if after is None or text[last[1] : after.start()].strip(" \t"):
        return False
    return after.group().casefold() in table.place_heads_after


#: The items of a list before a word: capitalised names joined by commas and "and", after "<head> of".
_LIST_BEFORE = regex.compile(
    r"(\p{L}+) of (?:the )?"
    r"(?:\p{Lu}[\p{L}\p{M}'’\-]*(?: (?:(?:al|el|bin) )?\p{Lu}[\p{L}\p{M}'’\-]*)*(?:, and |, | and ))*$"
)
#: How far before a word the head of its list is looked for.
_LIST_REACH = 160
#: The letters just before a position, read backwards: the head word before " of ".
_LETTERS_BEFORE = regex.compile(r"\p{L}+", regex.REVERSE)


def _in_a_list_of_places(text: str, start: int, heads: frozenset[str]) -> bool:
    """Is the word at ``start`` an item of a list of places ("the wilayats of Khasab, Nakhal and Sur")?

    Only the last " of " before the word can open its list (no item or separator holds
    one), so the list is matched from the head word before it, not searched for across the
    whole reach: most words stand in no list, and the search tried every position.
    """
    begin = max(0, start - _LIST_REACH)
    of = text.rfind(" of ", begin, start)
    head = _LETTERS_BEFORE.match(text, begin, of) if of >= 0 else None
    if head is None:
        return False
    found = _LIST_BEFORE.match(text, head.start(), start)
    return found is not None and found.group(1).casefold() in heads


def written_as_first_name(text: str, word: str, name_like: Callable[[str], bool]) -> bool:
    """Does the text write ``word`` before more of a name ("Mishaal Al-Jaber"), as someone's first name?"""
    return any(name_like(m.group(1)) for m in _before_more_of_a_name(word).finditer(text))


@functools.lru_cache(maxsize=1024)
def _before_more_of_a_name(word: str) -> regex.Pattern[str]:
    """``word`` and the name-like word after it (kept compiled: ``regex``'s own cache costs more to ask)."""
    return regex.compile(
        rf"(?<![\p{{L}}\-'’]){regex.escape(word)}[ \t]+((?:(?:al|el|bin|ibn)[- ])?\p{{Lu}}[\p{{L}}'’\-]*)"
    )


def without_marks(text: str) -> str:
    """``text`` with its combining marks dropped ("Taḥrīr" is "Tahrir", "Çavuşoğlu" "Cavusoglu")."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def unaccented(text: str) -> str:
    """``text`` without combining marks, and with the dotless i as an i ("Çavuşoğlu", "Kalın")."""
    return without_marks(text.replace("ı", "i"))


@compiled_from("names.yaml")
def first_names(data: Mapping[str, Any]) -> frozenset[str]:
    """The first names of rules/language/names.yaml, women's and men's."""
    return frozenset(data["female_first_names"].split()) | frozenset(data["male_first_names"].split())


def introduced(
    text: str,
    surname: str,
    name_like: Callable[[str], bool],
    roles: Collection[str],
    theirs: Callable[[str], bool],
) -> bool:
    """Does the text write ``surname`` after a first name somewhere ("Nidal Khazim ... Khazim said")?

    Someone the text introduces by a full name no gazetteer entry has (a witness, a victim,
    a reporter) is meant by that surname alone too.  The word before it is a first name if
    names.yaml lists it, if it reads as a name (``name_like``), or if it is capitalised in
    mid-sentence and no role word ("Minister"); not if it is the first name of the person
    the surname may misspell (``theirs``: "Firas Al-Abyad ... Al-Abyad said" is that person).
    """
    for found in _after_a_word(surname).finditer(text):
        word = found.group(1)
        if word.casefold() in roles or word[-1:] in "'’" or theirs(word):
            continue
        before = text[max(0, found.start() - 20) : found.start()].rstrip(" \t\"'“‘(")
        opening = not before or before[-1] in ".!?:;\n"
        if word in first_names() or name_like(word) or not opening:
            return True
    return False


@functools.lru_cache(maxsize=1024)
def _after_a_word(surname: str) -> regex.Pattern[str]:
    """``surname`` after a capitalised word, which the pattern captures (kept compiled, as ``_as_words``)."""
    return regex.compile(
        rf"(?<![\p{{L}}\p{{M}}'’\-])(\p{{Lu}}[\p{{L}}\p{{M}}'’\-]*) {regex.escape(surname)}(?![\p{{L}}\p{{M}}])"
    )


#: A capitalised word, or one after a lower-case article ("al-Hothi"), as a whole word.
#: An apostrophe counts as part of the word only after a letter: after a space it opens a quotation ("AU 'Ismael").
_CAPITALISED = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}\-])(?<![\p{L}\p{M}\p{N}]['’])(?:(?:al|el|a[tdrzsn]|ath|adh|ash)-)?\p{Lu}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*(?![\p{L}\p{M}\p{N}])"
)

#: The same words in two searches, each quick to skip through text: a word opening with a capital
#: (the lookbehinds are tried only at a capital, once it is found) and one after a lower-case article.
_WORD_REST = r"[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*(?![\p{L}\p{M}\p{N}])"
_WORD_EDGE = r"(?<![\p{L}\p{M}\p{N}\-])(?<![\p{L}\p{M}\p{N}]['’])"
_CAPITAL_FIRST = regex.compile(rf"\p{{Lu}}(?<={_WORD_EDGE}\p{{Lu}}){_WORD_REST}")
#: The article as written or assimilated to a sun letter ("as-Sadat", "ash-Shaabi", "ad-Dulaimi"),
#: as MT writes it and as some outlets do: the name after it is a name all the same.
_ARTICLE_FIRST = regex.compile(rf"{_WORD_EDGE}(?:[ae]l|a[tdrzsn]|ath|adh|ash)-\p{{Lu}}{_WORD_REST}")


class Token(NamedTuple):
    """A word of a run, or the connector between two (a tuple: runs are cut into many)."""

    start: int
    end: int
    text: str


class Words:
    """The capitalised words of a text (``capitalised``): the matches, their strings, the distinct ones.

    The name, place and body matchers read the same words of a document one after the other, so
    what each cuts from them (the words without a possessive ending) is made once and kept here.
    """

    __slots__ = ("_bare", "distinct", "matches", "strings")

    def __init__(self, matches: list[regex.Match[str]], strings: list[str], distinct: frozenset[str]) -> None:
        self.matches = matches
        self.strings = strings
        #: Each matcher screens these first (most documents have no word worth a look): made once for all three.
        self.distinct = distinct
        self._bare: list[Token | None] = [None] * len(strings)

    def __getitem__(self, i: int) -> Any:
        """The words read as the triple (matches, strings, distinct), as callers may unpack them."""
        return (self.matches, self.strings, self.distinct)[i]

    def __len__(self) -> int:
        return 3

    def bare(self, i: int) -> Token:
        """Word ``i`` as a token without its possessive ending ("Mikati's": "Mikati"), made when first asked for."""
        token = self._bare[i]
        if token is None:
            start, word = self.matches[i].start(), without_possessive(self.strings[i])
            token = self._bare[i] = tuple.__new__(Token, (start, start + len(word), word))
        return token


def capitalised(text: str) -> Words:
    """The capitalised words of ``text`` (``_CAPITALISED``), as matches and as strings.

    The place matcher reads the same words; its runner passes these on rather than search again.
    """
    return words_of(text, _capitalised_matches(text))


def _capitalised_matches(text: str) -> list[regex.Match[str]]:
    """``_CAPITALISED``'s matches, found as the two searches' (a third of the time), or by it where they overlap.

    The two find the words that open with a capital and those that open with an article; where no
    match of the one overlaps one of the other, together they are exactly ``_CAPITALISED``'s matches.
    """
    capitals = list(_CAPITAL_FIRST.finditer(text))
    if "-" not in text:
        return capitals
    articles = list(_ARTICLE_FIRST.finditer(text))
    if not articles:
        return capitals
    merged: list[regex.Match[str]] = []
    done = 0
    for article in articles:  # each list is in order and without overlaps: only neighbours can overlap
        k = bisect.bisect_left(capitals, article.start(), key=_start)
        after = capitals[k].start() if k < len(capitals) else len(text)
        if (k and capitals[k - 1].end() > article.start()) or article.end() > after:
            return list(_CAPITALISED.finditer(text))
        merged.extend(capitals[done:k])
        merged.append(article)
        done = k
    merged.extend(capitals[done:])
    return merged


def _start(match: regex.Match[str]) -> int:
    return match.start()


def words_of(text: str, matches: list[regex.Match[str]]) -> Words:
    strings = [m.group() for m in matches]
    return Words(matches, strings, frozenset(strings))


def stretches(
    tokens: Sequence[Token],
    candidate: Callable[[str], bool],
    most: int,
    listed: Callable[[list[str]], bool],
    match: Callable[[list[str]], _M | None],
    whole: bool = False,
) -> Iterator[tuple[int, int, _M]]:
    """For each ``candidate`` word not yet covered, the longest stretch around it that ``match`` takes.

    A stretch of words some rule lists (``listed``) is passed over, and the shorter ones
    are tried; with ``whole``, no word of it is looked at any more ("Mawazin News" is a
    name, and its "Mawazin" no misspelt "Mayadeen").  Yields the first and last word of
    each stretch, with what ``match`` said.
    """
    done = -1
    for i, token in enumerate(tokens):
        if i <= done or not candidate(token.text):
            continue
        for first, last in windows(i, len(tokens), most, done):
            words = [t.text for t in tokens[first : last + 1]]
            if listed(words):
                if whole:
                    done = last
                    break
                continue
            found = match(words)
            if found is None:
                continue
            done = last
            yield first, last, found
            break


def windows(i: int, size: int, most: int, done: int) -> Iterator[tuple[int, int]]:
    """The stretches of a run that hold word ``i`` and nothing before ``done``, longest first."""
    for length in range(min(most, size), 0, -1):
        for first in range(max(done + 1, i - length + 1), i + 1):
            if first + length <= size:
                yield first, first + length - 1
