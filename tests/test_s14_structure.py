"""Arabic clause structure in its general form: countries of several words and the nouns a body owns
for "she"/"her"; the comma after a reporting "that"; "And" and "Whereas" openers; a subject said
twice for any body; an article before a city or a country before an adverb of time."""

from __future__ import annotations

import pytest

from normalize import Normalizer

from .conftest import assert_repaired, assert_untouched


@pytest.mark.parametrize(
    ("text", "expected", "rules"),
    [
        (
            "Saudi Arabia announced that she will host the summit, and her delegation will chair it.",
            "Saudi Arabia announced that it will host the summit, and its delegation will chair it.",
            ["feminine-pronoun-for-body", "feminine-pronoun-for-body"],
        ),
        (
            "The United States said that she will send a carrier. She added that her forces are on alert.",
            "The United States said that it will send a carrier. It added that its forces are on alert.",
            ["feminine-pronoun-for-body"] * 3,
        ),
        (
            "The movement announced her withdrawal from the elections.",
            "The movement announced its withdrawal from the elections.",
            ["feminine-pronoun-for-body"],
        ),
    ],
)
def test_a_body_of_any_name_is_it(normalizer: Normalizer, text: str, expected: str, rules: list[str]) -> None:
    assert_repaired(normalizer, text, expected, rules)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry announced her appointment as ambassador to Jordan, praising her record.",
        "The United States Ambassador said she would meet the prime minister.",
        "Saudi Arabia's ambassador, Maha Nasser, said she would attend.",
    ],
)
def test_a_woman_after_a_body_keeps_her_pronoun(normalizer: Normalizer, text: str) -> None:
    assert_untouched(normalizer, text)


def test_the_comma_after_a_reporting_that_goes(normalizer: Normalizer) -> None:
    result = assert_repaired(
        normalizer,
        "The spokesman added that, the ministry will pay salaries. He pointed out that, “the road is open”.",
        "The spokesman added that the ministry will pay salaries. He pointed out that “the road is open”.",
        ["comma-after-that-of-saying", "comma-after-that-of-saying"],
    )
    assert [(e.original, e.replacement) for e in result.edits] == [(",", ""), (",", "")]


def test_a_comma_that_opens_an_aside_after_that_stays(normalizer: Normalizer) -> None:
    assert_untouched(
        normalizer,
        "He said that, in his view, the talks had failed. She said that, the day before, the road had closed.",
    )


def test_and_and_whereas_openers_of_mt_go(normalizer: Normalizer) -> None:
    result = assert_repaired(
        normalizer,
        "Aircraft struck two villages. And the Turkish army launched a new operation on Saturday.\n\n"
        "Whereas the regional government called for an end to the shelling.",
        "Aircraft struck two villages. The Turkish army launched a new operation on Saturday.\n\n"
        "The regional government called for an end to the shelling.",
        ["and-opening-narrative", "fragment-after-whereas"],
    )
    assert [(e.original, e.replacement) for e in result.edits] == [("And the", "The"), ("Whereas the", "The")]


@pytest.mark.parametrize(
    "text",
    [
        "While the army advanced on the city, the militants fled. Whereas the first draft failed, the next passed.",
        "And the band played on. And the rest is history. And the winner was announced at midnight.",
        "He said: “We waited. And the army came in the night.”",
    ],
)
def test_english_openers_stay(normalizer: Normalizer, text: str) -> None:
    assert_untouched(normalizer, text)


def test_a_subject_said_twice_goes_for_any_body(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The United Nations mission, it expressed its concern. The EU delegation, it renewed its call.",
        "The United Nations mission expressed its concern. The EU delegation renewed its call.",
        ["doubled-subject", "doubled-subject"],
    )
    assert_untouched(normalizer, "The mission, it seems, had failed. The union, it emerged, had been warned.")


def test_an_article_before_a_city_or_country_goes_before_an_adverb_of_time(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "Troops entered the Mosul yesterday, and the delegation arrived in the Iraq again.",
        "Troops entered Mosul yesterday, and the delegation arrived in Iraq again.",
        ["article-before-city", "article-before-name"],
    )
    assert_untouched(normalizer, "The Baghdad today is very different from the Baghdad of the 1980s.")


def test_an_opener_then_a_bare_that_is_flagged_not_guessed(normalizer: Normalizer) -> None:
    source = "The budget was passed. In the meantime, that the ministry will pay salaries next week."
    result = normalizer.normalize(source)
    assert (result.text, result.edits) == (source, [])
    assert [(f.rule, source[f.start : f.end]) for f in result.flags] == [
        ("opener-then-bare-that-flag", "In the meantime, that")
    ]
