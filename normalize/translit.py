"""The spellings a romanised Arabic name takes, generated from its canonical form and its Arabic.

Machine translation romanises a name afresh each time: الكاظمي comes out as al-Kazimi,
Al-Kazemi or al-Kathimi, المهندس as al-Mohandes.  No glossary can list them all, but
they follow from the letters: ظ is written dh, z, th or d; a short vowel, which Arabic
does not write, is guessed as u or o, i or e.  ``rules/gazetteer/transliteration.yaml`` says how
each letter and pattern is written; ``spellings`` applies up to ``max_changes`` of those
changes to a canonical romanisation, each only where the Arabic word has the letter it
stands for, and returns the results as MT errors or as house styles (a spelling outlets
use on purpose, such as Mohammed for Muhammad, which is never repaired by default).
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import regex

ERROR, STYLE = "error", "style"
_WHERE = ("any", "final", "internal", "initial")
_VOWELS = frozenset("aeiou")


class TableError(ValueError):
    """The transliteration table is malformed; the message says where."""


@dataclass(frozen=True)
class Alternative:
    """One way of writing a piece of a name, and whether it is an MT error or a house style."""

    form: str
    tier: str = ERROR


@dataclass(frozen=True)
class LetterChange:
    """A piece of the canonical spelling (``latin``) and the spellings MT gives it instead."""

    latin: str
    arabic: frozenset[str]
    where: str
    alternatives: tuple[Alternative, ...]
    #: Entry families the change applies to (empty: all).
    families: frozenset[str] = frozenset()
    #: Countries whose own outlets write every alternative as readily as the canonical piece
    #: (Egypt's final "y": Shoukry, Fahmy): there the alternatives are house styles, not errors.
    style_in: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Table:
    """``rules/gazetteer/transliteration.yaml``, checked."""

    letters: tuple[LetterChange, ...]
    words: Mapping[str, tuple[Alternative, ...]]
    article_forms: tuple[str, ...]
    article_alternatives: tuple[Alternative, ...]
    assimilated_tier: str | None
    #: The article glued to the name ("Alsudani", "Aldbeibah"), and its tier; None: not generated.
    glued_tier: str | None
    sun_letters: tuple[str, ...]
    #: The tier of a doubled consonant written single, or None where that is not generated.
    single_for_double: str | None
    max_variants: int
    max_changes: int
    arabic_countries: frozenset[str]
    types: frozenset[str]
    #: By country, the romanisation its names come from when not Arabic's (Persian, Turkish,
    #: Hebrew, French): the changes MT makes reading that spelling back through Arabic script.
    sources: Mapping[str, Source] = dataclasses.field(default_factory=dict)


@dataclass(frozen=True)
class Source:
    """How names first romanised from another language come out of MT from Arabic.

    ``letters`` and ``words`` are read like the table's own; ``with_arabic`` says whether the
    Arabic letters' changes apply as well (a Maghreb name spelt the French way is still an
    Arabic name; a Persian, Turkish or Hebrew one is not).
    """

    name: str
    letters: tuple[LetterChange, ...]
    words: Mapping[str, tuple[Alternative, ...]]
    with_arabic: bool
    #: Entry types varied this way (empty: the table's ``types``).
    types: frozenset[str] = frozenset()
    #: A surname of at least this many letters is varied alone too (0: never).
    surname_min_letters: int = 0


@dataclass(frozen=True)
class Spelling:
    """A generated spelling of a name and its tier (``error`` or ``style``)."""

    text: str
    tier: str


def load_table(data: Any) -> Table:
    """Build the table from the YAML's data, raising ``TableError`` on anything malformed."""
    if not isinstance(data, Mapping):
        raise TableError("the transliteration table must be a mapping")
    letters = tuple(_letter(item) for item in _list(data, "letters"))
    words_data = data.get("words") or {}
    if not isinstance(words_data, Mapping):
        raise TableError("'words' must map a word to its alternatives")
    words = {str(word).casefold(): _alternatives(alts, f"word '{word}'") for word, alts in words_data.items()}
    article = data.get("article") or {}
    if not isinstance(article, Mapping):
        raise TableError("'article' must be a mapping")
    assimilated = article.get("assimilated")
    return Table(
        letters=letters,
        words=words,
        article_forms=tuple(str(f) for f in _list(article, "forms")),
        article_alternatives=_alternatives(article.get("alternatives") or [], "article"),
        assimilated_tier=_tier(assimilated.get("tier", ERROR)) if isinstance(assimilated, Mapping) else None,
        glued_tier=_tier(glued.get("tier", ERROR)) if isinstance(glued := article.get("glued"), Mapping) else None,
        sun_letters=tuple(sorted((str(s) for s in _list(article, "sun_letters")), key=len, reverse=True)),
        single_for_double=_tier(double["tier"])
        if isinstance(double := data.get("single_for_double"), Mapping)
        else None,
        max_variants=_positive(data, "max_variants"),
        max_changes=_positive(data, "max_changes"),
        arabic_countries=frozenset(str(c) for c in _list(data, "arabic_countries")),
        types=frozenset(str(t) for t in _list(data, "types")),
        sources=_sources(data.get("sources") or {}),
    )


