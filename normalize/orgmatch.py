"""Unseen spellings of the gazetteer's organisations and outlets, found by key and repaired where the name is whole.

MT romanises a body's name afresh as it does a person's ("Asaib Ahel al-Haq", "Kataib
Sayed al-Shuhadaa", "Al-Maseerah", "Tasneem"), so no list of variants is complete.  The
words are reduced to the keys of ``normalize.namekeys`` (article off, doubled letters
single, confusable letters in one class, vowels out), and the capitalised words around a
word that is no English word are looked at as the places' are (``normalize.placematch``):
the longest stretch whose key is the key of an organisation's or outlet's canonical name or
house style, and whose light form is close to it, is that body's name misspelt.

- A name of two words or more (the article apart) that is one body's is repaired.
- A one-word name ("Al-Maseerah", "Tasneem") is repaired only beside a word that says
  what kind of body it is ("channel", "agency", "movement"); otherwise it is flagged.
- Two bodies as close as each other, or a match that is only fair, are flagged, never repaired.

The name in a house style (an article, an apostrophe or a doubled letter apart: "Asaib Ahl
al-Haqq", "Al-Mayadeen") and any name the gazetteer or another pack lists are left alone;
so is a person's or a place's name ("Al-Mayadin", the Syrian town) unless a cue word names
the body.  A spelling repaired once is repaired wherever the document repeats it.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import regex
from rapidfuzz import fuzz

from .articles import without_article
from .namecompare import same_spelling
from .namefinding import Finding
from .namekeys import KeyTable, name_key
from .namematch import Words, capitalised
from .namewords import ScreenedIndex, english_word
from .placematch import Token, closest, nearest, runs, stretches, written
from .terms import fit_case

FAMILIES = ("organisation", "media")
#: "IQ organisation: canonical|style|style".
_SPEC = regex.compile(r"^([A-Z]{2}) (organisation|media)( bare)?: ")
_ARTICLE_WORDS = frozenset({"al", "el"})
_ARTICLE = regex.compile(r"(?i)^(?:al|el)[-\s]")
_POSSESSIVE = regex.compile(r"['’]s?$")
#: An acronym ("HTS", "NNA") has no romanisation to get wrong.
_ACRONYM = regex.compile(r"[\p{Lu}\p{N}]{2,}")
_NOT_LETTERS = regex.compile(r"[^\p{L}]+")
_WORD_AFTER = regex.compile(r" ([\p{L}]+)")
_WORD_BEFORE = regex.compile(r"([\p{L}]+) $")


class BodySettingsError(ValueError):
    """The organisation settings are malformed; the message says where."""


@dataclass(frozen=True)
class BodySettings:
    """``body_keys.yaml``: thresholds and the words that say what kind of body a one-word name is."""

    min_key: int
    min_similarity: float
    review_similarity: float
    #: How alike the letters themselves must be (0-100): a key puts "Ghadeer" and "Jazeera" together.
    min_letters: float
    #: Bodies less than this much less similar than the closest are as likely: a person decides.
    margin: float
    max_words: int
    #: By family ("organisation", "media"), the lower-case words beside a one-word name that name the kind.
    cues: Mapping[str, frozenset[str]]


def load_settings(data: object) -> BodySettings:
    """The settings from the YAML's data; ``BodySettingsError`` names what is wrong."""
    if not isinstance(data, Mapping):
        raise BodySettingsError("the organisation settings must be a mapping")
    cues = data.get("cues")
    if not isinstance(cues, Mapping) or sorted(cues) != sorted(FAMILIES):
        raise BodySettingsError("'cues' must map 'organisation' and 'media' to lists of words")
    words: dict[str, frozenset[str]] = {}
    for family in FAMILIES:
        value = cues[family]
        if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
            raise BodySettingsError(f"'cues' of '{family}' must be a list of words")
        words[family] = frozenset(v.strip().casefold() for v in value)
    return BodySettings(
        min_key=int(_number(data, "min_key")),
        min_similarity=_number(data, "min_similarity"),
        review_similarity=_number(data, "review_similarity"),
        min_letters=_number(data, "min_letters"),
        margin=_number(data, "margin"),
        max_words=int(_number(data, "max_words")),
        cues=words,
    )


def _number(data: Mapping[str, object], name: str) -> float:
    value = data.get(name)
    if not isinstance(value, int | float) or isinstance(value, bool) or not 0 < value <= 100:
        raise BodySettingsError(f"'{name}' must be a number from 1 to 100")
    return float(value)


@dataclass(frozen=True)
class Body:
    """An organisation or outlet as the matcher sees it: its canonical name and house styles."""

    canonical: str
    spellings: tuple[str, ...]
    family: str = "organisation"
    country: str = ""
    #: The name goes without "the" ("Kata'ib Hezbollah"): a repair takes in the article before it.
    bare: bool = False


