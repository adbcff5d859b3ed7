"""Session 19, spellings: unseen spellings of listed names that the generator and the matchers missed.

- The article Arabic writes and English drops (Hani Mulki, الملقي; Yahya Sinwar, السنوار): MT
  keeps it, so "al-Mulqi" is Mulki misspelt, not another family's name; it is repaired with
  the article where a house style of theirs has it ("al-Mulki"), as the writer wrote it.
- The article assimilated to a sun letter before a name ("as-Sadat", "as-Sinwar") is read as
  part of the name by the name matcher, as "al-" was.
- ق written q where English writes k (Mulki, Toukan, Mekdad); Hebrew's voiced s, which Arabic
  writes ز, read back as z, and an opening "ei" as "ai" (Eisenkot: Aizenkot).
- Two towns of one Arabic name in two countries (المحمودية in Iraq and in Egypt): the one in
  the country the document names is meant.

Guards: a name whose house styles carry no article keeps its article as a sign of another
family; a town's spelling in a document about the other country, or about none, stays a
finding for review; professional English naming the same people is held to no edit and no flag.
"""

from __future__ import annotations

from normalize import Normalizer

from .conftest import assert_repaired, assert_untouched


def test_a_kept_article_and_a_misread_qaf_are_one_misspelling(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "Former Jordanian prime minister Hani al-Mulqi said on Monday that the talks were over.",
        "Former Jordanian prime minister Hani al-Mulki said on Monday that the talks were over.",
        ["unlisted-name-spelling"],
    )


def test_an_assimilated_article_on_a_name_english_writes_bare(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "Hamas leader Yahya as-Sinwar did not appear in public after the strike on Gaza, the movement said.",
        "Hamas leader Yahya al-Sinwar did not appear in public after the strike on Gaza, the movement said.",
        ["unlisted-name-spelling"],
    )
    assert_repaired(
        normalizer,
        "The Egyptian president Anwar as-Sadat flew to Jerusalem in 1977.",
        "The Egyptian president Anwar al-Sadat flew to Jerusalem in 1977.",
        ["unlisted-name-spelling"],
    )


def test_qaf_written_q_where_english_writes_k(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "Syrian Foreign Minister Faisal Meqdad received the Iranian envoy in Damascus on Tuesday.",
        "Syrian Foreign Minister Faisal Mekdad received the Iranian envoy in Damascus on Tuesday.",
        ["sy-mekdad"],
    )
    assert_repaired(
        normalizer,
        "Jordanian economist Zeina Touqan said the budget would be presented in March.",
        "Jordanian economist Zeina Toukan said the budget would be presented in March.",
        ["jo-toukan"],
    )


def test_a_hebrew_voiced_s_read_back_as_z(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "Israeli minister Gadi Aizenkot said on Sunday that the government had failed the families.",
        "Israeli minister Gadi Eisenkot said on Sunday that the government had failed the families.",
        ["il-eisenkot"],
    )


def test_a_town_of_two_countries_in_the_one_the_document_names(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "Police in Baghdad said that a man was arrested in Mahmoudiyah after a dispute.",
        "Police in Baghdad said that a man was arrested in Mahmudiyah after a dispute.",
        ["unlisted-place-spelling"],
    )
    assert_repaired(
        normalizer,
        "Syrian army units entered the town of Qussair in the countryside of Homs after clashes.",
        "Syrian army units entered the town of Qusayr in the countryside of Homs after clashes.",
        ["unlisted-place-spelling"],
    )


def test_a_town_of_two_countries_in_another_document_is_for_review(normalizer: Normalizer) -> None:
    result = assert_untouched(
        normalizer,
        "Egyptian police said on Friday that a man was arrested in Mahmoudiyah after a dispute.",
        flags_allowed=True,
    )
    assert [f.rule for f in result.flags] == ["unlisted-place-spelling"]
    result = assert_untouched(
        normalizer, "Police said on Friday that a man was arrested in Mahmoudiyah after a dispute.", flags_allowed=True
    )
    assert [f.rule for f in result.flags] == ["unlisted-place-spelling"]


def test_an_assimilated_article_on_a_name_the_gazetteer_lacks_is_left(normalizer: Normalizer) -> None:
    assert_untouched(
        normalizer, "The writer Ahmed as-Sayed and the engineer Omar ad-Darwish attended the meeting in Cairo."
    )


def test_professional_english_naming_the_same_people(normalizer: Normalizer) -> None:
    assert_untouched(
        normalizer,
        "Hani al-Mulki, a former prime minister of Jordan, spoke at the forum; Anwar al-Sadat's widow attended.",
    )
    assert_untouched(
        normalizer,
        "Gadi Eisenkot and Zeina Toukan met in Amman; Faisal Mekdad later visited Mahmudiyah, south of Baghdad.",
    )
    assert_untouched(
        normalizer, "Yahya Sinwar was killed in Rafah; Hani Mulki was prime minister of Jordan in 2016-2018."
    )