def _sources(data: Any) -> dict[str, Source]:
    """The ``sources`` mapping, by country; a country claimed by two sources is an error."""
    if not isinstance(data, Mapping):
        raise TableError("'sources' must map a romanisation's name to its changes")
    by_country: dict[str, Source] = {}
    for name, item in data.items():
        if not isinstance(item, Mapping):
            raise TableError(f"source '{name}' must be a mapping")
        words = item.get("words") or {}
        if not isinstance(words, Mapping):
            raise TableError(f"source '{name}': 'words' must map a word to its alternatives")
        source = Source(
            name=str(name),
            letters=tuple(_letter(letter) for letter in _list(item, "letters")),
            words={str(w).casefold(): _alternatives(alts, f"source '{name}' word '{w}'") for w, alts in words.items()},
            with_arabic=bool(item.get("with_arabic", False)),
            types=frozenset(map(str, _list(item, "types"))),
            surname_min_letters=_positive(item, "surname_min_letters") if "surname_min_letters" in item else 0,
        )
        countries = _list(item, "countries")
        if not countries:
            raise TableError(f"source '{name}' names no countries")
        for country in map(str, countries):
            if country in by_country:
                raise TableError(f"country {country} is in two sources: {by_country[country].name}, {name}")
            by_country[country] = source
    return by_country


def for_country(table: Table, country: str) -> Table | None:
    """The table that varies a name of ``country``, or None where its names are not varied.

    A country with a source romanisation takes that source's changes (and the Arabic ones
    too where the source says so); its whole words add to, and override, the table's own.
    """
    source = table.sources.get(country)
    if source is None:
        return table if country in table.arabic_countries else None
    letters = source.letters + (table.letters if source.with_arabic else ())
    words = {**table.words, **source.words}
    return dataclasses.replace(table, letters=letters, words=words, types=source.types or table.types)


def _list(data: Mapping[str, Any], key: str) -> list[Any]:
    value = data.get(key) or []
    if not isinstance(value, list):
        raise TableError(f"'{key}' must be a list")
    return value


def _positive(data: Mapping[str, Any], key: str) -> int:
    value = data.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise TableError(f"'{key}' must be a positive integer")
    return value


def _tier(value: Any) -> str:
    if value not in (ERROR, STYLE):
        raise TableError(f"tier must be '{ERROR}' or '{STYLE}', not {value!r}")
    return str(value)


def _alternatives(items: Any, where: str) -> tuple[Alternative, ...]:
    if not isinstance(items, list):
        raise TableError(f"{where}: alternatives must be a list")
    out: list[Alternative] = []
    for item in items:
        if isinstance(item, str):
            out.append(Alternative(item))
        elif isinstance(item, Mapping) and isinstance(item.get("form"), str):
            out.append(Alternative(item["form"], _tier(item.get("tier", ERROR))))
        else:
            raise TableError(f"{where}: an alternative is a string or {{form, tier}}, not {item!r}")
    return tuple(out)


