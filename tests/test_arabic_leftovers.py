"""What Arabic text leaves behind in an English translation besides words: digits, punctuation, marks, quotes."""

from __future__ import annotations

from normalize import Normalizer
from normalize.kinds.pattern import ASCII_FORMS


def _edits(normalizer: Normalizer, text: str) -> list[tuple[str, str, str]]:
    return [(e.rule, e.original, e.replacement) for e in normalizer.normalize(text).edits]


def test_digits_of_any_script_and_arabic_signs_have_ascii_forms() -> None:
    assert "٢٠٢٣ ١٥٪ ۱۲٫۵ ١٬٢٠٠ ،؛؟ १२ abc ١".translate(ASCII_FORMS) == "2023 15% 12.5 1,200 ,;? 12 abc 1"


def test_numbers_are_kept_when_the_arabic_word_beside_them_goes(normalizer: Normalizer) -> None:
    text = "The factions withdrew in ٢٠٢٣. عام\n\nThe battles ended in ٢٠١٧. عام"
    result = normalizer.normalize(text)
    assert result.text == "The factions withdrew in 2023.\n\nThe battles ended in 2017."
    assert sorted((e.start, e.rule, e.original, e.replacement) for e in result.edits) == [
        (25, "arabic-digits", "٢٠٢٣", "2023"),
        (30, "stray-arabic", " عام", ""),
        (57, "arabic-digits", "٢٠١٧", "2017"),
        (62, "stray-arabic", " عام", ""),
    ]


def test_an_arabic_word_inside_a_sentence_is_flagged_not_deleted(normalizer: Normalizer) -> None:
    text = "In the year عام ٢٠٢٣ the factions withdrew, and in ٢٠١٧ عام the battles ended."
    result = normalizer.normalize(text)
    assert result.text == text  # the digits stay beside the Arabic word they belong to
    assert result.edits == []
    assert [(f.rule, text[f.start : f.end]) for f in result.flags] == [("stray-arabic", "عام"), ("stray-arabic", "عام")]
    assert result.flags[0].detail == {"text": "عام"}


def test_a_number_inside_kept_arabic_stays_arabic(normalizer: Normalizer) -> None:
    for text in (
        "The banner read «الموت ٢٠٢٣ لأمريكا» in 2023.",
        "The banner read «الموت ٢٠٢٣» in 2023.",
        "The Arabic name, الحشد ٢٠١٤, is rarely used.",
    ):
        assert normalizer.normalize(text).edits == [], text


def test_arabic_punctuation_between_english_words(normalizer: Normalizer) -> None:
    assert _edits(normalizer, "The minister said، in a statement، that talks would resume؛ when؟") == [
        ("arabic-comma", "، ", ", "),
        ("arabic-comma", "، ", ", "),
        ("arabic-comma", "؛ ", "; "),
        ("arabic-question-mark", "؟", "?"),
    ]


def test_invisible_direction_marks_go_except_beside_arabic(normalizer: Normalizer) -> None:
    assert _edits(normalizer, "The minister\u200f said Bagh\u200edad.") == [
        ("bidi-marks", "\u200f", ""),
        ("bidi-marks", "\u200e", ""),
    ]
    assert normalizer.normalize("The slogan “\u200fلا للحرب\u200f” was chanted.").edits == []


def test_a_direction_mark_inside_a_name_hid_it_from_the_glossary_until_the_next_round(
    normalizer: Normalizer,
) -> None:
    # The mark goes in the punctuation stage; the paragraph's next round then sees the name.
    result = normalizer.normalize("Mustafa al-Kazi\u200emi met the popular crowd.")
    assert result.text == "Mustafa al-Kadhimi met the Popular Mobilization Forces."


def test_guillemets_around_english_become_curly_quotes(normalizer: Normalizer) -> None:
    assert normalizer.normalize("He said « we will stay » and left.").text == "He said “we will stay” and left."
    assert normalizer.normalize("The slogan «لا للحرب» was chanted.").edits == []


def test_leftovers_next_to_each_other_are_all_repaired(normalizer: Normalizer) -> None:
    # The comma after "١٥٪" is seen once the digits are ASCII, in the paragraph's next round.
    text = "The budget for ٢٠٢٣ rose ١٥٪، the minister\u200f said «a historic day»."
    assert normalizer.normalize(text).text == "The budget for 2023 rose 15%, the minister said “a historic day”."


def test_a_sentence_left_in_arabic_inside_english_is_flagged_not_removed(normalizer: Normalizer) -> None:
    """Too long to be a stray word, so it stays; but a person must be told, unless the writer quoted it."""
    passage = "الحمد لله على سلامة الجميع وإن شاء الله خير"
    text = (
        f"The minister said that the government would act, adding: {passage} and then left the hall.\n\n"
        "The banner read: الموت لأمريكا الموت لإسرائيل (Death to America, death to Israel).\n\n"
        "The group is known in Arabic as الحشد الشعبي الوطني العراقي and in English as the PMF.\n"
    )
    result = normalizer.normalize(text)
    assert result.text == text
    assert [(text[f.start : f.end], f.rule, f.category, f.message) for f in result.flags] == [
        (passage, "stray-arabic", "untranslated", "passage reads as 'ar', not English; left for a person to translate")
    ]
    # the English around the passage is still repaired
    mixed = normalizer.normalize(f"The minister told reporters that the the government said: {passage}, and left .")
    assert mixed.text == f"The minister told reporters that the government said: {passage}, and left."
    assert [f.message.split(" reads")[0] for f in mixed.flags] == ["passage"]
