"""Deletions that would lose meaning are not made, or become flags for a person."""

from __future__ import annotations

from normalize import Normalizer

_NORMALIZER = Normalizer()


def _flags(text: str) -> list[tuple[str, str]]:
    return [(f.rule, text[f.start : f.end]) for f in _NORMALIZER.normalize(text).flags]


def test_an_arabic_word_carrying_meaning_is_flagged_for_a_translator() -> None:
    text = "The army said it would retake the state بالكامل by the end of the month."
    result = _NORMALIZER.normalize(text)
    assert result.text == text
    assert [(f.rule, f.category, text[f.start : f.end]) for f in result.flags] == [
        ("stray-arabic", "script", "بالكامل")
    ]


def test_an_arabic_word_quoted_on_purpose_is_neither_deleted_nor_flagged() -> None:
    for text in ("The word كتاب means book.", "The root of حشد (hashd) means to gather.", "Say مرحبا to greet."):
        result = _NORMALIZER.normalize(text)
        assert (result.text, result.flags) == (text, []), text


def test_a_leftover_after_a_finished_sentence_still_goes() -> None:
    result = _NORMALIZER.normalize("The battles ended in 2017. عام\n\nThe factions withdrew.")
    assert result.text == "The battles ended in 2017.\n\nThe factions withdrew."


def test_a_leftover_at_the_end_of_a_sentence_goes_unless_it_is_quoted() -> None:
    text = "He said that 600 families returned this year عائلة. The market reopened."
    assert _NORMALIZER.normalize(text).text == "He said that 600 families returned this year. The market reopened."
    quoted = "The Arabic for Popular Mobilization Forces is الحشد الشعبي."
    assert _NORMALIZER.normalize(quoted).text == quoted


def test_headlines_that_differ_in_a_figure_or_date_both_stay() -> None:
    for text in (
        "Death toll rises to 15\n\nDeath toll rises to 16\n\nThe ministry said the death toll rose again.",
        "Talks resume on 12 May\n\nTalks resume on 13 May\n\nThe talks were moved twice.",
        "UPDATE 2-Iraq oil exports rise\n\nUPDATE 1-Iraq oil exports rise\n\nIraq oil exports rose in May.",
    ):
        result = _NORMALIZER.normalize(text)
        assert (result.text, result.flags) == (text, []), text


def test_a_repeated_line_the_body_does_not_echo_is_flagged_not_deleted() -> None:
    text = "Hip hip hooray\nHip hip hooray\nHip hip hooray\n\nThe whole stadium sang along when the final whistle blew."
    result = _NORMALIZER.normalize(text)
    assert result.text == text
    assert [(f.rule, text[f.start : f.end]) for f in result.flags] == [
        ("title-repeat", "Hip hip hooray"),
        ("title-repeat", "Hip hip hooray"),
    ]


def test_a_pasted_headline_copy_still_goes() -> None:
    headline, body = "Iraqi factions announce a truce", "The factions announced a truce on Monday."
    text = f"{headline}\n\n{headline}\n\n{body}"
    assert _NORMALIZER.normalize(text).text == f"{headline}\n\n{body}"


def test_two_figures_stay_two_and_one_amount_is_merged() -> None:
    two = "The budget allocated 3 billion and 400 million dinars to health and education respectively."
    assert _NORMALIZER.normalize(two).text == two
    one = "Revenues reached 3 billion and 400 million dinars in January."
    assert _NORMALIZER.normalize(one).text == "Revenues reached 3.4 billion dinars in January."


def test_an_arabic_word_a_preposition_needs_is_flagged_not_deleted(normalizer: Normalizer) -> None:
    # deleting it would leave "held in." and lose the month; after any other word it is a leftover
    kept = normalizer.normalize("The talks were held in نيسان.")
    assert (kept.text, kept.edits) == ("The talks were held in نيسان.", [])
    assert [(f.rule, f.start, f.end) for f in kept.flags] == [("stray-arabic", 23, 28)]
    gone = normalizer.normalize("The battles ended in 2017 عام.")
    assert gone.text == "The battles ended in 2017."
    assert [(e.rule, e.original) for e in gone.edits] == [("stray-arabic", " عام")]
