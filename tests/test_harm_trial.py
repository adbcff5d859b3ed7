"""Professional English the tool had not seen, and the wrong outputs of the last review.

A capital inside a long official name, a surname that is another name than a gazetteer
surname of the same key, a town sharing its Arabic name with a place English calls by an
exonym, and a writer's house style in a short text with nothing to say it is machine
translation.  The clean passages are corpora/clean/harm_trial_*.txt.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from normalize import Normalizer
from normalize.nameletters import may_be_same_name

from .conftest import assert_untouched, edits_and_flags

CLEAN = Path(__file__).resolve().parent.parent / "corpora" / "clean"


def test_a_capital_inside_a_long_official_name_stays(normalizer: Normalizer) -> None:
    text = "The General Presidency for the Affairs of the Two Holy Mosques opened a gate."
    assert_untouched(normalizer, text)
    # a stray capital with a lower-case word on one side is still lowered
    assert edits_and_flags(normalizer, "The ministry began paying the Salaries of the staff of the Central Bank.") == (
        [("capital-mid-sentence", "Salaries", "salaries")],
        [],
    )


@pytest.mark.parametrize(
    ("found", "canonical", "same"),
    [
        ("Belhaq", "Belhaj", False),  # ق is not ج
        ("Shehayeb", "Shehab", False),  # a ي between vowels: شهيب, not شهاب
        ("Freige", "Al-Freij", False),  # the French soft g is an owner's spelling, not MT's
        ("Mikaty", "Mikati", True),
        ("Dabaiba", "Dbeibah", True),
        ("Kablan", "Qabalan", True),
        ("Bezishkian", "Pezeshkian", True),
        ("Fayad", "Fayyad", True),
    ],
)
def test_consonants_decide_whether_two_spellings_can_be_one_name(found: str, canonical: str, same: bool) -> None:
    assert may_be_same_name(found, canonical) is same


def test_a_lone_surname_of_another_name_is_not_offered(normalizer: Normalizer) -> None:
    for text in (
        "Freige, who runs a bakery, said flour prices had doubled.",
        "Mr Shehayeb, who chairs the council, said the road would reopen.",
        "The lawyer, Karim Belhaq, said his client would appeal.",
    ):
        assert_untouched(normalizer, text)
    # a spelling of the same letters still is
    assert edits_and_flags(normalizer, "Mikaty said on Monday that talks would resume.") == (
        [],
        [("unlisted-name-spelling", "Mikaty")],
    )


def test_an_exonym_is_suggested_only_where_its_country_is_named(normalizer: Normalizer) -> None:
    assert_untouched(normalizer, "The road between Arihah and Saraqib was cut.")
    assert edits_and_flags(normalizer, "Israeli forces raided Arihah in the West Bank.") == (
        [("unlisted-place-spelling", "Arihah", "Jericho")],
        [],
    )


def test_a_house_style_in_one_word_of_a_name_vouches_for_the_rest(normalizer: Normalizer) -> None:
    # "Serraj" is a listed house style of Fayez al-Sarraj, and ai for ay ("Faiez") a house style's
    # vowel choice (Faisal, Faysal): the name as a whole is a writer's style, left as written
    assert_untouched(normalizer, "Faiez Serraj left Tripoli for Istanbul last week.")
    # nor is another vowel choice respelt ("Fayiz")
    assert edits_and_flags(normalizer, "Fayiz Serraj left Tripoli for Istanbul last week.")[0] == []
    assert_untouched(normalizer, "Prime Minister Mostafa Madbouli met the governors.")


@pytest.mark.parametrize("path", sorted(CLEAN.glob("harm_trial_*.txt")), ids=lambda p: p.name)
def test_the_clean_passages_get_no_edit_and_no_flag(normalizer: Normalizer, path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert_untouched(normalizer, text)


def test_a_figure_after_the_same_number_in_words_is_the_drafting_convention(normalizer: Normalizer) -> None:
    text = "The Claimant shall reply within fourteen (14) days and pay within twenty-one (21) days."
    assert_untouched(normalizer, text)
    assert edits_and_flags(normalizer, "The ministry paid (450) billion dinars in (14) days.") == (
        [("bracketed-figure", "(450)", "450"), ("bracketed-figure", "(14)", "14")],
        [],
    )


def test_the_parts_a_body_is_composed_of_are_not_communities(normalizer: Normalizer) -> None:
    text = "The force is composed of some 40, mostly Shia components, which answer to the cabinet."
    assert_untouched(normalizer, text)
    assert edits_and_flags(normalizer, "The Shia components met and the Sunni component objected.") == (
        [
            ("community-not-component", "components", "communities"),
            ("community-not-component", "component", "community"),
        ],
        [],
    )


def test_a_run_with_a_place_head_is_no_person_s_name(normalizer: Normalizer) -> None:
    assert_untouched(normalizer, "Crowds queued at Qasr Al Hosn on Friday.")


def test_a_place_in_iyeh_is_not_a_word_without_the_ending(normalizer: Normalizer) -> None:
    assert_untouched(normalizer, "But Iqbal was back from injury and scored the winner.")


def test_another_first_name_and_an_article_the_surname_lacks_make_another_family(normalizer: Normalizer) -> None:
    assert_untouched(normalizer, "The engineers Walid Tarmoom and Haytham al-Shihab were held.")
    # alone, "Shihab" is a listed name's own spelling (Oman's Shihab bin Tarik), so it is no misspelling
    assert_untouched(normalizer, "Shihab said on Monday that talks would resume.")


def test_an_abbreviation_s_plural_is_no_place(normalizer: Normalizer) -> None:
    assert_untouched(normalizer, "The review drew on reports by NGOs and on interviews with IDPs.")


def test_a_joined_document_s_lines_do_not_decide_another_s_glue(normalizer: Normalizer) -> None:
    # one line of each document looks like an infobox field; together they once made an "infobox"
    byline = "The Future of the Seminary\n\nByMohammad Hassan\n\nThe study looks at the succession.\n"
    other = "Rosemary DiCarlo told the council that the talks had stalled.\nShe said more work was needed.\n"
    alone = normalizer.normalize(byline)
    assert [(e.rule, e.original, e.replacement) for e in alone.edits] == [("glued-name", "", " ")]
    joined = list(normalizer.normalize_many([other, byline]))
    assert [(e.rule, e.replacement) for e in joined[1].edits] == [("glued-name", " ")]
    assert joined[1].text == alone.text


def test_a_compound_written_in_one_word_is_the_name_not_a_misspelling(normalizer: Normalizer) -> None:
    assert_untouched(normalizer, "Former president Abdrabbuh Mansur Hadi left Aden in 2015.")
    assert edits_and_flags(normalizer, "Former president Abdrabu Mansur Hadi left Aden in 2015.") == (
        [("unlisted-name-spelling", "Abdrabu Mansur Hadi", "Abd Rabbuh Mansur Hadi")],
        [],
    )


def test_a_first_name_in_a_house_style_does_not_hold_back_the_surname_s_repair(normalizer: Normalizer) -> None:
    # "Mostafa" is a listed house style of al-Kadhimi's first name; MT's "al-Kazemy" is still repaired
    assert edits_and_flags(normalizer, "Prime Minister Mostafa al-Kazemy met the envoy.") == (
        [("unlisted-name-spelling", "al-Kazemy", "al-Kadhimi")],
        [],
    )
