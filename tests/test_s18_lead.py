"""The document's end after deletions at its foot (normalize/document_end.py)."""

from __future__ import annotations

from normalize import Normalizer

FOOT = "The ministry said that exports rose in May.\n\nSource link\n\nComments Off on Exports rise in May\n"


def _edits(normalizer: Normalizer, text: str) -> list[tuple[str, str, str]]:
    return [(e.rule, e.original, e.replacement) for e in normalizer.normalize(text).edits]


def test_two_furniture_lines_at_the_foot_leave_the_sources_ending(normalizer: Normalizer) -> None:
    assert normalizer.normalize(FOOT).text == "The ministry said that exports rose in May.\n"
    assert _edits(normalizer, FOOT) == [
        ("boilerplate-line", "\nSource link\n\n", ""),
        ("comments-off-line", "Comments Off on Exports rise in May\n", ""),
    ]


def test_a_source_without_a_final_line_break_ends_without_one(normalizer: Normalizer) -> None:
    result = normalizer.normalize(FOOT.rstrip("\n"))
    assert result.text == "The ministry said that exports rose in May."
    assert [e.original for e in result.edits] == ["\n\nSource link\n\n", "Comments Off on Exports rise in May"]


def test_a_source_that_ends_with_a_blank_line_keeps_it(normalizer: Normalizer) -> None:
    result = normalizer.normalize(FOOT + "\n")
    assert result.text == "The ministry said that exports rose in May.\n\n"
    assert normalizer.normalize(result.text).edits == []


def test_the_batch_path_settles_the_end_as_one_document_does(normalizer: Normalizer) -> None:
    texts = [FOOT, "The talks resumed on Monday.\n", FOOT]
    batch = list(normalizer.normalize_many(texts))
    assert [r.text for r in batch] == [normalizer.normalize(t).text for t in texts]
    assert [r.edits for r in batch] == [normalizer.normalize(t).edits for t in texts]


def test_an_ending_the_deletions_did_not_make_is_left_alone(normalizer: Normalizer) -> None:
    text = "The ministry said that exports rose in May.\n\n\n"
    assert normalizer.normalize(text).edits == []


def test_a_last_line_deleted_after_its_line_break_leaves_the_break(normalizer: Normalizer) -> None:
    result = normalizer.normalize("The factions said so.\nب  ب")
    assert result.text == "The factions said so.\n"
