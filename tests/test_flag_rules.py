"""Flag rules: a pattern whose matches are shown to a person, never changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from normalize import Normalizer, RulePackError

PACK = """
rules:
  - id: martyr
    kind: flag
    category: style
    message: house style avoids "martyr" for the dead of one side; check the wording
    pattern: '\\b(?:martyr(?:s|dom)?|martyred)\\b'
    flags: [ignorecase]
    examples:
      - in: "Three Martyrs were buried in Jenin; the martyrdom was condemned."
        flags: [Martyrs, martyrdom]
    keep:
      - "Three people killed in Jenin were buried on Monday."
"""


def test_a_house_style_flag_rule_flags_and_changes_nothing(tmp_path: Path) -> None:
    pack = tmp_path / "style.yaml"
    pack.write_text(PACK, encoding="utf-8")
    normalizer = Normalizer(packs=["core", pack])
    text = "The popular crowd mourned its martyrs ."
    result = normalizer.normalize(text)
    assert result.text == "The popular crowd mourned its martyrs."  # core's repairs only; the word stays
    assert [(text[f.start : f.end], f.rule, f.category) for f in result.flags] == [("martyrs", "martyr", "style")]


def test_flags_are_placed_in_the_source_after_other_edits(tmp_path: Path) -> None:
    pack = tmp_path / "style.yaml"
    pack.write_text(PACK, encoding="utf-8")
    text = "the the martyr said , and the martyrs left ."
    result = Normalizer(packs=["core", pack]).normalize(text)
    assert result.text == "the martyr said, and the martyrs left."
    assert [text[f.start : f.end] for f in result.flags] == ["martyr", "martyrs"]


def test_a_flag_rule_example_must_say_what_it_flags(tmp_path: Path) -> None:
    pack = tmp_path / "bad.yaml"
    pack.write_text(
        "rules:\n  - {id: f, kind: flag, category: c, message: m, pattern: x,\n     examples: [{in: 'x', out: 'y'}]}\n",
        encoding="utf-8",
    )
    with pytest.raises(RulePackError, match=r"rule 'f': a flag rule only flags: each example needs 'flags'"):
        Normalizer(packs=[pack])


SCREENED = PACK.replace("    pattern:", "    screen: ['(?i:martyr)']\n    pattern:")


def test_a_screened_flag_rule_flags_the_same_passages_as_without_the_screen(tmp_path: Path) -> None:
    pack = tmp_path / "style.yaml"
    pack.write_text(SCREENED, encoding="utf-8")
    text = "Calm in Jenin.\n\nThe martyr was buried.\n\nNothing else.\n\nMartyrs were named."
    screened = Normalizer(packs=[pack]).normalize(text)
    assert [(f.start, f.end) for f in screened.flags] == [(20, 26), (55, 62)]
    assert screened.flags == Normalizer(packs=[pack], screen=False).normalize(text).flags


def test_a_flag_rule_looks_only_where_its_screen_hits(tmp_path: Path) -> None:
    """A trigger is only a necessary condition: a block it does not hit is not searched at all."""
    pack = tmp_path / "style.yaml"
    pack.write_text(SCREENED.replace("(?i:martyr)", "Jenin"), encoding="utf-8")
    text = "The martyr of Jenin.\n\nThe martyr of Nablus."
    assert [(f.start, f.end) for f in Normalizer(packs=[pack]).normalize(text).flags] == [(4, 10)]
    unscreened = Normalizer(packs=[pack], screen=False).normalize(text)
    assert [(f.start, f.end) for f in unscreened.flags] == [(4, 10), (26, 32)]


def test_a_flag_rule_screen_that_misses_an_example_is_refused(tmp_path: Path) -> None:
    pack = tmp_path / "style.yaml"
    pack.write_text(SCREENED.replace("(?i:martyr)", "Nablus"), encoding="utf-8")
    with pytest.raises(RulePackError) as caught:
        Normalizer(packs=[pack])
    assert str(caught.value) == (
        f"{pack}: rule 'martyr': no 'screen' pattern matches the example "
        "'Three Martyrs were buried in Jenin; the martyrdom was condemned.': the rule would skip it"
    )
