"""Kind ``capitals``: a common word capitalised in mid-sentence ("seeks to Withstand the pressure") is lowered.

Machine translation from Arabic, which has no capitals, often capitalises a word in
the middle of a sentence.  Lists of such words never end, so this kind asks a word
list which words are common English words (normalize/wordlist.py) and lowers one
only where English would not capitalise it: after a lower-case word and a cue (a
verb after "to" or a modal; only a plural noun after an article or a preposition,
since "the Senate" and "the Pope" are names), before a lower-case word (so not a
name of several words, "Save the Children"), not in a line in title case (a
headline), and not a protected word, a known name, or a word the list also gives as
a name ("Turkey", "March").  Precision comes first: a word it is unsure of stays.

The cues and the protected words are data in rules/language/capitals.yaml, the names
in rules/language/names.yaml.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import regex

from ..lexicon import compiled_from
from ..model import Change
from ..rounds import Round
from ..screen import Span, whole
from ..wordlist import is_also_a_name, is_common_word, is_plural
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


@compiled_from("capitals.yaml", "names.yaml")
def cues(capitals: Mapping[str, Any], names: Mapping[str, Any]) -> Cues:
    """rules/language/capitals.yaml and the names of rules/language/names.yaml, once per distinct data."""
    found = {key: frozenset(capitals[key].split()) for key in ("verb_cues", "noun_cues", "protected")}
    for key in ("female_first_names", "male_first_names", "camel_case_names", "dateline_places"):
        found[key] = frozenset(names[key].split())
    people = found["female_first_names"] | found["male_first_names"] | found["camel_case_names"]
    return Cues(found["verb_cues"], found["noun_cues"], found["protected"] | people | found["dateline_places"])


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


#: A line with at least this many words, this share of them capitalised, is a headline in title case.
_TITLE_WORDS, _TITLE_SHARE = 4, 0.5


def _in_title_case_line(text: str, pos: int) -> bool:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    words = regex.findall(r"\p{L}+", text[start : end if end != -1 else len(text)])
    capitals = sum(1 for w in words if w[:1].isupper())
    return len(words) >= _TITLE_WORDS and capitals / len(words) >= _TITLE_SHARE


def lower_mid_sentence_capitals(text: str, rule: CapitalsRule, where: list[Span] | None = None) -> list[Change]:
    known = cues()
    changes: list[Change] = []
    for start, end in whole(text, where):
        for match in _CANDIDATE.finditer(text, start, end):
            word, at = match.group(1), match.start(1)
            space = text.rfind(" ", max(0, at - 10), at - 1)
            cue = text[space + 1 : at - 1]
            if not (cue in known.verb or (cue in known.noun and word[-1] == "s")):
                continue  # the cheap tests first; the word list is read on the first word that passes them
            if word in known.protected or word in rule.protect or space < 2 or not _lower_word_before(text, space):
                continue
            if _in_title_case_line(text, at) or not is_common_word(word) or is_also_a_name(word):
                continue
            if cue not in known.verb and not is_plural(word):
                continue
            changes.append(change(rule, at, match.end(), word.lower()))
    return changes


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
