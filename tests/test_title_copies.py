"""Headline copies go, and the blank line that set the headline apart from the body stays."""

from __future__ import annotations

import pytest

from normalize import Normalizer
from normalize.kinds import title

from .conftest import assert_repaired

TITLE = "Analysis: Iraq's militias and the US"


def _assert_deleted(normalizer: Normalizer, source: str, expected: str, deleted: list[str]) -> None:
    """Each of the copies ``deleted`` goes as one title-repeat edit, and nothing else changes."""
    result = assert_repaired(normalizer, source, expected, ["title-repeat"] * len(deleted))
    assert [(e.original, e.replacement) for e in result.edits] == [(d, "") for d in deleted]


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
    _assert_deleted(normalizer, source, expected, deleted)


def test_a_subheading_that_continues_the_headline_is_no_copy(normalizer: Normalizer) -> None:
    source = f"{TITLE}\n{TITLE}, officials say, as talks stall in Baghdad over salaries\n\nBody text follows."
    assert normalizer.normalize(source).edits == []


@pytest.mark.parametrize(
    ("source", "expected", "deleted"),
    [
        # Two copies side by side: the first stays, the space and the second go.
        (f"{TITLE} {TITLE}\n\nBy Jane Doe", f"{TITLE}\n\nBy Jane Doe", [f" {TITLE}"]),
        # Glued on: the second copy starts right after the last letter of the first.
        (f"{TITLE}{TITLE}\n\nBy Jane Doe", f"{TITLE}\n\nBy Jane Doe", [TITLE]),
        # Three copies, each in its quotes, and a fourth on the next line.
        (
            '"Militias tend to appease" "Militias tend to appease" "militias tend to appease"\n'
            '"Militias tend to appease"\n\nBy Jane Doe',
            '"Militias tend to appease"\n\nBy Jane Doe',
            [' "Militias tend to appease" "militias tend to appease"', '\n"Militias tend to appease"'],
        ),
    ],
)
def test_headline_copies_side_by_side_on_the_first_line_go(
    source: str, expected: str, deleted: list[str], normalizer: Normalizer
) -> None:
    _assert_deleted(normalizer, source, expected, deleted)


@pytest.mark.parametrize(
    "first_line",
    [
        "Let it be, let it be, let it be, let it be",  # a refrain: each "copy" is a phrase said twice
        "New York, New York",  # too short to be a pasted headline
        "Oil prices rise, oil prices rise",  # three words a copy: could be a slogan
        "Talks resume in Baghdad as talks resume in Erbil",  # not the same words
        "The British are coming!  The British are coming!",  # said twice on purpose
        "--request-response-logging-rate=REQUEST_RESPONSE_LOGGING_RATE",  # code
        "GCC-ranlib-12(1)\t\t\t\t GCC-ranlib-12(1)",  # a man page's header
    ],
)
def test_a_first_line_that_repeats_itself_is_not_always_a_pasted_headline(
    first_line: str, normalizer: Normalizer
) -> None:
    source = f"{first_line}\n\nThe talks went on late into the night."
    assert normalizer.normalize(source).edits == []


HEADLINE = "Basra Governor Resigns After Protests"
BODY = "The governor of Basra resigned on Monday after weeks of protests."


@pytest.mark.parametrize(
    ("source", "expected", "deleted"),
    [
        # A copy with the site's name after a dash or a bar.
        (
            f"{HEADLINE}\n\n{HEADLINE} - Shafaq News\n\n{BODY}",
            f"{HEADLINE}\n\n{BODY}",
            [f"{HEADLINE} - Shafaq News\n\n"],
        ),
        (f"{HEADLINE}\n{HEADLINE} | Rudaw\n\n{BODY}", f"{HEADLINE}\n\n{BODY}", [f"\n{HEADLINE} | Rudaw"]),
        # A labelled date between the headline and its copy is looked past and kept.
        (
            f"{HEADLINE}\nPublished: 05/12/2026 10:30\n{HEADLINE}\n{BODY}",
            f"{HEADLINE}\nPublished: 05/12/2026 10:30\n{BODY}",
            [f"\n{HEADLINE}"],
        ),
        # A copy pasted before the first paragraph's dateline, with a space.
        (f"{HEADLINE}\n\n{HEADLINE} Basra - {BODY}", f"{HEADLINE}\n\nBasra - {BODY}", [f"{HEADLINE} "]),
        (f"{HEADLINE}\n\n{HEADLINE} Basra (INA) - {BODY}", f"{HEADLINE}\n\nBasra (INA) - {BODY}", [f"{HEADLINE} "]),
        # The page's own link to itself as its last line.
        (f"{HEADLINE}\n\n{BODY}\n\n{HEADLINE}\n", f"{HEADLINE}\n\n{BODY}\n", [f"\n\n{HEADLINE}"]),
    ],
)
def test_copies_with_a_site_name_a_dateline_or_at_the_end_go(
    source: str, expected: str, deleted: list[str], normalizer: Normalizer
) -> None:
    _assert_deleted(normalizer, source, expected, deleted)


@pytest.mark.parametrize(
    "source",
    [
        # A longer site note after the dash is a subheading, not a name.
        f"{HEADLINE}\n\n{HEADLINE} - and what the new cabinet may do about the port\n\n{BODY}",
        # The headline's words opening a sentence that goes on are the sentence's.
        f"{HEADLINE}\n\n{HEADLINE} was the word in Basra on Monday, as crowds gathered.",
        # A last line that only starts like the headline is the article's.
        f"{HEADLINE}\n\n{BODY}\n\n{HEADLINE} Again, Officials Say",
    ],
)
def test_lines_that_only_look_like_copies_stay(source: str, normalizer: Normalizer) -> None:
    assert [e.rule for e in normalizer.normalize(source).edits if e.rule == "title-repeat"] == []


SIDE_BY_SIDE_LINES = [
    "Al-Kazemi receives a call Al-Kazemi receives a call",
    "Al-Kazemi receives a call Al-Kazemi receives a call Al-Kazemi receives a call",
    "Al-Kazemi receives a call\u201d Al-Kazemi receives a call",
    "Parliament votes on the budget Parliament votes on the Budget",
    "Elections in Iraq ahead electionsAl-Kadhimi visits Elections",
    "the USAnalysis of the US the USAnalysis of the US",
    "let it be let it be let it be let it be",
    "Straße nach Basra heute Strasse nach Basra heute",
    "The minister said the minister said that the minister",
    "Rain in Basra, rain in Basra. Rain in Basra",
    "Ab Ab",
    "",
]


@pytest.mark.parametrize("line", SIDE_BY_SIDE_LINES)
def test_the_letters_test_never_hides_copies_the_word_by_word_test_finds(
    line: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The letters test only skips work: with it or without it, the same span is found."""
    fast = title._copies_on_one_line(line, 200)
    monkeypatch.setattr(title, "_letters_repeat", lambda _line: True)
    assert title._copies_on_one_line(line, 200) == fast


def test_side_by_side_copies_are_found_past_the_letters_test() -> None:
    line = "Al-Kazemi receives a call Al-Kazemi receives a call"
    assert title._letters_repeat(line)
    assert title._copies_on_one_line(line, 200) == (25, len(line))
    assert not title._letters_repeat("The minister said the minister said that")