def body(spec: str) -> Body:
    """A body from "CC family[ bare]: canonical|style|style" (the country and family may be left out)."""
    code = _SPEC.match(spec)
    country, family, names = (code.group(1), code.group(2), spec[code.end() :]) if code else ("", FAMILIES[0], spec)
    spellings = tuple(n.strip() for n in names.split("|") if n.strip())
    return Body(spellings[0], spellings, family, country, bool(code and code.group(3)))


@dataclass(frozen=True)
class _Match:
    bodies: tuple[int, ...]
    similarity: float
    key: str
    #: The closest body's spelling the words are closest to (its canonical name or a house style).
    spelling: str


class BodyIndex(ScreenedIndex[_Match]):
    """The keys of every body's canonical name and house styles, built once from the rule."""

    def __init__(
        self,
        table: KeyTable,
        settings: BodySettings,
        bodies: Sequence[Body],
        known: Iterable[str],
        others: Iterable[str] = (),
    ) -> None:
        self.table, self.settings = table, settings
        self.bodies = list(bodies)
        #: Every spelling's key, with the body and the spelling's light form.
        self.keys: dict[str, list[tuple[int, str]]] = defaultdict(list)
        self._spellings: dict[tuple[int, str], str] = {}
        word_keys: set[str] = set()
        for index, one in enumerate(self.bodies):
            for spelling in one.spellings:
                if _ACRONYM.fullmatch(spelling):
                    continue
                light, words = table.light(spelling), spelling.split()
                self.keys[name_key(table, words)].append((index, light))
                self._spellings.setdefault((index, light), spelling)
                word_keys.update(table.key(w) for w in words if w.casefold() not in _ARTICLE_WORDS)
        #: A word with none of these keys is no part of any body's name: the screen.
        self.word_keys = frozenset(word_keys)
        #: Names some rule lists (bodies' names and variants, other packs' names): never taken.
        self.known = frozenset(f for name in known for f in _forms(name))
        #: Their words: a word of another name ("Mawazeen" of "Mawazeen News") is no one-word name misspelt.
        self.known_words = frozenset(f for name in self.known for word in name.split() for f in _forms(word))
        #: People's and places' names and their words: taken only with a cue word.
        self.others = frozenset(f for name in others for f in _forms(name))
        super().__init__()

    def _judge(self, word: str) -> bool:
        bare = _POSSESSIVE.sub("", word)
        if not _ARTICLE.match(bare) and english_word(bare):  # with the article it is Arabic: "Al-Ahd"
            return False
        if _forms(bare) & self.known_words:
            return False  # a word some listed name has as it is: a misspelt name has another word to start from
        return self.table.key(bare) in self.word_keys

    def _is_listed(self, words: tuple[str, ...]) -> bool:
        return bool(_forms(" ".join(words)) & self.known)

    def other_name(self, words: Sequence[str]) -> bool:
        return bool(_forms(" ".join(words)) & self.others)

    def _match(self, words: Sequence[str]) -> _Match | None:
        """The bodies the words may be, the closest first; None if none is close enough."""
        key = name_key(self.table, words)
        best = closest(self.table.light(" ".join(words)), self.keys.get(key, ()), self.settings.min_similarity)
        if not best:
            return None
        ranked, top, near = nearest(best, self.settings.margin)
        return _Match(tuple(near), top, key, self._spellings[(ranked[0], best[ranked[0]][1])])


def _forms(name: str) -> set[str]:
    """The name in lower case, single-spaced, with and without its article."""
    folded = " ".join(name.casefold().split())
    return {folded, _ARTICLE.sub("", folded)}


def _letters(name: str) -> str:
    """The name's letters in lower case, without its article, spaces, hyphens and apostrophes."""
    return _NOT_LETTERS.sub("", _ARTICLE.sub("", name.casefold()))


def _content(name: str) -> list[str]:
    """The words of a name other than a free-standing article ("Al Sumaria" has one)."""
    return [w for w in name.split() if w.casefold() not in _ARTICLE_WORDS]


def find(text: str, index: BodyIndex, words: Words | None = None) -> list[Finding]:
    """Every repair and review finding in ``text``, in order, none overlapping (``words``: its ``capitalised``)."""
    found: list[Finding] = []
    for tokens in runs(text, index.candidates, words or capitalised(text)):
        found.extend(_look(text, tokens, index))
    # one spelling, one verdict: repaired with evidence once, it is repaired throughout
    certain = {text[f.start : f.end]: f.replacement for f in found if f.certain}
    found = [
        dataclasses.replace(f, certain=True, replacement=certain[text[f.start : f.end]])
        if not f.certain and text[f.start : f.end] in certain
        else f
        for f in found
    ]
    return sorted(found, key=lambda f: f.start)


