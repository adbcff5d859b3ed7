"""One matcher for every glossary term, whose cost does not grow with the glossary.

A loop of one regex per term costs a pass over the text per term.  Instead every
variant goes into one Hyperscan literal database (or, without Hyperscan, one
Aho-Corasick automaton from pyahocorasick), which finds all of them in a single pass
over a case-folded copy of the text; the few raw hits are then checked in Python for
word edges, case (for case-sensitive rules) and context.  Cost is one pass plus a
little per hit, whether the glossary has ten terms or ten thousand.
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

import ahocorasick
import regex

try:
    import hyperscan
except ImportError:  # pragma: no cover - exercised only where Hyperscan has no wheel
    hyperscan = None  # type: ignore[assignment]

from .dbcache import compile_database
from .guards import fit_possessive
from .lexicon import english
from .mentions import is_mention
from .model import Change
from .quotes import GLOSS_GAP, GLOSS_OPENINGS, OPENING_NEAR, in_quotation, is_gloss
from .screen import ThreadScratch
from .text import at_word_boundaries, is_word_char, lower_in_place
from .tiers import Review

if TYPE_CHECKING:
    from .kinds.base import Rule
    from .kinds.term import TermRule

#: Word lists and reaches from rules/language/english.yaml (section ``terms``), which says what each is for.
_TERMS = english().terms
_ARTICLES = _TERMS.articles
#: After a dropped-article name, these nouns need the article back: "the Ansar Allah movement".
_DESCRIPTOR_NOUNS = _TERMS.descriptor_nouns
_PREVIOUS_WORD = regex.compile(r"(\w+)\s+$")
_NEXT_WORD = regex.compile(r"\s+(\w+)")


@functools.lru_cache(maxsize=8)
def fold(text: str) -> str:
    """Lower-case, apostrophe- and whitespace-folded copy with the same length as ``text``.

    Offsets in the copy are offsets in the text (``lower_in_place``).  The last
    few results are kept: the context conditions and the term matcher fold the
    same document one after the other.
    """
    lowered = lower_in_place(text)
    # Same-length folding: curly apostrophe to straight, line breaks and tabs to spaces.
    return lowered.replace("’", "'").replace("\n", " ").replace("\r", " ").replace("\t", " ")


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


class ContextIndex:
    """Judges every rule's context condition in one pass over the document.

    Each condition lists phrases ("requires any of", "excludes all of"); instead of
    one regex search per rule, all phrases go into one automaton and the phrases
    present (as whole words, case-insensitively) decide every rule at once.

    With Hyperscan (``fast=True``), each document is scanned once for all phrases and
    each phrase is reported only once per document, however often it occurs: news
    text names "Iraq" a dozen times, and each hit of the automaton costs a turn of a
    Python loop.  The verdicts are the same (see ``_present_fast``).

    A required phrase that is itself a term's literal rendering ("popular crowd")
    says the text is machine-translated only where it is used as a name: an
    explainer that writes 'sometimes rendered "popular crowd"' (a gloss, see
    ``is_gloss``) has not switched the condition on.  An excluding phrase counts
    wherever it occurs, which can only mean fewer edits.
    """

    def __init__(self, rules: Sequence[Rule], fast: bool = True) -> None:
        self._conditions = {
            r.id: (frozenset(map(_phrase_key, r.context.requires)), frozenset(map(_phrase_key, r.context.excludes)))
            for r in rules
            if r.context.requires or r.context.excludes
        }
        renderings: dict[str, set[str]] = {}
        for rule in rules:
            if rule.kind == "term":  # by name: the term kind's module imports this one
                term = cast("TermRule", rule)
                for variant in (*term.variants, *term.style_variants, *term.review_variants):
                    renderings.setdefault(_phrase_key(variant), set()).add(term.canonical)
        required = {p for requires, _ in self._conditions.values() for p in requires}
        self._verdicts_on_nothing = {rule_id: not requires for rule_id, (requires, _) in self._conditions.items()}
        self._requiring: dict[str, list[str]] = {}
        self._excluding: dict[str, list[str]] = {}
        for rule_id, (requires, excludes) in self._conditions.items():
            for phrase in requires:
                self._requiring.setdefault(phrase, []).append(rule_id)
            for phrase in excludes:
                self._excluding.setdefault(phrase, []).append(rule_id)
        #: Required phrases that are renderings, with the names they render (a gloss may follow the name).
        self._glossable = {p: tuple(sorted(renderings[p])) for p in required if p in renderings}
        phrases = {p for requires, excludes in self._conditions.values() for p in requires | excludes}
        self._automaton = ahocorasick.Automaton()
        for phrase in phrases:
            self._automaton.add_word(phrase, phrase)
        if phrases:
            self._automaton.make_automaton()
        self._phrases = sorted(phrases)
        self._quotable = sorted(self._glossable)
        self._database = _phrase_database(self._phrases, self._quotable) if fast else None
        self._scratch = ThreadScratch(self._database) if self._database is not None else None

    def verdicts(self, text: str) -> dict[str, bool]:
        """Rule id → whether its condition holds in ``text`` (rules without one are absent)."""
        return self.verdicts_many([text])[0]

    @property
    def phrases(self) -> list[str]:
        """Every phrase some condition requires or excludes, case-folded and sorted."""
        return list(self._phrases)

    @property
    def scans(self) -> bool:
        """True: one Hyperscan scan finds the phrases; False: the Aho-Corasick automaton does."""
        return self._database is not None

    def phrases_in(self, text: str, scan: bool) -> set[str]:
        """The phrases present in ``text``, found by the scan (``scan``, needs ``scans``) or the automaton.

        The two must agree; the tests check that they do.
        """
        return self._present_fast(text)[0] if scan else self._present_many([text])[0]

    def verdicts_of_pieces(self, pieces: Iterable[str]) -> dict[str, bool]:
        """``verdicts`` of the text the pieces make up, judged piece by piece (a file too large to hold).

        A phrase is present if some piece has it; a rendering counts as a gloss only
        if it is one in every piece that has it.  The pieces are cut at paragraph
        breaks, which no phrase crosses.
        """
        present: set[str] = set()
        used_as_name: set[str] = set()
        for piece in pieces:
            if not self._conditions:
                continue
            found, quoted = (
                self._present_fast(piece) if self._database is not None else (self._present_many([piece])[0], None)
            )
            present |= found
            used_as_name |= found - self._glossed_only(piece, found, quoted)
        return self._decide(present, present - used_as_name) if self._conditions else {}

    def verdicts_many(self, texts: Sequence[str]) -> list[dict[str, bool]]:
        """``verdicts`` for each text."""
        if not self._conditions:
            return [{} for _ in texts]
        if self._database is not None:
            found = [self._present_fast(text) for text in texts]
        else:
            found = [(present, None) for present in self._present_many(texts)]
        return [
            self._decide(present, self._glossed_only(text, present, quoted))
            for text, (present, quoted) in zip(texts, found, strict=True)
        ]

    def _glossed_only(self, text: str, present: set[str], quoted: set[str] | None) -> set[str]:
        """The present renderings that occur in ``text`` only as glosses of a name.

        ``quoted`` are the renderings seen right after a quote or bracket (None: not
        known); only those can be glosses everywhere they occur.
        """
        if quoted is not None and not quoted:  # the scan saw no rendering after a quote or bracket
            return set()
        candidates = [p for p in present if p in self._glossable and (quoted is None or p in quoted)]
        if not candidates:
            return set()
        folded = fold(text)
        return {p for p in candidates if not _occurs_outside_gloss(text, folded, p, self._glossable[p])}

    def _present_many(self, texts: Sequence[str]) -> list[set[str]]:
        """The phrases present in each text, from one automaton pass over all of them joined by blank lines.

        A phrase is whole words with single spaces between them, so no match can run
        across the blank line between two texts.
        """
        joined = "\n\n".join(texts)
        starts = list(itertools.accumulate((len(t) + 2 for t in texts[:-1]), initial=0))
        present: list[set[str]] = [set() for _ in texts]
        for end_index, phrase in self._automaton.iter(fold(joined)):
            start = end_index + 1 - len(phrase)
            found = present[bisect.bisect_right(starts, start) - 1]
            if phrase not in found and at_word_boundaries(joined, start, end_index + 1):
                found.add(phrase)
        return present

    def _present_fast(self, text: str) -> tuple[set[str], set[str] | None]:
        """The phrases present in ``text``, as ``_present_many`` finds them, from one Hyperscan scan.

        Also the renderings the scan saw right after a quote or bracket (a superset of
        those that stand there), or None where the automaton was used.

        The scan's word edges are ASCII ones: any character beyond ASCII counts as an
        edge, so it reports every phrase the exact test can find, and in an ASCII text
        exactly those.  In any other text each phrase it reports is checked with the
        exact test, occurrence by occurrence until one stands as whole words.  A text
        with a character that lower-cases to ASCII (the Kelvin sign) takes the
        automaton: Hyperscan's ASCII case-folding would not see a "k" in it.
        """
        if FOLDS_TO_ASCII in text:
            return self._present_many([text])[0], None
        assert self._database is not None and self._scratch is not None
        found: set[int] = set()
        self._database.scan(
            b"\n" + text.encode("utf-8", "surrogatepass") + b"\n",  # an edge on either side, as the patterns need
            match_event_handler=lambda phrase_id, start, end, flags, context: found.add(phrase_id),
            scratch=self._scratch.get(),
        )
        count = len(self._phrases)
        if found and max(found) >= count:
            quoted = {self._quotable[i - count] for i in found if i >= count}
            found = {i for i in found if i < count}
        else:
            quoted = set()
        candidates = {self._phrases[i] for i in found}
        if not candidates or text.isascii():
            return candidates, quoted
        folded = fold(text)
        return {phrase for phrase in candidates if _occurs_as_words(text, folded, phrase)}, quoted

    def _decide(self, present: set[str], glossed_only: set[str]) -> dict[str, bool]:
        """Each rule's verdict: those of a document with none of the phrases, changed by the phrases present."""
        required = present - glossed_only if glossed_only else present
        verdicts = dict(self._verdicts_on_nothing)
        verdicts.update((rule_id, True) for phrase in required for rule_id in self._requiring.get(phrase, ()))
        verdicts.update((rule_id, False) for phrase in present for rule_id in self._excluding.get(phrase, ()))
        return verdicts


