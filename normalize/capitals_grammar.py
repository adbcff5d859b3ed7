"""Mid-sentence capitals the cue lists of ``capitals.py`` do not reach, judged by the word's grammar.

``capitals.py`` lowers a capital only after a listed cue ("to", a modal, an article before a
plural) and before a lower-case word.  MT's stray capitals fall anywhere in the clause: before a
full stop ("weapons and Explosives."), after a relative pronoun ("which Includes"), after a
number ("two Defenders"), after an auxiliary ("was Completed"), after a comma ("smugglers,
Carrying"), on a verb after its subject ("the governor of Dhi Qar Visited the site") and on a
closed-class word ("the work Was carried out").  Lists of wordings never end, so this pass reads
the word's shape instead: what stands before it (a lower-case word, a number, a comma after a
lower-case word, a capitalised subject) and the word's class as its ending shows it (a past
tense or a present participle of a common verb, the plural of a word in use, a closed-class
word from rules/language/capitals.yaml).

Names keep their capitals: a word the word list also gives as a name ("Reading", "Burns" as
a surname is "burn"'s plural, so a capitalised word before it bars plurals), a protected word,
a word the document writes capitalised again and never in lower case, a word inside a long
name, and every word of a line in title case stay as they are; so do words after a colon or a
full stop, which open a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .wordlist import frequent_words, is_also_a_name, is_common_word, is_listed_as_name

#: A capitalised ASCII word after a space, before a space and a lower-case word or a closing mark.
#: A capitalised word after it makes a name of several words ("Hope Probe"), so it is not read.
GRAMMAR_CANDIDATE = re.compile(r" ([A-Z][a-z]{1,})(?=(?: [a-z0-9]|[.,;:!?)]))")


def _token_before(text: str, at: int) -> tuple[str, str]:
    """The word before the space at ``at - 1`` and what kind of word it is.

    Kinds: "lower" (a lower-case word), "number" (digits), "comma" (a comma after a lower-case
    word), "capital" (a capitalised word or a closing parenthesis, a subject), "" otherwise.
    """
    space = at - 1
    if space < 1:
        return "", ""
    end = space
    mark = text[end - 1]
    if mark == ",":
        end -= 1
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "'’-"):
        start -= 1
    word = text[start:end]
    if not word or (start > 0 and not text[start - 1].isspace() and text[start - 1] not in '(“"'):
        return word, ""
    if mark == ",":
        return word, "comma" if word.isalpha() else ""
    if word.isdigit() or word.replace(",", "").isdigit():
        return word, "number"
    if word[0].islower():
        return word, "lower"
    return word, "capital" if word[0].isupper() else ""


def _stems(lower: str, suffix: str) -> list[str]:
    """The stems a word with ``suffix`` ("ed", "ing") may come from: drop it, add back "e", undo a doubled consonant."""
    base = lower[: -len(suffix)]
    stems = [base, base + "e"]
    if len(base) > 2 and base[-1] == base[-2]:
        stems.append(base[:-1])
    return stems


def verb_form(word: str) -> str:
    """ "past" or "participle" when ``word`` is that form of a frequent verb stem, else ""."""
    lower = word.lower()
    frequent = frequent_words()
    for suffix, form in (("ed", "past"), ("ing", "participle")):
        if not lower.endswith(suffix) or len(lower) < len(suffix) + 4:
            continue
        if any(len(stem) >= 4 and (stem in frequent or is_common_word(stem)) for stem in _stems(lower, suffix)):
            return form
    return ""


def _s_form(word: str) -> bool:
    """A plural noun or a present verb in "-s" of a frequent stem ("Grenades", "Includes", "Allocates")."""
    lower = word.lower()
    frequent = frequent_words()
    if not lower.endswith("s") or lower.endswith("ss") or len(lower) < 5:
        return False
    stems = [lower[:-1], lower[:-2]] if lower.endswith("es") else [lower[:-1]]
    if lower.endswith("ies"):
        stems.append(lower[:-3] + "y")
    return any(len(stem) >= 3 and stem in frequent for stem in stems)


@dataclass(frozen=True)
class WordClasses:
    """The closed word classes the pass reads, from rules/language/capitals.yaml."""

    function_words: frozenset[str] = frozenset()
    relatives: frozenset[str] = frozenset()
    auxiliaries: frozenset[str] = frozenset()
    openers: frozenset[str] = frozenset()
    coordinators: frozenset[str] = frozenset()
    prepositions: frozenset[str] = frozenset()
    articles: frozenset[str] = frozenset()
    #: Small words a name or a title runs on through ("of the People", "the Wild").
    joiners: frozenset[str] = frozenset()
    #: Words that show the word before them is their subject ("said", "scored", "was").
    subject_markers: frozenset[str] = frozenset()
    #: The next word is part of an Arabic name ("al-Shaabi", "bin Salman") or capitalised after a hyphen.
    arabic_name_next: re.Pattern[str] = re.compile(r"(?!)")
    #: "the third of ", "the 5th of ": a date's day before "of".
    ordinal_before: re.Pattern[str] = re.compile(r"(?!)")


def word_classes(data: Mapping[str, Any]) -> WordClasses:
    """The grammar pass's word classes from rules/language/capitals.yaml."""

    def words(key: str) -> frozenset[str]:
        return frozenset(str(data.get(key) or "").split())

    particles = "|".join(sorted(words("arabic_name_particles"))) or "(?!)"
    ordinals = "|".join(sorted(words("ordinal_words"))) or "(?!)"
    return WordClasses(
        function_words=words("function_words"),
        relatives=words("relatives"),
        auxiliaries=words("auxiliaries"),
        openers=words("object_openers"),
        coordinators=words("coordinators"),
        prepositions=words("prepositions"),
        articles=words("articles"),
        joiners=words("grammar_joiners"),
        subject_markers=words("subject_markers"),
        arabic_name_next=re.compile(rf" (?:(?:{particles})\b|[a-z]+-[A-Z])"),
        ordinal_before=re.compile(rf"\b(?:{ordinals}|\w+(?:th|st|nd|rd)|\d+) of $"),
    )