def _look(text: str, tokens: list[Token], index: BodyIndex) -> list[Finding]:
    """The bodies in one run: the longest stretch around each candidate word whose key is a body's."""
    out: list[Finding] = []
    most = index.settings.max_words
    for first, last, match in stretches(tokens, index.candidate, most, index.listed, index.match, whole=True):
        finding = _judge(text, tokens, (first, last), match, index)
        if finding is not None:
            out.append(finding)
    return out


def _judge(text: str, tokens: list[Token], span: tuple[int, int], match: _Match, index: BodyIndex) -> Finding | None:
    """A finding for the stretch ``span`` of the run: certain for a whole name or a cued one; None for no body's."""
    settings, one = index.settings, index.bodies[match.bodies[0]]
    part = tokens[span[0] : span[1] + 1]
    found = " ".join(t.text for t in part)
    if any(same_spelling(index.table, found, spelling) for spelling in one.spellings):
        return None  # the name in a house style: an article, an apostrophe or a doubled letter apart
    if fuzz.ratio(_letters(found), _letters(match.spelling)) < settings.min_letters:
        return None  # the same key, other letters: "Al-Ghadeer" is no "Al Jazeera"
    cues = settings.cues[one.family]
    cue = _cue(text, part[0].start, part[-1].end, cues)
    single = len(_content(found)) < 2
    if index.other_name([found]) and not cue:
        return None  # a person's or a place's name ("Al-Mayadin", the town)
    if single and _in_longer_name(tokens, span, cues):
        return None  # one word of a longer name no table has ("the Tishrin Dam", "Sayed Tasneem")
    if not single and _romanised_before(tokens, span, cues):
        return None  # the end of a longer romanised name ("Hay'at al-Hashd al-Sha'bi"): another body, or a gloss
    if single and (len(match.key) < settings.min_key or _forms(found) & index.known_words):
        return None  # a key this short is too common to say anything; a word of another listed name
    certain = len(match.bodies) == 1 and (cue or not single)
    if not certain and match.similarity < settings.review_similarity:
        return None  # too far to be worth a person's look
    replacement = fit_case(_form(one, match.spelling, found, cues), found)
    if replacement == found:
        return None
    start = part[0].start
    if one.bare and certain and found.split()[-1].casefold() not in cues:  # "the Al-Manar TV" keeps it
        start = without_article(text, start, part[-1].end, cues)
    if text[start] == "T" and replacement[:1].islower():  # "The" opened the sentence: the name opens it now
        replacement = replacement[:1].upper() + replacement[1:]
    return Finding(start, part[-1].end, replacement, certain, one.canonical)


def _in_longer_name(tokens: list[Token], span: tuple[int, int], cues: frozenset[str]) -> bool:
    """Is a capitalised word that is no cue right after the stretch, or a name-like one right before it?

    "The" opening a sentence is no part of a name; "Dam" after "Tishrin" is.
    """
    first, last = span
    after = tokens[last + 1].text if last + 1 < len(tokens) else ""
    before = tokens[first - 1].text if first > 0 else ""
    if after and after.casefold() not in cues:
        return True
    return bool(before) and before.casefold() not in cues and not english_word(_POSSESSIVE.sub("", before))


def _romanised_before(tokens: list[Token], span: tuple[int, int], cues: frozenset[str]) -> bool:
    """Is a capitalised word of the same run, no English word and no cue, right before the stretch?"""
    if span[0] == 0:
        return False
    before = tokens[span[0] - 1].text
    return before.casefold() not in cues and not english_word(_POSSESSIVE.sub("", before))


def _form(one: Body, spelling: str, found: str, cues: frozenset[str]) -> str:
    """The body's name as the text needs it.

    The canonical name, unless the text has a longer or shorter form of the name: then
    the canonical name without its kind word ("Taqaddum" of "Taqaddum coalition") where
    that is the form, else the house style that writes it ("Al-Manar TV" for "Al-Manaar
    TV").  A house style's spelling is the outlet's, not the repair's.  The article follows
    the text: kept where a house style has it ("Al-Islah Party"), dropped where the text
    has none.
    """
    base = one.canonical
    if len(_content(spelling)) != len(_content(base)):
        trimmed = " ".join(w for w in base.split() if w.casefold() not in cues)
        base = trimmed if trimmed and len(_content(trimmed)) == len(_content(spelling)) else spelling
    if _ARTICLE.match(found) and not _ARTICLE.match(base):
        bare = base.casefold()
        articled = [s for s in one.spellings if _ARTICLE.match(s) and _ARTICLE.sub("", s).casefold() == bare]
        base = articled[0] if articled else base
    return written(base, found)


def _cue(text: str, start: int, end: int, cues: frozenset[str]) -> bool:
    """Is the word just after the name, or just before it, one that names the body's kind ("channel")?"""
    after = _WORD_AFTER.match(text, end)
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return any(m is not None and m.group(1).casefold() in cues for m in (after, before))