#: The only character beyond ASCII whose lower case is ASCII ("K" KELVIN SIGN lower-cases to "k").
FOLDS_TO_ASCII = "\u212a"
#: Any byte but an ASCII letter, digit or "_": the scan counts every character beyond ASCII as a word edge.
_EDGE = rb"[^A-Za-z0-9_]"
#: A phrase key's apostrophe stands for either apostrophe, its space for any white space ``fold`` makes a space.
_PHRASE_BYTES = {"'": b"(?:'|\\xe2\\x80\\x99)", " ": rb"[ \t\r\n]"}


def _phrase_database(phrases: Sequence[str], quotable: Sequence[str] = ()) -> Any:
    """A Hyperscan database reporting each phrase (as whole ASCII words) once per scan, or None.

    It works on UTF-8 bytes rather than characters, which Hyperscan compiles several
    times faster; a byte beyond ASCII then is an edge, as a character beyond ASCII
    would be.  Only ASCII phrases are built this way: Hyperscan's case-insensitive
    matching is ASCII's.  After the phrases (ids from ``len(phrases)`` on) come the
    ``quotable`` ones right after an opening quote or bracket, where a gloss starts.
    """
    if hyperscan is None or not phrases or not all(p.isascii() for p in phrases):
        return None
    # An edge on either side is cheaper to compile than (?:^|edge); the scan adds the edges.
    expressions = [_EDGE + _phrase_bytes(phrase) + _EDGE for phrase in phrases]
    opening = b"(?:" + b"|".join(map(_literal_byte, GLOSS_OPENINGS)) + b")"
    for phrase in quotable:
        expressions.append(opening + rb"[ \t\r\n]*(?:the[ \t\r\n]+)?" + _phrase_bytes(phrase) + _EDGE)
    flags = hyperscan.HS_FLAG_CASELESS | hyperscan.HS_FLAG_SINGLEMATCH
    count = len(expressions)
    try:
        return compile_database(expressions, range(count), [flags] * count)
    except hyperscan.error:  # pragma: no cover - every ASCII phrase compiles; the automaton is the fallback
        return None


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


