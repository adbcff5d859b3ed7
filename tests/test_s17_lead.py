"""Leftovers of the last round: a place named like an outlet, lower-case furniture, a dateline between
headline copies (rules/gazetteer/body_keys.yaml, rules/arabic-structure.yaml, normalize/kinds/title.py)."""

from __future__ import annotations

from normalize import Normalizer

from .conftest import assert_repaired, assert_untouched


def test_a_place_with_other_arabic_is_not_an_outlet_misspelt(normalizer: Normalizer) -> None:
    # Wasit (واسط) and al-Wasat (الوسط) share a key once vowels go; "News Agency" is no reason to respell it
    assert_untouched(normalizer, "Wasit News Agency reported that the governor of Wasit opened a school in Kut.\n")


def test_a_place_with_the_outlets_arabic_is_the_outlet_beside_a_cue(normalizer: Normalizer) -> None:
    result = normalizer.normalize("The Al-Mayadin channel said that three raids hit the city.\n")
    assert result.text == "The Al Mayadeen channel said that three raids hit the city.\n"
    assert [(e.rule, e.original, e.replacement) for e in result.edits] == [
        ("unlisted-body-spelling", "Al-Mayadin", "Al Mayadeen")
    ]


def test_lower_case_related_news_at_the_end_goes(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The ministry said that exports rose in May.\n\nRelated news\n\nShare this:\n",
        "The ministry said that exports rose in May.\n",
        ["boilerplate-line"],
    )


def test_a_headline_copy_after_a_dateline_line_goes(normalizer: Normalizer) -> None:
    for dateline in ("Baghdad / INA /", "Erbil - Rudaw", "BAGHDAD (Reuters)"):
        title = "Iraq signs a power deal with Jordan"
        body = "The Ministry of Electricity signed a deal with Jordan on Sunday.\n"
        result = assert_repaired(
            normalizer,
            f"{title}\n\n{dateline}\n\n{title}\n\n{body}",
            f"{title}\n\n{dateline}\n\n{body}",
            ["title-repeat"],
        )
        assert [e.original for e in result.edits] == [f"\n\n{title}"]


def test_a_sentence_between_headline_copies_is_no_dateline(normalizer: Normalizer) -> None:
    text = (
        "Iraq signs a power deal with Jordan\n\nThe minister - who arrived late - spoke briefly.\n\n"
        "Iraq signs a power deal with Jordan soon, officials say.\n"
    )
    assert_untouched(normalizer, text)


def test_a_dateline_line_keeps_its_slashes(normalizer: Normalizer) -> None:
    assert_untouched(
        normalizer,
        "Iraq signs a power deal with Jordan\n\nBaghdad / INA /\n\nThe ministry signed a deal on Sunday.\n",
    )


def test_a_cue_in_a_document_naming_no_country_vouches_only_for_a_near_spelling(normalizer: Normalizer) -> None:
    # Rumaila, the oil field, is 77 points from Ramallah: "in" says a place is meant, not that one
    text = "Graduates blocked the road to the oil company in Rumaila on Sunday, demanding jobs.\n"
    assert_untouched(normalizer, text)
    assert_repaired(
        normalizer,
        "Hundreds of farmers demonstrated in Nassiriyah on Sunday over the shortage of water.\n",
        "Hundreds of farmers demonstrated in Nasiriyah on Sunday over the shortage of water.\n",
        ["unlisted-place-spelling"],
    )


def test_a_shared_first_name_does_not_make_a_far_surname_a_misspelling(normalizer: Normalizer) -> None:
    # "Muhammad Muhi" and Mohammed al-Mayyahi share a key ("mh") but the surnames are 60 points apart
    text = "Muhammad Muhi, a spokesman for the brigades, told the agency that the factions would respond.\n"
    result = normalizer.normalize(text)
    assert [f.rule for f in result.flags if text[f.start : f.end] == "Muhi"] == []
