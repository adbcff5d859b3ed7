"""`normalize eval`: edits scored against a person's reviewed text, per rule and per category."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from normalize import Normalizer
from normalize.cli import app, route
from normalize.edits import Edit
from normalize.evaluate import Change, evaluate, expected_changes, pair_paths, score_pair, summarize

from .conftest import CORPORA

RUNNER = CliRunner()

# name: (input, what the editor made of it)
PAIRS = {
    "1_matched.txt": ("Prices rose , officials said.\n", "Prices rose, officials said.\n"),
    # the editor kept this one as it was: the tool's edit is unexpected
    "2_unexpected.txt": ("The index fell , traders said.\n", "The index fell , traders said.\n"),
    # a dropped verb no rule supplies: missed
    "3_missed.txt": (
        "The Minister of Planning the importance of the census data.\n",
        "The Minister of Planning stressed the importance of the census data.\n",
    ),
    # the tool deletes the second "the", the aligner pairs the first: the same text, so both count
    "4_doubled.txt": ("Sales fell in the the south .\n", "Sales fell in the south.\n"),
}


def run(*args: str):  # type: ignore[no-untyped-def]
    return RUNNER.invoke(app, route(args))


@pytest.fixture
def pairs_folder(tmp_path: Path) -> Path:
    for side in ("input", "expected"):
        (tmp_path / side).mkdir()
    for name, (source, expected) in PAIRS.items():
        (tmp_path / "input" / name).write_text(source, encoding="utf-8")
        (tmp_path / "expected" / name).write_text(expected, encoding="utf-8")
    return tmp_path


def edit(start: int, end: int, source: str, replacement: str, rule: str = "r", category: str = "c") -> Edit:
    return Edit(start, end, source[start:end], replacement, rule, category, "m")


# --- the editor's changes ------------------------------------------------------------


def test_expected_changes_are_the_runs_of_changed_words() -> None:
    source = "Naeem Kassem said . Then he left"
    assert expected_changes(source, "Naim Qassem said. Then he left") == [
        Change(0, 5, "Naeem", "Naim"),
        Change(6, 12, "Kassem", "Qassem"),
        Change(17, 18, " ", ""),
    ]


def test_no_changes_when_the_editor_kept_the_text() -> None:
    assert expected_changes("Sales fell.\n", "Sales fell.\n") == []


# --- one pair, edits made by hand -----------------------------------------------------


def test_an_edit_with_the_editors_span_and_text_matches() -> None:
    source = "Prices rose , officials said."
    score = score_pair("p", source, "Prices rose, officials said.", [edit(11, 12, source, "")])
    assert score.matched == {0}
    assert score.made == {0: [0]} and score.missed() == []


def test_a_wider_edit_matches_the_one_change_it_makes_and_the_comma_it_left_is_missed() -> None:
    source = 'it "rose this year,”.'
    # a quotation-mark fix that rewrites the whole quotation to change its first mark
    quote = edit(3, 20, source, "“rose this year,”")
    score = score_pair("p", source, "it “rose this year”.", [quote])
    assert score.matched == {0}
    assert [score.changes[c].original for c in score.made] == ['"']
    assert [score.changes[c].original for c in score.missed()] == [","]


def test_deleting_either_copy_of_a_doubled_word_matches() -> None:
    source = "in the the south"
    for start in (3, 7):  # "the " at 3 or "the " at 7
        score = score_pair("p", source, "in the south", [edit(start, start + 4, source, "")])
        assert score.matched == {0}, start
        assert score.missed() == []


def test_deleting_either_copy_of_a_word_the_editor_kept_twice_is_unexpected() -> None:
    source = "in the the south"
    for start in (3, 7):
        score = score_pair("p", source, source, [edit(start, start + 4, source, "")])
        assert score.matched == set(), start


def test_a_word_a_wrong_edit_wrote_elsewhere_does_not_make_a_right_edit_unexpected() -> None:
    # "on Sunday" (the editor kept "today, Sunday,") leaves one "on" too many; the "on" of
    # "called on" is what the editor wrote, and undoing it is no step towards the expected text.
    source = "They called the government. He spoke today, Sunday, at noon."
    expected = "They called on the government. He spoke today, Sunday, at noon."
    called_on = edit(5, 11, source, "called on")
    weekday = edit(37, 52, source, "on Sunday ")
    score = score_pair("p", source, expected, [called_on, weekday])
    assert [score.edits[i].replacement for i in sorted(score.matched)] == ["called on"]
    assert score.missed() == []


def test_a_pronoun_missed_in_another_paragraph_does_not_make_a_right_deletion_unexpected() -> None:
    # The editor wrote "it" twice in the second paragraph, where the tool left "she" and "her";
    # counted over the whole document, putting back the resumptive "it" would look like a step closer.
    source = (
        "The law which the parliament passed it in 2019 stands.\n\nThe council said she will study it with her staff.\n"
    )
    expected = (
        "The law which the parliament passed in 2019 stands.\n\nThe council said it will study it with its staff.\n"
    )
    resumptive = edit(35, 38, source, "")
    score = score_pair("p", source, expected, [resumptive])
    assert score.matched == {0}
    assert [score.changes[i].original for i in score.missed()] == ["she", "her"]


def test_a_title_copy_deleted_at_a_paragraph_edge_is_judged_with_the_paragraph_before() -> None:
    source = "Talks resume in Cairo\n\nTalks resume in Cairo\n\nThe talks resumed on Monday.\n"
    second_copy = edit(23, 46, source, "")
    assert score_pair("p", source, source, [second_copy]).matched == set()
    expected = "Talks resume in Cairo\n\nThe talks resumed on Monday.\n"
    assert score_pair("p", source, expected, [second_copy]).matched == {0}
    first_copy = edit(0, 23, source, "")
    assert score_pair("p", source, expected, [first_copy]).matched == {0}


def test_a_comma_moved_to_its_other_side_matches() -> None:
    source = "the others ,in the south"
    score = score_pair("p", source, "the others, in the south", [edit(10, 14, source, ", in")])
    assert score.matched == {0} and score.missed() == []


def test_a_deletion_that_leaves_its_neighbour_wrong_is_unexpected() -> None:
    source = "Baghdad ( – The"
    score = score_pair("p", source, "Baghdad – The", [edit(9, 10, source, "")])  # the space inside "( "
    assert score.matched == set()
    assert [score.changes[c].original for c in score.missed()] == [" ("]


def test_deleting_a_gloss_the_editor_kept_is_unexpected() -> None:
    source = "Its name, سرايا السلام in Arabic, is old."
    score = score_pair("p", source, source, [edit(9, 22, source, "")])
    assert score.changes == [] and score.matched == set()


def test_a_wrong_rename_is_unexpected_and_its_change_missed_under_its_rule() -> None:
    source = "the Peace Brigades said"
    wrong = edit(4, 18, source, "Peace Companies", rule="saraya", category="terminology")
    evaluation = summarize([score_pair("p", source, "Saraya al-Salam said", [wrong])])
    rows = {row.name: row.to_dict() for row in evaluation.by_rule}
    assert rows["saraya"] == {
        "name": "saraya",
        "edits": 1,
        "matched": 0,
        "unexpected": 1,
        "expected": 1,
        "made": 0,
        "missed": 1,
        "precision": 0.0,
        "recall": 0.0,
    }
    # the article the editor dropped is a change of its own, which no edit touched
    assert (rows["(no rule)"]["missed"], evaluation.overall.missed) == (1, 2)


def test_a_right_rename_that_keeps_a_stray_article_matches_and_the_article_is_missed() -> None:
    source = "the Peace Brigades said"
    rename = edit(4, 18, source, "Saraya al-Salam")
    score = score_pair("p", source, "Saraya al-Salam said", [rename])
    assert score.matched == {0}
    assert [score.changes[c].original for c in score.missed()] == ["the"]


def test_an_edit_two_rules_made_together_counts_for_each_rule_and_once_overall() -> None:
    source = "Prices rose , officials said."
    both = edit(11, 12, source, "", rule="space-before-punctuation+comma-on-the-wrong-side", category="punctuation")
    evaluation = summarize([score_pair("p", source, "Prices rose, officials said.", [both])])
    assert [(r.name, r.edits, r.matched, r.made) for r in evaluation.by_rule] == [
        ("comma-on-the-wrong-side", 1, 1, 1),
        ("space-before-punctuation", 1, 1, 1),
    ]
    assert (evaluation.overall.edits, evaluation.overall.made) == (1, 1)


# --- a folder of pairs, through the normalizer -------------------------------------------


def test_counts_overall_per_rule_and_per_category(pairs_folder: Path, normalizer: Normalizer) -> None:
    evaluation = evaluate(normalizer, pair_paths(pairs_folder / "input", pairs_folder / "expected"))
    assert evaluation.overall.to_dict() == {
        "name": "overall",
        "edits": 4,
        "matched": 3,
        "unexpected": 1,
        "expected": 4,
        "made": 3,
        "missed": 1,
        "precision": 0.75,
        "recall": 0.75,
    }
    rules = [(r.name, r.edits, r.matched, r.unexpected, r.made, r.missed) for r in evaluation.by_rule]
    assert rules == [
        ("space-before-punctuation", 3, 2, 1, 2, 0),
        ("doubled-word", 1, 1, 0, 1, 0),
        ("(no rule)", 0, 0, 0, 0, 1),
    ]
    categories = [(r.name, r.edits, r.matched, r.unexpected, r.made, r.missed) for r in evaluation.by_category]
    assert categories == [
        ("punctuation", 3, 2, 1, 2, 0),
        ("repetition", 1, 1, 0, 1, 0),
        ("(no rule)", 0, 0, 0, 0, 1),
    ]


def test_json_report_shape(pairs_folder: Path) -> None:
    result = run("eval", str(pairs_folder), "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"pairs", "overall", "by_rule", "by_category", "files"}
    assert data["pairs"] == 4
    row_keys = {"name", "edits", "matched", "unexpected", "expected", "made", "missed", "precision", "recall"}
    assert set(data["overall"]) == row_keys | {"missed_but_flagged"}
    assert all(set(row) == row_keys for row in data["by_rule"] + data["by_category"])
    files = {f["name"]: f for f in data["files"]}
    assert sorted(files) == sorted(PAIRS)
    assert files["2_unexpected.txt"]["edits"] == [
        {
            "start": 14,
            "end": 15,
            "original": " ",
            "replacement": "",
            "rule": "space-before-punctuation",
            "category": "punctuation",
            "message": "removed a space before punctuation",
            "status": "unexpected",
        }
    ]
    assert files["3_missed.txt"] == {
        "name": "3_missed.txt",
        "expected": 1,
        "made": 0,
        "edits": [],
        "missed": [{"start": 24, "end": 24, "original": "", "replacement": " stressed", "flagged": False}],
    }


def test_table_and_details(pairs_folder: Path) -> None:
    result = run("eval", str(pairs_folder), "--details")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "4 pairs: 4 expected changes, 4 edits; precision 75.0 %, recall 75.0 %"
    assert re.search(r"space-before-punctuation\s*│\s*3\s*│\s*2\s*│\s*1\s*│\s*2\s*│\s*2\s*│\s*0\s*│", result.stdout)
    assert lines[-2:] == [
        "2_unexpected.txt:1:15: unexpected space-before-punctuation ' ' → ''",
        "3_missed.txt:1:25: missed '' → ' stressed'",
    ]


def test_rule_options_narrow_what_is_scored(pairs_folder: Path) -> None:
    data = json.loads(run("eval", str(pairs_folder), "--format", "json", "--ignore", "punctuation").stdout)
    assert [(r["name"], r["edits"]) for r in data["by_rule"]] == [("doubled-word", 1), ("(no rule)", 0)]
    assert (data["overall"]["made"], data["overall"]["missed"]) == (1, 3)


# --- several sets in one folder -------------------------------------------------------------


@pytest.fixture
def sets_folder(tmp_path: Path) -> Path:
    """Two reviewed sets side by side (the first two pairs, then the last two) and a folder that is not a set."""
    for index, (name, (source, expected)) in enumerate(PAIRS.items()):
        for side, text in (("input", source), ("expected", expected)):
            path = tmp_path / ("first" if index < 2 else "second") / side / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    (tmp_path / "notes").mkdir()
    return tmp_path


def test_a_folder_of_sets_is_scored_as_one_with_a_row_per_set(sets_folder: Path) -> None:
    data = json.loads(run("eval", str(sets_folder), "--format", "json").stdout)
    assert [(r["name"], r["edits"], r["matched"], r["made"], r["missed"]) for r in data["by_set"]] == [
        ("first", 2, 1, 1, 0),
        ("second", 2, 2, 2, 1),
    ]
    assert (data["overall"]["edits"], data["overall"]["matched"], data["overall"]["missed"]) == (4, 3, 1)
    assert [f["name"] for f in data["files"]] == [
        "first/1_matched.txt",
        "first/2_unexpected.txt",
        "second/3_missed.txt",
        "second/4_doubled.txt",
    ]


def test_one_set_has_no_set_rows(pairs_folder: Path) -> None:
    assert "by_set" not in json.loads(run("eval", str(pairs_folder), "--format", "json").stdout)
    assert "by set" not in run("eval", str(pairs_folder)).stdout


def test_the_set_table_names_each_set(sets_folder: Path) -> None:
    lines = run("eval", str(sets_folder)).stdout.splitlines()
    start = lines.index(next(line for line in lines if line.startswith("by set")))
    rows = [line.split("│")[1].strip() for line in lines[start : start + 7] if line.startswith("│")]
    assert rows == ["first", "second"]


# --- the bundled corpora -------------------------------------------------------------------


def test_output_equal_to_the_expected_text_scores_everything_matched(normalizer: Normalizer) -> None:
    evaluation = evaluate(normalizer, pair_paths(CORPORA / "input", CORPORA / "expected"))
    overall = evaluation.overall
    assert overall.edits > 100 and overall.matched == overall.edits
    assert overall.missed == 0 and overall.made > 100


def test_against_the_unchanged_inputs_every_edit_is_unexpected(normalizer: Normalizer) -> None:
    evaluation = evaluate(normalizer, pair_paths(CORPORA / "input", CORPORA / "input"))
    assert evaluation.overall.edits > 100 and evaluation.overall.matched == 0
    assert evaluation.overall.made + evaluation.overall.missed == 0
    assert evaluation.overall.recall is None


def test_input_and_expected_options_take_two_folders() -> None:
    result = run("eval", "--input", str(CORPORA / "clean"), "--expected", str(CORPORA / "clean"), "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["overall"]["edits"] == 0


# --- bad folders: one line, exit 2 -------------------------------------------------------


@pytest.mark.parametrize(
    ("layout", "args", "message"),
    [
        ({}, ["nope"], "nope: no such folder"),
        ({"input/a.txt": "x"}, ["."], ".: no expected/ folder (a FOLDER holds input/ and expected/"),
        ({"sub/input/a.txt": "x"}, ["."], ".: no input/ or expected/ folder (a FOLDER holds"),
        ({"input/a.txt": "x", "input/b.txt": "y", "expected/a.txt": "x"}, ["."], "b.txt not found in"),
        ({"expected/a.txt": "x", "input/c.txt": "x"}, ["."], "c.txt not found in"),
        ({"input/a.txt": "x", "expected/a.txt": "x"}, [".", "--input", "input"], "not both"),
        ({"input/a.txt": "x", "expected/a.txt": "x"}, ["--input", "input"], "both --input and --expected"),
        ({"input/a.txt": "x", "expected/a.txt": "x"}, [".", "--format", "xml"], "--format must be table or json"),
    ],
)
def test_bad_folders_are_one_line_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, layout: dict[str, str], args: list[str], message: str
) -> None:
    for name, text in layout.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run("eval", *args)
    assert result.exit_code == 2
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output
