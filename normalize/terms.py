"""One matcher for every glossary term, whose cost does not grow with the glossary.

A loop of one regex per term costs a pass over the text per term.  Instead every
variant goes into one Hyperscan literal database (or, without Hyperscan, one
Aho-Corasick automaton from pyahocorasick), which finds all of them in a single pass
over a case-folded copy of the text; the few raw hits are then checked in Python for
word edges, case (for case-sensitive rules) and context.  Cost is one pass plus a
little per hit, whether the glossary has ten terms or ten thousand.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import ahocorasick

try:
    import hyperscan
except ImportError:  # pragma: no cover - exercised only where Hyperscan has no wheel
    hyperscan = None  # type: ignore[assignment]

from .articles import with_agreeing_article, without_article
from .contexts import ContextIndex, fold, phrase_key
from .dbcache import compile_database
from .glosses import across_a_field_line, is_reference_gloss
from .guards import fit_possessive
from .mentions import is_mention
from .model import Change
from .quotes import OPENING_NEAR, gloss_gap, glossed_earlier, in_quotation, is_gloss
from .regions import before_a_region, beside_a_place_cue
from .screen import ThreadScratch
from .text import is_word_char
from .tiers import Review

if TYPE_CHECKING:
    from .kinds.term import TermRule


def fit_case(canonical: str, matched: str) -> str:
    """Give the canonical form the capitalisation the sentence needs.

    A canonical name keeps its own capitals ("Popular Mobilization Forces" even
    where MT wrote "popular crowd"), but a lower-case canonical ("al-Kadhimi")
    takes a capital where the matched text had one, e.g. at a sentence start,
    and an all-capitals headline stays in capitals.
    """
    # ``isupper`` (in C) is true whenever every cased letter is an upper-case one, so only then
    # are the letters looked at one by one: at least two must have a case ("ʿ" in "SHAʿBI" has none).
    if matched.isupper():
        letters = [c for c in matched if c.lower() != c.upper()]
        if len(letters) > 1 and all(c.isupper() for c in letters):
            return canonical.upper()
    if matched[:1].isupper() and canonical[:1].islower():
        return canonical[:1].upper() + canonical[1:]
    return canonical


def _literal_database(keys: Sequence[str]) -> Any:
    """A Hyperscan database of the keys as literals (every occurrence reported), or None without Hyperscan.

    Literal mode compiles 20,000 keys in about half a second, and the defaults'
    few hundred in a few milliseconds.
    """
    if hyperscan is None or not keys:
        return None
    try:
        return compile_database(
            [key.encode("utf-8", "surrogatepass") for key in keys], range(len(keys)), 0, literal=True
        )
    except hyperscan.error:  # pragma: no cover - any non-empty literal compiles; the automaton is the fallback
        return None


@dataclass(frozen=True)
class _Variant:
    rule: TermRule
    raw: str
    tier: str = "error"


class TermMatcher:
    """Finds every variant of every term rule in one pass.

    With Hyperscan (``fast=True``) the pass is a scan for all keys as literals;
    otherwise, or for a pack Hyperscan cannot take, the Aho-Corasick automaton walks
    the text.  Both find the same occurrences (see ``_occurrences``).
    """

    def __init__(self, rules: Sequence[TermRule], fast: bool = True) -> None:
        self._rules = rules
        self._context_index: ContextIndex | None = None  # built on a direct call's first use; the pipeline has its own
        entries: dict[str, list[_Variant]] = {}
        for rule in rules:
            for tier, listed in (
                ("error", rule.variants),
                ("style", rule.style_variants),
                ("review", rule.review_variants),
            ):
                for variant in listed:
                    raw = " ".join(variant.replace("’", "'").split())
                    # fold(raw) as the context index keys the same variants: computed once for both
                    entries.setdefault(phrase_key(variant), []).append(_Variant(rule, raw, tier))
        self._size = sum(len(v) for v in entries.values())
        self._names = _names_by_canonical(rules)
        self._keys = [(key, tuple(variants)) for key, variants in entries.items()]
        self._database = _literal_database([key for key, _ in self._keys]) if fast else None
        self._scratch = ThreadScratch(self._database) if self._database is not None else None
        # The automaton only where there is no database: for 10,000 terms it is 20,000 more objects.
        self._automaton = ahocorasick.Automaton()
        if self._database is None and entries:
            for key, variants in self._keys:
                self._automaton.add_word(key, (len(key), variants))
            self._automaton.make_automaton()

    def __len__(self) -> int:
        return self._size

    def __reduce__(self) -> tuple[object, ...]:
        raise TypeError("TermMatcher is rebuilt from rules, not pickled")

    @property
    def scans(self) -> bool:
        """True: one Hyperscan literal scan finds the variants; False: the Aho-Corasick automaton does."""
        return self._database is not None

    @property
    def keys(self) -> list[str]:
        """Every variant as matched: case-folded, white space as single spaces."""
        return [key for key, _ in self._keys]

    def occurrences(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, variant) of every variant found in ``text``, word edges not yet checked, sorted."""
        return sorted((s, e, v[0].raw) for s, e, v in self._occurrences(fold(text)))

    def find(
        self, text: str, active: dict[str, bool] | None = None, review: list[Review] | None = None
    ) -> list[Change]:
        """Changes for every non-overlapping term occurrence, leftmost and then longest first.

        ``active`` gives the verdict of each rule's context condition, when the caller
        has already evaluated them for the document; otherwise they are evaluated here.
        Review-tier variants are never changed: they go into ``review`` (when given), to
        be flagged with the canonical name as the suggested fix.  Style-tier variants are
        changed like errors; whether such a change stands is the document's evidence's
        call (``normalize.evidence``).
        """
        if not self._size:
            return []
        if active is None:
            if self._context_index is None:
                self._context_index = ContextIndex(self._rules, fast=False)
            active = self._context_index.verdicts(text)
        folded = fold(text)
        hits: list[tuple[int, int, _Variant]] = []
        for start, end, variants in self._occurrences(folded):
            if not self._at_word_edges(text, start, end):
                continue
            variant = self._choose(text[start:end], variants, active)
            if variant is not None:
                hits.append((start, end, variant))
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        changes: list[Change] = []
        last_end = -1
        gap = gloss_gap()
        bracket = text.find("(")  # a name glossed in brackets earlier licenses its rendering later
        for start, end, variant in hits:
            if start < last_end or across_a_field_line(text, start, end):  # words on two lines are two things
                continue
            last_end = end  # a gloss keeps its span too: no shorter variant inside it is changed either
            # Most hits have no quote or bracket just before them: no gloss, and one search in C tells.
            near = OPENING_NEAR.search(text, max(0, start - gap), start)
            if near is not None and any(is_gloss(text, start, name) for name in self._names[variant.rule.canonical]):
                continue
            if -1 < bracket < start and glossed_earlier(text, start, end, self._names[variant.rule.canonical]):
                continue
            if is_reference_gloss(text, start, end, self._names[variant.rule.canonical]):
                continue
            if variant.rule.outside_quotes and in_quotation(text, start):
                continue
            if variant.rule.region_heads and before_a_region(text, end, variant.rule.region_heads):
                continue
            rule = variant.rule
            if rule.place_cues_before and not beside_a_place_cue(
                text, start, end, rule.place_cues_before, rule.place_cues_after
            ):
                continue
            if is_mention(text, start, end, variant.rule.canonical):
                continue
            change = self._change(text, start, end, variant)
            if variant.tier != "review":
                changes.append(change)
            elif review is not None:
                review.append(Review(change.start, change.end, variant.rule, change.replacement))
        return changes

    def _occurrences(self, folded: str) -> Iterator[tuple[int, int, tuple[_Variant, ...]]]:
        """Every occurrence (start, end, variants) of every variant key in ``folded``, overlapping ones too.

        With Hyperscan, one scan of the folded text's UTF-8 bytes reports them all; the
        automaton's walk is as much work in C but is driven from Python step by step,
        and Hyperscan's literal matcher skips through text with no key in it.  The
        folded text and the keys are both lower-cased, so the byte match is exact
        (UTF-8 never matches a whole character inside another).  Offsets come back in
        bytes: in an ASCII text they are character offsets, in any other the bytes up to
        each end are decoded once to count its characters.
        """
        if self._database is None:
            for end_index, (length, variants) in self._automaton.iter(folded):
                yield end_index + 1 - length, end_index + 1, variants
            return
        assert self._scratch is not None
        data = folded.encode("utf-8", "surrogatepass")
        found: list[tuple[int, int]] = []
        self._database.scan(
            data,
            match_event_handler=lambda key_id, start, end, flags, context: found.append((end, key_id)),
            scratch=self._scratch.get(),
        )
        found.sort()
        ascii_only = len(data) == len(folded)
        byte_end = char_end = 0
        for end, key_id in found:
            if not ascii_only and end != byte_end:
                char_end += len(data[byte_end:end].decode("utf-8", "surrogatepass"))
                byte_end = end
            key, variants = self._keys[key_id]
            stop = end if ascii_only else char_end
            yield stop - len(key), stop, variants

    @staticmethod
    def _at_word_edges(text: str, start: int, end: int) -> bool:
        """A variant must stand as whole words: "Hashd" is not matched inside "al-Hashd"."""
        if start > 0:
            before = text[start - 1]
            if is_word_char(before) or before in "-'’":
                return False
        if end < len(text):
            after = text[end]
            if is_word_char(after) or (after == "-" and end + 1 < len(text) and is_word_char(text[end + 1])):
                return False
        return True

    @staticmethod
    def _choose(matched: str, variants: tuple[_Variant, ...], active: dict[str, bool]) -> _Variant | None:
        normalized = matched.replace("’", "'")
        for variant in variants:
            if not active.get(variant.rule.id, True):
                continue
            if variant.rule.case_sensitive and not _same_case(" ".join(normalized.split()), variant.raw):
                continue
            return variant
        return None

    @staticmethod
    def _change(text: str, start: int, end: int, variant: _Variant) -> Change:
        rule = variant.rule
        if rule.drop_article:
            start = without_article(text, start, end)
        end, replacement = fit_possessive(text, start, end, fit_case(rule.canonical, text[start:end]))
        start, replacement = with_agreeing_article(text, start, end, replacement)
        return Change(start, end, replacement, rule.id, rule.category, rule.message)


def _same_case(matched: str, variant: str) -> bool:
    """Whether a case-sensitive variant matched: as written, or opening a sentence with its article
    ("The International Emergency Forces said" is the variant "the International Emergency Forces")."""
    return matched == variant or (variant.startswith("the ") and matched == "T" + variant[1:])


def _names_by_canonical(rules: Sequence[TermRule]) -> dict[str, tuple[str, ...]]:
    """The names a text may gloss a canonical name under: itself and the house styles' of every rule for it.

    A calque rule of the gazetteer ("Party of God") has no house styles of its own; the glossary's
    rule for the same name has them ("Hizballah"), and 'Hizballah ("Party of God")' is a gloss.
    """
    names: dict[str, dict[str, None]] = {}
    for rule in rules:
        names.setdefault(rule.canonical, {rule.canonical: None}).update(dict.fromkeys(rule.style_variants))
    return {canonical: tuple(spellings) for canonical, spellings in names.items()}
