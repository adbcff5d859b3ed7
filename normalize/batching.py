"""Which documents ``Normalizer.normalize_many`` may join, and each one's context verdicts in the join.

Joining documents pays only if most of a window's documents go into one text.  Context
conditions ("only in a document that mentions Iraq") are judged per document, and a
gazetteer's hundred-odd conditions make almost every document's verdicts differ from
the next one's.  Most of those conditions are term rules', though, and a term rule's
verdict is only read where one of its variants stands: the term kind looks each
document of a join up in its own verdicts (``JoinedVerdicts.documents``), so those
conditions need not agree.  The other kinds read a verdict for the whole text, so the
documents of a join must agree on every other condition (``group``).

Whether that holds is checked, not assumed: ``JoinedVerdicts`` notes it when a verdict the
documents disagree on is read for the whole text, and such a join is not used (``held``);
its documents are normalized again in groups that agree on everything, as before.

Two more things a join keeps: what each document's run read of the conditions that do not
hold (``watched``: a document whose repairs switch one on is run again only if it was
read), and the screen's matches of each joined document (``Pieces``: one scan per
document while it stays unchanged).

A window of documents is normalized with the objects that exist before it kept out of
the cyclic garbage collector's passes (``frozen_heap``).
"""

from __future__ import annotations

import bisect
import contextlib
import gc
import itertools
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import cast

from .protect import Protected, find_protected
from .rounds import SEPARATOR, Titles, documents
from .screen import Pieces, Span

#: Paragraphs of one document, joined for another round of the stages, are joined by this.
JOINT = "\n\n"


class _Disputed:
    """The verdict of a rule the joined documents disagree on, in the mapping that stands for all of them.

    Any kind that reads it for the whole text tests its truth, and that is noted: the join
    is then not used (``JoinedVerdicts.held``).  Until then it reads as the first
    document's verdict, so the run goes on as it would have.
    """

    __slots__ = ("_read", "first", "rule")

    def __init__(self, rule: str, first: bool, read: set[str]) -> None:
        self.rule = rule
        self.first = first
        self._read = read

    def __bool__(self) -> bool:
        self._read.add(self.rule)
        return self.first

    def __repr__(self) -> str:
        return f"<disputed {self.rule}>"


class _Off:
    """A condition that does not hold, which notes being read in the set ``reading`` names (``watched``).

    One per rule id, shared by every document: a document's verdicts are a plain dict of
    these and ``False``-less bools, built in one pass, and the set to note reads in is
    the one of the document being run.
    """

    __slots__ = ("rule",)

    def __init__(self, rule: str) -> None:
        self.rule = rule

    def __bool__(self) -> bool:
        read = _reading.read
        if read is not None:
            read.add(self.rule)
        return False

    def __repr__(self) -> str:
        return f"<off {self.rule}>"


class _Reading(threading.local):
    read: set[str] | None = None


_reading = _Reading()
_OFF: dict[str, _Off] = {}


@contextlib.contextmanager
def reading(read: set[str] | None) -> Iterator[None]:
    """Note in ``read`` the conditions that do not hold that are read meanwhile (in this thread)."""
    before = _reading.read
    _reading.read = read
    try:
        yield
    finally:
        _reading.read = before


def watched(verdicts: dict[str, bool]) -> dict[str, bool]:
    """``verdicts`` whose conditions that do not hold note it when a kind reads them (see ``reading``).

    A run that never read a condition would have gone the same way had it held: a
    document whose repairs switch such a condition on (``Normalizer._with_settled_contexts``)
    need not be normalized again for it.  Conditions that hold are left as they are; a
    condition only ever switches on.
    """
    keys = tuple(verdicts)
    last_keys, all_off = _all_off
    if keys != last_keys:
        all_off = _stand_ins(keys)
    # Every rule's stand-in, then the conditions that hold over them (in place, so the order
    # stays that of ``verdicts``): two passes in C where a comprehension is one in Python.
    result = all_off.copy()
    result.update(itertools.compress(verdicts.items(), verdicts.values()))
    return result


def _stand_ins(keys: tuple[str, ...]) -> dict[str, bool]:
    """Each rule's stand-in (``_Off``), in the order of ``keys``, with one made for a rule not seen before.

    Every document of a run has verdicts for the same rules in the same order, so the
    mapping is kept (with its rules, in one tuple that threads swap whole) for the next.
    """
    global _all_off
    _OFF.update((rule, _Off(rule)) for rule in set(keys) - _OFF.keys())
    all_off = {rule: cast(bool, _OFF[rule]) for rule in keys}
    _all_off = (keys, all_off)
    return all_off


_all_off: tuple[tuple[str, ...], dict[str, bool]] = ((), {})


