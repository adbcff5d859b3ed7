"""Literal renderings of compositional Arabic names, generated from a table of their words.

Machine translation renders a name made of Arabic words word by word, whole or in part:
Saraya al-Salam comes out as "Peace Brigades", "Brigades of Peace" or "Saraya Peace";
Asa'ib Ahl al-Haq as "League of the People of Truth".  ``rules/gazetteer/calque_words.yaml`` gives
each word's literal English; ``calques`` puts them together in the orders MT uses:

- the genitive chain, Arabic order with "of" ("Brigades of Peace", "Leagues of the People of Truth");
- the English compound, modifier first ("Peace Brigades", "People of Truth Leagues");
- half-literal: the head kept and the rest translated ("Saraya Peace", "Saraya of Peace"),
  or the head translated and the rest kept ("Salam Brigades", "Ahl al-Haq Leagues").

The article goes where Arabic has it, everywhere, before all but the last word, or
nowhere; the head takes each of its renderings ("Peace Brigades", "Peace Companies").
A row that gives no romanised name is read from its canonical form: an outlet's article
glued on or apart ("Asharq", "Al Mayadeen"), or an English head put back into the
Arabic word it renders ("Marada Movement", تيار المردة: "Tayyar al-Marada").

An adjective goes before its noun in English ("al-Hashd al-Shaabi": "Popular Crowd").
A calque made only of English words is an ordinary phrase as well ("a popular crowd"),
so it is returned marked as needing context; one with a kept Arabic word is not.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .calque_table import ARTICLES, without_al
from .calque_table import CalqueTable as CalqueTable
from .calque_table import CalqueTableError as CalqueTableError
from .calque_table import load_calque_table as load_calque_table
from .calque_table import word_key as word_key

#: Renderings of one word that are combined into calques (the likeliest first): more for the head,
#: whose renderings MT varies most ("Peace Brigades", "Peace Companies", "Peace Detachments").
_RENDERINGS = 2
_HEAD_RENDERINGS = 4
#: A lone article written apart from its noun ("Al Mayadeen").
_LONE_ARTICLES = frozenset({"al", "el"})


@dataclass(frozen=True)
class Calque:
    """A literal rendering and whether it needs the document's context to be repaired safely."""

    text: str
    needs_context: bool
    #: Built on the name without its closing adjective ("Call Party" for Hizb al-Dawa al-Islamiya): in
    #: capitals such a rendering is as often part of an English name ("the Israel Defense Forces").
    short: bool = False


def name_renderings(name: str, table: CalqueTable, arabic: str = "") -> list[str]:
    """A person's name with one of its words rendered as the English word it also is.

    "Saeed Jalili" comes out "Happy Jalili", "Izz al-Din al-Haddad" "Izz al-Din the blacksmith":
    one word at a time, the rest of the name kept, which is the evidence that the words are the name.
    A word is looked up by its Arabic where the row's Arabic has as many words as its name (one
    romanisation spells two words: "Hakim" is حكيم, wise, and حاكم, ruler), else by its romanisation;
    a word with the article comes out with "the" ("Ammar al-Hakim": "Ammar the wise").
    """
    words = name.split()
    if len(words) < 2:
        return []
    out: list[str] = []
    for i, senses in enumerate(_word_senses(words, arabic, table)):
        if i > 0 and words[i - 1].casefold() in _COMPOUND_OPENERS:
            continue  # part of a compound ("Abu Nasr"): the sense is the compound's
        for english in senses:
            out.append(" ".join([*words[:i], english, *words[i + 1 :]]))
    return list(dict.fromkeys(v for v in out if v != name))


#: Words that open a compound name ("Abu Nasr", "Abdul Aziz"), romanised and in Arabic.
_COMPOUND_OPENERS = frozenset(
    {"abu", "abd", "bin", "ibn", "abdul", "abdel", "umm", "أبو", "ابو", "عبد", "بن", "ابن", "أم"}
)


