"""Run-time shortcuts of session 11: each gives what the longer way gives, on corpora and made-up texts."""

from __future__ import annotations

from normalize import Normalizer
from normalize.batching import JoinedVerdicts, document_spans, holds_where, reading, watched, where_on
from normalize.kinds.name import Runner as NameRunner
from normalize.namelater import later_surnames
from normalize.namepeople import NameIndex
from normalize.namewords import capitalised
from normalize.rounds import SEPARATOR

from .conftest import CLEAN, INPUTS, ROOT

NORMALIZER = Normalizer()
CORPUS = [p.read_text(encoding="utf-8") for p in INPUTS + CLEAN]
MTDEV = sorted((ROOT / "corpora" / "mtdev" / "input").glob("*.txt"))[:150]
#: First names after a figure, after a quote, glued by a hyphen: where runs and capitalised words part.
EDGES = [
    "On 3Mohammed Shia al-Sudani met Sudani aides. Sudani said.",
    "'Nouri al-Maliki' wrote; Nouri al-Maliki and later Maliki spoke.",
    "Abdul-Mahdi Adel spoke, then Adel Abdul Mahdi and Abdul Mahdi again.",
    "2Nouri al-Maliki and Al Maliki said ²Haider al-Abadi and Abadi.",
]


def _name_index() -> NameIndex:
    runner = next(stage.runner for stage in NORMALIZER.stages if stage.kind.name == "name")
    assert isinstance(runner, NameRunner)
    index = runner.indexes()[0]
    assert isinstance(index, NameIndex)
    return index


def test_a_repaired_documents_read_conditions_are_judged_as_verdicts_judges_them() -> None:
    contexts = NORMALIZER.contexts
    texts = CORPUS + [p.read_text(encoding="utf-8") for p in MTDEV]
    for text in texts:
        verdicts = contexts.verdicts(text)
        asked = [*list(verdicts)[::7], "no-such-rule"]
        assert contexts.holding(text, asked) == {rule for rule in asked if verdicts.get(rule)}


def test_surnames_later_are_the_same_found_from_the_capitalised_words() -> None:
    index = _name_index()
    texts = CORPUS + [p.read_text(encoding="utf-8") for p in MTDEV] + EDGES
    for text in texts:
        alone = later_surnames(text, index, [], set())
        assert later_surnames(text, index, [], set(), capitalised(text)) == alone


def _joined(rule_on: list[bool]) -> tuple[str, JoinedVerdicts]:
    texts = [f"Document {k} says little." for k in range(len(rule_on))]
    return SEPARATOR.join(texts), JoinedVerdicts([{"r": on} for on in rule_on])


def test_a_condition_that_does_not_hold_is_read_only_for_the_documents_searched() -> None:
    text, active = _joined([False, False, False])
    documents = document_spans(text, active)
    assert documents is not None
    shared: set[str] = set()
    with reading(shared):
        assert not holds_where(text, "r", active, [documents[1]])
    assert active.reads.own == [set(), {"r"}, set()] and not shared
    with reading(shared):
        assert not holds_where(text, "r", active, None)  # the whole text: read for every document
    assert shared == {"r"}


def test_a_disputed_condition_is_asked_only_of_the_documents_searched() -> None:
    text, active = _joined([True, False, False])
    documents = document_spans(text, active)
    assert documents is not None
    assert where_on(text, "r", active, [documents[2]]) == []
    assert active.reads.own == [set(), set(), {"r"}] and active.held
    assert where_on(text, "r", active) == [documents[0]]
    assert active.reads.own == [set(), {"r"}, {"r"}]


def test_a_span_between_documents_is_read_for_all_of_them() -> None:
    text, active = _joined([False, False])
    documents = document_spans(text, active)
    assert documents is not None
    shared: set[str] = set()
    gap = (documents[0][1] + 1, documents[1][0] - 1)
    with reading(shared):
        assert not holds_where(text, "r", active, [gap])
    assert shared == {"r"} and active.reads.own == [set(), set()]
    assert holds_where(text, "other", watched({}), None)


def test_joined_runs_are_the_same_as_each_document_alone() -> None:
    texts = [p.read_text(encoding="utf-8") for p in MTDEV[:60]] + CORPUS[:20]
    many = list(NORMALIZER.normalize_many(texts))
    for text, result in zip(texts, many, strict=True):
        alone = NORMALIZER.normalize(text)
        assert (result.text, result.edits, result.flags) == (alone.text, alone.edits, alone.flags)