def _letter(item: Any) -> LetterChange:
    if not isinstance(item, Mapping) or not isinstance(item.get("latin"), str) or not item["latin"]:
        raise TableError(f"each letter change needs a 'latin' piece: {item!r}")
    where = item.get("where", "any")
    if where not in _WHERE:
        raise TableError(f"letter '{item['latin']}': 'where' must be one of {', '.join(_WHERE)}")
    return LetterChange(
        latin=item["latin"].casefold(),
        arabic=frozenset(str(item.get("arabic") or "")),
        where=where,
        alternatives=_alternatives(item.get("alternatives") or [], f"letter '{item['latin']}'"),
        families=frozenset(map(str, item.get("families") or [])),
        style_in=frozenset(map(str, item.get("style_in") or [])),
    )


def ending_styles(canonical: str, arabic: str, country: str, table: Table) -> list[str]:
    """The canonical name with its last word's ending written as the country's outlets also write it.

    Only the final changes marked ``style_in`` the country, where the Arabic ends in their
    letter: "Bassam Rady" for Bassam Radi (بسام راضي) of Egypt, a house style there.
    """
    head, _, last = canonical.rpartition(" ")
    ending = regex.sub(r"\p{Mn}+", "", arabic.rstrip())[-1:]
    out: list[str] = []
    for change in table.letters:
        if change.where != "final" or country not in change.style_in or not last.casefold().endswith(change.latin):
            continue
        if change.families and "person" not in change.families:
            continue
        if change.arabic and ending not in change.arabic:
            continue
        stem = last[: len(last) - len(change.latin)]
        out.extend(f"{head} {stem}{alt.form}".strip() for alt in change.alternatives)
    return out


# --- generating ------------------------------------------------------------------------

#: One edit of a word: the span of the stem it replaces, the new text, its tier and its rank
#: (the table's order: changes listed first are the likelier ones).
_Edit = tuple[int, int, str, str, int]
#: A spelling of a word: text, number of changes, tier, rank (the sum of its changes' ranks).
_Option = tuple[str, int, str, int]


def spellings(
    canonical: str,
    arabic: str,
    table: Table,
    fixed: frozenset[str] = frozenset(),
    family: str = "",
    country: str = "",
) -> list[Spelling]:
    """The spellings of ``canonical`` that differ from it by at most ``max_changes`` changes.

    The Arabic words are matched to the romanised ones by position when both have as
    many and none is an English word; otherwise each romanised word may draw on any
    letter of the Arabic, and a word's ending on the Arabic's last letter.  Errors
    come first, most likely first; a spelling reachable as a house style is a style,
    however else it could arise.  At most ``max_variants`` of each tier are returned.
    Words in ``fixed`` (lower case: the English words of "Badr Organization") are kept as they are;
    ``family`` (person, organisation …) leaves out the changes the table keeps for other families;
    ``country`` makes the changes that are a house style there (``style_in``) styles.
    """
    words = canonical.split(" ")
    arabic_words = arabic.split()
    kept = [word.casefold() in fixed or word.isupper() for word in words]
    # word for word only where the two have as many words and none is English ("Al-Etejah TV" is
    # قناة الاتجاه, the channel named first)
    word_for_word = len(arabic_words) == len(words) and not any(kept)
    aligned = arabic_words if word_for_word else [arabic] * len(words)
    options = [
        [] if keep else word_spellings(word, ar, table, family, country)
        for word, ar, keep in zip(words, aligned, kept, strict=True)
    ]
    found: dict[str, tuple[str, str, tuple[int, int]]] = {}
    for text, cost, tier, rank in _combined(words, options, table.max_changes):
        key = text.casefold()
        if key == canonical.casefold():
            continue
        old = found.get(key)
        if old is None:
            found[key] = (text, tier, (cost, rank))
        else:
            found[key] = (old[0], STYLE if STYLE in (tier, old[1]) else ERROR, min(old[2], (cost, rank)))
    ranked = sorted(found.values(), key=lambda item: item[2])
    errors = [Spelling(text, tier) for text, tier, _ in ranked if tier == ERROR][: table.max_variants]
    styles = [Spelling(text, tier) for text, tier, _ in ranked if tier == STYLE][: table.max_variants]
    return errors + styles