def _phrase_bytes(phrase: str) -> bytes:
    """A phrase key as a Hyperscan pattern over UTF-8 bytes."""
    return b"".join(_PHRASE_BYTES.get(c, _literal_byte(c)) for c in phrase)


def _literal_byte(character: str) -> bytes:
    """A character as a Hyperscan literal: ASCII letters and digits as they are, every other byte as \\xHH."""
    if character.isascii() and character.isalnum():
        return character.encode()
    return b"".join(b"\\x%02x" % byte for byte in character.encode("utf-8"))


def _word_occurrences(text: str, folded: str, phrase: str) -> Iterator[int]:
    """Where ``phrase`` occurs in ``folded`` (the folded ``text``) with word edges in ``text``, lazily."""
    start = folded.find(phrase)
    while start != -1:
        if at_word_boundaries(text, start, start + len(phrase)):
            yield start
        start = folded.find(phrase, start + 1)


def _occurs_as_words(text: str, folded: str, phrase: str) -> bool:
    return next(_word_occurrences(text, folded, phrase), None) is not None


def _occurs_outside_gloss(text: str, folded: str, phrase: str, names: Sequence[str]) -> bool:
    """Does ``phrase`` occur as whole words somewhere in ``text`` other than as a gloss of one of ``names``?"""
    return any(
        not any(is_gloss(text, start, name) for name in names) for start in _word_occurrences(text, folded, phrase)
    )


