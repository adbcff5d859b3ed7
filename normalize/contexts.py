"""Context conditions ("only in a document that mentions X"), judged for every rule in one pass.

A rule may require or exclude phrases (``context`` in a pack).  Rather than one regex
search per rule, all phrases go into one Aho-Corasick automaton, or one Hyperscan
database scanned once per document, and the phrases present decide every rule at
once.  ``fold`` is the case folding both this and the term matcher (``normalize.terms``) match on.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, cast

import ahocorasick

try:
    import hyperscan
except ImportError:  # pragma: no cover - exercised only where Hyperscan has no wheel
    hyperscan = None  # type: ignore[assignment]

from .dbcache import compile_database
from .quotes import GLOSS_OPENINGS, is_gloss
from .screen import ThreadScratch
from .text import at_word_boundaries, lower_in_place

if TYPE_CHECKING:
    from .kinds.base import Rule
    from .kinds.term import TermRule


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
        required = {p for requires, _ in self._conditions.values() for p in requires}
        renderings: dict[str, set[str]] = {}  # of the required phrases only: a gazetteer has thousands of variants
        for rule in rules:
            if rule.kind == "term":  # by name: the term kind's module imports this one
                term = cast("TermRule", rule)
                for variant in (*term.variants, *term.style_variants, *term.review_variants):
                    if (key := _phrase_key(variant)) in required:
                        renderings.setdefault(key, set()).add(term.canonical)
        self._verdicts_on_nothing = {rule_id: not requires for rule_id, (requires, _) in self._conditions.items()}
        self._requiring: dict[str, list[str]] = {}
        self._excluding: dict[str, list[str]] = {}
        for rule_id, (requires, excludes) in self._conditions.items():
            for phrase in requires:
                self._requiring.setdefault(phrase, []).append(rule_id)
            for phrase in excludes:
                self._excluding.setdefault(phrase, []).append(rule_id)
        # Each phrase's verdicts as a dict, so that ``_decide`` merges them with one ``update`` in C.
        self._switch_on = {phrase: dict.fromkeys(ids, True) for phrase, ids in self._requiring.items()}
        self._switch_off = {phrase: dict.fromkeys(ids, False) for phrase, ids in self._excluding.items()}
        #: Required phrases that are renderings, with the names they render (a gloss may follow the name).
        self._glossable = {p: tuple(sorted(renderings[p])) for p in required if p in renderings}
        phrases = {p for requires, excludes in self._conditions.values() for p in requires | excludes}
        self._automaton = ahocorasick.Automaton()
        for phrase in phrases:
            self._automaton.add_word(phrase, phrase)
        if phrases:
            self._automaton.make_automaton()
        self._phrases = sorted(phrases)
        # The scan takes the ASCII phrases (Hyperscan's case-folding is ASCII's); the few others
        # ("Electricité du Liban") are looked for by the automaton, in texts beyond ASCII only.
        self._scanned = [p for p in self._phrases if p.isascii()]
        self._quotable = sorted(p for p in self._glossable if p.isascii())
        self._beyond_ascii = {p for p in phrases if not p.isascii()}
        self._quotable_beyond_ascii = any(not p.isascii() for p in self._glossable)
        self._database = _phrase_database(self._scanned, self._quotable) if fast else None
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

    def holding(self, text: str, rule_ids: Iterable[str]) -> set[str]:
        """The rules among ``rule_ids`` whose condition holds in ``text``: ``verdicts`` for a few rules.

        A repaired document is asked only about the conditions its run read and found not to
        hold; deciding every rule's (a gazetteer has about a thousand) would be wasted.
        """
        asked = [rule_id for rule_id in rule_ids if rule_id in self._conditions]
        if not asked:
            return set()
        present, quoted = (
            self._present_fast(text) if self._database is not None else (self._present_many([text])[0], None)
        )
        glossed_only = self._glossed_only(text, present, quoted)
        required = present - glossed_only if glossed_only else present
        holds = set()
        for rule_id in asked:  # as ``_decide``: on if nothing is required or a required phrase is used; off if excluded
            requires, excludes = self._conditions[rule_id]
            if (not requires or not requires.isdisjoint(required)) and excludes.isdisjoint(present):
                holds.add(rule_id)
        return holds

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
        count = len(self._scanned)
        quoted: set[str] | None
        if found and max(found) >= count:
            quoted = {self._quotable[i - count] for i in found if i >= count}
            found = {i for i in found if i < count}
        else:
            quoted = set()
        candidates = {self._scanned[i] for i in found}
        if (not candidates and not self._beyond_ascii) or text.isascii() or _as_ascii(text):
            return candidates, quoted
        folded = fold(text)
        present = {phrase for phrase in candidates if _occurs_as_words(text, folded, phrase)}
        if self._beyond_ascii:
            beyond = {p for p in self._beyond_ascii if p in folded and _occurs_as_words(text, folded, p)}
            present |= beyond
            if beyond and self._quotable_beyond_ascii:
                quoted = None  # the scan saw no quote before these: whether they are glosses is not known
        return present, quoted

    def _decide(self, present: set[str], glossed_only: set[str]) -> dict[str, bool]:
        """Each rule's verdict: those of a document with none of the phrases, changed by the phrases present."""
        required = present - glossed_only if glossed_only else present
        verdicts = dict(self._verdicts_on_nothing)
        switch_on, switch_off = self._switch_on, self._switch_off
        for phrase in required:
            if phrase in switch_on:
                verdicts.update(switch_on[phrase])
        for phrase in present:
            if phrase in switch_off:
                verdicts.update(switch_off[phrase])
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
        return None  # the caller hands over the ASCII phrases only
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


def _phrase_bytes(phrase: str) -> bytes:
    """A phrase key as a Hyperscan pattern over UTF-8 bytes."""
    if phrase.isascii():
        return phrase.translate(_ASCII_PATTERNS).encode("ascii")
    return b"".join(_PHRASE_BYTES.get(c, _literal_byte(c)) for c in phrase)


def _literal_byte(character: str) -> bytes:
    """A character as a Hyperscan literal: ASCII letters and digits as they are, every other byte as \\xHH."""
    if character.isascii() and character.isalnum():
        return character.encode()
    return b"".join(b"\\x%02x" % byte for byte in character.encode("utf-8"))


_ASCII_RUNS = re.compile(r"[\x00-\x7f]+")


def _as_ascii(text: str) -> bool:
    """Does the scan's test agree with the exact one on ``text`` as on ASCII text?

    So it does when every character beyond ASCII is neither a letter nor a digit (an edge
    for both) and is its own lower case (the folded copy has it as it is): curly quotes,
    dashes and no-break spaces, which most news text has, but no other script.
    """
    return all(not c.isalnum() and c.lower() == c for c in set(_ASCII_RUNS.sub("", text)))


#: Each ASCII character's pattern, for ``str.translate``: a gazetteer's phrases run to tens of thousands of characters.
_ASCII_PATTERNS = {
    code: (_PHRASE_BYTES.get(chr(code)) or _literal_byte(chr(code))).decode("ascii") for code in range(128)
}


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


#: The key a variant is matched under, shared with the term matcher: a gazetteer's twenty thousand
#: variants are then folded once when a normalizer is built, not once for each index.
phrase_key = _phrase_key
