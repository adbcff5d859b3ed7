"""Web-copy and headline residues of MT news copied from Arabic sites (session 16, s16-web).

Each repair is held to its exact text and rule ids; each keep case is professional English the
rules must leave alone (ellipses, wire datelines, sentences that look like furniture)."""

from __future__ import annotations

import pytest

from normalize import Normalizer
from tests.conftest import assert_repaired, assert_untouched


def test_headline_double_dot_becomes_colon(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "Anbar.. The council approves the new hospital\n\nThe council voted on Monday.",
        "Anbar: The council approves the new hospital\n\nThe council voted on Monday.",
        ["headline-double-dot-separator"],
    )


def test_double_dot_before_and_becomes_comma(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The minister said the road was closed.. and the work would end in May.",
        "The minister said the road was closed, and the work would end in May.",
        ["double-dot-before-conjunction"],
    )


def test_dateline_any_outlet_in_slashes(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "Samawa / Al-Muthanna Post / The governor opened a school on Monday.",
        "Samawa (Al-Muthanna Post) - The governor opened a school on Monday.",
        ["dateline-any-outlet-in-slashes"],
    )


def test_dateline_outlet_on_its_own_line(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "Kut / Kut Today\nThe council met on Monday.",
        "Kut (Kut Today) - The council met on Monday.",
        ["dateline-outlet-line-before-story"],
    )


def test_posted_by_and_view_counter_lines(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "Talks resume\n\nPosted by: Desk 3 | 04/05/2025\n\nThe talks resumed on Monday.\n\nViews: 98\n",
        "Talks resume\n\nThe talks resumed on Monday.\n",
        ["posted-by-or-view-counter-line", "posted-by-or-view-counter-line"],
    )


def test_follow_us_call_and_caption_paragraph(normalizer: Normalizer) -> None:
    assert_repaired(
        normalizer,
        "The bridge reopened on Sunday.\n\nA file photo of the bridge in Nasiriyah\n\n"
        "Traffic was light.\n\nFollow us on Telegram to get the latest news\n",
        "The bridge reopened on Sunday.\n\nTraffic was light.\n",
        ["archive-photo-caption-paragraph", "follow-us-call-line"],
    )


@pytest.mark.parametrize(
    "text",
    [
        "BAGHDAD (Reuters) - Iraq's parliament approved the law on Tuesday.\n\n"
        '"We waited ... and waited," one lawmaker said. The question stays open... for now.',
        "Share prices rose after the vote.\n\nReporting by Ahmed Rasheed; Editing by Alex Richardson",
        "Kirkuk, Iraq – Farmers say the rains saved the season.\n\n"
        "(Photo: Farmers sow wheat near Dibis. Credit: Kirkuk Agriculture Directorate)",
        "BAGHDAD / Oil Ministry announced a cut in output on Monday.",
        "The video drew 2 million views in a day.\nHe asked readers to\nfollow us on Telegram, he said.",
        "An archive photo shows the dam.\n\nA file photo of the dam was released on Monday.",
        "Wait... What Happened in Basra\n\nThe story of one night.",
    ],
)
def test_professional_english_untouched(normalizer: Normalizer, text: str) -> None:
    assert_untouched(normalizer, text)
