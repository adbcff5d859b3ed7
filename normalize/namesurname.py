"""A known person's surname written alone in an unseen spelling ("Mikaty said"), and the evidence for it.

A surname alone is anyone's: it is repaired only where it is close to one family's surname
and the document names the person (the canonical name or surname, or a full name found
here), the sentence has their first name, or a role word comes just before it ("Prime
Minister Mikaty") and the key is long enough to go on that alone.
"""

from __future__ import annotations

import regex
from rapidfuzz import fuzz

from . import namelater, namewords
from .namecompare import article_added, dropped_double, same_spelling
from .namefinding import Finding
from .namekeys import name_key
from .nameletters import may_be_same_name
from .namepeople import NameIndex, Person, bare_word
from .namestyle import ARTICLE, HOUSE, foreign_article, generated_style, with_their_article
from .namewords import Token, has_words, introduced, sentence_around, text_has_words
from .terms import fit_case

#: A word, with hyphens and apostrophes inside it ("al-Hothi", "Abdul-Malik", "Sa'ar").
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*")
#: A capitalised word, then the opening bracket of an alias: the end of the text before a lone bracketed word.
_NAME_BEFORE_BRACKET = regex.compile(r"\p{Lu}[\p{L}\p{M}'’-]*\s?\($")


def _alias(text: str, token: Token) -> bool:
    """Is the word alone in brackets right after a name ("AlSadeeqi (AlDarajii)"), as glosses.py reads a calque's?"""
    if text[token.end : token.end + 1] != ")":
        return False
    return _NAME_BEFORE_BRACKET.search(text, max(0, token.start - 40), token.start) is not None


def surname_alone(text: str, tokens: list[Token], index: NameIndex, named: set[int]) -> list[Finding]:
    """The run's last word (with a compound head before it) as a surname alone, if it is one.

    Of the people whose surname has the word's key and is close to it, the one the
    document names is meant; failing that, one family's surname with a first name of
    theirs in the sentence or a role word before it.  Anything else is for review.
    """
    table = index.table
    cut = surname_part(text, tokens, index)
    if cut is None:
        return []
    part, key = cut
    size = len(part)
    if namewords.in_a_place(text, [(t.start, t.end, t.text) for t in tokens], table):
        return []
    found = " ".join(t.text for t in part)
    styled = [i for i in index.surnames[key] if same_spelling(table, found, " ".join(index.people[i].surname))]
    styled_named = [i for i in styled if i in named or _named_in(text, index.people[i])]
    if styled_named:
        # a named person's surname in a house style ("Fayad" for Ali Fayyad), not a misspelling of another's;
        # "el-" for their "al-" is a generated style, for the document's evidence to decide
        return _surname_in_house_style(text, part, found, styled_named, index)
    close = index.close_surnames(found, key)
    if not close:
        return []
    if len(key) < table.min_key_for_role and not any(i in named or _named_in(text, index.people[i]) for i in close):
        return []  # "Hadi" and "Houthi" share a key: a key this short says nothing unless the person is named
    given = len(tokens) > size  # another first name before it: maybe someone else of that family
    firsts = {table.key(index.people[i].first) for i in close if index.people[i].first}
    if given and firsts and _another_first(text, tokens[-size - 1].text, firsts, close, named, index):
        return []  # "lawyer Samir Sabry": a first name not theirs, no one of them named: another family's spelling
    if not given and introduced(text, found, index.name_like, table.roles, lambda w: table.key(bare_word(w)) in firsts):
        return []  # alone, the surname of someone the text introduced with a first name not theirs ("Nidal Khazim")
    named_here = [i for i in close if i in named or _named_in(text, index.people[i])]
    if not named_here and size == 1 and namewords.written_as_first_name(text, found, index.name_like):
        return []  # "Sheikh Mishaal said", after "Sheikh Mishaal al-Jaber al-Sabah": his short name, not Meshaal's
    meant = named_here or close
    one = index.people[meant[0]]
    single = len({index.people[i].surname for i in meant}) == 1
    certain = single and not given and (bool(named_here) or _evidence(text, part[0].start, key, meant, index))
    certain = certain and not foreign_article(one, found, " ".join(one.surname))
    similarity = fuzz.ratio(table.light(found), table.light(" ".join(one.surname)))
    if not certain and similarity < table.review_similarity:
        return []  # too far to be worth a person's look without evidence
    if not certain and not may_be_same_name(found, " ".join(one.surname)):
        return []  # "Belhaq" (ق) is not Belhaj (ج), "Shehayeb" not Shehab: another name, not a spelling
    if given and article_added(found, " ".join(one.surname)):
        return []  # "Haytham al-Shihab": another first name and an article Shehab lacks, another family
    surname = " ".join(one.surname)
    # the writer's article stays where a house style of theirs has it, as in a full name ("Al-Abiad said")
    written = fit_case(with_their_article(one, found, surname) if len(one.surname) == 1 else surname, found)
    if ARTICLE.match(written) and not ARTICLE.match(found) and not namelater.opens_sentence(text, part[0].start):
        written = written[0].lower() + written[1:]  # "reported Maqdishi as saying": al-Maqdashi, not "Al-" mid-sentence
    style = HOUSE if size == 1 and generated_style(index, one, found, surname) else ""
    who = meant[0] if style else -1  # (a misspelling's surname alone names no one for ``later_surnames``)
    if style and not ARTICLE.match(found):
        written = fit_case(ARTICLE.sub("", surname), found)  # "Halbusi" is Halbousi: the writer's article stays out
    return [Finding(part[0].start, part[-1].end, written, certain, one.canonical, who, style)]


