"""A figure date in professional English is the writer's; the State of Law Coalition by its Iraqi context;
"the mentioned" is dropped."""

from __future__ import annotations

from pathlib import Path

from normalize import Normalizer

_CLEAN = Path(__file__).resolve().parent.parent / "corpora" / "clean" / "s13_gulf_energy_and_courts.txt"
_AT = "said on Thursday that"


def test_a_figure_date_in_professional_english_is_left_as_written(normalizer: Normalizer) -> None:
    # s16-precision: day first in figures is a house style of professional English (British, Gulf,
    # court records), so it is neither rewritten nor flagged there (evidence.yaml, regional_usage)
    source = _CLEAN.read_text(encoding="utf-8").replace(_AT, "said on 13/03/2026 that")
    result = normalizer.normalize(source)
    assert result.evidence.verdict == "professional"
    assert (result.text, result.edits) == (source, [])
    assert [(f.rule, source[f.start : f.end]) for f in result.flags] == []


def test_a_figure_date_in_machine_translation_is_rewritten(normalizer: Normalizer) -> None:
    source = (
        "The Iraqi News Agency reported that the Minister of Electricity, he said that the power returned today, "
        "Tuesday, and that the stations will be opened on 13/03/2026. And added that the ministry she is "
        "working to solve the crisis.The citizens demanded the government to act."
    )
    edits = [e for e in normalizer.normalize(source).edits if e.rule == "figure-date"]
    assert [(e.original, e.replacement) for e in edits] == [("13/03/2026", "March 13, 2026")]


def test_the_state_of_law_coalition_needs_only_an_iraqi_context(normalizer: Normalizer) -> None:
    source = "A deputy of the coalition of the state of law said the Iraqi cabinet would meet."
    result = normalizer.normalize(source)
    assert [(e.original, e.replacement, e.rule) for e in result.edits] == [
        ("coalition of the state of law", "State of Law Coalition", "state-of-law-coalition")
    ]
    assert normalizer.normalize(source.replace("Iraqi", "new")).edits == []


def test_the_mentioned_noun_loses_mentioned_but_not_a_verb(normalizer: Normalizer) -> None:
    source = "Police went to the mentioned area. She mentioned the area twice; the area mentioned earlier is closed."
    result = normalizer.normalize(source)
    assert result.text == "Police went to the area. She mentioned the area twice; the area mentioned earlier is closed."
    assert [e.rule for e in result.edits] == ["the-mentioned-noun"]


def test_a_nationality_after_a_ministers_portfolio_goes_before_the_title(normalizer: Normalizer) -> None:
    source = (
        "The Minister of Interior Iraqi Abdul Amir al-Shammari spoke; "
        "the Minister of the Interior Iraqi Kurdistan named left."
    )
    result = normalizer.normalize(source)
    assert [(e.original, e.replacement, e.rule) for e in result.edits] == [
        ("The Minister of Interior Iraqi", "The Iraqi Minister of Interior", "nationality-between-title-and-name")
    ]


def test_a_verb_first_report_with_a_venue_held_somewhere_puts_the_name_first(normalizer: Normalizer) -> None:
    source = "And said al-Shammari in a press conference held in Baghdad that the cell was planning attacks."
    assert normalizer.normalize(source).text == (
        "Al-Shammari said in a press conference held in Baghdad that the cell was planning attacks."
    )


def test_three_verbs_lose_the_preposition_of_their_arabic_verb(normalizer: Normalizer) -> None:
    source = (
        "The government finished from preparing the tables; the deficit reached to more than 60 trillion "
        "dinars; the delay affected on the projects. The region was affected on the first day."
    )
    result = normalizer.normalize(source)
    assert [(e.original, e.replacement, e.rule) for e in result.edits] == [
        ("finished from", "finished", "finished-not-finished-from-doing"),
        ("reached to", "reached", "reached-not-reached-to-a-figure"),
        ("affected on", "affected", "affected-not-affected-on"),
    ]


def test_an_acronym_in_slashes_after_its_agencys_name_is_bracketed(normalizer: Normalizer) -> None:
    source = (
        "He told the National Iraqi News Agency / NINA / that the vote was delayed, in a statement received by / INA /."
    )
    assert normalizer.normalize(source).text == (
        "He told the National Iraqi News Agency (NINA) that the vote was delayed, in a statement received by INA."
    )
