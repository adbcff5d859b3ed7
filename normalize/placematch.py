"""Unseen spellings of the gazetteer's places, found by key and repaired only with evidence.

MT romanises a town afresh each time (Nassiriyah, Deir Ezzor, Edlib, Benghazy), so no
list of variants is complete.  A capitalised word that is no English word, no listed
spelling of any name and no word of a person's name, and whose key
(``normalize.namekeys``) is the key of a word of some place's name, is looked at with
its capitalised neighbours: the longest run of up to ``max_words`` of them whose key is
one place's canonical name or house style, and whose light form is close to it, is
taken for that place.  It is repaired where the sentence puts it in a place ("in",
"province of", "near", "... governorate") or the document names the place's country
(its words, or another place of it repaired here); anything weaker is flagged for a
person, and a near match that two places share is only flagged.

The gazetteer lists some 1,600 places, so a spelling is taken only when its key is
long enough (``min_key``; a shorter one must be nearly the same word), it is closer to
the place than to any person's name word of that key, and no other name-like word
stands next to it ("Nasser Kamel" is a person, not Nasiriyah).
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple, TypeVar

import regex
from rapidfuzz import fuzz

from . import wordlist
from .namefinding import Finding
from .namekeys import KeyTable, name_key
from .namematch import Token, Words, capitalised
from .namewords import (
    ScreenedIndex,
    abbreviation,
    english_word,
    first_names,
    fold,
    stretches,
    unaccented,
    without_possessive,
)
from .nisba import declined, nisba_differs
from .terms import fit_case

_POSSESSIVE = regex.compile(r"['’]s?$")
_ARTICLE = regex.compile(r"(?i)^(?:al|el)-")
#: The article that opens some places' names, hyphened or not ("Al-Qaim", "Ar Raqqah", "Ad Dhahirah").
_LEADING_ARTICLE = regex.compile(r"(?i)^(?:a[lnrstdz]|ash|adh|ath|el)[-\s]")
_COUNTRIES = regex.compile(r"^([A-Z]{2}(?:,[A-Z]{2})*)(\??): ")
_WORDS_BEFORE = regex.compile(r"[\p{L}'’\-]+")
#: The name before this one in a list: capitalised words, then a comma, "and" or "or" ("Jenin and ").
_LISTED = regex.compile(r"(?<![\p{L}\-'’])\p{Lu}[\p{L}'’\-]*(?: \p{Lu}[\p{L}'’\-]*){0,2}(?:,| and| or|, and) $")
_M = TypeVar("_M")


class PlaceSettingsError(ValueError):
    """The place settings are malformed; the message says where."""


@dataclass(frozen=True)
class PlaceSettings:
    """``place_keys.yaml``: thresholds and the words that put a name in a place."""

    min_key: int
    min_similarity: float
    review_similarity: float
    #: Places less than this much less similar than the closest are as likely: a person decides.
    margin: float
    max_words: int
    #: Phrases just before a name that make it a place ("in", "province of"), as lower-case word tuples.
    before: tuple[tuple[str, ...], ...]
    #: Words just after a name that make it a place ("governorate", "district").
    after: frozenset[str]
    #: English words no place's name starts or ends with ("The KR" is no "Dhi Qar").
    edges: frozenset[str] = frozenset()
    #: A word of at most this many capitals is an abbreviation (KR, KRG), no place's name.
    abbreviation: int = 0
    #: Words just before or after a name that make it a club's or a firm's own ("the club Al-Qadsia",
    #: "Al-Karkh SC"): a name such a body spells its own way, not a misspelt town.
    owners: frozenset[str] = frozenset()


def load_settings(data: object) -> PlaceSettings:
    """The settings from the YAML's data; ``PlaceSettingsError`` names what is wrong."""
    if not isinstance(data, Mapping):
        raise PlaceSettingsError("the place settings must be a mapping")
    numbers: dict[str, float] = {}
    for name in ("min_key", "min_similarity", "review_similarity", "margin", "max_words"):
        value = data.get(name)
        if not isinstance(value, int | float) or isinstance(value, bool) or not 0 < value <= 100:
            raise PlaceSettingsError(f"'{name}' must be a number from 1 to 100")
        numbers[name] = value
    population = data.get("world_city_population", 0)
    if not isinstance(population, int) or isinstance(population, bool) or population < 0:
        raise PlaceSettingsError("'world_city_population' must be a whole number")
    tables = data.get("review_only_tables") or []
    if not isinstance(tables, list) or not all(isinstance(t, str) and t for t in tables):
        raise PlaceSettingsError("'review_only_tables' must list table file names")
    letters = data.get("abbreviation_letters", 0)
    if not isinstance(letters, int) or isinstance(letters, bool) or letters < 0:
        raise PlaceSettingsError("'abbreviation_letters' must be a whole number")
    edges = data.get("not_at_edges") or []
    if not isinstance(edges, list) or not all(isinstance(w, str) and w.strip() for w in edges):
        raise PlaceSettingsError("'not_at_edges' must be a list of words")
    owners = data.get("owners_beside") or []
    if not isinstance(owners, list) or not all(isinstance(w, str) and w.strip() for w in owners):
        raise PlaceSettingsError("'owners_beside' must be a list of words")
    cues: dict[str, list[str]] = {}
    for name in ("cues_before", "cues_after"):
        value = data.get(name) or []
        if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
            raise PlaceSettingsError(f"'{name}' must be a list of words or phrases")
        cues[name] = value
    return PlaceSettings(
        min_key=int(numbers["min_key"]),
        min_similarity=numbers["min_similarity"],
        review_similarity=numbers["review_similarity"],
        margin=numbers["margin"],
        max_words=int(numbers["max_words"]),
        before=tuple(tuple(c.casefold().split()) for c in cues["cues_before"]),
        after=frozenset(c.casefold() for c in cues["cues_after"]),
        edges=frozenset(w.casefold() for w in edges),
        abbreviation=letters,
        owners=frozenset(w.casefold() for w in owners),
    )


