"""Kind ``capitals``: a common word capitalised in mid-sentence ("seeks to Withstand the pressure") is lowered.

Machine translation from Arabic, which has no capitals, often capitalises a word in
the middle of a sentence.  Lists of such words never end, so this kind asks a word
list which words are common English words (normalize/wordlist.py) and lowers one
only where English would not capitalise it: after a lower-case word and a cue (a
verb after "to" or a modal; only a plural noun or a listed abstract noun after an article or
a preposition, since "the Senate" and "the Pope" are names), before a lower-case word (so not a
name of several words, "Save the Children"), not in a line in title case (a
headline), and not a protected word, a known name, or a word the list also gives as
a name ("Turkey", "March").  Precision comes first: a word it is unsure of stays.

The cues and the protected words are data in rules/language/capitals.yaml, the names
in rules/language/names.yaml.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import regex

from ..capitals_grammar import WordClasses, grammar_candidates, grammar_says_lower, surnames_in, word_classes
from ..lexicon import compiled_from
from ..model import Change
from ..rounds import SEPARATOR, Round
from ..screen import Span, whole
from ..wordlist import is_also_a_name, is_common_word, is_plural_in_use
from .base import Kind, Rule, change, str_list


@dataclass(frozen=True)
class CapitalsRule(Rule):
    """Lower a common word capitalised in mid-sentence; ``protect`` adds words to leave alone."""

    protect: frozenset[str] = frozenset()
    kind = "capitals"


@dataclass(frozen=True)
class Cues:
    verb: frozenset[str]
    noun: frozenset[str]
    protected: frozenset[str]
    subject_verb: frozenset[str] = frozenset()
    #: Nouns that open an institution's name with "of" ("council of Representatives"): the plural after is its.
    name_heads: frozenset[str] = frozenset()
    #: Small words joining the capitalised words of one long name ("Presidency for the Affairs of the Two").
    name_joiners: frozenset[str] = frozenset()
    #: "and", "or": a verb after one shares the cue of the verb before it ("to Withstand ... and Reduce").
    coordinators: frozenset[str] = frozenset()
    #: Words that open an object ("the", "two"): a past verb of a common stem before one is a verb.
    object_openers: frozenset[str] = frozenset()
    #: Singular nouns no institution or work is named by alone: lowered after a noun cue too ("the Need to").
    abstract: frozenset[str] = frozenset()
    #: One of those before any lower-case word: it needs no second one ("in the Country when ISIS attacked").
    abstract_candidate: re.Pattern[str] | None = None
    #: The closed word classes of the grammar pass (capitals_grammar.py).
    grammar: WordClasses = field(default_factory=WordClasses)


@compiled_from("capitals.yaml", "names.yaml")
def cues(capitals: Mapping[str, Any], names: Mapping[str, Any]) -> Cues:
    """rules/language/capitals.yaml and the names of rules/language/names.yaml, once per distinct data."""
    found = {key: frozenset(capitals[key].split()) for key in ("verb_cues", "noun_cues", "protected", "subject_verbs")}
    for key in ("female_first_names", "male_first_names", "camel_case_names", "dateline_places"):
        found[key] = frozenset(names[key].split())
    people = found["female_first_names"] | found["male_first_names"] | found["camel_case_names"]
    protected = found["protected"] | people | found["dateline_places"]
    protected |= frozenset(str(capitals.get("grammar_protected") or "").split())
    heads = frozenset(w.casefold() for w in str(capitals.get("name_heads") or "").split())
    joiners = frozenset(str(capitals.get("name_joiners") or "").split())
    coordinators = frozenset(str(capitals.get("coordinators") or "").split())
    openers = frozenset(str(capitals.get("object_openers") or "").split())
    abstract = frozenset(str(capitals.get("abstract_nouns") or "").split())
    return Cues(
        found["verb_cues"],
        found["noun_cues"],
        protected,
        found["subject_verbs"],
        heads,
        joiners,
        coordinators,
        openers,
        abstract,
        re.compile(rf" ({'|'.join(sorted(abstract))})(?= [a-z])") if abstract else None,
        word_classes(capitals),
    )


#: A capitalised word after a space, before a lower-case word that is not followed by a
#: capitalised one ("to Save the Children", "of Soldiers for Peace" are names).  ASCII letters and
#: the standard library's ``re``: the word list's common words are all ASCII, and ``re`` is twice
#: as fast here.  The cue is read with string operations: a regex that looked behind for it was
#: four times slower.
_CANDIDATE = re.compile(r" ([A-Z][a-z]{2,})(?= [a-z][a-z'’-]*(?: (?![A-Z])|[.,;:!?]|$))", re.MULTILINE)


def _lower_word_before(text: str, space: int) -> bool:
    """A lower-case word of its own ends at ``space`` (so what follows is in mid-sentence)."""
    start = space
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] in "'’-"):
        start -= 1
    return start < space and text[start].islower() and not (start > 0 and text[start - 1].isalnum())


def _word_before(text: str, space: int) -> str:
    """The word that ends at ``space`` ("" if none)."""
    start = space
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start:space]


#: A line with at least this many words, this share of them capitalised, is a headline in title case.
_TITLE_WORDS, _TITLE_SHARE = 4, 0.5


class _TitleCaseLines:
    """Which lines of a text are in title case, each line judged once (a line may be a whole file)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._breaks: list[int] | None = None
        self._verdicts: dict[int, bool] = {}

    def at(self, pos: int) -> bool:
        """Is the line holding ``pos`` a headline in title case?"""
        if self._breaks is None:
            self._breaks = [m.start() for m in _LINE_BREAK.finditer(self._text)]
        k = bisect.bisect_left(self._breaks, pos)
        start = self._breaks[k - 1] + 1 if k else 0
        if start not in self._verdicts:
            end = self._breaks[k] if k < len(self._breaks) else len(self._text)
            self._verdicts[start] = _in_title_case(self._text, start, end)
        return self._verdicts[start]