@dataclass
class Reads:
    """What a run of joined documents read of their verdicts."""

    #: Rules the documents disagree on, read for the whole text: the join is not used.
    disputed: set[str] = field(default_factory=set)
    #: Conditions that do not hold, read for the whole text: read for every document.
    shared: set[str] = field(default_factory=set)
    #: Conditions that do not hold, read in each document's own lookups.
    own: list[set[str]] = field(default_factory=list)

    def of(self, document: int) -> set[str]:
        """The conditions that do not hold that were read for this document."""
        return self.shared | self.own[document]


class JoinedVerdicts(dict[str, bool]):
    """The verdicts for a text of joined documents (``SEPARATOR`` between them).

    As a mapping it holds the verdicts the documents share, and for each rule they
    disagree on a stand-in (``_Disputed``) that notes being read; ``documents`` holds each
    document's own verdicts, in order, for the kinds that look them up document by
    document.  The mapping is a plain dict to its readers: the kinds ask it about every
    rule they hold, thousands of times a text, and a Python method in the way would cost
    more than the join saves.  Whatever is read of a condition that does not hold is
    noted in ``reads`` (``watched``).
    """

    def __init__(
        self,
        per_document: Sequence[dict[str, bool]],
        reads: Reads | None = None,
        which: Sequence[int] | None = None,
        among: Iterable[str] | None = None,
        documents: list[dict[str, bool]] | None = None,
    ) -> None:
        """``which``: each document's index in ``reads.own``; ``among``: the only rules they may disagree on;
        ``documents``: their ``watched`` verdicts, if made already."""
        self.verdicts = list(per_document)
        self.which = list(range(len(self.verdicts))) if which is None else list(which)
        self.reads = Reads(own=[set() for _ in self.verdicts]) if reads is None else reads
        self.documents = [watched(v) for v in self.verdicts] if documents is None else documents
        #: The screen's matches of each document of the texts made of them (``Screen.scan``).
        self.pieces = Pieces(SEPARATOR)
        first = self.verdicts[0] if self.verdicts else {}
        super().__init__(watched(first))
        differ = _differing(first, self.verdicts)
        self.disputed = [rule for rule in (first if among is None else among) if rule in differ]
        #: ``disputed`` as a set, for the kinds that ask about each rule they hold.
        self.disputed_set = frozenset(self.disputed)
        for rule in self.disputed:
            self[rule] = cast(bool, _Disputed(rule, first[rule], self.reads.disputed))

    @property
    def held(self) -> bool:
        """Did no kind read, for the whole text, a verdict the documents disagree on?"""
        return not self.reads.disputed

    def of(self, which: Iterable[int]) -> JoinedVerdicts:
        """The verdicts for a text made of these documents (by index), noting reads in the same ``reads``."""
        chosen = list(which)
        verdicts, documents = [self.verdicts[k] for k in chosen], [self.documents[k] for k in chosen]
        joined = JoinedVerdicts(verdicts, self.reads, [self.which[k] for k in chosen], self.disputed, documents)
        joined.pieces = self.pieces
        return joined

    def own_reads(self, document: int) -> set[str]:
        """Where this document's own lookups note the conditions that do not hold that they read."""
        return self.reads.own[self.which[document]]

    def blind(self) -> JoinedVerdicts:
        """The verdicts for a text whose documents cannot be told apart: every read goes through the mapping."""
        joined = JoinedVerdicts([], self.reads)
        joined.update(self)
        return joined


def _differing(first: dict[str, bool], verdicts: Sequence[dict[str, bool]]) -> set[str]:
    """The rules of ``first`` on which some of ``verdicts`` has another verdict, or none.

    Set operations in C on the rules each document holds on, rather than a Python test
    per rule and document: a run joins dozens of documents with hundreds of rules each.
    """
    rules = tuple(first)
    held: set[str] | None = None
    differ: set[str] = set()
    # Verdicts for the same rules in the same order (the usual case) are compared as bit strings, one
    # bit a rule: a document's verdicts are one C call to make and one XOR to compare, not a set.
    first_bits = _bits(first)
    flipped = 0
    for other in verdicts:
        if other is first:
            continue
        if tuple(other) == rules:
            flipped |= first_bits ^ _bits(other)
            continue
        if held is None:
            held = set(itertools.compress(first, first.values()))
        differ |= first.keys() - other.keys()  # a rule a document has no verdict on
        differ |= held.symmetric_difference(itertools.compress(other, other.values()))
    if flipped:
        differ.update(itertools.compress(rules, flipped.to_bytes(len(rules), "big")))
    return differ & first.keys()


