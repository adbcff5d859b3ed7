"""Shortcuts taken for speed give what the plain computation gives.

Each test here compares a function that is written for speed with a direct
implementation of what it computes, on fixed cases and, where the shortcut depends on
the shape of the text, on many random texts.
"""

from __future__ import annotations

import gc
import random
from typing import Any

import pytest
import regex

from normalize import Normalizer
from normalize.batching import frozen_heap, switched_on
from normalize.blocks import QUOTE_MARK, Blocks, _after, _compute, block_byte_starts, blocks_of, byte_starts
from normalize.contexts import _as_ascii
from normalize.deletions import _FOUR_WORDS, _WORD, _same_words
from normalize.edits import Change, EditTracker, select_non_overlapping
from normalize.kinds.base import change
from normalize.kinds.name import _words as shared_words
from normalize.kinds.repeat import RepeatRule, collapse_repeats, compile_repeat, is_accidental_repeat
from normalize.model import Result


def _quote_states_plainly(blocks: Blocks) -> list[frozenset[str]]:
    """One walk over every quotation mark of the text, as the states were first computed."""
    states: list[frozenset[str]] = []
    marks = iter(list(QUOTE_MARK.finditer(blocks.text)))
    mark = next(marks, None)
    open_marks: frozenset[str] = frozenset()
    for start, soft in zip(blocks.starts, blocks.soft, strict=True):
        while mark is not None and mark.start() < start:
            open_marks = _after(open_marks, mark.group())
            mark = next(marks, None)
        if not soft:
            open_marks = frozenset()
        states.append(open_marks)
    return states


def test_quote_states_carry_over_soft_cuts_only() -> None:
    text = (
        "He said: “The talks went well. They will go on. We hope so.” Then he left.\n\n"
        "“A quote that runs on. Into the next sentence. And ‘inner’ too.\n\n"
        'Plain "straight" quotes. And "one left open. Over a cut.'
    )
    blocks = _compute(text, 20)
    assert any(blocks.soft) and not all(blocks.soft[1:])  # cuts inside paragraphs and paragraph starts
    states = [blocks.quotes_open(k) for k in range(len(blocks.starts))]
    assert states == _quote_states_plainly(blocks)
    second = blocks.index(text.index("They will"))
    assert states[second] == frozenset({"double"})  # opened in the block before the cut
    assert states[blocks.index(text.index("“A quote"))] == frozenset()  # a paragraph starts with none open


def test_quote_states_match_one_walk_on_random_text() -> None:
    rng = random.Random(4)
    pieces = ["“", "”", '"', "‘", "’", "«", "»", "a", "b. C", ". D", "x’s", " ", "\n\n", "ok. “Q"]
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 80)))
        blocks = _compute(text, rng.choice([5, 12, 30]))
        assert [blocks.quotes_open(k) for k in range(len(blocks.starts))] == _quote_states_plainly(blocks), repr(text)


def test_isolated_changes_keep_the_untouched_pieces_between_them() -> None:
    tracker = EditTracker("one two three four five six")
    tracker.apply([Change(4, 7, "TWO", "r1", "c", "m"), Change(19, 23, "FIVE", "r1", "c", "m")])
    tracker.apply([Change(0, 3, "ONE", "r2", "c", "m"), Change(14, 18, "FOUR", "r2", "c", "m")])
    assert tracker.text == "ONE TWO three FOUR FIVE six"
    assert [(e.start, e.end, e.replacement, e.rule) for e in tracker.edits()] == [
        (0, 3, "ONE", "r2"),
        (4, 7, "TWO", "r1"),
        (14, 18, "FOUR", "r2"),
        (19, 23, "FIVE", "r1"),
    ]


def test_changes_meeting_earlier_edits_are_merged_only_where_they_are() -> None:
    words = [f"w{k}" for k in range(40)]
    tracker = EditTracker(" ".join(words))
    starts = [sum(len(w) + 1 for w in words[:k]) for k in range(40)]
    tracker.apply([Change(starts[k], starts[k] + len(words[k]), words[k].upper(), "r1", "c", "m") for k in (2, 20, 37)])
    text = tracker.text
    # each change of the second stage overlaps or touches an edit of the first, far from the others
    second = [
        Change(starts[2], starts[2] + 2, "X", "r2", "c", "m"),  # inside the edit "W2"
        Change(starts[20] + 3, starts[20] + 4, "!", "r2", "c", "m"),  # the space right after "W20"
        Change(starts[37], starts[37], "«", "r2", "c", "m"),  # an insertion at the edit's start
    ]
    tracker.apply(second)
    plain = EditTracker(" ".join(words), fast_path=False)
    plain.apply([Change(starts[k], starts[k] + len(words[k]), words[k].upper(), "r1", "c", "m") for k in (2, 20, 37)])
    assert plain.text == text
    plain.apply(second)
    assert tracker.text == plain.text
    assert tracker.edits() == plain.edits()
    assert [(e.start, e.end, e.replacement, e.rule) for e in tracker.edits()] == [
        (starts[2], starts[2] + 2, "X", "r1+r2"),
        (starts[20], starts[20] + 3, "W20", "r1"),  # a change beside an edit, not an insertion, stays apart
        (starts[20] + 3, starts[20] + 4, "!", "r2"),
        (starts[37], starts[37] + 3, "«W37", "r1+r2"),
    ]


