"""Do-no-harm, session 9: scholarly romanisation, reference entries, chronologies and the region's press.

Professional pages in house styles the clean corpus lacked (an encyclopaedia of Shiʿite learning
with IJMES letters, a dictionary entry, a chronology table, an essay on a city's name, a Saudi
daily's report) and real MT pages were run through the tool. What it did wrong there, each case
here reproduced in a passage of our own: a scholar's transliteration ("Baġdād") and a name's old
form ("Baghdadu") respelt as the modern city; "Qur’an" offered as the town Al Qurayn; the Imam
Muhammad al-Baqir offered as Mohammad Bagheri; a dictionary's headword 'baghdad' capitalised; the
comma before the second of a series of that-clauses removed; a table's "Religious Personalities"
column rewritten; the Saudi daily's own "the legitimate government" rewritten; "Today, Saturday"
after a dateline made "on Saturday" in lower case. The clean passage is
corpora/clean/s9_harm_scholarly_and_reference.txt; dev pairs 1720-1721.
"""

from __future__ import annotations

from normalize import Normalizer

from .conftest import edits_and_flags


def test_a_scholars_romanisation_is_left_as_written(normalizer: Normalizer) -> None:
    text = "The city (Arabic: بغداد, Baġdād) grew on the Tigris, and the ʿulamāʾ of Karbalāʾ wrote to it."
    # before: "Baġdād" became "Baghdad", a gloss destroyed
    assert edits_and_flags(normalizer, text) == ([], [])
    assert any(p.kind == "transliteration" for p in normalizer.normalize(text).protected)


def test_a_names_old_form_with_a_case_ending_is_another_word(normalizer: Normalizer) -> None:
    text = (
        "Baghdad is older than Islam. Old tablets write the name Baghdadu, and a brick of the "
        "king's reign spells it Bagh-dadu; the caliph later built his round city at Baghdad."
    )
    # before: both old forms were respelt "Baghdad" (the document spelt the city "two ways")
    assert edits_and_flags(normalizer, text) == ([], [])


def test_the_quran_is_no_place(normalizer: Normalizer) -> None:
    text = "They read the Qur’an in the mosque; a boy who knew the Quran by heart led the prayer in Egypt."
    # before: each "Qur’an" and "Quran" was offered for review as the Egyptian town Al Qurayn
    assert edits_and_flags(normalizer, text) == ([], [])


def test_a_name_without_the_nisba_is_not_the_name_with_it(normalizer: Normalizer) -> None:
    assert edits_and_flags(normalizer, "c. 735 Imam Muhammad al-Baqir (Medina)") == ([], [])
    # the listed MT spelling of the Iranian general is still mended
    edits, _ = edits_and_flags(normalizer, "Mohammed Baqeri said the army was ready.")
    assert edits == [("ir-bagheri", "Mohammed Baqeri", "Mohammad Bagheri")]


def test_a_quoted_or_headword_city_keeps_its_case_and_prose_is_still_mended(normalizer: Normalizer) -> None:
    entry = "baghdad\n/ˈbæɡdæd/\n'baghdad' comes from Middle Persian, and ‘baghdad’ is filed in lower case."
    assert edits_and_flags(normalizer, entry) == ([], [])
    edits, _ = edits_and_flags(normalizer, "The minister suspended prayers in khartoum state and in omdurman.")
    assert edits == [("city-in-lower-case", "k", "K"), ("city-in-lower-case", "o", "O")]


def test_a_series_of_that_clauses_keeps_its_commas(normalizer: Normalizer) -> None:
    text = "He then explained that the city had another name, that poets used it, and that pilgrims used both."
    assert edits_and_flags(normalizer, text) == ([], [])
    edits, _ = edits_and_flags(normalizer, "The Ministry of Transport announced on Monday, that flights would resume.")
    assert edits == [("comma-before-that-after-verb-of-saying", ",", "")]


def test_a_title_case_column_is_no_calque(normalizer: Normalizer) -> None:
    text = "Political Events         Religious Personalities and Events\n661 Umayyad Dynasty"
    assert edits_and_flags(normalizer, text) == ([], [])
    edits, _ = edits_and_flags(normalizer, "He met political personalities in Baghdad.")
    assert edits == [("figures-not-personalities", "personalities", "figures")]


def test_the_regions_press_keeps_its_legitimate_government(normalizer: Normalizer) -> None:
    # a page long enough to read as professional English (rules/language/evidence.yaml)
    text = (
        "RIYADH: Yemeni officials who leave the Houthis are welcome to join the legitimate government, the "
        "coalition's spokesman told reporters on Wednesday. He said the ports of Aden and Mukalla were open to "
        "aid ships, that the coalition had struck missile sites near Sanaa, and that talks with the United "
        "Nations envoy would continue next month in Riyadh, where both delegations are expected. The briefing, "
        "held at the coalition's headquarters, showed footage of strikes on launch sites and drone workshops, and "
        "a map of the front lines around Marib and Hodeidah. Reporters asked about civilian casualties in recent "
        "raids; the spokesman said every case was reviewed by an independent team and that its findings were "
        "published. Aid agencies in Aden welcomed the reopening of the roads but warned that fuel shortages "
        "would keep hospitals in the south on generators for weeks."
    )
    assert edits_and_flags(normalizer, text) == ([], [])
    # MT's own calques of the name are still mended
    mt = "Houthi fighters attacked the positions of the legitimacy government in Aden."
    edits, _ = edits_and_flags(normalizer, mt)
    assert edits == [("yemen-legitimate-government", "legitimacy government", "internationally recognised government")]


def test_a_rewording_after_a_dateline_keeps_the_writers_capital(normalizer: Normalizer) -> None:
    text = "Baghdad - Alsumaria March 4: Today, Tuesday, the council postponed the vote on the water law."
    result = normalizer.normalize(text)
    assert result.text == "Baghdad, March 4 (Alsumaria) - On Tuesday, the council postponed the vote on the water law."
    # after a colon in a sentence, a lower-case word stays lower case
    said = normalizer.normalize("The ministry said: today, Sunday, the crossing reopened and officials met.")
    assert said.text == "The ministry said: on Sunday, the crossing reopened and officials met."
