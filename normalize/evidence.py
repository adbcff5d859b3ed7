"""Document evidence: how strongly a document reads as machine translation.

Some repairs are right only on machine translation: "the Hamas said" is MT keeping
Arabic's article, but a capital, an article or an amount in a professional article
is the writer's choice.  The evidence is what the unambiguous repairs found: glued
sentences, stray Arabic, doubled words, literal renderings of names, Arabic
punctuation and digits (``signals`` in ``rules/language/evidence.yaml``), counted per
thousand words and by class.  A document reads as machine translation, as
professional English, or (short, with little to go on) as undetermined; in a
professional one the low-confidence repairs are flagged with their suggested fix
instead of applied.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import regex

from .lexicon import compiled_from
from .model import Edit, Flag
from .quotes import in_quotation
from .tiers import ON_REQUEST

MACHINE_TRANSLATION = "machine-translation"
PROFESSIONAL = "professional"
UNDETERMINED = "undetermined"

_WORDS = regex.compile(r"[\p{L}\p{N}]+(?:['’][\p{L}]+)?")
#: ``_WORDS`` within ASCII, where its letters and digits are these and its curly apostrophe cannot stand.
_ASCII_WORDS = re.compile(r"[A-Za-z0-9]+(?:'[A-Za-z]+)?")


@dataclass(frozen=True)
class Evidence:
    """Artefacts found in one document, by class, and what they say about it."""

    words: int
    by_class: dict[str, int] = field(default_factory=dict)
    verdict: str = UNDETERMINED

    @property
    def artefacts(self) -> int:
        return sum(self.by_class.values())

    @property
    def per_thousand(self) -> float:
        return 1000.0 * self.artefacts / self.words if self.words else 0.0

    def to_dict(self) -> dict[str, object]:
        return {
            "verdict": self.verdict,
            "words": self.words,
            "artefacts": self.artefacts,
            "per_thousand_words": round(self.per_thousand, 2),
            "by_class": dict(sorted(self.by_class.items())),
        }


@dataclass(frozen=True)
class Policy:
    """The evidence settings: which rules are signals, the thresholds, the low-confidence rules."""

    signals: Mapping[str, str]
    calque_categories: frozenset[str]
    mt_min_artefacts: int
    mt_per_thousand: float
    professional_min_words: int
    professional_below: float
    low_confidence: frozenset[str]
    house_style_categories: frozenset[str]
    inconsistency_rules: frozenset[str]
    regional_usage: frozenset[str] = frozenset()
    signal_categories: Mapping[str, str] = field(default_factory=dict)
    #: The class under which a repair of a spelling listed by hand as an MT error counts ("" : not counted).
    listed_errors: str = ""
    #: Spellings of a name no English house style writes (an article glued on in lower case: "Aldbeibah").
    mt_only_spellings: tuple[regex.Pattern[str], ...] = ()
    #: Categories of rewording not offered for review inside a quotation in professional English.
    quoted_as_written: frozenset[str] = frozenset()
    #: Review rules (by id) whose suggestion is applied in a document that reads as machine translation.
    promoted_in_mt: tuple[regex.Pattern[str], ...] = ()
    #: Repairs (by rule id) of a generated house style's spelling: they stand only in machine translation.
    held_unless_mt: tuple[regex.Pattern[str], ...] = ()
    #: Repairs (by rule id) of a spelling beside the canonical one in the same document: they stand anywhere.
    two_ways: tuple[regex.Pattern[str], ...] = ()


@compiled_from("evidence.yaml")
def policy(data: Mapping[str, Any]) -> Policy:
    thresholds = data["thresholds"]
    return Policy(
        signals={str(k): str(v) for k, v in data["signals"].items()},
        calque_categories=frozenset(data["calque_categories"]),
        mt_min_artefacts=int(thresholds["machine_translation"]["min_artefacts"]),
        mt_per_thousand=float(thresholds["machine_translation"]["per_thousand"]),
        professional_min_words=int(thresholds["professional"]["min_words"]),
        professional_below=float(thresholds["professional"]["below_per_thousand"]),
        low_confidence=frozenset(data["low_confidence"]),
        house_style_categories=frozenset(data["house_style_categories"]),
        inconsistency_rules=frozenset(data["inconsistency_rules"]),
        regional_usage=frozenset(data.get("regional_usage") or ()),
        signal_categories={str(k): str(v) for k, v in (data.get("signal_categories") or {}).items()},
        listed_errors=str(data.get("listed_errors") or ""),
        mt_only_spellings=tuple(regex.compile(p) for p in data.get("mt_only_spellings") or ()),
        quoted_as_written=frozenset(data.get("quoted_as_written") or ()),
        promoted_in_mt=tuple(regex.compile(p) for p in data.get("promoted_in_machine_translation") or ()),
        held_unless_mt=tuple(regex.compile(p) for p in data.get("held_unless_machine_translation") or ()),
        two_ways=tuple(regex.compile(p) for p in data.get("spelt_two_ways") or ()),
    )


def _rules_of(edit: Edit) -> list[str]:
    """The rules an edit came from: one, or several joined by "+" where edits were composed."""
    return edit.rule.split("+")


def weigh(
    source: str,
    edits: Sequence[Edit],
    term_rules: frozenset[str],
    not_evidence: frozenset[int],
    listed: frozenset[int] = frozenset(),
) -> Evidence:
    """The evidence of a document from its edits.

    ``term_rules`` are the ids of the term rules (their edits in a calque category are
    literal names); ``not_evidence`` the indices of edits that do not count (a house
    style's spellings are no artefact); ``listed`` those that mend a spelling listed
    by hand as an MT error, an artefact of the class ``listed_errors``.
    """
    rules = policy()
    by_class: Counter[str] = Counter()
    for index, edit in enumerate(edits):
        if index in not_evidence:
            continue
        if index in listed and rules.listed_errors and edit.category in rules.house_style_categories:
            by_class[rules.listed_errors] += 1
            continue
        for rule in _rules_of(edit):
            if rule in rules.signals:
                by_class[rules.signals[rule]] += 1
                break
            if rule in term_rules and edit.category in rules.calque_categories:
                by_class["literal-names"] += 1
                break
            if edit.category in rules.signal_categories and rule not in rules.low_confidence:
                by_class[rules.signal_categories[edit.category]] += 1
                break
    words = count_words(source)
    evidence = Evidence(words=words, by_class=dict(by_class))
    return Evidence(words=words, by_class=dict(by_class), verdict=_verdict(evidence, rules))


def count_words(text: str) -> int:
    """How many words ``_WORDS`` finds in ``text``, most of them without the regex.

    A word never holds white space, so the count is the sum over white-space tokens; an
    ASCII token of letters and digits alone is one word.  The other ASCII tokens
    (punctuation beside the word, an apostrophe) are counted by ``_ASCII_WORDS``, which
    finds in ASCII what ``_WORDS`` finds, and only the tokens beyond ASCII by ``_WORDS``;
    each kind all in one call.
    """
    tokens = text.split()
    # Filtered in C; the others' order does not matter, as no word spans the space between two.
    ascii_tokens = tokens if text.isascii() else list(filter(str.isascii, tokens))
    others = list(itertools.filterfalse(str.isalnum, ascii_tokens))
    count = len(tokens) - len(others) + len(_ASCII_WORDS.findall(" ".join(others)))
    if ascii_tokens is not tokens:
        wide = list(itertools.filterfalse(str.isascii, tokens))
        count += len(_WORDS.findall(" ".join(wide))) - len(wide)
    return count


def _verdict(evidence: Evidence, rules: Policy) -> str:
    if evidence.artefacts >= rules.mt_min_artefacts and evidence.per_thousand >= rules.mt_per_thousand:
        return MACHINE_TRANSLATION
    if evidence.words >= rules.professional_min_words and evidence.per_thousand < rules.professional_below:
        return PROFESSIONAL
    return UNDETERMINED


def is_low_confidence(edit: Edit) -> bool:
    low = policy().low_confidence
    return any(rule in low for rule in _rules_of(edit))


def as_flag(edit: Edit, reason: str) -> Flag:
    """A repair not applied, kept for a person with its suggested fix."""
    return Flag(
        start=edit.start,
        end=edit.end,
        rule=edit.rule,
        category=edit.category,
        message=f"{edit.message} ({reason}; suggested: '{edit.replacement}')",
        detail={"suggestion": edit.replacement, "original": edit.original},
    )


@dataclass(frozen=True)
class Judged:
    """A document's edits once its evidence is weighed: those that stand, the flags, the evidence."""

    edits: list[Edit]
    flags: list[Flag]
    evidence: Evidence

    @property
    def held_back(self) -> bool:
        return bool(self.flags)


def judge(
    source: str,
    edits: Sequence[Edit],
    term_rules: frozenset[str],
    held: Mapping[int, str] | None = None,
    listed: frozenset[int] = frozenset(),
    style: bool = False,
) -> Judged:
    """Weigh the evidence and hold back what it does not support.

    ``held`` maps edit indices to a reason they stand only in a document that reads as
    machine translation (a house style's spelling); such an edit is dropped without a
    flag elsewhere, and one held ``ON_REQUEST`` is dropped everywhere.  In a document
    that reads as professional English the low-confidence repairs are flagged with their
    fix instead of applied, and a name's spelling (``house_style_categories``) is the
    writer's house style: left as written, without a flag, unless it is a spelling
    the gazetteer lists as an MT error (``listed``): no outlet's house style, so it
    is mended in any document.  ``style``: the user asked for the house style, so a generated
    house style's spelling (``house_styles``) is mapped in any document too.
    """
    held = {**(held or {}), **({} if style else house_styles(edits))}  # the house style on: mapped anywhere
    listed = listed | mt_only(edits)
    regional = frozenset(i for i, e in enumerate(edits) if all(r in policy().regional_usage for r in _rules_of(e)))
    evidence = weigh(source, edits, term_rules, frozenset(held) | regional, listed)  # no sign of MT either
    mixed = spelt_two_ways(edits) if evidence.verdict == PROFESSIONAL else frozenset()
    kept: list[Edit] = []
    flags: list[Flag] = []
    for index, edit in enumerate(edits):
        if index in held and (evidence.verdict != MACHINE_TRANSLATION or held[index] == ON_REQUEST):
            continue
        if evidence.verdict == PROFESSIONAL and index in regional:
            continue  # the region's own press writes it so ("the legitimate government")
        if (
            evidence.verdict == PROFESSIONAL
            and edit.category in policy().house_style_categories
            and _name_mended(edit) not in mixed
            and not _removes_spelling(edit)
            and index not in listed
            and not _by(policy().two_ways, edit)
        ):
            continue
        if evidence.verdict == PROFESSIONAL and is_low_confidence(edit):
            if not _quoted_as_written(source, edit):  # a quotation is the source's words: nothing to offer
                flags.append(as_flag(edit, "not applied: the document reads as professional English"))
            continue
        kept.append(edit)
    return Judged(kept, flags, evidence)


#: Why a generated house style's spelling is held: it stands only in a document that reads as MT.
GENERATED_STYLE = "a generated house style's spelling, repaired only in machine translation"


def _by(patterns: Sequence[regex.Pattern[str]], edit: Edit) -> bool:
    """Did a rule whose id one of ``patterns`` finds make the edit (alone or composed with others)?"""
    return any(p.search(rule) for p in patterns for rule in _rules_of(edit))


def house_styles(edits: Sequence[Edit]) -> dict[int, str]:
    """The edits that mend a spelling only the transliteration table's style tier makes (``held_unless_mt``).

    "al-Ameri" for Hadi al-Amiri, "el-Hakim" for al-Hakim: outlets write them on purpose, MT by
    chance.  Such a repair stands only where the document reads as machine translation; the name
    matcher marks the same spelling beside the canonical one otherwise (``two_ways``), which is no
    house style and stands anywhere.
    """
    patterns = policy().held_unless_mt
    # an edit composed with another repair ("said.Al-Ameri": a glued sentence) is MT's at that very
    # spot, and dropping it would drop the other repair too: it stands
    return {
        i: GENERATED_STYLE
        for i, edit in enumerate(edits)
        if patterns and all(any(p.search(rule) for p in patterns) for rule in _rules_of(edit))
    }


def _quoted_as_written(source: str, edit: Edit) -> bool:
    """Is the edit a rewording (``quoted_as_written``) inside a direct quotation?"""
    return edit.category in policy().quoted_as_written and in_quotation(source, edit.start)


def _removes_spelling(edit: Edit) -> bool:
    """Is the edit a name's respelling composed with a removal of the text round it?

    Page furniture (a list of other stories' headlines) may hold a name the gazetteer spells
    otherwise; the composed edit takes the category of the respelling, but what it does is
    remove the lines, which no house style keeps.
    """
    return len(_rules_of(edit)) > 1 and not any(ch.isalnum() for ch in edit.replacement)


def mt_only(edits: Sequence[Edit]) -> frozenset[int]:
    """Indices of the name repairs whose spelling no house style writes (``mt_only_spellings``).

    Only where the repair changes nothing else: "Aldbeibah" to "Dbeibah" is the article set
    apart, but "AlDarajii" to "al-Zarqawi" is a guess at another name, as uncertain as any.
    """
    rules = policy()
    return frozenset(
        index
        for index, edit in enumerate(edits)
        if edit.category in rules.house_style_categories
        and any(p.fullmatch(edit.original) for p in rules.mt_only_spellings)
        and _without_article(edit.original) == _without_article(edit.replacement)
    )


def _without_article(name: str) -> str:
    """The name's letters, lower case, without an opening al- or el- however it is joined."""
    letters = "".join(ch for ch in name.casefold() if ch.isalpha())
    return letters[2:] if letters[:2] in ("al", "el") else letters


def _spelling_key(text: str) -> str:
    """A spelling with case, hyphens and spaces left out ("Al-Kazemi" and "al Kazemi" are one)."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def spelt_two_ways(edits: Sequence[Edit]) -> frozenset[tuple[str, str]]:
    """The names (rule and name mended to) the document spells in two ways or more: no house style.

    A house style spells a name one way throughout.  Where one rule mends two different
    spellings of one name ("al-Kazemi" and "Al-Kazimi") the writer had none, and the repairs
    stand even in a document that otherwise reads as professional English.  The name is
    the one mended to: one rule of the name and place matchers mends every person's or
    place's name, and "Taizz" beside "Al Dhale'e" is two names, each spelt one way.
    """
    seen: dict[tuple[str, str], set[str]] = {}
    for edit in edits:
        if edit.category in policy().house_style_categories:
            seen.setdefault(_name_mended(edit), set()).add(_spelling_key(edit.original))
    return frozenset(name for name, spellings in seen.items() if len(spellings) > 1)


def _name_mended(edit: Edit) -> tuple[str, str]:
    return edit.rule, _without_article(edit.replacement)


def heard(flags: Sequence[Flag], evidence: Evidence, source: str | None = None) -> list[Flag]:
    """The flags worth a person's time in a document with this evidence.

    In professional English a name spelt otherwise than the gazetteer spells it is the
    outlet's house style ("al-Ameri", "Qods Force", "Sadiqun Bloc"), not a doubt about
    the text: such findings (``house_style_categories``) are not raised there at all, nor
    a wording the region's own press writes (``regional_usage``: "a cable of congratulations"), nor
    words that are a body's name only in machine translation (``promoted_in_machine_translation``).  A
    house style is consistent, though: one name spelt two ways in one document
    (``inconsistency_rules``) is still worth a look.  Nor is a rewording inside a quotation
    (``quoted_as_written``, read in ``source``): the writer quotes the words as they were.
    """
    if evidence.verdict != PROFESSIONAL:
        return list(flags)
    rules = policy()
    heard_here = [f for f in flags if f.rule not in rules.regional_usage]  # the region's own press writes it so
    if source is not None:
        heard_here = [
            f for f in heard_here if f.category not in rules.quoted_as_written or not in_quotation(source, f.start)
        ]
    # words that name a body only in MT ("the extension movement") mean what they say in professional English
    heard_here = [f for f in heard_here if not any(p.search(f.rule) for p in rules.promoted_in_mt)]
    return [
        f for f in heard_here if f.category not in rules.house_style_categories or f.rule in rules.inconsistency_rules
    ]


def promoted(source: str, edits: list[Edit], flags: list[Flag], evidence: Evidence) -> tuple[list[Edit], list[Flag]]:
    """In machine translation, the suggestions of the ``promoted_in_machine_translation`` review rules applied.

    Such a rule finds words that are a repair only in MT ("the extension movement" for the
    Imtidad Movement, a body the document does not name); a review rule changes nothing
    while the stages run, so its fix cannot vouch for another rule's context, and is made
    here, once the document's evidence is known.  ``edits`` comes back as it was (the same
    list) when nothing is promoted; a flag over an edit, or over text a stage changed before the
    rule saw it, stays a flag, and one over an edit that made the same repair goes.
    """
    patterns = policy().promoted_in_mt
    if evidence.verdict != MACHINE_TRANSLATION or not patterns or not flags:
        return edits, flags
    taken: list[tuple[int, int]] = []
    made: list[Edit] = []
    kept: list[Flag] = []
    for flag in flags:
        suggestion, original = flag.detail.get("suggestion"), flag.detail.get("original", "")
        if suggestion is None or not any(p.search(flag.rule) for p in patterns):
            kept.append(flag)
            continue
        over = [e for e in edits if e.start < flag.end and flag.start < e.end]
        if any(e.replacement == suggestion for e in over):
            continue  # another rule made the same repair (the name in lower case where its country is named)
        if over or original != source[flag.start : flag.end] or any(a < flag.end and flag.start < b for a, b in taken):
            kept.append(flag)
            continue
        made.append(Edit(flag.start, flag.end, original, suggestion, flag.rule, flag.category, flag.message))
        taken.append((flag.start, flag.end))
    if not made:
        return edits, kept
    return sorted([*edits, *made], key=lambda e: (e.start, e.end)), kept
