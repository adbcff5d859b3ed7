"""Unseen spellings of known names, and the house styles an editor keeps.

A doubled consonant written single is the shadda MT dropped ("Thabet al-Abasi" for al-Abbasi):
repaired where the rest of the full name is the person's, or a role word and the country say who
is meant; a single s ("Hasan", "Yousef") is a spelling convention and a listed style is the
writer's.  Which short vowel a name takes (Abdul Qader, Mostafa) and how the article of
al-Din is written (Salah Eddin, Alaa Eldin) are house styles as a class: kept by default.
The clean passage is corpora/clean/s15_spellings_keep.txt.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from normalize import Normalizer
from normalize.gazetteer_items import generated_styles
from normalize.namecompare import dropped_double, is_misspelling, same_spelling
from normalize.namekeys import load_key_table

from .conftest import assert_repaired, assert_untouched, edits_and_flags

ROOT = Path(__file__).resolve().parent.parent
CLEAN = ROOT / "corpora" / "clean"


@pytest.fixture(scope="module")
def table():  # type: ignore[no-untyped-def]
    import yaml

    data = yaml.safe_load((ROOT / "rules" / "gazetteer" / "name_keys.yaml").read_text(encoding="utf-8"))
    data["style_words"] = [["mohammed", "mohamed"]]
    return load_key_table(data)


@pytest.mark.parametrize(
    ("found", "canonical", "dropped"),
    [
        ("al-Abasi", "al-Abbasi", True),
        ("al-Fayadh", "al-Fayyadh", False),  # the glides y and w: outlets write Ayoub, Nawaf
        ("Nawaf", "Nawwaf", False),
        ("Ghaban", "al-Ghabban", True),
        ("Hamouda", "Hammouda", True),
        ("Hasan", "Hassan", False),  # ss: a convention, not a shadda
        ("Yousef", "Youssef", False),
        ("Mohamed", "Mohammed", False),  # a style word's spelling
        ("al-Abbasi", "al-Abbasi", False),
        ("al-Abbassi", "al-Abbasi", False),  # a consonant doubled, not dropped
        ("al-Abasy", "al-Abbasi", False),  # something else changed too
    ],
)
def test_a_dropped_shadda_is_told_from_a_house_style(table, found: str, canonical: str, dropped: bool) -> None:  # type: ignore[no-untyped-def]
    assert dropped_double(table, found, canonical) is dropped
    assert same_spelling(table, found, canonical) or found == "al-Abasy" or found == "al-Abbassi"


def test_a_dropped_shadda_is_a_misspelling_for_a_lone_surname(normalizer: Normalizer, table) -> None:  # type: ignore[no-untyped-def]
    with normalizer_language(normalizer):
        assert is_misspelling(table, "al-Abasi", "al-Abbasi")
        assert not is_misspelling(table, "Hasan", "Hassan")


def normalizer_language(normalizer: Normalizer):  # type: ignore[no-untyped-def]
    from normalize import lexicon

    return lexicon.using(normalizer.language)


def test_a_full_name_with_a_shadda_dropped_is_repaired(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "Defence Minister Thabet al-Abasi inspected the units. Interior Minister Abdul Amir al-Shamari spoke.",
        "Defence Minister Thabet al-Abbasi inspected the units. Interior Minister Abdul Amir al-Shammari spoke.",
        ["unlisted-name-spelling", "unlisted-name-spelling"],
    )
    # a glide written single is a house style: Ayoub, Nawaf, al-Fayadh
    assert_untouched(normalizer, "The head of the Hashd, Falih al-Fayadh, spoke in Baghdad.")
    assert edits_and_flags(normalizer, "The former interior minister, Mohammed al-Ghaban, was named.") == (
        [("unlisted-name-spelling", "al-Ghaban", "al-Ghabban")],
        [],
    )


def test_a_lone_surname_with_a_shadda_dropped_needs_a_role_and_the_country(normalizer: Normalizer) -> None:
    assert edits_and_flags(normalizer, "The Iraqi Defence Minister, al-Abasi, visited Anbar on Monday.") == (
        [("unlisted-name-spelling", "al-Abasi", "al-Abbasi")],
        [],
    )
    # no role and no country: nothing says who is meant, and a person is asked
    assert edits_and_flags(normalizer, "Al-Abasi said the road would reopen.") == (
        [],
        [("unlisted-name-spelling", "Al-Abasi")],
    )


def test_a_surname_named_in_full_elsewhere_is_left_to_the_two_spellings_flag(normalizer: Normalizer) -> None:
    text = "Thabet al-Abbasi spoke on Sunday. Later, al-Abasi said the talks would resume."
    edits, _ = edits_and_flags(normalizer, text)
    assert edits == []


def test_a_single_s_and_a_listed_style_are_kept(normalizer: Normalizer) -> None:
    assert_untouched(normalizer, "Hezbollah leader Hasan Nasrallah spoke on Sunday.")
    assert_untouched(normalizer, "The former foreign minister, Walid al-Moallem, died in 2020.")


def test_vowel_choices_and_al_din_are_house_styles(normalizer: Normalizer) -> None:
    for text in (
        "Nineveh governor Abdul Qader al-Dakhil said on Monday that the works would take years.",
        "The statue of Salah Eddin stands outside the citadel in Damascus.",
        "Alaa Eldin and Nasir ed-Din were named in the list.",
        "The head of the prisoners' committee, Abdul Qader al-Murtada, said the exchange would go ahead.",
    ):
        assert_untouched(normalizer, text)
    # an MT error beside a style is still an error: "al-Kazemi" (dh as z)
    assert_repaired(
        normalizer,
        "Prime Minister Mustafa al-Kazemi met the delegation.",
        "Prime Minister Mustafa al-Kadhimi met the delegation.",
        ["kadhimi"],
    )


def test_a_listed_house_style_is_kept_and_applied_only_with_style(normalizer: Normalizer) -> None:
    text = "Marshal Khalifa Hifter spoke in Benghazi."
    assert_untouched(normalizer, text)
    assert edits_and_flags(Normalizer(style=True), text) == ([("ly-haftar", "Khalifa Hifter", "Khalifa Haftar")], [])


def test_the_name_matcher_takes_the_generated_styles_for_the_persons() -> None:
    import yaml

    from normalize import translit
    from normalize.gazetteer import Entry

    path = ROOT / "rules" / "gazetteer" / "transliteration.yaml"
    data = translit.load_table(yaml.safe_load(path.read_text(encoding="utf-8")))
    arabic = "عبد القادر الدخيل"
    entry = Entry("x", "Abdul Qadir al-Dakhil", arabic, "person", "person", "IQ")
    made = generated_styles(entry, data, frozenset())
    assert "Abdul Qader al-Dakhil" in made
    assert not any("Dakil" in m or m == "Qadir al-Dakhil" for m in made)


def test_the_clean_passage_stays(normalizer: Normalizer) -> None:
    assert_untouched(normalizer, (CLEAN / "s15_spellings_keep.txt").read_text(encoding="utf-8"))


def test_a_misread_letter_in_a_surname_after_the_given_names(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "Prime Minister Najib Nikati chaired the session on Tuesday.",
        "Prime Minister Najib Mikati chaired the session on Tuesday.",
        ["unlisted-name-spelling"],
    )
    # alone, or after another given name, the surname so changed is anyone's
    assert_untouched(normalizer, "The lawyer Nabil Nikati spoke on Tuesday.")


def test_an_article_written_apart_in_a_generated_style_is_no_word_of_the_name(normalizer: Normalizer) -> None:
    assert_untouched(normalizer, "Kuwait's Emir, Sheikh Mishal Al Ahmad Al Sabah, visited Riyadh on Monday.")


def test_a_listed_house_style_is_no_misreading(normalizer: Normalizer) -> None:
    assert_untouched(normalizer, "Walid Junblat said on Monday that talks would resume.")
