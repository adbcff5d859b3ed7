"""How Iraqi outlets cite themselves, as MT leaves it: "followed by" for monitored, names in brackets."""

from __future__ import annotations

import pytest

from normalize import Normalizer

from .conftest import assert_repaired, assert_untouched

NORMALIZER = Normalizer()


@pytest.mark.parametrize(
    ("text", "expected", "rules"),
    [
        (
            "In Baghdad, the minister said in a televised statement, which was followed by (Baghdad Today), that"
            " the rate will stay.",
            "In Baghdad, the minister said in a televised statement monitored by Baghdad Today that the rate will"
            " stay.",
            ["statement-followed-by-outlet"],
        ),
        (
            "In Basra, the governor said in a speech followed by “Alsumaria News” that the vote will go ahead.",
            "In Basra, the governor said in a speech monitored by Alsumaria News that the vote will go ahead.",
            ["statement-followed-by-outlet"],
        ),
        (
            "In Mosul, a source told (Shafaq News) that two men were held.",
            "In Mosul, a source told Shafaq News that two men were held.",
            ["brackets-around-cited-outlet"],
        ),
    ],
)
def test_an_outlets_citation_is_written_as_english_news_writes_it(text: str, expected: str, rules: list[str]) -> None:
    assert_repaired(NORMALIZER, text, expected, rules)


@pytest.mark.parametrize(
    "text",
    [
        "The statement was followed by a press conference, and the meeting was followed by Prime Minister Ali"
        " Hassan's speech.",
        "The minister's remarks were followed by (applause), and his speech was followed by the Foreign Minister's.",
        "The letter was sent to (then) Prime Minister Adel Abdul Mahdi, as noted by Smith (2003).",
        "The report was followed by Reuters and by the BBC within the hour.",
    ],
)
def test_english_with_the_same_words_is_left_alone(text: str) -> None:
    assert_untouched(NORMALIZER, text)
