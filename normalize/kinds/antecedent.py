"""Kind ``antecedent``: "she"/"her" (or "he"/"his") for a ministry or a council become "it"/"its", sentence by sentence.

Arabic nouns have gender and a body (a ministry, a movement, a council) is feminine,
so machine translation writes "The ministry said ... She added" and "in her
statement".  A regex that looks behind can only see the sentence before, so a chain
of such sentences, or one across a paragraph break, was half repaired.  This kind
walks the document's sentences in order and keeps the nearest subject: a pronoun
whose nearest subject (in its paragraph or the one before) is a body, with no person
who could be "she" in between and no woman anywhere before it, becomes "it" or
"its"; where a person could be meant, a rule with ``action: flag`` flags it instead.

Masculine bodies (a statement, a council, a parliament: bayan, majlis, barlaman) come out
as "He added" and "his statement".  "he" is far likelier than "she" to be a man of the
story, so a rule with ``pronoun: he`` changes it only where no person at all is named
before it in the document, and flags nothing.

The words it knows (bodies, persons, women, verbs, the nouns a body has) are data in
rules/language/antecedents.yaml, and women's first names in rules/language/names.yaml.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import regex

from ..blocks import paragraph_spans
from ..lexicon import compiled_from
from ..model import Flag
from ..pack_lists import gazetteer_names
from ..rounds import SEPARATOR_MARK, Round
from .base import Kind, Rule, RuleError, change


@dataclass(frozen=True)
class AntecedentRule(Rule):
    """Pronouns of bodies: ``action: repair`` changes the certain ones, ``action: flag`` flags the unclear."""

    action: str = "repair"
    #: "she" for the feminine bodies (``bodies``), "he" for the masculine ones (``masculine_bodies``).
    pronoun: str = "she"
    kind = "antecedent"


@dataclass(frozen=True)
class Words:
    """The compiled word lists of rules/language/antecedents.yaml and names.yaml, for one pronoun."""

    body_subject: regex.Pattern[str]
    person: regex.Pattern[str]
    #: Someone named before who makes the pronoun theirs: a woman for "she", anyone for "he".
    owner: regex.Pattern[str]
    pronoun: regex.Pattern[str]
    #: For "he": anyone named, a pronoun aside; a pronoun after the first one in its document is a man's.
    named: regex.Pattern[str] | None
    #: The pronoun's forms and the body's: "She" -> "It", "his" -> "its".
    replacements: Mapping[str, str]
    #: Sentence openings that go on with the same subject ("She also ...", "And it ...").
    continuing: tuple[str, ...]


_FORMS = {
    "she": {"She": "It", "she": "it", "Her": "Its", "her": "its"},
    "he": {"He": "It", "he": "it", "His": "Its", "his": "its"},
}


def _words_of(data: Mapping[str, Any], key: str, section: str) -> list[str]:
    value = data.get(key) if isinstance(data, Mapping) else None
    if not isinstance(value, str) or not value.split():
        raise ValueError(f"'{section}.{key}' must be a string of words")
    return value.split()


def _alternation(words: list[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


#: A capitalised word of a name ("Hassan", "al-Amiri"'s "Amiri", "O’Brien").
_NAME = r"\p{Lu}[\p{L}'’-]*"

_KEYS = ("bodies", "masculine_bodies", "countries", "persons", "men", "women", "verbs", "particles", "owned")


@compiled_from("antecedents.yaml", "names.yaml")
def words(antecedents: Mapping[str, Any], names: Mapping[str, Any]) -> Mapping[str, Words]:
    """The word lists for "she" and for "he", compiled once per distinct data."""
    lists: dict[str, list[str]] = {key: _words_of(antecedents, key, "antecedents") for key in _KEYS}
    # a country's name of several words is written with "_" for its spaces ("Saudi_Arabia")
    lists["countries"] = [word.replace("_", " ") for word in lists["countries"]]
    # s20-struct: a named armed group, party or bloc of the gazetteer is a body too ("Hezbollah
    # said that she shelled", "the Houthis ... her fighters"); which types, in antecedents.yaml
    lists["countries"] += [n for n in _named_bodies(tuple(_words_of(antecedents, "named_body_types", "antecedents")))]
    lists.update({key: _words_of(antecedents, key, "antecedents") for key in ("places", "place_words")})
    lists["female_first_names"] = _words_of(names, "female_first_names", "names")
    # Capitalised words after "in/at/the" or before "market/camp" name a place, not a person or a woman
    # ("at Umm Qasr", "in the Jamila market").
    places = _alternation(lists["places"])
    not_place = rf"(?<!\b(?i:{_alternation(lists['place_words'])}) )"
    any_body = _alternation(lists["bodies"] + lists["masculine_bodies"])
    person = (
        rf"\b(?i:{_alternation(lists['persons'])})\b"
        # two capitalised words are a person's name, unless the run ends in a body ("Atomic Energy Agency")
        rf"|(?<![.!?]\s*){not_place}"
        rf"(?!(?:{_NAME} (?:(?:of|for|and|the) )?){{1,5}}(?i:{any_body})\b)"
        rf"{_NAME} (?:(?:al-|bin |Abu )?{_NAME})(?! (?i:{places})\b)"
        rf"|\b[Aa]l-\p{{Lu}}"
    )
    pronouns = r"|\b(?:He|he|him|his|His)\b"
    woman = (
        rf"\b(?i:{_alternation(lists['women'])})\b"
        rf"|{not_place}\b(?:{_alternation(lists['female_first_names'])})\b(?! (?i:{places})\b)"
    )
    named = rf"{person}|{woman}|\b(?i:{_alternation(lists['men'])})\b"
    return {
        "she": _compiled("she", lists["bodies"], lists, person + pronouns, woman),
        "he": _compiled("he", lists["masculine_bodies"], lists, person + pronouns, named + pronouns, named),
    }


@functools.cache
def _named_bodies(types: tuple[str, ...]) -> tuple[str, ...]:
    """The gazetteer's organisations of these types, by every name it gives them."""
    return gazetteer_names({"tables": ["gazetteer/organisations.tsv"], "type": list(types)})


