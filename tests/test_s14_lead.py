"""A review flag of the term kind points at its own words, whatever repairs the same stage makes
before it, in one document and in a joined run; and the session's small repairs, each on MT text."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from normalize import Flag, Normalizer

from .conftest import assert_repaired

#: "the Iraqi Hezbollah Brigades" is repaired in the terminology stage, before the review flag on
#: "Iraq's Hezbollah" (Kata'ib Hezbollah or al-Nujaba: a person decides) in the same stage.
_REPAIR_THEN_REVIEW = (
    "The Iraqi Hezbollah Brigades said the truce held in Baghdad. A spokesman for Iraq's Hezbollah said so."
)
_REVIEW_ONLY = "A spokesman for Iraq's Hezbollah said the truce held."


def _flagged(text: str, flags: Sequence[Flag]) -> list[tuple[str, str]]:
    return [(f.rule, text[f.start : f.end]) for f in flags]


def test_a_review_flag_after_a_repair_in_its_stage_points_at_its_words(normalizer: Normalizer) -> None:
    result = normalizer.normalize(_REPAIR_THEN_REVIEW)
    assert [e.rule for e in result.edits] == ["kataib-hezbollah"]
    assert _flagged(_REPAIR_THEN_REVIEW, result.flags) == [("kataib-hezbollah", "Iraq's Hezbollah")]


def test_a_review_flag_in_a_joined_run_is_where_it_is_alone(normalizer: Normalizer) -> None:
    first = "The Iraqi Hezbollah Brigades said the truce held in Baghdad, and the popular crowd agreed."
    joined = list(normalizer.normalize_many([first, _REVIEW_ONLY]))
    alone = normalizer.normalize(_REVIEW_ONLY)
    assert joined[0].text != first  # the first document's repairs change its length
    assert _flagged(_REVIEW_ONLY, joined[1].flags) == _flagged(_REVIEW_ONLY, alone.flags)
    assert _flagged(_REVIEW_ONLY, alone.flags) == [("kataib-hezbollah", "Iraq's Hezbollah")]


REPAIRED = [
    (
        "The source told Shafaq News Agency, that a force had arrived.",
        "The source told Shafaq News Agency that a force had arrived.",
        ["comma-before-that-after-verb-of-saying"],
    ),
    (
        "The statement pointed that the detainee was handed over to the judiciary.",
        "The statement pointed out that the detainee was handed over to the judiciary.",
        ["pointed-that"],
    ),
    (
        "After his arrival to Baghdad, the envoy met the speaker.",
        "After his arrival in Baghdad, the envoy met the speaker.",
        ["arrived-to-city"],
    ),
    (
        "He said his country is committed with the OPEC+ decisions.",
        "He said his country is committed to the OPEC+ decisions.",
        ["committed-to-not-committed-with"],
    ),
    (
        "He urged citizens to ignore the rumours spread on the social media.",
        "He urged citizens to ignore the rumours spread on social media.",
        ["article-before-social-media"],
    ),
    (
        "The group had announced since November last its campaign against the ships.",
        "The group had announced since last November its campaign against the ships.",
        ["month-or-day-then-last"],
    ),
    (
        "For its part, the American State Department condemned the attack.",
        "For its part, the US State Department condemned the attack.",
        ["american-state-department"],
    ),
]


@pytest.mark.parametrize(("text", "expected", "rules"), REPAIRED)
def test_repaired(normalizer: Normalizer, text: str, expected: str, rules: list[str]) -> None:
    assert_repaired(normalizer, text, expected, rules)
