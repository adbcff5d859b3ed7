"""Arabic structure by class, widened (dev passages 1180-1192): each class repaired by the rule
named, with exact edits, in wordings the packs' examples do not use; the same shapes in English kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from normalize import Normalizer

from .conftest import assert_untouched, edits_and_flags

MTDEV = Path(__file__).resolve().parent.parent / "corpora" / "mtdev"


@pytest.mark.parametrize(
    ("text", "edits"),
    [
        (
            "The envoy discussed the situation political and the relations bilateral with the minister.",
            [
                ("adjective-after-noun-general", "the situation political", "the political situation"),
                ("adjective-after-noun-general", "the relations bilateral", "the bilateral relations"),
            ],
        ),
        (
            "Their forces security withdrew, and the authorities local took over the checkpoints.",
            [
                ("adjective-after-noun-general", "Their forces security", "Their security forces"),
                ("adjective-after-noun-general", "the authorities local", "the local authorities"),
            ],
        ),
        (
            "Riyadh said that she will host the talks.",
            [("feminine-pronoun-for-body", "she", "it")],
        ),
        (
            "The Syrian government said in its statement that she will reopen the border, and her ministers met.",
            [("feminine-pronoun-for-body", "she", "it"), ("feminine-pronoun-for-body", "her", "its")],
        ),
        (
            "The convoy reached the Ramadi city at noon.",
            [("city-word-after-name", "the Ramadi city", "the city of Ramadi")],
        ),
        (
            "Flights from the Sulaymaniyah landed after a delay.",
            [("article-before-city", "the Sulaymaniyah", "Sulaymaniyah")],
        ),
        (
            "Announced the Ministry of Oil, on Thursday, the signing of a contract for the Nahr Bin Omar field.",
            [
                (
                    # the day's commas go too: weekday-between-commas-after-verb
                    "verb-first-action+weekday-between-commas-after-verb",
                    "Announced the Ministry of Oil, on Thursday,",
                    "The Ministry of Oil announced on Thursday",
                )
            ],
        ),
        (
            "Confirmed the army's spokesman that the road was open.",
            [("verb-first-reporting", "Confirmed the army's spokesman", "The army's spokesman confirmed")],
        ),
    ],
)
def test_each_class_is_repaired_by_its_rule(
    normalizer: Normalizer, text: str, edits: list[tuple[str, str, str]]
) -> None:
    made, flags = edits_and_flags(normalizer, text)
    assert made == edits
    assert flags == []


def test_a_long_run_glued_to_a_capital_is_a_sentence_not_a_headline(normalizer: Normalizer) -> None:
    text = (
        "Hundreds of teachers gathered in front of the education directorate in Kut and demanded their unpaid "
        "allowancesThe director said the money would be paid next month.\n"
    )
    result = normalizer.normalize(text)
    assert "allowances. The director" in result.text
    assert [e.rule for e in result.edits] == ["glued-sentence"]


def test_a_short_headline_glued_to_the_first_sentence_is_still_split(normalizer: Normalizer) -> None:
    text = (
        "Teachers protest over allowances in KutThe teachers gathered in front of the directorate on Sunday morning.\n"
    )
    result = normalizer.normalize(text)
    assert result.text.startswith("Teachers protest over allowances in Kut\n\nThe teachers")


def test_a_desk_credit_and_an_arabic_style_rights_line_at_the_end_go(normalizer: Normalizer) -> None:
    text = "The port reopened on Monday.\n\nWritten by: Noor Salem\n"
    assert normalizer.normalize(text).text == "The port reopened on Monday.\n"
    kept = "The port reopened on Monday.\n\nCopyright 2025 Example Wire. All rights reserved.\n"
    assert_untouched(normalizer, kept)


def test_share_buttons_one_a_line_go_with_the_comment_prompt(normalizer: Normalizer) -> None:
    text = "The port reopened on Monday.\n\nShare\nFacebook\nTwitter\nWhatsApp\n\nLeave a comment\n"
    assert normalizer.normalize(text).text == "The port reopened on Monday.\n"


@pytest.mark.parametrize(
    "text",
    [
        "The court declared the elections legal and made the session public; they kept the decision secret.",
        "The talks political leaders held in Erbil failed, and the committee security guards said so.",
        "The Basra city council and the Mosul city centre reopened; Kuwait City hosted the summit.",
        "The minister said that she will resign, and Hanan Saleh said in a statement that she would stay.",
        "Announced on Monday, the plan was welcomed by the parties.",
        "The security forces, the political parties and the emergency meeting are in English order.",
    ],
)
def test_the_same_shapes_in_english_are_kept(normalizer: Normalizer, text: str) -> None:
    made, flags = edits_and_flags(normalizer, text)
    assert made == []
    assert flags == []


@pytest.mark.parametrize("name", sorted(p.name for p in (MTDEV / "input").glob("11[89]?_*.txt")))
def test_the_class_dev_passages_come_out_as_the_editor_wrote_them(normalizer: Normalizer, name: str) -> None:
    source = (MTDEV / "input" / name).read_text(encoding="utf-8")
    expected = (MTDEV / "expected" / name).read_text(encoding="utf-8")
    assert normalizer.normalize(source).text == expected
