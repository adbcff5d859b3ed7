"""Property tests: edits reproduce the output, normalizing is idempotent, offsets compose."""

from __future__ import annotations

import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from normalize import Normalizer, apply_edits
from normalize.edits import Change, EditTracker, select_non_overlapping
from normalize.kinds import repeat
from normalize.kinds.base import change as repeat_change

_NORMALIZER = Normalizer()

# Words that trigger rules, mixed with ordinary ones, so generated texts exercise every stage.
_VOCAB = [
    "the",
    "popular",
    "crowd",
    "al-Kazimi",
    "Iraqi",
    "Hezbollah",
    "Brigades",
    "support",
    "and",
    "From",
    "hard",
    "angerThe",
    "عام",
    "Corona",
    "epidemic",
    "an",
    "a",
    "Iraqi",
    "said",
    ".",
    ",",
    "”",
    "“",
    "  ",
    "\n\n",
    "\n",
    "Hashd",
    "Sadr",
    "Peace",
    "iPhone",
    "McDonald",
    "â€™",
    "&amp;",
    "(",
    ")",
    "The",
    "United",
    "States",
    "about",
    "militia",
    "Baghdad",
    "quotes",
    "الحشد",
    "الشعبي",
    "Kata'ib",
    "Ansar",
    "Allah",
    "Yemen",
    "legitimate",
    "government",
    "Nujaba",
    "in",
    "order",
    "to",
]
_PIECES = st.lists(st.sampled_from(_VOCAB), max_size=40).map(lambda ws: " ".join(ws))
_TEXTS = st.one_of(_PIECES, st.text(max_size=200), st.text(alphabet="ab .,\n\u0627\u0644 ”“Tt", max_size=80))


def _edits_are_well_formed(source: str, result) -> None:  # type: ignore[no-untyped-def]
    previous_end = -1
    previous_start = -1
    for edit in result.edits:
        assert edit.original != edit.replacement
        assert source[edit.start : edit.end] == edit.original
        assert edit.start >= previous_end
        if edit.start == edit.end:
            assert edit.start != previous_start
        previous_start, previous_end = edit.start, edit.end


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXTS)
def test_edits_reproduce_output_and_are_well_formed(text: str) -> None:
    result = _NORMALIZER.normalize(text)
    assert apply_edits(text, result.edits) == result.text
    _edits_are_well_formed(text, result)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXTS)
def test_normalizing_twice_equals_once(text: str) -> None:
    once = _NORMALIZER.normalize(text).text
    assert _NORMALIZER.normalize(once).text == once


@st.composite
def _stage(draw, text: str) -> list[Change]:  # type: ignore[no-untyped-def]
    n = len(text)
    raw = draw(st.lists(st.tuples(st.integers(0, n), st.integers(0, 3), st.text("xyZ", max_size=3)), max_size=5))
    changes = [Change(a, min(n, a + k), r, f"r{a}", "c", "m") for a, k, r in raw]
    return select_non_overlapping([c for c in changes if text[c.start : c.end] != c.replacement])


@settings(max_examples=1500, deadline=None)
@given(st.text("abc ", max_size=14), st.data())
def test_tracker_composes_any_sequence_of_stages(source: str, data: st.DataObject) -> None:
    tracker = EditTracker(source)
    general = EditTracker(source, fast_path=False)
    text = source
    for _ in range(data.draw(st.integers(1, 4))):
        changes = data.draw(_stage(text))
        pieces, cursor = [], 0
        for change in changes:
            pieces += [text[cursor : change.start], change.replacement]
            cursor = change.end
        text = "".join([*pieces, text[cursor:]])
        tracker.apply(changes)
        general.apply(changes)
        assert tracker.text == text
    edits = tracker.edits()
    assert edits == general.edits()  # the fast path builds what the general merge builds
    assert apply_edits(source, edits) == text
    previous_end = -1
    for edit in edits:
        assert edit.original != edit.replacement and edit.start >= previous_end
        previous_end = edit.end


def test_tracker_merges_an_edit_of_an_edit_into_one_source_edit() -> None:
    tracker = EditTracker("the popular crowd .")
    tracker.apply([Change(4, 17, "Popular Mobilization Forces", "pmf", "terminology", "m")])
    tracker.apply([Change(31, 32, "", "space", "punctuation", "n"), Change(0, 3, "The", "cap", "c", "k")])
    assert tracker.text == "The Popular Mobilization Forces."
    got = [(e.start, e.end, e.original, e.replacement, e.rule) for e in tracker.edits()]
    assert got == [
        (0, 3, "the", "The", "cap"),
        (4, 17, "popular crowd", "Popular Mobilization Forces", "pmf"),
        (17, 18, " ", "", "space"),
    ]
    tracker.apply([Change(4, 31, "PMF", "short", "terminology", "s")])
    assert [(e.start, e.end, e.replacement, e.rule) for e in tracker.edits()][1] == (4, 17, "PMF", "pmf+short")


def test_tracker_drops_an_edit_that_a_later_stage_undoes() -> None:
    tracker = EditTracker("abc")
    tracker.apply([Change(1, 2, "X", "one", "c", "m")])
    tracker.apply([Change(1, 2, "b", "two", "c", "m")])
    assert tracker.edits() == []
    assert tracker.text == "abc"


def test_overlapping_proposals_of_one_stage_become_one_edit() -> None:
    # Two stray-script runs whose joining spaces overlap: the fast path must hand them to the general merge.
    result = _NORMALIZER.normalize("The factions said so.\nب  ب")
    assert [(e.start, e.end, e.replacement, e.rule) for e in result.edits] == [(22, 26, "", "stray-arabic")]
    assert result.text == "The factions said so.\n"


def _repeat_rules() -> list[tuple[repeat.RepeatRule, regex.Pattern[str]]]:
    """The bundled repeat rules, compiled as the repeat stage runs them."""
    return [(rule, repeat.compile_repeat(rule)) for rule in _NORMALIZER.rules if isinstance(rule, repeat.RepeatRule)]


def _repeats_everywhere(text: str) -> list[Change]:
    """Reference for the repeat stage: its regex tried at every position, with no word-list shortcut."""
    proposals = []
    for rule, compiled in _repeat_rules():
        for start in range(len(text)):
            match = compiled.match(text, start)
            if match is None:
                continue
            first = match.group("first")
            repeated = match.group("second")[len(match.group("second")) - len(first) :]
            if repeat.is_accidental_repeat(first, repeated, rule):
                proposals.append(repeat_change(rule, match.end("first"), match.end("second"), ""))
    return select_non_overlapping(proposals)


_REPEAT_WORDS = st.sampled_from(["the", "The", "and", "in order to", "support", "café", "x²", "that", "Duran"])
_REPEAT_GLUE = st.sampled_from([" ", " ", " ", ", ", "“", "”", "’", "-", "°", "\u0301", "\n", "  ", "2", "_", "—"])
_REPEAT_TEXTS = st.lists(st.tuples(_REPEAT_WORDS, _REPEAT_GLUE), max_size=12).map(
    lambda pairs: "".join(w + g for w, g in pairs)
)


@settings(max_examples=400, deadline=None)
@given(st.one_of(_REPEAT_TEXTS, st.text(max_size=60)))
def test_repeat_shortcut_finds_what_the_regex_finds_everywhere(text: str) -> None:
    assert repeat.collapse_repeats(text, _repeat_rules(), 2.0, []) == _repeats_everywhere(text)