def _bits(verdicts: dict[str, bool]) -> int:
    """The verdicts' truth, a byte each in the rules' order, as one integer.

    Plain bools (as ``ContextIndex`` gives them) go to bytes in one call; any other value
    (a stand-in that notes being read) is asked for its truth as ``bool`` would ask it.
    """
    try:
        truth = bytes(verdicts.values()).translate(_TRUTH)
    except (TypeError, ValueError):
        truth = bytes(map(bool, verdicts.values()))
    return int.from_bytes(truth, "big")


#: ``bytes.translate`` table: a zero byte stays 0, any other becomes 1.
_TRUTH = bytes([0] + [1] * 255)


def switched_on(active: dict[str, bool], seen: dict[str, bool]) -> set[str]:
    """The conditions of ``active`` that do not hold there and hold in ``seen`` (set operations, in C)."""
    held = set(itertools.compress(active, active.values()))
    return (set(itertools.compress(seen, seen.values())) - held) & active.keys()


def pieces_of(active: dict[str, bool]) -> Pieces | None:
    """For a text of joined documents, where the screen keeps each document's matches; else None.

    Only such a text is cut at ``SEPARATOR``: a document that holds one is never joined.
    """
    return active.pieces if isinstance(active, JoinedVerdicts) else None


def protected_spans(text: str, titles: Titles) -> list[Protected]:
    """``find_protected`` of ``text``; for joined documents (``Titles.DOCUMENTS``), of each document alone.

    A joined text has the needs of most entries somewhere, so every entry's pattern would
    search all of it; a document alone has few, and only its entries search it.  A span
    can then not run across a joint, which in the whole text would only make the
    documents go alone, where each gets its own spans: these.
    """
    if titles is not Titles.DOCUMENTS:
        return find_protected(text)
    found: list[Protected] = []
    for start, end in documents(text, titles):
        found.extend(p.moved(start) if start else p for p in find_protected(text[start:end]))
    return found


def document_spans(text: str, active: dict[str, bool]) -> list[Span] | None:
    """Each joined document's span in ``text``, for verdicts read document by document; None: read them whole.

    None for a single document's verdicts, and where the separators no longer number one
    fewer than the documents (an edit reached into one: the join is then not used anyway).
    """
    if not isinstance(active, JoinedVerdicts) or not active.documents:
        return None
    spans = _documents_of(text)
    return list(spans) if len(spans) == len(active.documents) else None


#: Per thread, the last text whose documents were found and their spans: each rule of a stage that
#: reads a verdict document by document asks about the same text.
_LAST_DOCUMENTS = threading.local()


def _documents_of(text: str) -> tuple[Span, ...]:
    """``documents(text, Titles.DOCUMENTS)``, found once while the text is the same."""
    last: tuple[str, tuple[Span, ...]] | None = getattr(_LAST_DOCUMENTS, "last", None)
    if last is not None and last[0] is text:
        return last[1]
    spans = tuple(documents(text, Titles.DOCUMENTS))
    _LAST_DOCUMENTS.last = (text, spans)
    return spans


def group(verdicts: Sequence[dict[str, bool]], per_document: frozenset[str]) -> list[list[int]]:
    """Indices of the documents that may be joined, in order of first appearance.

    Documents join when they agree on every condition but those of the rules in
    ``per_document``; ``per_document=frozenset()`` asks for agreement on everything.
    """
    groups: dict[tuple[tuple[str, bool], ...], list[int]] = {}
    for i, judged in enumerate(verdicts):
        key = tuple(sorted((rule, judged[rule]) for rule in judged.keys() - per_document))
        groups.setdefault(key, []).append(i)
    return list(groups.values())


def paragraph_joints(current: str, spans: list[Span], active: dict[str, bool]) -> tuple[list[str], dict[str, bool]]:
    """What follows each paragraph when ``spans`` of ``current`` are joined for another round, and its verdicts.

    Paragraphs of one document are joined by a blank line.  Where ``current`` is joined
    documents with verdicts of their own, the paragraphs of different documents are
    kept apart by ``SEPARATOR``, and the joined paragraphs get the verdicts of the
    documents they come from, so that each is still looked up in its own.
    """
    joints = [JOINT] * (len(spans) - 1) + [""]
    if not isinstance(active, JoinedVerdicts):
        return joints, active
    whole = document_spans(current, active)
    if whole is None:
        return joints, active.blind()
    starts = [a for a, _ in whole]
    owners = [bisect.bisect_right(starts, a) - 1 for a, _ in spans]
    for k in range(len(spans) - 1):
        if owners[k] != owners[k + 1]:
            joints[k] = SEPARATOR
    return joints, active.of(sorted(set(owners)))


_frozen = 0
_frozen_lock = threading.Lock()


