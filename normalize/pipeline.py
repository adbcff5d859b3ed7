"""The whole pipeline, in order.  Read this file first.

Order, and why:

1. **unicode** (ftfy) — every later regex assumes real characters; mojibake such as
   "â€™" would hide apostrophes and word edges from them.
2. **structure** — the repeated headline goes first so its copies are not repaired
   (and reported) two or three times; glued sentences ("angerThe") are split
   before any word-based stage, because a glued word hides the word edges the
   terminology matcher and the capitalisation rule rely on.
3. **script** — untranslated paragraphs are flagged before anything edits them,
   and every later stage leaves them alone (an English rule would misread "Le
   gouvernement a annoncé"); stray foreign-script tokens are removed now so that
   the punctuation stage later sees (and tidies) the spacing they leave behind.
4. **terminology** — canonical names go in before phrase rules so those rules can
   rely on them, and before the capitalisation rule, which must see "Popular
   Mobilization Forces" rather than "popular crowd".
5. **phrase** — garbled literal phrases and doubled words, on canonical names.
6. **punctuation** — last of the repairs, because every earlier deletion may leave
   a space before a full stop or a doubled space.
7. **review** — names spelt two ways in one document are flagged, never changed,
   after every repair: a spelling the glossary knows ("al-Kazimi") has been made
   canonical by then and is not worth a person's time.  Judged per document, on the
   first round only, like the untranslated flags.

The order is one list, ``normalize.kinds.PIPELINE``: a stage name and the rule kind
that runs there, each kind one module under ``normalize/kinds``.

Every stage proposes ``Change`` records against its own input; ``EditTracker``
composes them into edits against the source.  Running the pipeline on its own
output changes nothing; the test suite checks that on every corpus file.

Speed comes from two things that never change an edit: the screen
(``normalize/screen.py``) finds every rule's triggers in one pass, so a rule looks
only at paragraphs that can hold a match; and ``Normalizer.normalize_many`` runs
the stages once over many joined documents instead of once per document.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from . import batching, joins
from .blocks import settle_spans
from .built import collector_paused
from .contexts import ContextIndex
from .document_end import kept_document_end
from .edits import Change, EditTracker, Flag, apply_edits
from .errors import RulePackError, SelectionError, did_you_mean
from .evidence import heard, judge, promoted
from .kinds import PIPELINE, title
from .kinds.base import Kind, Runner
from .lexicon import language_of, using
from .model import Problem, Result, unique
from .packs import Pack, load_packs
from .rounds import SEPARATOR_MARK, LeftAlone, Round, Screening, Titles
from .rules import Rule
from .screen import Screen, Span, TriggerError
from .settings import DEFAULT_TIMEOUT, NormalizerSettings
from .tiers import Tiers, without_styles_on_request

MAX_ROUNDS = 4
#: How much text ``normalize_many`` gathers before running the stages once over all of it.
BATCH_CHARS = 64_000
#: A document's result and the conditions that do not hold which its run read (None: not known).
_Ran = tuple[Result, set[str] | None]
_Run = _Ran | None


class Stage(NamedTuple):
    """One entry of ``PIPELINE`` as compiled for a normalizer: its name, its kind, and its rules' runner."""

    name: str
    kind: Kind
    runner: Runner


def _wanted(rule: Rule, select: frozenset[str] | None, ignore: frozenset[str]) -> bool:
    """--select / --ignore take rule ids, categories, kinds or pack names."""
    names = {rule.id, rule.category, rule.kind, rule.pack}
    if select is not None and not names & select:
        return False
    return not names & ignore


def _check_names(rules: list[Rule], options: dict[str, frozenset[str]]) -> None:
    """Every name given to select/ignore must be some rule's id, category, kind or pack.

    ``--ignore stray-capitol`` would otherwise ignore nothing and ``--select pmf-crwod``
    run no rule at all, both without a word.
    """
    known = {name for r in rules for name in (r.id, r.category, r.kind, r.pack)}
    for option, names in options.items():
        for name in sorted(names - known):
            hint = did_you_mean(name, known, " (`normalize rules list` shows them)")
            raise SelectionError(f"{option}: no rule id, category, kind or pack is named '{name}'{hint}")