def _word_senses(words: Sequence[str], arabic: str, table: CalqueTable) -> list[list[str]]:
    """Each word's renderings, by its Arabic where the Arabic lines up with the name, with "the" for al-."""
    arabic_words = arabic.split()
    aligned = len(arabic_words) == len(words)
    out: list[list[str]] = []
    for i, word in enumerate(words):
        senses = list(table.name_senses.get(word_key(word), ()))  # as listed ("the blacksmith", "Blacksmith")
        if aligned and not (i > 0 and arabic_words[i - 1] in _COMPOUND_OPENERS):
            found = table.name_words.get(without_al(arabic_words[i]), ())
            if arabic_words[i].startswith("ال") and len(arabic_words[i]) > 3:  # "the wise"; "the Wise" as a title
                found = tuple(f for e in found for f in (_with_article(e), f"the {e[:1].upper()}{e[1:]}"))
            senses.extend(found)
        out.append(list(dict.fromkeys(senses)))
    return out


def _with_article(english: str) -> str:
    """ "Wise" as MT renders الحكيم: "the wise"."""
    return english if english.casefold().startswith("the ") else f"the {english[:1].lower()}{english[1:]}"


def other_senses(canonical: str, arabic: str, table: CalqueTable) -> list[str]:
    """An English name with a word given another sense of the Arabic word it renders.

    "Islamic Action Front" (جبهة العمل الإسلامي): "Islamic Labor Front", "Islamic Work Front".
    A word is swapped only where the row's Arabic has the word it renders; each swap alone,
    then all of them together.
    """
    words = canonical.split()
    swaps = [
        (i, others)
        for i, word in enumerate(words)
        for english, source, others in table.senses
        if word == english and source in arabic
    ]
    out: list[str] = []
    for i, others in swaps:
        out.extend(" ".join([*words[:i], other, *words[i + 1 :]]) for other in others)
    if len(swaps) > 1:
        for choice in itertools.product(*(others for _, others in swaps)):
            changed = list(words)
            for (i, _), other in zip(swaps, choice, strict=True):
                changed[i] = other
            out.append(" ".join(changed))
    return list(dict.fromkeys(v for v in out if v != canonical))


def arabic_order(names: Sequence[str], table: CalqueTable, english: frozenset[str] = frozenset()) -> list[str]:
    """English names whose head comes last, in the Arabic order MT keeps: the head, "of", the rest.

    "Islamic Action Front" (جبهة العمل الإسلامي) comes out "Front of Islamic Action" or
    "Front of the Islamic Action", "Justice and Equality Movement" "Movement of Justice and
    Equality"; a name that holds "the", "of" or "for" already is left, and so is one whose only
    word before the head is in ``english`` ("the Forces of the Lebanese Army" is no Lebanese Forces).
    """
    out: list[str] = []
    for name in names:
        words = name.split()
        if len(words) < 2 or words[-1].casefold() not in table.english_heads:
            continue
        if {w.casefold() for w in words} & {"the", "of", "for"}:
            continue
        if len(words) == 2 and words[0].casefold() in english:
            continue
        rest = " ".join(words[:-1])
        out.extend((f"{words[-1]} of {rest}", f"{words[-1]} of the {rest}"))
    return out


@dataclass(frozen=True)
class _Group:
    """A noun with the adjectives after it: its words as written and its English renderings (none: kept)."""

    written: str
    definite: bool
    english: tuple[str, ...]


def calques(romanised: str, table: CalqueTable, english_words: frozenset[str] = frozenset()) -> list[Calque]:
    """The literal and half-literal renderings of ``romanised``, at most ``max_calques``.

    Nothing for a name none of whose words is in the table.  ``english_words`` (lower
    case) decides which calques are made only of English words and need context.
    """
    tokens = _joined_articles(romanised.split())
    suffix: list[str] = []
    while len(tokens) > 1 and tokens[-1].casefold() in table.suffixes:
        suffix.insert(0, tokens.pop())  # an English word closing the name: "Shafaq News"
    first = table.words.get(word_key(tokens[0]))
    if first is not None and first.adjective:
        return []  # "Al-Masry Al-Youm" opens with an adjective: no head to build a calque on
    groups = _groups(tokens, table)
    if not groups or all(not g.english for g in groups):
        return []
    texts = _texts(groups)
    short = _without_last_adjective(tokens, table)
    # Arabic papers drop a closing adjective: Hizb al-Dawa al-Islamiya is "Hizb al-Dawa", "the call party"
    shortened = _texts(_groups(short, table)) if short else []
    if suffix:
        texts = [f"{text} {' '.join(suffix)}" for text in texts]
    full = _kept(romanised, texts, table, english_words)
    taken = {c.text.casefold() for c in full}
    extra = [
        dataclasses.replace(c, short=True)
        for c in _kept(romanised, shortened, table, english_words)
        if c.text.casefold() not in taken
    ]
    return full + extra[: max(0, table.max_calques - len(full))]