@contextlib.contextmanager
def frozen_heap() -> Iterator[None]:
    """Keep the objects that exist when the block starts out of the cyclic collector's passes until it ends.

    A normalizer holds a hundred thousand and more long-lived objects (rule tables, the
    gazetteer's names, compiled patterns), and a window of documents allocates enough to
    set off full collections, each of which walks all of them, though none of them is
    garbage.  ``gc.freeze`` sets them aside for the block and ``gc.unfreeze`` puts them
    back as old objects after it, so nothing is kept from collection for longer than the
    block.  Blocks may nest or overlap in threads: the first to start freezes, the last
    to end unfreezes.  With the collector switched off there is nothing to spare, and a
    program that froze objects itself keeps its own arrangement.
    """
    global _frozen
    with _frozen_lock:
        # Not when the program froze objects of its own: unfreezing at the end would undo that.
        entered = _frozen > 0 or (gc.isenabled() and gc.get_freeze_count() == 0)
        if entered:
            if _frozen == 0:
                gc.freeze()
            _frozen += 1
    try:
        yield
    finally:
        if entered:
            with _frozen_lock:
                _frozen -= 1
                if _frozen == 0:
                    gc.unfreeze()


def where_on(text: str, rule_id: str, active: dict[str, bool], searched: list[Span] | None = None) -> list[Span] | None:
    """Where the rule's condition holds: None for the whole text, [] nowhere, else the documents' spans.

    For joined documents that disagree on it, each document's own verdict is read as that
    document's (where ``reading`` notes it), and the spans of those where it holds are
    returned.  Reading it for the whole text would end the join (``JoinedVerdicts.held``)
    wherever one document's condition differs, and a rule whose trigger words are common
    ("outlet") would split every batch.  Documents that cannot be told apart read it whole.

    ``searched``: the spans the rule will search (None: all of the text).  Only the documents
    they reach are asked (``_reached``): the rule changes nothing in the others, whatever their
    verdict, so their runs do not depend on it.
    """
    joined = isinstance(active, JoinedVerdicts) and rule_id in active.disputed_set
    spans = document_spans(text, active) if joined else None
    if spans is None or not isinstance(active, JoinedVerdicts):
        return None if active.get(rule_id, True) else []
    reached = _reached(spans, searched)
    on = []
    before = _reading.read  # ``reading`` for each document, without a context manager a document
    try:
        for k, (span, verdicts) in enumerate(zip(spans, active.documents, strict=True)):
            if reached is not None and k not in reached:
                continue
            _reading.read = active.own_reads(k)
            if verdicts.get(rule_id, True):
                on.append(span)
    finally:
        _reading.read = before
    return on


def holds_where(text: str, rule_id: str, active: dict[str, bool], searched: list[Span] | None) -> bool:
    """Does the rule's condition hold, for a rule that will search only ``searched`` (None: the whole text)?

    As ``active.get(rule_id, True)`` read for the whole text, but in joined documents a condition
    that does not hold (``watched``) is noted as read only for the documents ``searched`` reaches:
    the others' runs would have gone the same way had it held, and one whose repairs switch it on
    need not be normalized again for it.
    """
    value = active.get(rule_id, True)
    if not isinstance(value, _Off) or not isinstance(active, JoinedVerdicts):
        return bool(value)
    documents = document_spans(text, active)
    reached = None if documents is None else _reached(documents, searched)
    if reached is None:
        return bool(value)
    for k in reached:
        active.own_reads(k).add(rule_id)
    return False


def _reached(documents: list[Span], searched: list[Span] | None) -> set[int] | None:
    """The documents (by index) that the ``searched`` spans meet, edges included; None: every one.

    A span the screen gives is made of one document's blocks, perhaps with the blank lines of the
    separator after it; one that meets no document (it would lie between two) is answered with None,
    and so is a search of the whole text.
    """
    if searched is None:
        return None
    starts = [start for start, _ in documents]
    reached: set[int] = set()
    for a, b in searched:
        k = max(0, bisect.bisect_right(starts, a) - 1)
        met = False
        while k < len(documents) and documents[k][0] <= b:
            if documents[k][1] >= a:
                reached.add(k)
                met = True
            k += 1
        if not met:
            return None
    return reached


def within(spans: list[Span], parts: list[Span]) -> list[Span]:
    """The pieces of ``spans`` (in order) that lie inside ``parts`` (in order, apart)."""
    out: list[Span] = []
    k = 0
    for a, b in spans:
        while k < len(parts) and parts[k][1] <= a:
            k += 1
        j = k
        while j < len(parts) and parts[j][0] < b:
            out.append((max(a, parts[j][0]), min(b, parts[j][1])))
            j += 1
    return out