class Normalizer:
    """Compiled rule packs, reusable across documents and threads, and picklable."""

    def __init__(
        self,
        packs: Sequence[str | Path] | None = None,
        select: Iterable[str] | None = None,
        ignore: Iterable[str] | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        screen: bool = True,
        style: bool = False,
    ) -> None:
        """``screen=False`` runs every rule over the whole text, skipping the one-pass screen
        (``normalize.screen``); the edits are the same either way, only slower.  ``style=True``
        turns the house style on: style-tier variants are mapped in every document, not only
        in those that read as machine translation (``normalize.tiers``)."""
        self.settings = NormalizerSettings.of(packs, select, ignore, timeout, screen, style)
        self.timeout = timeout
        self.style = style
        with collector_paused():  # what is built here is kept: the collector would walk it again and again
            self.packs: list[Pack] = load_packs(packs)
            self.language = language_of((p.path, p.language) for p in self.packs if p.language)
            chosen = frozenset(select) if select is not None else None
            loaded = [r for p in self.packs for r in p.rules]
            _check_names(loaded, {"select": chosen or frozenset(), "ignore": frozenset(ignore or ())})
            self.rules: list[Rule] = [r for r in loaded if _wanted(r, chosen, frozenset(ignore or ()))]
            with using(self.language):  # a kind may compile from the language (a shared table, a word list)
                self._compile(screen)

    def __getstate__(self) -> NormalizerSettings:
        return self.settings

    def __setstate__(self, settings: NormalizerSettings) -> None:
        self.__init__(  # type: ignore[misc]
            settings.packs, settings.select, settings.ignore, settings.timeout, settings.screen, settings.style
        )

    def _compile(self, screen: bool) -> None:
        """Each stage's runner, in pipeline order, and the screen of every screened rule's triggers."""
        self.stages: list[Stage] = []
        triggers: dict[str, tuple[str, ...]] = {}
        self._screened: dict[str, Rule] = {}  # screen key → its rule, to name it in an error
        optional: set[str] = set()  # keys whose bad trigger leaves the rule unscreened (``Kind.optional_triggers``)
        stage_keys: list[list[str]] = []  # each stage's keys, for the screen's parts
        running = self.rules if self.style else without_styles_on_request(self.rules)
        for stage, kind in PIPELINE:
            rules = [r for r in running if r.kind == kind.name and kind.in_stage(r, stage)]
            self.stages.append(Stage(stage, kind, kind.compile(rules, screen)))
            stage_keys.append([])
            for rule in rules:
                for key, patterns in kind.triggers(rule).items():
                    triggers[key] = patterns
                    self._screened[key] = rule
                    stage_keys[-1].append(key)
                    if kind.optional_triggers and key == rule.id:
                        optional.add(key)
        self.contexts = ContextIndex(self.rules, fast=screen)
        self._tiers = Tiers(self.rules)
        self._term_ids = frozenset(r.id for r in self.rules if r.kind == "term")
        self.screen = self._screen_of(triggers, optional, screen, stage_keys)

    def _screen_of(
        self, triggers: dict[str, tuple[str, ...]], optional: set[str], enabled: bool, stages: list[list[str]]
    ) -> Screen:
        """The screen of these triggers; a bad trigger is a pack error, naming file and rule.

        A script rule's own trigger is the exception: a script Hyperscan does not know
        leaves that rule searching everywhere.  Triggers are compiled one by one only
        when the whole fails (``Screen``), so that is found out only then.
        """
        while True:
            try:
                return Screen(triggers, enabled=enabled, stages=stages)
            except TriggerError as exc:
                if exc.key in optional and exc.key in triggers:
                    triggers = {key: value for key, value in triggers.items() if key != exc.key}
                    continue
                rule = self._screened[exc.key]
                path = next((p.path for p in self.packs if rule in p.rules), rule.pack)
                raise RulePackError(path, str(exc), rule=rule.id) from None

    def normalize(self, text: str, document_start: bool = True, verdicts: dict[str, bool] | None = None) -> Result:
        """Run every stage in order and return the text with its source-coordinate edits.

        ``document_start=False`` is for a piece from the middle of a long document
        (see ``normalize.stream``): there is no headline there to de-duplicate.
        ``verdicts`` are the context conditions judged on the whole document the piece
        is from (``context_verdicts``), so that a piece is repaired as the document is.
        """
        titles = Titles.DOCUMENT if document_start else Titles.NONE
        with using(self.language):  # this normalizer's packs' language values, not another's
            if verdicts is not None:
                return self._judged(self._normalize(text, titles, verdicts, rounds_left=MAX_ROUNDS))
            # Context conditions ("only in a document that mentions X") are judged on the document
            # as given, for the whole run: a repair must not switch a condition on or off halfway.
            return self._judged(self._with_settled_contexts(text, titles, self.contexts.verdicts(text)))

    def _judged(self, result: Result) -> Result:
        """The result once the document's evidence is weighed (``normalize.evidence``).

        What the evidence does not support is held back: a house style's spelling outside
        machine translation (unless the house style is on), and in professional English the
        low-confidence repairs, which become flags with their suggested fix.
        """
        held = {} if self.style else self._tiers.style_edits(result.edits)
        listed = self._tiers.listed_edits(result.edits)
        judged = judge(result.source, result.edits, self._term_ids, held, listed, style=self.style)
        edits, flags = promoted(
            result.source, judged.edits, heard(result.flags, judged.evidence, result.source), judged.evidence
        )
        if edits is judged.edits and len(edits) == len(result.edits) and len(flags) == len(result.flags):
            return _with_document_end(dataclasses.replace(result, evidence=judged.evidence))
        return _with_document_end(
            dataclasses.replace(
                result,
                text=apply_edits(result.source, edits),
                edits=edits,
                flags=sorted([*flags, *judged.flags], key=lambda f: (f.start, f.end)),
                evidence=judged.evidence,
            )
        )

    def context_verdicts(self, pieces: Iterable[str]) -> dict[str, bool]:
        """The context conditions of the document that ``pieces`` (cut at paragraph breaks) make up."""
        with using(self.language):
            return self.contexts.verdicts_of_pieces(pieces)

    def _with_settled_contexts(self, text: str, titles: Titles, active: dict[str, bool], first: _Run = None) -> Result:
        """Normalize; if the repaired text switches a condition on (a rendering repaired into the name
        another rule needs), once more from the source with it on, so that normalizing the output
        finds nothing more to do.  Conditions only ever turn on here, so this ends.

        ``first``: the first run, if made already (``_watched_run``).  A run that read none of the
        conditions switched on is the run with them on, and is not made again."""
        result, read = first or (None, None)
        if result is None:
            result, read = self._watched_run(text, titles, active)
        for _ in range(MAX_ROUNDS):
            if not result.changed or all(active.values()):  # nothing new to see, or nothing left to switch on
                break
            # Only a condition the run read can matter: when none of those holds in the repaired text,
            # no other is judged.
            read_off = None if read is None else [r for r in read if not active.get(r, True)]
            if read_off is not None and not self.contexts.holding(result.text, read_off):
                break
            seen = self.contexts.verdicts(result.text)  # widened only if a rerun needs it
            switched = batching.switched_on(active, seen)
            if not switched or (read is not None and read.isdisjoint(switched)):
                break
            active = _widened(active, seen)
            result, read = self._watched_run(text, titles, active)
        return result

    def _watched_run(self, text: str, titles: Titles, active: dict[str, bool]) -> _Ran:
        """``_normalize``, with the conditions that do not hold that the run read (``batching.watched``)."""
        read: set[str] = set()
        with batching.reading(read):
            return self._normalize(text, titles, batching.watched(active), MAX_ROUNDS), read

    def normalize_many(self, texts: Iterable[str], batch_chars: int = BATCH_CHARS) -> Iterator[Result]:
        """Normalize many documents, yielding one result per text, in order; the same edits as ``normalize``.

        For a corpus of short articles a good part of the cost is per call, not per
        character: each stage and each rule would run once per article.  Here
        documents are gathered until ``batch_chars`` characters, those whose context
        conditions agree are joined (a separator paragraph between them), and every
        stage runs once over the join; the edits are then cut back into documents.
        Memory stays bounded by one batch whatever the number of texts.
        """
        if isinstance(texts, str):
            raise TypeError("normalize_many takes an iterable of texts; for one text, use normalize()")
        window: list[str] = []
        size = 0
        for text in texts:
            window.append(text)
            size += len(text)
            if size >= batch_chars:
                yield from self._normalize_window(window)
                window, size = [], 0
        if window:
            yield from self._normalize_window(window)

    def _normalize_window(self, texts: list[str]) -> list[Result]:
        with using(self.language), batching.frozen_heap():  # here, not in the generator, whose caller
            return self._normalize_window_using(texts)  # would see them between yields

    def _normalize_window_using(self, texts: list[str]) -> list[Result]:
        """Group the window's documents (``batching.group``) and normalize each group as one text."""
        results: list[Result | None] = [None] * len(texts)
        joinable = []
        for i, text in enumerate(texts):
            if SEPARATOR_MARK in text:  # cannot be told apart from a joint: on its own
                results[i] = self._normalize(text, Titles.DOCUMENT, self.contexts.verdicts(text), MAX_ROUNDS)
            else:
                joinable.append(i)
        all_verdicts = self.contexts.verdicts_many([texts[i] for i in joinable])
        # Everything joins at first: the term kind reads each document's own verdicts, and any other
        # kind's read of a verdict the documents disagree on undoes the join (``_normalize_joined``).
        # A conditioned rule is mostly screened out, so its verdict is seldom read at all.
        for members in batching.group(all_verdicts, frozenset(all_verdicts[0]) if all_verdicts else frozenset()):
            verdicts = [all_verdicts[k] for k in members]
            done = self._normalize_joined([texts[joinable[k]] for k in members], verdicts)
            for k, active, run in zip(members, verdicts, done, strict=True):
                results[joinable[k]] = self._with_settled_contexts(texts[joinable[k]], Titles.DOCUMENT, active, run)
        return [self._judged(r) for r in results if r is not None]

    def _normalize_joined(self, texts: list[str], verdicts: list[dict[str, bool]]) -> list[_Ran]:
        """Normalize documents joined into one text and split the runs (``_Ran``); alone if an edit crosses a joint.

        If a verdict that the documents disagree on was read for the whole text, the join is
        not used: the documents go again in groups that agree on every verdict."""
        if len(texts) == 1:
            return [self._watched_run(texts[0], Titles.DOCUMENT, verdicts[0])]
        whole, starts = joins.join(texts)
        active = batching.JoinedVerdicts(verdicts)
        with batching.reading(active.reads.shared):
            joined = self._normalize(whole, Titles.DOCUMENTS, active, MAX_ROUNDS)
        if not active.held:
            results: dict[int, _Ran] = {}
            for members in batching.group(verdicts, frozenset()):
                done = self._normalize_joined([texts[k] for k in members], [verdicts[k] for k in members])
                results.update(zip(members, done, strict=True))
            return [results[k] for k in range(len(texts))]
        split = None if joined.problems else joins.split_joined(joined, texts, starts)
        if split is None:
            alone = zip(texts, verdicts, strict=True)
            return [(self._normalize(text, Titles.DOCUMENT, judged, MAX_ROUNDS), None) for text, judged in alone]
        return [(result, active.reads.of(k)) for k, result in enumerate(split)]

    def _normalize(
        self, text: str, titles: Titles, active: dict[str, bool], rounds_left: int, kept: Iterable[Span] = ()
    ) -> Result:
        with using(self.language):  # this normalizer's packs' language values, not another's
            return self._normalize_rounds(text, titles, active, rounds_left, kept)

    def _normalize_rounds(
        self, text: str, titles: Titles, active: dict[str, bool], rounds_left: int, kept: Iterable[Span] = ()
    ) -> Result:
        """One full round of the stages, then rounds over the changed paragraphs until nothing changes.

        A repair can uncover another one for an earlier stage (collapsing "the   the"
        makes a doubled word), so the result is normalized again, which is what makes
        normalizing the output a no-op.  Every stage but the headline one works within
        a paragraph, so only the paragraphs the first round changed are run again
        (each to its own fixed point), not the whole document.  Unchanged documents
        cost one round; at most ``rounds_left`` rounds are run, so rules that undo each
        other cannot loop.
        """
        tracker = EditTracker(text)
        problems: list[Problem] = []
        flags: list[Flag] = []
        first_round = rounds_left == MAX_ROUNDS
        protected = batching.protected_spans(text, titles)
        left_alone = LeftAlone(protected)
        left_alone.add(kept)  # passages in another language, found by an earlier round
        self._run_stages(tracker, problems, flags if first_round else None, titles, active, left_alone)
        if tracker.text != text and rounds_left > 1:
            self._settle_changed_paragraphs(tracker, problems, active, rounds_left - 1, left_alone)
            # Later stages can make a line a copy of the headline ("عام emerging coronavirus" once the
            # Arabic word goes and the term is mapped); the headline stage then sees it now, not next run.
            for _ in range(rounds_left if titles is not Titles.NONE else 0):
                if not self._headlines_again(tracker, problems, titles, active, left_alone):
                    break
                self._settle_changed_paragraphs(tracker, problems, active, rounds_left - 1, left_alone)
        return Result(
            source=text,
            text=tracker.text,
            edits=tracker.edits(),
            flags=flags,
            problems=unique(problems),
            protected=protected,
        )

    def _settle_changed_paragraphs(
        self,
        tracker: EditTracker,
        problems: list[Problem],
        active: dict[str, bool],
        rounds_left: int,
        left_alone: LeftAlone,
    ) -> None:
        """Normalize again the paragraphs that hold an edit, as one text, and fold the results in.

        The changed paragraphs are joined with blank lines into one text (one call per
        stage, however many paragraphs), and each edit found there is moved back to
        its paragraph.  An edit that crossed a joint would have no place to go; then
        the whole document gets another round instead.  Passages flagged as another
        language stay as they are (no English rule is for them), but the rest of their
        paragraph is settled like any other.
        """
        current = tracker.text
        touched = tracker.changed_spans()
        spans = settle_spans(current, touched)  # paragraphs; in one cut into blocks, the blocks around the edits
        if not spans:
            return
        starts_in_joined: list[int] = []
        kept: list[Span] = []
        position = 0
        joints, joined_active = batching.paragraph_joints(current, spans, active)
        for (a, b), joint in zip(spans, joints, strict=True):
            starts_in_joined.append(position)
            # A block of a long paragraph may hold only part of such a passage: that part is kept.
            inside = ((max(x, a), min(y, b)) for x, y in left_alone.spans if x < b and y > a)
            kept.extend((x - a + position, y - a + position) for x, y in inside)
            position += (b - a) + len(joint)
        joined = "".join(current[a:b] + joint for (a, b), joint in zip(spans, joints, strict=True))
        again = self._normalize(joined, Titles.NONE, joined_active, rounds_left, kept)
        problems.extend(again.problems)
        changes: list[Change] = []
        for edit in again.edits:
            k = bisect.bisect_right(starts_in_joined, edit.start) - 1
            a, b = spans[k]
            offset = a - starts_in_joined[k]
            if edit.end + offset > b:
                self._run_stages(tracker, problems, None, Titles.NONE, active, left_alone)
                return
            changes.append(
                Change(edit.start + offset, edit.end + offset, edit.replacement, edit.rule, edit.category, edit.message)
            )
        tracker.apply(changes)

    def _headlines_again(
        self,
        tracker: EditTracker,
        problems: list[Problem],
        titles: Titles,
        active: dict[str, bool],
        left_alone: LeftAlone,
    ) -> bool:
        """Run the headline stage's copy removal once more on the repaired text; did it change anything?"""
        before = tracker.text
        where = Screening(self.screen, tracker, batching.pieces_of(active))
        round = Round(tracker, problems, None, titles, active, left_alone, where, self.timeout)
        for stage in self.stages:
            if isinstance(stage.runner, title.Runner):
                stage.runner.remove_copies(round)
        return tracker.text != before

    def _run_stages(
        self,
        tracker: EditTracker,
        problems: list[Problem],
        flags: list[Flag] | None,
        titles: Titles,
        active: dict[str, bool],
        left_alone: LeftAlone,
    ) -> None:
        """One round of the stages, in ``PIPELINE`` order.

        ``titles`` says where headlines can be (``Titles``): at the top of the text, at
        the top of each document joined by ``normalize_many``, or nowhere (a piece from
        inside a document, or a verification round).
        Paragraphs found to be in another language (the script stage) are ``left_alone``
        by every later stage: the English rules are not for them.
        """
        where = Screening(self.screen, tracker, batching.pieces_of(active))
        round = Round(tracker, problems, flags, titles, active, left_alone, where, self.timeout)
        for stage, part in zip(self.stages, self.screen.stage_parts, strict=True):
            where.part = part
            stage.runner.run(round)


def _widened(active: dict[str, bool], seen: dict[str, bool]) -> dict[str, bool]:
    """The conditions on in either verdict: what the source or its repaired text switches on."""
    return {rule_id: on or seen.get(rule_id, False) for rule_id, on in active.items()}


def normalize_present(normalizer: Normalizer, texts: Sequence[str | None]) -> list[Result | None]:
    """One ``normalize_many`` over the texts that are there; None stays None, in place.

    For callers whose inputs may be missing (a file that could not be read, a
    record passed through, a null cell): the batch keeps its order without them.
    """
    results = iter(list(normalizer.normalize_many(t for t in texts if t is not None)))
    return [None if text is None else next(results) for text in texts]


def normalize_text(text: str, **options: Any) -> Result:
    """One-call convenience: build a ``Normalizer`` with ``options`` and run it on ``text``."""
    return Normalizer(**options).normalize(text)


def _with_document_end(result: Result) -> Result:
    """The result with its end as the source's, once deletions at the foot left a blank line there."""
    widened = kept_document_end(result.source, result.edits, result.text) if result.edits else None
    if widened is None:
        return result
    return dataclasses.replace(result, text=apply_edits(result.source, widened), edits=widened)