def _without_last_adjective(tokens: Sequence[str], table: CalqueTable) -> list[str]:
    """The name without its closing adjective, where a head and a noun of the table remain."""
    last = table.words.get(word_key(tokens[-1]))
    if len(tokens) < 3 or last is None or not last.adjective:
        return []
    short = list(tokens[:-1])
    noun = table.words.get(word_key(short[-1]))
    return short if noun is not None and not noun.adjective and len(_groups(short, table)) == 2 else []


def _texts(groups: Sequence[_Group]) -> list[str]:
    """The renderings of grouped words, the likeliest first (one word away from its first rendering before two)."""
    renderings = [
        g.english[: _HEAD_RENDERINGS if i == 0 else _RENDERINGS] or (g.written,) for i, g in enumerate(groups)
    ]
    picks = sorted(itertools.product(*[range(len(r)) for r in renderings]), key=lambda ix: (sum(ix), ix))
    choices = [tuple(r[i] for r, i in zip(renderings, ix, strict=True)) for ix in picks]
    texts = _orders(groups, list(choices[0])) + _half_literal(groups)
    for choice in choices[1:]:
        texts.extend(_orders(groups, list(choice)))
    return texts


def _kept(romanised: str, texts: Sequence[str], table: CalqueTable, english_words: frozenset[str]) -> list[Calque]:
    """The texts that translate something, each once, marked for context, at most ``max_calques``."""
    seen: set[str] = {romanised.casefold(), _bare(romanised)}
    out: list[Calque] = []
    for text in texts:
        key = " ".join(text.split()).casefold()
        if key in seen or not key or _bare(key) in seen:
            continue  # nothing in it was translated: a transliteration, not a calque
        seen.add(key)
        words = [w for part in key.split() for w in part.split("-")]
        out.append(Calque(" ".join(text.split()), all(w in english_words for w in words)))
    return out[: table.max_calques]


def distinctive(romanised: str, table: CalqueTable, arabic: str = "") -> tuple[str, list[str]]:
    """The word that tells a two-word body from others, as written and in its English renderings.

    "Tahaluf al-Fatah" (تحالف الفتح): ("al-Fatah", ["Conquest", "Opening"]), the word found by its
    Arabic where its romanisation is not in the table; nothing for a name of one word, of more than
    a head and one word, or whose second word has no rendering or one of several words.
    """
    groups = _groups(_joined_articles(romanised.split()), table)
    if len(groups) != 2 or not groups[0].english:
        return "", []
    english = groups[1].english
    words = arabic.split()
    if not english and len(words) == 2:
        key = table.by_arabic.get(without_al(words[1]))
        english = table.words[key].english if key is not None else ()
    return groups[1].written, [e for e in english[:_RENDERINGS] if " " not in e]


def _groups(tokens: Sequence[str], table: CalqueTable) -> list[_Group]:
    """Tokens grouped into nouns with their following adjectives, each with its English."""
    groups: list[_Group] = []
    for token in tokens:
        word = table.words.get(word_key(token))
        definite = token.casefold().startswith(ARTICLES)
        if word is not None and word.adjective and groups:
            last = groups[-1]
            english = tuple(f"{word.english[0]} {e}" for e in last.english) if last.english else ()
            groups[-1] = _Group(f"{last.written} {token}", last.definite, english)
            continue
        if word is None and groups and not groups[-1].english:  # "Ali al-Akbar": one name kept whole
            groups[-1] = _Group(f"{groups[-1].written} {token}", groups[-1].definite, ())
            continue
        if word is None and groups and groups[-1].definite and groups[-1].english:  # "al-Imam Ali": a title
            last = groups[-1]
            groups[-1] = _Group(f"{last.written} {token}", True, tuple(f"{e} {token}" for e in last.english))
            continue
        groups.append(_Group(token, definite, word.english if word is not None else ()))
    return groups


