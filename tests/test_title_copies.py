"""Headline copies go, and the blank line that set the headline apart from the body stays."""

from __future__ import annotations

import pytest

from normalize import Normalizer

TITLE = "Analysis: Iraq's militias and the US"


@pytest.mark.parametrize(
    ("source", "expected", "deleted"),
    [
        # A blank line after the headline: each copy goes with the white space after it.
        (f"{TITLE}\n\n{TITLE}\n\nBy Jane Doe", f"{TITLE}\n\nBy Jane Doe", [f"{TITLE}\n\n"]),
        # Only a line break after the headline, a blank line after the copy: the copy goes with
        # the line break before it, so the byline stays a paragraph of its own.
        (f"{TITLE}\n{TITLE}\n\nBy Jane Doe", f"{TITLE}\n\nBy Jane Doe", [f"\n{TITLE}"]),
        (f"{TITLE}\n{TITLE}\n{TITLE}\n\nBy Jane Doe", f"{TITLE}\n\nBy Jane Doe", [f"\n{TITLE}", f"\n{TITLE}"]),
        # No blank line anywhere: the lines simply close up.
        (f"{TITLE}\n{TITLE}\nBy Jane Doe", f"{TITLE}\nBy Jane Doe", [f"{TITLE}\n"]),
    ],
)
def test_headline_copies_keep_the_headline_a_paragraph_of_its_own(
    source: str, expected: str, deleted: list[str], normalizer: Normalizer
) -> None:
    result = normalizer.normalize(source)
    assert result.text == expected
    assert [(e.original, e.replacement, e.rule) for e in result.edits] == [(d, "", "title-repeat") for d in deleted]


def test_a_subheading_that_continues_the_headline_is_no_copy(normalizer: Normalizer) -> None:
    source = f"{TITLE}\n{TITLE}, officials say, as talks stall in Baghdad over salaries\n\nBody text follows."
    assert normalizer.normalize(source).edits == []