@dataclass(frozen=True)
class Place:
    """A place as the matcher sees it: its canonical name, its house styles, its countries."""

    canonical: str
    spellings: tuple[str, ...]
    countries: tuple[str, ...] = ()
    #: Only a generated table lists the place: a spelling of it is flagged, never repaired.
    review_only: bool = False


def place(spec: str) -> Place:
    """A place from "CC,CC: canonical|style|style" (the countries may be left out; "CC?:" review only)."""
    code = _COUNTRIES.match(spec)
    countries, names = (tuple(code.group(1).split(",")), spec[code.end() :]) if code else ((), spec)
    spellings = tuple(n.strip() for n in names.split("|") if n.strip())
    return Place(spellings[0], spellings, countries, bool(code and code.group(2)))


@dataclass(frozen=True)
class _Match:
    """Places whose key a run of words has, with how close the words are to each."""

    places: tuple[int, ...]
    similarity: float
    key: str


class PlaceIndex(ScreenedIndex[_Match]):
    """The keys of every place's canonical name and house styles, built once from the rule."""

    def __init__(
        self,
        table: KeyTable,
        settings: PlaceSettings,
        places: Sequence[Place],
        known: Iterable[str],
        person_words: Iterable[str],
        countries: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        self.table, self.settings = table, settings
        self.places = list(places)
        self.countries = {code: tuple(words) for code, words in (countries or {}).items()}
        self.known = frozenset(fold(k) for k in known)
        #: Every spelling's key, with the place and the spelling's light form.
        self.keys: dict[str, list[tuple[int, str]]] = defaultdict(list)
        keys_of_words: set[str] = set()
        words_of_places: set[str] = set()
        for index, one in enumerate(self.places):
            for spelling in one.spellings:
                words = spelling.split()
                self.keys[name_key(table, words)].append((index, table.light(spelling)))
                keys_of_words.update(table.key(w) for w in words)
                words_of_places.update(w.casefold() for w in words)
        #: Every word of every place's spellings ("Deir", "Jbeil"): a neighbour that is one is no person's name.
        self.place_words = frozenset(words_of_places)
        #: A word with none of these keys is no part of any place's name: the screen.
        self.word_keys = frozenset(keys_of_words | set(self.keys))
        self.person_lights: dict[str, set[str]] = defaultdict(set)
        #: The words of people's names that share a key with a place's word ("Kamal" of Abu Kamal).
        self.person_words = frozenset(without_possessive(w).casefold() for w in person_words)
        for word in person_words:
            self.person_lights[table.key(without_possessive(word))].add(table.light(without_possessive(word)))
        super().__init__()

    def _judge(self, word: str) -> bool:
        bare = without_possessive(word)
        if fold(bare) in self.known or fold(word) in self.known or abbreviation(bare, self.settings.abbreviation):
            return False
        if not _ARTICLE.match(bare) and english_word(bare):  # with the article it is Arabic: "el-Din", not "din"
            return False
        return self.table.key(bare) in self.word_keys

    def _is_listed(self, words: tuple[str, ...]) -> bool:
        return fold(" ".join(words)) in self.known

    def _match(self, words: Sequence[str]) -> _Match | None:
        """The places the words may be, the closest first; None if none is close enough.

        Places within ``margin`` of the closest are all kept (a person decides between
        them), unless their closest spellings are one, the canonical name of one of them
        ("Diwaniyah": the city's name, the governorate's house style): that one is meant.
        """
        if len(words) > 1 and {words[0].casefold(), words[-1].casefold()} & self.settings.edges:
            return None  # a capitalised "The" or "Of" beside a name is the sentence's, not the name's
        key = name_key(self.table, words)
        best = closest(self.table.light(" ".join(words)), self.keys.get(key, ()), self.settings.min_similarity)
        if not best:
            return None
        _, top, near = nearest(best, self.settings.margin)
        if len({best[i][1] for i in near}) == 1:
            named = [i for i in near if self.table.light(self.places[i].canonical) == best[i][1]]
            near = named if len(named) == 1 else near
        return _Match(tuple(near), top, key)

    @functools.cached_property
    def _country_words(self) -> dict[str, list[str]]:
        """The countries' words by their head (first character and the letters after it), longest first.

        A word found in a text begins with the text's head there: after its head comes a character
        that is no letter, or its end, after which no letter may follow.
        """
        words = sorted({w for words in self.countries.values() for w in words if w}, key=lambda w: (-len(w), w))
        by_head: dict[str, list[str]] = {}
        for word in words:
            by_head.setdefault(word[0] + _LETTERS.match(word, 1).group(), []).append(word)
        return by_head

    @functools.cached_property
    def _country_starts(self) -> regex.Pattern[str]:
        """The head of a word where a country's word may begin: a first character of one, not inside a word."""
        firsts = "".join(regex.escape(c) for c in sorted({head[0] for head in self._country_words}))
        return regex.compile(rf"(?<![\p{{L}}\-])[{firsts}]\p{{L}}*")

    def countries_in(self, text: str) -> frozenset[str]:
        """The countries whose words (the country, its people, its main places) the text has.

        A word counts whole (no letter after it, none or a hyphen before it), left to right, the
        longest where several begin at one place and none inside another.  Only the words with the
        head found where a word may begin are tried (``_country_starts``): one search in C, and a
        dictionary, where the words' alternation was tried at every character.
        """
        by_head = self._country_words
        if not by_head:
            return frozenset()
        found: set[str] = set()
        done = 0
        for head in self._country_starts.finditer(text):
            at = head.start()
            if at < done:
                continue
            for word in by_head.get(head.group(), ()):
                end = at + len(word)
                if text.startswith(word, at) and _LETTER.match(text, end) is None:
                    found.add(word)
                    done = end
                    break
        return frozenset(code for code, words in self.countries.items() if found.intersection(words))

    def personal(self, word: str, similarity: float) -> bool:
        """Is ``word`` at least as close to a word of a person's name of the same key as to the place?"""
        bare = without_possessive(word)
        light = self.table.light(bare)
        return any(fuzz.ratio(light, other) >= similarity for other in self.person_lights.get(self.table.key(bare), ()))


def nearest(best: Mapping[int, tuple[float, str]], margin: float) -> tuple[list[int], float, list[int]]:
    """The names of ``closest`` from the closest on, the top similarity, and those within ``margin`` of it."""
    ranked = sorted(best, key=lambda i: (-best[i][0], i))
    top = best[ranked[0]][0]
    return ranked, top, [i for i in ranked if best[i][0] > top - margin]


def closest(light: str, spellings: Iterable[tuple[int, str]], least: float) -> dict[int, tuple[float, str]]:
    """For each name among ``spellings`` (its index, a spelling's light form), its closest spelling to ``light``.

    Only spellings at least ``least`` similar count; the value is (similarity, light form).
    """
    best: dict[int, tuple[float, str]] = {}
    for index, spelling in spellings:
        similarity = fuzz.ratio(light, spelling)
        if similarity >= least and similarity > best.get(index, (0.0, ""))[0]:
            best[index] = (similarity, spelling)
    return best


_APOSTROPHES = regex.compile("['’ʿʾ`]")
#: A letter: what may not follow a country's word.
_LETTER = regex.compile(r"\p{L}")
_LETTERS = regex.compile(r"\p{L}*")


def find(text: str, index: PlaceIndex, words: Words | None = None) -> list[Finding]:
    """Every repair and review finding in ``text``, in order, none overlapping (``words``: its ``capitalised``)."""
    found: list[_Judged] = []
    document = _Document(text, index)
    for tokens in runs(text, index.candidates, words or capitalised(text)):
        found.extend(_look(document, tokens))
    # "Kamal Karkouki ... Karkouki said": the name's word alone later is still the person's
    found = [one for one in found if text[one.finding.start : one.finding.end] not in document.people]
    # a place repaired with a cue names its country for the rest of the document
    named = {c for one in found if one.finding.certain for c in one.countries}
    certain_spellings: dict[str, str] = {}
    findings: list[Finding] = []
    for finding, countries, strong, pending in found:
        if not finding.certain and strong and named & set(countries):
            finding = Finding(finding.start, finding.end, finding.replacement, True, finding.canonical)
        if pending and not finding.certain:
            continue  # a cue alone, too far for a person's look, and no place of its country repaired here
        if finding.certain:
            certain_spellings[text[finding.start : finding.end]] = finding.replacement
        findings.append(finding)
    # one spelling, one verdict: repaired with evidence once, it is repaired throughout
    findings = [
        Finding(f.start, f.end, certain_spellings[text[f.start : f.end]], True, f.canonical)
        if text[f.start : f.end] in certain_spellings
        else f
        for f in findings
    ]
    return sorted(findings, key=lambda f: f.start)


def runs(text: str, candidates: Callable[[frozenset[str]], set[str]], words: Words) -> Iterator[list[Token]]:
    """The runs of capitalised words (``words``), joined by single spaces, around each candidate word.

    Only the candidates are looked at first (``candidates`` of the distinct words, each
    verdict kept): most documents have none, and then nothing else is done.  The
    organisation matcher runs the same way.
    """
    matches, strings = words.matches, words.strings
    found = candidates(words.distinct)
    if not found:
        return
    done = -1
    for i in [i for i, w in enumerate(strings) if w in found]:
        if i <= done:
            continue
        first = i
        while first > done + 1 and _adjacent(text, words, first - 1):
            first -= 1
        done = i
        while done + 1 < len(matches) and _adjacent(text, words, done):
            done += 1
        yield [words.bare(j) for j in range(first, done + 1)]


def _adjacent(text: str, words: Words, i: int) -> bool:
    """Are words ``i`` and ``i + 1`` one space apart, the first without a possessive ending?"""
    end = words.matches[i].end()
    return words.matches[i + 1].start() == end + 1 and text[end] == " " and words.bare(i).end == end


class _Judged(NamedTuple):
    """A place found in a run, with what ``find`` needs to settle it against the rest of the document."""

    finding: Finding
    #: The place's countries: a certain finding names them for the rest of the document.
    countries: tuple[str, ...]
    #: Only evidence is missing: a place of its country repaired elsewhere makes it certain.
    strong: bool
    #: Kept only on that condition (a cue alone, in a document naming no country).
    pending: bool


class _Document:
    """The text being searched, with the countries it names, looked for once and only if needed."""

    def __init__(self, text: str, index: PlaceIndex) -> None:
        self.text, self.index = text, index
        #: Spellings the document writes as a person's name ("Kamal Karkouki"): a person's elsewhere too.
        self.people: set[str] = set()

    @functools.cached_property
    def countries(self) -> frozenset[str]:
        return self.index.countries_in(self.text)

    def names(self, one: Place) -> bool:
        """Does the document name one of the place's countries?"""
        return not self.countries.isdisjoint(one.countries)

    def may_be_in(self, one: Place) -> bool:
        """Does the document name the place's country, or no country of the region at all?"""
        return self.names(one) or not self.countries


def _look(document: _Document, tokens: list[Token]) -> list[_Judged]:
    """The places in one run: the longest stretch around each candidate word whose key is a place's."""
    index = document.index
    out: list[_Judged] = []
    listed = index.listed
    for first, last, match in stretches(tokens, index.candidate, index.settings.max_words, listed, index.match):
        judged = _judge(document, tokens, first, last, match)
        if judged is not None:
            out.append(judged)
    return out


def _judge(document: _Document, tokens: list[Token], first: int, last: int, match: _Match) -> _Judged | None:
    """A finding for the stretch, certain with evidence; None where it is no place at all."""
    text, index = document.text, document.index
    settings, part = index.settings, tokens[first : last + 1]
    match = _in_named_country(document, match)
    found = " ".join(t.text for t in part)
    if len(part) == 1 and index.personal(part[0].text, match.similarity):
        return None  # a person's name word as much as a place's
    if _owned(text, part[0].start, part[-1].end, settings):
        return None  # "the club Al-Qadsia": a club's own spelling of the town it is named after
    if _beside_a_name(tokens, first, last, index) or _after_a_role(text, part[0].start, index):
        document.people.add(found)
        return None  # "Nasser Kamel", "the spokesman, Asim": a person's name
    one = index.places[match.places[0]]
    if nisba_differs(found, one.canonical) or declined(found, one.canonical):
        return None  # "Abu Ali al-Basri" is a man of Basra, not the city; "Baghdadu" an old form of its name
    exonym = fuzz.ratio(index.table.light(found), index.table.light(one.canonical)) < settings.min_similarity
    if exonym and not document.names(one):
        return None  # the Arabic name of a place English calls otherwise (Ariha, Jericho) is other towns' too
    long_enough = len(match.key) >= settings.min_key or match.similarity >= settings.review_similarity
    single = len(match.places) == 1
    strong = single and long_enough and not one.review_only
    # a cue says a place is meant, not which: "in Karachi" in a report on Iraq is no Jerash; in one that
    # names no country it vouches only for a spelling as close as a person's look asks ("in Rumaila",
    # the oil field, is no Ramallah)
    near = match.similarity >= settings.review_similarity
    vouched = document.names(one) or (near and not document.countries)
    cued = _cue(text, part[0].start, part[-1].end, settings)
    cue = cued and vouched
    evidence = cue or document.names(one)
    certain = strong and evidence
    # cued but unvouched: repaired only if another place of its country is ("in Nasriya and Karkuk")
    pending = strong and cued and not certain and not document.countries
    weak = match.similarity < settings.review_similarity or len(match.key) < settings.min_key
    if not certain and not pending and weak:
        return None  # too weak even for a person's look
    if not certain and not document.may_be_in(one):
        return None  # the document is about other countries: some other place of that name
    replacement = written(one.canonical, found)
    if replacement == found or _unmarked(found) == _unmarked(replacement):
        return None  # the name as the gazetteer has it, bar the article, an ʿayn's apostrophe or accents ("Ma'arat")
    finding = Finding(part[0].start, part[-1].end, replacement, certain, one.canonical)
    return _Judged(finding, one.countries, strong, pending)


def _in_named_country(document: _Document, match: _Match) -> _Match:
    """Of places as close as each other, the one in the country the document names, if only one is.

    Towns of several countries share an Arabic name (المحمودية is a town south of Baghdad and
    one in Egypt): a report naming Iraq and not Egypt means the Iraqi one, and is no reason to
    leave the choice to a person.
    """
    if len(match.places) < 2 or not document.countries:
        return match
    theirs = tuple(i for i in match.places if document.names(document.index.places[i]))
    if len(theirs) != 1:
        return match
    return _Match(theirs, match.similarity, match.key)


def _unmarked(name: str) -> str:
    """The name without apostrophes (an ʿayn or a hamza: "Ma'arat al-Nu'man") or accents ("Şanlıurfa")."""
    return _APOSTROPHES.sub("", unaccented(name.casefold()))


def written(canonical: str, found: str) -> str:
    """The canonical name as the text needs it: without the article where the text has none."""
    article = _LEADING_ARTICLE.match(canonical)
    if article and not _LEADING_ARTICLE.match(found) and not _ARTICLE.match(found):
        bare = canonical[article.end() :]
        canonical = bare[:1].upper() + bare[1:]
    return fit_case(canonical, found)


def _beside_a_name(tokens: list[Token], first: int, last: int, index: PlaceIndex) -> bool:
    """Is a capitalised word that is no common English word, place cue or place's word right next to the stretch?

    A name English has ("Ahmed", "Mark") counts: it is a person's more often than not; so
    does a first name of rules/language/names.yaml that is also a rare word ("Maya Gebeily"),
    and a word of a person's name just before it, even where some place has the word too.
    """
    beside = [tokens[j].text for j in (first - 1, last + 1) if 0 <= j < len(tokens)]
    named = [w for w in beside if not wordlist.is_common_word(w) or w in first_names()]
    if first > 0 and tokens[first - 1].text.casefold() in index.person_words:
        return True  # "Kamal Karkouki": a person's first name, though Abu Kamal has the word too
    return any(w.casefold() not in index.settings.after and w.casefold() not in index.place_words for w in named)


def _cue(text: str, start: int, end: int, settings: PlaceSettings) -> bool:
    """A place cue just before the name ("in", "province of"; or before the list it ends: "in Nasriya
    and Karkuk") or just after it ("governorate")?"""
    if _cue_before(text, start, settings):
        return True
    after = _WORDS_BEFORE.match(text, end + 1) if text[end : end + 1] == " " else None
    return after is not None and without_possessive(after.group()).casefold() in settings.after


def _owned(text: str, start: int, end: int, settings: PlaceSettings) -> bool:
    """Is the word just before or just after the name one of ``owners`` ("club", "SC")?"""
    before = _WORDS_BEFORE.findall(text[max(0, start - 30) : start])
    after = _WORDS_BEFORE.match(text, end + 1) if text[end : end + 1] == " " else None
    near = ([before[-1]] if before and text[start - 1 : start] == " " else []) + ([after.group()] if after else [])
    return any(w.casefold() in settings.owners for w in near)


def _cue_before(text: str, start: int, settings: PlaceSettings, depth: int = 3) -> bool:
    window = text[max(0, start - 60) : start]
    if not window.endswith(" ") or window.endswith("  "):
        return False
    before, tail = tuple(w.casefold() for w in _WORDS_BEFORE.findall(window)), window.rstrip()
    if tail and (tail[-1].isalpha()) and any(before[-len(c) :] == c for c in settings.before):
        return True
    listed = _LISTED.search(window)
    return bool(depth and listed and _cue_before(text, start - len(window) + listed.start(), settings, depth - 1))


def _after_a_role(text: str, start: int, index: PlaceIndex) -> bool:
    """Does a role word ("spokesman", "minister") come just before, in the same sentence?"""
    window = text[max(0, start - 80) : start]
    stop = max(window.rfind(". "), window.rfind("\n"))
    words = _WORDS_BEFORE.findall(window[stop + 1 :])[-index.table.role_reach :]
    return any(w.casefold() in index.table.roles for w in words)