def grammar_says_lower(text: str, at: int, word: str, classes: WordClasses) -> bool:
    """Does the word's class and what stands before it show a stray capital in mid-sentence?

    The word is already known to be a common word, no name, protected word or title-case line.
    """
    function_words, relatives, auxiliaries = classes.function_words, classes.relatives, classes.auxiliaries
    openers, coordinators, prepositions = classes.openers, classes.coordinators, classes.prepositions
    before, kind = _token_before(text, at)
    if not kind or _in_quoted_or_bracketed_name(text, at):
        return False
    nxt = text[at + len(word) + 1 : at + len(word) + 14].split(" ", 1)[0]
    low = before.lower()
    if low in coordinators and kind == "lower" and not _coordinated_with_lower(text, at - len(before) - 2):
        return False  # "Tasnim and Fars": a name's partner is a name
    form = "" if is_listed_as_name(word) else verb_form(word)  # "Reading" is a town
    if form and (low in classes.articles or classes.arabic_name_next.match(text, at + len(word))):
        form = ""  # "the Hashed al-Shaabi": after an article or before "al-" a name, not a verb
    if low not in relatives and low not in auxiliaries and _name_follows(text, at + len(word), classes):
        return False  # "the Leagues of the People", "Into the Wild", "Waiting for the Barbarians"
    if not form and low not in relatives and _name_before(text, at, classes.joiners):
        return False  # "Movement of the Nobles": the end of a name
    if form == "participle" and low in prepositions and nxt not in openers:
        return False  # "in Reading", "from Ealing": towns; "by Carrying the" is a gerund
    if low in classes.articles and not form:
        return False  # "the Blues lost", "beat the Gunners.": a team or a people; "the Salaries of" is the cue pass's
    if kind == "comma":
        # "smugglers, Carrying", "Farmers in Diyala, Complaining of": a participle clause.  Any
        # other capital after a comma may open a glued sentence ("the villages, We call upon"),
        # which the punctuation rules part; lowering it would hide the seam.
        return form == "participle" or (form == "past" and before[0].islower())
    if word.lower() in function_words:  # not "the song With or Without You": a title goes on
        return kind == "lower" and text[at + len(word) : at + len(word) + 1] == " " and not _capital_soon(text, at)
    if low == "of" and classes.ordinal_before.search(text, max(0, at - 20), at):
        return False  # "the third of Marches": a date's month, whatever the spelling
    plural = _s_form(word) and is_common_word(word) and not is_listed_as_name(word)  # not "Iraqis"
    if kind == "capital":
        # After a name only a past verb before its object is sure ("Dhi Qar Visited the site"):
        # a surname may be a plural ("Woods") or end in "-ing" ("Harding").
        return form == "past" and (nxt in openers or nxt == "that")
    if low in auxiliaries:
        return bool(form)  # "was Completed", "is Expected"; not "was Chairman of the board"
    if low in relatives:
        return bool(form) or plural or (nxt in openers and word.lower() in frequent_words())
    if kind == "number":
        return plural
    if (plural or form == "past") and low not in openers and _subject_of(nxt, classes):
        return False  # "striker Woods scored", "the minister Rashed said": a name before its verb
    if form or plural:
        return True
    return low in coordinators and kind == "lower" and is_common_word(word) and not is_also_a_name(word)


