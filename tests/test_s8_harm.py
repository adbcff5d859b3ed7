"""Do-no-harm, session 8: a bracketed alias, a glued-article house style, and a page's own date.

An infobox lists commanders with the other name they go by in brackets ("Abu Maytham
AlSadeeqi (AlDarajii)"): the name matchers had matched the alias to another known person
and replaced it. The same list glues the article to every name with a capital ("AlBasri"):
one listed surname among them was respelt. A lone date-and-time line under a headline is
the article's date and stays; the stamps a site prints by the block go. The clean passages
are corpora/clean/s8_*.txt.
"""

from __future__ import annotations

from pathlib import Path

from normalize import Normalizer
from normalize.aliases import bracketed_alias, glued_house_style

from .conftest import assert_untouched, edits_and_flags

CLEAN = Path(__file__).resolve().parent.parent / "corpora" / "clean"


def _at(text: str, word: str) -> tuple[str, int, int]:
    start = text.index(word)
    return text, start, start + len(word)


def test_a_lone_word_in_brackets_after_a_name_is_left_alone(normalizer: Normalizer) -> None:
    text = "Commanders\nAbu Yasir AlQaisi (AlDarajii)\nAbu Hashim AlBadri (Hamaed)\n\nActive 2013–present\n"
    # before: "AlDarajii" became "al-Zarqawi" and "Hamaed" was offered as "Hammad"
    assert_untouched(normalizer, text)
    prose = "Its first commander, Abu Yasir AlQaisi (AlDarajii), was killed near Samarra in 2015."
    assert_untouched(normalizer, prose)


def test_what_counts_as_a_bracketed_alias() -> None:
    assert bracketed_alias(*_at("Abu Ahad AlNaqeeb (Abdol Kareem)", "Kareem"))
    assert bracketed_alias(*_at("Abu Mahdi al-Muhandis (Jamal Jaafar al-Ibrahimi) was", "al-Ibrahimi"))
    # a name after its office, as Arabic news brackets it, is still read and repaired
    assert not bracketed_alias(*_at("the Minister of Oil (Hayan Abdul Ghani) said", "Ghani"))
    assert not bracketed_alias(*_at("the Secretary-General of Hezbollah (Hassan Nasrallah) said", "Nasrallah"))
    assert not bracketed_alias(*_at("the Iraqi Prime Minister (Mohammed Shia Sudani) said", "Sudani"))
    # a bracket of more than a short name, or one that runs over the line, is no alias
    assert not bracketed_alias(*_at("Abu Ali AlBasri (who led the brigade Kareem) said", "Kareem"))
    assert not bracketed_alias(*_at("Abu Ali AlBasri (Kareem\nsaid)", "Kareem"))


def test_a_bracketed_name_after_an_office_is_still_repaired(normalizer: Normalizer) -> None:
    text = "The Minister of Foreign Affairs (Fouad Hussain) met the Iraqi Prime Minister (Mohammed Shia Al-Sudany)."
    assert edits_and_flags(normalizer, text)[0] == [("sudani", "Al-Sudany", "Al-Sudani")]
    libya = "The head of the Government of National Unity (Abdul Hamid Dabaiba) met the envoy."
    assert edits_and_flags(normalizer, libya)[0] == [("ly-dbeibah", "Abdul Hamid Dabaiba", "Abdul Hamid Dbeibah")]


def test_a_glued_article_kept_by_the_writer_for_every_name_stays(normalizer: Normalizer) -> None:
    text = "Commanders\nAbu Hashim AlBadri\nSayyed Ali AlYasiri\nAbu Turab AlKinani\n"
    assert_untouched(normalizer, text)
    assert glued_house_style(*_at(text, "AlYasiri"))
    # one name glued so, among names written apart, is not the writer's style
    alone = "Sayyed Ali AlYasiri met Hadi al-Amiri and Qais al-Khazali in Baghdad."
    assert not glued_house_style(*_at(alone, "AlYasiri"))
    assert edits_and_flags(normalizer, alone)[0] == [("surname-al-yasiri", "AlYasiri", "Al-Yasiri")]


