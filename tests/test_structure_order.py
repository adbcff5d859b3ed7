"""Arabic sentence structure by class (the "order" field trial): each class repaired exactly by the
rule named, in wordings the pack's examples do not use, and the same shapes in English kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from normalize import Normalizer

from .conftest import assert_repaired, assert_untouched

MTDEV = Path(__file__).resolve().parent.parent / "corpora" / "mtdev"


@pytest.fixture(scope="module")
def normalizer() -> Normalizer:
    return Normalizer()


@pytest.mark.parametrize(
    ("text", "expected", "rules"),
    [
        (
            "Revealed an official in the Basra council that the tender was cancelled.",
            "An official in the Basra council revealed that the tender was cancelled.",
            ["verb-first-reporting"],
        ),
        (
            "And noted the Minister of Trade, Athir Daoud, in a press conference, that the silos were full.",
            "The Minister of Trade, Athir Daoud, noted in a press conference that the silos were full.",
            ["verb-first-reporting"],
        ),
        (
            "Explains the report: “Prices rose by a third.”",
            "The report explained: “Prices rose by a third.”",
            ["verb-first-reporting-colon"],
        ),
        (
            "The deputy head said Karim Nouri Hassan that the session was cancelled.",
            "The deputy head, Karim Nouri Hassan, said that the session was cancelled.",
            ["reporting-verb-before-name"],
        ),
        (
            "Denounced the Ministry of Health the attack on the ambulance.",
            "The Ministry of Health denounced the attack on the ambulance.",
            ["verb-first-action"],
        ),
        (
            "The ministry of the trade and the council of the ministers met.",
            "The Ministry of Trade and the Council of Ministers met.",
            ["ministry-of-the-portfolio", "council-of-the-ministers"],
        ),
        (
            "The gates open the afternoon of today, Sunday, and the pumps run the evening of tomorrow.",
            "The gates open on Sunday afternoon, and the pumps run tomorrow evening.",
            ["part-of-day-weekday", "part-of-day-of-relative"],
        ),
        (
            "The council received the delegation, where the two sides reviewed the plan.",
            "The council received the delegation, and the two sides reviewed the plan.",
            ["where-after-meeting"],
        ),
    ],
)
def test_each_class_is_repaired_by_its_rule(normalizer: Normalizer, text: str, expected: str, rules: list[str]) -> None:
    assert_repaired(normalizer, text, expected, rules, any_order=True)


@pytest.mark.parametrize(
    "text",
    [
        "Said Jalili met the envoy. Added to the list, the group said that it had disbanded.",
        "Said a spokesman: “We are pleased.” Added the minister: “It was a long night.”",
        "The minister warned Ali Hussein that the roads were shut, and denied the army any access.",
        "The Ministry of the Interior met the deputy Prime Minister in Baghdad, where they discussed trade.",
        "He said that that was the end. The army's brave soldiers and the troops loyal to him left.",
        "And yet the session went ahead. On the morning of today's vote the roads were closed.",
    ],
)
def test_the_same_shapes_in_english_are_kept(normalizer: Normalizer, text: str) -> None:
    assert_untouched(normalizer, text)


DEV_PAIRS = sorted(
    p.name
    for p in (MTDEV / "input").glob("10[2-3][0-9]_*.txt")
    if int(p.name[:4]) <= 1036 and not p.name.startswith("1033")
)


@pytest.mark.parametrize("name", DEV_PAIRS)
def test_the_order_dev_passages_come_out_as_the_editor_wrote_them(normalizer: Normalizer, name: str) -> None:
    source = (MTDEV / "input" / name).read_text(encoding="utf-8")
    expected = (MTDEV / "expected" / name).read_text(encoding="utf-8")
    assert normalizer.normalize(source).text == expected


def test_where_he_said_after_an_interview_is_flagged_not_repaired(normalizer: Normalizer) -> None:
    text = "The deputy spoke to the agency, where he said that the bloc will not vote."
    result = normalizer.normalize(text)
    assert result.text == text
    assert [(f.rule, text[f.start : f.end]) for f in result.flags] == [("where-he-said-flag", ", where ")]