def _orders(groups: Sequence[_Group], english: Sequence[str]) -> list[str]:
    """The fully literal renderings for one choice of each group's English, likeliest first."""
    head, rest = english[0], english[1:]
    if not rest:
        return [head]
    if len(rest) == 1:
        return [f"{rest[0]} {head}", *(f"{head} of {chain}" for chain in _chains(rest, groups))]
    compound = f"{_chain(rest, groups[1:], 'as written', False)} {head}"
    # every modifier before the head, the last first: Quwwat Dir' al-Watan, "Homeland Shield Forces"
    stacked = f"{' '.join(reversed(rest))} {head}"
    bare = f"{_chain(rest, groups[1:], 'never', False)} {head}"  # no article at all: "Guardians of Blood Brigades"
    return _unique_texts([compound, stacked, *(f"{head} of {chain}" for chain in _chains(rest, groups)), bare])


def _chains(rest: Sequence[str], groups: Sequence[_Group]) -> list[str]:
    """The genitive chains after the head, from no article to an article everywhere."""
    patterns = ("never", "not last", "as written", "always", "where arabic has it")
    return _unique_texts(_chain(rest, groups[1:], the, True) for the in patterns)


def _unique_texts(texts: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(texts))


def _chain(english: Sequence[str], groups: Sequence[_Group], the: str, lead: bool) -> str:
    """English phrases joined by "of", with "the" where Arabic has the article, before all but the last
    (MT's "League of the People of Truth"), always, or never.

    ``lead``: the first phrase follows "of" and may take "the" too; in a compound it opens the name.
    """
    parts: list[str] = []
    for index, (text, group) in enumerate(zip(english, groups, strict=True)):
        last = index == len(groups) - 1
        article = the == "always" or (the == "as written" and (group.definite or not last))
        article = article or (the == "not last" and not last) or (the == "where arabic has it" and group.definite)
        article = article and group.english != () and (lead or index > 0)
        joiner = "" if index == 0 else " of "
        parts.append(f"{joiner}{'the ' if article else ''}{text}")
    return "".join(parts)


def _half_literal(groups: Sequence[_Group]) -> list[str]:
    """The head kept and the rest translated, or the head translated and the rest kept."""
    if len(groups) < 2:
        return []
    head, rest = groups[0], groups[1:]
    out: list[str] = []
    rest_english = [g.english[0] if g.english else g.written for g in rest]
    if any(g.english for g in rest):
        out.append(f"{head.written} of {_chain(rest_english, rest, 'never', True)}")
        if len(rest) == 1:
            out.append(f"{head.written} {rest_english[0]}")
    if head.english:
        kept = " ".join(g.written for g in rest)
        bare = " ".join(_without_article(g.written) for g in rest)
        for rendering in head.english[:_RENDERINGS]:
            out.extend([f"{kept} {rendering}", f"{bare} {rendering}", f"{rendering} {kept}", f"{rendering} of {kept}"])
            out.append(f"{rendering} of {bare}")  # "Front of Polisario"
    return out


def _bare(name: str) -> str:
    """A name's words without articles or apostrophes, in order, lower case."""
    return " ".join(word_key(word) for word in name.split())


def _without_article(written: str) -> str:
    return " ".join(word[3:] if word.casefold().startswith(("al-", "el-")) else word for word in written.split())


def _joined_articles(tokens: list[str]) -> list[str]:
    """A lone "Al" joined to its noun, as the table reads it: "Al Mayadeen" is "Al-Mayadeen"."""
    out: list[str] = []
    for token in tokens:
        if out and out[-1].casefold() in _LONE_ARTICLES:
            out[-1] = f"{out[-1]}-{token}"
        else:
            out.append(token)
    return out


def calque_name(canonical: str, arabic: str, table: CalqueTable, english: frozenset[str], media: bool) -> str:
    """The name in Arabic words that a row's calques are built on, when the row gives none.

    The canonical form itself where it opens with a word of the table ("Saraya al-Salam",
    "Al Mayadeen", an outlet's glued article too: "Asharq Al-Awsat", "Azzaman"); for a
    name that ends in an English head ("Marada Movement", "Nusra Front"), the head put back
    in Arabic from the row's Arabic (تيار المردة: "Tayyar al-Marada"); otherwise nothing.
    """
    tokens = _joined_articles(canonical.split())
    if media:
        tokens = [_unglued(token, table) for token in tokens]
    if not tokens:
        return ""
    if len(tokens) > 1 and word_key(tokens[-1]) in table.english_heads:
        derived = _head_from_arabic(tokens, arabic, table, english)
        if derived:
            return derived
    return " ".join(tokens) if word_key(tokens[0]) in table.words else ""