_LINE_BREAK = re.compile("\n")
_LETTERS = regex.compile(r"\p{L}+")
#: A line is read this many characters at a time (cut at a space, which no word crosses).
_WINDOW = 1 << 16


def _in_title_case(text: str, start: int, end: int) -> bool:
    words = capitals = 0
    while start < end:
        stop = end if end - start <= _WINDOW else text.rfind(" ", start, start + _WINDOW) + 1
        if stop <= start:  # no space in the window: on to the next one
            stop = text.find(" ", start + _WINDOW, end) + 1 or end
        found = _LETTERS.findall(text, start, stop)
        words += len(found)
        capitals += sum(1 for w in found if w[:1].isupper())
        start = stop
    return words >= _TITLE_WORDS and capitals / words >= _TITLE_SHARE


_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_BREAK = re.compile(r"[.,;:!?()“”\"\n]")
#: How far either side of a capital the joined name is looked for.
_REACH = 40


def _capital_through_joiners(words: list[str], joiners: frozenset[str]) -> bool:
    """Do ``words`` (read away from the candidate) reach a capitalised word through joiners only?"""
    for word in words:
        if word[:1].isupper():
            return True
        if word not in joiners:
            return False
    return False


def _inside_long_name(text: str, at: int, end: int, joiners: frozenset[str]) -> bool:
    """Is the word at ``at``..``end`` between two capitalised words joined to it by joiners only?

    "the General Presidency for the Affairs of the Two Holy Mosques": "Affairs" is part of the
    name.  MT's stray capital has a verb or a lower-case noun on one side ("paying the Salaries of
    employees").  Punctuation ends the run.
    """
    if not joiners:
        return False
    start = max(0, at - _REACH)
    left = _BREAK.split(text[start:at])
    before = _WORD.findall(left[-1])
    if len(left) == 1 and start > 0:
        before = before[1:]  # the first word may be cut by the window
    right = _BREAK.split(text[end : end + _REACH])
    after = _WORD.findall(right[0])
    if len(right) == 1 and end + _REACH < len(text):
        after = after[:-1]
    return _capital_through_joiners(before[::-1], joiners) and _capital_through_joiners(after, joiners)


def _cued(text: str, known: Cues, word: str, at: int) -> bool:
    """Does what comes before ``word`` (at ``at``) show it is in mid-sentence where English writes it lower-case?

    After "to" or a noun cue the word before the cue must be lower-case (else the cue may
    belong to a name: "Save the Children"); after a modal it may be a name, the subject
    ("Salahuddin should Prepare"); a past verb of saying or acting ("Announced") needs only a
    word of the sentence before it, its subject.
    """
    space = text.rfind(" ", max(0, at - 10), at - 1)
    # No space in reach: the cue can only be a short first word of the text; the slice up to
    # ``at`` would otherwise copy a long line once per candidate.
    cue = text[space + 1 : at - 1] if space >= 0 or at <= 11 else ""
    if word in known.subject_verb:
        return at >= 2 and (text[at - 2].isalpha() or text[at - 2] == ")")
    if _past_verb_before_object(text, known, word, at):
        return True
    noun = word[-1] == "s" or word in known.abstract
    if not (cue in known.verb or (cue in known.noun and noun)) or space < 2:
        return False
    if cue in known.verb and cue != "to":
        return text[space - 1].isalpha()
    return _lower_word_before(text, space)


