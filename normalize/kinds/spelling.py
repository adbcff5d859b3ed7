"""Kind ``spelling``: flag a name spelt two ways in one document, for a person to choose.

A review stage: run after every repair, so that a spelling the glossary knows
("al-Kazimi") has been made canonical by then and is not worth a person's time.
Judged per document, on the first round only, like the untranslated flags.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import regex
from rapidfuzz.distance import Levenshtein

from ..bounded import Budget
from ..lexicon import Names, compiled_from, current
from ..mentions import is_mention
from ..model import Flag
from ..rounds import Round, documents
from .base import Kind, Rule, RuleError, positive_int, require_str, timed_out


@dataclass(frozen=True)
class SpellingRule(Rule):
    """Flag a name spelt two ways in one document ("al-Khazali", "al-Khazaali"), for a person to choose.

    Nothing is changed: which transliteration is right is not in the text, and two
    close spellings may be two people.  ``pattern`` finds the names to compare.
    """

    pattern: str = ""
    max_distance: int = 2
    kind = "spelling"

    def compile(self) -> regex.Pattern[str]:
        return regex.compile(self.pattern)


@dataclass(frozen=True)
class SpellingVariant:
    """An occurrence of a name spelt otherwise than it mostly is in the same document."""

    start: int
    end: int
    usual: str
    usual_count: int


def find_spelling_variants(
    text: str, rule: SpellingRule, names: regex.Pattern[str], timeout: float | None = None
) -> list[SpellingVariant]:
    """Occurrences of a name whose spelling is a few letters off another name of the same text.

    MT transliterates each mention afresh, so one article names "al-Khazali" three
    times and "al-Khazaali" once.  Names (found by the rule's pattern) are compared
    by spelling, case aside; two spellings are one name when their words start with the
    same letters ("al-Sadr" and "al-Badr" are two), have the same consonants
    (``_consonants``: "al-Asadi" and "al-Abadi" are two), differ by at most
    ``max_distance`` edits, and are not one name with an ending ("al-Sadr", "al-Sadri"):
    see ``_name_key`` and ``_close``.
    The spelling used most (the first used, on a tie) is the usual one; each
    occurrence of any other is reported.
    """
    found = [(m.start(), m.end(), m.group()) for m in names.finditer(text, timeout=timeout)]
    if len(found) < 2:
        return []
    counts: dict[str, int] = {}
    first_seen: dict[str, str] = {}
    for _, _, name in found:
        key = name.casefold()
        counts[key] = counts.get(key, 0) + 1
        if key not in first_seen or (first_seen[key][:1].isupper() and name[:1].islower()):
            first_seen[key] = name  # shown as written mid-sentence ("al-Fayyadh"), where it is
    if len(counts) < 2:
        return []
    usual_of = _usual_spellings(list(counts), counts, rule.max_distance)
    return [
        SpellingVariant(start, end, first_seen[usual_of[name.casefold()]], counts[usual_of[name.casefold()]])
        for start, end, name in found
        if usual_of.get(name.casefold(), name.casefold()) != name.casefold()
    ]


def _usual_spellings(spellings: list[str], counts: dict[str, int], max_distance: int) -> dict[str, str]:
    """Each spelling that has a more usual close one, mapped to the most used of its group.

    Only spellings with the same ``_name_key`` can be one name, so each is compared
    with the few that share its key, not with every name in the text.  Closeness is
    chained (union-find): "al-Amiri", "al-Ameri" and "al-Amery" are one name.
    """
    buckets: dict[tuple[str, str], list[str]] = {}
    for spelling in spellings:
        key = _name_key(spelling)
        if key is not None:
            buckets.setdefault(key, []).append(spelling)
    usual: dict[str, str] = {}
    for bucket in buckets.values():
        for members in _chained_groups(bucket, max_distance) if len(bucket) > 1 else ():
            best = max(members, key=lambda m: (counts[m], -spellings.index(m)))
            usual.update({m: best for m in members if m != best})
    return usual


def _chained_groups(bucket: list[str], max_distance: int) -> list[list[str]]:
    """The spellings of a bucket grouped by chains of ``_close`` pairs (union-find)."""
    parent = {spelling: spelling for spelling in bucket}

    def root(spelling: str) -> str:
        while parent[spelling] != spelling:
            spelling = parent[spelling]
        return spelling

    for i, a in enumerate(bucket):
        for b in bucket[:i]:
            if root(a) != root(b) and _close(a, b, max_distance):
                parent[root(a)] = root(b)
    groups: dict[str, list[str]] = {}
    for spelling in bucket:
        groups.setdefault(root(spelling), []).append(spelling)
    return [members for members in groups.values() if len(members) > 1]


_DOUBLED = regex.compile(r"(.)\1+")


@compiled_from("names")
def _consonants_of(names: Names) -> Callable[[str], str]:
    """``_consonants`` with the running normalizer's letters (``names`` in rules/language/english.yaml)."""
    # Letters that transliterations render several ways, each written as one ("al-Kadhimi", "al-Kazimi").
    same_sound = regex.compile(
        "|".join(map(regex.escape, names.sound_as)) + "|[" + "".join(map(regex.escape, names.silent)) + "]"
    )
    sound_as = dict(names.sound_as)

    @functools.lru_cache(maxsize=4096)  # news names the same people over and over
    def consonants(name: str) -> str:
        return _DOUBLED.sub(r"\1", same_sound.sub(lambda m: sound_as.get(m.group(), ""), name))

    return consonants


def _consonants(name: str) -> str:
    """The consonants of a case-folded name, as transliterations share them: "al-khazaali" → "lkhzl".

    Vowels (and y) go, since MT renders Arabic's vowels freely ("Amiri", "Ameri",
    "Amery"); doubled letters are written once ("Abadi", "Abbadi"); dh, th and zh
    are z, and q is k.  Two spellings of one name have the same consonants; two
    names a letter apart mostly do not ("al-Asadi", "al-Abadi").
    """
    return _consonants_of()(name)


def _name_key(spelling: str) -> tuple[str, str] | None:
    """What two spellings of one name share: the first letter of each of its words, and its consonants.

    "al-Sadr" and "al-Badr" differ in the first, "al-Asadi" and "al-Abadi" in the
    second.  Words are parted by hyphens or spaces, so a rule's pattern may match
    names of several words ("Hassan Nasrallah", "Hasan Nasrallah").
    """
    words = _NAME_PARTS.split(spelling)
    if not all(words):
        return None
    return "".join(word[0] for word in words), _consonants(spelling)


_NAME_PARTS = regex.compile(r"[- ]")


def _close(a: str, b: str, max_distance: int) -> bool:
    """Two case-folded spellings with one ``_name_key``: one name, unless a few edits do not make one the other.

    One name plus an ending is another word ("al-Sadr", "al-Sadri": a man, an adjective).
    """
    shorter, longer = sorted((a, b), key=len)
    # Endings that make another word of a name rather than another spelling: "al-Sadri", "Kurds".
    if longer.startswith(shorter) and longer[len(shorter) :] in current().names.endings:
        return False
    return Levenshtein.distance(a, b, score_cutoff=max_distance) <= max_distance


def spelling_flags(round: Round, rule: SpellingRule, names: regex.Pattern[str]) -> list[Flag]:
    """Flags for the names spelt two ways, judged document by document (not across joined ones)."""
    tracker = round.tracker
    text = tracker.text
    flagged: list[Flag] = []
    budget = Budget(round.timeout)  # for the rule on the whole text, not for each document in it
    try:
        variants = [
            (start, found)
            for start, end in documents(text, round.titles)
            for found in find_spelling_variants(text[start:end], rule, names, budget.left())
        ]
    except TimeoutError:
        round.problems.append(timed_out(rule, round.timeout))
        return []
    for start, found in variants:
        a, b = start + found.start, start + found.end
        # A spelling the text lists or glosses ("appears as al-Kadhimi, al-Kazimi and al-Kathimi") is shown on purpose.
        if round.left_alone.meets((a, b)) or is_mention(text, a, b):
            continue
        variant = text[a:b]
        flagged.append(
            Flag(
                start=tracker.to_source(a),
                end=tracker.to_source(b),
                rule=rule.id,
                category=rule.category,
                message=f"'{variant}' is spelt '{found.usual}' elsewhere in this document "
                f"({found.usual_count}×): one name spelt two ways?",
                detail={"usual": found.usual, "variant": variant},
            )
        )
    return flagged


def build(data: Mapping[str, Any], common: dict[str, Any]) -> Rule:
    rule = SpellingRule(
        **common, pattern=require_str(data, "pattern"), max_distance=positive_int(data, "max_distance", 2)
    )
    try:
        rule.compile()
    except regex.error as exc:
        raise RuleError(f"pattern does not compile: {exc}") from None
    if any(not example.flagged for example in rule.examples):
        raise RuleError("a spelling rule only flags: each example needs 'flags', the passages it flags")
    return rule


@dataclass(frozen=True)
class Runner:
    rules: list[tuple[SpellingRule, regex.Pattern[str]]]

    def run(self, round: Round) -> None:
        if round.flags is None:
            return
        for rule, names in self.rules:
            if round.is_active(rule.id):
                round.flags.extend(spelling_flags(round, rule, names))


def compile_rules(rules: list[SpellingRule], fast: bool) -> Runner:
    return Runner([(rule, rule.compile()) for rule in rules])


KIND = Kind(
    name="spelling",
    rule=SpellingRule,
    fields=frozenset({"pattern", "max_distance"}),
    build=build,
    compile=compile_rules,
    flags_only=True,
)
