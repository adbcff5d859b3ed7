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
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import regex

from . import stages
from .bounded import Budget
from .edits import Change, Edit, EditTracker, Flag, apply_edits
from .errors import RulePackError, SelectionError, did_you_mean
from .packs import Pack, load_packs
from .rules import (
    FlagRule,
    GlueRule,
    PatternRule,
    RepeatRule,
    Rule,
    ScriptRule,
    SpellingRule,
    TermRule,
    TitleRule,
    UnicodeRule,
)
from .screen import Screen, Span, TriggerError, Where
from .stages import Problem
from .terms import ContextIndex, TermMatcher

DEFAULT_TIMEOUT = 2.0
_JOINT = "\n\n"
MAX_ROUNDS = 4
#: Documents normalized together are joined by this: a paragraph of one private-use character,
#: which no rule reads as a letter, a space or punctuation, between blank lines.
_SEPARATOR_MARK = "\ue000"
_SEPARATOR = f"\n\n{_SEPARATOR_MARK}\n\n"
#: How much text ``normalize_many`` gathers before running the stages once over all of it.
BATCH_CHARS = 64_000


@dataclass
class Result:
    """The repaired text, the source it came from, and every edit between them."""

    source: str
    text: str
    edits: list[Edit]
    flags: list[Flag] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return self.text != self.source

    def apply(self, accepted: Iterable[int]) -> str:
        """The source with only the edits whose indices are in ``accepted`` applied."""
        keep = set(accepted)
        unknown = keep - set(range(len(self.edits)))
        if unknown:
            raise ValueError(f"no edit with index {min(unknown)} (this result has {len(self.edits)} edits)")
        return apply_edits(self.source, (e for i, e in enumerate(self.edits) if i in keep))

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready view, edits numbered so that review decisions can refer to them."""
        return {
            "changed": self.changed,
            "source": self.source,
            "text": self.text,
            "edits": [{"index": i, **e.to_dict()} for i, e in enumerate(self.edits)],
            "flags": [f.to_dict() for f in self.flags],
            "problems": [{"rule": p.rule, "message": p.message} for p in self.problems],
        }


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
    ) -> None:
        """``screen=False`` runs every rule over the whole text, skipping the one-pass screen
        (``normalize.screen``); the edits are the same either way, only slower."""
        self._options = {
            "packs": None if packs is None else [str(p) for p in packs],
            "select": None if select is None else sorted(select),
            "ignore": sorted(ignore or ()),
            "timeout": timeout,
            "screen": screen,
        }
        self.timeout = timeout
        self.packs: list[Pack] = load_packs(packs)
        chosen = frozenset(select) if select is not None else None
        loaded = [r for p in self.packs for r in p.rules]
        _check_names(loaded, {"select": chosen or frozenset(), "ignore": frozenset(ignore or ())})
        self.rules: list[Rule] = [r for r in loaded if _wanted(r, chosen, frozenset(ignore or ()))]
        self._compile(screen)

    def __getstate__(self) -> dict[str, Any]:
        return dict(self._options)

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(**state)  # type: ignore[misc]

    def _compile(self, screen: bool) -> None:
        self._unicode = self._of_kind(UnicodeRule)
        self._title = self._of_kind(TitleRule)
        self._glue = self._of_kind(GlueRule)
        self._script = self._of_kind(ScriptRule)
        self._terms = TermMatcher(self._of_kind(TermRule), fast=screen)
        self._patterns: dict[str, list[tuple[PatternRule, regex.Pattern[str]]]] = {"phrase": [], "punctuation": []}
        for rule in self._of_kind(PatternRule):
            self._patterns[rule.stage].append((rule, rule.compile()))
        self._contexts = ContextIndex(self.rules, fast=screen)
        self._repeats = [(r, stages.compile_repeat(r)) for r in self._of_kind(RepeatRule)]
        self._spellings = [(r, r.compile()) for r in self._of_kind(SpellingRule)]
        self._flag_rules = [(r, r.compile()) for r in self._of_kind(FlagRule)]
        self._screen = self._screen_of(self._triggers(), screen)

    def _screen_of(self, triggers: dict[str, tuple[str, ...]], enabled: bool) -> Screen:
        """The screen of these triggers; a bad trigger is a pack error, naming file and rule.

        A script rule's own trigger is the exception: a script Hyperscan does not know
        leaves that rule searching everywhere.  Triggers are compiled one by one only
        when the whole fails (``Screen``), so that is found out only then.
        """
        script_rules = {r.id for r in self._script}
        while True:
            try:
                return Screen(triggers, enabled=enabled)
            except TriggerError as exc:
                if exc.key in script_rules and exc.key in triggers:
                    triggers = {key: value for key, value in triggers.items() if key != exc.key}
                    continue
                rule = next(r for r in self.rules if exc.key in (r.id, _foreign_key(r)))
                path = next((p.path for p in self.packs if rule in p.rules), rule.pack)
                raise RulePackError(path, str(exc), rule=rule.id) from None

    def _triggers(self) -> dict[str, tuple[str, ...]]:
        """Each screened rule's triggers, by rule id (the untranslated test has its own key)."""
        triggers: dict[str, tuple[str, ...]] = {}
        for rule in self._unicode:
            triggers[rule.id] = stages.UNICODE_TRIGGERS
        for rule in self._glue:
            triggers[rule.id] = stages.glue_triggers(rule)
        for rule in self._script:
            triggers[rule.id] = stages.script_triggers(rule)  # see _screen_of for a script Hyperscan lacks
            triggers[_foreign_key(rule)] = stages.FOREIGN_TRIGGERS
        for rule, _ in self._patterns["phrase"] + self._patterns["punctuation"]:
            if rule.screen:
                triggers[rule.id] = rule.screen
        return triggers

    def _of_kind(self, kind: type[Any]) -> list[Any]:
        return [r for r in self.rules if isinstance(r, kind)]

    def normalize(self, text: str, document_start: bool = True, verdicts: dict[str, bool] | None = None) -> Result:
        """Run every stage in order and return the text with its source-coordinate edits.

        ``document_start=False`` is for a piece from the middle of a long document
        (see ``normalize.stream``): there is no headline there to de-duplicate.
        ``verdicts`` are the context conditions judged on the whole document the piece
        is from (``context_verdicts``), so that a piece is repaired as the document is.
        """
        titles = "document" if document_start else "none"
        if verdicts is not None:
            return self._normalize(text, titles, verdicts, rounds_left=MAX_ROUNDS)
        # Context conditions ("only in a document that mentions X") are judged on the document
        # as given, for the whole run: a repair must not switch a condition on or off halfway.
        return self._with_settled_contexts(text, titles, self._contexts.verdicts(text))

    def context_verdicts(self, pieces: Iterable[str]) -> dict[str, bool]:
        """The context conditions of the document that ``pieces`` (cut at paragraph breaks) make up."""
        return self._contexts.verdicts_of_pieces(pieces)

    def _with_settled_contexts(self, text: str, titles: str, active: dict[str, bool]) -> Result:
        """Normalize; if the repaired text switches a condition on (a rendering repaired into the name
        another rule needs), once more from the source with it on, so that normalizing the output
        finds nothing more to do.  Conditions only ever turn on here, so this ends."""
        result = self._normalize(text, titles, active, rounds_left=MAX_ROUNDS)
        for _ in range(MAX_ROUNDS):
            if not result.changed or all(active.values()):  # nothing new to see, or nothing left to switch on
                break
            widened = _widened(active, self._contexts.verdicts(result.text))
            if widened == active:
                break
            active = widened
            result = self._normalize(text, titles, active, rounds_left=MAX_ROUNDS)
        return result

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
        """Group the window's documents by their context verdicts and normalize each group as one text."""
        results: list[Result | None] = [None] * len(texts)
        groups: dict[tuple[tuple[str, bool], ...], list[int]] = {}
        joinable = []
        for i, text in enumerate(texts):
            if _SEPARATOR_MARK in text:  # cannot be told apart from a joint: on its own
                results[i] = self.normalize(text)
            else:
                joinable.append(i)
        all_verdicts = self._contexts.verdicts_many([texts[i] for i in joinable])
        for i, verdicts in zip(joinable, all_verdicts, strict=True):
            groups.setdefault(tuple(sorted(verdicts.items())), []).append(i)
        for verdicts_key, members in groups.items():
            active = dict(verdicts_key)
            done = self._normalize_joined([texts[i] for i in members], active)
            # a repaired text may switch on a condition that is off (only those that changed can)
            seen = [k for k, r in enumerate(done) if r.changed] if not all(active.values()) else []
            after = dict(zip(seen, self._contexts.verdicts_many([done[k].text for k in seen]), strict=True))
            for k, (i, result) in enumerate(zip(members, done, strict=True)):
                settled = k not in after or _widened(active, after[k]) == active
                results[i] = result if settled else self._with_settled_contexts(texts[i], "document", active)
        return [r for r in results if r is not None]

    def _normalize_joined(self, texts: list[str], active: dict[str, bool]) -> list[Result]:
        """Normalize documents joined into one text and split the result; alone if any edit crosses a joint."""
        if len(texts) == 1:
            return [self._normalize(texts[0], "document", active, MAX_ROUNDS)]
        starts: list[int] = []
        position = 0
        for text in texts:
            starts.append(position)
            position += len(text) + len(_SEPARATOR)
        joined = self._normalize(_SEPARATOR.join(texts), "documents", active, MAX_ROUNDS)
        split = None if joined.problems else _split_joined(joined, texts, starts)
        if split is None:
            return [self._normalize(text, "document", active, MAX_ROUNDS) for text in texts]
        return split

    def _normalize(
        self, text: str, titles: str, active: dict[str, bool], rounds_left: int, kept: Iterable[Span] = ()
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
        left_alone = _LeftAlone()
        left_alone.add(kept)  # passages in another language, found by an earlier round
        self._run_stages(tracker, problems, flags if first_round else None, titles, active, left_alone)
        if tracker.text != text and rounds_left > 1:
            self._settle_changed_paragraphs(tracker, problems, active, rounds_left - 1, left_alone)
            # Later stages can make a line a copy of the headline ("عام emerging coronavirus" once the
            # Arabic word goes and the term is mapped); the headline stage then sees it now, not next run.
            for _ in range(rounds_left if titles != "none" else 0):
                if not self._headlines_again(tracker, titles, left_alone):
                    break
                self._settle_changed_paragraphs(tracker, problems, active, rounds_left - 1, left_alone)
        return Result(source=text, text=tracker.text, edits=tracker.edits(), flags=flags, problems=_unique(problems))

    def _settle_changed_paragraphs(
        self,
        tracker: EditTracker,
        problems: list[Problem],
        active: dict[str, bool],
        rounds_left: int,
        left_alone: _LeftAlone,
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
        spans = _touched_paragraphs(stages.paragraph_spans(current), touched)
        if not spans:
            return
        starts_in_joined: list[int] = []
        kept: list[Span] = []
        position = 0
        for a, b in spans:
            starts_in_joined.append(position)
            kept.extend((x - a + position, y - a + position) for x, y in left_alone.spans if a <= x and y <= b)
            position += (b - a) + len(_JOINT)
        joined = _JOINT.join(current[a:b] for a, b in spans)
        again = self._normalize(joined, "none", active, rounds_left, kept)
        problems.extend(again.problems)
        changes: list[Change] = []
        for edit in again.edits:
            k = bisect.bisect_right(starts_in_joined, edit.start) - 1
            a, b = spans[k]
            offset = a - starts_in_joined[k]
            if edit.end + offset > b:
                self._run_stages(tracker, problems, None, "none", active, left_alone)
                return
            changes.append(
                Change(edit.start + offset, edit.end + offset, edit.replacement, edit.rule, edit.category, edit.message)
            )
        tracker.apply(changes)

    def _headlines_again(self, tracker: EditTracker, titles: str, left_alone: _LeftAlone) -> bool:
        """Run the headline stage once more on the repaired text; did it change anything?"""
        before = tracker.text
        for rule in self._title:
            left_alone.apply(
                tracker, _per_document(tracker.text, titles, stages.remove_repeated_title, rule, self.timeout)
            )
        return tracker.text != before

    def _run_stages(
        self,
        tracker: EditTracker,
        problems: list[Problem],
        flags: list[Flag] | None,
        titles: str,
        active: dict[str, bool],
        left_alone: _LeftAlone,
    ) -> None:
        """One round of the six stages, in order.

        ``titles`` says where headlines can be: at the top of the text ("document"),
        at the top of each document joined by ``normalize_many`` ("documents"), or
        nowhere ("none": a piece from inside a document, or a verification round).
        Paragraphs found to be in another language (step 3) are ``left_alone`` by
        every later step: the English rules are not for them.
        """
        timeout = self.timeout
        where = _Screening(self._screen, tracker)

        def apply(changes: list[Change]) -> None:
            left_alone.apply(tracker, changes)

        # 1. Unicode repair
        for rule in self._unicode:
            apply(stages.repair_unicode(tracker.text, rule, where(rule.id)))
        # 2. Structure
        for rule in self._title if titles != "none" else ():
            apply(_per_document(tracker.text, titles, stages.remove_repeated_title, rule, timeout))
            apply(_per_document(tracker.text, titles, stages.split_glued_title, rule))
        for rule in self._glue:
            apply(stages.split_glued_sentences(tracker.text, rule, where(rule.id)))
        # 3. Script
        for rule in self._script:
            if flags is not None:
                untranslated = stages.find_untranslated(tracker.text, rule, where(_foreign_key(rule)))
                flags.extend(self._flag(tracker, rule, u) for u in untranslated)
                left_alone.add((u.start, u.end) for u in untranslated)
            apply(stages.remove_stray_script(tracker.text, rule, where(rule.id)))
        # 4. Terminology
        apply(self._terms.find(tracker.text, active))
        # 5. Phrase repair
        phrase = self._patterns["phrase"]
        apply(stages.apply_patterns(tracker.text, phrase, timeout, problems, active, where))
        apply(stages.collapse_repeats(tracker.text, self._repeats, timeout, problems))
        # 6. Punctuation and spacing
        punctuation = self._patterns["punctuation"]
        apply(stages.apply_patterns(tracker.text, punctuation, timeout, problems, active, where))
        # 7. Review: a name spelt two ways in one document, and what flag rules match, for a person
        if flags is not None:
            for rule, names in self._spellings:
                if active.get(rule.id, True):
                    flags.extend(self._spelling_flags(tracker, titles, rule, names, left_alone, timeout, problems))
            for flag_rule, pattern in self._flag_rules:
                if active.get(flag_rule.id, True):
                    flags.extend(self._pattern_flags(tracker, flag_rule, pattern, left_alone, timeout, problems))

    @staticmethod
    def _spelling_flags(
        tracker: EditTracker,
        titles: str,
        rule: SpellingRule,
        names: regex.Pattern[str],
        left_alone: _LeftAlone,
        timeout: float,
        problems: list[Problem],
    ) -> list[Flag]:
        """Flags for the names spelt two ways, judged document by document (not across joined ones)."""
        text = tracker.text
        flagged: list[Flag] = []
        budget = Budget(timeout)
        try:
            variants = [
                (start, found)
                for start, end in _documents(text, titles)
                for found in stages.find_spelling_variants(text[start:end], rule, names, budget.left())
            ]
        except TimeoutError:
            problems.append(stages.timed_out(rule, timeout))
            return []
        for start, found in variants:
            a, b = start + found.start, start + found.end
            if left_alone.meets((a, b)):
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

    @staticmethod
    def _pattern_flags(
        tracker: EditTracker,
        rule: FlagRule,
        pattern: regex.Pattern[str],
        left_alone: _LeftAlone,
        timeout: float,
        problems: list[Problem],
    ) -> list[Flag]:
        """A flag for each match of a flag rule in the repaired text, outside paragraphs in another language."""
        text = tracker.text
        found: list[Flag] = []
        try:
            for match in pattern.finditer(text, timeout=timeout):
                if match.end() == match.start() or left_alone.meets(match.span()):
                    continue
                start, end = tracker.to_source(match.start()), tracker.to_source(match.end())
                found.append(
                    Flag(start=start, end=max(end, start), rule=rule.id, category=rule.category, message=rule.message)
                )
        except TimeoutError:
            problems.append(stages.timed_out(rule, timeout))
        return found

    @staticmethod
    def _flag(tracker: EditTracker, rule: ScriptRule, found: stages.Untranslated) -> Flag:
        return Flag(
            start=tracker.to_source(found.start),
            end=tracker.to_source(found.end),
            rule=rule.id,
            category="untranslated",
            message=f"{'paragraph' if found.whole_paragraph else 'passage'} reads as '{found.language}', "
            "not English; left for a person to translate",
            detail={"language": found.language, "probability": f"{found.probability:.2f}"},
        )


def _widened(active: dict[str, bool], seen: dict[str, bool]) -> dict[str, bool]:
    """The conditions on in either verdict: what the source or its repaired text switches on."""
    return {rule_id: on or seen.get(rule_id, False) for rule_id, on in active.items()}


def _touched_paragraphs(paragraphs: Iterable[Span], touched: list[Span]) -> list[Span]:
    """The paragraphs (sorted spans) that meet a touched span (sorted, a point for a deletion), in one sweep."""
    found: list[Span] = []
    k = 0
    for a, b in paragraphs:
        while k < len(touched) and touched[k][1] < a:
            k += 1
        if k < len(touched) and touched[k][0] <= b:
            found.append((a, b))
    return found


def _per_document(text: str, titles: str, stage: Callable[..., list[Change]], *args: Any) -> list[Change]:
    """Run a document-level stage on the text, or on each joined document in it, in text coordinates."""
    changes: list[Change] = []
    for start, end in _documents(text, titles):
        changes.extend(c.moved(start) for c in stage(text[start:end], *args))
    return changes


def _documents(text: str, titles: str) -> Iterator[Span]:
    """The span of each document joined in ``text`` by ``normalize_many`` ("documents"), else the whole text."""
    if titles != "documents":
        yield 0, len(text)
        return
    start = 0
    while start <= len(text):
        end = text.find(_SEPARATOR, start)
        end = len(text) if end == -1 else end
        yield start, end
        start = end + len(_SEPARATOR)


def _split_joined(joined: Result, texts: list[str], starts: list[int]) -> list[Result] | None:
    """Cut the result for joined documents into one result per document; None if an edit crosses a joint."""
    edits = _by_document(joined.edits, texts, starts)
    flags = _by_document(joined.flags, texts, starts)
    if edits is None or flags is None:
        return None
    return [
        Result(source=text, text=apply_edits(text, doc_edits) if doc_edits else text, edits=doc_edits, flags=doc_flags)
        for text, doc_edits, doc_flags in zip(texts, edits, flags, strict=True)
    ]


_Placed = TypeVar("_Placed", Edit, Flag)


def _by_document(items: list[_Placed], texts: list[str], starts: list[int]) -> list[list[_Placed]] | None:
    """Items of the joined text, moved into the document each lies in; None if one reaches past its document."""
    grouped: list[list[_Placed]] = [[] for _ in texts]
    for item in items:
        k = bisect.bisect_right(starts, item.start) - 1
        if k < 0 or item.end > starts[k] + len(texts[k]):
            return None
        grouped[k].append(item.moved(-starts[k]))
    return grouped


class _LeftAlone:
    """Spans of the current text that no stage may change (paragraphs in another language), kept current."""

    def __init__(self) -> None:
        self.spans: list[Span] = []

    def add(self, spans: Iterable[Span]) -> None:
        self.spans = sorted([*self.spans, *spans])

    def meets(self, span: Span) -> bool:
        a, b = span
        return any(a < end and b > start for start, end in self.spans)

    def apply(self, tracker: EditTracker, changes: list[Change]) -> None:
        """Apply the changes that alter the text and stay out of every span, then move the spans along."""
        text = tracker.text
        real = [c for c in changes if text[c.start : c.end] != c.replacement]
        if self.spans and real:
            real = [c for c in real if not self._blocks(c)]
            self.spans = [_moved_past(span, real) for span in self.spans]
        tracker.apply(real)

    def _blocks(self, change: Change) -> bool:
        if change.start == change.end:  # an insertion is only in the way strictly inside a span
            return any(start < change.start < end for start, end in self.spans)
        return self.meets((change.start, change.end))


def _moved_past(span: Span, changes: list[Change]) -> Span:
    """Where ``span`` lies once ``changes`` (none inside it) have been applied."""
    a, b = span
    shift = sum(len(c.replacement) - (c.end - c.start) for c in changes if c.end <= a)
    return a + shift, b + shift


class _Screening:
    """The screen's answer for the tracker's current text, scanned again only once the text has changed."""

    def __init__(self, screen: Screen, tracker: EditTracker) -> None:
        self._screen = screen
        self._tracker = tracker
        self._where: Where | None = None

    def __call__(self, key: str) -> list[Span] | None:
        if self._where is None or self._where.text is not self._tracker.text:
            self._where = self._screen.scan(self._tracker.text)
        return self._where.spans(key)


def _foreign_key(rule: Rule) -> str:
    return f"{rule.id}:foreign"


def _unique(problems: list[Problem]) -> list[Problem]:
    return list(dict.fromkeys(problems))


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