def test_a_lone_date_line_under_the_headline_is_the_articles_date(normalizer: Normalizer) -> None:
    text = "Port opens a berth\n\nTuesday, 14 March 2023 10:25\n\nThe company said the berth had opened."
    assert_untouched(normalizer, text)


def test_stamps_a_site_prints_by_the_block_go(normalizer: Normalizer) -> None:
    listing = (
        "Port opens a berth\n\n2023-03-14 - 10:25 am\n\nThe company said the berth had opened.\n\n"
        "Dredging resumes\n\n2023-03-15 - 9:02 am\n\nThe channel will be deepened.\n"
    )
    assert normalizer.normalize(listing).text == (
        "Port opens a berth\n\nThe company said the berth had opened.\n\n"
        "Dredging resumes\n\nThe channel will be deepened.\n"
    )
    beside_furniture = "Port opens a berth\n\nTuesday, 14 March 2023 10:25\nTags: Iraq, ports\n\nThe company said it."
    assert normalizer.normalize(beside_furniture).text == "Port opens a berth\n\nThe company said it."


def test_a_gloss_after_the_names_own_bracket_and_a_citation_stays(normalizer: Normalizer) -> None:
    text = "Kata'ib Hezbollah (Arabic: كتائب حزب الله, lit. 'Battalions')[35]—or the Hezbollah Battalions—is a group."
    assert_untouched(normalizer, text)
    # the rendering used bare, as MT uses it, is still the group's name
    mt = "The Hezbollah Battalions said on Monday that they had fired at the base."
    assert edits_and_flags(normalizer, mt)[0] == [("kataib-hezbollah", "The Hezbollah Battalions", "Kata'ib Hezbollah")]


def test_a_date_field_without_a_clock_time_is_a_records_date(normalizer: Normalizer) -> None:
    record = "Haddad, F. The politics of sect.\nDate: 2020\nReferences: Add references at the end."
    assert_untouched(normalizer, record)
    stamp = "The envoy left.\nDate: 2023-05-14T09:12:00+0000\nThe talks end today."
    assert normalizer.normalize(stamp).text == "The envoy left.\nThe talks end today."


def test_two_places_in_their_un_spellings_are_no_name_spelt_two_ways() -> None:
    text = (CLEAN / "s8_catalogue_and_un_update.txt").read_text(encoding="utf-8")
    result = assert_untouched(Normalizer(), text)
    assert result.evidence is not None and result.evidence.verdict == "professional"


def test_a_professional_page_quoting_a_translated_release_keeps_the_quotation() -> None:
    text = (CLEAN / "s8_quoting_a_release.txt").read_text(encoding="utf-8")
    assert '"stressed the necessity of reaching an agreement"' in text
    # the writer quotes the release as it was: no rewording of it is offered (main flagged it)
    result = assert_untouched(Normalizer(), text)
    assert result.evidence is not None and result.evidence.verdict == "professional"
    # the same wording in the writer's own sentence is still offered for review
    own = text.replace('"stressed the necessity of reaching an agreement"', "stressed the necessity of an agreement")
    assert [f.rule for f in Normalizer().normalize(own).flags] == ["the-need-not-the-necessity"]


def test_machine_translation_is_still_repaired_inside_its_quotations(normalizer: Normalizer) -> None:
    short = 'The minister said: "we stressed on the importance of the exports".'
    assert edits_and_flags(normalizer, short)[0] == [("stressed-on", " on", "")]
    mt = (
        "The Popular Crowd repelled an attack on Monday, and the commander of the operations stressed "
        'on the necessity of the coordination, saying "the Popular Crowd stressed on the necessity of '
        'the coordination with the army".'
    )
    rules = [rule for rule, _, _ in edits_and_flags(normalizer, mt)[0]]
    assert rules.count("pmf") == 2 and rules.count("stressed-on") == 2