@functools.lru_cache(maxsize=1 << 16)
def _phrase_key(phrase: str) -> str:
    """A phrase as it is matched (kept: a gazetteer's rules share their context phrases by the hundred)."""
    return fold(" ".join(phrase.replace("’", "'").split()))


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
                    entries.setdefault(fold(raw), []).append(_Variant(rule, raw, tier))
        self._size = sum(len(v) for v in entries.values())
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
        for start, end, variant in hits:
            if start < last_end:
                continue
            last_end = end  # a gloss keeps its span too: no shorter variant inside it is changed either
            # Most hits have no quote or bracket just before them: no gloss, and one search in C tells.
            near = OPENING_NEAR.search(text, max(0, start - GLOSS_GAP), start)
            if near is not None and is_gloss(text, start, variant.rule.canonical):
                continue
            if variant.rule.outside_quotes and in_quotation(text, start):
                continue
            if is_mention(text, start, end):
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
            if variant.rule.case_sensitive and " ".join(normalized.split()) != variant.raw:
                continue
            return variant
        return None

    @staticmethod
    def _change(text: str, start: int, end: int, variant: _Variant) -> Change:
        rule = variant.rule
        if rule.drop_article:
            following = _NEXT_WORD.match(text, end)
            followed_by_noun = following is not None and following.group(1).casefold() in _DESCRIPTOR_NOUNS
            previous = _PREVIOUS_WORD.search(text, max(0, start - 12), start)
            if not followed_by_noun and previous is not None and previous.group(1).casefold() in _ARTICLES:
                before = text[previous.start() - 1] if previous.start() > 0 else " "
                if not (is_word_char(before) or before in "-'’"):
                    start = previous.start()
        end, replacement = fit_possessive(text, start, end, fit_case(rule.canonical, text[start:end]))
        return Change(start, end, replacement, rule.id, rule.category, rule.message)
