"""The sixth precision field trial: each over-reach found on real text, mended by its mechanism.

Every test holds the wrong edit's own shape (now left alone) beside the right edit of the same
rule (still made), so neither the mend nor the repair can go unnoticed.  The professional passages
are corpora/clean/prec6_*.txt; the MT passages corpora/mtdev/*/1220-1226.
"""

from __future__ import annotations

from normalize import Normalizer
from normalize.protect import find_protected

from .conftest import assert_untouched, edits_and_flags


def test_an_outlets_rendering_without_its_noun_needs_a_whole_source_cue(normalizer: Normalizer) -> None:
    sport = "In Cairo, Al Ahly lost to Pyramids on Sunday, drew with Pyramids, and was beaten by Pyramids."
    assert_untouched(normalizer, sport)
    show = "In Damascus, Syria, a drama inspired by Homeland, was shot; ties to Gulf and Asian partners in the UAE grew"
    assert_untouched(normalizer, show)
    place = "Egyptian officials said visits to the Pyramids site in Giza rose; tourists went to the Pyramids site."
    assert_untouched(normalizer, place)
    cited = "In Baghdad, a source told Writings that the talks would resume. According to Writings, they failed."
    assert edits_and_flags(normalizer, cited)[0] == [
        ("iq-kitabat-source", "Writings", "Kitabat"),
        ("iq-kitabat-source", "Writings", "Kitabat"),
    ]


def test_the_regions_english_language_outlets_are_protected_titles(normalizer: Normalizer) -> None:
    text = (
        "In Doha, a Qatari official told The Peninsula newspaper that Qatar would host the talks, and "
        "Egypt's Middle East news agency said Saudi Arabia agreed."
    )
    assert_untouched(normalizer, text)
    kinds = [(p.kind, text[p.start : p.end]) for p in find_protected(text)]
    assert kinds == [("outlet-title", "The Peninsula"), ("outlet-title", "Middle East news agency")]
    # the calque itself, lower case and without the English title, is still repaired
    calque = "In Qatar, officials told the Peninsula channel that the talks would resume."
    assert edits_and_flags(normalizer, calque)[0] == [
        ("qa-jazeera-literal-channel", "Peninsula channel", "Al Jazeera channel")
    ]
    assert find_protected("The Peninsula Shield force and The Peninsula of Sinai.") == []


def test_a_club_the_document_names_again_keeps_its_capital(normalizer: Normalizer) -> None:
    text = (
        "Pyramids beat Al-Ittihad 1-0, taking Pyramids to 57 points. The coach said the team will Fight "
        "for second place, and the fans of Pyramids celebrated."
    )
    assert edits_and_flags(normalizer, text)[0] == [("capital-mid-sentence", "Fight", "fight")]


def test_today_and_the_day_lose_both_commas_before_the_verbs_object(normalizer: Normalizer) -> None:
    text = "The alliance revealed today, Saturday, the outcome of its talks."
    assert normalizer.normalize(text).text == "The alliance revealed on Saturday the outcome of its talks."
    apposition = "The talks ended today, Sunday, the third day of the round."
    assert normalizer.normalize(apposition).text == "The talks ended on Sunday, the third day of the round."


def test_quotation_marks_and_brackets_are_mended_only_in_pairs(normalizer: Normalizer) -> None:
    opened = "He pointed out that ” we are still monitoring the government”, and left."
    mended = "He pointed out that “we are still monitoring the government”, and left."
    assert normalizer.normalize(opened).text == mended
    stray = "Baghdad ( The deputy speaker called for calm, he told Iraqi News ( “We will meet soon.”"
    assert_untouched(normalizer, stray)
    paired = "The speaker said in a statement ( seen by the agency ) that the session was on Monday."
    mended = "The speaker said in a statement (seen by the agency) that the session was on Monday."
    assert normalizer.normalize(paired).text == mended


def test_a_surname_alone_in_mid_sentence_takes_its_article_in_lower_case(normalizer: Normalizer) -> None:
    text = "Army chief of staff Mohammed al-Maqdishi visited Sirwah. Saba quoted Maqdishi as saying the army stays."
    assert edits_and_flags(normalizer, text)[0] == [
        ("unlisted-name-spelling", "al-Maqdishi", "al-Maqdashi"),
        ("unlisted-name-spelling", "Maqdishi", "al-Maqdashi"),
    ]


def test_wire_spellings_of_two_names_are_house_styles(normalizer: Normalizer) -> None:
    text = (
        "Col. Turki al-Malki, the coalition's spokesman, said on Monday that forces loyal to President "
        "Abd Rabbuh Mansour Hadi had advanced in Yemen."
    )
    assert_untouched(normalizer, text)


def test_a_bloc_member_in_a_provincial_council_is_no_mp_and_told_reporters_is_a_verb(normalizer: Normalizer) -> None:
    council = "The deputy of the Sadrist bloc in the Basra provincial council, a teacher, was elected its chairman."
    assert_untouched(normalizer, council)
    mp = "The deputy of the State of Law Coalition said in parliament that the vote was postponed."
    assert edits_and_flags(normalizer, mp)[0] == [("mp-not-deputy-of-bloc", "deputy of", "MP from")]
    told = "He told reporters, in a brief statement, that the talks in Doha had failed."
    assert_untouched(normalizer, told)


def test_a_word_before_a_settlement_noun_is_a_place_not_a_surname(normalizer: Normalizer) -> None:
    text = "A leading member of Qaeda was killed in Azzan city of Shabwa Governorate during air raids in Yemen."
    assert_untouched(normalizer, text)
