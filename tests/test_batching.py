"""Joining documents whose context verdicts differ (``normalize.batching``), and the cheaper passes beside it.

Every speed-up here must leave the results as they were: each test compares the fast
path with the plain one, on the bundled corpora or on texts made to tell them apart.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import regex
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from normalize import Normalizer, Result
from normalize import protect as protect_module
from normalize.batching import JoinedVerdicts, group, protected_spans, reading, watched
from normalize.evidence import _WORDS, count_words
from normalize.mentions import _cues
from normalize.pipeline import MAX_ROUNDS
from normalize.protect import find_protected
from normalize.rounds import SEPARATOR, SEPARATOR_MARK, Titles
from normalize.screen import Pieces

from .conftest import CLEAN, INPUTS, ROOT

NORMALIZER = Normalizer()
CORPUS = [p.read_text(encoding="utf-8") for p in INPUTS + CLEAN]
#: "the crowd" is the PMF only in a document that says "popular crowd" (a term rule's condition).
WITH_CROWD = "The popular crowd met.\n\nLater the crowd left the square."
WITHOUT_CROWD = "Fans cheered.\n\nLater the crowd left the square."
#: "Conquest Alliance" is repaired to "Fatah Alliance", which switches the Palestinian conditions on.
SWITCHES_ON = "The Conquest Alliance led by Hadi al-Amery met in Baghdad."


def _fields(result: Result) -> tuple[object, ...]:
    return (result.source, result.text, result.edits, result.flags, result.problems, result.evidence)


def _joined_runs(normalizer: Normalizer, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record the text of every run of the stages over joined documents."""
    runs: list[str] = []
    original = normalizer._normalize_rounds

    def spy(text: str, titles: Titles, *args: object, **kwargs: object) -> Result:
        if titles is Titles.DOCUMENTS:
            runs.append(text)
        return original(text, titles, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(normalizer, "_normalize_rounds", spy)
    return runs


def test_documents_differing_only_in_term_conditions_are_joined_and_come_out_as_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    normalizer = Normalizer()
    texts = [WITH_CROWD, WITHOUT_CROWD, WITH_CROWD, "The the end."]
    first, second = normalizer.contexts.verdicts(WITH_CROWD), normalizer.contexts.verdicts(WITHOUT_CROWD)
    assert first["pmf-crowd"] and not second["pmf-crowd"]
    alone = [normalizer.normalize(t) for t in texts]
    runs = _joined_runs(normalizer, monkeypatch)
    many = list(normalizer.normalize_many(texts))
    assert runs == [SEPARATOR.join(texts)]  # one run of the stages for all four
    assert [_fields(r) for r in many] == [_fields(r) for r in alone]
    assert [r.text for r in many] == [
        "The Popular Mobilization Forces met.\n\nLater the PMF left the square.",
        WITHOUT_CROWD,
        "The Popular Mobilization Forces met.\n\nLater the PMF left the square.",
        "The end.",
    ]


def test_the_corpora_are_one_join_whatever_their_verdicts(monkeypatch: pytest.MonkeyPatch) -> None:
    normalizer = Normalizer()
    verdicts = normalizer.contexts.verdicts_many(CORPUS)
    runs = _joined_runs(normalizer, monkeypatch)
    list(normalizer.normalize_many(CORPUS, batch_chars=10_000_000))
    assert len(group(verdicts, frozenset())) > 10  # the corpora's documents seldom agree on every condition
    assert len(group(verdicts, normalizer._term_ids)) > 3  # pattern rules' conditions disagree too
    assert len(runs) == 1  # and yet one run: no disputed verdict is read
    alone = [normalizer.normalize(text) for text in CORPUS]
    assert [_fields(r) for r in normalizer.normalize_many(CORPUS, batch_chars=10_000_000)] == [
        _fields(r) for r in alone
    ]


def test_a_disputed_verdict_read_for_the_whole_text_undoes_the_join() -> None:
    joined = JoinedVerdicts([{"a": True, "b": False}, {"a": False, "b": False}])
    assert joined.disputed == ["a"] and joined.held
    assert not joined["b"] and joined.held  # agreed on: reading it is fine
    assert joined["a"]  # the first document's verdict, until the join is dropped
    assert not joined.held
    narrower = JoinedVerdicts([{"a": True}, {"a": False}]).of([0])
    assert narrower.disputed == [] and narrower.get("a")


def test_a_join_whose_disputed_verdict_is_read_is_redone_in_agreeing_groups(monkeypatch: pytest.MonkeyPatch) -> None:
    # The term kind reads a joined text's verdicts whole when it cannot find its documents in it.
    monkeypatch.setattr("normalize.kinds.term.document_spans", lambda text, active: None)
    normalizer = Normalizer()
    texts = [WITH_CROWD, WITHOUT_CROWD]
    runs = _joined_runs(normalizer, monkeypatch)
    many = list(normalizer.normalize_many(texts))
    assert runs == [SEPARATOR.join(texts)]  # tried once, then each alone (they agree with nobody else)
    assert [_fields(r) for r in many] == [_fields(Normalizer().normalize(t)) for t in texts]


def test_conditions_that_do_not_hold_note_being_read() -> None:
    verdicts = watched({"on": True, "off": False, "other": False})
    read: set[str] = set()
    assert verdicts["on"] is True
    with reading(read):
        assert not verdicts["off"]
        assert verdicts.get("missing", True)
    assert read == {"off"}
    assert not verdicts["other"] and read == {"off"}  # outside ``reading`` nothing is noted


def test_watched_verdicts_match_the_plain_computation_whatever_the_rules() -> None:
    """``watched`` reuses the rules' stand-ins between calls: a change of rules or order must not mix them up."""
    rounds = [
        {"a": True, "b": False, "c": False},
        {"a": False, "b": True, "c": False},  # same rules, other verdicts
        {"c": True, "a": False},  # fewer rules, other order
        {"d": False, "a": True, "b": False, "c": True},  # a rule not seen before
        {"a": True, "b": None, "c": 0},  # not bools: each taken as it is, or its stand-in when false
    ]
    for verdicts in rounds:
        result = watched(verdicts)  # type: ignore[arg-type]
        assert list(result) == list(verdicts)
        for rule, on in verdicts.items():
            if on:
                assert result[rule] is on
            else:
                read: set[str] = set()
                with reading(read):
                    assert not result[rule]
                assert read == {rule}


@pytest.mark.parametrize(
    ("per_document", "among"),
    [
        ([{"a": True, "b": False, "c": False}, {"a": True, "b": True, "c": False}], None),
        ([{"a": True, "b": False}, {"a": False, "b": False}, {"a": True, "b": True}], None),
        ([{"a": True, "b": False, "c": True}, {"a": True, "c": True}], None),  # "b" missing: disputed
        ([{"a": False, "b": False}, {"a": True, "b": False, "z": True}], None),  # "z" only in a later one
        ([{"c": True, "b": False, "a": False}, {"c": False, "b": True, "a": True}], ["a", "c"]),
        ([{"a": True}], None),
    ],
)
def test_disputed_rules_are_those_the_plain_comparison_finds(
    per_document: list[dict[str, bool]], among: list[str] | None
) -> None:
    """The set operations that find disputed rules agree with comparing each rule document by document."""
    first = per_document[0]
    plain = [
        rule
        for rule in (first if among is None else among)
        if any(verdicts.get(rule) != first[rule] for verdicts in per_document)
    ]
    joined = JoinedVerdicts(per_document, among=among)
    assert joined.disputed == plain
    for rule in first:
        assert (type(joined[rule]).__name__ == "_Disputed") == (rule in plain)


def test_a_condition_switched_on_but_never_read_costs_no_second_run(monkeypatch: pytest.MonkeyPatch) -> None:
    normalizer = Normalizer()
    before = normalizer.contexts.verdicts(SWITCHES_ON)
    runs: list[dict[str, bool]] = []
    original = normalizer._watched_run
    monkeypatch.setattr(normalizer, "_watched_run", lambda t, titles, a: runs.append(a) or original(t, titles, a))
    result = normalizer.normalize(SWITCHES_ON)
    after = normalizer.contexts.verdicts(result.text)
    assert not before["ps-plo-literal"] and after["ps-plo-literal"]
    assert len(runs) == 1
    widened = {rule: on or after[rule] for rule, on in before.items()}
    again = normalizer._normalize(SWITCHES_ON, Titles.DOCUMENT, widened, MAX_ROUNDS)
    assert (result.text, result.edits) == (again.text, again.edits)
    assert result.text == "The Fatah Alliance led by Hadi al-Amiri met in Baghdad."


def test_a_condition_switched_on_and_read_is_run_again() -> None:
    text = "The Conquest Alliance met in Baghdad.\n\nTroops held the Philadelphia axis."
    assert not NORMALIZER.contexts.verdicts(text)["ps-philadelphi-literal"]
    expected = "The Fatah Alliance met in Baghdad.\n\nTroops held the Philadelphi Corridor."
    assert NORMALIZER.normalize(text).text == expected
    assert [r.text for r in NORMALIZER.normalize_many([WITHOUT_CROWD, text, SWITCHES_ON])][1] == expected


def test_the_screen_scans_joined_documents_alone_and_each_once() -> None:
    screen = NORMALIZER.screen
    texts = CORPUS[:12]
    joined = SEPARATOR.join(texts)
    scanned: list[bytes] = []
    pieces = Pieces(SEPARATOR)

    def counting(data: bytes) -> list[tuple[int, int]]:
        scanned.append(data)
        return screen._matches(data)

    whole, by_piece = screen.scan(joined), screen.scan(joined, pieces)

    def blocks(spans: list[tuple[int, int]] | None) -> str:
        # The separator's own paragraph is no document's: a whole scan can find a trigger in it.
        return "".join(joined[a:b] for a, b in spans or ()).replace(SEPARATOR_MARK + "\n\n", "")

    keys = sorted(screen.screened)
    assert [blocks(by_piece.spans(k)) for k in keys] == [blocks(whole.spans(k)) for k in keys]
    assert sum(bool(by_piece.spans(k)) for k in keys) > 20
    pieces.matches(joined, counting)
    assert scanned == []  # every document known already
    changed = SEPARATOR.join([*texts[:5], texts[5].replace("the", "teh", 1), *texts[6:]])
    pieces.matches(changed, counting)
    assert scanned == [changed.split(SEPARATOR)[5].encode()]


def _samples() -> list[str]:
    texts = [*CORPUS]
    for path in sorted((ROOT / "tests" / "data" / "do_no_harm").glob("*.yaml")):
        texts.extend(case["text"] for case in yaml.safe_load(path.read_text(encoding="utf-8"))["cases"])
    return texts


def test_protected_spans_searched_line_by_line_are_those_of_the_whole_text(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _samples()
    rng = random.Random(7)
    texts.append(SEPARATOR.join(rng.sample(texts, 40)))
    fast = [find_protected(t) for t in texts]
    entries = protect_module._patterns()
    assert any(e.lines is not None for e in entries)
    monkeypatch.setattr(protect_module, "_patterns", lambda: tuple(e._replace(lines=None) for e in entries))
    assert [find_protected(t) for t in texts] == fast


def test_protected_spans_of_joined_documents_are_each_documents_own_and_those_of_the_whole_join() -> None:
    texts = _samples()
    rng = random.Random(11)
    seen = 0
    for _ in range(5):
        chosen = rng.sample(texts, 30)
        joined = SEPARATOR.join(chosen)
        spans = protected_spans(joined, Titles.DOCUMENTS)
        assert spans == find_protected(joined)  # no span of these runs across a joint
        starts = [0]
        for text in chosen[:-1]:
            starts.append(starts[-1] + len(text) + len(SEPARATOR))
        own = [p.moved(start) for start, text in zip(starts, chosen, strict=True) for p in find_protected(text)]
        assert spans == own
        seen += len(own)
    assert seen > 20
    assert protected_spans(texts[0], Titles.DOCUMENT) == find_protected(texts[0])


def test_a_protected_span_that_would_cross_a_joint_stays_in_its_document() -> None:
    first, second = "Aliases", "Hashd al-Shaabi\n\nIt met."
    joined = SEPARATOR.join([first, second])
    assert any(p.end > len(first) + 2 for p in find_protected(joined) if p.start < len(first))  # the label reaches on
    spans = protected_spans(joined, Titles.DOCUMENTS)
    assert [(p.start, p.end, p.kind) for p in spans] == [
        (p.start + len(first) + len(SEPARATOR), p.end + len(first) + len(SEPARATOR), p.kind)
        for p in find_protected(second)
    ]
    results = list(NORMALIZER.normalize_many([first, second]))
    assert [_fields(r) for r in results] == [_fields(NORMALIZER.normalize(t)) for t in (first, second)]


def test_the_needs_of_the_protected_patterns_hold_wherever_they_match() -> None:
    for entry in protect_module._patterns():
        for text in _samples():
            if entry.pattern.search(text) and entry.lines is not None:
                for match in entry.pattern.finditer(text):
                    line_start = text.rfind("\n", 0, match.start()) + 1
                    line_end = text.find("\n", match.end())
                    line = text[line_start : len(text) if line_end == -1 else line_end]
                    assert "\n" not in match.group() and entry.lines.search(line), (entry.kind, match.group())


def test_mention_cues_searched_backwards_agree_with_a_forward_search() -> None:
    cues = _cues()
    backward = [*cues.before, cues.transliteration, cues.not_a_name, cues.historical_before]
    forward = [regex.compile(p.pattern, p.flags & ~regex.REVERSE) for p in backward]
    befores = []
    for text in _samples():
        for word in regex.finditer(r"\b\w", text):
            line_start = text.rfind("\n", 0, word.start()) + 1
            befores.append(text[max(line_start, word.start() - cues.reach) : word.start()])
    assert len(befores) > 10_000
    for fast, plain in zip(backward, forward, strict=True):
        found = [fast.search(b) is not None for b in befores]
        assert found == [plain.search(b) is not None for b in befores]
        assert any(found)


def test_context_verdicts_from_the_phrases_present_follow_the_conditions() -> None:
    contexts = NORMALIZER.contexts
    phrases = contexts.phrases
    rng = random.Random(11)
    conditions = contexts._conditions
    for _ in range(300):
        present = set(rng.sample(phrases, rng.randint(0, 6)))
        glossed = set(rng.sample(sorted(present), rng.randint(0, len(present))))
        required = present - glossed
        expected = {
            rule: (not requires or bool(requires & required)) and not (excludes & present)
            for rule, (requires, excludes) in conditions.items()
        }
        assert contexts._decide(present, glossed) == expected


def test_the_throughput_script_compares_two_checkouts(tmp_path: Path) -> None:
    import subprocess
    import sys

    script = ROOT / "bench" / "throughput_compare.py"
    done = subprocess.run(
        [sys.executable, str(script), f"a={ROOT}", f"b={ROOT}", "--rounds", "1", "--repeat", "1"],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("round 1        a: ") and lines[1].startswith("round 1        b: ")
    digests = {line.rsplit("outputs ", 1)[1] for line in lines if "outputs " in line}
    assert len(digests) == 1  # one checkout, one output


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="aZ9 ’'\n\t\u00a0\u0627\u0660é-.,\u2028\x1c_", max_size=60))
def test_words_counted_by_token_are_the_regex_words(text: str) -> None:
    assert count_words(text) == len(_WORDS.findall(text))


def test_words_counted_by_token_in_the_corpora() -> None:
    assert [count_words(t) for t in _samples()] == [len(_WORDS.findall(t)) for t in _samples()]
