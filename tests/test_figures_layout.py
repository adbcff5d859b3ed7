"""Figures, hours and page residue as MT from Arabic leaves them (rules/arabic-structure.yaml, dev passages 95x)."""

from __future__ import annotations

import pytest

from normalize import Normalizer

RULES = [
    "decimal-comma-before-scale",
    "bracketed-figure",
    "arabic-separator-in-figures",
    "arabic-percent-sign",
    "hour-of-the-evening",
    "tatweel-as-dash",
    "run-of-dots",
    "spaced-doubled-full-stop",
    "share-buttons-line",
    "archive-photo-line",
]


@pytest.fixture(scope="module")
def figures() -> Normalizer:
    return Normalizer(select=RULES)


@pytest.mark.parametrize(
    ("text", "expected", "edits"),
    [
        (
            "It sent 1,5 billion dinars and (450) billion dinars, or (12,8) percent.",
            "It sent 1.5 billion dinars and 450 billion dinars, or 12.8 percent.",
            [
                (",", ".", "decimal-comma-before-scale"),
                ("(450)", "450", "bracketed-figure"),
                ("(12,8)", "12.8", "bracketed-figure+decimal-comma-before-scale"),
            ],
        ),
        (
            "The rate was 1٬480 dinars and 3٫5 billion, up 4 ٪.",
            "The rate was 1,480 dinars and 3.5 billion, up 4%.",
            [
                ("٬", ",", "arabic-separator-in-figures"),
                ("٫", ".", "arabic-separator-in-figures"),
                (" ٪", "%", "arabic-percent-sign"),
            ],
        ),
        (
            "A curfew from the tenth of the evening until the fifth in the morning.",
            "A curfew from 10 pm until 5 am.",
            [
                ("the tenth of the evening", "10 pm", "hour-of-the-evening"),
                ("the fifth in the morning", "5 am", "hour-of-the-evening"),
            ],
        ),
        (
            "Baghdad ـ Cases rose...... and fell. .\nShare: Facebook Twitter WhatsApp\nArchive photo\nThe end.",
            "Baghdad - Cases rose... and fell.\nThe end.",
            [
                ("ـ", "-", "tatweel-as-dash"),
                ("......", "...", "run-of-dots"),
                (" .", "", "spaced-doubled-full-stop"),
                ("Share: Facebook Twitter WhatsApp\n", "", "share-buttons-line"),
                ("Archive photo\n", "", "archive-photo-line"),
            ],
        ),
    ],
)
def test_repairs(figures: Normalizer, text: str, expected: str, edits: list[tuple[str, str, str]]) -> None:
    result = figures.normalize(text)
    assert result.text == expected
    assert [(e.original, e.replacement, e.rule) for e in result.edits] == edits


@pytest.mark.parametrize(
    "text",
    [
        "It sent 1,500 billion dinars to 2,250 schools; codes 1,5 and 2,7.",
        "The law has (1) the budget and (2) the accounts; (2021) dollars.",
        "| Basra | (450) | 1,5 % |\n|---|---|---|",
        "Governorate\tAllocation\nBasra\t(450)\tbillion",
        "He won the tenth of the evening's races; at the second of the night.",
        "He paused.... Then he spoke. He paused . . . and went on.",
        "Facebook and Twitter banned him.\nAn archive photo shows the dam.",
        "See https://example.org/a/(450)-billion-dinars and `x = 1,5 billion`.",
    ],
)
def test_keeps(figures: Normalizer, text: str) -> None:
    assert figures.normalize(text).edits == []
