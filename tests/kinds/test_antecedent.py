"""normalize/kinds/antecedent.py: "she"/"her" for a body become "it"/"its" where the nearest subject is the body."""

from __future__ import annotations

import pytest

from normalize import Normalizer
from normalize.kinds.antecedent import pronoun_verdicts
from normalize.kinds.base import RuleError
from normalize.rules import build_rule, pack_entry

from ..conftest import assert_untouched

REPAIR = ["feminine-pronoun-for-body", "feminine-pronoun-unclear"]


@pytest.fixture(scope="module")
def normalizer() -> Normalizer:
    return Normalizer(select=REPAIR)


CHAIN = (
    "The Sadrist movement said its fighters had left the city.\n\n"
    "She stressed that the truce would hold.\n\n"
    "She also called for calm, and she warned that her fighters were ready.\n\n"
    "“We will not be dragged into a war,” she added."
)


def test_a_chain_of_she_across_paragraphs_is_repaired_whole(normalizer: Normalizer) -> None:
    result = normalizer.normalize(CHAIN)
    assert result.text == (
        "The Sadrist movement said its fighters had left the city.\n\n"
        "It stressed that the truce would hold.\n\n"
        "It also called for calm, and it warned that its fighters were ready.\n\n"
        "“We will not be dragged into a war,” it added."
    )
    assert [(e.rule, CHAIN[e.start : e.end], e.replacement) for e in result.edits] == [
        ("feminine-pronoun-for-body", "She", "It"),
        ("feminine-pronoun-for-body", "She", "It"),
        ("feminine-pronoun-for-body", "she", "it"),
        ("feminine-pronoun-for-body", "her", "its"),
        ("feminine-pronoun-for-body", "she", "it"),
    ]
    assert result.flags == []


def test_the_old_lookbehind_rule_fixed_only_the_first_of_the_chain() -> None:
    verdicts = pronoun_verdicts(CHAIN)
    assert [(CHAIN[s:e], r, certain) for s, e, r, certain in verdicts] == [
        ("She", "It", True),
        ("She", "It", True),
        ("she", "it", True),
        ("her", "its", True),
        ("she", "it", True),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a woman named before: "she" is most likely her
        "Health Minister Hanan al-Fatlawi opened the ward. The ministry said it cost $4 million. She added more.",
        # the nearest subject is no body
        "The council met on Monday. The road was closed. She added that the talks went well.",
        # "her" as an object, "she" without a verb of saying
        "The ministry thanked her for her support; she was born in Basra.",
        # a woman's first name between the body and the pronoun
        "The party said Rana Khalil had resigned. She added that she would stay in Basra.",
    ],
)
def test_a_pronoun_that_may_be_a_woman_is_left_alone(normalizer: Normalizer, text: str) -> None:
    assert_untouched(normalizer, text)


def test_a_person_of_unknown_sex_between_is_flagged_not_changed(normalizer: Normalizer) -> None:
    text = "The ministry said Minister Jaafar had left. She added that talks would follow. She stressed that calm held."
    result = normalizer.normalize(text)
    assert result.text == text
    assert [(f.rule, text[f.start : f.end]) for f in result.flags] == [
        ("feminine-pronoun-unclear", "She"),
        ("feminine-pronoun-unclear", "She"),
    ]


def test_documents_normalized_together_do_not_share_a_subject() -> None:
    normalizer = Normalizer(select=REPAIR)
    texts = ["The ministry said the road was open.", "She added that ten beds were ready."]
    assert [r.text for r in normalizer.normalize_many(texts)] == texts
    assert [r.text for r in normalizer.normalize_many(["The ministry said the road was open. She added more."])] == [
        "The ministry said the road was open. It added more."
    ]


def test_an_entry_is_checked_and_reads_back() -> None:
    entry = {"id": "bodies", "kind": "antecedent", "category": "grammar", "message": "m", "action": "flag"}
    with pytest.raises(RuleError) as caught:
        build_rule({**entry, "action": "guess"}, "local")
    assert str(caught.value) == "'action' must be 'repair' or 'flag'"
    with pytest.raises(RuleError) as caught:
        build_rule({**entry, "examples": [{"in": "She said.", "out": "It said."}]}, "local")
    assert str(caught.value) == "a rule with 'action: flag' only flags: each example needs 'flags'"
    assert pack_entry(build_rule(entry, "local")) == {**entry}


def test_later_rounds_do_not_join_paragraphs_into_a_false_antecedent() -> None:
    # Rounds after the first see only the changed paragraphs, joined: here the first and the third,
    # without the woman named between them.
    text = (
        "The ministry announced today, Sunday, that the crossing would reopen.\n\n"
        "Hanan Saleh, the health minister, visited the crossing.\n\n"
        "She added that aid arrived in the past days."
    )
    result = Normalizer().normalize(text)
    assert result.text == (
        "The ministry announced on Sunday that the crossing would reopen.\n\n"
        "Hanan Saleh, the health minister, visited the crossing.\n\n"
        "She added that aid arrived in the past few days."
    )
    assert [e.rule for e in result.edits] == ["today-weekday", "past-hours-days"]


def test_a_place_named_like_a_person_or_a_woman_does_not_block_the_body(normalizer: Normalizer) -> None:
    text = (
        "The General Authority of Customs seized ten containers at Umm Qasr. "
        "She said that her teams found them in the Jamila market."
    )
    result = normalizer.normalize(text)
    assert result.text == (
        "The General Authority of Customs seized ten containers at Umm Qasr. "
        "It said that its teams found them in the Jamila market."
    )
    assert [(e.original, e.replacement) for e in result.edits] == [("She", "It"), ("her", "its")]


def test_a_woman_after_from_still_blocks_the_body(normalizer: Normalizer) -> None:
    text = "The ministry received a letter from Hanan Saleh. She said the letter was late."
    assert_untouched(normalizer, text)