def _surname_in_house_style(
    text: str, part: list[Token], found: str, people: list[int], index: NameIndex
) -> list[Finding]:
    """The surname alone of a person the text names, in a generated house style of theirs ("El-Hakim")."""
    one = index.people[people[0]]
    surname = " ".join(one.surname)
    if len(part) != 1 or len({index.people[i].surname for i in people}) != 1:
        return []
    if not generated_style(index, one, found, surname) or dropped_double(index.table, found.casefold(), surname):
        return []
    return [Finding(part[0].start, part[0].end, fit_case(surname, found), True, one.canonical, people[0], HOUSE)]


def surname_part(text: str, tokens: list[Token], index: NameIndex) -> tuple[list[Token], str] | None:
    """The run's last word (with a compound head before it) and its key, if some family's surname has the key.

    The cheap tests of ``_surname``, which most runs fail: ``find`` asks them first, to skip the rest.
    """
    table = index.table
    if len(tokens) == 1 and _alias(text, tokens[0]):
        return None  # "Abu Maytham al-Sadeeqi (al-Darajii)": a name's alias in brackets, no surname of another
    size = 2 if len(tokens) > 1 and tokens[-2].text.casefold() in table.compound_heads else 1
    part = tokens[-size:]
    if not index.candidate(part[-1].text):
        return None
    key = name_key(table, [t.text for t in part])
    if len(key) < 2 or key not in index.surnames:
        return None  # no family's surname has the key: most runs end here
    return part, key


def _another_first(text: str, word: str, firsts: set[str], close: list[int], named: set[int], index: NameIndex) -> bool:
    """Is ``word`` a first name none of the ``close`` people has, while the text names none of them?"""
    if word.casefold() in index.table.connectors or index.table.key(bare_word(word)) in firsts:
        return False
    return not any(i in named or _named_in(text, index.people[i]) for i in close)


def owner_named(text: str, word: str, index: NameIndex) -> bool:
    """Is ``word`` a word of the canonical name of someone the text names?"""
    if not index.verdict(word).canonical:
        return False
    return any(_named_in(text, index.people[i]) for i in index.with_word.get(word.casefold(), ()))


def _named_in(text: str, one: Person) -> bool:
    """Does the text name the person as the gazetteer writes them (full name, or surname)?"""
    return text_has_words(text, one.canonical) or text_has_words(text, " ".join(one.surname))


def _evidence(text: str, start: int, key: str, people: list[int], index: NameIndex) -> bool:
    """A first name of one of ``people`` in the sentence, or a role word just before the surname."""
    sentence_start, sentence = sentence_around(text, start)
    if any(index.people[i].first and has_words(sentence, index.people[i].first) for i in people):
        return True
    if len(key) < index.table.min_key_for_role:
        return False
    before = _WORD.findall(text, sentence_start, start)[-index.table.role_reach :]
    if not any(w.casefold() in index.table.roles for w in before):
        return False
    # a role word says a person is meant, not which: "President Biden" is no Bouden in a text not about Tunisia
    places = [index.countries.get(index.people[i].country, ()) for i in people]
    return any(not words or any(text_has_words(text, w) for w in words) for words in places)