#: What ends the clause a coordinated verb shares with the verb before it.
_CLAUSE_END = re.compile(r"[.!?;:\n”\"]")


def _coordinated(text: str, known: Cues, at: int, verb_cued_at: int) -> bool:
    """Is the word at ``at`` a verb after "and"/"or" whose partner, earlier in the clause, was lowered after a cue?"""
    if verb_cued_at < 0 or at - verb_cued_at > 160:
        return False
    space = text.rfind(" ", max(0, at - 5), at - 1)
    if space < 2 or text[space + 1 : at - 1] not in known.coordinators:
        return False
    return _lower_word_before(text, space) and _CLAUSE_END.search(text, verb_cued_at, at) is None


def _past_of_common_word(word: str) -> bool:
    """``word`` looks like the past tense of a common word ("Sentenced", "Imposed", "Shelled")."""
    lower = word.lower()
    if not lower.endswith("ed") or len(lower) < 6:
        return False
    stems = [lower[:-1], lower[:-2]]
    if lower[-3] == lower[-4]:
        stems.append(lower[:-3])  # a doubled consonant: "shelled", "banned"
    return any(len(stem) >= 4 and is_common_word(stem) for stem in stems)


def _past_verb_before_object(text: str, known: Cues, word: str, at: int) -> bool:
    """A past verb no list holds, after its lower-case subject and before its object ("the court Sentenced two men").

    The object's first word must open one ("the", "two", "a"): a name ending in -ed after a title
    ("the minister Rashed said") is followed by a verb, not an object, and stays.
    """
    if not known.object_openers or at < 2 or not _lower_word_before(text, at - 1):
        return False
    after = text[at + len(word) + 1 : at + len(word) + 12].split(" ", 1)[0]
    return after in known.object_openers and not is_also_a_name(word) and _past_of_common_word(word)


def _named_in_document(text: str, word: str, at: int, seen: dict[tuple[int, str], bool]) -> bool:
    """Does the document write the word capitalised in mid-sentence again and never in lower case?

    MT's stray capital falls on a word here and there, and the same text writes it in lower case
    elsewhere; a club, a band or a programme named by a common word ("Pyramids", "Homeland") keeps
    its capital every time it is named.  Only the document the word stands in counts, not the
    others ``normalize_many`` joined to it: a document must come out the same in any batch.
    """
    joint = text.rfind(SEPARATOR, 0, at)
    start = 0 if joint < 0 else joint + len(SEPARATOR)
    end = text.find(SEPARATOR, at)
    end = len(text) if end < 0 else end
    if (start, word) not in seen:
        inside = 0
        for match in regex.finditer(rf"\b{regex.escape(word)}\b", text, pos=start, endpos=end):
            back = match.start()  # walk back over spaces and openers, not copying the text before
            while back > start and text[back - 1] in " \t\"“‘'(":
                back -= 1
            inside += back > start and text[back - 1] not in ".!?:\n|–—-"
        lower = regex.search(rf"\b{regex.escape(word.lower())}\b", text, pos=start, endpos=end) is not None
        seen[start, word] = inside >= 2 and not lower
    return seen[start, word]


def _candidates(text: str, start: int, end: int, known: Cues) -> list[re.Match[str]]:
    """The capitalised words to judge, in order: a listed abstract noun before any lower-case word too."""
    found = list(_CANDIDATE.finditer(text, start, end))
    if known.abstract_candidate is None:
        return found
    seen = {m.start(1) for m in found}
    extra = [m for m in known.abstract_candidate.finditer(text, start, end) if m.start(1) not in seen]
    return sorted([*found, *extra], key=lambda m: m.start(1)) if extra else found


