"""Repeat rules: which doubled words a rule may collapse (``only``, ``only_suffixes``, ``exceptions``)."""

from __future__ import annotations

from pathlib import Path

from normalize import Normalizer


def test_a_repeat_rule_with_only_collapses_just_those_words(tmp_path: Path) -> None:
    path = tmp_path / "repeats.yaml"
    path.write_text(
        "pack: repeats\nrules:\n"
        "  - {id: twice, kind: repeat, category: repetition, message: m, max_words: 2,\n"
        "     only: [the, of], only_suffixes: [tion]}\n",
        encoding="utf-8",
    )
    result = Normalizer(packs=[path]).normalize("the the nation nation of the of the poor poor people")
    assert result.text == "the nation of the poor poor people"
    assert [(e.start, e.original) for e in result.edits] == [(3, " the"), (14, " nation"), (28, " of the")]
