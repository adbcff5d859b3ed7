"""Two lower-case words run together: split only at a seam no English compound has."""

from __future__ import annotations

import pytest

from normalize.lowerglue import certain_split, split_lower_glued
from normalize.wordlist import frequent_words

LEFT = frozenset({"the", "and", "of", "to", "in", "on", "with", "that", "was", "have", "are"})
ENDINGS = ("ly", "ed")


@pytest.mark.parametrize(
    ("token", "cut"),
    [
        ("theminister", 3),
        ("ministershortly", 8),
        ("governmentannounced", 10),
        ("theprovince", 3),
        ("tothe", 2),
        ("withthe", 4),
        ("arefacing", 3),
        # words, compounds and uncertain seams stay whole
        ("wherewithal", 0),
        ("spokesperson", 0),
        ("notwithstanding", 0),
        ("downplayed", 0),
        ("spearheaded", 0),
        ("byelection", 0),
        ("oilexports", 0),
        ("securityforces", 0),
        ("warplanes", 0),
        ("therapist", 0),
        ("areport", 0),
    ],
)
def test_certain_split(token: str, cut: int) -> None:
    assert certain_split(token, frequent_words(), LEFT, ENDINGS) == cut


def test_tokens_in_addresses_handles_and_tags_are_left() -> None:
    text = "See www.theminister.gov.iq, @theminister, #theminister, a/theminister, x@theminister.org; theminister."
    assert split_lower_glued(text, None, LEFT, ENDINGS) == [text.rindex("theminister") + 3]


@pytest.mark.parametrize(
    ("token", "cut"),
    [
        ("oilexports", 3),
        ("securityforces", 8),
        ("watersupply", 5),
        ("healthcenter", 6),
        ("borderposts", 6),
        ("drinkingwater", 8),
        # compounds English writes closed (english_compounds.txt), and their inflections
        ("oilfield", 0),
        ("oilfields", 0),
        ("heatwave", 0),
        ("flashpoints", 0),
        ("cyberattack", 0),
        ("peacekeepers", 0),
        ("powerstations", 0),
        # one part no word of Webster's ("fol"), or two cuts ("gunship": "guns hip")
        ("portfol", 0),
        ("kataba", 0),  # Arabic in Latin letters: two short parts are no pair
        ("gunship", 0),
        ("areport", 0),
    ],
)
def test_two_common_words_split_only_outside_closed_compounds(token: str, cut: int) -> None:
    assert certain_split(token, frequent_words(), frozenset(), (), pair_length=3) == cut


def test_pairs_are_left_without_pair_length_and_inside_a_name_after_an_apostrophe() -> None:
    assert certain_split("securityforces", frequent_words(), LEFT, ENDINGS) == 0
    text = "The village of Ma’asaran and the securityforces."
    assert split_lower_glued(text, None, frozenset(), (), 3) == [text.index("securityforces") + 8]


def test_a_pair_the_text_writes_twice_is_a_word_of_its_own() -> None:
    text = "Run textlint first; textlint is slow. The securityforces left."
    assert split_lower_glued(text, None, frozenset(), (), 3) == [text.index("securityforces") + 8]


def test_pairs_only_in_english_paragraphs() -> None:
    text = "Le gouvernement a annoncé que les salaires seraient versés.\n\nThe securityforces left the city."
    assert split_lower_glued(text, None, frozenset(), (), 3) == [text.index("securityforces") + 8]
