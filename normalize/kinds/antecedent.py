"""Kind ``antecedent``: "she" and "her" for a ministry or a group become "it" and "its", sentence by sentence.

Arabic nouns have gender and a body (a ministry, a movement, a council) is feminine,
so machine translation writes "The ministry said ... She added" and "in her
statement".  A regex that looks behind can only see the sentence before, so a chain
of such sentences, or one across a paragraph break, was half repaired.  This kind
walks the document's sentences in order and keeps the nearest subject: a pronoun
whose nearest subject (in its paragraph or the one before) is a body, with no person
who could be "she" in between and no woman anywhere before it, becomes "it" or
"its"; where a person could be meant, a rule with ``action: flag`` flags it instead.

The words it knows (bodies, persons, women, verbs, the nouns a body has) are data in
rules/language/antecedents.yaml, and women's first names in rules/language/names.yaml.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import regex

from ..blocks import paragraph_spans
from ..lexicon import compiled_from
from ..model import Flag
from ..rounds import SEPARATOR_MARK, Round
from .base import Kind, Rule, RuleError, change


@dataclass(frozen=True)
class AntecedentRule(Rule):
    """Pronouns of bodies: ``action: repair`` changes the certain ones, ``action: flag`` flags the unclear."""

    action: str = "repair"
    kind = "antecedent"


@dataclass(frozen=True)
class Words:
    """The compiled word lists of rules/language/antecedents.yaml and names.yaml."""

    body_subject: regex.Pattern[str]
    person: regex.Pattern[str]
    woman: regex.Pattern[str]
    pronoun: regex.Pattern[str]


def _words_of(data: Mapping[str, Any], key: str, section: str) -> list[str]:
    value = data.get(key) if isinstance(data, Mapping) else None
    if not isinstance(value, str) or not value.split():
        raise ValueError(f"'{section}.{key}' must be a string of words")
    return value.split()


def _alternation(words: list[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


@compiled_from("antecedents.yaml", "names.yaml")
def words(antecedents: Mapping[str, Any], names: Mapping[str, Any]) -> Words:
    """The word lists, compiled once per distinct data, on the first document an antecedent rule sees."""
    lists: dict[str, list[str]] = {}
    for data, keys, origin in (
        (
            antecedents,
            ("bodies", "countries", "persons", "women", "verbs", "particles", "owned", "places", "place_words"),
            "antecedents",
        ),
        (names, ("female_first_names",), "names"),
    ):
        lists.update({key: _words_of(data, key, origin) for key in keys})
    name = r"\p{Lu}[\p{L}'’-]*"
    # Capitalised words after "in/at/the" or before "market/camp" name a place, not a person or a woman
    # ("at Umm Qasr", "in the Jamila market").
    places = _alternation(lists["places"])
    not_place = rf"(?<!\b(?i:{_alternation(lists['place_words'])}) )"
    body = (
        r"(?:(?:In|On|Through|Earlier|Later|Meanwhile|Separately|Also)\b[^,.!?\n]{0,80}, )?"
        rf"(?:(?:[Tt]he|[Ii]ts) (?:[\p{{L}}'’-]+ ){{0,3}}?(?i:{_alternation(lists['bodies'])})\b"
        rf"(?: (?:of|for|on) (?:the )?{name}(?: (?:and |of )?{name}){{0,3}})?"
        rf"|(?:the )?(?:{_alternation(lists['countries'])})\b)"
        # the body's initials in brackets after it: "The US Central Command (CENTCOM) said"
        r"(?: \([\p{Lu}\p{N}&.-]{2,12}\))?"
    )
    return Words(
        body_subject=regex.compile(body + r"(?=,? \p{Ll})"),
        person=regex.compile(
            rf"\b(?i:{_alternation(lists['persons'])})\b"
            # two capitalised words are a person's name, unless the run ends in a body ("Atomic Energy Agency")
            rf"|(?<![.!?]\s*){not_place}"
            rf"(?!(?:{name} (?:(?:of|for|and|the) )?){{1,5}}(?i:{_alternation(lists['bodies'])})\b)"
            rf"{name} (?:(?:al-|bin |Abu )?{name})(?! (?i:{places})\b)"
            rf"|\b[Aa]l-\p{{Lu}}|\b(?:He|he|him|his|His)\b"
        ),
        woman=regex.compile(
            rf"\b(?i:{_alternation(lists['women'])})\b"
            rf"|{not_place}\b(?:{_alternation(lists['female_first_names'])})\b(?! (?i:{places})\b)"
        ),
        pronoun=regex.compile(
            # "she" at a sentence's start (perhaps after "And"), after a closing quote, a comma or "and",
            # or as the subject of a reported clause ("Ankara said that she would"), before a verb
            r"(?:\b(?=[Ss]he )(?<=^(?:And )?|[.!?][”\"’)]*\s+(?:And )?|” |, |,? and "
            rf"|\b(?:{_alternation(lists['verbs'])})(?: (?:{_alternation(lists['particles'])}))?"
            r"(?: (?:in|on|at|to|through|via) [^,.!?\n]{1,40})? that )"
            r"(?P<she>[Ss]he)"
            rf"(?= (?:{_alternation(lists['verbs'])})\b))"
            rf"|\b(?=[Hh]er )(?P<her>[Hh]er)(?= (?:\p{{Ll}}+ )?(?:{_alternation(lists['owned'])})\b)",
            regex.MULTILINE,
        ),
    )


#: A sentence ends at . ! or ? (and a closing quote or bracket) before white space.
_SENTENCE = regex.compile(r"[^\n]*?(?:[.!?][”\"’)]*(?=\s)|$)", regex.MULTILINE)


def _sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    for match in _SENTENCE.finditer(text, start, end):
        a = match.start()
        while a < match.end() and text[a].isspace():
            a += 1
        if a < match.end():
            yield a, match.end()


@dataclass
class _State:
    """What the walk knows at a point of the document."""

    #: The nearest subject is a body (or a pronoun already found to be one).
    body: bool = False
    #: Someone who could be "she" was named since that subject.
    person_since: bool = False
    #: A woman was mentioned earlier in the document (or a "she" that is no body).
    woman_before: bool = False


def pronoun_verdicts(text: str) -> list[tuple[int, int, str, bool]]:
    """Every candidate pronoun: (start, end, replacement, certain); unclear ones have ``certain`` False."""
    found: list[tuple[int, int, str, bool]] = []
    candidates = [match.start() for match in words().pronoun.finditer(text)]
    if not candidates:
        return found  # no candidate: most texts, and the walk below is the costly part
    state = _State()
    # a joined batch's documents are judged apart: one with no pronoun left to judge is skipped
    marks = [m.start() for m in regex.finditer(SEPARATOR_MARK, text)]
    ends = [*marks, len(text)]
    for start, end in paragraph_spans(text):
        if start > candidates[-1]:
            break
        if SEPARATOR_MARK in text[start:end]:
            state = _State()  # another document begins
            continue
        document_end = ends[bisect.bisect_right(marks, start)]
        following = bisect.bisect_left(candidates, start)
        if following == len(candidates) or candidates[following] >= document_end:
            continue
        for a, b in _sentences(text, start, end):
            found.extend(_sentence(text, a, b, state))
    return found


def _sentence(text: str, a: int, b: int, state: _State) -> list[tuple[int, int, str, bool]]:
    lexicon = words()
    found: list[tuple[int, int, str, bool]] = []
    pronouns = list(lexicon.pronoun.finditer(text, a, b))
    # The sentence with its candidate pronouns blanked: they are what is being judged, not evidence
    # (also in the words before the subject: "In her statement, the ministry said ...").
    plain = _blanked(text, a, b, [p.span() for p in pronouns])
    subject = lexicon.body_subject.match(text, a, b)
    if subject is not None:
        state.body, state.person_since = True, False
        state.woman_before = state.woman_before or lexicon.woman.search(plain, 0, subject.end() - a) is not None
    elif not text.startswith(("“", '"', "She ", "It ", "Her ", "And she ", "And it "), a):
        state.body = False  # another subject: a person, a thing; "she" after it is not the body's
    seen = (subject.end() if subject is not None else a) - a
    for pronoun in pronouns:
        start, end = pronoun.start() - a, pronoun.end() - a
        person = state.person_since or lexicon.person.search(plain, seen, start) is not None
        woman = state.woman_before or lexicon.woman.search(plain, seen, len(plain)) is not None
        replacement = {"She": "It", "she": "it", "Her": "Its", "her": "its"}[pronoun.group()]
        if state.body and not (person or woman):
            found.append((pronoun.start(), pronoun.end(), replacement, True))
        elif state.body and person and not woman and pronoun.group("she") is not None:
            found.append((pronoun.start(), pronoun.end(), replacement, False))
        seen = end
    # What the next sentences must know: a person named here (a flagged "she" may be one), a woman,
    # or a "she" or "her" with no body before it, which is a woman's.
    judged = {s for s, *_ in found}
    no_body = [p.span() for p in pronouns if p.start() not in judged]
    left = _blanked(text, a, b, [(s, e) for s, e, *_ in found])
    state.person_since = state.person_since or len(judged) > sum(c for *_, c in found)
    state.person_since = state.person_since or lexicon.person.search(plain, seen) is not None
    state.woman_before = state.woman_before or bool(no_body) or lexicon.woman.search(left) is not None
    return found


def _blanked(text: str, a: int, b: int, spans: list[tuple[int, int]]) -> str:
    """``text[a:b]`` with the given spans (in text coordinates) written over with "_"."""
    chars = list(text[a:b])
    for start, end in spans:
        chars[start - a : end - a] = "_" * (end - start)
    return "".join(chars)


def build(data: Mapping[str, Any], common: dict[str, Any]) -> Rule:
    action = data.get("action", "repair")
    if action not in ("repair", "flag"):
        raise RuleError("'action' must be 'repair' or 'flag'")
    rule = AntecedentRule(**common, action=action)
    if action == "flag" and any(not example.flagged for example in rule.examples):
        raise RuleError("a rule with 'action: flag' only flags: each example needs 'flags'")
    return rule


@dataclass(frozen=True)
class Runner:
    rules: list[AntecedentRule]

    def run(self, round: Round) -> None:
        if round.flags is None:
            # Later rounds see only the changed paragraphs, joined: the subjects and the women
            # between them are gone, and two paragraphs far apart would read as neighbours.
            return
        rules = [rule for rule in self.rules if round.is_active(rule.id)]
        if not rules or not any(w in round.text for w in ("she ", "She ", "her ", "Her ")):
            return  # a string test first: the pronoun regex is slower
        verdicts = pronoun_verdicts(round.text)
        for rule in rules:
            if rule.action == "repair":
                round.apply([change(rule, s, e, r) for s, e, r, certain in verdicts if certain])
            else:
                unclear = [(s, e) for s, e, _, certain in verdicts if not certain]
                round.flags.extend(_flag(round, rule, s, e) for s, e in unclear if not round.left_alone.meets((s, e)))
            if rule.action == "repair" and any(certain for *_, certain in verdicts):
                verdicts = pronoun_verdicts(round.text)  # positions moved; flags are judged on the new text


def _flag(round: Round, rule: Rule, start: int, end: int) -> Flag:
    tracker = round.tracker
    a, b = tracker.to_source(start), tracker.to_source(end)
    return Flag(start=a, end=max(a, b), rule=rule.id, category=rule.category, message=rule.message)


KIND = Kind(
    name="antecedent",
    rule=AntecedentRule,
    fields=frozenset({"action"}),
    build=build,
    runner=Runner,
)
