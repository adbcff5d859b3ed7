"""normalize/kinds/replace.py: literal replacements, exact and case-sensitive."""

from __future__ import annotations

from pathlib import Path

import pytest

from normalize import Normalizer, RulePackError
from normalize.kinds.base import RuleError
from normalize.kinds.replace import ReplaceRule, replacements
from normalize.rules import build_rule, pack_entry

PACK = """\
rules:
  - id: email-style
    kind: replace
    category: style
    message: the house style writes "email"
    find: e-mail
    replacement: email
    whole_words: true
    examples:
      - {in: "Send an e-mail today.", out: "Send an email today."}
    keep:
      - "A re-mailing list."
  - id: ellipsis
    kind: replace
    category: punctuation
    message: three dots as one ellipsis
    find: "..."
    replacement: "…"
    examples:
      - {in: "And then...", out: "And then…"}
    keep:
      - "One. Two."
"""


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("packs") / "house.yaml"
    path.write_text(PACK, encoding="utf-8")
    return path


def _edits(normalizer: Normalizer, text: str) -> list[tuple[int, int, str, str, str]]:
    return [(e.start, e.end, e.original, e.replacement, e.rule) for e in normalizer.normalize(text).edits]


def test_every_occurrence_is_replaced_and_reported(pack: Path) -> None:
    normalizer = Normalizer(packs=[pack])
    text = "Wait... an e-mail, then E-mail and another e-mail....\n\nXe-mail."
    result = normalizer.normalize(text)
    assert result.text == "Wait… an email, then E-mail and another email….\n\nXe-mail."
    assert _edits(normalizer, text) == [
        (4, 7, "...", "…", "ellipsis"),
        (11, 17, "e-mail", "email", "email-style"),
        (43, 49, "e-mail", "email", "email-style"),
        (49, 52, "...", "…", "ellipsis"),
    ]
    assert normalizer.normalize(result.text).edits == []


def test_whole_words_only_where_asked() -> None:
    rule = build_rule(
        {"id": "r", "kind": "replace", "category": "c", "message": "m", "find": "govt", "replacement": "government"},
        "local",
    )
    assert isinstance(rule, ReplaceRule) and not rule.whole_words
    assert [(c.start, c.end) for c in replacements("govt govts govt.", rule)] == [(0, 4), (5, 9), (11, 15)]
    strict = build_rule({**pack_entry(rule), "whole_words": True}, "local")
    assert isinstance(strict, ReplaceRule)
    assert [(c.start, c.end) for c in replacements("govt govts govt.", strict)] == [(0, 4), (11, 15)]


def test_only_the_blocks_the_screen_found_are_searched() -> None:
    rule = build_rule({"id": "r", "kind": "replace", "category": "c", "message": "m", "find": "ab"}, "local")
    assert isinstance(rule, ReplaceRule)
    assert [(c.start, c.end, c.replacement) for c in replacements("ab\n\nab", rule, [(4, 6)])] == [(4, 6, "")]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({}, "missing or empty field 'find'"),
        ({"find": "a\nb"}, "'find' must fit on one line (a replacement works within a paragraph)"),
        ({"find": "ok", "replacement": "okay"}, "'replacement' contains 'find': each run would grow the text"),
        ({"find": "x", "replacement": 3}, "'replacement' must be a string"),
        ({"find": "x", "whole_words": "yes"}, "'whole_words' must be true or false"),
        ({"find": "x", "pattern": "x"}, "unknown field(s) for kind 'replace': pattern"),
    ],
)
def test_a_bad_entry_is_refused(fields: dict[str, object], message: str) -> None:
    with pytest.raises(RuleError) as caught:
        build_rule({"id": "r", "kind": "replace", "category": "c", "message": "m", **fields}, "local")
    assert str(caught.value) == message


def test_the_loader_names_file_and_rule(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("rules:\n  - {id: r, kind: replace, category: c, message: m, find: ab, replacement: abc}\n")
    with pytest.raises(RulePackError) as caught:
        Normalizer(packs=[path])
    assert str(caught.value) == f"{path}: rule 'r': 'replacement' contains 'find': each run would grow the text"


@pytest.mark.parametrize("text", ["Wait... an e-mail…", "\n\n".join(["plain", "an e-mail", "x" * 50, "ok..."])])
def test_the_screen_changes_nothing(pack: Path, text: str) -> None:
    screened, unscreened = Normalizer(packs=[pack]), Normalizer(packs=[pack], screen=False)
    assert _edits(screened, text) == _edits(unscreened, text)
    assert screened.normalize(text).text == unscreened.normalize(text).text


def test_the_pack_entry_reads_back_as_the_same_rule(pack: Path) -> None:
    for rule in Normalizer(packs=[pack]).rules:
        assert build_rule(pack_entry(rule), rule.pack) == rule


def test_select_by_kind_and_the_examples_pass(pack: Path) -> None:
    from normalize.selftest import run_examples

    assert [r.id for r in Normalizer(packs=[pack], select=["replace"]).rules] == ["email-style", "ellipsis"]
    assert run_examples([pack]) == ([], 4)