def test_merging_where_the_changes_are_gives_what_merging_everything_gives() -> None:
    rng = random.Random(8)
    for _ in range(300):
        source = "".join(rng.choice("ab c\n") for _ in range(rng.randint(0, 300)))
        fast, plain = EditTracker(source), EditTracker(source, fast_path=False)
        for _ in range(rng.randint(1, 8)):
            proposed = []
            for _ in range(rng.randint(1, 20)):
                a = rng.randint(0, len(fast.text))
                b = min(len(fast.text), a + rng.choice([0, 1, 2, 5]))
                replacement = rng.choice(["", "x", "yy", fast.text[a:b]])
                proposed.append(Change(a, b, replacement, f"r{rng.randint(0, 3)}", "c", "m"))
            changes = select_non_overlapping(proposed)
            fast.apply(changes)
            plain.apply(changes)
            assert fast.text == plain.text, repr(source)
        assert fast.edits() == plain.edits(), repr(source)


def test_same_words_reads_the_line_word_by_word_only_when_it_may_match() -> None:
    key = ["death", "toll", "rises", "to", "15"]
    assert _same_words("Death toll rises to 15", key)
    assert _same_words("DEATH TOLL: rises to 15!", key)  # punctuation and case do not count
    assert not _same_words("Death toll rises to 16", key)
    assert not _same_words("The toll rises to 15", key)  # the first word is missing: no word split needed
    assert _same_words("...", []) and not _same_words("a word", [])


def test_four_words_is_the_word_count_test_on_random_lines() -> None:
    rng = random.Random(7)
    alphabet = "ab1 .,\u0301\u0627-’\t"
    assert _FOUR_WORDS.search("By Reuters staff, Baghdad")
    assert not _FOUR_WORDS.search("Posted: 12 May")  # three words
    for _ in range(5000):
        line = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert bool(_FOUR_WORDS.search(line)) == (len(_WORD.findall(line)) >= 4), repr(line)


def test_a_window_is_normalized_with_the_older_objects_frozen_and_then_thawed() -> None:
    assert gc.get_freeze_count() == 0
    with frozen_heap():
        outer = gc.get_freeze_count()
        with frozen_heap():  # nested: still frozen, not frozen again
            assert gc.get_freeze_count() == outer
        assert gc.get_freeze_count() == outer > 0
    assert gc.get_freeze_count() == 0
    seen: list[int] = []
    real = Normalizer._normalize_window_using

    def spy(self: Normalizer, texts: list[str]) -> list[Result]:
        seen.append(gc.get_freeze_count())
        return real(self, texts)

    normalizer = Normalizer()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Normalizer, "_normalize_window_using", spy)
        results = list(normalizer.normalize_many(["the the house", "Fine text."]))
    assert [r.text for r in results] == ["the house", "Fine text."]
    assert seen and all(count > 0 for count in seen) and gc.get_freeze_count() == 0


def test_nothing_is_frozen_with_the_collector_off() -> None:
    gc.disable()
    try:
        with frozen_heap():
            assert gc.get_freeze_count() == 0
    finally:
        gc.enable()


def test_a_program_that_froze_objects_itself_keeps_them_frozen() -> None:
    gc.freeze()
    try:
        mine = gc.get_freeze_count()
        assert mine > 0
        with frozen_heap():
            assert gc.get_freeze_count() == mine
        assert gc.get_freeze_count() == mine  # not thawed by us
    finally:
        gc.unfreeze()


def _repeats_plainly(text: str, rules: list[tuple[RepeatRule, regex.Pattern[str]]]) -> list[Change]:
    """Every match of each rule's regex over the whole text, judged as the kind judges it."""
    proposals = [
        change(rule, m.end("first"), m.end("second"), "")
        for rule, compiled in rules
        for m in compiled.finditer(text, overlapped=True)
        if is_accidental_repeat(m.group("first"), m.group("second")[-len(m.group("first")) :], rule)
    ]
    return select_non_overlapping(proposals)


def test_doubled_words_are_found_beside_marks_and_other_scripts() -> None:
    rule = RepeatRule("twice", "repetition", "m", "test", max_words=2)
    rules = [(rule, compile_repeat(rule))]
    text = "قال، the the army\u200f said said: “a a” and the\u0301 the\u0301 ٣ of of ٣of of"
    found = collapse_repeats(text, rules, 1.0, [])
    assert [(c.start, c.end) for c in found] == [
        (text.index(" the army"), text.index(" army")),
        (text.index(" said:"), text.index(":")),
        (text.index("a”") - 1, text.index("a”") + 1),
        (text.index(" of of") + 3, text.index(" of of") + 6),
    ]
    rng = random.Random(9)
    pieces = ["the ", "the", "of ", "a ", "،", "\u200f", "\u0301", "٣", "“", "”", "-", "'", "é ", "كتب ", "\n", "2"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 20)))
        assert collapse_repeats(text, rules, 1.0, []) == _repeats_plainly(text, rules), repr(text)


