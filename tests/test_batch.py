"""``Normalizer.normalize_many`` joins documents to share stage calls; each result equals ``normalize``'s."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from normalize import Normalizer, Result

from .conftest import CLEAN, INPUTS
from .test_properties import _VOCAB

NORMALIZER = Normalizer()
CORPUS = [p.read_text(encoding="utf-8") for p in INPUTS + CLEAN]


def _fields(result: Result) -> tuple[object, ...]:
    return (result.source, result.text, result.edits, result.flags, result.problems)


def _same_as_one_by_one(texts: list[str], batch_chars: int) -> None:
    many = list(NORMALIZER.normalize_many(texts, batch_chars=batch_chars))
    assert [_fields(r) for r in many] == [_fields(NORMALIZER.normalize(t)) for t in texts]


def test_the_bundled_corpora_in_one_batch_and_in_small_ones() -> None:
    _same_as_one_by_one(CORPUS, batch_chars=10_000_000)
    _same_as_one_by_one(CORPUS, batch_chars=3_000)
    _same_as_one_by_one(CORPUS * 3, batch_chars=20_000)


def test_documents_with_different_context_verdicts_are_not_mixed_up() -> None:
    # "the crowd" means the PMF only in a document that says "popular crowd".
    with_context = "The popular crowd met.\n\nLater the crowd left the square."
    without = "Fans cheered.\n\nLater the crowd left the square."
    results = list(NORMALIZER.normalize_many([with_context, without, with_context]))
    assert results[0].text == "The Popular Mobilization Forces met.\n\nLater the PMF left the square."
    assert results[1].text == without
    assert results[2].text == results[0].text


def test_headlines_are_found_at_the_top_of_every_joined_document() -> None:
    doc = "Militias tend to appease Washington\n\nMilitias tend to appease Washington\n\nThe change was sudden."
    results = list(NORMALIZER.normalize_many([doc, doc]))
    assert [r.text for r in results] == ["Militias tend to appease Washington\n\nThe change was sudden."] * 2
    assert [e.start for e in results[1].edits] == [e.start for e in results[0].edits]


def test_empty_texts_separator_lookalikes_and_edits_at_the_edges() -> None:
    texts = ["", "the the", "\ue000 odd the the", " .", "x\n\n\ue000\n\ny the the", "angerThe end", ""]
    _same_as_one_by_one(texts, batch_chars=1_000)
    # Found by hypothesis: a last paragraph ends in a line break alone but not when joined;
    # langdetect must judge the same text either way.
    _same_as_one_by_one(["\u0627\n", ""], batch_chars=3)


def test_results_come_lazily_and_in_order() -> None:
    texts = (f"Document {i} said support and support ." for i in itertools.count())
    first = list(itertools.islice(NORMALIZER.normalize_many(texts, batch_chars=200), 25))
    assert [r.text for r in first] == [f"Document {i} said support." for i in range(25)]


def test_one_string_is_refused_rather_than_read_letter_by_letter() -> None:
    with pytest.raises(TypeError, match="iterable of texts"):
        next(NORMALIZER.normalize_many("the the militia"))


_DOCS = st.lists(st.sampled_from(_VOCAB), max_size=25).map(" ".join)
_ODD = st.text(alphabet="aA .,\n\ue000\u0627Tt", max_size=40)
#: Whole phrases whose repair depends on what stands around them (glosses, quoted Arabic,
#: paragraphs in another language, sentence starts), joined by spaces or paragraph breaks.
_PHRASES = [
    'Hezbollah, whose name means "Party of God", is in Lebanon.',
    "Kata'ib Hezbollah (Hezbollah Brigades) met.",
    "The Iraqi Hezbollah Brigades fired.",
    'sometimes rendered "popular crowd",',
    "the popular crowd said",
    "The Hashd said.",
    "the crowd of protesters",
    "The word hashd (حشد) means it.",
    "in 2017. عام",
    "Le gouvernement a annoncé mardi que les salaires des fonctionnaires seraient versés avant la fin du mois.",
    "hard From the air",
    "“ quoted ”",
    "in 2017.The factions",
    "a Iraqi official",
]
_PHRASE_DOCS = st.lists(st.tuples(st.sampled_from(_PHRASES), st.sampled_from([" ", "\n\n", ". "])), max_size=10).map(
    lambda pairs: "".join(phrase + gap for phrase, gap in pairs)
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_DOCS, _ODD, _PHRASE_DOCS, st.sampled_from(CORPUS)), max_size=8), st.integers(1, 4000))
def test_any_list_of_documents_gives_the_one_by_one_results(texts: list[str], batch_chars: int) -> None:
    _same_as_one_by_one(texts, batch_chars)


def test_a_rule_looking_past_the_end_of_a_document_sees_the_same_alone_and_joined() -> None:
    # the comma rule's look-ahead wanted a space after the next word: joined, the separator
    # gave it one that the document alone does not have.
    _same_as_one_by_one(["aa,AA", ""], batch_chars=6)
    assert NORMALIZER.normalize("aa,AA").text == "aa, AA"


def test_a_paragraph_starting_lower_case_is_judged_alike_alone_and_in_its_document() -> None:
    # stray-capital looked back across the paragraph break ("said.\n\nhard From"): alone, in the
    # verification round, the same paragraph had nothing before it and "From" was lowered.
    text = "The Hashd said.\n\nhard From the air, the strike came. in 2017. عام\n\n"
    _same_as_one_by_one([text, "The the end."], batch_chars=10_000)
    # the grammar pass of capital-mid-sentence lowers a function word after a lower-case word, here as in a batch
    assert [(e.rule, e.original) for e in NORMALIZER.normalize(text).edits] == [
        ("capital-mid-sentence", "From"),
        ("stray-arabic", " عام"),
    ]