def _unglued(token: str, table: CalqueTable) -> str:
    """An outlet's article glued to its noun, written apart: "Alsumaria" al-Sumaria, "Azzaman" al-Zaman,
    "Asharq" al-Sharq (the assimilated article, its doubled letter written once before "sh")."""
    key = word_key(token)
    if key in table.words or len(key) < 5:
        return token
    glued = (key.startswith(("al", "el")) or (key[0] in "ae" and key[1] == key[2])) and key[2:] in table.words
    noun = token[2:] if glued else token[1:] if key.startswith(("ash", "ech", "esh")) and key[1:] in table.words else ""
    return f"al-{noun[:1].upper()}{noun[1:]}" if noun else token


def _head_from_arabic(tokens: Sequence[str], arabic: str, table: CalqueTable, english: frozenset[str]) -> str:
    """ "Marada Movement" (تيار المردة) as "Tayyar al-Marada": the English head is a rendering of
    the first Arabic word, and the rest of the name is romanised Arabic, not English."""
    words = arabic.split()
    rest = list(tokens[:-1])
    key = table.by_arabic.get(without_al(words[0])) if len(words) > 1 else None
    if key is None or tokens[-1].casefold() not in {e.casefold() for e in table.words[key].english}:
        return ""
    if any(part.casefold() in english for t in rest for part in word_key(t.replace("-", " ")).split()):
        return ""  # "Islamic Action Front": the rest is English, the name is no romanisation
    if words[1].startswith("ال") and not rest[0].casefold().startswith(ARTICLES):
        rest[0] = f"al-{rest[0]}"
    return " ".join([key.capitalize(), *rest])


def place_calques(romanised: str, table: CalqueTable, english_words: frozenset[str] = frozenset()) -> list[Calque]:
    """The literal and half-literal renderings of a place's name of Arabic words (``table`` with its place words).

    Those of a body's name (``calques``), and the orders MT gives a two-word place besides: the
    head's rendering before the other's without "of" ("the Mother Palaces port"), and the head kept
    before each rendering of the other word ("Umm Palaces", "Umm Palace").  No one-word rendering:
    a capitalised "Palace" or "Gate" is too often just that.
    """
    tokens = _joined_articles(romanised.split())
    groups = _groups(tokens, table)
    found = calques(romanised, table, english_words)
    extra: list[str] = []
    if len(groups) == 2 and groups[1].english:
        head, rest = groups
        extra.extend(f"{head.written} {r}" for r in rest.english[:_RENDERINGS])
        extra.extend(f"{h} {r}" for h in head.english[:_RENDERINGS] for r in rest.english[:_RENDERINGS])
    if len(groups) == 2 and groups[0].english and " " not in groups[1].written:  # "Monastery of Zor"
        bare = _bare_word(groups[1].written)
        extra.extend(f"{h} of {bare}" for h in groups[0].english[:_RENDERINGS])
    adjective = table.words.get(word_key(tokens[-1])) if len(tokens) == 2 else None
    if adjective is not None and adjective.adjective and len(groups) == 1:  # Tal Abyad: "Tal White", "Hill White"
        noun = table.words.get(word_key(tokens[0]))
        nouns = [tokens[0], *(noun.english[:_RENDERINGS] if noun is not None else ())]
        extra.extend(f"{n} {a}" for n in nouns for a in adjective.english[:_RENDERINGS])
    taken = {c.text.casefold() for c in found}
    more = [c for c in _kept(romanised, extra, table, english_words) if c.text.casefold() not in taken]
    first = table.words.get(word_key(tokens[0]))
    opening = {tokens[0].casefold(), *(e.casefold() for e in (first.english if first is not None else ()))}
    return [c for c in [*found, *more] if " " in c.text and not c.short and _not_english_name(c, opening)]


def _bare_word(written: str) -> str:
    """A word without its article, the assimilated ones too: "ez-Zor" is "Zor"."""
    lowered = written.casefold()
    article = next((a for a in ARTICLES if lowered.startswith(a) and len(lowered) > len(a)), "")
    return written[len(article) :]


def _not_english_name(calque: Calque, heads: set[str]) -> bool:
    """Not a phrase of English words in English order: "White Hill", "Lion Eye" read as English names
    ("White House" is no Dar el Beida); "Mother of Palaces" and "Hill White" do not."""
    if not calque.needs_context or " of " in calque.text:
        return True
    return calque.text.split()[0].casefold() in heads