def _compiled(
    gender: str, bodies: list[str], lists: Mapping[str, list[str]], person: str, owner: str, named: str = ""
) -> Words:
    subject, owned = ("she", "her") if gender == "she" else ("he", "his")
    cap, owned_cap = subject.capitalize(), owned.capitalize()
    verbs = _alternation(lists["verbs"])
    body = (
        r"(?:(?:In|On|Through|Earlier|Later|Meanwhile|Separately|Also)\b[^,.!?\n]{0,80}, )?"
        # "A statement issued by the council said": a masculine body may open with "A"
        + (r"(?:(?:[Tt]he|[Ii]ts) " if gender == "she" else r"(?:(?:[Tt]he|[Ii]ts|A) ")
        + rf"(?:[\p{{L}}'’-]+ ){{0,3}}?(?i:{_alternation(bodies)})\b"
        rf"(?: (?:of|for|on) (?:the )?{_NAME}(?: (?:and |of )?{_NAME}){{0,3}})?"
        + (rf"|(?:[Tt]he )?(?:{_alternation(lists['countries'])})\b)" if gender == "she" else ")")
        # the body's initials in brackets after it: "The US Central Command (CENTCOM) said"
        + r"(?: \([\p{Lu}\p{N}&.-]{2,12}\))?"
    )
    if gender == "she":
        # at a sentence's start (perhaps after "And"), after a closing quote, a comma or "and", or as
        # the subject of a reported clause ("Ankara said that she would"), before a verb
        where = (
            r"^(?:And )?|[.!?][”\"’)]*\s+(?:And )?|” |, |,? and (?:that )?"
            rf"|\b(?:{verbs})(?: (?:{_alternation(lists['particles'])}))?"
            r"(?: (?:in|on|at|to|through|via) [^,.!?\n]{1,40})? that "
        )
        owner_after = ""
    else:
        # "he" is a man's far more often: only where a sentence or its second half opens with it
        # ("He added", "and he added"), and "his" only in "in his statement", "on his website"
        where = r"^(?:And )?|[.!?][”\"’)]*\s+(?:And )?|,? and "
        owner_after = r"(?<=\b(?:in|on|through|via) )"
    pronoun = (
        rf"(?:\b(?=[{cap[0]}{subject[0]}]{subject[1:]} )(?<={where})"
        rf"(?P<subject>[{cap[0]}{subject[0]}]{subject[1:]})"
        # a verb of the list, or any regular past ("she shipped", "she completed"): an act a body does
        rf"(?= (?:{verbs}|\p{{Ll}}{{2,}}ed)\b))"
        rf"|\b{owner_after}(?=[{owned_cap[0]}{owned[0]}]{owned[1:]} )(?P<owned>[{owned_cap[0]}{owned[0]}]{owned[1:]})"
        rf"(?= (?:\p{{Ll}}+ )?(?:{_alternation(lists['owned'])})\b)"
    )
    return Words(
        body_subject=regex.compile(body + r"(?=,? \p{Ll})"),
        person=regex.compile(person),
        owner=regex.compile(owner),
        pronoun=regex.compile(pronoun, regex.MULTILINE),
        named=regex.compile(named) if named else None,
        replacements=_FORMS[gender],
        continuing=("“", '"', f"{cap} ", "It ", f"{owned_cap} ", f"And {subject} ", "And it "),
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
    #: Someone who could be the pronoun was named since that subject.
    person_since: bool = False
    #: Its owner was mentioned earlier in the document (a woman for "she", anyone for "he"), or a
    #: pronoun that is no body's.
    owner_before: bool = False


def pronoun_verdicts(text: str, gender: str = "she") -> list[tuple[int, int, str, bool]]:
    """Every candidate pronoun: (start, end, replacement, certain); unclear ones have ``certain`` False."""
    found: list[tuple[int, int, str, bool]] = []
    lexicon = words()[gender]
    candidates = [match.start() for match in lexicon.pronoun.finditer(text)]
    # a joined batch's documents are judged apart: one with no pronoun left to judge is skipped
    marks = [m.start() for m in regex.finditer(SEPARATOR_MARK, text)]
    ends = [*marks, len(text)]
    if lexicon.named is not None and candidates:
        candidates = _before_anyone_named(lexicon.named, text, candidates, marks)
    if not candidates:
        return found  # no candidate: most texts, and the walk below is the costly part
    state = _State()
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
            found.extend(_sentence(lexicon, text, a, b, state))
    return found


def _before_anyone_named(named: regex.Pattern[str], text: str, candidates: list[int], marks: list[int]) -> list[int]:
    """The candidates that come before the first person named in their document: the walk would find
    every later one a man's (its state keeps anyone named), so it need not look at them."""
    starts = [0, *marks]
    first_named: dict[int, int] = {}
    kept = []
    for candidate in candidates:
        document = bisect.bisect_right(marks, candidate)
        if document not in first_named:
            end = marks[document] if document < len(marks) else len(text)
            match = named.search(text, starts[document], end)
            first_named[document] = match.start() if match is not None else end
        if candidate < first_named[document]:
            kept.append(candidate)
    return kept


def _sentence(lexicon: Words, text: str, a: int, b: int, state: _State) -> list[tuple[int, int, str, bool]]:
    found: list[tuple[int, int, str, bool]] = []
    pronouns = list(lexicon.pronoun.finditer(text, a, b))
    # The sentence with its candidate pronouns blanked: they are what is being judged, not evidence
    # (also in the words before the subject: "In her statement, the ministry said ...").
    plain = _blanked(text, a, b, [p.span() for p in pronouns])
    subject = lexicon.body_subject.match(text, a, b)
    if subject is not None:
        state.body, state.person_since = True, False
        state.owner_before = state.owner_before or lexicon.owner.search(plain, 0, subject.end() - a) is not None
    elif not text.startswith(lexicon.continuing, a):
        state.body = False  # another subject: a person, a thing; "she" after it is not the body's
    seen = (subject.end() if subject is not None else a) - a
    for pronoun in pronouns:
        start, end = pronoun.start() - a, pronoun.end() - a
        person = state.person_since or lexicon.person.search(plain, seen, start) is not None
        owner = state.owner_before or lexicon.owner.search(plain, seen, len(plain)) is not None
        replacement = lexicon.replacements[pronoun.group()]
        if state.body and not (person or owner):
            found.append((pronoun.start(), pronoun.end(), replacement, True))
        elif state.body and person and not owner and pronoun.group("subject") is not None:
            found.append((pronoun.start(), pronoun.end(), replacement, False))
        seen = end
    # What the next sentences must know: a person named here (a flagged "she" may be one), an owner,
    # or a pronoun with no body before it, which is a person's.
    judged = {s for s, *_ in found}
    no_body = [p.span() for p in pronouns if p.start() not in judged]
    left = _blanked(text, a, b, [(s, e) for s, e, *_ in found])
    state.person_since = state.person_since or len(judged) > sum(c for *_, c in found)
    state.person_since = state.person_since or lexicon.person.search(plain, seen) is not None
    state.owner_before = state.owner_before or bool(no_body) or lexicon.owner.search(left) is not None
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
    pronoun = data.get("pronoun", "she")
    if pronoun not in _FORMS:
        raise RuleError("'pronoun' must be 'she' or 'he'")
    if pronoun == "he" and action == "flag":
        # "he" is judged only where nobody is named before it: there is never a person to doubt
        raise RuleError("a 'he' rule only repairs: it has nothing to flag")
    rule = AntecedentRule(**common, action=action, pronoun=pronoun)
    if action == "flag" and any(not example.flagged for example in rule.examples):
        raise RuleError("a rule with 'action: flag' only flags: each example needs 'flags'")
    return rule


@dataclass(frozen=True)
class Runner:
    rules: list[AntecedentRule]

    def run(self, round: Round) -> None:
        if round.flags is None:
            # Later rounds see only the changed paragraphs, joined: the subjects and the people
            # between them are gone, and two paragraphs far apart would read as neighbours.
            return
        active = [rule for rule in self.rules if round.is_active(rule.id)]
        for gender, forms in _FORMS.items():
            rules = [rule for rule in active if rule.pronoun == gender]
            if rules and any(f"{form} " in round.text for form in forms):  # a string test first: the regex is slower
                _judge(round, rules, gender)


def _judge(round: Round, rules: list[AntecedentRule], gender: str) -> None:
    assert round.flags is not None
    verdicts = pronoun_verdicts(round.text, gender)
    for rule in rules:
        if rule.action == "repair":
            round.apply([change(rule, s, e, r) for s, e, r, certain in verdicts if certain])
        else:
            unclear = [(s, e) for s, e, _, certain in verdicts if not certain]
            round.flags.extend(_flag(round, rule, s, e) for s, e in unclear if not round.left_alone.meets((s, e)))
        if rule.action == "repair" and any(certain for *_, certain in verdicts):
            verdicts = pronoun_verdicts(round.text, gender)  # positions moved; flags are judged on the new text


def _flag(round: Round, rule: Rule, start: int, end: int) -> Flag:
    tracker = round.tracker
    a, b = tracker.to_source(start), tracker.to_source(end)
    return Flag(start=a, end=max(a, b), rule=rule.id, category=rule.category, message=rule.message)


KIND = Kind(
    name="antecedent",
    rule=AntecedentRule,
    fields=frozenset({"action", "pronoun"}),
    build=build,
    runner=Runner,
)
