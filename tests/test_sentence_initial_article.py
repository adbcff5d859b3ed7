"""A case-sensitive calque listed with its article ("the International Emergency Forces") is also
found opening a sentence, where the article is capitalised; the repair then loses the article with
the rest of the calque, as it does mid-sentence, rather than leaving "The UNIFIL said"."""

from __future__ import annotations

from normalize import Normalizer

from .conftest import assert_repaired, assert_untouched

NORMALIZER = Normalizer()
PLACE = " near the border in southern Lebanon, a Lebanese army source said."


def test_the_calque_opening_a_sentence_loses_its_article_with_the_rest() -> None:
    result = assert_repaired(
        NORMALIZER,
        "The International Emergency Forces said a patrol was hit" + PLACE,
        "UNIFIL said a patrol was hit" + PLACE,
        ["lb-unifil-literal"],
    )
    assert [(e.original, e.replacement) for e in result.edits] == [("The International Emergency Forces", "UNIFIL")]


def test_mid_sentence_the_listed_form_with_the_article_is_repaired_as_before() -> None:
    assert_repaired(
        NORMALIZER,
        "A patrol of the International Emergency Forces was hit" + PLACE,
        "A patrol of UNIFIL was hit" + PLACE,
        ["lb-unifil-literal"],
    )


def test_a_capitalised_article_is_no_licence_for_other_capitals() -> None:
    """Only the article's first letter may differ: "THE INTERNATIONAL EMERGENCY FORCES" is a headline's own case."""
    assert_untouched(NORMALIZER, "THE INTERNATIONAL EMERGENCY FORCES SAID A PATROL WAS HIT" + PLACE)