def test_block_starts_in_bytes_are_those_of_the_characters() -> None:
    rng = random.Random(10)
    pieces = ["a", "é", "“", "\ue000", " ", "\t", "\r", "\n", "\n\n", ". The", "كتب"]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 60)))
        blocks = blocks_of(text)
        assert block_byte_starts(blocks, text.encode("utf-8")) == byte_starts(text, blocks.starts), repr(text)


def test_context_phrases_trusted_from_the_scan_only_where_it_reads_as_ascii() -> None:
    contexts = Normalizer().contexts
    phrases = contexts.phrases[:200]
    rng = random.Random(11)
    extras = ["“", "”", "—", "\u00a0", " ", "’", "'", "\n", "_", "-", "é", "Ⓐ", "\u212a", "İ", "x", "1", "«"]
    for _ in range(3000):
        parts = [rng.choice(phrases) if rng.random() < 0.5 else rng.choice(extras) for _ in range(5)]
        text = "".join(p.upper() if rng.random() < 0.3 else p for p in parts)
        assert contexts.phrases_in(text, scan=True) == contexts.phrases_in(text, scan=False), repr(text)
    assert _as_ascii("“Iraq”\u00a0— the ‘army’")
    assert not _as_ascii("the Iraqi army, الجيش") and not _as_ascii("Ⓐ army") and not _as_ascii("café")


def test_switched_on_is_the_conditions_off_before_and_on_after() -> None:
    rng = random.Random(12)
    for _ in range(2000):
        rules = [f"r{k}" for k in range(rng.randint(0, 10))]
        active = {rule: rng.random() < 0.5 for rule in rules}
        seen = {rule: rng.random() < 0.5 for rule in rng.sample([*rules, "new"], rng.randint(0, len(rules) + 1))}
        plain = {rule for rule, on in active.items() if not on and seen.get(rule, False)}
        assert switched_on(active, seen) == plain


def test_the_name_and_place_kinds_share_a_documents_words_only_while_it_is_unchanged() -> None:
    round_one: Any = object()  # the memo tells rounds apart by identity alone
    round_two: Any = object()
    document = "Prime Minister Mustafa al-Kadhimi met Fuad Hussein in Baghdad."
    words = shared_words(round_one, document)
    assert words[1] == ["Prime", "Minister", "Mustafa", "al-Kadhimi", "Fuad", "Hussein", "Baghdad"]
    # the same text, cut out again (after an earlier document's repair moved it): the words found before
    assert shared_words(round_one, "".join(list(document))) is words
    other = "Fuad Hussein met Mustafa al-Kadhimi in Baghdad."
    assert shared_words(round_one, other)[1][:2] == ["Fuad", "Hussein"]  # another document of the round
    changed = document.replace("Fuad", "Fouad")
    assert shared_words(round_one, changed)[1][4] == "Fouad"  # changed by the name kind: found again
    assert shared_words(round_one, document) is words  # the first is still known in the round
    assert shared_words(round_two, document) is not words  # another round


def test_changed_categories_are_the_edits_categories_at_their_spans() -> None:
    """The date kind reads edits' categories without building the edits: the two must agree."""
    rng = random.Random(11)
    for _ in range(200):
        source = "".join(rng.choice("ab c\n") for _ in range(rng.randint(0, 200)))
        tracker = EditTracker(source)
        for _ in range(rng.randint(1, 6)):
            proposed = []
            for _ in range(rng.randint(1, 12)):
                a = rng.randint(0, len(tracker.text))
                b = min(len(tracker.text), a + rng.choice([0, 1, 2, 5]))
                category = f"c{rng.randint(0, 3)}"
                proposed.append(Change(a, b, rng.choice(["", "x", "yy"]), f"r{rng.randint(0, 3)}", category, "m"))
            tracker.apply(select_non_overlapping(proposed))
        plain = [(a, b, e.category) for (a, b), e in zip(tracker.changed_spans(), tracker.edits(), strict=True)]
        assert tracker.changed_categories() == plain, repr(source)


def test_a_phrase_beyond_ascii_leaves_the_scan_on_and_is_found_by_both_ways() -> None:
    """One context phrase beyond ASCII ("Electricité du Liban", a body's own name) once turned the
    scan off for every text; the scan now takes the ASCII phrases and the few others are looked for apart."""
    contexts = Normalizer().contexts
    assert "electricité du liban" in contexts.phrases
    assert contexts.scans
    for text in (
        "Électricité du Liban cut power in Beirut on Monday.",
        "The grid of ELECTRICITÉ DU LIBAN failed, the Iraqi army said.",
        "Electricité du Libanais is no name; Lebanon is.",
        "Power cuts in Beirut (Electricité du Liban) went on.",
    ):
        assert contexts.phrases_in(text, scan=True) == contexts.phrases_in(text, scan=False), text
    assert "electricité du liban" in contexts.phrases_in("Electricité du Liban cut power.", scan=True)
    assert "electricité du liban" not in contexts.phrases_in("Electricité du Libanais said.", scan=True)
