"""What forum copies of right-to-left pages do to a paragraph's end, repaired (rules in core.yaml).

A page set right to left, copied into a forum, moves a paragraph's final full stop (and its
closing quote, which turns into an opening one) to the head of the paragraph's last visual line,
leaves the closing quote apart after the stop, and gets the forum's "link" pasted after it.
"""

from __future__ import annotations

import pytest

from normalize import Normalizer

from .conftest import assert_repaired, assert_untouched

NORMALIZER = Normalizer()


@pytest.mark.parametrize(
    ("text", "expected", "rules"),
    [
        (
            "The adviser said the best .option is to strengthen the dinar against the dollar",
            "The adviser said the best option is to strengthen the dinar against the dollar.",
            ["displaced-final-stop"],
        ),
        (
            "He said that “a decision to raise the rate “.or lower it is ruled out for now",
            "He said that “a decision to raise the rate or lower it is ruled out for now.”",
            ["displaced-final-stop"],
        ),
        (
            "He added that “the committee will host the governor next week . “\n\nThe session ended.",
            "He added that “the committee will host the governor next week.”\n\nThe session ended.",
            ["opening-quote-ends-paragraph"],
        ),
        (
            "The ministry said the talks with the companies were concluded . “",
            "The ministry said the talks with the companies were concluded.",
            ["opening-quote-ends-paragraph"],
        ),
        (
            "The spokesman said the new units will enter service in stages, starting with the station north of Basra"
            "  link",
            "The spokesman said the new units will enter service in stages, starting with the station north of Basra.",
            ["forum-link-after-unfinished-sentence"],
        ),
        (
            "The government weighs the return of the old exchange rate and the end of the currency auction"
            "  link\n\nNext",
            "The government weighs the return of the old exchange rate and the end of the currency auction\n\nNext",
            ["forum-link-after-paragraph"],
        ),
        (
            "The ministry announced a plan to add 3,000 megawatts to the grid before the summer peak.  link\n\nNext",
            "The ministry announced a plan to add 3,000 megawatts to the grid before the summer peak.\n\nNext",
            ["forum-link-after-paragraph"],
        ),
    ],
)
def test_a_forum_copys_paragraph_end_is_put_right(text: str, expected: str, rules: list[str]) -> None:
    assert_repaired(NORMALIZER, text, expected, rules)


def test_the_moved_stop_is_one_edit_from_the_dot_to_the_paragraph_end() -> None:
    text = "It said the best .option lies in it, while others disagree\n\nNext paragraph."
    result = NORMALIZER.normalize(text)
    assert [(e.start, e.end, e.replacement) for e in result.edits] == [
        (16, 58, " option lies in it, while others disagree.")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Agencies posted the notice on sites ending in .gov and the form as a .pdf file",
        "The best solution lies in the dinar. The rest .follows later.",
        "In the old notation the best .value was written\nbelow the line, as here.",
        "He stopped. “\nWe will stay,” he said.",
        "The statement ended with a quotation: “We will stay.”",
        "The missing\t\tlink",
        "A long paragraph about printers that are sold across the region without cartridges of\t\tink",
        "Read the statement the ministry published on its page on Monday afternoon, at this\t\tlink\nhere",
        "The ministry announced a plan to add 3,000 megawatts to the grid before the summer\t\tlink.",
    ],
)
def test_look_alikes_in_english_are_left_alone(text: str) -> None:
    assert_untouched(NORMALIZER, text)