def _name_follows(text: str, end: int, classes: WordClasses) -> bool:
    """Do the next words, through small joiners only, reach a capitalised word before any mark?"""
    if text[end : end + 1] != " ":
        return False  # a mark ends the clause: "rifles and Grenades. The governor"
    for word in _line_after(text, end, 40).split(" ")[1:5]:
        if not word:
            return False
        if word[0].isupper():
            return True
        if word not in classes.joiners or word in classes.coordinators:
            return False
    return False


def _line_before(text: str, at: int, width: int) -> str:
    """Up to ``width`` characters before ``at``, on its line: a line break ends a run of words
    (a headline's last word is no part of the next line's name, nor the last word of the document
    joined before it in a batch)."""
    start = max(0, at - width)
    return text[max(start, text.rfind("\n", start, at) + 1) : at]


def _line_after(text: str, at: int, width: int) -> str:
    """Up to ``width`` characters from ``at``, on its line."""
    stop = text.find("\n", at, at + width)
    return text[at : at + width if stop < 0 else stop]


def _name_before(text: str, at: int, joiners: frozenset[str]) -> bool:
    """Do the words before, through small joiners only, reach a capitalised word ("Movement of the Nobles")?"""
    words = _line_before(text, at, 40).split(" ")[:-1][::-1][:4]
    for word in words:
        if not word or not word[-1].isalpha():
            return False  # a mark ends the run
        if word[0].isupper():
            return True
        if word not in joiners:
            return False
    return False


def surnames_in(text: str, start: int, end: int) -> dict[str, set[int]]:
    """Each word the document writes after a capitalised word ("Tom Burns"), with where it stands there.

    A word found so elsewhere is a surname, and "said Burns." keeps its capital.  Read once per
    document: asked per candidate, the scan made a text of many capitals quadratic.
    """
    found: dict[str, set[int]] = {}
    for m in _AFTER_A_CAPITAL.finditer(text, start, end):
        found.setdefault(m.group(1), set()).add(m.start(1))
    return found


_AFTER_A_CAPITAL = re.compile(r"(?<![A-Za-z])[A-Z][A-Za-z.’'-]* ([A-Z][a-z]+)")


def _in_quoted_or_bracketed_name(text: str, at: int) -> bool:
    """Is the word within three words of an opening quote or bracket ("(the Students)", '"the Battalions')?

    A translated name is glossed so; MT's stray capital stands in running text.
    """
    before = _line_before(text, at, 30).split(" ")[-4:]
    return any(w[:1] in '(“"‘' for w in before if w)


def _capital_soon(text: str, at: int) -> bool:
    """Is a capitalised word among the next three before any mark ("With or Without You")?"""
    tail = re.split(r"[.,;:!?()\"“”]", _line_after(text, at, 40), maxsplit=1)[0].split(" ")[1:4]
    return any(w[:1].isupper() for w in tail)


def _subject_of(nxt: str, classes: WordClasses) -> bool:
    """Is ``nxt`` a verb whose subject the word before it is ("said", "scored", "was")?"""
    return nxt in classes.subject_markers or (nxt.endswith("ed") and len(nxt) > 4)


def _coordinated_with_lower(text: str, space: int) -> bool:
    """Is the word before "and"/"or" (ending at ``space``) a lower-case common word ("neglect and Erosion")?"""
    end = space
    if text[end - 1 : end] == ",":
        return False  # ", and Percent 20": a comma before "and" opens a clause, not a pair of nouns
    start = end
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    word = text[start:end]
    return bool(word) and word[0].islower() and is_common_word(word)


def grammar_candidates(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, word) of every capitalised word the grammar pass judges."""
    return [(m.start(1), m.end(1), m.group(1)) for m in GRAMMAR_CANDIDATE.finditer(text, start, end)]
