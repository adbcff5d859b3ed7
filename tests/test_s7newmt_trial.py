"""Listing pages and agency copies of MT from the less-studied countries: what the s7newmt trial found.

Teasers copied from a news site's listing keep the page's indent, their double spaces and a
"Continue Reading" link glued to the cut-off word; reposts keep the site's date-and-time stamp,
its furniture lines and an aggregator's credit line. The clean passage is
corpora/clean/s7newmt_listing_and_wire.txt; the keep cases are in the packs.
"""

from __future__ import annotations

from pathlib import Path

from normalize import Normalizer

from .conftest import assert_untouched, edits_and_flags

CLEAN = Path(__file__).resolve().parent.parent / "corpora" / "clean"


def test_a_glued_teaser_link_goes_and_the_word_before_it_stays(normalizer: Normalizer) -> None:
    text = "  May 3 (Kassala) Traders said prices had doubled and asked the state toContinue Reading\n"
    result = normalizer.normalize(text)
    assert result.text == "  May 3 (Kassala) Traders said prices had doubled and asked the state to\n"
    # the glue split and the removal are one edit against the source: no stray "to Continue" is left
    assert [(e.original, e.replacement) for e in result.edits] == [("Continue Reading", "")]


def test_a_comma_before_the_teaser_link_gets_no_space(normalizer: Normalizer) -> None:
    text = "June 2 (Atbara) The union said the talks would go on,Continue Reading\n"
    assert normalizer.normalize(text).text == "June 2 (Atbara) The union said the talks would go on,\n"


def test_a_stamp_line_goes_but_a_dated_programme_line_stays(normalizer: Normalizer) -> None:
    # a repost's stamp beside the site's share buttons is furniture (a lone stamp is the article's date: s8 harm)
    text = "Flood toll rises\n\nTuesday, 26 December 2017 16:43\nShare\nFacebook\n\nThe office said nine people died."
    assert normalizer.normalize(text).text == "Flood toll rises\n\nThe office said nine people died."
    programme = "Programme\n\n12 March 2024, 09:30 Registration and coffee\n"
    assert_untouched(normalizer, programme)


def test_an_indented_prose_line_has_its_double_spaces_collapsed(normalizer: Normalizer) -> None:
    line = (
        "  April 9 (Khartoum)  The health minister said on Thursday that the number of confirmed cases"
        " had risen to  fourteen, and that the isolation centres were full.\n"
    )
    edits, flags = edits_and_flags(normalizer, line)
    assert edits == [("doubled-space", "  ", " "), ("doubled-space", "  ", " ")]
    assert flags == []
    table = "  Reservoir   Release   Date\n  Mosul       120       12 March\n"
    assert_untouched(normalizer, table)


def test_a_word_for_word_outlet_name_in_a_source_line(normalizer: Normalizer) -> None:
    text = "The Libyan coastguard denied the report.\n\nSource: “Middle Gate”\n"
    assert edits_and_flags(normalizer, text) == ([("ly-wasat-source", "“Middle Gate”", "Al-Wasat")], [])
    # without the country named, the words are left alone
    assert_untouched(normalizer, "The park has a Middle Gate.\n\nSource: “Middle Gate”\n")


def test_a_modal_takes_the_bare_verb_but_a_noun_will_does_not(normalizer: Normalizer) -> None:
    assert edits_and_flags(normalizer, "The bank will supports the farmers, officials said.") == (
        [("modal-with-third-person-verb", "will supports", "will support")],
        [],
    )
    assert_untouched(normalizer, "His will continues to guide the foundation.")


def test_a_lower_case_city_gets_its_capital_outside_addresses(normalizer: Normalizer) -> None:
    assert normalizer.normalize("Talks resumed in omdurman on Monday.").text == "Talks resumed in Omdurman on Monday."
    assert_untouched(normalizer, "Follow @cairo_news and read baghdadtoday.news for more.")


def test_the_trial_s_clean_passage_is_left_alone(normalizer: Normalizer) -> None:
    text = (CLEAN / "s7newmt_listing_and_wire.txt").read_text(encoding="utf-8")
    assert_untouched(normalizer, text)