def _combined(words: Sequence[str], options: Sequence[list[_Option]], budget: int) -> Iterable[_Option]:
    """Variants changing one word, then two, within the budget."""
    for index, choices in enumerate(options):
        for text, cost, tier, rank in choices:
            yield " ".join([*words[:index], text, *words[index + 1 :]]), cost, tier, rank
    for (i, first), (j, second) in itertools.combinations(enumerate(options), 2):
        for text_i, cost_i, tier_i, rank_i in first:
            for text_j, cost_j, tier_j, rank_j in second:
                if cost_i + cost_j > budget:
                    continue
                changed = list(words)
                changed[i], changed[j] = text_i, text_j
                tier = ERROR if ERROR in (tier_i, tier_j) else STYLE
                yield " ".join(changed), cost_i + cost_j, tier, rank_i + rank_j


def word_spellings(word: str, arabic: str, table: Table, family: str = "", country: str = "") -> list[_Option]:
    """Every other spelling of one word within the budget, likeliest first.

    A word the table lists with its article ("al-Din") takes only the spellings listed for it:
    the article assimilated and joined ("Eddin", "ud-Din") is no letter-by-letter change.
    """
    article, stem = _split_article(word, table)
    if article and word.casefold() in table.words:
        return [(alt.form, 1, alt.tier, rank) for rank, alt in enumerate(table.words[word.casefold()])]
    stems = _stem_spellings(stem, arabic, table, family, country)
    articles: list[_Option] = [(article, 0, STYLE, 0)]
    if article:
        articles += _article_spellings(article, stem, table)
    out: list[_Option] = []
    for (art, art_cost, art_tier, art_rank), (new_stem, stem_cost, stem_tier, stem_rank) in itertools.product(
        articles, stems
    ):
        cost = art_cost + stem_cost
        if cost == 0 or cost > table.max_changes or (article and not art and stem_cost):
            continue  # a name without its article is another name's spelling as often as this one's
        tier = ERROR if ERROR in (art_tier if art_cost else STYLE, stem_tier if stem_cost else STYLE) else STYLE
        out.append((art + new_stem, cost, tier, art_rank + stem_rank))
    out.extend(_glued(article, stem, arabic, table))
    out.sort(key=lambda item: (item[1], item[3]))
    return out


def _glued(article: str, stem: str, arabic: str, table: Table) -> list[_Option]:
    """The article glued on: "Alsudani" for al-Sudani, "Aldbeibah" for Dbeibah (الدبيبة), whose
    Arabic has the article though English drops it (there "al-Dbeibah" is a house style)."""
    if table.glued_tier is None or not stem[:1].isupper():
        return []
    rank = len(table.letters)
    glued = "Al" + stem.lower()
    if article:
        return [(glued, 1, table.glued_tier, rank)]
    if arabic.startswith("ال") and table.article_forms:
        return [(glued, 1, table.glued_tier, rank), (table.article_forms[0] + stem, 1, STYLE, rank)]
    return []


def _split_article(word: str, table: Table) -> tuple[str, str]:
    lowered = word.casefold()
    for form in table.article_forms:
        if lowered.startswith(form) and len(word) > len(form):
            return word[: len(form)], word[len(form) :]
    return "", word


def _article_spellings(article: str, stem: str, table: Table) -> list[_Option]:
    """The article written another way: "el-", "al " or, before a sun letter, assimilated ("ash-").

    Ranked after the letters: MT keeps the article as the source has it more often than not.
    """
    rank = len(table.letters)
    out: list[_Option] = [
        (_cased(alt.form, article), 1, alt.tier, rank)
        for alt in table.article_alternatives
        if alt.form != article.lower()
    ]
    if table.assimilated_tier is not None:
        lowered = stem.casefold()
        sun = next((s for s in table.sun_letters if lowered.startswith(s)), None)
        if sun is not None:
            out.append((_cased(f"a{sun}-", article), 1, table.assimilated_tier, rank))
    return out