def lower_mid_sentence_capitals(text: str, rule: CapitalsRule, where: list[Span] | None = None) -> list[Change]:
    known = cues()
    changes: list[Change] = []
    title_case = _TitleCaseLines(text)
    verb_cued_at = -1  # where the last word lowered after a verb cue stands
    named: dict[tuple[int, str], bool] = {}
    for start, end in whole(text, where):
        for match in _candidates(text, start, end, known):
            word, at = match.group(1), match.start(1)
            coordinated = _coordinated(text, known, at, verb_cued_at)
            if not coordinated and not _cued(text, known, word, at):
                continue  # the cheap tests first; the word list is read on the first word that passes them
            if word in known.protected or word in rule.protect:
                continue
            # the list (or a common stem) vouches for the word; the word list lacks inflections
            listed = word in known.subject_verb or word in known.abstract
            listed = listed or _past_verb_before_object(text, known, word, at)
            if title_case.at(at) or not (listed or is_common_word(word)) or is_also_a_name(word):
                continue
            space = text.rfind(" ", max(0, at - 10), at - 1)
            cue = text[space + 1 : at - 1] if space >= 0 or at <= 11 else ""
            plural = is_plural_in_use(word) or word in known.abstract
            if cue not in known.verb and not (listed or coordinated) and not plural:
                continue  # a plural of a word in use ("Salaries"); "Jenkins" is a surname, "jenkin" Webster's only
            if cue == "of" and _word_before(text, space).casefold() in known.name_heads:
                continue  # "the council of Representatives": half an institution's name, not a stray capital
            if _inside_long_name(text, at, match.end(), known.name_joiners):
                continue  # "the General Presidency for the Affairs of the Two Holy Mosques"
            if _named_in_document(text, word, at, named):
                continue  # "two ahead of Pyramids", "the Pyramids team": the document's own name for a club
            changes.append(change(rule, at, match.end(), word.lower()))
            if cue in known.verb or coordinated:
                verb_cued_at = at
        changes += _by_grammar(text, rule, known, (start, end), {c.start for c in changes}, (title_case, named))
    return sorted(changes, key=lambda c: c.start)


def _surname(text: str, word: str, at: int, memo: dict[int, dict[str, set[int]]]) -> bool:
    """Is the word a surname in its own document ("Tom Burns ... said Burns.")?  Not counting ``at`` itself."""
    joint = text.rfind(SEPARATOR, 0, at)
    start = 0 if joint < 0 else joint + len(SEPARATOR)
    if start not in memo:
        end = text.find(SEPARATOR, at)
        memo[start] = surnames_in(text, start, len(text) if end < 0 else end)
    return bool(memo[start].get(word, set()) - {at})


def _by_grammar(
    text: str,
    rule: CapitalsRule,
    known: Cues,
    span: tuple[int, int],
    done: set[int],
    memo: tuple[_TitleCaseLines, dict[tuple[int, str], bool]],
) -> list[Change]:
    """The capitals the cues above do not reach, judged by the word's class (capitals_grammar.py)."""
    title_case, named = memo
    surnames: dict[int, dict[str, set[int]]] = {}
    found: list[Change] = []
    for at, end, word in grammar_candidates(text, *span):
        if at in done or word in known.protected or word in rule.protect:
            continue
        if not grammar_says_lower(text, at, word, known.grammar):
            continue  # the cheap tests first
        if title_case.at(at) or _inside_long_name(text, at, end, known.name_joiners):
            continue
        space = at - 1
        if _word_before(text, space).casefold() == "of":
            head = _word_before(text, space - 3)
            if head.casefold() in known.name_heads or head[:1].isupper():
                continue  # "the council of Representatives", "Minister of Culture"
        if _named_in_document(text, word, at, named) or _surname(text, word, at, surnames):
            continue
        found.append(change(rule, at, end, word.lower()))
    return found


def build(data: Mapping[str, Any], common: dict[str, Any]) -> Rule:
    return CapitalsRule(**common, protect=frozenset(str_list(data, "protect")))


@dataclass(frozen=True)
class Runner:
    rules: list[CapitalsRule]

    def run(self, round: Round) -> None:
        if round.flags is None:
            return  # a capital in mid-sentence comes with the source, which the first round reads whole
        for rule in self.rules:
            if round.is_active(rule.id):
                # No screen: asking it after the punctuation stage has changed the text would scan the
                # text again for every rule's triggers, which costs more than this kind's own regex.
                round.apply(lower_mid_sentence_capitals(round.text, rule))


KIND = Kind(
    name="capitals",
    rule=CapitalsRule,
    fields=frozenset({"protect"}),
    build=build,
    runner=Runner,
)