def _stem_spellings(stem: str, arabic: str, table: Table, family: str, country: str = "") -> list[_Option]:
    """The stem as written (cost 0) and with up to ``max_changes`` non-overlapping edits.

    A word the table lists as a whole (a first name) takes only the spellings listed
    for it: "Mohammed" is not guessed at letter by letter.
    """
    lowered = stem.casefold()
    spelled: dict[str, tuple[int, str, int]] = {stem: (0, STYLE, 0)}
    if lowered in table.words:
        for rank, alt in enumerate(table.words[lowered]):
            _keep(spelled, _cased(alt.form, stem), 1, alt.tier, rank)
        return [(text, *value) for text, value in spelled.items()]
    edits = _edits(stem, arabic, table, family, country)
    for count in range(1, table.max_changes + 1):
        for chosen in itertools.combinations(edits, count):
            if _overlap(chosen):
                continue
            tier = ERROR if any(edit[3] == ERROR for edit in chosen) else STYLE
            _keep(spelled, _applied(stem, chosen), count, tier, sum(edit[4] for edit in chosen))
    return [(text, *value) for text, value in spelled.items()]


def _keep(spelled: dict[str, tuple[int, str, int]], text: str, cost: int, tier: str, rank: int) -> None:
    """Record a spelling at its lowest cost; one that a house style reaches is a style."""
    if not text:
        return
    old = spelled.get(text)
    if old is None:
        spelled[text] = (cost, tier, rank)
    else:
        spelled[text] = (min(cost, old[0]), STYLE if STYLE in (tier, old[1]) else ERROR, min(rank, old[2]))


def _edits(stem: str, arabic: str, table: Table, family: str, country: str = "") -> list[_Edit]:
    lowered = stem.casefold()
    letters = set(arabic)
    bare = regex.sub(r"\p{Mn}+", "", arabic.strip())
    ends = {"final": {bare[-1:]}, "initial": {bare[:1]}}  # a word's ends are its Arabic's ends
    edits: list[_Edit] = []
    for rank, change in enumerate(table.letters):
        if change.families and family not in change.families:
            continue
        if change.arabic and not change.arabic & ends.get(change.where, letters):
            continue
        start = lowered.find(change.latin)
        while start != -1:
            end = start + len(change.latin)
            inside = _in_diphthong(change.latin, lowered, start) or _in_digraph(change.latin, lowered, start)
            if _fits(change.where, start, end, len(lowered)) and not inside:
                styled = country in change.style_in
                edits.extend(
                    (start, end, alt.form, STYLE if styled else alt.tier, rank)
                    for alt in change.alternatives
                    if alt.form != change.latin
                )
            start = lowered.find(change.latin, start + 1)
    if table.single_for_double is not None:
        for i in range(len(lowered) - 1):
            if lowered[i] == lowered[i + 1] and lowered[i].isalpha() and lowered[i] not in _VOWELS:
                edits.append((i, i + 2, lowered[i], table.single_for_double, len(table.letters)))
    return edits


def _in_digraph(latin: str, word: str, start: int) -> bool:
    """A single consonant that is half of a digraph ("d" of "dh" in "Fayyadh") is not that letter."""
    end = start + len(latin)
    return len(latin) == 1 and latin not in _VOWELS and end < len(word) and word[end] == "h"


def _in_diphthong(latin: str, word: str, start: int) -> bool:
    """A single vowel next to another ("ai" in "Qais") is part of a pair the table spells as a whole."""
    if len(latin) != 1 or latin not in _VOWELS:
        return False
    end = start + 1
    return (start > 0 and word[start - 1] in _VOWELS) or (end < len(word) and word[end] in _VOWELS)


def _fits(where: str, start: int, end: int, length: int) -> bool:
    if where == "final":
        return end == length
    if where == "initial":
        return start == 0
    if where == "internal":
        return start > 0 and end < length
    return True


def _overlap(edits: Sequence[_Edit]) -> bool:
    spans = sorted((edit[0], edit[1]) for edit in edits)
    return any(b_start < a_end for (_, a_end), (b_start, _) in itertools.pairwise(spans))


def _applied(stem: str, edits: Sequence[_Edit]) -> str:
    out = stem
    for start, end, form, _, _ in sorted(edits, reverse=True):
        out = out[:start] + _cased(form, stem[start:end]) + out[end:]
    return out


def _cased(form: str, original: str) -> str:
    """``form`` with a capital first letter where ``original`` had one."""
    if original[:1].isupper() and form[:1].islower():
        return form[:1].upper() + form[1:]
    return form
